/**
 * How a Sprig/Helm function looks to Go's text/template: its parameter types (which
 * drive Go's argument conversion and its "wrong type for value" errors), its result
 * type and whether it has an error result.
 */
import { GoInt, GoStruct, GoTime, isGoMap } from '../../template/value.js'
import type { GoValue } from '../../template/value.js'
import { GoFuncError } from './gopanic.js'
import { goTypeName, mapTypeName, sliceTypeName } from './types.js'

export type GoParamType =
  | 'string'
  | 'int'
  | 'uint32'
  | 'float64'
  | 'bool'
  | 'interface {}'
  | 'map[string]interface {}'
  | '[]interface {}'
  | 'time.Time'
  | 'sprig.certificate'

export interface FuncSpec {
  name: string
  /** Arguments arrive already checked by checkArg (ints as bigint, strings as string...). */
  fn: (...args: GoValue[]) => GoValue
  params: GoParamType[]
  /** Element type of a final variadic parameter (`...interface {}`), if any. */
  variadic?: GoParamType
  /** Go type of the first result, e.g. "int64", "[]string", "interface {}". */
  result: string
  /** True when the Go function also returns an error (text/template stops on it). */
  returnsError: boolean
}

/**
 * Go's validateType for a non-constant argument: returns the value to pass or throws
 * GoFuncError with text/template's message. Untyped constants (number literals,
 * nil) are the engine's to convert before calling this.
 */
export function checkArg(v: GoValue, t: GoParamType): GoValue {
  if (t === 'interface {}') return v
  if (v === null) {
    if (t === 'map[string]interface {}' || t === '[]interface {}') return null
    throw new GoFuncError(`invalid value; expected ${t}`)
  }
  const got = goTypeName(v)
  let ok: boolean
  switch (t) {
    case 'string':
      ok = typeof v === 'string'
      break
    case 'int':
      ok = typeof v === 'bigint'
      break
    case 'uint32':
      ok = v instanceof GoInt && v.kind === 'uint32'
      break
    case 'float64':
      ok = typeof v === 'number'
      break
    case 'bool':
      ok = typeof v === 'boolean'
      break
    case 'map[string]interface {}':
      ok = isGoMap(v) && mapTypeName(v) === t
      break
    case '[]interface {}':
      ok = Array.isArray(v) && sliceTypeName(v) === t
      break
    case 'time.Time':
      ok = v instanceof GoTime
      break
    case 'sprig.certificate':
      ok = v instanceof GoStruct && v.typeName === t
      break
  }
  if (!ok) throw new GoFuncError(`wrong type for value; expected ${t}; got ${got}`)
  return v
}

/** Checks arity and every argument, then calls: what text/template's evalCall does for a non-constant call. */
export function callChecked(spec: FuncSpec, args: GoValue[]): GoValue {
  const fixed = spec.params.length
  if (spec.variadic ? args.length < fixed : args.length !== fixed) {
    throw new GoFuncError(
      `wrong number of args for ${spec.name}: want ${spec.variadic ? 'at least ' : ''}${fixed} got ${args.length}`,
    )
  }
  const checked = args.map((a, i) =>
    checkArg(a, i < fixed ? spec.params[i] : (spec.variadic as GoParamType)),
  )
  return spec.fn(...checked)
}
