/** The lookup cache across runs: restore the newest, save under the references' key, once. */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import {
  CACHE_KEY_PREFIX,
  cacheKey,
  restoreLookupCache,
  saveLookupCache,
  type CacheService,
} from '../../src/action/registry-cache.js'

function fakeService(saved: Map<string, string[]>, available = true) {
  const calls: string[] = []
  const service: CacheService = {
    isFeatureAvailable: () => available,
    async restoreCache(paths, primary, restoreKeys) {
      calls.push(`restore ${primary} ${restoreKeys?.join(',')}`)
      if (saved.has(primary)) return primary
      const newest = [...saved.keys()]
        .reverse()
        .find((k) => restoreKeys?.some((p) => k.startsWith(p)))
      return newest
    },
    async saveCache(paths, key) {
      calls.push(`save ${key}`)
      if (saved.has(key)) throw new Error(`Unable to reserve cache with key ${key}`)
      saved.set(key, paths)
      return 1
    },
  }
  return { service, calls }
}

it('keys by the references, platform and day, whatever their order', () => {
  const day = new Date('2026-12-07T10:00:00Z')
  const a = cacheKey(['nginx:1', 'ghcr.io/a/b:2'], 'linux/amd64', day)
  expect(a).toBe(cacheKey(['ghcr.io/a/b:2', 'nginx:1', 'nginx:1'], 'linux/amd64', day))
  expect(a).toMatch(new RegExp(`^${CACHE_KEY_PREFIX}[a-f0-9]{20}-2026-12-07$`))
  expect(a).not.toBe(cacheKey(['nginx:1'], 'linux/amd64', day))
  expect(a).not.toBe(cacheKey(['nginx:1', 'ghcr.io/a/b:2'], 'linux/arm64', day))
})

it('a re-run with the same references restores an exact match and saves nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-cache-'))
  mkdirSync(dir, { recursive: true })
  const saved = new Map<string, string[]>()
  const log: string[] = []
  const key = cacheKey(['nginx:1'], 'linux/amd64', new Date())

  const first = fakeService(saved)
  const restored1 = await restoreLookupCache(first.service, dir, (l) => log.push(l))
  expect(restored1).toBeUndefined()
  await saveLookupCache(first.service, dir, key, restored1, (l) => log.push(l))
  expect(first.calls).toEqual([
    `restore ${CACHE_KEY_PREFIX}restore ${CACHE_KEY_PREFIX}`,
    `save ${key}`,
  ])

  const second = fakeService(saved)
  const restored2 = await restoreLookupCache(second.service, dir, (l) => log.push(l))
  expect(restored2).toBe(key)
  await saveLookupCache(second.service, dir, key, restored2, (l) => log.push(l))
  expect(second.calls).toHaveLength(1)
  expect(log).toContain(`Registry lookup cache: restored ${key}.`)
})

it('says when the cache service is not there, and never fails the step', async () => {
  const log: string[] = []
  const off = fakeService(new Map(), false)
  expect(await restoreLookupCache(off.service, '/nonexistent', (l) => log.push(l))).toBeUndefined()
  await saveLookupCache(off.service, '/nonexistent', 'k', undefined, (l) => log.push(l))
  expect(off.calls).toEqual([])
  expect(log).toEqual([
    'Registry lookup cache: the Actions cache service is not available in this run; lookups start cold.',
  ])
  const dir = mkdtempSync(join(tmpdir(), 'kw-cache-'))
  const broken: CacheService = {
    isFeatureAvailable: () => true,
    restoreCache: async () => {
      throw new Error('cache service answered 503')
    },
    saveCache: async () => {
      throw new Error('Unable to reserve cache')
    },
  }
  expect(await restoreLookupCache(broken, dir, (l) => log.push(l))).toBeUndefined()
  await saveLookupCache(broken, dir, 'k', undefined, (l) => log.push(l))
  expect(log.slice(1)).toEqual([
    'Registry lookup cache: not restored (cache service answered 503).',
    'Registry lookup cache: not saved (Unable to reserve cache).',
  ])
})
