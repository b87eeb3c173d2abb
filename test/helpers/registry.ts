/**
 * A real registry for tests: Debian's docker-registry (the CNCF distribution registry)
 * started on a loopback port, with no auth, htpasswd basic auth, or token auth backed by a
 * small token server of the tests that signs the JWTs the registry verifies. Images are
 * pushed with skopeo from OCI layouts (oci.ts).
 *
 * Suites skip with a message when the binaries are missing; KUBE_WHOAMI_REQUIRE_REGISTRY=1
 * (CI) makes that a failure.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { promisify } from 'node:util'
import { createPrivateKey, randomUUID, sign } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { describe } from 'vitest'
import bcrypt from 'bcryptjs'
import { skipSuite } from './shared.js'

function onPath(bin: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, bin)))
}

export const missingTools = (tools = ['docker-registry', 'skopeo']): string[] =>
  tools.filter((t) => !onPath(t))

const strict = process.env.KUBE_WHOAMI_REQUIRE_REGISTRY === '1'

/** describe() for suites that run a real registry (and, for token auth, openssl). */
export function describeRegistry(name: string, fn: () => void, tools?: string[]): void {
  const missing = missingTools(tools)
  if (!missing.length) {
    describe(name, fn)
    return
  }
  const why = `${missing.join(' and ')} not installed (apt-get install -y docker-registry skopeo openssl)`
  if (strict) throw new Error(`${name}: ${why}, and KUBE_WHOAMI_REQUIRE_REGISTRY=1`)
  skipSuite(name, why)
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export interface TestRegistry {
  host: string
  storage: string
  /** Path of a blob's data file in the registry's storage (to damage it on purpose). */
  blobFile(digest: string): string
  stop(): Promise<void>
}

export type RegistryAuth =
  | { kind: 'none' }
  | { kind: 'htpasswd'; users: Record<string, string> }
  | { kind: 'token'; realm: string; service: string; issuer: string; certFile: string }

export async function startRegistry(auth: RegistryAuth = { kind: 'none' }): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'kw-registry-'))
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  let authYaml = ''
  if (auth.kind === 'htpasswd') {
    const file = join(dir, 'htpasswd')
    writeFileSync(
      file,
      Object.entries(auth.users)
        .map(([u, p]) => `${u}:${bcrypt.hashSync(p, 5)}`)
        .join('\n') + '\n',
    )
    authYaml = `auth:\n  htpasswd:\n    realm: kw-test\n    path: ${file}\n`
  } else if (auth.kind === 'token') {
    authYaml = `auth:\n  token:\n    realm: ${auth.realm}\n    service: ${auth.service}\n    issuer: ${auth.issuer}\n    rootcertbundle: ${auth.certFile}\n`
  }
  const config = join(dir, 'config.yml')
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n  secret: kw-test-secret\n${authYaml}`,
  )
  const child: ChildProcess = spawn('docker-registry', ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000)
  })
  const deadline = Date.now() + 15_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`)
    try {
      const res = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) })
      await res.body?.cancel()
      if (res.status === 200 || res.status === 401) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill()
      throw new Error(`docker-registry did not start on ${host}: ${stderr}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    host,
    storage: join(dir, 'data'),
    blobFile: (digest) =>
      join(
        dir,
        'data',
        'docker',
        'registry',
        'v2',
        'blobs',
        'sha256',
        digest.slice(7, 9),
        digest.slice(7),
        'data',
      ),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/**
 * Pushes an OCI layout's tag to the registry with skopeo. Asynchronous: a token server of the
 * tests answers skopeo from this process's event loop.
 */
export async function push(
  layout: string,
  tag: string,
  target: string,
  options: { creds?: string; all?: boolean; format?: 'oci' | 'v2s2' } = {},
): Promise<void> {
  const args = ['copy', '--quiet', '--dest-tls-verify=false']
  if (options.creds) args.push('--dest-creds', options.creds)
  else args.push('--dest-no-creds')
  if (options.all) args.push('--all')
  if (options.format) args.push('--format', options.format)
  args.push(`oci:${layout}:${tag}`, `docker://${target}`)
  await promisify(execFile)('skopeo', args, {
    env: { ...process.env, REGISTRY_AUTH_FILE: join(layout, 'no-auth.json') },
  })
}

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  certFile: string
  /** Requests seen: whether each carried credentials, and the scope asked for. */
  requests: { authorized: string | null; scope: string | null }[]
  stop(): Promise<void>
}

