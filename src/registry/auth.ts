/**
 * Registry authentication: answers a 401's `WWW-Authenticate` challenge. Bearer: a token from
 * the realm (anonymous, or with the host's credentials when the realm is the registry's own
 * host or its known token service); Basic: the host's credentials. Tokens are kept per host
 * and scope for the scan and never printed.
 */
import type { Credential, CredentialLookup } from './credentials.js'
import {
  isLoopback,
  readBounded,
  registryMessage,
  RegistryError,
  send,
  type HttpSettings,
} from './http.js'

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/** Parses `Bearer realm="…",service="…", Basic realm="…"` into challenges. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = []
  const n = header.length
  let i = 0
  let cur: Challenge | undefined
  const word = () => {
    const s = i
    while (i < n && /[A-Za-z0-9!#$%&'*+.^_`|~/-]/.test(header[i])) i++
    return header.slice(s, i)
  }
  while (i < n) {
    while (i < n && /[\s,]/.test(header[i])) i++
    const w = word()
    if (!w) {
      i++
      continue
    }
    let j = i
    while (j < n && header[j] === ' ') j++
    if (header[j] !== '=') {
      cur = { scheme: w.toLowerCase(), params: {} }
      out.push(cur)
      continue
    }
    i = j + 1
    while (i < n && header[i] === ' ') i++
    let value = ''
    if (header[i] === '"') {
      for (i++; i < n && header[i] !== '"'; i++) {
        if (header[i] === '\\' && i + 1 < n) i++
        value += header[i]
      }
      i++
    } else {
      const s = i
      while (i < n && !/[\s,]/.test(header[i])) i++
      value = header.slice(s, i)
    }
    if (cur) cur.params[w.toLowerCase()] = value
  }
  return out
}

// Token services that are another host of the same registry: credentials may go there.
const TOKEN_HOSTS: Record<string, string[]> = {
  'registry-1.docker.io': ['auth.docker.io'],
}

function hostnameOf(host: string): string {
  return host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
}

/** True when a credential for `apiHost` may be sent to `url` (its own host, or its known token service). */
export function mayReceiveCredential(apiHost: string, url: URL): boolean {
  const target = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (url.protocol !== 'https:' && !isLoopback(target)) return false
  const own = hostnameOf(apiHost)
  return target === own || (TOKEN_HOSTS[own] ?? []).includes(target)
}

export class Authenticator {
  private readonly tokens = new Map<string, string>()
  /** Notes about credentials that could not be used, once per registry. */
  readonly notes = new Map<string, string>()

  constructor(
    private readonly credentials: CredentialLookup,
    private readonly http: HttpSettings,
  ) {}

  /** The Authorization value known for a host and scope, if any. */
  cached(apiHost: string, scope: string): string | undefined {
    return this.tokens.get(`${apiHost} ${scope}`)
  }

  private credentialFor(registry: string): Credential | undefined {
    const answer = this.credentials(registry)
    if (answer.note && !this.notes.has(registry)) this.notes.set(registry, answer.note)
    return answer.credential
  }

  /**
   * The Authorization value that answers a challenge for `scope` (`repository:x:pull`);
   * throws a RegistryError that says why when none does.
   */
  async answer(
    challengeHeader: string,
    registry: string,
    apiHost: string,
    scope: string,
  ): Promise<string> {
    const challenges = parseChallenges(challengeHeader)
    const bearer = challenges.find((c) => c.scheme === 'bearer')
    const basic = challenges.find((c) => c.scheme === 'basic')
    const credential = this.credentialFor(registry)
    let value: string
    if (bearer?.params.realm) {
      value = `Bearer ${await this.token(bearer.params, registry, apiHost, scope, credential)}`
    } else if (basic) {
      if (!credential)
        throw new RegistryError(
          `${registry} asks for a user name and password, and none is configured`,
          'auth',
          401,
        )
      value = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`
    } else {
      throw new RegistryError(
        `${registry} answered 401 with an authentication scheme kube-whoami does not speak (${challengeHeader.slice(0, 80) || 'no WWW-Authenticate'})`,
        'auth',
        401,
      )
    }
    this.tokens.set(`${apiHost} ${scope}`, value)
    return value
  }

  private async token(
    params: Record<string, string>,
    registry: string,
    apiHost: string,
    scope: string,
    credential: Credential | undefined,
  ): Promise<string> {
    let realm: URL
    try {
      realm = new URL(params.realm)
    } catch {
      throw new RegistryError(
        `${registry}: the token realm ${JSON.stringify(params.realm)} is not a URL`,
        'auth',
      )
    }
    if (
      realm.protocol !== 'https:' &&
      !isLoopback(realm.hostname) &&
      !this.http.insecure.has(realm.host)
    )
      throw new RegistryError(`${registry}: the token realm ${realm.host} is not HTTPS`, 'auth')
    if (params.service) realm.searchParams.set('service', params.service)
    realm.searchParams.set('scope', params.scope ?? scope)
    let authorization: string | undefined
    if (credential) {
      if (mayReceiveCredential(apiHost, realm))
        authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`
      else if (!this.notes.has(registry))
        this.notes.set(
          registry,
          `the credentials for ${registry} were not sent to its token service ${realm.host}, another host; an anonymous token was asked for`,
        )
    }
    const res = await send(
      realm,
      { authorization, headers: { accept: 'application/json' } },
      this.http,
    )
    if (res.status !== 200) {
      const msg = await registryMessage(res)
      throw new RegistryError(
        `${registry}: the token service answered ${res.status}${msg ? ` (${msg})` : ''}${credential ? '' : ' to an anonymous request'}`,
        'auth',
        res.status,
      )
    }
    const body = await readBounded(res, 1024 * 1024, 'token response')
    let doc: { token?: unknown; access_token?: unknown }
    try {
      doc = JSON.parse(body.toString('utf8')) as typeof doc
    } catch {
      throw new RegistryError(
        `${registry}: the token service answered something that is not JSON`,
        'auth',
      )
    }
    const token = typeof doc.token === 'string' && doc.token ? doc.token : doc.access_token
    if (typeof token !== 'string' || !token)
      throw new RegistryError(`${registry}: the token service answered without a token`, 'auth')
    return token
  }
}
