/**
 * Go's time package as Sprig's date functions use it: layout-based Format and
 * ParseInLocation, Duration.String and ParseDuration, zones by IANA name.
 *
 * "Local" is UTC here: the scanner renders the same output on every machine, and
 * helm in CI containers and the corpus goldens run with TZ unset (UTC).
 */
import { GoTime } from '../../template/value.js'
import { loadZone, lookupZone } from './tzdata.js'

const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

type Chunk =
  { kind: 'lit'; text: string } | { kind: 'std'; code: string; digits?: number; sep?: string }

const chunkCache = new Map<string, Chunk[]>()

/** Splits a Go layout into literal text and std chunks (Go's nextStdChunk rules). */
export function layoutChunks(layout: string): Chunk[] {
  const cached = chunkCache.get(layout)
  if (cached) return cached
  const out: Chunk[] = []
  let lit = ''
  const std = (code: string, len: number, extra: Partial<Chunk> = {}) => {
    if (lit) out.push({ kind: 'lit', text: lit })
    lit = ''
    out.push({ kind: 'std', code, ...extra } as Chunk)
    return len
  }
  let i = 0
  while (i < layout.length) {
    const rest = layout.slice(i)
    const c = layout[i]
    let n = 0
    switch (c) {
      case 'J':
        if (rest.startsWith('January')) n = std('January', 7)
        else if (rest.startsWith('Jan')) n = std('Jan', 3)
        break
      case 'M':
        if (rest.startsWith('Monday')) n = std('Monday', 6)
        else if (rest.startsWith('Mon')) n = std('Mon', 3)
        else if (rest.startsWith('MST')) n = std('MST', 3)
        break
      case '0':
        if (/^0[1-6]/.test(rest)) n = std(rest.slice(0, 2), 2)
        else if (rest.startsWith('002')) n = std('002', 3)
        break
      case '1':
        if (rest.startsWith('15')) n = std('15', 2)
        else n = std('1', 1)
        break
      case '2':
        if (rest.startsWith('2006')) n = std('2006', 4)
        else n = std('2', 1)
        break
      case '_':
        if (rest.startsWith('_2')) {
          if (rest.startsWith('_2006')) {
            lit += '_'
            n = 1 + std('2006', 4)
          } else n = std('_2', 2)
        } else if (rest.startsWith('__2')) n = std('__2', 3)
        break
      case '3':
      case '4':
      case '5':
        n = std(c, 1)
        break
      case 'P':
        if (rest.startsWith('PM')) n = std('PM', 2)
        break
      case 'p':
        if (rest.startsWith('pm')) n = std('pm', 2)
        break
      case '-':
        for (const z of ['-070000', '-07:00:00', '-0700', '-07:00', '-07']) {
          if (rest.startsWith(z)) {
            n = std(z, z.length)
            break
          }
        }
        break
      case 'Z':
        for (const z of ['Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07']) {
          if (rest.startsWith(z)) {
            n = std(z, z.length)
            break
          }
        }
        break
      case '.':
      case ',':
        if (rest[1] === '0' || rest[1] === '9') {
          const ch = rest[1]
          let j = 1
          while (j < rest.length && rest[j] === ch) j++
          if (!/[0-9]/.test(rest[j] ?? ''))
            n = std(ch === '0' ? 'frac0' : 'frac9', j, { digits: j - 1, sep: c })
        }
        break
    }
    if (n === 0) {
      lit += c
      i++
    } else i += n
  }
  if (lit) out.push({ kind: 'lit', text: lit })
  chunkCache.set(layout, out)
  return out
}

interface Civil {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  nanos: number
  weekday: number
  yday: number
  offsetSeconds: number
  zone: string
}

function civil(t: GoTime): Civil {
  const local = t.epochMillis + t.offsetMinutes * 60_000
  const msInSec = ((local % 1000) + 1000) % 1000
  const d = new Date(local - msInSec)
  const year = d.getUTCFullYear()
  // Not Date.UTC: it maps years 0..99 to 1900..1999.
  const start = new Date(0).setUTCFullYear(year, 0, 1)
  const dayStart = new Date(0).setUTCFullYear(year, d.getUTCMonth(), d.getUTCDate())
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    nanos: msInSec * 1_000_000 + t.extraNanos,
    weekday: d.getUTCDay(),
    yday: Math.round((dayStart - start) / 86_400_000) + 1,
    offsetSeconds: t.offsetMinutes * 60,
    zone: t.zoneName,
  }
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0')
  return n < 0 ? '-' + s : s
}

