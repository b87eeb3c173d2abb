// First: hides GITHUB_EVENT_PATH from @actions/github while the modules below load.
import { restoreEventPath } from './event-path-guard.js'
import { enableCompileCache } from '../core/compile-cache.js'

// The cache is on before the action's code (a chunk of its own) is compiled.
enableCompileCache()
import('./main.js').then(
  (m) => {
    restoreEventPath()
    return m.run()
  },
  (e: unknown) => {
    restoreEventPath()
    process.stdout.write(`::error::kube-whoami could not load: ${(e as Error).message}\n`)
    process.exitCode = 1
  },
)
