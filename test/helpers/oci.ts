/**
 * Writes OCI image layouts for tests: tar layers (files, whiteouts), gzip or plain, image
 * configs with a chosen User/Env, multi-platform indexes. skopeo pushes them to a real
 * registry (see registry.ts).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface LayerSpec {
  /** Path (without leading /) → contents; a name starting `.wh.` is a whiteout. */
  files: Record<string, string | Buffer>
  compression?: 'gzip' | 'none'
}

export interface ImageSpec {
  user?: string
  env?: string[]
  workingDir?: string
  exposedPorts?: string[]
  labels?: Record<string, string>
  entrypoint?: string[]
  cmd?: string[]
  /** Bottom layer first. */
  layers: LayerSpec[]
  os?: string
  architecture?: string
  variant?: string
  /** Docker schema 2 media types instead of OCI's. */
  docker?: boolean
}

export interface Blob {
  digest: string
  size: number
  mediaType: string
  bytes: Buffer
}

export const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0'
}

/** A ustar archive of the files (directories implied), as an image layer holds them. */
export function tarOf(files: Record<string, string | Buffer>): Buffer {
  const blocks: Buffer[] = []
  const dirs = new Set<string>()
  const header = (name: string, size: number, type: string, mode: number) => {
    const h = Buffer.alloc(512)
    let prefix = ''
    let base = name
    if (Buffer.byteLength(name) > 100) {
      const cut = name.lastIndexOf('/', 154)
      prefix = name.slice(0, cut)
      base = name.slice(cut + 1)
    }
    h.write(base, 0, 100, 'utf8')
    h.write(octal(mode, 8), 100, 'latin1')
    h.write(octal(0, 8), 108, 'latin1')
    h.write(octal(0, 8), 116, 'latin1')
    h.write(octal(size, 12), 124, 'latin1')
    h.write(octal(0, 12), 136, 'latin1')
    h.write('        ', 148, 'latin1')
    h.write(type, 156, 'latin1')
    h.write('ustar\0', 257, 'latin1')
    h.write('00', 263, 'latin1')
    h.write(prefix, 345, 155, 'utf8')
    let sum = 0
    for (const b of h) sum += b
    h.write(octal(sum, 7) + ' ', 148, 'latin1')
    return h
  }
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/') + '/'
      if (!dirs.has(d)) {
        dirs.add(d)
        blocks.push(header(d, 0, '5', 0o755))
      }
    }
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content)
    blocks.push(header(path, data.length, '0', 0o644))
    blocks.push(data)
    const pad = (512 - (data.length % 512)) % 512
    if (pad) blocks.push(Buffer.alloc(pad))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

function blob(bytes: Buffer, mediaType: string): Blob {
  return { digest: sha256(bytes), size: bytes.length, mediaType, bytes }
}

export interface BuiltImage {
  manifest: Blob
  config: Blob
  layers: Blob[]
  platform: { os: string; architecture: string; variant?: string }
}

export function buildImage(spec: ImageSpec): BuiltImage {
  const docker = spec.docker ?? false
  const layers = spec.layers.map((l) => {
    const tar = tarOf(l.files)
    const gz = (l.compression ?? 'gzip') === 'gzip'
    const mediaType = docker
      ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
      : gz
        ? 'application/vnd.oci.image.layer.v1.tar+gzip'
        : 'application/vnd.oci.image.layer.v1.tar'
    return { blob: blob(gz ? gzipSync(tar) : tar, mediaType), diffId: sha256(tar) }
  })
  const platform = {
    os: spec.os ?? 'linux',
    architecture: spec.architecture ?? 'amd64',
    ...(spec.variant ? { variant: spec.variant } : {}),
  }
  const config: Record<string, unknown> = {
    ...platform,
    config: {
      ...(spec.user !== undefined ? { User: spec.user } : {}),
      Env: spec.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      ...(spec.workingDir ? { WorkingDir: spec.workingDir } : {}),
      ...(spec.exposedPorts
        ? { ExposedPorts: Object.fromEntries(spec.exposedPorts.map((p) => [p, {}])) }
        : {}),
      ...(spec.labels ? { Labels: spec.labels } : {}),
      ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
      ...(spec.cmd ? { Cmd: spec.cmd } : {}),
    },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
  }
  const configBlob = blob(
    Buffer.from(JSON.stringify(config)),
    docker
      ? 'application/vnd.docker.container.image.v1+json'
      : 'application/vnd.oci.image.config.v1+json',
  )
  const manifestType = docker
    ? 'application/vnd.docker.distribution.manifest.v2+json'
    : 'application/vnd.oci.image.manifest.v1+json'
  const manifest = {
    schemaVersion: 2,
    mediaType: manifestType,
    config: { mediaType: configBlob.mediaType, digest: configBlob.digest, size: configBlob.size },
    layers: layers.map((l) => ({
      mediaType: l.blob.mediaType,
      digest: l.blob.digest,
      size: l.blob.size,
    })),
  }
  return {
    manifest: blob(Buffer.from(JSON.stringify(manifest)), manifestType),
    config: configBlob,
    layers: layers.map((l) => l.blob),
    platform,
  }
}

/** Writes an OCI layout at `dir` holding `tag` → one image, or an index of several. */
export function writeLayout(dir: string, tag: string, images: BuiltImage | BuiltImage[]): Blob {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
  const put = (b: Blob) => writeFileSync(join(dir, 'blobs', 'sha256', b.digest.slice(7)), b.bytes)
  const list = Array.isArray(images) ? images : [images]
  for (const img of list) {
    put(img.config)
    img.layers.forEach(put)
    put(img.manifest)
  }
  let top: Blob
  if (Array.isArray(images)) {
    const index = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: images.map((i) => ({
        mediaType: i.manifest.mediaType,
        digest: i.manifest.digest,
        size: i.manifest.size,
        platform: i.platform,
      })),
    }
    top = blob(Buffer.from(JSON.stringify(index)), 'application/vnd.oci.image.index.v1+json')
    put(top)
  } else top = images.manifest
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: top.mediaType,
          digest: top.digest,
          size: top.size,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  )
  return top
}

export const PASSWD_BASE = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
].join('\n')
export const GROUP_BASE = ['root:x:0:', 'daemon:x:1:', 'nogroup:x:65534:'].join('\n')