function formatOffset(code: string, off: number): string {
  if (code.startsWith('Z') && off === 0) return 'Z'
  const sign = off < 0 ? '-' : '+'
  const a = Math.abs(off)
  const h = pad(Math.floor(a / 3600), 2)
  const m = pad(Math.floor(a / 60) % 60, 2)
  const s = pad(a % 60, 2)
  const base = code.slice(1)
  switch (base) {
    case '070000':
      return sign + h + m + s
    case '07:00:00':
      return sign + h + ':' + m + ':' + s
    case '0700':
      return sign + h + m
    case '07:00':
      return sign + h + ':' + m
    default:
      return sign + h
  }
}

/** time.Time.Format(layout). */
export function formatGoTime(t: GoTime, layout: string): string {
  const c = civil(t)
  let out = ''
  for (const ch of layoutChunks(layout)) {
    if (ch.kind === 'lit') {
      out += ch.text
      continue
    }
    switch (ch.code) {
      case '06':
        out += pad(((c.year % 100) + 100) % 100, 2)
        break
      case '2006':
        out += pad(c.year, 4)
        break
      case 'Jan':
        out += LONG_MONTHS[c.month - 1].slice(0, 3)
        break
      case 'January':
        out += LONG_MONTHS[c.month - 1]
        break
      case '1':
        out += String(c.month)
        break
      case '01':
        out += pad(c.month, 2)
        break
      case 'Mon':
        out += LONG_DAYS[c.weekday].slice(0, 3)
        break
      case 'Monday':
        out += LONG_DAYS[c.weekday]
        break
      case '2':
        out += String(c.day)
        break
      case '_2':
        out += String(c.day).padStart(2, ' ')
        break
      case '02':
        out += pad(c.day, 2)
        break
      case '__2':
        out += String(c.yday).padStart(3, ' ')
        break
      case '002':
        out += pad(c.yday, 3)
        break
      case '15':
        out += pad(c.hour, 2)
        break
      case '3':
        out += String(c.hour % 12 === 0 ? 12 : c.hour % 12)
        break
      case '03':
        out += pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2)
        break
      case '4':
        out += String(c.minute)
        break
      case '04':
        out += pad(c.minute, 2)
        break
      case '5':
        out += String(c.second)
        break
      case '05':
        out += pad(c.second, 2)
        break
      case 'PM':
        out += c.hour >= 12 ? 'PM' : 'AM'
        break
      case 'pm':
        out += c.hour >= 12 ? 'pm' : 'am'
        break
      case 'MST':
        if (c.zone) out += c.zone
        else {
          const z = Math.trunc(c.offsetSeconds / 60)
          out +=
            (z < 0 ? '-' : '+') + pad(Math.floor(Math.abs(z) / 60), 2) + pad(Math.abs(z) % 60, 2)
        }
        break
      case 'frac0':
      case 'frac9': {
        const digits = ch.digits as number
        let frac = String(c.nanos).padStart(9, '0').slice(0, digits)
        if (ch.code === 'frac9') {
          frac = frac.replace(/0+$/, '')
          if (frac) out += ch.sep + frac
        } else out += ch.sep + frac
        break
      }
      default:
        out += formatOffset(ch.code, c.offsetSeconds)
    }
  }
  return out
}

/** The zero time.Time (January 1, year 1, 00:00:00 UTC). */
export const ZERO_TIME_MILLIS = -62135596800000

export function zeroTime(): GoTime {
  return new GoTime(ZERO_TIME_MILLIS, 0, 'UTC', 0)
}

/** time.Now() in UTC (see "Local" above). */
export function nowTime(): GoTime {
  const ns = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6))
  return new GoTime(Number(ns / 1_000_000n), 0, 'UTC', Number(ns % 1_000_000n))
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>()

