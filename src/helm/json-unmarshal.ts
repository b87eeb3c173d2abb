/**
 * encoding/json's type errors, as sigs.k8s.io/yaml reports them when a YAML document
 * converted to JSON does not fit the Go struct it is decoded into (Chart.yaml, manifest heads).
 */
import type { GoValue } from '../template/value.js'

/** The JSON kind Go names in "cannot unmarshal <kind> into ...". */
export function jsonKind(v: GoValue): string {
  if (v === null) return 'null'
  if (typeof v === 'string') return 'string'
  if (typeof v === 'number' || typeof v === 'bigint') return 'number'
  if (typeof v === 'boolean') return 'bool'
  if (Array.isArray(v)) return 'array'
  return 'object'
}

/** The message for a struct field of the wrong type. */
export function fieldTypeMessage(v: GoValue, field: string, goType: string): string {
  return `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go struct field ${field} of type ${goType}`
}

/** The message for a whole document of the wrong type. */
export function valueTypeMessage(v: GoValue, goType: string): string {
  return `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type ${goType}`
}
