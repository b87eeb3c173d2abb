/**
 * Looks up many images at once: from the cache when it can, else from their registries,
 * eight at a time, within one time budget. A failure is an answer (with the registry's
 * words), never an exception, and a host that cannot be reached is not asked again.
 */
import { parseReference } from '../images/reference.js'
import { Authenticator } from './auth.js'
import { RegistryCache, defaultCacheDir } from './cache.js'
import { apiHost, type ImageLocator, RegistryClient } from './client.js'
import { type Credential, readDockerConfig } from './credentials.js'
import { RegistryError, type HttpSettings } from './http.js'
import { parsePlatform, platformString } from './manifest.js'
import type { RegistryImage } from './types.js'

export const DEFAULT_PLATFORM = 'linux/amd64'
export const DEFAULT_TIMEOUT_SECONDS = 5
export const DEFAULT_BUDGET_SECONDS = 120
export const DEFAULT_MAX_LAYER_BYTES = 64 * 1024 * 1024
export const DEFAULT_CONCURRENCY = 8

export interface LookupSettings {
  /** `os/arch[/variant]` (default linux/amd64). */
  platform?: string
  /** Only the cache answers. */
  offline?: boolean
  /** `host:port` spoken to over plain HTTP (loopback always may). */
  insecure?: readonly string[]
  /** Per request, to the response headers. */
  timeoutSeconds?: number
  /** For the whole lookup. */
  budgetSeconds?: number
  maxLayerBytes?: number
  /** Cache folder; null for none (default: $XDG_CACHE_HOME/kube-whoami or ~/.cache/kube-whoami). */
  cacheDir?: string | null
  env?: NodeJS.ProcessEnv
  /** Credentials given outright (the action's registry-token for ghcr.io), by registry host. */
  credentials?: ReadonlyMap<string, Credential>
  concurrency?: number
  fetch?: typeof fetch
  /** Wall clock for the cache's ages. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export type AccountsWanted = boolean | 'if-user'

const rank = (a: AccountsWanted) => (a === true ? 2 : a === 'if-user' ? 1 : 0)

export interface LookupRequest {
  /** An image reference without variables (`rabbitmq:4`, `ghcr.io/a/b@sha256:…`). */
  ref: string
  /**
   * Read /etc/passwd and /etc/group from the layers too: always, never, or when the image's
   * user is not root (a name to resolve, a uid whose group matters).
   */
  accounts: AccountsWanted
}

export type LookupOutcome =
  | { ok: true; image: RegistryImage; from: 'cache' | 'registry' }
  | {
      ok: false
      registry: string
      error: string
      /** Not asked: offline, and not in the cache. */
      offline?: boolean
      /** The registry could not be reached at all (network, DNS, time budget). */
      unreachable?: boolean
    }

export interface LookupStats {
  images: number
  cached: number
  lookedUp: number
  registries: number
  failed: number
  notLookedUp: number
  durationMs: number
}

export interface LookupReport {
  outcomes: Map<string, LookupOutcome>
  /** Things to tell once: credential helpers not run, a cache that cannot be written. */
  notes: string[]
  stats: LookupStats
  /** One line for stderr: `14 images: 9 from cache, 4 looked up in 3 registries, 1 failed (…)`. */
  summary: string
}

export function locatorOf(ref: string): ImageLocator | undefined {
  const p = parseReference(ref.trim())
  if (!p.ok) return undefined
  const l: ImageLocator = { registry: p.ref.domain, repository: p.ref.path }
  if (p.ref.digest) l.digest = p.ref.digest
  else l.tag = p.ref.tag ?? 'latest'
  if (p.ref.digest && p.ref.tag !== undefined) l.tag = p.ref.tag
  return l
}