function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  let f = zoneFormatters.get(zone)
  if (f !== undefined) return f
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: 'short',
    })
  } catch {
    f = null
  }
  zoneFormatters.set(zone, f)
  return f
}

/** t.In(LoadLocation(zone)); unknown zones are UTC (Sprig's fallback). */
export function inZone(t: GoTime, zone: string): GoTime {
  if (zone === '' || zone === 'UTC' || zone === 'Local') {
    return new GoTime(t.epochMillis, 0, 'UTC', t.extraNanos)
  }
  const z = loadZone(zone)
  if (z) {
    const zt = lookupZone(z, Math.floor(t.epochMillis / 1000))
    return new GoTime(t.epochMillis, zt.offset / 60, zt.name, t.extraNanos)
  }
  // No zoneinfo files on this machine: Intl knows the offsets, not always Go's names.
  if (zone.includes('..') || zone[0] === '/' || zone[0] === '\\') {
    return new GoTime(t.epochMillis, 0, 'UTC', t.extraNanos)
  }
  const f = zoneFormatter(zone)
  if (!f) return new GoTime(t.epochMillis, 0, 'UTC', t.extraNanos)
  const parts: Record<string, string> = {}
  const whole = t.epochMillis - (((t.epochMillis % 1000) + 1000) % 1000)
  for (const p of f.formatToParts(new Date(whole))) parts[p.type] = p.value
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  const offsetMinutes = Math.round((asUtc - whole) / 60_000)
  let name = parts.timeZoneName ?? ''
  const gmt = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name)
  if (name === 'GMT' && offsetMinutes === 0 && zone !== 'GMT' && zone !== 'Etc/GMT') name = 'GMT'
  if (gmt) {
    // tzdata names zones without a letter abbreviation by their offset: "+03", "-0330".
    name = gmt[1] + gmt[2].padStart(2, '0') + (gmt[3] && gmt[3] !== '00' ? gmt[3] : '')
  }
  return new GoTime(t.epochMillis, offsetMinutes, name, t.extraNanos)
}

// ---- durations (nanoseconds as bigint, Go's int64 time.Duration) ----

export const NS = 1n
export const US = 1000n
export const MS = 1_000_000n
export const SEC = 1_000_000_000n
export const MIN = 60n * SEC
export const HOUR = 60n * MIN

function fmtFrac(v: bigint, prec: number): { frac: string; rest: bigint } {
  let frac = ''
  let print = false
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n
    print = print || digit !== 0n
    if (print) frac = digit.toString() + frac
    v /= 10n
  }
  return { frac: print ? '.' + frac : '', rest: v }
}

/** time.Duration.String(). */
export function formatDuration(d: bigint): string {
  d = BigInt.asIntN(64, d)
  const neg = d < 0n
  let u = BigInt.asUintN(64, neg ? -d : d)
  let out: string
  if (u < SEC) {
    if (u === 0n) return '0s'
    let prec: number
    let unit: string
    if (u < US) {
      prec = 0
      unit = 'ns'
    } else if (u < MS) {
      prec = 3
      unit = 'µs'
    } else {
      prec = 6
      unit = 'ms'
    }
    const { frac, rest } = fmtFrac(u, prec)
    out = rest.toString() + frac + unit
  } else {
    const { frac, rest } = fmtFrac(u, 9)
    u = rest
    out = (u % 60n).toString() + frac + 's'
    u /= 60n
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out
      u /= 60n
      if (u > 0n) out = u.toString() + 'h' + out
    }
  }
  return neg ? '-' + out : out
}

const UNITS: Record<string, bigint> = {
  ns: NS,
  us: US,
  µs: US,
  μs: US,
  ms: MS,
  s: SEC,
  m: MIN,
  h: HOUR,
}

