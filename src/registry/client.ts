/**
 * A client of the OCI Distribution API (Docker Registry HTTP API v2) that reads what an
 * image is: its manifest (through an index for the wanted platform), its config, and on
 * request the accounts its layers leave in /etc. Every manifest and blob fetched by digest
 * must hash to that digest; every size is bounded.
 */
import { createHash } from 'node:crypto'
import type { Authenticator } from './auth.js'
import {
  discard,
  readBounded,
  registryMessage,
  RegistryError,
  schemeFor,
  send,
  type HttpSettings,
} from './http.js'
import { parseImageConfig } from './image-config.js'
import { readAccounts } from './layers.js'
import {
  type Descriptor,
  MANIFEST_ACCEPT,
  parseManifest,
  pickPlatform,
  type Platform,
  platformString,
} from './manifest.js'
import type { RegistryImage } from './types.js'

export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024

/** What to look up: a registry, a repository on it, and a tag or a digest. */
export interface ImageLocator {
  registry: string
  repository: string
  tag?: string
  digest?: string
}

export interface ClientSettings {
  platform: Platform
  http: HttpSettings
  auth: Authenticator
  maxLayerBytes: number
}

/** The host that serves a registry's API: Docker Hub's is not docker.io itself. */
export function apiHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry
}

export function locatorString(l: ImageLocator): string {
  return `${l.registry}/${l.repository}${l.tag !== undefined ? `:${l.tag}` : ''}${l.digest ? `@${l.digest}` : ''}`
}

function sha256(buf: Buffer): string {
  return `sha256:${createHash('sha256').update(buf).digest('hex')}`
}

export class RegistryClient {
  constructor(private readonly s: ClientSettings) {}

  get platform(): string {
    return platformString(this.s.platform)
  }

  /** A request to `/v2/<repository>/<path>`, answering one auth challenge. */
  private async get(
    l: ImageLocator,
    path: string,
    headers: Record<string, string>,
    method: 'GET' | 'HEAD' = 'GET',
  ): Promise<Response> {
    const host = apiHost(l.registry)
    const url = new URL(
      `${schemeFor(host, this.s.http.insecure)}://${host}/v2/${l.repository}/${path}`,
    )
    const scope = `repository:${l.repository}:pull`
    let authorization = this.s.auth.cached(host, scope)
    let res = await send(url, { method, headers, authorization }, this.s.http)
    if (res.status === 401) {
      const challenge = res.headers.get('www-authenticate') ?? ''
      await discard(res)
      authorization = await this.s.auth.answer(challenge, l.registry, host, scope)
      res = await send(url, { method, headers, authorization }, this.s.http)
      if (res.status === 401) {
        const msg = method === 'GET' ? await registryMessage(res) : ''
        throw new RegistryError(
          `${l.registry}: 401 unauthorized for ${l.repository}${msg ? ` (${msg})` : ''}`,
          'auth',
          401,
        )
      }
    }
    return res
  }

  private async failure(res: Response, what: string, l: ImageLocator): Promise<RegistryError> {
    const msg = await registryMessage(res)
    const status = res.status === 404 ? '404 not found' : `${res.status}`
    return new RegistryError(
      `${l.registry}: ${status} for ${what} of ${l.repository}${msg ? ` (${msg})` : ''}`,
      'http',
      res.status,
    )
  }

  /** The digest a tag names now (HEAD, so no manifest body is fetched). */
  async resolveTag(l: ImageLocator): Promise<string> {
    const ref = l.digest ?? l.tag ?? 'latest'
    const res = await this.get(l, `manifests/${ref}`, { accept: MANIFEST_ACCEPT }, 'HEAD')
    await discard(res)
    if (res.status !== 200) {
      // HEAD answers carry no error body: the status says it.
      throw new RegistryError(
        `${l.registry}: ${res.status === 404 ? '404 not found' : res.status} for the manifest of ${l.repository}:${ref}`,
        'http',
        res.status,
      )
    }
    const digest = res.headers.get('docker-content-digest')
    if (digest && /^sha256:[a-f0-9]{64}$/.test(digest)) return digest
    // Without the header the digest is that of the body.
    return (await this.manifest(l, ref)).digest
  }

