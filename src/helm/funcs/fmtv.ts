/**
 * The slice of Go's fmt that Sprig leans on: %v (fmt.Sprint of one value), %q and
 * strconv float formatting. Sprig converts with fmt.Sprintf("%v") in toString,
 * cat, dict keys, join, squote, toDecimal; quote is %q over that string.
 */
import { GoInt, GoStruct, GoTime } from '../../template/value.js'
import type { GoValue } from '../../template/value.js'
import { formatGoTime } from './gotime.js'
import { mapKeys, sliceTypeName } from './types.js'

/** Shortest decimal digits and decimal-point position of a finite non-zero |x|. */
function shortestDigits(x: number): { digits: string; dp: number } {
  const s = Math.abs(x).toExponential()
  const e = s.indexOf('e')
  const digits = s.slice(0, e).replace('.', '')
  return { digits, dp: Number(s.slice(e + 1)) + 1 }
}

function expSuffix(exp: number): string {
  const a = Math.abs(exp)
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a))
}

/** strconv.FormatFloat(x, 'g', -1, 64): what %v prints for a float64. */
export function formatFloatG(x: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (x === Infinity) return '+Inf'
  if (x === -Infinity) return '-Inf'
  if (x === 0) return Object.is(x, -0) ? '-0' : '0'
  const sign = x < 0 ? '-' : ''
  const { digits, dp } = shortestDigits(x)
  const nd = digits.length
  let eprec = 6
  if (eprec > nd && nd >= dp) eprec = nd
  const exp = dp - 1
  if (exp < -4 || exp >= eprec) {
    const m = nd > 1 ? digits[0] + '.' + digits.slice(1) : digits
    return sign + m + expSuffix(exp)
  }
  return sign + fixedFromDigits(digits, dp)
}

function fixedFromDigits(digits: string, dp: number): string {
  if (dp <= 0) return '0.' + '0'.repeat(-dp) + digits
  if (dp >= digits.length) return digits + '0'.repeat(dp - digits.length)
  return digits.slice(0, dp) + '.' + digits.slice(dp)
}

/** strconv.FormatFloat(x, 'f', -1, 64). */
export function formatFloatF(x: number): string {
  if (!Number.isFinite(x)) return formatFloatG(x)
  if (x === 0) return Object.is(x, -0) ? '-0' : '0'
  const { digits, dp } = shortestDigits(x)
  return (x < 0 ? '-' : '') + fixedFromDigits(digits, dp)
}

/** strconv.FormatFloat(x, 'e', -1, 64). */
export function formatFloatE(x: number): string {
  if (!Number.isFinite(x)) return formatFloatG(x)
  if (x === 0) return (Object.is(x, -0) ? '-' : '') + '0e+00'
  const { digits, dp } = shortestDigits(x)
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits
  return (x < 0 ? '-' : '') + m + expSuffix(dp - 1)
}

const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u

/** strconv.Quote: what %q prints for a string. */
export function quoteGo(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    switch (ch) {
      case '"':
        out += '\\"'
        continue
      case '\\':
        out += '\\\\'
        continue
      case '\x07':
        out += '\\a'
        continue
      case '\b':
        out += '\\b'
        continue
      case '\f':
        out += '\\f'
        continue
      case '\n':
        out += '\\n'
        continue
      case '\r':
        out += '\\r'
        continue
      case '\t':
        out += '\\t'
        continue
      case '\v':
        out += '\\v'
        continue
    }
    if (c === 0x20 || (c > 0x7e && PRINTABLE.test(ch)) || (c > 0x20 && c < 0x7f)) {
      out += ch
    } else if (c < 0x20 || c === 0x7f) {
      out += '\\x' + c.toString(16).padStart(2, '0')
    } else if (c === 0xfffd) {
      out += '\ufffd'
    } else if (c < 0x10000) {
      out += '\\u' + c.toString(16).padStart(4, '0')
    } else {
      out += '\\U' + c.toString(16).padStart(8, '0')
    }
  }
  return out + '"'
}

/** A struct's String method, when it has one (fmt's Stringer). */
export function stringerOf(v: GoStruct): (() => GoValue) | undefined {
  const m = v.methods.String
  return m ? () => m() : undefined
}

/** fmt.Sprint(v) / fmt.Sprintf("%v", v). */
export function formatV(v: GoValue, nested = false): string {
  if (v === null) return '<nil>'
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false'
    case 'number':
      return formatFloatG(v)
    case 'bigint':
      return v.toString()
    case 'string':
      return v
    case 'function':
      return '0x0'
  }
  if (Array.isArray(v)) {
    if (sliceTypeName(v) === '[]uint8') return '[' + v.map((x) => formatV(x, true)).join(' ') + ']'
    return '[' + v.map((x) => formatV(x, true)).join(' ') + ']'
  }
  if (v instanceof Uint8Array) return '[' + Array.from(v).join(' ') + ']'
  if (v instanceof GoInt) return v.value.toString()
  if (v instanceof GoTime) return formatGoTime(v, '2006-01-02 15:04:05.999999999 -0700 MST')
  if (v instanceof GoStruct) {
    const s = stringerOf(v)
    if (s) return String(s())
    const body = '{' + v.fieldOrder.map((k) => formatV(v.fields[k] ?? null, true)).join(' ') + '}'
    return v.typeName.startsWith('*') && !nested ? '&' + body : body
  }
  return (
    'map[' +
    mapKeys(v)
      .map((k) => k + ':' + formatV(v[k], true))
      .join(' ') +
    ']'
  )
}

/** Sprig's strval: strings and []byte as text, Stringers through String(), else %v. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8')
  return formatV(v)
}
