/**
 * /etc/passwd and /etc/group from an image's layers: the top layer first, each streamed
 * (uncompressed, gzip, or zstd where this Node has it) and never stored, stopping for each
 * file at the first layer that holds it or deletes it (a whiteout). Every layer read is
 * checked against its digest before what it holds is believed; the compressed bytes read per
 * image stay within a budget.
 */
import { createHash } from 'node:crypto'
import * as zlib from 'node:zlib'
import { Readable, Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Descriptor } from './manifest.js'
import { RegistryError } from './http.js'
import { parseGroup, parsePasswd } from './passwd.js'
import { TarFormatError, TarReader } from './tar.js'
import type { AccountFile, GroupEntry, ImageAccounts, PasswdEntry } from './types.js'

/** Opens a layer blob by its descriptor (the client handles auth and redirects). */
export type BlobOpener = (layer: Descriptor) => Promise<Response>

// An account file larger than this is not a real one.
const MAX_ACCOUNT_FILE = 4 * 1024 * 1024
// Decompressed bytes per compressed byte read, at most: a guard against decompression bombs.
const MAX_EXPANSION = 20

type Want = 'passwd' | 'group'
const FILES: Record<Want, string> = { passwd: 'etc/passwd', group: 'etc/group' }

interface LayerFinding {
  text?: string
  /** Deleted in this layer (a whiteout of the file, of /etc, or an opaque /etc). */
  deleted?: boolean
  truncated?: boolean
  /** Present, but not a regular file (a link): its contents are elsewhere. */
  link?: string
}

type ZstdZlib = { createZstdDecompress?: () => Transform }

export function zstdAvailable(): boolean {
  return typeof (zlib as unknown as ZstdZlib).createZstdDecompress === 'function'
}

function isZstd(mediaType: string): boolean {
  return mediaType.endsWith('+zstd') || mediaType.endsWith('.zstd')
}

export async function readAccounts(
  layers: readonly Descriptor[],
  open: BlobOpener,
  maxBytes: number,
): Promise<ImageAccounts> {
  const out: { passwd?: AccountFile<PasswdEntry>; group?: AccountFile<GroupEntry> } = {}
  let bytesRead = 0
  const unresolved = (): Want[] => (['passwd', 'group'] as Want[]).filter((w) => !out[w])
  const giveUp = (reason: string) => {
    for (const w of unresolved()) out[w] = { state: 'unknown', reason }
  }
  for (let i = layers.length - 1; i >= 0 && unresolved().length; i--) {
    const layer = layers[i]
    const position = `layer ${i + 1} of ${layers.length} (${layer.digest.slice(0, 19)}…)`
    if (layer.mediaType.includes('foreign') || layer.mediaType.includes('nondistributable')) {
      giveUp(`${position} is a foreign layer that registries do not serve`)
      break
    }
    if (isZstd(layer.mediaType) && !zstdAvailable()) {
      giveUp(
        `${position} is zstd-compressed, which this Node.js (${process.version}) cannot decompress (Node 22.15 or later can)`,
      )
      break
    }
    if (bytesRead + layer.size > maxBytes) {
      giveUp(
        `reading ${position} (${mib(layer.size)}) would pass the ${mib(maxBytes)} layer budget (registries.maxLayerBytes)`,
      )
      break
    }
    let found: Map<Want, LayerFinding>
    try {
      found = await scanLayer(layer, open, unresolved())
    } catch (e) {
      if (e instanceof RegistryError && e.kind === 'budget') throw e
      giveUp(`${position} could not be read: ${(e as Error).message}`)
      break
    }
    bytesRead += layer.size
    for (const [want, f] of found) {
      if (f.text !== undefined) {
        if (f.truncated) {
          out[want] = {
            state: 'unknown',
            reason: `/${FILES[want]} in ${position} is over ${mib(MAX_ACCOUNT_FILE)}`,
          }
        } else if (want === 'passwd') {
          out.passwd = { state: 'read', entries: parsePasswd(f.text), layer: layer.digest }
        } else {
          out.group = { state: 'read', entries: parseGroup(f.text), layer: layer.digest }
        }
      } else if (f.link !== undefined) {
        out[want] = {
          state: 'unknown',
          reason: `/${FILES[want]} in ${position} is a link to ${f.link}`,
        }
      } else if (f.deleted) {
        out[want] = { state: 'absent', layer: layer.digest }
      }
    }
  }
  for (const w of unresolved()) out[w] = { state: 'absent' }
  return { passwd: out.passwd!, group: out.group!, bytesRead }
}

