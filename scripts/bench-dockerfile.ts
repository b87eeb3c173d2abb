/**
 * Dockerfile model speed: parse and build the default target's ImageModel for n
 * Dockerfiles, cycling through ../shared/corpus/dockerfiles (aim: 1000 in < 1 s).
 *
 *   tsx scripts/bench-dockerfile.ts [n]
 *
 * `benchDockerfiles` is also what scripts/bench.ts can call as a section.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildImageModel, parseDockerfile } from '../src/dockerfile/index.js'
import {
  lookupBaseImage,
  type BaseImageFact,
  type BaseImageLookup,
} from '../src/images/base-images.js'

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..')
const shared = process.env.KUBE_WHOAMI_SHARED ?? join(root, '..', 'shared')

export interface DockerfileBench {
  files: number
  bytes: number
  /** Wall-clock time. */
  ms: number
  /** CPU time of this process (robust when the machine is busy). */
  cpuMs: number
  line: string
}

export function benchDockerfiles(n = 1000): DockerfileBench {
  const dir = join(shared, 'corpus', 'dockerfiles')
  if (!existsSync(dir)) {
    return {
      files: 0,
      bytes: 0,
      ms: 0,
      cpuMs: 0,
      line: 'skipped: ../shared/corpus/dockerfiles not present',
    }
  }
  const texts = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.json') && !e.name.endsWith('.md'))
    .map((e) => ({ name: e.name, text: readFileSync(join(dir, e.name), 'utf8') }))
  // A scan looks each base image up once; the table lookup is the images module's cost.
  const memo = new Map<string, BaseImageFact | undefined>()
  const baseImages: BaseImageLookup = (ref) => {
    if (!memo.has(ref)) memo.set(ref, lookupBaseImage(ref))
    return memo.get(ref)
  }
  // Warm-up: one pass over the corpus so the JIT has seen every path.
  for (const t of texts) buildImageModel(parseDockerfile(t.text, t.name), { baseImages })
  let bytes = 0
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length]
    bytes += t.text.length
    buildImageModel(parseDockerfile(t.text, t.name), { baseImages })
  }
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(c0)
  const cpuMs = (cpu.user + cpu.system) / 1000
  return {
    files: n,
    bytes,
    ms,
    cpuMs,
    line: `${n} Dockerfiles (${(bytes / 1e6).toFixed(1)} MB) parsed and modelled in ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`,
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 1000)
  console.log(benchDockerfiles(n).line)
}
