/**
 * Map helpers for Go-shaped values held in plain objects: own-key reads and writes that
 * are safe for any key a chart may use (`__proto__`, `constructor`), a deep copy that
 * keeps value origins, and Go's type names for messages Helm prints.
 */
import { GoInt, GoStruct, GoTime, isGoMap, type GoMap, type GoValue } from '../template/value.js'
import { copySite } from './origins.js'

export function hasKey(m: GoMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(m, key)
}

export function getKey(m: GoMap, key: string): GoValue | undefined {
  return hasKey(m, key) ? m[key] : undefined
}

export function setKey(m: GoMap, key: string, value: GoValue): void {
  if (key === '__proto__') {
    Object.defineProperty(m, key, { value, writable: true, enumerable: true, configurable: true })
  } else {
    m[key] = value
  }
}

export function deleteKey(m: GoMap, key: string): void {
  delete m[key]
}

/** copystructure.Copy of maps and slices (other values are shared), origins included. */
export function deepCopy(v: GoValue): GoValue {
  if (Array.isArray(v)) {
    const out = v.map((x) => deepCopy(x))
    for (let i = 0; i < v.length; i++) copySite(v, i, out, i)
    return out
  }
  if (isGoMap(v)) return deepCopyMap(v)
  return v
}

export function deepCopyMap(m: GoMap): GoMap {
  const out: GoMap = {}
  for (const k of Object.keys(m)) {
    setKey(out, k, deepCopy(m[k]))
    copySite(m, k, out, k)
  }
  return out
}

/** Go's %T name for a value held in an interface{} (values, --set results). */
export function goTypeName(v: GoValue | undefined): string {
  if (v === null || v === undefined) return 'nil'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return 'float64'
  if (typeof v === 'bigint') return 'int64'
  if (typeof v === 'string') return 'string'
  if (Array.isArray(v)) return '[]interface {}'
  if (v instanceof Uint8Array) return '[]uint8'
  if (v instanceof GoInt) return v.kind
  if (v instanceof GoStruct) return v.typeName
  if (v instanceof GoTime) return 'time.Time'
  if (typeof v === 'function') return 'func'
  return 'map[string]interface {}'
}
