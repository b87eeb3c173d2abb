/**
 * Plain-scalar resolution as go-yaml does it (go.yaml.in/yaml v2.4 for toYaml and
 * fromYaml, v3.0 for toYamlPretty). The encoders ask it whether a string would read back
 * as something else when written plain (then they quote it); the decoder asks it what a
 * plain scalar means. Go's strconv syntax (base prefixes, underscores, range errors) and
 * time.Parse's field rules decide, so the edges are Go's, not YAML 1.1's regexes.
 */
import { underscoreOK } from '../../template/literals.js'

export type ResolvedTag = 'null' | 'bool' | 'int' | 'float' | 'str' | 'timestamp' | 'merge'

export interface Resolved {
  tag: ResolvedTag
  /** bigint for ints (int64 or uint64 range), number for floats, boolean, null or string. */
  value: null | boolean | bigint | number | string
}

const nulls = new Set(['', '~', 'null', 'Null', 'NULL'])
const v2True = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
const v2False = new Set([
  'n',
  'N',
  'no',
  'No',
  'NO',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
])
const v3True = new Set(['true', 'True', 'TRUE'])
const v3False = new Set(['false', 'False', 'FALSE'])
const oldBools = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'on',
  'On',
  'ON',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'off',
  'Off',
  'OFF',
])
const nans = new Set(['.nan', '.NaN', '.NAN'])
const posInfs = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'])
const negInfs = new Set(['-.inf', '-.Inf', '-.INF'])

const MAX_INT64 = (1n << 63n) - 1n
const MAX_UINT64 = (1n << 64n) - 1n

const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
const base60float = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/

/** What a plain scalar resolves to with no explicit tag; `v3` selects go-yaml v3's table. */
export function resolvePlain(s: string, v3 = false): Resolved {
  if (s === '') return { tag: 'null', value: null }
  const c = s.charCodeAt(0)
  // The first byte decides which rules apply at all (go-yaml's resolveTable hint).
  const isDigit = c >= 0x30 && c <= 0x39
  const isSign = c === 0x2b || c === 0x2d
  const inMap = 'yYnNtTfFoO~'.includes(s[0])
  const isDot = c === 0x2e
  if (!isDigit && !isSign && !inMap && !isDot) return { tag: 'str', value: s }
  if (nulls.has(s)) return { tag: 'null', value: null }
  if (v3 ? v3True.has(s) : v2True.has(s)) return { tag: 'bool', value: true }
  if (v3 ? v3False.has(s) : v2False.has(s)) return { tag: 'bool', value: false }
  if (nans.has(s)) return { tag: 'float', value: NaN }
  if (posInfs.has(s)) return { tag: 'float', value: Infinity }
  if (negInfs.has(s)) return { tag: 'float', value: -Infinity }
  if (s === '<<') return { tag: 'merge', value: s }
  if (isDot) {
    const f = parseGoFloatSyntax(s)
    if (f !== undefined) return { tag: 'float', value: f }
    return { tag: 'str', value: s }
  }
  if (!isDigit && !isSign) return { tag: 'str', value: s }
  if (isGoTimestamp(s)) return { tag: 'timestamp', value: s }
  const plain = s.replace(/_/g, '')
  const i = parseGoInt(plain)
  if (typeof i === 'bigint') return { tag: 'int', value: i }
  const u = parseGoUint(plain)
  if (typeof u === 'bigint') return { tag: 'int', value: u }
  if (yamlStyleFloat.test(plain)) {
    const f = Number(plain)
    if (Number.isFinite(f)) return { tag: 'float', value: f }
  }
  const bin = binaryInt(plain, v3)
  if (bin !== undefined) return { tag: 'int', value: bin }
  return { tag: 'str', value: s }
}

