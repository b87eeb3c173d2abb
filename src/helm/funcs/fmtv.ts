/**
 * The slice of Go's fmt that Sprig leans on, from the template engine's fmt and
 * strconv: %v (fmt.Sprint of one value) for toString, cat, dict keys, join, squote,
 * toDecimal; %q for quote; strconv float formats for JSON.
 */
import { formatValue } from '../../template/fmt.js'
import { formatFloat, quote } from '../../template/strconv.js'
import type { GoValue } from '../../template/value.js'

/** fmt.Sprint(v) / fmt.Sprintf("%v", v). */
export const formatV = (v: GoValue): string => formatValue(v)

/** strconv.Quote: what %q prints for a string. */
export const quoteGo = (s: string): string => quote(s)

/** strconv.FormatFloat(x, 'g' | 'f' | 'e', -1, 64). */
export const formatFloatG = (x: number): string => formatFloat(x, 'g', -1)
export const formatFloatF = (x: number): string => formatFloat(x, 'f', -1)
export const formatFloatE = (x: number): string => formatFloat(x, 'e', -1)

/** Sprig's strval: strings and []byte as text, Stringers through String(), else %v. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8')
  return formatValue(v)
}
