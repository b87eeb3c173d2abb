/**
 * Node's compile cache (Node >= 22.1): where kube-whoami keeps it, and that the built CLI
 * fills it under Node 24 and gives the same output from it, while Node 20 (no cache API)
 * runs as before and writes nothing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import * as nodeModule from 'node:module'
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

  it.runIf(!('enableCompileCache' in nodeModule))(
    'writes nothing under a Node without the cache',
    () => {
      const cache = mkdtempSync(join(tmpdir(), 'kw-cc-'))
      scanDemo(process.execPath, { XDG_CACHE_HOME: cache })
      expect(readdirSync(cache)).toEqual([])
    },
    120_000,
  )
})
