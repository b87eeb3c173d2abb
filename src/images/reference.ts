/**
 * Image references as Docker and the kubelet read them (distribution/reference
 * `ParseNormalizedNamed`): `nginx` is `docker.io/library/nginx`, a first component with a
 * `.` or `:` (or `localhost`, or uppercase) is a registry host, repository paths are
 * lowercase, tags are `[\w][\w.-]{0,127}`, digests are `algorithm:hex`.
 */

export const DEFAULT_DOMAIN = 'docker.io'
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io'
const OFFICIAL_PREFIX = 'library/'
const NAME_MAX = 255
// Longer input is not an image reference; bounding it keeps the regexes linear enough.
const INPUT_MAX = 4096

export interface ImageReference {
  /** Registry host with optional port: `docker.io`, `ghcr.io`, `localhost:5000`, `[::1]:5000`. */
  domain: string
  /** Repository path on the registry: `library/nginx`, `acme/api`. */
  path: string
  tag?: string
  /** `sha256:<64 hex>` (or sha384/sha512). */
  digest?: string
}

export type ReferenceResult = { ok: true; ref: ImageReference } | { ok: false; error: string }

const alphanumeric = '[a-z0-9]+'
const separator = '(?:[._]|__|[-]+)'
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`
const remoteName = `${pathComponent}(?:/${pathComponent})*`
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]'
const domainAndPort = `(?:${domainName}|${ipv6address})(?::[0-9]+)?`
const tagPat = '[\\w][\\w.-]{0,127}'
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}'
const namePat = `(?:${domainAndPort}/)?${remoteName}`

const referenceRe = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`)
const anchoredNameRe = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`)
const identifierRe = /^[a-f0-9]{64}$/
const tagRe = new RegExp(`^${tagPat}$`)

// go-digest's registered algorithms and their hex lengths.
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }

/** Parses like `ParseNormalizedNamed`; errors carry Docker's messages. */
export function parseReference(text: string): ReferenceResult {
  const s = text
  if (s.length > INPUT_MAX) return fail('invalid reference format')
  if (identifierRe.test(s)) {
    return fail(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`)
  }
  const [domain, remainder] = splitDockerDomain(s)
  const colon = remainder.indexOf(':')
  const remote = colon > -1 ? remainder.slice(0, colon) : remainder
  if (remote.toLowerCase() !== remote) {
    return fail(`invalid reference format: repository name (${remote}) must be lowercase`)
  }
  return parseCanonical(`${domain}/${remainder}`)
}

/** `Parse` of an already domain-qualified string. */
function parseCanonical(s: string): ReferenceResult {
  if (s === '') return fail('repository name must have at least one component')
  const m = referenceRe.exec(s)
  if (!m) {
    const lower = s.toLowerCase()
    if (lower !== s && referenceRe.test(lower)) return fail('repository name must be lowercase')
    return fail('invalid reference format')
  }
  const nm = anchoredNameRe.exec(m[1])
  const domain = nm?.[1] ?? ''
  const path = nm ? nm[2] : m[1]
  if (path.length > NAME_MAX)
    return fail(`repository name must not be more than ${NAME_MAX} characters`)
  const ref: ImageReference = { domain, path }
  if (m[2] !== undefined) ref.tag = m[2]
  if (m[3] !== undefined) {
    const err = digestError(m[3])
    if (err) return fail(err)
    ref.digest = m[3]
  }
  return { ok: true, ref }
}

function digestError(d: string): string | undefined {
  const i = d.indexOf(':')
  const alg = d.slice(0, i)
  const hex = d.slice(i + 1)
  const want = DIGEST_HEX_LENGTH[alg]
  if (want === undefined) return 'unsupported digest algorithm'
  if (hex.length !== want) return 'invalid checksum digest length'
  if (!/^[a-f0-9]+$/.test(hex)) return 'invalid checksum digest format'
  return undefined
}

function fail(error: string): ReferenceResult {
  return { ok: false, error }
}

/** Registry host and remainder, with Docker Hub's implicit domain and `library/`. */
export function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/')
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_PREFIX + name]
  const maybeDomain = name.slice(0, slash)
  const rest = name.slice(slash + 1)
  let domain: string
  let remote: string
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, rest]
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, rest]
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, rest]
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, rest]
  else [domain, remote] = [DEFAULT_DOMAIN, name]
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_PREFIX + remote
  return [domain, remote]
}

/** `domain/path`: the repository, without tag or digest. */
export function repositoryOf(ref: ImageReference): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path
}

/** Normalised repository (`nginx:1.27` → `docker.io/library/nginx`), or undefined when invalid. */
export function normalise(text: string): string | undefined {
  const r = parseReference(text)
  return r.ok ? repositoryOf(r.ref) : undefined
}

/** True when both parse and name the same repository; tags and digests are ignored. */
export function sameRepository(a: string, b: string): boolean {
  const x = normalise(a)
  return x !== undefined && x === normalise(b)
}

/** Familiar repository name as `docker` prints it: `docker.io/library/nginx` → `nginx`. */
export function familiarName(ref: ImageReference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return repositoryOf(ref)
  if (ref.path.startsWith(OFFICIAL_PREFIX)) {
    const rest = ref.path.slice(OFFICIAL_PREFIX.length)
    if (!rest.includes('/')) return rest
  }
  return ref.path
}

/** Familiar name with tag and digest: `nginx:1.27@sha256:…`. */
export function familiarString(ref: ImageReference): string {
  return familiarName(ref) + suffix(ref)
}

/** Fully qualified form with tag and digest: `docker.io/library/nginx:1.27`. */
export function canonicalString(ref: ImageReference): string {
  return repositoryOf(ref) + suffix(ref)
}

function suffix(ref: ImageReference): string {
  return (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '')
}

/** The tag a pull would use: the explicit tag, `latest` without tag or digest, none for digest-only. */
export function effectiveTag(ref: ImageReference): string | undefined {
  if (ref.tag !== undefined) return ref.tag
  return ref.digest ? undefined : 'latest'
}

export function isValidTag(tag: string): boolean {
  return tagRe.test(tag)
}
