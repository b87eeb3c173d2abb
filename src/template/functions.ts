/**
 * How template functions are declared. A function is a plain GoFunc; Go's reflect-based
 * argument handling (untyped constants converted to the parameter type, `wrong type for
 * value` errors, argument counts) applies when the function carries a signature:
 *
 *   const trunc = withSignature((n, s) => ..., { params: ['int', 'string'] })
 *   const dict = withSignature((...kv) => ..., { params: ['interface {}'], variadic: true })
 *
 * Parameter types are Go type names. Understood: `interface {}`, `string`, `bool`,
 * `float64`/`float32`, the int and uint kinds (`int`, `int64`, `uint8`, ...), slices
 * (`[]interface {}`, `[]string`, `[]uint8`/`[]byte`), maps (`map[string]interface {}`,
 * `map[string]string`), `time.Time`, struct type names (matched against GoStruct.typeName),
 * and `reflect.Value` (the raw value: `undefined` for Go's invalid value, as the builtins see it).
 * A function without a signature is `func(...interface {}) interface {}`.
 * A function reports Go's non-nil error result by throwing; the message becomes
 * `error calling NAME: <message>`.
 */
import type { GoFunc, GoValue } from './value.js'

export type GoTypeName = string

export interface FuncSignature {
  /** Parameter types; with `variadic`, the last entry is the element type of `...T`. */
  params: GoTypeName[]
  variadic?: boolean
  /** Result type, for documentation and future use (e.g. %T of results). */
  result?: GoTypeName
}

/** A template function: a GoFunc, optionally with a signature attached by withSignature. */
export type TemplateFunc = GoFunc & { goSignature?: FuncSignature }

export type FuncMap = Record<string, TemplateFunc>

/** Attaches a Go signature to a function (mutates and returns it). */
export function withSignature<F extends (...args: never[]) => GoValue>(
  fn: F,
  signature: FuncSignature,
): TemplateFunc {
  const f = fn as unknown as TemplateFunc
  f.goSignature = signature
  return f
}

const ANY_VARIADIC: FuncSignature = { params: ['interface {}'], variadic: true }

export function signatureOf(fn: TemplateFunc): FuncSignature {
  return fn.goSignature ?? ANY_VARIADIC
}

const objectProto = Object.prototype as unknown as Record<string, unknown>

/** The function `name` of a FuncMap (which may inherit entries from overlay layers). */
export function funcOf(funcs: FuncMap, name: string): TemplateFunc | undefined {
  const f = funcs[name]
  return typeof f === 'function' && f !== objectProto[name] ? f : undefined
}