function mib(n: number): string {
  return n >= 1024 * 1024
    ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`
    : `${Math.ceil(n / 1024)} KiB`
}

/** Streams one layer, hashing the compressed bytes, and reports what it says of the wanted files. */
async function scanLayer(
  layer: Descriptor,
  open: BlobOpener,
  wants: Want[],
): Promise<Map<Want, LayerFinding>> {
  const res = await open(layer)
  if (!res.body) throw new RegistryError('the registry sent an empty layer', 'protocol')
  const found = new Map<Want, LayerFinding>()
  let etcDeleted = false
  let etcOpaque = false
  const byPath = new Map(wants.map((w) => [FILES[w], w]))
  const whiteouts = new Map(wants.map((w) => [FILES[w].replace(/([^/]+)$/, '.wh.$1'), w]))
  const reader = new TarReader({
    entry(e) {
      if (e.path === '.wh.etc') etcDeleted = true
      else if (e.path === 'etc/.wh..wh..opq') etcOpaque = true
      const want = byPath.get(e.path)
      if (want) {
        if (e.type === '0' || e.type === '\0' || e.type === '7') return MAX_ACCOUNT_FILE
        found.set(want, { link: e.linkname || `an entry of type ${e.type}` })
        return 0
      }
      const wo = whiteouts.get(e.path)
      if (wo && !found.has(wo)) found.set(wo, { deleted: true })
      return 0
    },
    content(e, data, truncated) {
      const want = byPath.get(e.path)
      if (want) found.set(want, { text: data.toString('utf8'), truncated })
    },
  })

  const hash = createHash('sha256')
  let compressed = 0
  const declared = layer.size
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      compressed += chunk.length
      if (compressed > declared) {
        cb(
          new RegistryError(
            `the layer is larger than the ${declared} bytes its manifest declares`,
            'integrity',
          ),
        )
        return
      }
      hash.update(chunk)
      cb(null, chunk)
    },
  })
  let expanded = 0
  const limit = Math.max(declared, 1024 * 1024) * MAX_EXPANSION
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      expanded += chunk.length
      if (expanded > limit) {
        cb(
          new RegistryError(
            `the layer expands to more than ${MAX_EXPANSION} times its size`,
            'integrity',
          ),
        )
        return
      }
      try {
        if (!reader.ended) reader.push(chunk)
        cb()
      } catch (err) {
        cb(
          err instanceof TarFormatError
            ? new RegistryError(err.message, 'protocol')
            : (err as Error),
        )
      }
    },
  })
  const body = res.body.getReader()
  const headChunks: Buffer[] = []
  let headBytes = 0
  let bodyDone = false
  while (headBytes < 4) {
    const { value, done } = await body.read()
    if (done) {
      bodyDone = true
      break
    }
    headChunks.push(Buffer.from(value))
    headBytes += value.byteLength
  }
  const head = Buffer.concat(headChunks)
  async function* chunks(): AsyncGenerator<Buffer> {
    if (head.length) yield head
    while (!bodyDone) {
      const { value, done } = await body.read()
      if (done) return
      yield Buffer.from(value)
    }
  }
  const decompressor = decompressorFor(head)
  try {
    if (decompressor) await pipeline(Readable.from(chunks()), counter, decompressor, sink)
    else await pipeline(Readable.from(chunks()), counter, sink)
  } catch (e) {
    await body.cancel().catch(() => undefined)
    throw e
  }
  const digest = `sha256:${hash.digest('hex')}`
  if (compressed !== declared || digest !== layer.digest)
    throw new RegistryError(
      `the layer's bytes do not match its digest ${layer.digest} (got ${digest}, ${compressed} bytes)`,
      'integrity',
    )
  for (const w of wants) {
    if (!found.has(w) && (etcDeleted || etcOpaque)) found.set(w, { deleted: true })
  }
  return found
}

/** The decompressor the first bytes call for: gzip, zstd, or none (a plain tar). */
function decompressorFor(head: Buffer): Transform | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return zlib.createGunzip()
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) {
    const create = (zlib as unknown as ZstdZlib).createZstdDecompress
    if (!create)
      throw new RegistryError(
        `a zstd-compressed layer, which this Node.js (${process.version}) cannot decompress`,
        'protocol',
      )
    return create()
  }
  return undefined
}
