/**
 * V8's code cache of the bundle's chunks, written when a run ends, so that it holds every
 * function the run compiled. Node's own compile cache (Node >= 22.1, compile-cache.ts) stores a
 * module as compiled before it runs: its top level only, so each process compiled again every
 * function a command calls (about 60-80 ms of a cold scan), and Node 20 has no cache at all.
 * Here the bundler's chunk loader (patched by scripts/build.mjs to ask this hook first) gets
 * each chunk compiled as a script with `vm.Script` and V8's cached data: on Node 20 and later
 * alike, and with the functions a previous run used already compiled.
 *
 * A cache is an optimisation only: a chunk this cannot take (not the shape ncc writes, with
 * `import.meta` in it) is imported as before, and a cache that cannot be read, written or is
 * refused by V8 (another V8, other flags) only costs the compilation it would have saved.
 */
import { isAscii } from 'node:buffer'
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as Vm from 'node:vm'
import { isMainThread } from 'node:worker_threads'
import { crc32 } from 'node:zlib'

/** The global the patched chunk loader calls (`Symbol.for`, shared with scripts/build.mjs). */
export const CHUNK_LOADER_KEY = 'kube-whoami.loadChunk'

/** What an ncc chunk exports: the bundler's runtime installs its `modules`. */
interface ChunkExports {
  id: unknown
  ids: unknown
  modules: unknown
}

type ChunkLoader = (url: string) => Promise<ChunkExports> | undefined

/** Cache files written this long ago are removed when the cache is next written. */
const STALE_MS = 30 * 24 * 3600 * 1000

/** The first three lines of every chunk ncc writes: its exports, read by the bundle's runtime. */
const head = /^export const id = \d+;\nexport const ids = \[[\d, ]*\];\nexport const modules = /
/** What a chunk must not hold to run as a script: a module's syntax, past the head. */
const moduleSyntax = /^(?:import|export)\b|\bimport\s*(?:\.\s*meta\b|\()/gm

/**
 * A chunk's text as a script whose value is a function returning the chunk's exports, or
 * undefined when the text is not what ncc writes (its three declarations first, nothing else
 * exported or imported, no `import.meta`; `import()` only with `dynamicImport`, the main
 * context's loader for the script). Lines keep their numbers, so stack traces point at the
 * same lines; 'use strict' keeps the module's semantics.
 */
export function chunkScript(text: string, dynamicImport: boolean): string | undefined {
  const declarations = head.exec(text)
  if (!declarations) return undefined
  const body = text.slice(declarations[0].length)
  for (const m of body.matchAll(moduleSyntax)) {
    if (!dynamicImport || !m[0].endsWith('(')) return undefined
  }
  const exports = declarations[0].replaceAll('export const', 'const')
  return `(function () {'use strict';${exports}${body}\nreturn { id, ids, modules };\n})`
}

/** Changed whenever chunkScript makes another text of the same chunk. */
const SCRIPT_FORM = 2

// Loaded with the first chunk, not at start-up: `--version` loads no chunk (10 ms on Node 24).
const vmModule = (): typeof Vm => process.getBuiltinModule('node:vm')

/**
 * The cache file of a chunk's bytes under this runtime and for this kind of run (`profile`).
 * V8's data is for one V8 build, and V8 itself checks only the text's length, so the key holds
 * a CRC-32 of the bytes and their length, as Node's own compile cache keys its files (0.1 ms
 * for the 1.7 MB of a scan's chunks, where SHA-1 took 6). A chunk that `render` and `scan` both
 * load (the YAML parser) has one cache per command, each with the functions that command calls.
 */
export function cacheKey(chunk: Uint8Array, profile: string): string {
  const node = `${process.version} ${process.versions.v8} ${process.arch}`
  const runtime = `${SCRIPT_FORM} ${profile} ${node}`
  return `${crc32(runtime).toString(16)}-${crc32(chunk).toString(16)}-${chunk.byteLength}`
}

/**
 * A cache holds the functions of the run that wrote it; the next runs that read it write it
 * again, with their functions added, until this many runs went into it. A scan of a chart
 * repository and one of Dockerfiles call different parts of the same chunk: the third and
 * later runs start with both. Writing costs about 25 ms for a scan's chunks.
 */
const MERGED_RUNS = 4

interface Pending {
  script: Vm.Script
  file: string
  /** How many runs went into the cache written from this script. */
  runs: number
}

/**
 * Installs the loader for chunks read from disk with the cache in `dir`, for runs of the kind
 * `profile` (see cacheKey). Only the main thread writes the cache (at exit); chart workers
 * read it.
 */
export function installChunkCodeCache(dir: string, profile: string): void {
  const pending: Pending[] = []
  const load: ChunkLoader = (url) => {
    // Older than Node 20.16 (below what the package supports): the module loader as before.
    if (typeof process.getBuiltinModule !== 'function') return undefined
    const vm = vmModule()
    const dynamicImport = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
    let bytes: Buffer
    let source: string | undefined
    try {
      bytes = readFileSync(fileURLToPath(url))
      // The bundles are ASCII (the build makes them so): one byte per character, no decoding.
      const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
      source = chunkScript(text, dynamicImport !== undefined)
    } catch {
      return undefined
    }
    if (source === undefined) return undefined
    const file = join(dir, `${cacheKey(bytes, profile)}.v8`)
    // A cache file: one byte counting the runs that went into it, then V8's data.
    let cachedData: Buffer | undefined
    let runs = 0
    try {
      const data = readFileSync(file)
      if (data.length > 1) {
        runs = data[0]
        cachedData = data.subarray(1)
      }
    } catch {
      cachedData = undefined
    }
    let script: Vm.Script
    try {
      script = new vm.Script(source, {
        filename: url,
        cachedData,
        ...(dynamicImport !== undefined ? { importModuleDynamically: dynamicImport } : {}),
      })
    } catch {
      // Not a script after all (a top-level await): the module loader takes it.
      return undefined
    }
    if (cachedData === undefined || script.cachedDataRejected === true) runs = 0
    if (isMainThread && runs < MERGED_RUNS) {
      if (pending.length === 0) process.once('exit', () => save(dir, pending))
      pending.push({ script, file, runs: runs + 1 })
    }
    const exports = (script.runInThisContext() as () => ChunkExports)()
    return Promise.resolve(exports)
  }
  ;(globalThis as Record<symbol, unknown>)[Symbol.for(CHUNK_LOADER_KEY)] = load
}

/** Writes each cache (whole or not at all), and drops files written long ago. */
function save(dir: string, pending: Pending[]): void {
  try {
    mkdirSync(dir, { recursive: true })
    const now = Date.now()
    const fresh = new Set(pending.map((p) => p.file))
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      if (fresh.has(file)) continue
      try {
        if (now - statSync(file).mtimeMs > STALE_MS) unlinkSync(file)
      } catch {
        // Gone already (another process pruned it).
      }
    }
    for (const { script, file, runs } of pending) {
      const temp = `${file}.${process.pid}.tmp`
      writeFileSync(temp, Buffer.concat([Buffer.of(runs), script.createCachedData()]))
      renameSync(temp, file)
    }
  } catch {
    // An unwritable cache folder: the next run compiles again.
  }
}
