/**
 * HTTP for registry requests: a time limit per request and for the whole lookup, bounded
 * bodies, retries on 429/5xx that honour Retry-After, and redirects followed by hand so that
 * a credential never leaves its host and a redirect never drops to plain HTTP (loopback
 * excepted, as Docker allows).
 */

export interface HttpSettings {
  /** Time to the response headers of one request. */
  timeoutMs: number
  /** `performance.now()` by which everything must be done. */
  deadline: number
  /** Extra attempts on 429 and 5xx. */
  retries: number
  /** `host:port` allowed over plain HTTP (loopback always is). */
  insecure: ReadonlySet<string>
  fetch: typeof fetch
  /** Waits between retries (tests shorten it). */
  sleep?: (ms: number) => Promise<void>
}

/** A registry request that failed, with what the registry (or the network) answered. */
export class RegistryError extends Error {
  constructor(
    message: string,
    readonly kind: 'http' | 'network' | 'protocol' | 'integrity' | 'budget' | 'auth' = 'protocol',
    readonly status?: number,
  ) {
    super(message)
  }
}

export interface SendInit {
  method?: 'GET' | 'HEAD'
  headers?: Record<string, string>
  /** Authorization value, sent only to `credentialHost` (host:port of the URL it was made for). */
  authorization?: string
}

const MAX_REDIRECTS = 5
const RETRY_STATUS = new Set([429, 500, 502, 503, 504])
// Errors that say the host cannot be reached at all: retrying only makes an offline scan slow.
const UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h)
}

/** The scheme a registry host is spoken to with: HTTPS unless loopback or listed insecure. */
export function schemeFor(host: string, insecure: ReadonlySet<string>): 'http' | 'https' {
  const hostname = host.replace(/:\d+$/, '')
  return isLoopback(hostname) || insecure.has(host) ? 'http' : 'https'
}

/** Sends a request, following redirects and retrying as the settings allow. */
export async function send(url: URL, init: SendInit, s: HttpSettings): Promise<Response> {
  let current = url
  const credentialHost = url.host
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const headers: Record<string, string> = { ...init.headers }
    if (init.authorization && current.host === credentialHost)
      headers.authorization = init.authorization
    const res = await withRetries(current, init.method ?? 'GET', headers, s)
    if (res.status < 300 || res.status >= 400 || res.status === 304) return res
    const location = res.headers.get('location')
    await discard(res)
    if (!location) throw new RegistryError(`${res.status} redirect without a Location`, 'http')
    const next = new URL(location, current)
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
      throw new RegistryError(`redirect to ${next.protocol} refused`, 'protocol')
    if (next.protocol === 'http:' && !isLoopback(next.hostname) && !s.insecure.has(next.host)) {
      throw new RegistryError(`redirect to plain HTTP (${next.host}) refused`, 'protocol')
    }
    current = next
  }
  throw new RegistryError(`more than ${MAX_REDIRECTS} redirects`, 'protocol')
}

async function withRetries(
  url: URL,
  method: string,
  headers: Record<string, string>,
  s: HttpSettings,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const left = s.deadline - performance.now()
    if (left <= 0) throw new RegistryError('the time budget for registry lookups ran out', 'budget')
    let res: Response
    try {
      res = await once(url, method, headers, Math.min(s.timeoutMs, left), s)
    } catch (e) {
      const err = networkError(e, url, Math.min(s.timeoutMs, left))
      if (err.kind === 'network' && !unreachable(e) && attempt < Math.min(1, s.retries)) continue
      throw err
    }
    if (!RETRY_STATUS.has(res.status) || attempt >= s.retries) return res
    const wait = retryDelay(res.headers.get('retry-after'), attempt)
    if (performance.now() + wait >= s.deadline) return res
    await discard(res)
    await (s.sleep ?? sleep)(wait)
  }
}

