/**
 * Issue 16's hostile repositories (cases.ts) as test suites: each built at test time and scanned: every one
 * ends within its time limit with the exit code and the line it must give (a finding, a
 * notice, one error line), and never with a crash or a stack trace. CLI cases run in-process
 * (fast); those about the process itself (a closed stdout, the action's runner environment)
 * run src/ in a child process through tsx. `npm run hostile` prints the same cases as a table
 * with peak memory and helm beside them.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../helpers/shared.js'
import { runCli } from '../cli/run-cli.js'
import { CASES, type HostileCase } from './cases.js'
import { describeOutcome, runCase } from './run-case.js'

const tsx = join(projectRoot, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')

/** Cases about the process (its stdout, its environment) run as one. */
const inProcess = (c: HostileCase) => {
  const probe = join(mkdtempSync(join(tmpdir(), 'kw-probe-')), 'repo')
  const run = c.build(probe, true) ?? {}
  return !run.action && !run.headBytes && !run.env
}

const crash =
  /Maximum call stack|Invalid string length|internal error|Unhandled|\n\s+at .*\.(js|ts):\d+/

/** The cases `pick` selects, as one suite (two files split them so that they run in parallel). */
export function hostileSuite(name: string, pick: (c: HostileCase) => boolean): void {
  describe(name, () => {
    for (const c of CASES.filter(pick)) {
      const seconds = c.limits?.seconds ?? 30
      it(`${c.id}: ${c.what}`, { timeout: seconds * 2000 + 30_000 }, async () => {
        const exits = Array.isArray(c.expect.exit) ? c.expect.exit : [c.expect.exit]
        if (inProcess(c)) {
          const root = join(mkdtempSync(join(tmpdir(), `kw-hostile-${c.id}-`)), 'repo')
          const run = c.build(root, true) ?? {}
          const started = performance.now()
          const r = await runCli(
            run.args ?? ['scan', '.', '--format', 'json', '--fail-on', 'none'],
            root,
          )
          const ms = performance.now() - started
          const out = r.stdout + r.stderr
          expect(out).not.toMatch(crash)
          expect(exits, out.slice(0, 2000)).toContain(r.code)
          if (c.expect.output) expect(out).toMatch(c.expect.output)
          if (c.expect.absent) expect(out).not.toMatch(c.expect.absent)
          expect(ms).toBeLessThan(seconds * 1000)
          return
        }
        const r = await runCase(c, {
          cli: join(projectRoot, 'src', 'cli', 'index.ts'),
          action: join(projectRoot, 'src', 'action', 'index.ts'),
          nodeArgs: ['--import', tsx],
          quick: true,
          timeoutMs: seconds * 2000,
        })
        const out = r.stdout + r.stderr
        expect(describeOutcome(r), out.slice(0, 2000)).toMatch(/^exit \d+$/)
        expect(out).not.toMatch(crash)
        expect(exits, out.slice(0, 2000)).toContain(r.code)
        if (c.expect.output) expect(out).toMatch(c.expect.output)
        if (c.expect.absent) expect(out).not.toMatch(c.expect.absent)
      })
    }
  })
}
