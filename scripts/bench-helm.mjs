// Renders the `default` variant of every chart in ../shared/corpus/helm in one process and
// prints the time next to helm v4.1.4 rendering the same charts one process at a time,
// plus peak memory. Usage: node scripts/bench-helm.mjs [--runs N] [--no-helm] [--json]
//
// The TypeScript sources run through tsx's loader (no build needed). CPU time is printed
// beside wall time because the machines this runs on are often shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = process.env.KUBE_WHOAMI_SHARED
  ? resolve(process.env.KUBE_WHOAMI_SHARED)
  : resolve(root, '..', 'shared')
const corpus = join(shared, 'corpus', 'helm')

const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1]) || 3
const withHelm = !args.includes('--no-helm')
const asJson = args.includes('--json')

if (!existsSync(corpus)) {
  console.log(`[skip] bench-helm: ${corpus} is not present`)
  process.exit(0)
}

register()
const { renderChart } = await import(pathToFileURL(join(root, 'src/helm/render.ts')).href)

const charts = readdirSync(corpus)
  .filter((n) => existsSync(join(corpus, n, 'golden', 'default.args')))
  .sort()

function argsOf(name) {
  return readFileSync(join(corpus, name, 'golden', 'default.args'), 'utf8')
    .split('\n')
    .filter(Boolean)
}

function renderAll() {
  const per = []
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  for (const name of charts) {
    const t = performance.now()
    const r = renderChart('./chart', {
      cwd: join(corpus, name),
      releaseName: 'release-name',
      namespace: 'default',
    })
    per.push({ name, ms: performance.now() - t, ok: r.ok })
  }
  const cpu = process.cpuUsage(c0)
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000, per }
}

let peakHeap = 0
const passes = []
for (let i = 0; i < runs; i++) {
  passes.push(renderAll())
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  if (globalThis.gc) globalThis.gc()
}
const first = passes[0]
const best = passes.slice(1).reduce((a, b) => (b.wall < a.wall ? b : a), passes[passes.length - 1])

let helm
if (withHelm) {
  const helmBin = join(root, '.cache', 'helm', 'helm')
  let bin = existsSync(helmBin) ? helmBin : undefined
  if (!bin) {
    try {
      const { extractHelm } = await import(
        pathToFileURL(join(root, 'scripts', 'extract-helm.mjs')).href
      )
      bin = extractHelm()
    } catch {
      bin = undefined
    }
  }
  if (bin) {
    const t0 = performance.now()
    for (const name of charts) {
      spawnSync(bin, argsOf(name), {
        cwd: join(corpus, name),
        stdio: 'ignore',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: '/nonexistent',
          KUBECONFIG: '/nonexistent/kubeconfig',
        },
      })
    }
    helm = { wall: performance.now() - t0, source: 'measured now' }
  }
}
if (!helm) {
  // timings.tsv: helm wall time per variant (median of 3), recorded with the corpus.
  let total = 0
  const tsv = join(corpus, 'timings.tsv')
  if (existsSync(tsv)) {
    for (const line of readFileSync(tsv, 'utf8').split('\n')) {
      const cols = line.split('\t')
      if (cols[1] === 'default' && charts.includes(cols[0])) total += Number(cols[3]) || 0
    }
  }
  helm = { wall: total, source: 'timings.tsv' }
}

const rss = process.resourceUsage().maxRSS / 1024
const slowest = [...best.per].sort((a, b) => b.ms - a.ms).slice(0, 5)
const failed = best.per.filter((p) => !p.ok).map((p) => p.name)
const summary = {
  charts: charts.length,
  firstPassMs: Math.round(first.wall),
  bestPassMs: Math.round(best.wall),
  bestPassCpuMs: Math.round(best.cpu),
  helmMs: Math.round(helm.wall),
  helmSource: helm.source,
  ratio: Number((best.wall / helm.wall).toFixed(3)),
  peakRssMB: Math.round(rss),
  peakHeapMB: Math.round(peakHeap / 1024 / 1024),
  slowest: slowest.map((s) => `${s.name} ${s.ms.toFixed(0)}ms`),
  failed,
}
if (asJson) {
  console.log(JSON.stringify(summary, null, 2))
} else {
  console.log(
    `helm render bench: ${charts.length} charts (default variant), ${runs} passes in one process`,
  )
  console.log(
    `  kube-whoami  first pass ${summary.firstPassMs} ms, best pass ${summary.bestPassMs} ms (CPU ${summary.bestPassCpuMs} ms)`,
  )
  console.log(`  helm v4.1.4  ${summary.helmMs} ms, one process per chart (${summary.helmSource})`)
  console.log(`  ratio        ${summary.ratio} of helm's time (target <= 0.1)`)
  console.log(`  memory       peak RSS ${summary.peakRssMB} MB, peak heap ${summary.peakHeapMB} MB`)
  console.log(`  slowest      ${summary.slowest.join(', ')}`)
  if (failed.length)
    console.log(
      `  failed       ${failed.join(', ')} (expected: charts whose helm default also fails)`,
    )
}
