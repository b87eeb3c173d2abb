/**
 * time.Time's String form, which fmt prints for GoTime values:
 * "2006-01-02 15:04:05.999999999 -0700 MST".
 */
import type { GoTime } from './value.js'

function pad(n: number, width: number): string {
  let s = String(n)
  while (s.length < width) s = '0' + s
  return s
}

/** The zone offset as Go's -0700 layout element prints it. */
export function formatZoneOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return sign + pad(Math.floor(abs / 60), 2) + pad(abs % 60, 2)
}

/** time.Time.String() (without a monotonic clock reading). */
export function formatGoTime(t: GoTime): string {
  const local = new Date(t.epochMillis + t.offsetMinutes * 60000)
  const ms = ((t.epochMillis % 1000) + 1000) % 1000
  const nanos = ms * 1e6 + t.extraNanos
  let frac = ''
  if (nanos !== 0) {
    frac = '.' + pad(nanos, 9)
    frac = frac.replace(/0+$/, '')
  }
  const year = local.getUTCFullYear()
  const yearStr = year < 0 ? '-' + pad(-year, 4) : pad(year, 4)
  const zone = t.zoneName !== '' ? t.zoneName : formatZoneOffset(t.offsetMinutes)
  return (
    `${yearStr}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)} ` +
    `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}${frac} ` +
    `${formatZoneOffset(t.offsetMinutes)} ${zone}`
  )
}
