import { TOOL_VERSION } from '../core/project.js'
import { HELP } from './help.js'
import { type CliIO, EXIT } from './io.js'
import { runBaseline } from './baseline-command.js'
import { runInit } from './init-command.js'
import { runScan } from './scan-command.js'
import { runRender } from '../helm/render-command.js'
import { runKustomize } from '../kustomize/kustomize-command.js'

/** The CLI: argv in, exit code out. Never calls process.exit, so output is never cut short. */
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
        return await runScan(rest, io)
      case 'baseline':
        return await runBaseline(rest, io)
      case 'init':
        return await runInit(rest, io)
      case 'render':
        return await runRender(rest, io)
      case 'kustomize':
        return await runKustomize(rest, io)
      default:
        return await runScan(argv, io)
    }
  } catch (e) {
    const err = e as Error
    io.stderr(
      `kube-whoami: internal error: ${err.message}\n${err.stack ?? ''}\nPlease report this at https://github.com/kube-whoami/kube-whoami/issues\n`,
    )
    return EXIT.internal
  }
}
