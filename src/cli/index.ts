#!/usr/bin/env node
import { enableChunkCodeCache, enableCompileCache } from '../core/compile-cache.js'
import { exitWhenDone } from '../core/exit-when-done.js'
import { isChartWorker, setWorkerEntry } from '../core/worker-entry.js'
import { main } from './main.js'

// Before any command's code (chunks of their own, imported by main) is compiled.
enableCompileCache()
// Chart workers render for a scan; `baseline` and a command-less call are scans too (main.ts).
const command = isChartWorker() ? 'scan' : process.argv[2]
enableChunkCodeCache(['render', 'kustomize', 'init'].includes(command) ? command : 'scan')

if (isChartWorker()) {
  // A thread of a scan rendering charts (k8s/chart-pool.ts), started from this file.
  void import('../k8s/chart-worker.js').then((m) => m.serveChartJobs())
} else {
  setWorkerEntry(new URL(import.meta.url))
  runCommand()
}

function runCommand(): void {
  /**
   * A closed or failing stdout (`| head -c 100`, a full disk) is an output problem: one line on
   * stderr and exit 2, and nothing more is written to it.
   */
  let stdoutFailed = false
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (!stdoutFailed) {
      stdoutFailed = true
      const why = e.code === 'EPIPE' ? 'the reader closed the pipe' : (e.code ?? e.message)
      process.stderr.write(`kube-whoami: cannot write the report to standard output: ${why}\n`)
    }
    process.exitCode = 2
  })

  // A closed stderr (`2>&1 | head`) leaves nowhere to say anything: the exit code says it.
  process.stderr.on('error', () => {
    process.exitCode = 2
  })

  main(process.argv.slice(2), {
    stdout: (s) => {
      if (!stdoutFailed) process.stdout.write(s)
    },
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  }).then(
    (code) => exitWhenDone(stdoutFailed ? 2 : code),
    (e: unknown) => {
      process.stderr.write(`kube-whoami: internal error: ${(e as Error).message}\n`)
      process.exitCode = 3
    },
  )
}
