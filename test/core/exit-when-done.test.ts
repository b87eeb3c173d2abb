/**
 * Ending the process once its work is done: the exit code, every byte of the output and the
 * 'exit' listeners (where the chunk code cache is saved) survive it, and output still pending
 * leaves the process to end by itself.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { exitWhenDone } from '../../src/core/exit-when-done.js'
import { projectRoot } from '../helpers/shared.js'

const tsx = join(projectRoot, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')
const module = pathToFileURL(join(projectRoot, 'src', 'core', 'exit-when-done.ts')).href

/** Runs `body` (an ES module's text, with exitWhenDone imported) in a child process. */
function child(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kw-exit-'))
  const script = join(dir, 'main.mts')
  writeFileSync(script, `import { exitWhenDone } from ${JSON.stringify(module)}\n${body}\n`)
  return spawnSync(process.execPath, ['--import', tsx, script], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 60_000,
  })
}

describe('exitWhenDone', () => {
  afterEach(() => {
    process.exitCode = undefined
  })

  it('ends the process with the code, its output whole and its exit listeners run', () => {
    const r = child(
      [
        "process.on('exit', () => process.stderr.write('saved\\n'))",
        // A timer the natural end would wait for: exiting now does not.
        "setTimeout(() => process.stdout.write('too late\\n'), 30_000)",
        "process.stdout.write('x'.repeat(1000) + '\\nend\\n')",
        'exitWhenDone(3)',
      ].join('\n'),
    )
    expect(r.status).toBe(3)
    expect(r.stdout).toBe('x'.repeat(1000) + '\nend\n')
    expect(r.stderr).toBe('saved\n')
  })

  it('loses no output a pipe has not taken yet (4 MB through a 64 KB pipe)', () => {
    const r = child(
      ["process.stdout.write('x'.repeat(4 << 20) + '\\nend\\n')", 'exitWhenDone(4)'].join('\n'),
    )
    expect(r.status).toBe(4)
    expect(r.stdout.length).toBe((4 << 20) + 5)
    expect(r.stdout.endsWith('x\nend\n')).toBe(true)
  })

  it('leaves a process with output still pending to end by itself, with the code', () => {
    const calls: string[] = []
    const exit = process.exit
    process.exit = ((code?: number) => {
      calls.push(`exit ${code}`)
    }) as typeof process.exit
    try {
      exitWhenDone(5, { stdout: { writableLength: 12 }, stderr: { writableLength: 0 } })
      exitWhenDone(6, { stdout: { writableLength: 0 }, stderr: { writableLength: 1 } })
    } finally {
      process.exit = exit
    }
    expect(calls).toEqual([])
    expect(process.exitCode).toBe(6)
  })
})
