/** Sprig's date functions (date.go) over Go's time semantics in gotime.ts. */
import { GoInt, GoTime } from '../../template/value.js'
import type { GoValue } from '../../template/value.js'
import { strval } from './fmtv.js'
import { goError } from './gopanic.js'
import {
  HOUR,
  MIN,
  SEC,
  addDuration,
  formatDuration,
  formatGoTime,
  inZone,
  nowTime,
  parseDuration,
  parseGoTime,
  unixNanos,
  zeroTime,
} from './gotime.js'
import { parseIntBase10 } from './gotime-int.js'

const str = (v: GoValue): string => (typeof v === 'string' ? v : strval(v))

/** The time a date argument denotes: time.Time, int, int32, int64 seconds; anything else is now. */
function dateArg(date: GoValue, allowInt32: boolean): GoTime {
  if (date instanceof GoTime) return date
  if (typeof date === 'bigint') return new GoTime(Number(date) * 1000, 0, 'UTC', 0)
  if (date instanceof GoInt && (date.kind === 'int64' || (allowInt32 && date.kind === 'int32'))) {
    return new GoTime(Number(date.value) * 1000, 0, 'UTC', 0)
  }
  return nowTime()
}

export const dateInZone = (fmt: GoValue, date: GoValue, zone: GoValue): string =>
  formatGoTime(inZone(dateArg(date, true), str(zone)), str(fmt))
export const date = (fmt: GoValue, d: GoValue): string => dateInZone(fmt, d, 'Local')
export const htmlDate = (d: GoValue): string => dateInZone('2006-01-02', d, 'Local')
export const htmlDateInZone = (d: GoValue, zone: GoValue): string =>
  dateInZone('2006-01-02', d, zone)

function timeArg(v: GoValue): GoTime {
  if (v instanceof GoTime) return v
  return goError(`wrong type for value; expected time.Time`)
}

export function dateModify(fmt: GoValue, d: GoValue): GoTime {
  const t = timeArg(d)
  try {
    return addDuration(t, parseDuration(str(fmt)))
  } catch {
    return t
  }
}

export function mustDateModify(fmt: GoValue, d: GoValue): GoTime {
  const t = timeArg(d)
  try {
    return addDuration(t, parseDuration(str(fmt)))
  } catch (e) {
    return goError((e as Error).message)
  }
}

/** time.Since(t).Round(time.Second).String(). */
export function ago(d: GoValue): string {
  let t: GoTime
  if (d instanceof GoTime) t = d
  else if (typeof d === 'bigint' || (d instanceof GoInt && d.kind === 'int64')) {
    t = new GoTime(Number(typeof d === 'bigint' ? d : d.value) * 1000, 0, 'UTC', 0)
  } else t = nowTime()
  const since = unixNanos(nowTime()) - unixNanos(t)
  return formatDuration(roundDuration(since, SEC))
}

/** time.Duration.Round(m): halfway values round away from zero. */
function roundDuration(d: bigint, m: bigint): bigint {
  let r = d % m
  if (d < 0n) {
    r = -r
    return r + r < m ? d + r : d - m + r
  }
  return r + r < m ? d - r : d + m - r
}

export function duration(sec: GoValue): string {
  let n = 0n
  if (typeof sec === 'string') n = parseIntBase10(sec) ?? 0n
  else if (sec instanceof GoInt && sec.kind === 'int64') n = sec.value
  return formatDuration(BigInt.asIntN(64, n * SEC))
}

export function durationRound(d: GoValue): string {
  let dur = 0n
  if (typeof d === 'string') {
    try {
      dur = parseDuration(d)
    } catch {
      dur = 0n
    }
  } else if (d instanceof GoInt && d.kind === 'int64') dur = d.value
  else if (d instanceof GoTime) dur = unixNanos(nowTime()) - unixNanos(d)
  let u = BigInt.asUintN(64, dur)
  if (dur < 0n) u = BigInt.asUintN(64, -u)
  const day = 24n * HOUR
  const units: [bigint, string][] = [
    [365n * day, 'y'],
    [30n * day, 'mo'],
    [day, 'd'],
    [HOUR, 'h'],
    [MIN, 'm'],
    [SEC, 's'],
  ]
  for (const [size, suffix] of units) if (u > size) return (u / size).toString() + suffix
  return '0s'
}

export function toDate(fmt: GoValue, s: GoValue): GoTime {
  try {
    return parseGoTime(str(fmt), str(s))
  } catch {
    return zeroTime()
  }
}

export function mustToDate(fmt: GoValue, s: GoValue): GoTime {
  try {
    return parseGoTime(str(fmt), str(s))
  } catch (e) {
    return goError((e as Error).message)
  }
}

export function unixEpoch(d: GoValue): string {
  const t = timeArg(d)
  return Math.floor(t.epochMillis / 1000).toString()
}

export const now = (): GoTime => nowTime()