export async function lookupImages(
  requests: readonly LookupRequest[],
  settings: LookupSettings = {},
): Promise<LookupReport> {
  const started = performance.now()
  const env = settings.env ?? process.env
  const platform = parsePlatform(settings.platform ?? DEFAULT_PLATFORM)
  const platformText = platformString(platform)
  const maxLayerBytes = settings.maxLayerBytes ?? DEFAULT_MAX_LAYER_BYTES
  const cacheDir = settings.cacheDir === undefined ? defaultCacheDir(env) : settings.cacheDir
  const cache = cacheDir ? new RegistryCache(cacheDir, settings.now) : undefined
  const http: HttpSettings = {
    timeoutMs: (settings.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    deadline: started + (settings.budgetSeconds ?? DEFAULT_BUDGET_SECONDS) * 1000,
    retries: 2,
    insecure: new Set(settings.insecure ?? []),
    fetch: settings.fetch ?? fetch,
    sleep: settings.sleep,
  }
  const notes: string[] = []
  const docker = readDockerConfig(env, new Map(settings.credentials ?? []))
  if (docker.problem) notes.push(docker.problem)
  const auth = new Authenticator(docker.lookup, http)
  const client = new RegistryClient({ platform, http, auth, maxLayerBytes })

  // One request per reference; accounts wanted if any request wants them.
  const wanted = new Map<string, AccountsWanted>()
  for (const r of requests) {
    const prev = wanted.get(r.ref) ?? false
    wanted.set(r.ref, rank(r.accounts) > rank(prev) ? r.accounts : prev)
  }

  const outcomes = new Map<string, LookupOutcome>()
  const down = new Map<string, string>()
  const contacted = new Set<string>()
  let cached = 0
  let lookedUp = 0

  const one = async (ref: string, accounts: AccountsWanted): Promise<LookupOutcome> => {
    const l = locatorOf(ref)
    if (!l) return { ok: false, registry: '', error: `${ref} is not an image reference` }
    const reference = `${l.registry}/${l.repository}${l.tag !== undefined ? `:${l.tag}` : ''}`
    const digestFromTag = l.digest ?? cache?.tag(reference, platformText)
    if (digestFromTag && cache) {
      const hit = cache.image(digestFromTag, platformText, accounts, maxLayerBytes)
      if (hit) {
        cached++
        return { ok: true, from: 'cache', image: { ...hit, reference: ref } }
      }
    }
    if (settings.offline)
      return { ok: false, registry: l.registry, error: 'not in the cache (offline)', offline: true }
    const host = apiHost(l.registry)
    const isDown = down.get(host)
    if (isDown) return { ok: false, registry: l.registry, error: isDown, unreachable: true }
    contacted.add(l.registry)
    try {
      // A tag whose digest the cache no longer vouches for: ask what it names now (a HEAD),
      // and reuse facts of that digest when they are known.
      if (!l.digest && cache) {
        const now = await client.resolveTag(l)
        cache.putTag(reference, platformText, now)
        const hit = cache.image(now, platformText, accounts, maxLayerBytes)
        if (hit) {
          cached++
          return { ok: true, from: 'cache', image: { ...hit, reference: ref } }
        }
        const image = await client.image({ ...l, digest: now }, accounts)
        cache.putImage(now, platformText, image, maxLayerBytes)
        lookedUp++
        return { ok: true, from: 'registry', image: { ...image, reference: ref } }
      }
      const image = await client.image(l, accounts)
      const top = image.indexDigest ?? image.digest
      cache?.putImage(top, platformText, image, maxLayerBytes)
      lookedUp++
      return { ok: true, from: 'registry', image: { ...image, reference: ref } }
    } catch (e) {
      const err =
        e instanceof RegistryError ? e : new RegistryError((e as Error).message ?? String(e))
      const unreachable = err.kind === 'network' || err.kind === 'budget'
      if (unreachable) down.set(host, err.message)
      return {
        ok: false,
        registry: l.registry,
        error: err.message,
        ...(unreachable ? { unreachable } : {}),
      }
    }
  }

  const queue = [...wanted]
  const workers = Array.from(
    { length: Math.min(settings.concurrency ?? DEFAULT_CONCURRENCY, queue.length) },
    async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        outcomes.set(next[0], await one(next[0], next[1]))
      }
    },
  )
  await Promise.all(workers)
  for (const n of auth.notes.values()) notes.push(n)
  if (cache?.writeProblem) notes.push(cache.writeProblem)

  const failures = [...outcomes.values()].filter(
    (o): o is Extract<LookupOutcome, { ok: false }> => !o.ok && !o.offline,
  )
  const notLookedUp = [...outcomes.values()].filter((o) => !o.ok && o.offline).length
  const stats: LookupStats = {
    images: outcomes.size,
    cached,
    lookedUp,
    registries: contacted.size,
    failed: failures.length,
    notLookedUp,
    durationMs: Math.round(performance.now() - started),
  }
  return { outcomes, notes, stats, summary: summaryLine(stats, failures) }
}

function summaryLine(s: LookupStats, failures: { registry: string; error: string }[]): string {
  const parts = [`${s.cached} from cache`]
  if (s.lookedUp || !s.notLookedUp)
    parts.push(
      `${s.lookedUp} looked up in ${s.registries} ${s.registries === 1 ? 'registry' : 'registries'}`,
    )
  if (s.notLookedUp) parts.push(`${s.notLookedUp} not looked up (offline)`)
  if (s.failed) {
    const first = new Map<string, string>()
    for (const f of failures) if (!first.has(f.registry)) first.set(f.registry, f.error)
    const shown = [...first].slice(0, 3).map(([, e]) => shorten(e))
    if (first.size > 3) shown.push(`and ${first.size - 3} more registries`)
    parts.push(`${s.failed} failed (${shown.join('; ')})`)
  }
  return `${s.images} ${s.images === 1 ? 'image' : 'images'}: ${parts.join(', ')}`
}

function shorten(e: string): string {
  return e.length > 100 ? `${e.slice(0, 97)}…` : e
}
