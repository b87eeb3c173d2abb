/** Sprig's defaults and flow control, reflection helpers, and Helm's pure fail/required. */
import type { GoValue } from '../../template/value.js'
import { goError } from './gopanic.js'
import { deepEqual, goKindName, goTypeName, isEmpty } from './types.js'
import { strval } from './fmtv.js'

export const dfault = (d: GoValue, ...given: GoValue[]): GoValue =>
  given.length === 0 || isEmpty(given[0]) ? d : given[0]
export const empty = (v: GoValue): boolean => isEmpty(v)
export const coalesce = (...v: GoValue[]): GoValue => v.find((x) => !isEmpty(x)) ?? null
export const all = (...v: GoValue[]): boolean => v.every((x) => !isEmpty(x))
export const any = (...v: GoValue[]): boolean => v.some((x) => !isEmpty(x))
export const ternary = (vt: GoValue, vf: GoValue, v: GoValue): GoValue => (v === true ? vt : vf)

export const typeOf = (v: GoValue): string => goTypeName(v)
export const typeIs = (target: GoValue, v: GoValue): boolean => strval(target) === goTypeName(v)
export const typeIsLike = (target: GoValue, v: GoValue): boolean => {
  const t = goTypeName(v)
  const want = strval(target)
  return want === t || '*' + want === t
}
export const kindOf = (v: GoValue): string => goKindName(v)
export const kindIs = (target: GoValue, v: GoValue): boolean => strval(target) === goKindName(v)
export const deepEqualF = (a: GoValue, b: GoValue): boolean => deepEqual(a, b)

/** Helm wraps fail/required messages so its error reformatting can find them. */
export const WARN_START = 'HELM_ERR_START'
export const WARN_END = 'HELM_ERR_END'
export const warnWrap = (msg: string): string => WARN_START + msg + WARN_END

/** Helm's fail (it overrides Sprig's): always an error, message wrapped for reformatting. */
export function fail(msg: GoValue): never {
  return goError(warnWrap(strval(msg)))
}

/** Helm's required outside lint mode: nil or "" is an error. */
export function required(warn: GoValue, val: GoValue): GoValue {
  if (val === null || val === '') goError(warnWrap(strval(warn)))
  return val
}
