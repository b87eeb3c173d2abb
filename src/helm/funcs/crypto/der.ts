/**
 * A minimal DER writer and reader: enough to build X.509 certificates the way Go's
 * crypto/x509 lays them out and to read PKCS#8 DSA keys. Own code because node:crypto
 * signs and generates keys but cannot build certificates, and the layout must follow
 * Go's field and extension order rather than a library's.
 */
import { pushAll } from '../../../core/arrays.js'

export type Der = Buffer

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  while (n > 0) {
    bytes.unshift(n & 0xff)
    n = Math.floor(n / 256)
  }
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

export function tlv(tag: number, content: Uint8Array): Der {
  return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content])
}

export const seq = (...items: Der[]): Der => tlv(0x30, Buffer.concat(items))
export const set = (...items: Der[]): Der => tlv(0x31, Buffer.concat(items))
export const explicit = (n: number, content: Der): Der => tlv(0xa0 | n, content)
export const nullDer = (): Der => Buffer.from([0x05, 0x00])
export const bool = (v: boolean): Der => tlv(0x01, Buffer.from([v ? 0xff : 0x00]))
export const octets = (b: Uint8Array): Der => tlv(0x04, b)

/** BIT STRING of whole bytes (no unused bits). */
export const bitString = (b: Uint8Array): Der => tlv(0x03, Buffer.concat([Buffer.from([0]), b]))

/** INTEGER from a non-negative bigint, minimal two's complement. */
export function integer(v: bigint): Der {
  let hex = v.toString(16)
  if (hex.length % 2) hex = '0' + hex
  let b = Buffer.from(hex, 'hex')
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b])
  return tlv(0x02, b)
}

export function oid(dotted: string): Der {
  const parts = dotted.split('.').map(Number)
  const bytes: number[] = [parts[0] * 40 + parts[1]]
  for (const p of parts.slice(2)) {
    const enc: number[] = [p & 0x7f]
    let x = Math.floor(p / 128)
    while (x > 0) {
      enc.unshift(0x80 | (x & 0x7f))
      x = Math.floor(x / 128)
    }
    pushAll(bytes, enc)
  }
  return tlv(0x06, Buffer.from(bytes))
}

/** Go's asn1 default for strings: PrintableString when every byte allows it, else UTF8String. */
export function goString(s: string): Der {
  const printable = /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s)
  return tlv(printable ? 0x13 : 0x0c, Buffer.from(s, 'utf8'))
}

export const ia5 = (s: string): Der => tlv(0x16, Buffer.from(s, 'latin1'))

const two = (n: number) => String(n).padStart(2, '0')

/** Go's asn1 time: UTCTime for 1950 <= year < 2050, GeneralizedTime otherwise, whole seconds, Z. */
export function goTime(ms: number): Der {
  const d = new Date(ms - (((ms % 1000) + 1000) % 1000))
  const y = d.getUTCFullYear()
  const rest =
    two(d.getUTCMonth() + 1) +
    two(d.getUTCDate()) +
    two(d.getUTCHours()) +
    two(d.getUTCMinutes()) +
    two(d.getUTCSeconds()) +
    'Z'
  if (y >= 1950 && y < 2050) return tlv(0x17, Buffer.from(two(y % 100) + rest, 'latin1'))
  return tlv(0x18, Buffer.from(String(y).padStart(4, '0') + rest, 'latin1'))
}

export interface DerNode {
  tag: number
  /** Offset of the whole element and of its content in the input. */
  start: number
  contentStart: number
  end: number
  content: Buffer
}

/** Reads one element at `pos`; throws on truncated input. */
export function readDer(buf: Buffer, pos = 0): DerNode {
  if (pos + 2 > buf.length) throw new Error('asn1: truncated')
  const tag = buf[pos]
  let len = buf[pos + 1]
  let p = pos + 2
  if (len & 0x80) {
    const n = len & 0x7f
    if (n === 0 || n > 4 || p + n > buf.length) throw new Error('asn1: bad length')
    len = 0
    for (let i = 0; i < n; i++) len = len * 256 + buf[p + i]
    p += n
  }
  if (p + len > buf.length) throw new Error('asn1: truncated')
  return { tag, start: pos, contentStart: p, end: p + len, content: buf.subarray(p, p + len) }
}

/** Children of a constructed element. */
export function children(node: DerNode, buf: Buffer): DerNode[] {
  const out: DerNode[] = []
  let p = node.contentStart
  while (p < node.end) {
    const c = readDer(buf, p)
    out.push(c)
    p = c.end
  }
  return out
}

export const intValue = (n: DerNode): bigint =>
  n.content.length === 0 ? 0n : BigInt('0x' + n.content.toString('hex'))
