import { TOOL_VERSION } from '../core/project.js'
import { HELP } from './help.js'
import { type CliIO, EXIT } from './io.js'

/**
 * The CLI: argv in, exit code out. Never calls process.exit, so output is never cut short.
 * Each command's code is imported when that command runs (the bundle keeps it in a chunk of
 * its own), so `--version`, `--help`, `render` and `kustomize` do not load the scanner.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv
  try {
    switch (first) {
      case '--version':
      case '-v':
        io.stdout(`${TOOL_VERSION}\n`)
        return EXIT.ok
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP)
        return EXIT.ok
      case 'scan':
        return await (await import('./scan-command.js')).runScan(rest, io)
      case 'baseline':
        return await (await import('./baseline-command.js')).runBaseline(rest, io)
      case 'init':
        return await (await import('./init-command.js')).runInit(rest, io)
      case 'render':
        return await (await import('../helm/render-command.js')).runRender(rest, io)
      case 'kustomize':
        return await (await import('../kustomize/kustomize-command.js')).runKustomize(rest, io)
      default:
        return await (await import('./scan-command.js')).runScan(argv, io)
    }
  } catch (e) {
    const err = e as Error
    io.stderr(
      `kube-whoami: internal error: ${err.message}\n${err.stack ?? ''}\nPlease report this at https://github.com/kube-whoami/kube-whoami/issues\n`,
    )
    return EXIT.internal
  }
}
