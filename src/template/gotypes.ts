/**
 * Static Go types of values beyond what their JavaScript form says: typed slices and maps
 * (Sprig returns []string, map[string]string...), tagged with non-enumerable symbol
 * properties under the registered keys the Sprig layer uses (Symbol.for, so neither side
 * imports the other), named types with methods (GO_METHODS), and GoInt kinds.
 * The engine needs them for %T and %#v, Go's argument checks and zero values.
 */
import { GoInt, GoStruct, GoTime, namedTypeOf } from './value.js'
import type { GoMap, GoValue } from './value.js'

const SLICE_TYPE = Symbol.for('kube-whoami.goSliceType')
const MAP_TYPE = Symbol.for('kube-whoami.goMapType')

type Tagged = { [SLICE_TYPE]?: string; [MAP_TYPE]?: string }

/** The Go slice type of an array: `[]interface {}` unless tagged otherwise. */
export function sliceType(arr: GoValue[]): string {
  return (arr as Tagged)[SLICE_TYPE] ?? '[]interface {}'
}

/** The Go map type of a map: `map[string]interface {}` unless tagged otherwise. */
export function mapType(m: GoMap): string {
  return (m as Tagged)[MAP_TYPE] ?? 'map[string]interface {}'
}

/** Element type of a slice or map type name ("[]string" -> "string"). */
export function elemType(typeName: string): string {
  if (typeName.startsWith('[]')) return typeName.slice(2)
  if (typeName.startsWith('map[')) {
    // map[K]V with a simple key type, as the values in templates have.
    let depth = 0
    for (let i = 3; i < typeName.length; i++) {
      const c = typeName[i]
      if (c === '[') depth++
      else if (c === ']') {
        depth--
        if (depth === 0) return typeName.slice(i + 1)
      }
    }
  }
  return 'interface {}'
}

const INT_KINDS = new Set([
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
])

/** Go's zero value of a type, in the value contract (null for nilable types). */
export function zeroOf(typeName: string): GoValue {
  switch (typeName) {
    case 'string':
      return ''
    case 'bool':
      return false
    case 'int':
      return 0n
    case 'float64':
    case 'float32':
      return 0
  }
  if (typeName === 'byte') return new GoInt(0n, 'uint8')
  if (INT_KINDS.has(typeName)) return new GoInt(0n, typeName as GoInt['kind'])
  return null
}

/** Whether values of this static type are interfaces (Go unwraps them when used). */
export function isInterfaceType(typeName: string): boolean {
  return typeName === 'interface {}'
}

/** Go's %T for a value of the contract. */
export function goTypeName(v: GoValue): string {
  if (v === null) return '<nil>'
  switch (typeof v) {
    case 'string':
      return 'string'
    case 'number':
      return 'float64'
    case 'bigint':
      return 'int'
    case 'boolean':
      return 'bool'
    case 'function':
      return 'func(...interface {}) (interface {}, error)'
  }
  if (v instanceof GoInt) return v.kind
  if (v instanceof Uint8Array) return '[]uint8'
  if (v instanceof GoStruct) return v.typeName
  if (v instanceof GoTime) return 'time.Time'
  const named = namedTypeOf(v)
  if (named !== undefined) return named.typeName
  if (Array.isArray(v)) return sliceType(v)
  return mapType(v as GoMap)
}
