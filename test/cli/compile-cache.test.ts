/**
 * Node's compile cache (Node >= 22.1) and kube-whoami's cache of its chunks (every Node):
 * where they are kept, and that the built CLI fills them and gives the same output from them,
 * from a cache V8 refuses, and without a writable cache folder.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs'
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
    const sizes = files.map((f) => statSync(join(dir, f)).size)
    // Written after the run: far more than the few top-level functions of a chunk.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(200_000)
    const second = scanDemo(process.execPath, { XDG_CACHE_HOME: cache })
    // Read, not written again: the files are those of the first run.
    expect(readdirSync(dir).sort()).toEqual(files)
    expect(files.map((f) => statSync(join(dir, f)).size)).toEqual(sizes)
    // V8 refuses data that is not its own: the chunk is compiled, and its cache written anew.
    writeFileSync(join(dir, files[0]), Buffer.alloc(sizes[0], 7))
    const third = scanDemo(process.execPath, { XDG_CACHE_HOME: cache })
    expect(readFileSync(join(dir, files[0])).equals(Buffer.alloc(sizes[0], 7))).toBe(false)
    expect(first).toBe(without)
    expect(second).toBe(without)
    expect(third).toBe(without)
  }, 120_000)

  it('runs as before where the cache folder cannot be written', () => {
    const cache = mkdtempSync(join(tmpdir(), 'kw-cc-'))
    // A file where the cache folder would go.
    writeFileSync(join(cache, 'kube-whoami'), '')
    const without = scanDemo(process.execPath, { NODE_DISABLE_COMPILE_CACHE: '1' })
    expect(scanDemo(process.execPath, { XDG_CACHE_HOME: cache })).toBe(without)
  }, 120_000)
})
