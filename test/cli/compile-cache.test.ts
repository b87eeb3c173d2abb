/**
 * Node's compile cache (Node >= 22.1) and kube-whoami's cache of its chunks (every Node):
 * where they are kept, and that the built CLI fills them and gives the same output from them,
 * from a cache V8 refuses, and without a writable cache folder.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { compileCacheDir, userCacheDir } from '../../src/core/compile-cache.js'
import { ensureBundle } from '../action/bundle.js'
import { projectRoot } from '../helpers/shared.js'

describe('compile cache folder', () => {
  it("is the user's cache folder by each platform's convention", () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe('/x/cache')
    expect(userCacheDir({}, 'linux')).toBe(join(homedir(), '.cache'))
    expect(userCacheDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Caches'))
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(
      'C:\\Users\\a\\AppData\\Local',
    )
    expect(compileCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe(
      join('/x/cache', 'kube-whoami', 'compile-cache'),
    )
  })

  it('is RUNNER_TEMP in a GitHub Actions job', () => {
    const env = { GITHUB_ACTIONS: 'true', RUNNER_TEMP: '/runner/_temp', XDG_CACHE_HOME: '/x' }
    expect(compileCacheDir(env, 'linux')).toBe(
      join('/runner/_temp', 'kube-whoami', 'compile-cache'),
    )
    // RUNNER_TEMP outside Actions (a developer's shell) is not taken for a runner's.
    expect(compileCacheDir({ RUNNER_TEMP: '/t', XDG_CACHE_HOME: '/x' }, 'linux')).toBe(
      join('/x', 'kube-whoami', 'compile-cache'),
    )
  })
})

const node24 = join(projectRoot, 'test', 'node24', 'node_modules', '.bin', 'node')
const cli = join(projectRoot, 'dist', 'cli', 'index.js')

describe('the built CLI and the compile cache', () => {
  beforeAll(() => {
    ensureBundle()
  }, 600_000)

  const scanDemo = (bin: string, env: NodeJS.ProcessEnv) => {
    const res = spawnSync(
      bin,
      [cli, 'scan', join(projectRoot, 'demo'), '--format', 'json', '--fail-on', 'none'],
      { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: '', ...env } },
    )
    expect(res.status).toBe(0)
    // The scan's duration is the one field that differs between two runs.
    return res.stdout.replace(/"durationMs": \d+/, '"durationMs": 0')
  }

  it.runIf(existsSync(node24))(
    'fills the cache under Node 24 and scans the same from it',
    () => {
      const cache = mkdtempSync(join(tmpdir(), 'kw-cc-'))
      const without = scanDemo(node24, { NODE_DISABLE_COMPILE_CACHE: '1', XDG_CACHE_HOME: cache })
      expect(existsSync(join(cache, 'kube-whoami'))).toBe(false)
      const first = scanDemo(node24, { XDG_CACHE_HOME: cache })
      const dir = join(cache, 'kube-whoami', 'compile-cache')
      const entries = readdirSync(dir, { recursive: true })
      expect(entries.length).toBeGreaterThan(1)
      const second = scanDemo(node24, { XDG_CACHE_HOME: cache })
      expect(first).toBe(without)
      expect(second).toBe(without)
    },
    120_000,
  )

  it('keeps the chunks compiled by a scan, with their functions, on every Node', () => {
    const cache = mkdtempSync(join(tmpdir(), 'kw-cc-'))
    const without = scanDemo(process.execPath, {
      NODE_DISABLE_COMPILE_CACHE: '1',
      XDG_CACHE_HOME: cache,
    })
    expect(readdirSync(cache)).toEqual([])
    const first = scanDemo(process.execPath, { XDG_CACHE_HOME: cache })
    const dir = join(cache, 'kube-whoami', 'compile-cache', 'chunks')
    const files = readdirSync(dir).sort()
    // One file per chunk the scan loaded (the scan's code is split into several).
    expect(files.length).toBeGreaterThan(3)
    expect(files.every((f) => /^[0-9a-f]+-[0-9a-f]+-\d+\.v8$/.test(f))).toBe(true)
    const read = () => files.map((f) => readFileSync(join(dir, f)))
    // Each file: the number of runs that went into it, then V8's data.
    expect(read().map((b) => b[0])).toEqual(files.map(() => 1))
    // Written after the run: far more than the few top-level functions of a chunk.
    expect(read().reduce((n, b) => n + b.length, 0)).toBeGreaterThan(200_000)
    // The next three runs add their functions; later ones read the cache and leave it.
    const again: string[] = []
    for (let run = 2; run <= 5; run++) {
      again.push(scanDemo(process.execPath, { XDG_CACHE_HOME: cache }))
      expect(readdirSync(dir).sort()).toEqual(files)
      expect(read().map((b) => b[0])).toEqual(files.map(() => Math.min(run, 4)))
    }
    const kept = read()
    again.push(scanDemo(process.execPath, { XDG_CACHE_HOME: cache }))
    expect(read()).toEqual(kept)
    // V8 refuses data that is not its own: the chunk is compiled, and its cache written anew.
    const garbage = Buffer.alloc(kept[0].length, 7)
    writeFileSync(join(dir, files[0]), garbage)
    const last = scanDemo(process.execPath, { XDG_CACHE_HOME: cache })
    const rewritten = readFileSync(join(dir, files[0]))
    expect(rewritten[0]).toBe(1)
    expect(rewritten.equals(garbage)).toBe(false)
    expect(first).toBe(without)
    expect(again.every((out) => out === without)).toBe(true)
    expect(last).toBe(without)
  }, 120_000)

  it('runs as before where the cache folder cannot be written', () => {
    const cache = mkdtempSync(join(tmpdir(), 'kw-cc-'))
    // A file where the cache folder would go.
    writeFileSync(join(cache, 'kube-whoami'), '')
    const without = scanDemo(process.execPath, { NODE_DISABLE_COMPILE_CACHE: '1' })
    expect(scanDemo(process.execPath, { XDG_CACHE_HOME: cache })).toBe(without)
  }, 120_000)
})
