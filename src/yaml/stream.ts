/**
 * Splits a YAML stream into documents the way Kubernetes' YAMLReader does
 * (k8s.io/apimachinery/pkg/util/yaml): a line starting with `---` separates documents when
 * the rest of the line is blank or a comment. Returns undefined for a `---` line followed by
 * content, which kubectl rejects and the caller leaves to the full YAML parser.
 */
export interface StreamChunk {
  /** Offset of the chunk in the source. */
  start: number
  text: string
}

export function splitKubernetesStream(source: string): StreamChunk[] | undefined {
  const chunks: StreamChunk[] = []
  let chunkStart = 0
  let pos = 0
  while (pos < source.length) {
    const nl = source.indexOf('\n', pos)
    const lineEnd = nl < 0 ? source.length : nl + 1
    if (source.startsWith('---', pos)) {
      const rest = source.slice(pos + 3, lineEnd).trim()
      if (rest !== '' && !rest.startsWith('#')) return undefined
      if (pos > chunkStart) chunks.push({ start: chunkStart, text: source.slice(chunkStart, pos) })
      chunkStart = lineEnd
    }
    pos = lineEnd
  }
  if (source.length > chunkStart) chunks.push({ start: chunkStart, text: source.slice(chunkStart) })
  return chunks
}
