/**
 * Go literal syntax as text/template's parser reads it through strconv: Unquote,
 * UnquoteChar, and ParseInt/ParseUint/ParseFloat with base 0 (prefixes, underscores).
 * Errors are thrown as LiteralError carrying Go's message ("invalid syntax").
 */

export class LiteralError extends Error {}

const SYNTAX = 'invalid syntax'

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 102) return c - 87
  if (c >= 65 && c <= 70) return c - 55
  return -1
}

/**
 * strconv.UnquoteChar: decodes one character or escape of s at i.
 * Returns the code point, whether it is a single byte (\x, octal) and the next index.
 */
export function unquoteChar(s: string, i: number, quote: number): [number, boolean, number] {
  const c = s.codePointAt(i)
  if (c === undefined) throw new LiteralError(SYNTAX)
  if (c === quote && (quote === 39 || quote === 34)) throw new LiteralError(SYNTAX)
  if (c !== 92) return [c, false, i + (c > 0xffff ? 2 : 1)]
  if (i + 1 >= s.length) throw new LiteralError(SYNTAX)
  const e = s.charCodeAt(i + 1)
  i += 2
  switch (e) {
    case 97:
      return [7, false, i]
    case 98:
      return [8, false, i]
    case 102:
      return [12, false, i]
    case 110:
      return [10, false, i]
    case 114:
      return [13, false, i]
    case 116:
      return [9, false, i]
    case 118:
      return [11, false, i]
    case 120: // x
    case 117: // u
    case 85: {
      // U
      const n = e === 120 ? 2 : e === 117 ? 4 : 8
      if (s.length - i < n) throw new LiteralError(SYNTAX)
      let v = 0
      for (let j = 0; j < n; j++) {
        const x = hexVal(s.charCodeAt(i + j))
        if (x < 0) throw new LiteralError(SYNTAX)
        v = v * 16 + x
      }
      i += n
      if (e === 120) return [v, true, i]
      if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) throw new LiteralError(SYNTAX)
      return [v, false, i]
    }
    case 48:
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55: {
      let v = e - 48
      if (s.length - i < 2) throw new LiteralError(SYNTAX)
      for (let j = 0; j < 2; j++) {
        const x = s.charCodeAt(i + j) - 48
        if (x < 0 || x > 7) throw new LiteralError(SYNTAX)
        v = v * 8 + x
      }
      i += 2
      if (v > 255) throw new LiteralError(SYNTAX)
      return [v, true, i]
    }
    case 92:
      return [92, false, i]
    case 39:
    case 34:
      if (e !== quote) throw new LiteralError(SYNTAX)
      return [e, false, i]
    default:
      throw new LiteralError(SYNTAX)
  }
}

/** strconv.Unquote for "..." and `...` literals. Raw bytes from \x or octal escapes are decoded as UTF-8. */
export function unquote(q: string): string {
  const n = q.length
  if (n < 2) throw new LiteralError(SYNTAX)
  const quote = q.charCodeAt(0)
  if (quote !== q.charCodeAt(n - 1)) throw new LiteralError(SYNTAX)
  const body = q.slice(1, n - 1)
  if (quote === 96) {
    if (body.includes('`')) throw new LiteralError(SYNTAX)
    return body.includes('\r') ? body.replace(/\r/g, '') : body
  }
  if (quote !== 34 && quote !== 39) throw new LiteralError(SYNTAX)
  if (body.includes('\n')) throw new LiteralError(SYNTAX)
  if (!body.includes('\\') && !body.includes(String.fromCharCode(quote))) {
    if (quote === 34) return body
  }
  const bytes: number[] = []
  let sawByte = false
  let out = ''
  let i = 0
  while (i < body.length) {
    const [r, isByte, next] = unquoteChar(body, i, quote)
    i = next
    if (isByte) {
      bytes.push(r)
      sawByte = true
      continue
    }
    if (bytes.length > 0) {
      out += Buffer.from(bytes).toString('utf8')
      bytes.length = 0
    }
    out += String.fromCodePoint(r)
    if (quote === 39 && i < body.length) throw new LiteralError(SYNTAX)
  }
  if (bytes.length > 0) out += Buffer.from(bytes).toString('utf8')
  void sawByte
  return out
}

const INT64_MIN = -(1n << 63n)
const INT64_MAX = (1n << 63n) - 1n
const UINT64_MAX = (1n << 64n) - 1n

function lower(c: number): number {
  return c | 0x20
}

