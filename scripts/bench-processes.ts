/**
 * The user's view of speed: whole processes of the built bundles (dist/cli/index.js and the
 * action's dist/index.js), each timed from spawn to exit, next to `node -e ""` and helm
 * v4.1.4 measured in the same rounds. Every row is run `runs` times; the table shows the best
 * and the median round. Rows:
 *
 *   startup   `kube-whoami --version` against `node -e ""`, per Node runtime found
 *   render    `kube-whoami render` once per chart (40 default corpus charts), under each Node
 *             runtime found, against `helm template` with the same arguments, one process per
 *             chart, interleaved chart by chart
 *   scan      one cold `kube-whoami scan --format sarif` of a repository holding the 40 charts,
 *             against a helm ×40 run just before it in each round; peak RSS of that process;
 *             once with the default threads and once with --jobs 2
 *   action    the action bundle on that repository (node 24 when test/node24 is installed)
 *   files     one cold scan of a 100-file repository without charts (Dockerfiles, manifests,
 *             workflows, other files), against `node -e ""`
 *
 * Scans run offline (--offline, the action's registry-lookup: false): what is timed is the
 * scanner, not the network to registries, which helm template never asks.
 *
 * Wall time is what a user waits; CPU time (user + system) is printed beside it because the
 * machines this runs on are shared and wall time follows their load.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

export interface ProcessBenchOptions {
  root: string
  shared: string
  runs: number
  rows: string[]
  log: (line: string) => void
}

interface Timing {
  wall: number
  cpu: number
}

/** One process timed by bash's `time` (ms resolution, wall and CPU of the child alone). */
function timed(argv: string[], cwd: string, env?: NodeJS.ProcessEnv): Timing & { ok: boolean } {
  const res = spawnSync(
    'bash',
    [
      '-c',
      'TIMEFORMAT="%3R %3U %3S"; { time "$@" >/dev/null 2>/dev/null; } 2>&1',
      'bench',
      ...argv,
    ],
    { cwd, env: env ?? process.env, encoding: 'utf8' },
  )
  const m = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+)\s*$/.exec(res.stdout)
  if (!m) throw new Error(`could not time ${argv.join(' ')}: ${res.stdout}${res.stderr}`)
  return { wall: Number(m[1]) * 1000, cpu: (Number(m[2]) + Number(m[3])) * 1000, ok: true }
}

/** Peak resident memory (MB) of one run, when GNU time is installed. */
function peakRss(argv: string[], cwd: string, env?: NodeJS.ProcessEnv): number | undefined {
  if (!existsSync('/usr/bin/time')) return undefined
  const res = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], {
    cwd,
    env: env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const kb = Number(/(\d+)\s*$/.exec(res.stderr)?.[1])
  return Number.isFinite(kb) ? kb / 1024 : undefined
}

interface Series {
  label: string
  timings: Timing[]
}

const sum = (ts: Timing[]): Timing =>
  ts.reduce((a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu }), { wall: 0, cpu: 0 })

function best(s: Timing[]): Timing {
  return s.reduce((a, b) => (b.wall < a.wall ? b : a))
}

