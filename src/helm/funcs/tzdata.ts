/**
 * Time zones the way Go's time.LoadLocation reads them: TZif files from the system
 * zoneinfo directory (what helm uses too), with the POSIX TZ footer for instants
 * after the last transition. Gives Go's abbreviations ("CET", "IST"), which Intl
 * does not.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

interface ZoneType {
  offset: number
  isDst: boolean
  name: string
}

interface PosixRule {
  std: ZoneType
  dst?: ZoneType
  start?: RuleDate
  end?: RuleDate
}

type RuleDate =
  | { kind: 'M'; month: number; week: number; day: number; time: number }
  | { kind: 'J'; day: number; time: number }
  | { kind: 'N'; day: number; time: number }

export interface Zone {
  transitions: number[]
  typeIdx: number[]
  types: ZoneType[]
  rule?: PosixRule
}

const DIRS = [
  '/usr/share/zoneinfo/',
  '/usr/share/lib/zoneinfo/',
  '/usr/lib/locale/TZ/',
  '/etc/zoneinfo/',
]
const cache = new Map<string, Zone | null>()

/** Loads a zone by IANA name; null when the name is invalid or no file is found. */
export function loadZone(name: string): Zone | null {
  if (cache.has(name)) return cache.get(name) as Zone | null
  let zone: Zone | null = null
  if (name !== '' && !name.includes('..') && name[0] !== '/' && name[0] !== '\\') {
    const dirs = process.env.ZONEINFO ? [process.env.ZONEINFO, ...DIRS] : DIRS
    for (const dir of dirs) {
      try {
        zone = parseTzif(readFileSync(join(dir, name)))
        if (zone) break
      } catch {
        // Try the next directory.
      }
    }
  }
  cache.set(name, zone)
  return zone
}

function parseTzif(b: Buffer): Zone | null {
  if (b.length < 44 || b.toString('latin1', 0, 4) !== 'TZif') return null
  const version = b[4]
  const counts = (off: number) => ({
    isut: b.readUInt32BE(off + 20),
    isstd: b.readUInt32BE(off + 24),
    leap: b.readUInt32BE(off + 28),
    time: b.readUInt32BE(off + 32),
    type: b.readUInt32BE(off + 36),
    char: b.readUInt32BE(off + 40),
  })
  let c = counts(0)
  let p = 44
  let timeSize = 4
  if (version >= 0x32) {
    // Skip the v1 block; the v2+ block has 64-bit times.
    p += c.time * 4 + c.time + c.type * 6 + c.char + c.leap * 8 + c.isstd + c.isut
    c = counts(p)
    p += 44
    timeSize = 8
  }
  const transitions: number[] = []
  for (let i = 0; i < c.time; i++) {
    transitions.push(timeSize === 8 ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p))
    p += timeSize
  }
  const typeIdx = Array.from(b.subarray(p, p + c.time))
  p += c.time
  const raw: { offset: number; isDst: boolean; abbr: number }[] = []
  for (let i = 0; i < c.type; i++) {
    raw.push({ offset: b.readInt32BE(p), isDst: b[p + 4] === 1, abbr: b[p + 5] })
    p += 6
  }
  const chars = b.subarray(p, p + c.char)
  p += c.char + c.leap * (timeSize + 4) + c.isstd + c.isut
  const types = raw.map((t) => {
    const end = chars.indexOf(0, t.abbr)
    return {
      offset: t.offset,
      isDst: t.isDst,
      name: chars.toString('latin1', t.abbr, end < 0 ? undefined : end),
    }
  })
  let rule: PosixRule | undefined
  if (timeSize === 8 && b[p] === 0x0a) {
    const end = b.indexOf(0x0a, p + 1)
    if (end > p) rule = parsePosix(b.toString('latin1', p + 1, end))
  }
  return { transitions, typeIdx, types, rule }
}