/** go-yaml's `0b`/`-0b` (and in v3 `0o`/`-0o`) fallbacks after the base-0 parse failed. */
function binaryInt(plain: string, v3: boolean): bigint | undefined {
  const prefixes: [string, number][] = v3
    ? [
        ['0b', 2],
        ['0o', 8],
      ]
    : [['0b', 2]]
  for (const [p, base] of prefixes) {
    if (plain.startsWith(p)) {
      const v = parseDigits(plain.slice(2), base)
      if (v !== undefined && v <= MAX_UINT64) return v
      return undefined
    }
    if (plain.startsWith('-' + p)) {
      const v = parseDigits(plain.slice(3), base)
      if (v !== undefined && v <= MAX_INT64 + 1n) return -v
      return undefined
    }
  }
  return undefined
}

function parseDigits(s: string, base: number): bigint | undefined {
  if (s === '') return undefined
  let v = 0n
  const b = BigInt(base)
  for (let i = 0; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i))
    if (d >= base) return undefined
    v = v * b + BigInt(d)
  }
  return v
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  const l = c | 0x20
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10
  return 99
}

/** strconv.ParseUint(s, 0, 64) without underscores: the value, or why it failed. */
export function parseGoUint(s: string): bigint | 'syntax' | 'range' {
  if (s === '') return 'syntax'
  let base = 10
  let body = s
  if (s[0] === '0') {
    const p = s.length >= 3 ? s[1].toLowerCase() : ''
    if (p === 'b') base = 2
    else if (p === 'o') base = 8
    else if (p === 'x') base = 16
    else base = 8
    body = base === 8 && p !== 'o' ? s.slice(1) : s.slice(2)
  }
  let v = 0n
  const b = BigInt(base)
  let overflow = false
  for (let i = 0; i < body.length; i++) {
    const d = digitValue(body.charCodeAt(i))
    if (d >= base) return 'syntax'
    if (!overflow) {
      v = v * b + BigInt(d)
      if (v > MAX_UINT64) overflow = true
    }
  }
  return overflow ? 'range' : v
}

/** strconv.ParseInt(s, 0, 64) without underscores. */
export function parseGoInt(s: string): bigint | 'syntax' | 'range' {
  if (s === '') return 'syntax'
  let neg = false
  let body = s
  if (s[0] === '+') body = s.slice(1)
  else if (s[0] === '-') {
    neg = true
    body = s.slice(1)
  }
  const u = parseGoUint(body)
  if (u === 'syntax') return u
  if (u === 'range') return 'range'
  if (!neg && u > MAX_INT64) return 'range'
  if (neg && u > MAX_INT64 + 1n) return 'range'
  return neg ? -u : u
}

/**
 * strconv.ParseFloat(s, 64) for the inputs go-yaml hands it unfiltered (those starting
 * with '.'): Go's decimal float syntax with digit-separating underscores. Undefined when
 * Go reports an error (syntax, or overflow to infinity).
 */
export function parseGoFloatSyntax(s: string): number | undefined {
  const m = /^([-+]?)([0-9_]*(?:\.[0-9_]*)?)(?:([eE])([-+]?)([0-9][0-9_]*))?$/.exec(s)
  if (!m) return undefined
  if (!/[0-9]/.test(m[2])) return undefined
  if (s.includes('_') && !underscoreOK(s)) return undefined
  const f = Number(s.replace(/_/g, ''))
  if (!Number.isFinite(f)) return undefined
  return f
}

/** YAML 1.1 sexagesimal numbers, which go-yaml quotes on output for older readers. */
export function isBase60Float(s: string): boolean {
  if (s === '') return false
  const c = s[0]
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false
  return base60float.test(s)
}

/** YAML 1.1 booleans that go-yaml v3 no longer reads as bools but still quotes. */
export function isOldBool(s: string): boolean {
  return oldBools.has(s)
}

// ---- timestamps -------------------------------------------------------------------------

