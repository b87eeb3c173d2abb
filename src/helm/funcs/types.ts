/**
 * Go type facts the Sprig functions depend on: the static type of slices and maps
 * (Sprig returns []string, []int, map[string]string where it matters for %T,
 * typeOf, DeepEqual and Go's argument checks), reflect kinds, and Sprig's own
 * notion of "empty".
 *
 * A JS array is `[]interface {}` unless tagged with another element type; a plain
 * object is `map[string]interface {}` unless tagged. Tags are non-enumerable symbol
 * properties (Symbol.for keys shared with src/template/gotypes.ts, which reads them).
 */
import { goTypeName, mapType, sliceType } from '../../template/gotypes.js'
import { GoInt, GoStruct, GoTime, isGoMap } from '../../template/value.js'
import type { GoMap, GoValue } from '../../template/value.js'

const SLICE_TYPE = Symbol.for('kube-whoami.goSliceType')
const MAP_TYPE = Symbol.for('kube-whoami.goMapType')
const NIL_SLICE = Symbol.for('kube-whoami.goNilSlice')

type Tagged = { [SLICE_TYPE]?: string; [MAP_TYPE]?: string; [NIL_SLICE]?: boolean }

/** Tags `arr` as a Go slice of the given type (e.g. "[]string") and returns it. */
export function typedSlice<T extends GoValue[]>(arr: T, goType: string): T {
  Object.defineProperty(arr, SLICE_TYPE, { value: goType, enumerable: false })
  return arr
}

export function stringSlice(arr: string[]): GoValue[] {
  return typedSlice(arr, '[]string')
}

export function intSlice(arr: bigint[]): GoValue[] {
  return typedSlice(arr, '[]int')
}

/** A nil slice of a Go slice type: prints as [] but marshals to JSON null. */
export function nilSlice(goType = '[]interface {}'): GoValue[] {
  const arr = typedSlice([], goType)
  Object.defineProperty(arr, NIL_SLICE, { value: true, enumerable: false })
  return arr
}

export function isNilSlice(v: GoValue): boolean {
  return Array.isArray(v) && (v as Tagged)[NIL_SLICE] === true
}

export function typedMap<T extends GoMap>(m: T, goType: string): T {
  Object.defineProperty(m, MAP_TYPE, { value: goType, enumerable: false })
  return m
}

/** Static Go types, as the engine's gotypes.ts reads them from the same tags. */
export { sliceType as sliceTypeName, mapType as mapTypeName, goTypeName }

/** reflect.Value.Kind().String() as Sprig's kindOf prints it. */
export function goKindName(v: GoValue): string {
  if (v === null) return 'invalid'
  switch (typeof v) {
    case 'boolean':
      return 'bool'
    case 'number':
      return 'float64'
    case 'bigint':
      return 'int'
    case 'string':
      return 'string'
    case 'function':
      return 'func'
  }
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice'
  if (v instanceof GoInt) return v.kind
  if (v instanceof GoStruct) return v.typeName.startsWith('*') ? 'ptr' : 'struct'
  if (v instanceof GoTime) return 'struct'
  return 'map'
}

export function isSlice(v: GoValue): v is GoValue[] | Uint8Array {
  return Array.isArray(v) || v instanceof Uint8Array
}

/** Elements of a Go slice (a []uint8 yields uint8 values). */
export function sliceItems(v: GoValue[] | Uint8Array): GoValue[] {
  if (Array.isArray(v)) return v
  return Array.from(v, (b) => new GoInt(BigInt(b), 'uint8'))
}

/** Sprig's empty(): the zero value of its dynamic type; structs are never empty. */
export function isEmpty(v: GoValue): boolean {
  if (v === null) return true
  switch (typeof v) {
    case 'boolean':
      return !v
    case 'number':
      return v === 0
    case 'bigint':
      return v === 0n
    case 'string':
      return v.length === 0
    case 'function':
      return false
  }
  if (Array.isArray(v)) return v.length === 0
  if (v instanceof Uint8Array) return v.length === 0
  if (v instanceof GoInt) return v.value === 0n
  if (v instanceof GoStruct || v instanceof GoTime) return false
  return Object.keys(v).length === 0
}

/** reflect.DeepEqual over GoValues: types must match exactly (int vs int64 vs float64). */
export function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a)
  if (a === null || b === null) return false
  if (typeof a !== typeof b) return false
  if (typeof a !== 'object') return false
  if (goTypeName(a) !== goTypeName(b as GoValue)) return false
  if (a instanceof GoInt) return a.value === (b as GoInt).value
  if (Array.isArray(a)) {
    const bb = b as GoValue[]
    if (isNilSlice(a) !== isNilSlice(bb) || a.length !== bb.length) return false
    return a.every((x, i) => deepEqual(x, bb[i]))
  }
  if (a instanceof Uint8Array) {
    const bb = b as Uint8Array
    return a.length === bb.length && a.every((x, i) => x === bb[i])
  }
  if (a instanceof GoTime) {
    const bb = b as GoTime
    return (
      a.epochMillis === bb.epochMillis &&
      a.extraNanos === bb.extraNanos &&
      a.offsetMinutes === bb.offsetMinutes &&
      a.zoneName === bb.zoneName
    )
  }
  if (a instanceof GoStruct) {
    const bb = b as GoStruct
    const keys = Object.keys(a.fields)
    return (
      keys.length === Object.keys(bb.fields).length &&
      keys.every((k) => k in bb.fields && deepEqual(a.fields[k], bb.fields[k]))
    )
  }
  if (isGoMap(a)) {
    const bb = b as GoMap
    const ka = Object.keys(a)
    if (ka.length !== Object.keys(bb).length) return false
    return ka.every((k) => Object.prototype.hasOwnProperty.call(bb, k) && deepEqual(a[k], bb[k]))
  }
  return false
}

/** Map keys in the order this library returns them (Go's is random; sorted is a valid order). */
export function mapKeys(m: GoMap): string[] {
  return Object.keys(m).sort(compareBytes)
}

/** Go string comparison: by UTF-8 bytes, which for JS strings is code point order. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i) as number
    const cb = b.codePointAt(i) as number
    if (ca !== cb) return ca < cb ? -1 : 1
    if (ca > 0xffff) i++
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0
}
