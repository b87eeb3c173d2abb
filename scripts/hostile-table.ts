/**
 * Prints issue 16's table: every hostile case (test/hostile/cases.ts) run through the bundled
 * CLI or action — outcome, wall time, peak RSS — and, for chart cases, the same chart through
 * `helm template` (.cache/helm/helm, see scripts/extract-helm.mjs) when it is there.
 *
 *   npm run hostile [-- --cli path/to/cli/index.js --action path/to/index.js] [--only id,id]
 *                   [--timeout seconds] [--no-helm]
 *
 * Run `npm run build` first: the cases run dist/, as users do.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { CASES } from '../test/hostile/cases.js'
import { describeOutcome, runCase } from '../test/hostile/run-case.js'

const { values } = parseArgs({
  options: {
    cli: { type: 'string' },
    action: { type: 'string' },
    only: { type: 'string' },
    timeout: { type: 'string' },
    'no-helm': { type: 'boolean' },
  },
})
const root = join(import.meta.dirname, '..')
const helm = join(root, '.cache', 'helm', 'helm')
const timeoutMs = Number(values.timeout ?? 120) * 1000
const only = values.only?.split(',')

async function helmRun(chartDir: string): Promise<string> {
  const time = '/usr/bin/time'
  const timeFile = join(mkdtempSync(join(tmpdir(), 'kw-helm-')), 't')
  const argv = existsSync(time)
    ? [time, '-f', '%M', '-o', timeFile, helm, 'template', 'x', chartDir]
    : [helm, 'template', 'x', chartDir]
  const started = performance.now()
  const child = spawn(argv[0], argv.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString()
  })
  let killed = false
  const timer = setTimeout(() => {
    killed = true
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }, timeoutMs)
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)))
  clearTimeout(timer)
  const s = ((performance.now() - started) / 1000).toFixed(2)
  if (killed) return `killed at ${timeoutMs / 1000} s`
  const { readFileSync } = await import('node:fs')
  const rss = existsSync(timeFile)
    ? `${(Number(/(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'))?.[1]) / 1024).toFixed(0)} MiB`
    : '?'
  const err = stderr
    .split('\n')
    .find((l) => l.startsWith('Error:'))
    ?.slice(0, 70)
  return `${code === 0 ? 'ok' : (err ?? `exit ${code}`)}, ${s} s, ${rss}`
}

const rows: string[][] = [['case', 'part', 'outcome', 'time', 'peak RSS', 'as expected', 'helm']]
for (const c of CASES) {
  if (only && !only.includes(c.id)) continue
  const r = await runCase(c, { cli: values.cli, action: values.action, timeoutMs })
  const out = r.stdout + r.stderr
  const exits = Array.isArray(c.expect.exit) ? c.expect.exit : [c.expect.exit]
  const ok =
    !r.timedOut &&
    exits.includes(r.code ?? -1) &&
    (!c.expect.output || c.expect.output.test(out)) &&
    (!c.expect.absent || !c.expect.absent.test(out))
  let helmCell = ''
  if (c.helmChart && !values['no-helm'] && existsSync(helm)) {
    const dir = mkdtempSync(join(tmpdir(), `kw-hostile-helm-${c.id}-`))
    c.build(join(dir, 'repo'))
    helmCell = await helmRun(join(dir, 'repo', c.helmChart))
  }
  rows.push([
    c.id,
    String(c.part),
    describeOutcome(r),
    `${(r.ms / 1000).toFixed(2)} s`,
    r.rssMb === undefined ? '?' : `${r.rssMb.toFixed(0)} MiB`,
    ok ? 'yes' : 'NO',
    helmCell,
  ])
  process.stderr.write(`${c.id}: ${rows[rows.length - 1].slice(2).join(' | ')}\n`)
}

const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0))
for (const [i, r] of rows.entries()) {
  process.stdout.write(`| ${r.map((cell, j) => cell.padEnd(widths[j])).join(' | ')} |\n`)
  if (i === 0) process.stdout.write(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`)
}
