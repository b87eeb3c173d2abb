// First: hides GITHUB_EVENT_PATH from @actions/github while the modules below load.
import { hideEventPath, restoreEventPath } from './event-path-guard.js'
import { enableCompileCache } from '../core/compile-cache.js'
import { exitWhenDone } from '../core/exit-when-done.js'
import { isChartWorker, setWorkerEntry } from '../core/worker-entry.js'
import { relaunch, relaunchFlags } from './relaunch.js'

// The cache is on before the action's code (a chunk of its own) is compiled.
enableCompileCache()

function runAction(): void {
  setWorkerEntry(new URL(import.meta.url))
  import('./main.js').then(
    (m) => {
      restoreEventPath()
      // run() reports its own failures (core.setFailed sets the exit code).
      return m.run().then(() => exitWhenDone(Number(process.exitCode ?? 0)))
    },
    (e: unknown) => {
      restoreEventPath()
      process.stdout.write(`::error::kube-whoami could not load: ${(e as Error).message}\n`)
      process.exitCode = 1
    },
  )
}

if (isChartWorker()) {
  // A thread of the scan rendering charts (k8s/chart-pool.ts), started from this file.
  void import('../k8s/chart-worker.js').then((m) => m.serveChartJobs())
} else {
  const flags = relaunchFlags()
  if (flags) {
    // The new process reads the event payload's path from the environment as the runner set it.
    restoreEventPath()
    relaunch(flags, () => {
      hideEventPath()
      runAction()
    })
  } else {
    runAction()
  }
}