function median(s: Timing[]): Timing {
  const sorted = [...s].sort((a, b) => a.wall - b.wall)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

interface Row {
  what: string
  subject: Series
  reference?: Series
  /** The goal as a ratio to the reference, or as milliseconds when there is no reference. */
  goal: string
  rssMb?: number
  note?: string
}

function runtimes(root: string): { label: string; bin: string }[] {
  const out = [{ label: `node ${process.version}`, bin: process.execPath }]
  const node24 = join(root, 'test', 'node24', 'node_modules', '.bin', 'node')
  if (existsSync(node24)) {
    const v = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim()
    if (v && v !== process.version) out.push({ label: `node ${v}`, bin: node24 })
  }
  return out
}

function helmBinary(root: string): string | undefined {
  const bin = join(root, '.cache', 'helm', 'helm')
  return existsSync(bin) ? bin : undefined
}

const helmEnv = {
  PATH: process.env.PATH ?? '',
  HOME: '/nonexistent',
  KUBECONFIG: '/nonexistent/kubeconfig',
}

function corpusCharts(shared: string): string[] {
  const corpus = join(shared, 'corpus', 'helm')
  if (!existsSync(corpus)) return []
  return readdirSync(corpus)
    .filter((n) => existsSync(join(corpus, n, 'golden', 'default.args')))
    .sort()
}

function helmArgs(shared: string, chart: string): string[] {
  return readFileSync(join(shared, 'corpus', 'helm', chart, 'golden', 'default.args'), 'utf8')
    .split('\n')
    .filter(Boolean)
}

/** A repository holding every corpus chart at <name>/ (the chart folder, without goldens). */
export function chartRepository(shared: string, charts: string[], into: string): string {
  const repo = join(into, 'charts-repo')
  for (const name of charts) {
    cpSync(join(shared, 'corpus', 'helm', name, 'chart'), join(repo, name), { recursive: true })
  }
  return repo
}

/**
 * 100 files and no chart: 40 Dockerfiles of the corpus in service folders, 40 manifests of the
 * PSA conformance set, 5 workflows of the fixtures, and 15 files a scan passes over.
 */
export function plainRepository(root: string, shared: string, into: string): string | undefined {
  const repo = join(into, 'plain-repo')
  const dockerfiles = join(shared, 'corpus', 'dockerfiles')
  const psa = join(shared, 'conformance', 'psa', 'restricted')
  if (!existsSync(dockerfiles) || !existsSync(psa)) return undefined
  const dfs = readdirSync(dockerfiles)
    .filter((n) => /dockerfile|containerfile/i.test(n) && !n.includes('windows'))
    .sort()
    .slice(0, 40)
  dfs.forEach((name, i) => {
    mkdirSync(join(repo, 'services', `svc-${i}`), { recursive: true })
    cpSync(join(dockerfiles, name), join(repo, 'services', `svc-${i}`, 'Dockerfile'))
  })
  const manifests: string[] = []
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (e.isDirectory()) visit(join(dir, e.name))
      else if (e.name.endsWith('.yaml')) manifests.push(join(dir, e.name))
    }
  }
  visit(psa)
  const step = Math.max(1, Math.floor(manifests.length / 40))
  mkdirSync(join(repo, 'deploy'), { recursive: true })
  for (let i = 0; i < 40; i++) {
    cpSync(
      manifests[i * step],
      join(repo, 'deploy', `m${i}-${manifests[i * step].split('/').pop()}`),
    )
  }
  const workflows: string[] = []
  const fixtures = join(root, '__fixtures__')
  const findWorkflows = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) findWorkflows(p)
      else if (p.includes('/.github/workflows/') && e.name.endsWith('.yml')) workflows.push(p)
    }
  }
  findWorkflows(fixtures)
  workflows.sort()
  mkdirSync(join(repo, '.github', 'workflows'), { recursive: true })
  workflows
    .slice(0, 5)
    .forEach((p, i) => cpSync(p, join(repo, '.github', 'workflows', `w${i}.yml`)))
  mkdirSync(join(repo, 'src'), { recursive: true })
  writeFileSync(join(repo, 'README.md'), '# a service\n\nNothing to see.\n')
  writeFileSync(join(repo, 'package.json'), '{ "name": "svc", "version": "1.0.0" }\n')
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n')
  for (let i = 0; i < 12; i++) {
    writeFileSync(join(repo, 'src', `m${i}.ts`), `export const m${i} = ${i}\n`)
  }
  return repo
}

function actionEnv(
  workspace: string,
  runnerTemp: string,
): NodeJS.ProcessEnv & Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v
  }
  const summary = join(runnerTemp, 'summary.md')
  const output = join(runnerTemp, 'output')
  const event = join(runnerTemp, 'event.json')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  writeFileSync(event, '{}')
  return {
    ...env,
    INPUT_PATH: '.',
    INPUT_SEVERITY: 'note',
    'INPUT_FAIL-ON': 'none',
    'INPUT_SARIF-FILE': 'kube-whoami.sarif',
    INPUT_UPLOAD: 'false',
    'INPUT_WAIT-FOR-PROCESSING': 'false',
    INPUT_ANNOTATIONS: 'true',
    INPUT_SUMMARY: 'true',
    'INPUT_CHANGED-FILES-ONLY': 'false',
    'INPUT_REGISTRY-LOOKUP': 'false',
    INPUT_TOKEN: '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '3f9c2a7d1b5e8c4a6f0d2b9e7c1a5f3d8b6e4c2a',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerTemp,
  }
}