/** time.ParseDuration; throws Go's error text. */
export function parseDuration(s: string): bigint {
  const orig = s
  const quoted = JSON.stringify(orig)
  let neg = false
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  if (s === '0') return 0n
  if (s === '') throw new Error(`time: invalid duration ${quoted}`)
  let total = 0n
  const max = 1n << 63n
  while (s !== '') {
    const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s) as RegExpExecArray
    const intPart = m[1]
    const fracPart = m[2]
    if (intPart === '' && (fracPart === undefined || fracPart === '')) {
      throw new Error(`time: invalid duration ${quoted}`)
    }
    s = s.slice(m[0].length)
    const um = /^[^0-9.]*/.exec(s) as RegExpExecArray
    const unitName = um[0]
    if (unitName === '') throw new Error(`time: missing unit in duration ${quoted}`)
    const unit = UNITS[unitName]
    if (unit === undefined) {
      throw new Error(`time: unknown unit ${JSON.stringify(unitName)} in duration ${quoted}`)
    }
    s = s.slice(unitName.length)
    let v = BigInt(intPart || '0')
    if (v > max / unit) throw new Error(`time: invalid duration ${quoted}`)
    v *= unit
    if (fracPart) {
      // Go scales the fraction in floating point; exact decimal math agrees for sane inputs.
      let scale = 1n
      let f = 0n
      for (const d of fracPart) {
        if (scale > max / 10n) break
        f = f * 10n + BigInt(d)
        scale *= 10n
      }
      v += (f * unit) / scale
    }
    total += v
    if (total > max) throw new Error(`time: invalid duration ${quoted}`)
  }
  if (!neg && total === max) throw new Error(`time: invalid duration ${quoted}`)
  return neg ? -total : total
}

/** t.Add(d). */
export function addDuration(t: GoTime, d: bigint): GoTime {
  const ns = BigInt(t.epochMillis) * MS + BigInt(t.extraNanos) + d
  const ms = ns / MS - (ns % MS < 0n ? 1n : 0n)
  const extra = ns - ms * MS
  return new GoTime(Number(ms), t.offsetMinutes, t.zoneName, Number(extra))
}

/** Nanoseconds since the Unix epoch. */
export function unixNanos(t: GoTime): bigint {
  return BigInt(t.epochMillis) * MS + BigInt(t.extraNanos)
}

// ---- parsing ----

const MONTH_SHORT = LONG_MONTHS.map((m) => m.slice(0, 3))
const DAY_SHORT = LONG_DAYS.map((d) => d.slice(0, 3))

