/**
 * The lookup cache on disk: content-addressed image facts (by manifest digest and platform,
 * kept forever, since a digest's content never changes) and tag → digest answers (kept 24 h,
 * since tags move). `$XDG_CACHE_HOME/kube-whoami`, else `~/.cache/kube-whoami`.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { zstdAvailable } from './layers.js'
import type { RegistryImage } from './types.js'

export const TAG_TTL_MS = 24 * 60 * 60 * 1000
const VERSION = 'v1'

export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'kube-whoami')
}

interface TagRecord {
  reference: string
  platform: string
  digest: string
  at: number
}

interface ImageRecord {
  image: RegistryImage
  /** What limited the reading of the accounts, so a later, more able run reads them again. */
  maxLayerBytes: number
  zstd: boolean
}

function key(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

export class RegistryCache {
  /** Set once writing failed (a read-only home): said once, then the cache is read-only. */
  writeProblem?: string

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  private path(kind: 'tags' | 'images', name: string): string {
    return join(this.dir, 'registry', VERSION, kind, `${name}.json`)
  }

  private read<T>(file: string): T | undefined {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T
    } catch {
      return undefined
    }
  }

  private write(file: string, value: unknown): void {
    if (this.writeProblem) return
    try {
      mkdirSync(join(file, '..'), { recursive: true })
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
      writeFileSync(tmp, JSON.stringify(value))
      renameSync(tmp, file)
    } catch (e) {
      this.writeProblem = `the lookup cache ${this.dir} cannot be written (${(e as Error).message}): answers are not kept for the next run`
    }
  }

  /** The digest a tag named less than 24 h ago. */
  tag(reference: string, platform: string): string | undefined {
    const r = this.read<TagRecord>(this.path('tags', key(`${reference}\n${platform}`)))
    if (!r || r.reference !== reference || typeof r.digest !== 'string') return undefined
    const age = this.now() - r.at
    return age >= 0 && age < TAG_TTL_MS ? r.digest : undefined
  }

  putTag(reference: string, platform: string, digest: string): void {
    const record: TagRecord = { reference, platform, digest, at: this.now() }
    this.write(this.path('tags', key(`${reference}\n${platform}`)), record)
  }

  /**
   * Facts of the image a digest names. With `accounts`, only a record that holds them, read
   * with at least the current layer budget and decompressors.
   */
  image(
    digest: string,
    platform: string,
    accounts: boolean | 'if-user',
    maxLayerBytes: number,
  ): RegistryImage | undefined {
    const r = this.read<ImageRecord>(this.path('images', key(`${digest}\n${platform}`)))
    if (!r?.image || typeof r.image.digest !== 'string' || !r.image.config) return undefined
    if (!accounts || (accounts === 'if-user' && r.image.config.user === '')) return r.image
    const a = r.image.accounts
    if (!a) return undefined
    const unknown = a.passwd.state === 'unknown' || a.group.state === 'unknown'
    if (unknown && (maxLayerBytes > r.maxLayerBytes || (zstdAvailable() && !r.zstd)))
      return undefined
    return r.image
  }

  /** Keeps facts under the digest the reference named (an index's, or the manifest's). */
  putImage(digest: string, platform: string, image: RegistryImage, maxLayerBytes: number): void {
    const record: ImageRecord = { image, maxLayerBytes, zstd: zstdAvailable() }
    this.write(this.path('images', key(`${digest}\n${platform}`)), record)
  }
}