/**
 * A token service: anyone gets pull on `public/*`; `user:password` gets pull and push
 * everywhere. Tokens are ES256 JWTs with the signing certificate in `x5c`, which the
 * registry checks against `rootcertbundle`.
 */
export async function startTokenServer(users: Record<string, string>): Promise<TokenServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kw-token-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=kw-test-token',
    ],
    { stdio: 'ignore' },
  )
  const key = createPrivateKey(readFileSync(keyFile))
  const certDer = readFileSync(certFile, 'utf8')
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
  const service = 'kw-test-registry'
  const issuer = 'kw-test-issuer'
  const requests: TokenServer['requests'] = []
  const b64 = (v: object | Buffer) =>
    (Buffer.isBuffer(v) ? v : Buffer.from(JSON.stringify(v))).toString('base64url')
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const authz = req.headers.authorization ?? null
    const scope = url.searchParams.get('scope')
    requests.push({ authorized: authz, scope })
    let user: string | undefined
    if (authz?.startsWith('Basic ')) {
      const [u, p] = Buffer.from(authz.slice(6), 'base64').toString().split(':')
      if (users[u] !== p) {
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }))
        return
      }
      user = u
    }
    const access = (scope ?? '')
      .split(' ')
      .filter(Boolean)
      .map((s) => {
        const [type, name, actions] = s.split(':')
        const wanted = (actions ?? '').split(',')
        const granted = user ? wanted : name.startsWith('public/') ? ['pull'] : []
        return { type, name, actions: wanted.filter((a) => granted.includes(a)) }
      })
    const now = Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'ES256', x5c: [certDer] }
    const claims = {
      iss: issuer,
      sub: user ?? '',
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    }
    const input = `${b64(header)}.${b64(claims)}`
    const sig = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ token: `${input}.${b64(sig)}`, expires_in: 300 }))
  })
  const port = await freePort()
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    requests,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/**
 * Pushes an image through the registry's own upload API, byte for byte (skopeo would
 * compress uncompressed layers on the way). No auth.
 */
export async function pushRaw(
  host: string,
  name: string,
  tag: string,
  image: {
    manifest: { bytes: Buffer; mediaType: string }
    config: { bytes: Buffer; digest: string }
    layers: { bytes: Buffer; digest: string }[]
  },
): Promise<void> {
  for (const b of [image.config, ...image.layers]) {
    const start = await fetch(`http://${host}/v2/${name}/blobs/uploads/`, { method: 'POST' })
    await start.body?.cancel()
    if (start.status !== 202) throw new Error(`upload start: ${start.status}`)
    const loc = new URL(start.headers.get('location')!, `http://${host}`)
    loc.searchParams.set('digest', b.digest)
    const put = await fetch(loc, {
      method: 'PUT',
      body: b.bytes,
      headers: { 'content-type': 'application/octet-stream' },
    })
    await put.body?.cancel()
    if (put.status !== 201) throw new Error(`upload ${b.digest}: ${put.status}`)
  }
  const res = await fetch(`http://${host}/v2/${name}/manifests/${tag}`, {
    method: 'PUT',
    body: image.manifest.bytes,
    headers: { 'content-type': image.manifest.mediaType },
  })
  await res.body?.cancel()
  if (res.status !== 201) throw new Error(`manifest: ${res.status}`)
}
