/**
 * Map helpers for Go-shaped values held in plain objects: own-key reads and writes that
 * are safe for any key a chart may use (`__proto__`, `constructor`), a deep copy that
 * keeps value origins, and Go's type names for messages Helm prints.
 */
import { GoInt, GoStruct, GoTime, isGoMap, type GoMap, type GoValue } from '../template/value.js'
import { shareSites } from './origins.js'

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
    const out = v.slice()
    for (let i = 0; i < out.length; i++) {
      const x = out[i]
      if (x !== null && typeof x === 'object') out[i] = deepCopy(x)
    }
    shareSites(v, out)
    return out
  }
  if (isGoMap(v)) return deepCopyMap(v)
  return v
}

export function deepCopyMap(m: GoMap): GoMap {
  // Spread copies own properties natively (an own `__proto__` stays an own property).
  const out: GoMap = { ...m }
  for (const k in out) {
    const x = out[k]
    if (x !== null && typeof x === 'object' && (Array.isArray(x) || isGoMap(x)))
      out[k] = deepCopy(x)
  }
  shareSites(m, out)
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
