/**
 * The registry lookup cache across workflow runs, through the Actions cache service. Before
 * the scan the newest saved cache is restored (any key of ours); after it, the cache is saved
 * under a key made of the image references looked up, the platform and the day, so a re-run
 * with the same references restores an exact match, asks no registry and saves nothing.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'

/** The parts of @actions/cache used (tests pass a fake). */
export interface CacheService {
  isFeatureAvailable(): boolean
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[],
  ): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

export const CACHE_KEY_PREFIX = 'kube-whoami-registry-v1-'

export function cacheKey(refs: readonly string[], platform: string, day: Date): string {
  const h = createHash('sha256')
    .update([...new Set(refs)].sort().join('\n'))
    .update(`\n${platform}`)
    .digest('hex')
    .slice(0, 20)
  return `${CACHE_KEY_PREFIX}${h}-${day.toISOString().slice(0, 10)}`
}

export async function restoreLookupCache(
  service: CacheService,
  dir: string,
  log: (line: string) => void,
): Promise<string | undefined> {
  if (!service.isFeatureAvailable()) {
    log(
      'Registry lookup cache: the Actions cache service is not available in this run; lookups start cold.',
    )
    return undefined
  }
  try {
    const key = await service.restoreCache([dir], `${CACHE_KEY_PREFIX}restore`, [CACHE_KEY_PREFIX])
    log(key ? `Registry lookup cache: restored ${key}.` : 'Registry lookup cache: none saved yet.')
    return key
  } catch (e) {
    log(`Registry lookup cache: not restored (${(e as Error).message}).`)
    return undefined
  }
}

export async function saveLookupCache(
  service: CacheService,
  dir: string,
  key: string,
  restored: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  if (!service.isFeatureAvailable() || !existsSync(dir)) return
  if (restored === key) return
  try {
    await service.saveCache([dir], key)
    log(`Registry lookup cache: saved ${key}.`)
  } catch (e) {
    // Another job of the same run may have saved the same key first: nothing lost.
    log(`Registry lookup cache: not saved (${(e as Error).message}).`)
  }
}
