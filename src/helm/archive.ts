/**
 * Reads a chart archive (.tgz) the way Helm's archive.LoadArchiveFiles does: gzip, then
 * tar (ustar, PAX and GNU long names), the first path segment dropped, directories and
 * links skipped, and the same path safety checks and size limits. Nothing is written to
 * disk.
 */
import { gunzipSync } from 'node:zlib'
import { pathClean, trimBom } from './go-text.js'
import { work } from '../core/budget.js'

/** Helm's limits: 100 MiB for a whole decompressed chart, 5 MiB per file. */
export const maxDecompressedChartSize = 100 * 1024 * 1024
export const maxDecompressedFileSize = 5 * 1024 * 1024

export interface ArchiveFile {
  name: string
  data: Uint8Array
}

export class ArchiveError extends Error {}

function readString(block: Uint8Array, start: number, length: number): string {
  let end = start
  while (end < start + length && block[end] !== 0) end++
  return Buffer.from(block.subarray(start, end)).toString('utf8')
}

function readNumber(block: Uint8Array, start: number, length: number): number {
  // Base-256 (GNU) when the high bit of the first byte is set.
  if (block[start] & 0x80) {
    let n = block[start] & 0x7f
    for (let i = start + 1; i < start + length; i++) n = n * 256 + block[i]
    return n
  }
  const text = readString(block, start, length).trim()
  if (text === '') return 0
  const n = parseInt(text, 8)
  if (Number.isNaN(n)) throw new ArchiveError('archive/tar: invalid tar header')
  return n
}

/**
 * Go's archive/tar reads a PAX header, a GNU long name or long link into memory only up to
 * 1 MiB (maxSpecialFileSize); past it the archive is refused with this error.
 */
const maxSpecialFileSize = 1024 * 1024

/** PAX records (`<length> <key>=<value>\n`), read in one pass over the bytes. */
function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>()
  let pos = 0
  while (pos < data.length) {
    let space = pos
    while (space < data.length && data[space] !== 0x20) space++
    if (space >= data.length) break
    const len = parseInt(Buffer.from(data.subarray(pos, space)).toString('latin1'), 10)
    if (!Number.isFinite(len) || len <= space - pos || pos + len > data.length) {
      throw new ArchiveError('archive/tar: invalid tar header')
    }
    let kv = Buffer.from(data.subarray(space + 1, pos + len)).toString('utf8')
    if (kv.endsWith('\n')) kv = kv.slice(0, -1)
    const eq = kv.indexOf('=')
    if (eq > 0) out.set(kv.slice(0, eq), kv.slice(eq + 1))
    pos += len
  }
  return out
}

interface TarEntry {
  name: string
  type: string
  size: number
  data: Uint8Array
}

function* tarEntries(tar: Uint8Array): Generator<TarEntry> {
  let pos = 0
  let longName: string | undefined
  let pax: Map<string, string> | undefined
  while (pos + 512 <= tar.length) {
    const block = tar.subarray(pos, pos + 512)
    if (block.every((b) => b === 0)) return
    let name = readString(block, 0, 100)
    const size = readNumber(block, 124, 12)
    const type = String.fromCharCode(block[156] || 0x30)
    const magic = readString(block, 257, 6)
    if (magic.startsWith('ustar')) {
      const prefix = readString(block, 345, 155)
      if (prefix && magic === 'ustar') name = `${prefix}/${name}`
    }
    const dataStart = pos + 512
    if (dataStart + size > tar.length) throw new ArchiveError('unexpected EOF')
    const data = tar.subarray(dataStart, dataStart + size)
    pos = dataStart + Math.ceil(size / 512) * 512
    work()
    if ('LKxg'.includes(type) && size > maxSpecialFileSize) {
      throw new ArchiveError('archive/tar: header field too long')
    }
    if (type === 'L') {
      longName = readString(data, 0, data.length)
      continue
    }
    if (type === 'K') continue
    if (type === 'x') {
      pax = parsePax(data)
      continue
    }
    if (type === 'g') continue
    if (longName !== undefined) name = longName
    const paxPath = pax?.get('path')
    if (paxPath !== undefined) name = paxPath
    longName = undefined
    pax = undefined
    yield { name, type, size, data }
  }
}

/** Decompresses and reads a chart archive into files named relative to the chart root. */
export function readChartArchive(compressed: Uint8Array): ArchiveFile[] {
  let tar: Uint8Array
  try {
    tar = gunzipSync(compressed, { maxOutputLength: maxDecompressedChartSize + 1024 * 1024 })
  } catch (e) {
    const msg = (e as Error).message
    if (/maxOutputLength|Cannot create a Buffer/.test(msg)) {
      throw new ArchiveError(
        `decompressed chart is larger than the maximum size ${maxDecompressedChartSize}`,
      )
    }
    throw new ArchiveError('gzip: invalid header')
  }
  const files: ArchiveFile[] = []
  let remaining = maxDecompressedChartSize
  for (const entry of tarEntries(tar)) {
    if (entry.type === '5' || entry.name.endsWith('/')) continue
    // Links, devices and FIFOs carry no data in Helm either; only their names are kept.
    const delimiter = entry.name.includes('\\') ? '\\' : '/'
    const parts = entry.name.split(delimiter)
    let n = parts.slice(1).join(delimiter).split(delimiter).join('/')
    if (n.startsWith('/')) throw new ArchiveError('chart illegally contains absolute paths')
    n = pathClean(n)
    if (n === '.') {
      throw new ArchiveError(
        `chart illegally contains content outside the base directory: ${JSON.stringify(entry.name)}`,
      )
    }
    if (n.startsWith('..')) throw new ArchiveError('chart illegally references parent directory')
    if (/^[a-zA-Z]:\//.test(n)) throw new ArchiveError('chart contains illegally named files')
    if (parts[0] === 'Chart.yaml') throw new ArchiveError('chart yaml not in base directory')
    if (entry.size > remaining) {
      throw new ArchiveError(
        `decompressed chart is larger than the maximum size ${maxDecompressedChartSize}`,
      )
    }
    if (entry.size > maxDecompressedFileSize) {
      throw new ArchiveError(
        `decompressed chart file ${JSON.stringify(entry.name)} is larger than the maximum file size ${maxDecompressedFileSize}`,
      )
    }
    const isRegular = entry.type === '0' || entry.type === '7' || entry.type === '\0'
    const data = isRegular ? entry.data : new Uint8Array(0)
    remaining -= data.length
    if (remaining <= 0) {
      throw new ArchiveError(
        `decompressed chart is larger than the maximum size ${maxDecompressedChartSize}`,
      )
    }
    files.push({ name: n, data: trimBom(data) })
  }
  if (files.length === 0) throw new ArchiveError('no files in chart archive')
  return files
}
