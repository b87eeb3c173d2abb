/**
 * npm run bench: speed and memory as a user meets them. Run with tsx; reads ../shared.
 *
 * The table (scripts/bench-processes.ts) times whole processes of the built bundles, dist/
 * (rebuilt first when older than src/), next to `node -e ""` and helm v4.1.4 in the same run:
 *
 *   startup     `kube-whoami --version` vs `node -e ""`, per Node runtime (goal <= 1.3×)
 *   render      `kube-whoami render` one process per corpus chart vs `helm template` (<= 1.0×)
 *   scan        one cold scan (SARIF) of a repository of the 40 corpus charts vs helm ×40 (<= 0.1×)
 *   action      the action bundle on that repository, fresh RUNNER_TEMP (<= 0.1×)
 *   files       one cold scan of a 100-file repository without charts (< 300 ms)
 *
 * In-process sections, each in a fresh process so that peak memory (max RSS) is its own:
 *
 *   psa         scan the 4537-fixture Pod Security Admission tree in one process (aim: < 3 s)
 *   dockerfile  model 1000 Dockerfiles (the corpus, cycled) (aim: < 1 s)
 *   helm        render the 40 default corpus charts in one process, warm, next to helm one by
 *               one; run by scripts/bench-helm.mjs
 *   kustomize   build the 51 overlays of the kustomize corpus in one process, next to kubectl
 *               kustomize one process per overlay; run by scripts/bench-kustomize.ts
 *
 * `npm run bench` runs the table; `npm run bench -- startup scan` some rows of it;
 * `npm run bench -- psa helm` some in-process sections; `all` everything; `--runs N` the
 * rounds of each table row (default 5).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..')
const shared = process.env.KUBE_WHOAMI_SHARED ?? join(root, '..', 'shared')

interface Section {
  name: string
  describe: string
  run(): Promise<string>
}

const sections: Section[] = [
  {
    name: 'psa',
    describe: 'scan of the 4537 PSA fixtures (restricted, latest), one process',
    async run() {
      const { scan } = await import('../src/scan.js')
      const dir = join(shared, 'conformance', 'psa')
      if (!existsSync(dir)) return 'skipped: ../shared/conformance/psa not present'
      await scan({ root: join(dir, 'baseline', 'v1.0') }) // warm up the module graph
      const t0 = performance.now()
      const result = await scan({ root: dir })
      const ms = performance.now() - t0
      return `${result.stats.manifests} files, ${result.stats.workloads} workloads, ${result.findings.length} findings in ${ms.toFixed(0)} ms`
    },
  },
  {
    name: 'dockerfile',
    describe: 'Dockerfile models for 1000 files (the corpus cycled), one process',
    async run() {
      const { benchDockerfiles } = await import('./bench-dockerfile.js')
      const r = benchDockerfiles(1000)
      return r.line
    },
  },
]

async function child(name: string): Promise<void> {
  const section = sections.find((s) => s.name === name)!
  const line = await section.run()
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(`${line}; peak RSS ${maxRssMb.toFixed(0)} MB\n`)
}

const TABLE_ROWS = ['startup', 'render', 'scan', 'action', 'files']

async function parent(): Promise<void> {
  const argv = process.argv.slice(2)
  const runsAt = argv.indexOf('--runs')
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5
  const names = argv.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1))
  const all = names.includes('all')
  const rows = names.filter((n) => TABLE_ROWS.includes(n))
  if (all || rows.length || !names.length) {
    const { ensureBundle } = await import('../test/action/bundle.js')
    const rebuilt = ensureBundle()
    if (rebuilt) console.log(`rebuilt dist/ first (${rebuilt})`)
    const { benchProcesses } = await import('./bench-processes.js')
    benchProcesses({ root, shared, runs, rows: all ? [] : rows, log: (l) => console.log(l) })
  }
  const only = all ? [] : names.filter((n) => !TABLE_ROWS.includes(n))
  if (!all && !only.length) return
  for (const s of sections) {
    if (only.length && !only.includes(s.name)) continue
    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', s.name],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    const out = (res.stdout || res.stderr).trim()
    console.log(`${s.name.padEnd(10)} ${s.describe}\n           ${out}`)
  }
  if (!only.length || only.includes('helm')) {
    console.log(
      'helm       40 default corpus charts in one process vs helm v4.1.4 one process per chart',
    )
    const res = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'bench-helm.mjs'), '--runs', '3'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    console.log((res.stdout || res.stderr).trim().replace(/^/gm, '           '))
  }
  if (!only.length || only.includes('kustomize')) {
    console.log(
      'kustomize  51 corpus overlays in one process vs kubectl kustomize one process each',
    )
    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'bench-kustomize.ts'), '--runs', '1'],
      { cwd: root, encoding: 'utf8' },
    )
    const out = (res.stdout || res.stderr).trim().split('\n')
    console.log(`           ${out[out.length - 1]}`)
  }
}

if (process.argv[2] === '--child') await child(process.argv[3])
else await parent()
