/**
 * A streaming tar reader (POSIX ustar, pax extended headers, GNU long names): fed chunks, it
 * announces each entry and hands over the contents of the ones asked for, skipping the rest
 * without keeping them. Enough to find files in an image layer.
 */

export interface TarEntry {
  /** Path without a leading `./` or `/`. */
  path: string
  /** Type flag: '0' regular file, '1' hard link, '2' symlink, '5' directory… */
  type: string
  size: number
  linkname: string
}

export interface TarVisitor {
  /** Called per entry; return a byte limit to receive its contents, or 0 to skip them. */
  entry(e: TarEntry): number
  /** The contents of an entry `entry` asked for (`truncated` when over the limit). */
  content(e: TarEntry, data: Buffer, truncated: boolean): void
}

export class TarFormatError extends Error {}

const BLOCK = 512

export class TarReader {
  private pending: Buffer[] = []
  private pendingBytes = 0
  private state: 'header' | 'body' | 'end' = 'header'
  private current?: TarEntry
  private remaining = 0
  private padding = 0
  private capture?: { limit: number; chunks: Buffer[]; bytes: number; meta?: boolean }
  private pax: Record<string, string> = {}
  private longName?: string
  private longLink?: string
  private meta?: 'pax' | 'gnu-name' | 'gnu-link' | 'global'

  constructor(private readonly visitor: TarVisitor) {}

  get ended(): boolean {
    return this.state === 'end'
  }

  push(chunk: Buffer): void {
    let buf = chunk
    while (buf.length && this.state !== 'end') {
      if (this.state === 'body') {
        const n = Math.min(buf.length, this.remaining + this.padding)
        const dataPart = Math.min(n, this.remaining)
        if (dataPart > 0 && this.capture) this.take(buf.subarray(0, dataPart))
        this.remaining -= dataPart
        this.padding -= n - dataPart
        buf = buf.subarray(n)
        if (this.remaining === 0 && this.padding === 0) this.finishEntry()
        continue
      }
      // header: gather 512 bytes
      const need = BLOCK - this.pendingBytes
      const part = buf.subarray(0, need)
      this.pending.push(part)
      this.pendingBytes += part.length
      buf = buf.subarray(part.length)
      if (this.pendingBytes < BLOCK) break
      const header = Buffer.concat(this.pending, BLOCK)
      this.pending = []
      this.pendingBytes = 0
      this.header(header)
    }
  }

  private take(data: Buffer): void {
    const c = this.capture!
    const room = c.limit - c.bytes
    if (room > 0) c.chunks.push(data.subarray(0, room))
    c.bytes += data.length
  }

  private header(h: Buffer): void {
    if (h.every((b) => b === 0)) {
      // Two zero blocks end the archive; one is enough to stop looking.
      this.state = 'end'
      return
    }
    if (!checksumOk(h))
      throw new TarFormatError(
        'a tar header has a wrong checksum: not a tar archive, or a damaged one',
      )
    const type = String.fromCharCode(h[156] || 0x30)
    const size = parseNumber(h.subarray(124, 136))
    let name = cstring(h, 0, 100)
    const magic = h.toString('latin1', 257, 262)
    if (magic === 'ustar') {
      const prefix = cstring(h, 345, 155)
      if (prefix) name = `${prefix}/${name}`
    }
    const linkname = cstring(h, 157, 100)
    this.remaining = size
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      this.meta =
        type === 'x' ? 'pax' : type === 'g' ? 'global' : type === 'L' ? 'gnu-name' : 'gnu-link'
      this.current = { path: name, type, size, linkname }
      this.capture = { limit: 1024 * 1024, chunks: [], bytes: 0, meta: true }
    } else {
      const entry: TarEntry = {
        path: clean(this.pax.path ?? this.longName ?? name),
        type,
        size: this.pax.size !== undefined ? Number(this.pax.size) : size,
        linkname: this.pax.linkpath ?? this.longLink ?? linkname,
      }
      if (this.pax.size !== undefined && Number.isSafeInteger(entry.size)) {
        this.remaining = entry.size
        this.padding = (BLOCK - (entry.size % BLOCK)) % BLOCK
      }
      this.pax = {}
      this.longName = undefined
      this.longLink = undefined
      this.meta = undefined
      this.current = entry
      const asked = this.visitor.entry(entry)
      const limit = type === '0' || type === '\0' || type === '7' ? asked : 0
      this.capture = limit > 0 ? { limit, chunks: [], bytes: 0 } : undefined
    }
    if (this.remaining === 0 && this.padding === 0) this.finishEntry()
    else this.state = 'body'
  }

  private finishEntry(): void {
    this.state = 'header'
    const c = this.capture
    const e = this.current
    this.capture = undefined
    if (!c || !e) return
    const data = Buffer.concat(c.chunks)
    if (c.meta) {
      if (this.meta === 'pax') this.pax = parsePax(data)
      else if (this.meta === 'gnu-name') this.longName = data.toString('utf8').replace(/\0.*$/s, '')
      else if (this.meta === 'gnu-link') this.longLink = data.toString('utf8').replace(/\0.*$/s, '')
      return
    }
    this.visitor.content(e, data, c.bytes > c.limit)
  }
}

function cstring(h: Buffer, start: number, len: number): string {
  const slice = h.subarray(start, start + len)
  const nul = slice.indexOf(0)
  return slice.toString('utf8', 0, nul === -1 ? len : nul)
}

function parseNumber(field: Buffer): number {
  if (field[0] & 0x80) {
    // base-256 (GNU): big-endian, first byte's high bit is the marker
    let v = field[0] & 0x7f
    for (let i = 1; i < field.length; i++) v = v * 256 + field[i]
    return v
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/g, '')
    .trim()
  if (text === '') return 0
  if (!/^[0-7]+$/.test(text))
    throw new TarFormatError(`a tar header has a bad number (${JSON.stringify(text)})`)
  return parseInt(text, 8)
}

function checksumOk(h: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]
  let stored: number
  try {
    stored = parseNumber(h.subarray(148, 156))
  } catch {
    return false
  }
  return sum === stored
}

/** `len key=value\n` records. */
function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let pos = 0
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos)
    if (space === -1) break
    const len = Number(data.toString('latin1', pos, space))
    if (!Number.isSafeInteger(len) || len <= 0 || pos + len > data.length) break
    const record = data.toString('utf8', space + 1, pos + len - 1)
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    pos += len
  }
  return out
}

function clean(path: string): string {
  return path.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '')
}
