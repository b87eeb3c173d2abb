/**
 * npm run bench: speed and memory of the scanner's hot paths, each section in a fresh
 * process so that peak memory (max RSS) is its own. Run with tsx; reads ../shared.
 *
 *   psa         scan the 4537-fixture Pod Security Admission tree in one process (aim: < 3 s)
 *   dockerfile  model 1000 Dockerfiles (the corpus, cycled) (aim: < 1 s)
 *   helm        render the 40 default corpus charts in one process, next to helm one by one
 *               (aim: a tenth of helm's time); run by scripts/bench-helm.mjs
 *   kustomize   build the 51 overlays of the kustomize corpus in one process, next to kubectl
 *               kustomize one process per overlay; run by scripts/bench-kustomize.ts
 *
 * `npm run bench -- psa helm` runs some sections only.
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

async function parent(): Promise<void> {
  const only = process.argv.slice(2)
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