/**
 * go-yaml's parseTimestamp: a value time.Parse accepts with one of the layouts
 * "2006-1-2T15:4:5.999999999Z07:00", the same with 't', "2006-1-2 15:4:5.999999999"
 * and "2006-1-2". Go validates month, day-of-month, hour, minute and second ranges.
 */
export function isGoTimestamp(s: string): boolean {
  let i = 0
  while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++
  if (i !== 4 || i === s.length || s[i] !== '-') return false
  return (
    parseLayout(s, 'T', true) ||
    parseLayout(s, 't', true) ||
    parseLayout(s, ' ', false) ||
    parseDate(s) !== undefined
  )
}

class Cursor {
  constructor(
    public s: string,
    public i = 0,
  ) {}
  get rest(): string {
    return this.s.slice(this.i)
  }
}

function isDigitAt(s: string, i: number): boolean {
  return i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39
}

/** time's getnum with fixed=false: one or two digits. */
function getnum(c: Cursor): number | undefined {
  if (!isDigitAt(c.s, c.i)) return undefined
  if (!isDigitAt(c.s, c.i + 1)) {
    return c.s.charCodeAt(c.i++) - 0x30
  }
  const v = (c.s.charCodeAt(c.i) - 0x30) * 10 + (c.s.charCodeAt(c.i + 1) - 0x30)
  c.i += 2
  return v
}

function daysIn(month: number, year: number): number {
  if (month === 2) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    return leap ? 29 : 28
  }
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

/** "2006-1-2" prefix; returns the cursor after the day, or undefined. */
function parseDatePart(c: Cursor): { year: number; month: number; day: number } | undefined {
  const year = Number(c.s.slice(0, 4))
  c.i = 4
  if (c.s[c.i] !== '-') return undefined
  c.i++
  const month = getnum(c)
  if (month === undefined || month < 1 || month > 12) return undefined
  if (c.s[c.i] !== '-') return undefined
  c.i++
  const day = getnum(c)
  if (day === undefined) return undefined
  return { year, month, day }
}

function validDay(d: { year: number; month: number; day: number }): boolean {
  return d.day >= 1 && d.day <= daysIn(d.month, d.year)
}

function parseDate(s: string): Cursor | undefined {
  const c = new Cursor(s)
  const d = parseDatePart(c)
  if (!d || c.i !== s.length || !validDay(d)) return undefined
  return c
}

function parseLayout(s: string, sep: string, zone: boolean): boolean {
  const c = new Cursor(s)
  const d = parseDatePart(c)
  if (!d) return false
  if (sep === ' ') {
    // A space in a layout matches one or more spaces (or the end of the value).
    if (c.i < s.length && s[c.i] !== ' ') return false
    while (s[c.i] === ' ') c.i++
  } else {
    if (s[c.i] !== sep) return false
    c.i++
  }
  const hour = getnum(c)
  if (hour === undefined || hour >= 24) return false
  if (s[c.i] !== ':') return false
  c.i++
  const min = getnum(c)
  if (min === undefined || min >= 60) return false
  if (s[c.i] !== ':') return false
  c.i++
  const sec = getnum(c)
  if (sec === undefined || sec >= 60) return false
  // Optional fraction (".999999999" in the layout): a period or comma and digits.
  if ((s[c.i] === '.' || s[c.i] === ',') && isDigitAt(s, c.i + 1)) {
    c.i++
    while (isDigitAt(s, c.i)) c.i++
  }
  if (zone) {
    if (s[c.i] === 'Z') {
      c.i++
    } else {
      const z = s.slice(c.i)
      if (z.length < 6 || z[3] !== ':') return false
      if (z[0] !== '+' && z[0] !== '-') return false
      if (!/^[0-9]{2}$/.test(z.slice(1, 3)) || !/^[0-9]{2}$/.test(z.slice(4, 6))) return false
      if (Number(z.slice(1, 3)) > 24 || Number(z.slice(4, 6)) > 60) return false
      c.i += 6
    }
  }
  if (c.i !== s.length) return false
  return validDay(d)
}
