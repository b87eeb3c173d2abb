/**
 * A registry is an untrusted peer. Loopback HTTP servers play the parts a real registry
 * cannot: redirects to other hosts and to plain HTTP, oversized manifests, rate limits,
 * token realms on other hosts. No request leaves the machine.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { lookupImages } from '../../src/registry/index.js'
import { send, type HttpSettings } from '../../src/registry/http.js'
import { freePort } from '../helpers/registry.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
})

async function serve(handler: Handler, address = '127.0.0.1'): Promise<string> {
  const port = await freePort()
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((r) => server.listen(port, address, r))
  return `${address}:${port}`
}

const settings = (over: Partial<HttpSettings> = {}): HttpSettings => ({
  timeoutMs: 2000,
  deadline: performance.now() + 10_000,
  retries: 2,
  insecure: new Set(),
  fetch,
  ...over,
})

describe('redirects', () => {
  it('drop the Authorization header on the way to another host', async () => {
    const seen: (string | undefined)[] = []
    const other = await serve((req, res) => {
      seen.push(req.headers.authorization)
      res.end('blob')
    }, '127.0.0.2')
    const origin = await serve((req, res) => {
      seen.push(req.headers.authorization)
      if (req.url === '/start') res.writeHead(307, { location: '/same' }).end()
      else res.writeHead(302, { location: `http://${other}/cdn` }).end()
    })
    const res = await send(
      new URL(`http://${origin}/start`),
      { authorization: 'Bearer secret-token' },
      settings(),
    )
    expect(await res.text()).toBe('blob')
    expect(seen).toEqual(['Bearer secret-token', 'Bearer secret-token', undefined])
  })

  it('never go to plain HTTP off loopback', async () => {
    const origin = await serve((_req, res) =>
      res.writeHead(302, { location: 'http://registry.example.invalid/blob' }).end(),
    )
    await expect(send(new URL(`http://${origin}/x`), {}, settings())).rejects.toThrow(
      'redirect to plain HTTP (registry.example.invalid) refused',
    )
  })
})

describe('retries', () => {
  it('wait as Retry-After says on 429, then succeed', async () => {
    let n = 0
    const origin = await serve((_req, res) => {
      n++
      if (n === 1) res.writeHead(429, { 'retry-after': '2' }).end()
      else res.end('ok')
    })
    const waits: number[] = []
    const res = await send(
      new URL(`http://${origin}/`),
      {},
      settings({ sleep: async (ms) => void waits.push(ms) }),
    )
    expect(await res.text()).toBe('ok')
    expect(waits).toEqual([2000])
  })

  it('give up when Retry-After is past the time budget', async () => {
    const origin = await serve((_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end())
    const waits: number[] = []
    const res = await send(
      new URL(`http://${origin}/`),
      {},
      settings({ sleep: async (ms) => void waits.push(ms) }),
    )
    expect(res.status).toBe(503)
    expect(waits).toEqual([])
  })
})

/** A fake registry: `/v2/` paths answered by `routes`, the rest 404. */
function registry(routes: Record<string, Handler>): Handler {
  return (req, res) => {
    const h = routes[req.url ?? '']
    if (h) h(req, res)
    else res.writeHead(404).end()
  }
}

describe('a hostile registry', () => {
  it('cannot make the client read a manifest over 4 MiB', async () => {
    const host = await serve(
      registry({
        '/v2/a/b/manifests/1': (_q, res) => {
          res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
          const chunk = Buffer.alloc(1024 * 1024, 0x20)
          for (let i = 0; i < 5; i++) res.write(chunk)
          res.end()
        },
      }),
    )
    const r = await lookupImages([{ ref: `${host}/a/b:1`, accounts: false }], {
      cacheDir: null,
      env: {},
    })
    const o = r.outcomes.get(`${host}/a/b:1`)
    expect(!o?.ok && o?.error).toBe('the manifest is over the 4194304-byte limit')
  })

  it('cannot pass off a manifest under a digest it does not hash to', async () => {
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { digest: `sha256:${'a'.repeat(64)}`, size: 2 },
      layers: [],
    })
    const host = await serve(
      registry({
        '/v2/a/b/manifests/1': (_q, res) =>
          res
            .writeHead(200, {
              'content-type': 'application/vnd.oci.image.manifest.v1+json',
              'docker-content-digest': `sha256:${'b'.repeat(64)}`,
            })
            .end(body),
      }),
    )
    const r = await lookupImages([{ ref: `${host}/a/b:1`, accounts: false }], {
      cacheDir: null,
      env: {},
    })
    const o = r.outcomes.get(`${host}/a/b:1`)
    expect(!o?.ok && o?.error).toMatch(
      /hashes to sha256:[a-f0-9]{64}, not to the sha256:b+ the registry claims/,
    )
  })

  it('gets no credential for a token realm on another host', async () => {
    const seen: (string | undefined)[] = []
    const realm = await serve((req, res) => {
      seen.push(req.headers.authorization)
      res.writeHead(401).end()
    }, '127.0.0.2')
    const host = await serve(
      registry({
        '/v2/a/b/manifests/1': (_q, res) =>
          res
            .writeHead(401, {
              'www-authenticate': `Bearer realm="http://${realm}/token",service="x"`,
            })
            .end(),
      }),
    )
    const r = await lookupImages([{ ref: `${host}/a/b:1`, accounts: false }], {
      cacheDir: null,
      credentials: new Map([[host, { username: 'u', password: 'p', source: 'test' }]]),
      env: {},
    })
    expect(seen).toEqual([undefined])
    expect(r.notes.join('\n')).toMatch(
      /were not sent to its token service 127\.0\.0\.2:\d+, another host/,
    )
  })
})

describe('an unreachable registry', () => {
  it('fails fast, once per host, with what the network said', async () => {
    const port = await freePort() // nothing listens there
    const refs = ['a/one:1', 'a/two:1', 'a/three:1'].map((r) => `127.0.0.1:${port}/${r}`)
    let calls = 0
    const started = performance.now()
    const r = await lookupImages(
      refs.map((ref) => ({ ref, accounts: false })),
      {
        cacheDir: null,
        env: {},
        concurrency: 1,
        fetch: (...a) => {
          calls++
          return fetch(...a)
        },
      },
    )
    expect(performance.now() - started).toBeLessThan(2000)
    expect(calls).toBe(1)
    expect(r.summary).toBe(
      `3 images: 0 from cache, 0 looked up in 1 registry, 3 failed (127.0.0.1:${port}: connection refused)`,
    )
  })
})
