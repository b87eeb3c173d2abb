import { enableCompileCache } from '../core/compile-cache.js'

// The cache is on before the action's code (a chunk of its own) is compiled.
enableCompileCache()
import('./main.js').then(
  (m) => m.run(),
  (e: unknown) => {
    process.stdout.write(`::error::kube-whoami could not load: ${(e as Error).message}\n`)
    process.exitCode = 1
  },
)