  private async manifest(
    l: ImageLocator,
    ref: string,
  ): Promise<{ body: Buffer; digest: string; contentType: string | null }> {
    const res = await this.get(l, `manifests/${ref}`, { accept: MANIFEST_ACCEPT })
    if (res.status !== 200) throw await this.failure(res, `the manifest ${ref}`, l)
    const body = await readBounded(res, MAX_MANIFEST_BYTES, 'the manifest')
    const digest = sha256(body)
    if (ref.startsWith('sha256:') && digest !== ref)
      throw new RegistryError(
        `${l.registry}: the manifest fetched as ${ref} hashes to ${digest}`,
        'integrity',
      )
    const claimed = res.headers.get('docker-content-digest')
    if (claimed && claimed.startsWith('sha256:') && claimed !== digest)
      throw new RegistryError(
        `${l.registry}: the manifest of ${l.repository}:${ref} hashes to ${digest}, not to the ${claimed} the registry claims`,
        'integrity',
      )
    return { body, digest, contentType: res.headers.get('content-type') }
  }

  private async blob(l: ImageLocator, d: Descriptor): Promise<Response> {
    const res = await this.get(l, `blobs/${d.digest}`, {})
    if (res.status !== 200) throw await this.failure(res, `the blob ${d.digest}`, l)
    return res
  }

  /** Reads an image: manifest (the platform's, through an index), config, and accounts when asked. */
  async image(l: ImageLocator, wantAccounts: boolean | 'if-user'): Promise<RegistryImage> {
    const first = await this.manifest(l, l.digest ?? l.tag ?? 'latest')
    let parsed = parseManifest(first.body, first.contentType)
    let digest = first.digest
    let indexDigest: string | undefined
    if (parsed.kind === 'index') {
      indexDigest = first.digest
      const picked = pickPlatform(parsed.manifests, this.s.platform)
      if (!picked) {
        const offered = parsed.manifests
          .map((m) => (m.platform ? platformString(m.platform) : undefined))
          .filter((p): p is string => !!p && p !== 'unknown/unknown')
        throw new RegistryError(
          `${locatorString(l)} has no ${this.platform} image (it has ${offered.join(', ') || 'no platform'}); set registries.platform`,
          'protocol',
        )
      }
      if (picked.size > MAX_MANIFEST_BYTES)
        throw new RegistryError(`the manifest ${picked.digest} is over the size limit`, 'integrity')
      const m = await this.manifest(l, picked.digest)
      parsed = parseManifest(m.body, m.contentType)
      digest = m.digest
      if (parsed.kind !== 'image')
        throw new RegistryError(
          `${locatorString(l)}: the index entry for ${this.platform} is another index`,
          'protocol',
        )
    }
    if (parsed.kind !== 'image') throw new RegistryError('unreachable', 'protocol')
    if (parsed.config.size > MAX_CONFIG_BYTES)
      throw new RegistryError(
        `the image config of ${locatorString(l)} is ${parsed.config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`,
        'integrity',
      )
    const configRes = await this.blob(l, parsed.config)
    const configBody = await readBounded(configRes, MAX_CONFIG_BYTES, 'the image config')
    const configDigest = sha256(configBody)
    if (configDigest !== parsed.config.digest)
      throw new RegistryError(
        `the image config of ${locatorString(l)} hashes to ${configDigest}, not to the ${parsed.config.digest} its manifest names`,
        'integrity',
      )
    const config = parseImageConfig(configBody)
    const image: RegistryImage = {
      reference: locatorString(l),
      registry: l.registry,
      repository: l.repository,
      digest,
      manifestType: parsed.mediaType,
      platform: this.platform,
      configDigest,
      config,
    }
    if (indexDigest) image.indexDigest = indexDigest
    if (wantAccounts === true || (wantAccounts === 'if-user' && config.user !== '')) {
      image.accounts = await readAccounts(
        parsed.layers,
        (d) => this.blob(l, d),
        this.s.maxLayerBytes,
      )
    }
    return image
  }
}
