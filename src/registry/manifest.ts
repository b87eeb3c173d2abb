/**
 * Image manifests and indexes (OCI image spec and Docker's schema 2 / manifest list): what
 * to ask for, how to read them, and which platform's manifest an index points at.
 */
import { RegistryError } from './http.js'

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
  dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
} as const

export const MANIFEST_ACCEPT = [
  MEDIA.ociIndex,
  MEDIA.dockerList,
  MEDIA.ociManifest,
  MEDIA.dockerManifest,
].join(', ')

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  urls?: string[]
  platform?: Platform
}

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

export type ParsedManifest =
  | { kind: 'index'; mediaType: string; manifests: Descriptor[] }
  | { kind: 'image'; mediaType: string; config: Descriptor; layers: Descriptor[] }

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/

function descriptor(v: unknown, where: string): Descriptor {
  const d = v as Partial<Descriptor> | null
  if (!d || typeof d !== 'object' || typeof d.digest !== 'string' || !DIGEST_RE.test(d.digest))
    throw new RegistryError(`${where} has no valid sha256 digest`, 'protocol')
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0)
    throw new RegistryError(`${where} has no valid size`, 'protocol')
  const out: Descriptor = { mediaType: String(d.mediaType ?? ''), digest: d.digest, size: d.size }
  if (Array.isArray(d.urls)) out.urls = d.urls.filter((u): u is string => typeof u === 'string')
  const p = d.platform as Partial<Platform> | undefined
  if (p && typeof p.os === 'string' && typeof p.architecture === 'string') {
    out.platform = { os: p.os, architecture: p.architecture }
    if (typeof p.variant === 'string') out.platform.variant = p.variant
  }
  return out
}

/** Reads a manifest or index body; the Content-Type breaks ties when `mediaType` is absent. */
export function parseManifest(body: Buffer, contentType: string | null): ParsedManifest {
  let doc: Record<string, unknown>
  try {
    doc = JSON.parse(body.toString('utf8')) as Record<string, unknown>
  } catch {
    throw new RegistryError('the manifest is not JSON', 'protocol')
  }
  if (!doc || typeof doc !== 'object')
    throw new RegistryError('the manifest is not a JSON object', 'protocol')
  const type =
    (typeof doc.mediaType === 'string' && doc.mediaType) || (contentType ?? '').split(';')[0].trim()
  if (doc.schemaVersion === 1 || type === MEDIA.dockerSchema1 || type === MEDIA.dockerSchema1Signed)
    throw new RegistryError(
      'the registry serves only a Docker schema 1 manifest, which is not read',
      'protocol',
    )
  if (Array.isArray(doc.manifests)) {
    return {
      kind: 'index',
      mediaType: type,
      manifests: doc.manifests.map((m, i) => descriptor(m, `manifests[${i}]`)),
    }
  }
  if (doc.config && Array.isArray(doc.layers)) {
    return {
      kind: 'image',
      mediaType: type,
      config: descriptor(doc.config, 'config'),
      layers: doc.layers.map((l, i) => descriptor(l, `layers[${i}]`)),
    }
  }
  throw new RegistryError(
    `the manifest (${type || 'no media type'}) is neither an image nor an index`,
    'protocol',
  )
}

export function parsePlatform(text: string): Platform {
  const [os, architecture, variant] = text.split('/')
  const p: Platform = { os: os || 'linux', architecture: architecture || 'amd64' }
  if (variant) p.variant = variant
  return p
}

export function platformString(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

// containerd's defaults: arm64 means v8 and arm means v7 when no variant is given.
function variantOf(p: Platform): string | undefined {
  if (p.variant) return p.variant
  if (p.architecture === 'arm64') return 'v8'
  if (p.architecture === 'arm') return 'v7'
  return undefined
}

/** The index entry for a platform (attestation manifests, `unknown/unknown`, never match). */
export function pickPlatform(index: Descriptor[], want: Platform): Descriptor | undefined {
  const matching = index.filter(
    (d) => d.platform && d.platform.os === want.os && d.platform.architecture === want.architecture,
  )
  return (
    matching.find((d) => variantOf(d.platform!) === variantOf(want)) ??
    (want.variant ? undefined : matching[0])
  )
}
