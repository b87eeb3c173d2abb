#!/usr/bin/env node
import { enableCompileCache } from '../core/compile-cache.js'
import { main } from './main.js'

// Before any command's code (chunks of their own, imported by main) is compiled.
enableCompileCache()

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stderrTTY: Boolean(process.stderr.isTTY),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`kube-whoami: internal error: ${(e as Error).message}\n`)
    process.exitCode = 3
  },
)