async function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  timeoutMs: number,
  s: HttpSettings,
): Promise<Response> {
  // The timeout covers the wait for headers; the body is bounded by the overall deadline.
  const ctrl = new AbortController()
  const headerTimer = setTimeout(() => ctrl.abort(new TimeoutError(timeoutMs)), timeoutMs)
  const deadlineTimer = setTimeout(
    () => ctrl.abort(new RegistryError('the time budget for registry lookups ran out', 'budget')),
    Math.max(0, s.deadline - performance.now()),
  )
  deadlineTimer.unref?.()
  try {
    const res = await s.fetch(url, { method, headers, redirect: 'manual', signal: ctrl.signal })
    clearTimeout(headerTimer)
    if (res.body) {
      // Drop the deadline timer once the body is consumed or cancelled.
      const done = () => clearTimeout(deadlineTimer)
      return wrapBody(res, done)
    }
    clearTimeout(deadlineTimer)
    return res
  } catch (e) {
    clearTimeout(headerTimer)
    clearTimeout(deadlineTimer)
    throw ctrl.signal.aborted ? ctrl.signal.reason : e
  }
}

class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${Math.round(ms / 100) / 10} s`)
  }
}

function wrapBody(res: Response, done: () => void): Response {
  const reader = res.body!.getReader()
  const body = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      try {
        const { value, done: end } = await reader.read()
        if (end) {
          done()
          ctrl.close()
        } else ctrl.enqueue(value)
      } catch (e) {
        done()
        ctrl.error(e)
      }
    },
    cancel(reason) {
      done()
      return reader.cancel(reason)
    },
  })
  return new Response(body, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  })
}

function unreachable(e: unknown): boolean {
  const code = causeCode(e)
  return code !== undefined && UNREACHABLE.has(code)
}

function causeCode(e: unknown): string | undefined {
  let cur: unknown = e
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code
    if (typeof code === 'string') return code
    cur = (cur as { cause?: unknown }).cause
  }
  return undefined
}

function networkError(e: unknown, url: URL, timeoutMs: number): RegistryError {
  if (e instanceof RegistryError) return e
  if (e instanceof TimeoutError) return new RegistryError(`${url.host}: ${e.message}`, 'network')
  const code = causeCode(e)
  const cause = (e as { cause?: { message?: string } }).cause?.message
  const detail = code ?? cause ?? (e as Error).message ?? String(e)
  const what =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? 'host not found (no network or DNS)'
      : code === 'ECONNREFUSED'
        ? 'connection refused'
        : (e as Error).name === 'AbortError'
          ? `no answer within ${Math.round(timeoutMs / 100) / 10} s`
          : detail
  return new RegistryError(`${url.host}: ${what}`, 'network')
}

/** Retry-After (seconds or an HTTP date), else exponential backoff with jitter. */
export function retryDelay(header: string | null, attempt: number, now = Date.now()): number {
  if (header) {
    const secs = Number(header)
    if (Number.isFinite(secs) && secs >= 0) return secs * 1000
    const at = Date.parse(header)
    if (!Number.isNaN(at)) return Math.max(0, at - now)
  }
  return 500 * 2 ** attempt + Math.floor(Math.random() * 250)
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

/** Throws away a body that is not needed (keeps the connection usable). */
export async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel()
  } catch {
    // nothing to do: the body is gone either way
  }
}

/** The whole body, refused past `max` bytes (declared or actual). */
export async function readBounded(res: Response, max: number, what: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > max) {
    await discard(res)
    throw new RegistryError(`${what} is ${declared} bytes, over the ${max}-byte limit`, 'integrity')
  }
  if (!res.body) return Buffer.alloc(0)
  const chunks: Buffer[] = []
  let total = 0
  const reader = res.body.getReader()
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel()
      throw new RegistryError(`${what} is over the ${max}-byte limit`, 'integrity')
    }
    chunks.push(Buffer.from(value))
  }
  return Buffer.concat(chunks)
}

/** The message a registry put in its error body (`{"errors":[{"code","message"}]}`), if any. */
export async function registryMessage(res: Response): Promise<string> {
  let text: string
  try {
    text = (await readBounded(res, 64 * 1024, 'error body')).toString('utf8')
  } catch {
    return ''
  }
  try {
    const doc = JSON.parse(text) as { errors?: { code?: string; message?: string }[] }
    const first = doc.errors?.[0]
    if (first) return [first.code, first.message].filter(Boolean).join(': ').slice(0, 200)
  } catch {
    // not JSON
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 200)
}