function parsePosix(s: string): PosixRule | undefined {
  let i = 0
  const name = (): string | undefined => {
    if (s[i] === '<') {
      const e = s.indexOf('>', i)
      if (e < 0) return undefined
      const n = s.slice(i + 1, e)
      i = e + 1
      return n
    }
    const m = /^[A-Za-z]{3,}/.exec(s.slice(i))
    if (!m) return undefined
    i += m[0].length
    return m[0]
  }
  const offset = (): number | undefined => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(s.slice(i))
    if (!m) return undefined
    i += m[0].length
    const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)
    return m[1] === '-' ? -v : v
  }
  const stdName = name()
  if (stdName === undefined) return undefined
  const stdOff = offset()
  if (stdOff === undefined) return undefined
  // POSIX offsets are west-positive; Go's are east-positive.
  const std = { name: stdName, offset: -stdOff, isDst: false }
  if (i >= s.length) return { std }
  const dstName = name()
  if (dstName === undefined) return { std }
  let dstOffset = std.offset + 3600
  if (s[i] !== ',' && i < s.length) {
    const o = offset()
    if (o !== undefined) dstOffset = -o
  }
  const dst = { name: dstName, offset: dstOffset, isDst: true }
  const ruleDate = (): RuleDate | undefined => {
    if (s[i] !== ',') return undefined
    i++
    let d: RuleDate | undefined
    const m1 = /^M(\d{1,2})\.(\d)\.(\d)/.exec(s.slice(i))
    const m2 = /^J(\d{1,3})/.exec(s.slice(i))
    const m3 = /^(\d{1,3})/.exec(s.slice(i))
    if (m1) {
      d = { kind: 'M', month: Number(m1[1]), week: Number(m1[2]), day: Number(m1[3]), time: 7200 }
      i += m1[0].length
    } else if (m2) {
      d = { kind: 'J', day: Number(m2[1]), time: 7200 }
      i += m2[0].length
    } else if (m3) {
      d = { kind: 'N', day: Number(m3[1]), time: 7200 }
      i += m3[0].length
    } else return undefined
    if (s[i] === '/') {
      i++
      const t = offset()
      if (t !== undefined) d.time = t
    }
    return d
  }
  const start = ruleDate()
  const end = ruleDate()
  return { std, dst, start, end }
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)

/** Seconds from the start of the year (local wall time) to a rule's transition. */
function ruleSeconds(year: number, r: RuleDate): number {
  let day: number
  if (r.kind === 'J') {
    day = r.day - 1
    if (isLeap(year) && r.day >= 60) day++
  } else if (r.kind === 'N') day = r.day
  else {
    const first = Date.UTC(year, r.month - 1, 1)
    const dow = new Date(first).getUTCDay()
    let d = (r.day - dow + 7) % 7
    d += (r.week - 1) * 7
    const monthDays = new Date(Date.UTC(year, r.month, 0)).getUTCDate()
    while (d >= monthDays) d -= 7
    day = Math.round((first - Date.UTC(year, 0, 1)) / 86_400_000) + d
  }
  return day * 86400 + r.time
}

function fromRule(rule: PosixRule, sec: number): ZoneType {
  if (!rule.dst || !rule.start || !rule.end) return rule.std
  const year = new Date((sec + rule.std.offset) * 1000).getUTCFullYear()
  const yearStart = Date.UTC(year, 0, 1) / 1000
  // Transition instants in UTC: start is in standard time, end in daylight time.
  const start = yearStart + ruleSeconds(year, rule.start) - rule.std.offset
  const end = yearStart + ruleSeconds(year, rule.end) - rule.dst.offset
  const inDst = start < end ? sec >= start && sec < end : !(sec >= end && sec < start)
  return inDst ? rule.dst : rule.std
}

/** The zone type (offset seconds east, abbreviation) in effect at a Unix time. */
export function lookupZone(z: Zone, sec: number): ZoneType {
  if (z.transitions.length === 0 || sec < z.transitions[0]) {
    if (z.transitions.length === 0 && z.rule) return fromRule(z.rule, sec)
    return z.types.find((t) => !t.isDst) ?? z.types[0]
  }
  let lo = 0
  let hi = z.transitions.length
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (z.transitions[mid] <= sec) lo = mid
    else hi = mid
  }
  if (lo === z.transitions.length - 1 && z.rule) return fromRule(z.rule, sec)
  return z.types[z.typeIdx[lo]]
}
