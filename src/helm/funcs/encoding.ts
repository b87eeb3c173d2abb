/** Sprig's base64/base32 and checksum functions, with Go's strict decoders and error texts. */
import { createHash } from 'node:crypto'
import type { GoValue } from '../../template/value.js'
import { strval } from './fmtv.js'
import { pushAll } from '../../core/arrays.js'

const str = (v: GoValue): string => (typeof v === 'string' ? v : strval(v))
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8')

export const b64enc = (v: GoValue): string => utf8(str(v)).toString('base64')
export const b32enc = (v: GoValue): string => base32Encode(utf8(str(v)))

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const B64_MAP = new Int16Array(256).fill(-1)
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i

export class CorruptInputError extends Error {
  constructor(readonly offset: number) {
    super(`illegal base64 data at input byte ${offset}`)
  }
}

const isNL = (b: number) => b === 10 || b === 13

/** encoding/base64 StdEncoding.DecodeString (padding required, CR/LF ignored). */
export function base64DecodeStrict(src: Uint8Array): Buffer {
  const out: number[] = []
  let si = 0
  while (si < src.length) {
    const dbuf = [0, 0, 0, 0]
    let dlen = 4
    let j = 0
    let trailing: number | undefined
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return Buffer.from(out)
        throw new CorruptInputError(si - j)
      }
      const c = src[si++]
      const d = B64_MAP[c]
      if (d >= 0) {
        dbuf[j] = d
        continue
      }
      if (isNL(c)) {
        j--
        continue
      }
      if (c !== 61) throw new CorruptInputError(si - 1)
      if (j === 0 || j === 1) throw new CorruptInputError(si - 1)
      if (j === 2) {
        while (si < src.length && isNL(src[si])) si++
        if (si === src.length) throw new CorruptInputError(src.length)
        if (src[si] !== 61) throw new CorruptInputError(si - 1)
        si++
      }
      while (si < src.length && isNL(src[si])) si++
      if (si < src.length) trailing = si
      dlen = j
      break
    }
    const val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3]
    const b0 = (val >> 16) & 0xff
    const b1 = (val >> 8) & 0xff
    const b2 = val & 0xff
    if (dlen === 4) out.push(b0, b1, b2)
    else if (dlen === 3) out.push(b0, b1)
    else if (dlen === 2) out.push(b0)
    if (trailing !== undefined) throw new CorruptInputError(trailing)
    if (dlen < 4) break
  }
  return Buffer.from(out)
}

export function b64dec(v: GoValue): string {
  try {
    return base64DecodeStrict(utf8(str(v))).toString('utf8')
  } catch (e) {
    return (e as Error).message
  }
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const B32_MAP = new Int16Array(256).fill(-1)
for (let i = 0; i < 32; i++) B32_MAP[B32.charCodeAt(i)] = i

export function base32Encode(b: Uint8Array): string {
  let out = ''
  for (let i = 0; i < b.length; i += 5) {
    const chunk = b.subarray(i, i + 5)
    let bits = 0n
    for (let k = 0; k < 5; k++) bits = (bits << 8n) | BigInt(chunk[k] ?? 0)
    const nChars = Math.ceil((chunk.length * 8) / 5)
    for (let k = 0; k < 8; k++) {
      out += k < nChars ? B32[Number((bits >> BigInt(35 - 5 * k)) & 31n)] : '='
    }
  }
  return out
}

/** encoding/base32 StdEncoding.DecodeString. */
export function base32DecodeStrict(input: Uint8Array): Buffer {
  const src = Array.from(input).filter((b) => !isNL(b))
  const olen = src.length
  const err = (off: number) => new Error(`illegal base32 data at input byte ${off}`)
  const out: number[] = []
  let p = 0
  let end = false
  while (p < src.length && !end) {
    const dbuf = [0, 0, 0, 0, 0, 0, 0, 0]
    let dlen = 8
    for (let j = 0; j < 8;) {
      const remaining = src.length - p
      if (remaining === 0) throw err(olen - remaining - j)
      const c = src[p++]
      const left = src.length - p
      if (c === 61 && j >= 2 && left < 8) {
        if (left + j < 7) throw err(olen)
        for (let k = 0; k < 7 - j; k++) {
          if (left > k && src[p + k] !== 61) throw err(olen - left + k - 1)
        }
        dlen = j
        end = true
        if (dlen === 1 || dlen === 3 || dlen === 6) throw err(olen - left - 1)
        break
      }
      const d = B32_MAP[c]
      if (d < 0) throw err(olen - left - 1)
      dbuf[j++] = d
    }
    let bits = 0n
    for (const d of dbuf) bits = (bits << 5n) | BigInt(d)
    const bytes = [32, 24, 16, 8, 0].map((s) => Number((bits >> BigInt(s)) & 255n))
    const n = { 8: 5, 7: 4, 5: 3, 4: 2, 2: 1 }[dlen] ?? 0
    pushAll(out, bytes.slice(0, n))
  }
  return Buffer.from(out)
}

export function b32dec(v: GoValue): string {
  try {
    return base32DecodeStrict(utf8(str(v))).toString('utf8')
  } catch (e) {
    return (e as Error).message
  }
}

const hash = (alg: string) => (v: GoValue) =>
  createHash(alg)
    .update(utf8(str(v)))
    .digest('hex')
export const sha1sum = hash('sha1')
export const sha256sum = hash('sha256')
export const sha512sum = hash('sha512')

export function adler32(b: Uint8Array): number {
  let a = 1
  let s = 0
  for (let i = 0; i < b.length; i++) {
    a = (a + b[i]) % 65521
    s = (s + a) % 65521
  }
  return ((s << 16) | a) >>> 0
}

export const adler32sum = (v: GoValue): string => String(adler32(utf8(str(v))))