function fmtMs(ms: number): string {
  return ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`
}

function ratio(a: number, b: number): string {
  return b > 0 ? (a / b).toFixed(2) : '–'
}

function table(rows: Row[]): string[] {
  const head = [
    'what',
    'best',
    'cpu',
    'median',
    'reference',
    'best',
    'cpu',
    'median',
    'ratio best',
    'ratio median',
    'goal',
    'peak RSS',
  ]
  const lines = rows.map((r) => {
    const sb = best(r.subject.timings)
    const sm = median(r.subject.timings)
    const rb = r.reference && best(r.reference.timings)
    const rm = r.reference && median(r.reference.timings)
    return [
      r.what,
      fmtMs(sb.wall),
      fmtMs(sb.cpu),
      fmtMs(sm.wall),
      r.reference?.label ?? '',
      rb ? fmtMs(rb.wall) : '',
      rb ? fmtMs(rb.cpu) : '',
      rm ? fmtMs(rm.wall) : '',
      rb ? ratio(sb.wall, rb.wall) : '',
      rm ? ratio(sm.wall, rm.wall) : '',
      r.goal,
      r.rssMb === undefined ? '' : `${r.rssMb.toFixed(0)} MB`,
    ]
  })
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells: string[]) =>
    '| ' +
    cells
      .map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join(' | ') +
    ' |'
  const out = [
    fmt(head),
    '|' +
      widths
        .map(
          (w, i) =>
            (i === 0 || i === 4 ? ':' : '-') + '-'.repeat(w) + (i === 0 || i === 4 ? '-' : ':'),
        )
        .join('|') +
      '|',
  ]
  for (const l of lines) out.push(fmt(l))
  for (const r of rows) if (r.note) out.push(`  ${r.what}: ${r.note}`)
  return out
}

export function benchProcesses(o: ProcessBenchOptions): void {
  const { root, shared, runs } = o
  const want = (row: string) => o.rows.length === 0 || o.rows.includes(row)
  const cli = join(root, 'dist', 'cli', 'index.js')
  const action = join(root, 'dist', 'index.js')
  const helm = helmBinary(root)
  const charts = corpusCharts(shared)
  const rts = runtimes(root)
  const work = mkdtempSync(join(tmpdir(), 'kw-bench-'))
  // The compile cache (Node >= 22.1) of these runs: one folder for the whole bench, so that the
  // first round fills it and the later ones read it, as on a developer's machine.
  const cacheHome = join(work, 'cache-home')
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome }
  const rows: Row[] = []
  const header = () =>
    `${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`
  o.log(`process bench: ${runs} rounds; ${header()} at the start`)
  try {
    if (want('startup')) {
      for (const rt of rts) {
        const subject: Series = { label: 'kube-whoami --version', timings: [] }
        const reference: Series = { label: `${rt.label} -e ""`, timings: [] }
        // One unmeasured run fills the compile cache where the runtime has one.
        timed([rt.bin, cli, '--version'], root, env)
        for (let i = 0; i < runs; i++) {
          reference.timings.push(timed([rt.bin, '-e', ''], root, env))
          subject.timings.push(timed([rt.bin, cli, '--version'], root, env))
        }
        rows.push({
          what: `start-up: --version (${rt.label})`,
          subject,
          reference,
          goal: '<= 1.3',
          rssMb: peakRss([rt.bin, cli, '--version'], root, env),
        })
      }
      if (helm) {
        const h: Series = { label: '', timings: [] }
        for (let i = 0; i < runs; i++) h.timings.push(timed([helm, 'version'], root, helmEnv))
        rows.push({ what: 'helm version (for scale)', subject: h, goal: '' })
      }
    }

    if (want('render') && charts.length) {
      // Per chart: helm, then kube-whoami under each runtime, so that all see the same load.
      const mine: Series[] = rts.map((rt) => ({
        label: `kube-whoami render ×${charts.length} (${rt.label})`,
        timings: [],
      }))
      const reference: Series = { label: `helm template ×${charts.length}`, timings: [] }
      for (let i = 0; i < runs; i++) {
        const ours: Timing[][] = rts.map(() => [])
        const theirs: Timing[] = []
        for (const chart of charts) {
          const cwd = join(shared, 'corpus', 'helm', chart)
          const args = helmArgs(shared, chart)
          if (helm) theirs.push(timed([helm, ...args], cwd, helmEnv))
          // `helm template NAME CHART flags` and `kube-whoami render NAME CHART flags`.
          rts.forEach((rt, k) =>
            ours[k].push(timed([rt.bin, cli, 'render', ...args.slice(1)], cwd, env)),
          )
        }
        rts.forEach((_, k) => mine[k].timings.push(sum(ours[k])))
        if (helm) reference.timings.push(sum(theirs))
      }
      rts.forEach((rt, k) =>
        rows.push({
          what: `render per call, ${charts.length} charts (sum, ${rt.label})`,
          subject: mine[k],
          reference: helm ? reference : undefined,
          goal: '<= 1.0',
        }),
      )
    }

    /** helm template once per corpus chart: the reference of the scan rows, run beside them. */
    const helmSum = (): Timing | undefined =>
      helm
        ? sum(
            charts.map((chart) =>
              timed(
                [helm, ...helmArgs(shared, chart)],
                join(shared, 'corpus', 'helm', chart),
                helmEnv,
              ),
            ),
          )
        : undefined
    const helmSeries = (): Series => ({ label: `helm template ×${charts.length}`, timings: [] })
    const needHelmSum = (want('scan') || want('action')) && charts.length
    const repo = needHelmSum ? chartRepository(shared, charts, work) : undefined
    // The default (one thread on this 2-core machine for 40 charts), then two threads.
    for (const jobs of ['', '2']) {
      if (!want('scan') || !repo) break
      const sarif = join(work, 'scan.sarif')
      const argv = [
        process.execPath,
        cli,
        'scan',
        repo,
        '--format',
        'sarif',
        '--output',
        sarif,
        '--fail-on',
        'none',
        '--offline',
        ...(jobs ? ['--jobs', jobs] : []),
      ]
      const subject: Series = { label: '', timings: [] }
      const reference = helmSeries()
      for (let i = 0; i < runs; i++) {
        const h = helmSum()
        if (h) reference.timings.push(h)
        subject.timings.push(timed(argv, root, env))
      }
      rows.push({
        what: `scan ${charts.length} charts, cold, one process (SARIF${jobs ? `, --jobs ${jobs}` : ''})`,
        subject,
        reference: reference.timings.length ? reference : undefined,
        goal: '<= 0.1',
        rssMb: peakRss(argv, root, env),
      })
    }
    if (want('action') && repo) {
      const rt = rts[rts.length - 1]
      const subject: Series = { label: '', timings: [] }
      const reference = helmSeries()
      let rss: number | undefined
      for (let i = 0; i <= runs; i++) {
        const h = i < runs ? helmSum() : undefined
        if (h) reference.timings.push(h)
        // A fresh RUNNER_TEMP each run, as each job of a hosted runner has.
        const temp = mkdtempSync(join(work, 'runner-'))
        const aenv = actionEnv(repo, temp)
        if (i === runs) rss = peakRss([rt.bin, action], repo, aenv)
        else subject.timings.push(timed([rt.bin, action], repo, aenv))
        rmSync(temp, { recursive: true, force: true })
        rmSync(join(repo, 'kube-whoami.sarif'), { force: true })
      }
      rows.push({
        what: `action on the ${charts.length} charts (${rt.label}, fresh RUNNER_TEMP)`,
        subject,
        reference: reference.timings.length ? reference : undefined,
        goal: '<= 0.1',
        rssMb: rss,
      })
    }
    if (want('files')) {
      const plain = plainRepository(root, shared, work)
      if (plain) {
        const argv = [
          process.execPath,
          cli,
          'scan',
          plain,
          '--format',
          'sarif',
          '--output',
          join(work, 'plain.sarif'),
          '--fail-on',
          'none',
          '--offline',
        ]
        const subject: Series = { label: '', timings: [] }
        const reference: Series = { label: 'node -e ""', timings: [] }
        for (let i = 0; i < runs; i++) {
          reference.timings.push(timed([process.execPath, '-e', ''], root, env))
          subject.timings.push(timed(argv, root, env))
        }
        rows.push({
          what: 'scan 100 files without charts (SARIF)',
          subject,
          reference,
          goal: '< 300 ms',
          rssMb: peakRss(argv, root, env),
        })
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  for (const line of table(rows)) o.log(line)
  o.log(
    `${header()} at the end; helm ${helm ? 'v4.1.4 at .cache/helm/helm' : 'not found (node scripts/extract-helm.mjs)'}`,
  )
}
