/**
 * The action's entry in-process, for what an end-to-end run cannot provoke: an internal
 * error inside the scan must fail the step with a clear message, the stack only as detail.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseWorkflowCommands } from './workflow-commands.js'

vi.mock('../../src/scan.js', () => ({
  scan: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'spec')")),
}))

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  process.exitCode = undefined
  vi.restoreAllMocks()
})

describe('action entry', () => {
  it('fails with a clear message on an internal error, the stack only in the details', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'kw-main-'))
    writeFileSync(join(ws, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\n')
    const out = join(ws, 'out')
    writeFileSync(out, '')
    for (const k of Object.keys(process.env)) if (/^(GITHUB_|INPUT_)/.test(k)) delete process.env[k]
    Object.assign(process.env, { GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: out, INPUT_UPLOAD: 'false' })
    let stdout = ''
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout += String(chunk)
      return true
    })
    const { run } = await import('../../src/action/main.js')
    await run()
    vi.restoreAllMocks()
    expect(process.exitCode).toBe(1)
    const errors = parseWorkflowCommands(stdout).filter((c) => c.name === 'error')
    expect(errors.map((e) => e.data)).toEqual([
      "kube-whoami stopped on an internal error: Cannot read properties of undefined (reading 'spec'). Please report it at https://github.com/kube-whoami/kube-whoami/issues with the step log.",
    ])
    expect(stdout).toMatch(
      /Internal error details:\nTypeError: Cannot read properties of undefined \(reading 'spec'\)\n\s+at /,
    )
  })
})
