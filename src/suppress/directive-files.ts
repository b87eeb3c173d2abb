/**
 * Files that cannot hold a suppression directive, told apart by their bytes before anything
 * parses them (chart files as the renderer reads them; see suppressFindings' withoutDirectives).
 */

/**
 * Whether a file's bytes mention kube-whoami (a suppression directive may be in it). A string
 * needle: Buffer's search is several times faster with it than with bytes.
 */
export function mentionsKubeWhoami(data: Uint8Array): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('kube-whoami') >= 0
}
