/**
 * The parts of Go's strconv that fmt and the template engine print through:
 * FormatFloat (bitSize 64) with Go's digit selection and rounding, and Quote and friends.
 *
 * Shortest formatting takes its digits from JavaScript, whose Number-to-string conversion
 * yields the same shortest round-trip digits Go does. Fixed precision works on the exact
 * binary value as a decimal (BigInt), rounding half to even on exact ties like Go's
 * decimal rounding, which JavaScript's toFixed/toPrecision do not do.
 */

/** A decimal digit string with the decimal point `dp` digits from its start. */
interface Decimal {
  d: string
  dp: number
}

const f64 = new Float64Array(1)
const u64 = new BigUint64Array(f64.buffer)

/** Mantissa (with the implicit bit) and the binary exponent so that |x| = mant * 2^exp. */
function decompose(x: number): { mant: bigint; exp: number; neg: boolean; rawExp: number } {
  f64[0] = x
  const bits = u64[0]
  const neg = bits >> 63n === 1n
  const rawExp = Number((bits >> 52n) & 0x7ffn)
  let mant = bits & 0xfffffffffffffn
  let exp: number
  if (rawExp === 0) {
    exp = 1 - 1023 - 52
  } else {
    mant |= 1n << 52n
    exp = rawExp - 1023 - 52
  }
  return { mant, exp, neg, rawExp }
}

/** The exact decimal value of |x| with trailing zeros removed. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 }
  const { mant, exp } = decompose(x)
  let digits: string
  let dp: number
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString()
    dp = digits.length
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString()
    dp = digits.length + exp
  }
  return { d: trimZeros(digits), dp }
}

/** The shortest digits that read back as x (what Go's shortest mode selects). */
function shortestDecimal(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 }
  const s = Math.abs(x).toExponential()
  const e = s.indexOf('e')
  const mant = s.slice(0, e).replace('.', '')
  return { d: trimZeros(mant), dp: Number(s.slice(e + 1)) + 1 }
}

function trimZeros(s: string): string {
  let n = s.length
  while (n > 0 && s.charCodeAt(n - 1) === 48) n--
  return n === s.length ? s : s.slice(0, n)
}

/** Go's decimal.Round to nd digits: half to even on exact ties (never up at nd = 0). */
function roundDecimal(a: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= a.d.length) {
    if (nd < 0) return { d: '', dp: 0 }
    return a
  }
  let up: boolean
  const c = a.d.charCodeAt(nd)
  if (c === 53 && nd + 1 === a.d.length) {
    up = nd > 0 && (a.d.charCodeAt(nd - 1) - 48) % 2 === 1
  } else {
    up = c >= 53
  }
  if (!up) {
    const d = trimZeros(a.d.slice(0, nd))
    return { d, dp: d.length === 0 ? 0 : a.dp }
  }
  let i = nd - 1
  while (i >= 0 && a.d.charCodeAt(i) === 57) i--
  if (i < 0) return { d: '1', dp: a.dp + 1 }
  return { d: a.d.slice(0, i) + String.fromCharCode(a.d.charCodeAt(i) + 1), dp: a.dp }
}

function fmtE(neg: boolean, digs: Decimal, prec: number, fmt: string): string {
  let s = neg ? '-' : ''
  s += digs.d.length === 0 ? '0' : digs.d[0]
  if (prec > 0) {
    s += '.'
    let frac = digs.d.slice(1, 1 + prec)
    if (frac.length < prec) frac += '0'.repeat(prec - frac.length)
    s += frac
  }
  s += fmt
  let exp = digs.d.length === 0 ? 0 : digs.dp - 1
  if (exp < 0) {
    s += '-'
    exp = -exp
  } else {
    s += '+'
  }
  s += exp < 10 ? '0' + exp : String(exp)
  return s
}

function fmtF(neg: boolean, digs: Decimal, prec: number): string {
  let s = neg ? '-' : ''
  if (digs.dp > 0) {
    let m = Math.min(digs.d.length, digs.dp)
    s += digs.d.slice(0, m)
    for (; m < digs.dp; m++) s += '0'
  } else {
    s += '0'
  }
  if (prec > 0) {
    s += '.'
    for (let i = 1; i <= prec; i++) {
      const j = digs.dp + i - 1
      s += j >= 0 && j < digs.d.length ? digs.d[j] : '0'
    }
  }
  return s
}

function fmtB(neg: boolean, x: number): string {
  const { mant, exp, rawExp } = decompose(x)
  const m = rawExp === 0 && mant === 0n ? 0n : mant
  return (neg ? '-' : '') + m.toString() + 'p' + (exp >= 0 ? '+' : '') + String(exp)
}

function fmtX(neg: boolean, x: number, prec: number, fmt: 'x' | 'X'): string {
  const { mant: m0, exp: e0 } = decompose(x)
  let mant = m0
  // Exponent of the leading bit once the mantissa is normalised at bit 60.
  let exp = mant === 0n ? 0 : e0 + 52
  mant <<= 8n
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n
    exp--
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4)
    const extra = (mant << shift) & ((1n << 60n) - 1n)
    mant >>= 60n - shift
    if ((extra | (mant & 1n)) > 1n << 59n) mant++
    mant <<= 60n - shift
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n
      exp++
    }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef'
  let s = (neg ? '-' : '') + '0' + fmt + String(Number((mant >> 60n) & 1n))
  mant = (mant << 4n) & ((1n << 64n) - 1n)
  if (prec < 0 && mant !== 0n) {
    s += '.'
    while (mant !== 0n) {
      s += hex[Number((mant >> 60n) & 15n)]
      mant = (mant << 4n) & ((1n << 64n) - 1n)
    }
  } else if (prec > 0) {
    s += '.'
    for (let i = 0; i < prec; i++) {
      s += hex[Number((mant >> 60n) & 15n)]
      mant = (mant << 4n) & ((1n << 64n) - 1n)
    }
  }
  s += fmt === 'X' ? 'P' : 'p'
  if (exp < 0) {
    s += '-'
    exp = -exp
  } else {
    s += '+'
  }
  s += exp < 10 ? '0' + exp : String(exp)
  return s
}

