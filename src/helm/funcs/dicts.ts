/** Sprig's dict functions (dict.go) with mergo v1.0.1's map-merge rules. */
import { GoStruct, GoTime, attachMethods, isGoMap, namedTypeOf } from '../../template/value.js'
import type { GoMap, GoValue } from '../../template/value.js'
import { strval } from './fmtv.js'
import { goPanic } from './gopanic.js'
import {
  goTypeName,
  isEmpty,
  isSlice,
  mapKeys,
  nilSlice,
  stringSlice,
  mapTypeName,
  sliceTypeName,
  typedMap,
  typedSlice,
} from './types.js'
import { pushAll } from '../../core/arrays.js'

const hasOwn = (m: GoMap, k: string): boolean => Object.prototype.hasOwnProperty.call(m, k)

function asMap(v: GoValue): GoMap | null {
  return v !== null && isGoMap(v) ? v : null
}

export function get(d: GoValue, key: GoValue): GoValue {
  const m = asMap(d)
  const k = String(key)
  return m && hasOwn(m, k) ? m[k] : ''
}

export function set(d: GoValue, key: GoValue, value: GoValue): GoValue {
  const m = asMap(d)
  if (!m) goPanic('assignment to entry in nil map')
  m[String(key)] = value
  return m
}

export function unset(d: GoValue, key: GoValue): GoValue {
  const m = asMap(d)
  if (m) delete m[String(key)]
  return d
}

export function hasKey(d: GoValue, key: GoValue): boolean {
  const m = asMap(d)
  return m !== null && hasOwn(m, String(key))
}

export function pluck(key: GoValue, ...dicts: GoValue[]): GoValue[] {
  const k = String(key)
  const out: GoValue[] = []
  for (const d of dicts) {
    const m = asMap(d)
    if (m && hasOwn(m, k)) out.push(m[k])
  }
  return out
}

/** Go returns keys in random map order; this returns them sorted (a valid Go order). */
export function keys(...dicts: GoValue[]): GoValue {
  const out: string[] = []
  for (const d of dicts) {
    const m = asMap(d)
    if (m) pushAll(out, mapKeys(m))
  }
  return stringSlice(out)
}

export function values(d: GoValue): GoValue[] {
  const m = asMap(d)
  return m ? mapKeys(m).map((k) => m[k]) : []
}

export function pick(d: GoValue, ...ks: GoValue[]): GoMap {
  const m = asMap(d)
  const out: GoMap = {}
  if (!m) return out
  for (const k of ks) {
    const key = String(k)
    if (hasOwn(m, key)) out[key] = m[key]
  }
  return out
}

export function omit(d: GoValue, ...ks: GoValue[]): GoMap {
  const m = asMap(d)
  const out: GoMap = {}
  if (!m) return out
  const skip = new Set(ks.map(String))
  for (const k of Object.keys(m)) if (!skip.has(k)) out[k] = m[k]
  return out
}

export function dict(...v: GoValue[]): GoMap {
  const out: GoMap = {}
  for (let i = 0; i < v.length; i += 2) {
    const key = strval(v[i])
    out[key] = i + 1 >= v.length ? '' : v[i + 1]
  }
  return out
}

/** mergo's isEmptyValue on an interface element (nil, or the zero of its dynamic value). */
const emptyElem = (v: GoValue): boolean => isEmpty(v)

/**
 * mergo.Merge / MergeWithOverwrite for map[string]interface{}: nested maps merge in
 * place, slices and scalars replace only empty destinations (or always, with
 * overwrite), a nil source value only lands with overwrite. Values are shared, not
 * copied, exactly as Go shares map and slice references.
 */
export function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): void {
  for (const key of Object.keys(src)) {
    const sv = src[key]
    const present = hasOwn(dst, key)
    const dv = present ? dst[key] : undefined
    if (sv === null) {
      if (overwrite) dst[key] = null
      continue
    }
    if (isGoMap(sv) || sv instanceof GoStruct || sv instanceof GoTime) {
      if (isGoMap(sv) && dv !== undefined && dv !== null && isGoMap(dv))
        mergeInto(dv, sv, overwrite)
    } else if (isSlice(sv)) {
      // mergo tests emptiness of the whole destination map here, not of the element.
      if (overwrite || Object.keys(dst).length === 0) dst[key] = sv
      else if (dv === undefined || dv === null) dst[key] = nilSlice(goTypeName(sv))
    }
    const cur = present ? dv! : undefined
    if (cur !== undefined && !emptyElem(cur)) {
      if (isSlice(sv)) continue
      if (isGoMap(sv) && isGoMap(cur)) continue
    }
    if (overwrite || !present || emptyElem(cur!)) dst[key] = sv
  }
}

function mergeImpl(overwrite: boolean) {
  return (dst: GoValue, ...srcs: GoValue[]): GoValue => {
    let d = asMap(dst)
    for (const s of srcs) {
      const src = asMap(s)
      if (!src) continue
      if (!d) d = {}
      mergeInto(d, src, overwrite)
    }
    return d ?? {}
  }
}
export const merge = mergeImpl(false)
export const mustMerge = mergeImpl(false)
export const mergeOverwrite = mergeImpl(true)
export const mustMergeOverwrite = mergeImpl(true)

/** copystructure.Copy: maps, slices and byte slices are copied deeply; the rest is shared. */
export function deepCopy(v: GoValue): GoValue {
  if (v === null) goPanic('reflect: call of reflect.Value.Type on zero Value')
  return copyValue(v)
}

function copyValue(v: GoValue): GoValue {
  if (v === null || typeof v !== 'object') return v
  // The copy keeps its Go type: slice/map tags and a named type's methods.
  const named = namedTypeOf(v)
  if (Array.isArray(v)) {
    const out = v.map(copyValue)
    const t = sliceTypeName(v)
    if (t !== '[]interface {}') typedSlice(out, t)
    return named ? attachMethods(out, named.typeName, named.methods) : out
  }
  if (v instanceof Uint8Array) return v.slice()
  if (isGoMap(v)) {
    const out: GoMap = {}
    for (const k of Object.keys(v)) out[k] = copyValue(v[k])
    const t = mapTypeName(v)
    if (t !== 'map[string]interface {}') typedMap(out, t)
    return named ? attachMethods(out, named.typeName, named.methods) : out
  }
  return v
}

export function dig(...ps: GoValue[]): GoValue {
  if (ps.length < 3) goPanic('dig needs at least three arguments')
  const last = ps[ps.length - 1]
  const def = ps[ps.length - 2]
  const m = asMap(last)
  if (!m)
    goPanic(
      `interface conversion: interface {} is ${goTypeName(last)}, not map[string]interface {}`,
    )
  const ks = ps.slice(0, -2).map((k) => {
    if (typeof k !== 'string') {
      goPanic(`interface conversion: interface {} is ${goTypeName(k)}, not string`)
    }
    return k
  })
  let cur: GoMap = m
  for (let i = 0; i < ks.length; i++) {
    if (!hasOwn(cur, ks[i])) return def
    const step = cur[ks[i]]
    if (i === ks.length - 1) return step
    const next = asMap(step)
    if (!next) {
      goPanic(
        `interface conversion: interface {} is ${goTypeName(step)}, not map[string]interface {}`,
      )
    }
    cur = next
  }
  return def
}
