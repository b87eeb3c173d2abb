/**
 * spf13/cast conversions as Sprig v3.3.0 uses them (ToInt64, ToInt, ToFloat64:
 * errors swallowed to 0), and Go's strconv number parsing they rest on.
 */
import { goTypeName as engineTypeName } from '../../template/fmt.js'
import { underscoreOK } from '../../template/literals.js'
import { GoInt, GoStruct, GoTime } from '../../template/value.js'
import type { GoIntKind, GoValue } from '../../template/value.js'

/**
 * Whether results keep Go's integer kind (int64 from add/sub/..., uint64 from
 * semver's Major) as GoInt. Until the template engine formats and compares GoInt,
 * they are plain bigint (Go int): printing and comparisons stay right, only %T,
 * typeOf/kindIs and DeepEqual lose the kind. Detected from the engine's %T.
 */
let keepIntKinds = engineTypeName(new GoInt(1n, 'int64')) === 'int64'

export function setGoIntKinds(on: boolean): void {
  keepIntKinds = on
}

export function goIntKindsEnabled(): boolean {
  return keepIntKinds
}

/** A Go integer of the given kind (plain bigint when kinds are off). */
export function intOfKind(v: bigint, kind: GoIntKind): GoValue {
  return keepIntKinds ? new GoInt(v, kind) : v
}

const MIN_INT64 = -(1n << 63n)

/** Go's int64(f) on amd64: truncation; NaN and out-of-range give MinInt64. */
export function floatToInt64(f: number): bigint {
  if (!Number.isFinite(f) || f >= 2 ** 63 || f < -(2 ** 63)) return MIN_INT64
  return BigInt(Math.trunc(f))
}

export function int64(v: bigint): GoValue {
  return intOfKind(BigInt.asIntN(64, v), 'int64')
}

/** Go int (64-bit) as a plain bigint. */
export function goInt(v: bigint): bigint {
  return BigInt.asIntN(64, v)
}

const DIGITS = /^[0-9a-zA-Z]$/

/** strconv.ParseInt(s, 0, 64); undefined on any error (range included). */
export function parseIntBase0(s: string): bigint | undefined {
  let t = s
  let neg = false
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-'
    t = t.slice(1)
  }
  if (t === '') return undefined
  let base = 10
  let prefixed = false
  if (t[0] === '0' && t.length > 1) {
    const p = t[1].toLowerCase()
    if (p === 'x' || p === 'b' || p === 'o') {
      base = p === 'x' ? 16 : p === 'b' ? 2 : 8
      t = t.slice(2)
      prefixed = true
    } else {
      base = 8
      t = t.slice(1)
      prefixed = true
    }
  }
  // Underscores are allowed only with base 0 between digits (Go literal syntax).
  if (t.includes('_')) {
    if (!underscoreOK((neg ? '-' : '') + s.replace(/^[+-]/, ''))) return undefined
    t = t.replace(/_/g, '')
  }
  if (t === '') return prefixed && base === 8 ? 0n : undefined
  let n = 0n
  const b = BigInt(base)
  for (const ch of t) {
    if (!DIGITS.test(ch)) return undefined
    const d = parseInt(ch, 36)
    if (d >= base) return undefined
    n = n * b + BigInt(d)
  }
  if (neg) n = -n
  if (n > (1n << 63n) - 1n || n < MIN_INT64) return undefined
  return n
}

/** strconv.ParseFloat(s, 64); undefined on syntax error. Out of range gives ±Inf (Go errs there too). */
export function parseGoFloat(s: string): number | undefined {
  const lower = s.toLowerCase()
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(lower)
  if (m) {
    if (m[2] === 'nan') return m[1] === '' ? NaN : undefined
    return m[1] === '-' ? -Infinity : Infinity
  }
  let t = s
  if (t.includes('_')) {
    if (!underscoreOK(t)) return undefined
    t = t.replace(/_/g, '')
  }
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(t)
  if (hex) {
    const [, sign, ip, fp = '', exp] = hex
    if (ip === '' && fp === '') return undefined
    const mant = BigInt('0x' + (ip + fp || '0'))
    const e = Number(exp) - 4 * fp.length
    const v = Number(mant) * 2 ** e
    return sign === '-' ? -v : v
  }
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(t)) return undefined
  const v = Number(t)
  if (Number.isNaN(v)) return undefined
  return v
}

/** cast's trimZeroDecimal: "8.00" -> "8" so that ParseInt accepts it. */
function trimZeroDecimal(s: string): string {
  let foundZero = false
  for (let i = s.length; i > 0; i--) {
    const c = s[i - 1]
    if (c === '.') {
      if (foundZero) return s.slice(0, i - 1)
    } else if (c === '0') foundZero = true
    else return s
  }
  return s
}

/** cast.ToInt64E; undefined where cast returns an error. */
export function castInt64(v: GoValue): bigint | undefined {
  if (v === null) return 0n
  switch (typeof v) {
    case 'bigint':
      return v
    case 'number':
      return floatToInt64(v)
    case 'boolean':
      return v ? 1n : 0n
    case 'string':
      return parseIntBase0(trimZeroDecimal(v))
  }
  if (v instanceof GoInt) return BigInt.asIntN(64, v.value)
  return undefined
}

/** cast.ToInt64 (errors give 0). */
export function toInt64(v: GoValue): bigint {
  return castInt64(v) ?? 0n
}

/** cast.ToInt (errors give 0); Go int is 64-bit. */
export function toInt(v: GoValue): bigint {
  return castInt64(v) ?? 0n
}

/** cast.ToFloat64E; undefined where cast returns an error. */
export function castFloat64(v: GoValue): number | undefined {
  if (v === null) return 0
  switch (typeof v) {
    case 'number':
      return v
    case 'bigint':
      return Number(v)
    case 'boolean':
      return v ? 1 : 0
    case 'string': {
      const f = parseGoFloat(v)
      if (f === undefined || (!Number.isFinite(f) && !/inf|nan/i.test(v))) return undefined
      return f
    }
  }
  if (v instanceof GoInt) return Number(v.value)
  if (v instanceof GoStruct || v instanceof GoTime) return undefined
  return undefined
}

export function toFloat64(v: GoValue): number {
  return castFloat64(v) ?? 0
}

/** A Go integer value of any kind as bigint (int params receive these). */
export function intArg(v: GoValue): bigint {
  if (typeof v === 'bigint') return v
  if (v instanceof GoInt) return v.value
  if (typeof v === 'number') return floatToInt64(v)
  return 0n
}

/** An int argument as a JS number, for lengths and counts. */
export function intNum(v: GoValue): number {
  return Number(intArg(v))
}