/** strconv's underscoreOK: underscores only between digits (or after a base prefix). */
export function underscoreOK(s: string): boolean {
  let saw = '^'
  let i = 0
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1)
  let hex = false
  if (
    s.length >= 2 &&
    s[0] === '0' &&
    (lower(s.charCodeAt(1)) === 98 ||
      lower(s.charCodeAt(1)) === 111 ||
      lower(s.charCodeAt(1)) === 120)
  ) {
    i = 2
    saw = '0'
    hex = lower(s.charCodeAt(1)) === 120
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 48 && c <= 57) || (hex && lower(c) >= 97 && lower(c) <= 102)) {
      saw = '0'
      continue
    }
    if (c === 95) {
      if (saw !== '0') return false
      saw = '_'
      continue
    }
    if (saw === '_') return false
    saw = '!'
  }
  return saw !== '_'
}

/** strconv.ParseUint(s, 0, 64); undefined on any error. */
export function parseUint(s0: string): bigint | undefined {
  if (s0.length === 0) return undefined
  let s = s0
  let base = 10
  if (s[0] === '0') {
    if (s.length >= 3 && lower(s.charCodeAt(1)) === 98) {
      base = 2
      s = s.slice(2)
    } else if (s.length >= 3 && lower(s.charCodeAt(1)) === 111) {
      base = 8
      s = s.slice(2)
    } else if (s.length >= 3 && lower(s.charCodeAt(1)) === 120) {
      base = 16
      s = s.slice(2)
    } else {
      base = 8
      s = s.slice(1)
    }
  }
  let n = 0n
  let underscores = false
  const b = BigInt(base)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 95) {
      underscores = true
      continue
    }
    let d: number
    if (c >= 48 && c <= 57) d = c - 48
    else if (lower(c) >= 97 && lower(c) <= 122) d = lower(c) - 87
    else return undefined
    if (d >= base) return undefined
    n = n * b + BigInt(d)
    if (n > UINT64_MAX) return undefined
  }
  if (underscores && !underscoreOK(s0)) return undefined
  return n
}

/** strconv.ParseInt(s, 0, 64); undefined on any error. */
export function parseInt64(s: string): bigint | undefined {
  if (s.length === 0) return undefined
  let neg = false
  let body = s
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-'
    body = s.slice(1)
  }
  const u = parseUint(body)
  if (u === undefined) return undefined
  const v = neg ? -u : u
  if (v < INT64_MIN || v > INT64_MAX) return undefined
  return v
}

const decimalFloat = /^[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]+)?$/
const hexFloat = /^0[xX]([0-9a-fA-F_]*)(\.([0-9a-fA-F_]*))?[pP]([+-]?[0-9_]+)$/

/** strconv.ParseFloat(s, 64) for the literal forms the lexer produces; undefined on error. */
export function parseFloat64(s0: string): number | undefined {
  let s = s0
  let neg = false
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  if (s.includes('_') && !underscoreOK(s)) return undefined
  let v: number
  const hm = hexFloat.exec(s)
  if (hm) {
    const intPart = hm[1].replace(/_/g, '')
    const frac = (hm[3] ?? '').replace(/_/g, '')
    if (intPart.length + frac.length === 0) return undefined
    const mant = BigInt('0x' + (intPart + frac || '0'))
    const exp = Number(hm[4].replace(/_/g, '')) - 4 * frac.length
    v = scaleByPow2(mant, exp)
  } else {
    if (!decimalFloat.test(s)) return undefined
    const clean = s.replace(/_/g, '')
    if (!/[0-9]/.test(clean.split(/[eE]/)[0])) return undefined
    v = Number(clean)
    if (Number.isNaN(v)) return undefined
  }
  if (!Number.isFinite(v)) return undefined
  return neg ? -v : v
}

/** mant * 2^exp rounded once to float64. */
function scaleByPow2(mant: bigint, exp: number): number {
  if (mant === 0n) return 0
  // Keep 64 significant bits plus a sticky bit so the single rounding below is exact.
  const bits = mant.toString(2).length
  let m = mant
  let e = exp
  if (bits > 64) {
    const shift = bits - 64
    const sticky = (m & ((1n << BigInt(shift)) - 1n)) !== 0n ? 1n : 0n
    m = (m >> BigInt(shift)) | sticky
    e += shift
  }
  // The exponent of the leading bit decides whether the result is subnormal.
  const top = e + m.toString(2).length - 1
  if (top < -1022) {
    // Subnormal: round to a multiple of 2^-1074 explicitly.
    const shift = -1074 - e
    if (shift > 0) {
      const half = 1n << BigInt(shift - 1)
      const rem = m & ((1n << BigInt(shift)) - 1n)
      let q = m >> BigInt(shift)
      if (rem > half || (rem === half && (q & 1n) === 1n)) q++
      return Number(q) * 2 ** -1074
    }
  }
  // Scaling by powers of two is exact for normal results; split it so no factor underflows.
  let x = Number(m)
  while (e > 1000) {
    x *= 2 ** 1000
    e -= 1000
  }
  while (e < -1000) {
    x *= 2 ** -1000
    e += 1000
  }
  return x * 2 ** e
}