/** time.ParseInLocation(layout, value, UTC); throws Go's error text. */
export function parseGoTime(layout: string, value: string): GoTime {
  const orig = value
  const fail = (chunk: string, rest: string, extra = ''): never => {
    throw new Error(
      `parsing time ${JSON.stringify(orig)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(chunk)}${extra}`,
    )
  }
  // Go: elements missing from the layout are zero, or one where zero is impossible.
  let year = 0
  let month = 1
  let day = 1
  let hour = 0
  let minute = 0
  let second = 0
  let nanos = 0
  let pm: boolean | undefined
  let offset: number | undefined
  let zoneName = ''
  const rangeErr = (what: string): never => {
    throw new Error(`parsing time ${JSON.stringify(orig)}: ${what} out of range`)
  }
  const num = (min: number, max: number, chunk: string): number => {
    const m = new RegExp(`^[0-9]{${min},${max}}`).exec(value)
    if (!m) return fail(chunk, value)
    value = value.slice(m[0].length)
    return Number(m[0])
  }
  for (const ch of layoutChunks(layout)) {
    if (ch.kind === 'lit') {
      const text = ch.text
      if (!value.startsWith(text)) fail(text, value)
      value = value.slice(text.length)
      continue
    }
    const code = ch.code
    switch (code) {
      case '2006':
        year = num(4, 4, code)
        break
      case '06': {
        const y = num(2, 2, code)
        year = y >= 69 ? 1900 + y : 2000 + y
        break
      }
      case 'Jan':
      case 'January': {
        const names = code === 'Jan' ? MONTH_SHORT : LONG_MONTHS
        const i = names.findIndex((n) => value.toLowerCase().startsWith(n.toLowerCase()))
        if (i < 0) fail(code, value)
        month = i + 1
        value = value.slice(names[i].length)
        break
      }
      case 'Mon':
      case 'Monday': {
        const names = code === 'Mon' ? DAY_SHORT : LONG_DAYS
        const i = names.findIndex((n) => value.toLowerCase().startsWith(n.toLowerCase()))
        if (i < 0) fail(code, value)
        value = value.slice(names[i].length)
        break
      }
      case '1':
      case '01':
        month = num(code === '01' ? 2 : 1, 2, code)
        if (month < 1 || month > 12) rangeErr('month')
        break
      case '2':
      case '02':
        day = num(code === '02' ? 2 : 1, 2, code)
        break
      case '_2':
        if (value[0] === ' ') value = value.slice(1)
        day = num(1, 2, code)
        break
      case '__2':
      case '002':
        num(1, 3, code)
        break
      case '15':
        hour = num(1, 2, code)
        if (hour > 23) rangeErr('hour')
        break
      case '3':
      case '03':
        hour = num(code === '03' ? 2 : 1, 2, code)
        if (hour > 12) rangeErr('hour')
        break
      case '4':
      case '04':
        minute = num(code === '04' ? 2 : 1, 2, code)
        if (minute > 59) rangeErr('minute')
        break
      case '5':
      case '05': {
        second = num(code === '05' ? 2 : 1, 2, code)
        if (second > 59) rangeErr('second')
        const frac = /^[.,]([0-9]+)/.exec(value)
        if (
          frac &&
          !layoutChunks(layout).some((c) => c.kind === 'std' && c.code.startsWith('frac'))
        ) {
          nanos = Number(frac[1].slice(0, 9).padEnd(9, '0'))
          value = value.slice(frac[0].length)
        }
        break
      }
      case 'PM':
      case 'pm': {
        const ap = value.slice(0, 2).toUpperCase()
        if (ap !== 'AM' && ap !== 'PM') fail(code, value)
        pm = ap === 'PM'
        value = value.slice(2)
        break
      }
      case 'MST': {
        const m = /^(UTC|GMT|[A-Z]{3,5})/.exec(value)
        if (!m) fail(code, value)
        zoneName = (m as RegExpExecArray)[0]
        value = value.slice(zoneName.length)
        break
      }
      case 'frac0':
      case 'frac9': {
        const m = /^[.,]([0-9]+)/.exec(value)
        if (!m) {
          if (code === 'frac9') break
          fail(code, value)
        }
        nanos = Number((m as RegExpExecArray)[1].slice(0, 9).padEnd(9, '0'))
        value = value.slice((m as RegExpExecArray)[0].length)
        break
      }
      default: {
        if (code.startsWith('Z') && value[0] === 'Z') {
          offset = 0
          zoneName = 'UTC'
          value = value.slice(1)
          break
        }
        const m = /^([+-])([0-9]{2})(?::?([0-9]{2}))?(?::?([0-9]{2}))?/.exec(value)
        if (!m) fail(code, value)
        const mm = m as RegExpExecArray
        const sec = Number(mm[2]) * 3600 + Number(mm[3] ?? 0) * 60 + Number(mm[4] ?? 0)
        offset = mm[1] === '-' ? -sec : sec
        value = value.slice(mm[0].length)
      }
    }
  }
  if (value !== '') {
    throw new Error(`parsing time ${JSON.stringify(orig)}: extra text: ${JSON.stringify(value)}`)
  }
  if (pm !== undefined) {
    if (pm && hour < 12) hour += 12
    else if (!pm && hour === 12) hour = 0
  }
  const daysIn = new Date(Date.UTC(2000, month, 0)).getUTCDate()
  const leapOk =
    month !== 2 || day <= 28 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
  if (day < 1 || day > daysIn || !leapOk) {
    throw new Error(`parsing time ${JSON.stringify(orig)}: day out of range`)
  }
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(hour, minute, second, 0)
  const off = offset ?? 0
  const epoch = d.getTime() - off * 1000 + Math.floor(nanos / 1_000_000)
  const name = offset === undefined ? 'UTC' : offset === 0 && zoneName === 'UTC' ? 'UTC' : zoneName
  return new GoTime(
    epoch,
    Math.round(off / 60),
    offset === 0 && !zoneName ? '' : name,
    nanos % 1_000_000,
  )
}