export type FloatFormat = 'b' | 'e' | 'E' | 'f' | 'g' | 'G' | 'x' | 'X'

/** strconv.FormatFloat(x, fmt, prec, 64); prec < 0 selects the shortest representation. */
export function formatFloat(x: number, fmt: FloatFormat, prec: number): string {
  if (x !== x) return 'NaN'
  if (x === Infinity) return '+Inf'
  if (x === -Infinity) return '-Inf'
  const neg = x < 0 || Object.is(x, -0)
  if (fmt === 'b') return fmtB(neg, x)
  if (fmt === 'x' || fmt === 'X') return fmtX(neg, x, prec, fmt)
  const shortest = prec < 0
  let digs: Decimal
  if (shortest) {
    digs = shortestDecimal(x)
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(digs.d.length - 1, 0)
        break
      case 'f':
        prec = Math.max(digs.d.length - digs.dp, 0)
        break
      default:
        prec = digs.d.length
    }
  } else {
    const exact = exactDecimal(x)
    switch (fmt) {
      case 'e':
      case 'E':
        digs = roundDecimal(exact, prec + 1)
        break
      case 'f':
        digs = roundDecimal(exact, exact.dp + prec)
        break
      default:
        if (prec === 0) prec = 1
        digs = roundDecimal(exact, prec)
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, digs, prec, fmt)
    case 'f':
      return fmtF(neg, digs, prec)
  }
  // %g / %G
  let eprec = prec
  const nd = digs.d.length
  if (eprec > nd && nd >= digs.dp) eprec = nd
  if (shortest) eprec = 6
  const exp = digs.dp - 1
  if (exp < -4 || exp >= eprec) {
    if (prec > nd) prec = nd
    return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E')
  }
  if (prec > digs.dp) prec = nd
  return fmtF(neg, digs, Math.max(prec - digs.dp, 0))
}

// ---- quoting ---------------------------------------------------------------------------

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u
const graphicExtra = /^[\p{Zs}]$/u

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x7f) return r >= 0x20
  if (r < 0xa1) return false
  return printable.test(String.fromCodePoint(r))
}

/** strconv.IsGraphic: IsPrint plus the Unicode space separators. */
export function isGraphic(r: number): boolean {
  return isPrint(r) || (r >= 0x80 && graphicExtra.test(String.fromCodePoint(r)))
}

const lowerhex = '0123456789abcdef'

function hexPad(r: number, n: number): string {
  let s = r.toString(16)
  while (s.length < n) s = '0' + s
  return s
}

function escapeRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 92) return '\\' + String.fromCodePoint(r)
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r)
  } else if (isPrint(r)) {
    return String.fromCodePoint(r)
  }
  switch (r) {
    case 7:
      return '\\a'
    case 8:
      return '\\b'
    case 12:
      return '\\f'
    case 10:
      return '\\n'
    case 13:
      return '\\r'
    case 9:
      return '\\t'
    case 11:
      return '\\v'
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + lowerhex[r >> 4] + lowerhex[r & 15]
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd
  if (r < 0x10000) return '\\u' + hexPad(r, 4)
  return '\\U' + hexPad(r, 8)
}

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  const q = String.fromCharCode(quote)
  // Fast path: printable ASCII without quotes or backslashes needs no escaping.
  let simple = true
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || c >= 0x7f || c === quote || c === 92) {
      simple = false
      break
    }
  }
  if (simple) return q + s + q
  let out = q
  for (let i = 0; i < s.length; i++) {
    const r = s.codePointAt(i)!
    if (r > 0xffff) i++
    out += escapeRune(r, quote, asciiOnly)
  }
  return out + q
}

/** strconv.Quote */
export function quote(s: string): string {
  return quoteWith(s, 34, false)
}

/** strconv.QuoteToASCII */
export function quoteToASCII(s: string): string {
  return quoteWith(s, 34, true)
}

/** strconv.QuoteRune (asciiOnly: QuoteRuneToASCII). Invalid code points become U+FFFD. */
export function quoteRune(r: number, asciiOnly = false): string {
  if (r > 0x10ffff || r < 0 || (r >= 0xd800 && r < 0xe000)) r = 0xfffd
  return "'" + escapeRune(r, 39, asciiOnly) + "'"
}

/** strconv.CanBackquote */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 0x20 && c !== 9) || c === 0x60 || c === 0x7f || c === 0xfeff) return false
    if (c >= 0xd800 && c < 0xdc00) {
      const d = s.charCodeAt(i + 1)
      if (!(d >= 0xdc00 && d < 0xe000)) return false
      i++
    } else if (c >= 0xdc00 && c < 0xe000) {
      return false
    }
  }
  return true
}

/** Number of Unicode code points (Go's utf8.RuneCountInString for valid text). */
export function runeCount(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d < 0xe000) {
        n--
        i++
      }
    }
  }
  return n
}

/** Length of s in UTF-8 bytes (Go's len(s)). */
export function utf8Length(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) n += 1
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d < 0xe000) {
        n += 2
        i++
        continue
      }
      n += 2
    } else n += 2
  }
  return n
}
