/** Go's fmt verbs for the messages Helm builds from values (%v, %t). */
import type { GoValue } from '../template/value.js'
import { formatV } from './funcs/fmtv.js'
import { goTypeName } from './gomap.js'

/** fmt.Sprintf("%v", v) */
export function sprintV(v: GoValue): string {
  return formatV(v)
}

/** fmt.Sprintf("%t", v): a bool, else Go's bad-verb form. */
export function sprintT(v: GoValue): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (v === null) return '%!t(<nil>)'
  return `%!t(${goTypeName(v)}=${formatV(v)})`
}
