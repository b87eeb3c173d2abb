/**
 * Go's predefined template functions (text/template funcs.go): comparisons with their
 * basic-kind rules, index/slice/len with Go's error messages, not, the print family and
 * the html/js/urlquery escapers. `and`, `or` and `call` need the executor (lazy arguments,
 * function values) and live there.
 *
 * Arguments arrive as the executor holds them: `undefined` is Go's invalid reflect.Value
 * (no value at all), `null` a nil interface.
 */
import { GoInt, GoStruct, GoTime, isGoMap, namedTypeOf } from './value.js'
import type { GoMap, GoValue } from './value.js'
import { sprint, sprintf, sprintln } from './fmt.js'
import { elemType, goTypeName, mapType, zeroOf } from './gotypes.js'
import { compareGoStrings } from './sort.js'
import { isPrint, utf8Length } from './strconv.js'
import type { FuncSignature } from './functions.js'

export type V = GoValue | undefined

/** Hook for reads from containers (index), supplied by the executor when tracing. */
export type ReadHook = (container: object, key: string | number, value: GoValue) => void

export interface Builtin {
  sig: FuncSignature
  fn: (args: V[], onRead?: ReadHook) => V
}

const hasOwn = Object.prototype.hasOwnProperty

/** Go's concrete type name; a pointer is shown dereferenced where Go indirects first. */
function derefTypeName(v: GoValue): string {
  const t = goTypeName(v)
  return v instanceof GoStruct && t.startsWith('*') ? t.slice(1) : t
}

/** Whether a value is Go-true (text/template's isTrue; nil and invalid are false). */
export function truth(v: V): boolean {
  if (v === undefined || v === null) return false
  switch (typeof v) {
    case 'boolean':
      return v
    case 'string':
      return v.length > 0
    case 'number':
      return v !== 0
    case 'bigint':
      return v !== 0n
    case 'function':
      return true
  }
  if (Array.isArray(v) || v instanceof Uint8Array) return v.length > 0
  if (v instanceof GoInt) return v.value !== 0n
  if (v instanceof GoStruct || v instanceof GoTime) return true
  for (const k in v as GoMap) if (hasOwn.call(v, k)) return true
  return false
}

function indexArg(index: V, cap: number): number {
  if (index instanceof GoInt) index = index.value
  if (typeof index === 'bigint') {
    if (index < 0n || index > BigInt(cap)) throw new Error(`index out of range: ${index}`)
    return Number(index)
  }
  if (index === undefined || index === null) throw new Error('cannot index slice/array with nil')
  throw new Error(`cannot index slice/array with type ${goTypeName(index)}`)
}

function index(args: V[], onRead?: ReadHook): V {
  let item = args[0]
  if (item === undefined || item === null) throw new Error('index of untyped nil')
  for (let i = 1; i < args.length; i++) {
    let idx = args[i]
    if (idx === null) idx = undefined
    if (item === null || item === undefined) throw new Error('index of nil pointer')
    if (typeof item === 'string') {
      const bytes: Buffer | null =
        utf8Length(item) === item.length ? null : Buffer.from(item, 'utf8')
      const len: number = bytes ? bytes.length : item.length
      const x = indexArg(idx, len)
      if (x === len) throw new Error('reflect: string index out of range')
      item = new GoInt(BigInt(bytes ? bytes[x] : item.charCodeAt(x)), 'uint8')
    } else if (Array.isArray(item) || item instanceof Uint8Array) {
      const x = indexArg(idx, item.length)
      if (x === item.length) throw new Error('reflect: slice index out of range')
      const container = item
      item = Array.isArray(item) ? item[x] : new GoInt(BigInt(item[x]), 'uint8')
      if (onRead) onRead(container, x, item as GoValue)
    } else if (isGoMap(item)) {
      if (idx === undefined) throw new Error('value is nil; should be of type string')
      if (typeof idx !== 'string') {
        throw new Error(`value has type ${goTypeName(idx)}; should be string`)
      }
      const container = item
      item = hasOwn.call(item, idx) ? (item[idx] ?? null) : mapZero(item)
      if (onRead) onRead(container, idx, item as GoValue)
    } else {
      throw new Error(`can't index item of type ${derefTypeName(item)}`)
    }
  }
  return item
}

/** The zero value of a map's element type (nil for map[string]interface {}). */
export function mapZero(m: GoMap): GoValue {
  if (namedTypeOf(m) !== undefined) return null
  const t = mapType(m)
  return t === 'map[string]interface {}' ? null : zeroOf(elemType(t))
}

function slice(args: V[]): V {
  const item = args[0]
  if (item === undefined || item === null) throw new Error('slice of untyped nil')
  const indexes = args.slice(1)
  if (indexes.length > 3) throw new Error(`too many slice indexes: ${indexes.length}`)
  let cap: number
  let bytes: Buffer | null = null
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new Error('cannot 3-index slice a string')
    bytes = Buffer.from(item, 'utf8')
    cap = bytes.length
  } else if (Array.isArray(item) || item instanceof Uint8Array) {
    cap = item.length
  } else {
    throw new Error(`can't slice item of type ${derefTypeName(item)}`)
  }
  const idx = [0, cap, 0]
  for (let i = 0; i < indexes.length; i++) {
    const v = indexes[i]
    idx[i] = indexArg(v === null ? undefined : v, cap)
  }
  if (idx[0] > idx[1]) throw new Error(`invalid slice index: ${idx[0]} > ${idx[1]}`)
  if (indexes.length === 3 && idx[1] > idx[2]) {
    throw new Error(`invalid slice index: ${idx[1]} > ${idx[2]}`)
  }
  if (bytes) return bytes.subarray(idx[0], idx[1]).toString('utf8')
  return (item as GoValue[] | Uint8Array).slice(idx[0], idx[1]) as GoValue
}

function length(args: V[]): V {
  const item = args[0]
  if (item === undefined) throw new Error('reflect: call of reflect.Value.Type on zero Value')
  if (item === null) throw new Error('len of nil pointer')
  if (typeof item === 'string') return BigInt(utf8Length(item))
  if (Array.isArray(item) || item instanceof Uint8Array) return BigInt(item.length)
  if (isGoMap(item)) return BigInt(Object.keys(item).length)
  throw new Error(`len of type ${derefTypeName(item)}`)
}

// ---- comparison ------------------------------------------------------------------------

const enum Kind {
  Invalid,
  Bool,
  Complex,
  Int,
  Float,
  String,
  Uint,
}

function basicKind(v: V): Kind {
  if (v instanceof GoInt) return v.kind[0] === 'u' ? Kind.Uint : Kind.Int
  switch (typeof v) {
    case 'boolean':
      return Kind.Bool
    case 'bigint':
      return Kind.Int
    case 'number':
      return Kind.Float
    case 'string':
      return Kind.String
  }
  return Kind.Invalid
}

/** reflect.Kind-like classification for the non-basic comparison rules. */
function reflectKind(v: V): string {
  if (v === undefined || v === null) return 'invalid'
  if (v instanceof GoInt) return v.kind
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice'
  if (v instanceof GoStruct) return v.typeName.startsWith('*') ? 'ptr' : 'struct'
  if (v instanceof GoTime) return 'struct'
  if (typeof v === 'function') return 'func'
  if (typeof v === 'object') return 'map'
  return typeof v
}

function isNilValue(v: V): boolean {
  return v === undefined || v === null
}

function comparable(v: GoValue): boolean {
  const k = reflectKind(v)
  return k !== 'slice' && k !== 'map' && k !== 'func'
}

function intOf(v: V): bigint {
  return v instanceof GoInt ? v.value : (v as bigint)
}

function errType(v: V): string {
  return v === undefined || v === null ? '<nil>' : goTypeName(v)
}

function eq(args: V[]): V {
  let arg1 = args[0]
  if (arg1 === null) arg1 = undefined
  if (args.length < 2) throw new Error('missing argument for comparison')
  const k1 = basicKind(arg1)
  for (let i = 1; i < args.length; i++) {
    let arg = args[i]
    if (arg === null) arg = undefined
    const k2 = basicKind(arg)
    let t = false
    if (k1 !== k2) {
      if ((k1 === Kind.Int && k2 === Kind.Uint) || (k1 === Kind.Uint && k2 === Kind.Int)) {
        const a = intOf(arg1)
        const b = intOf(arg)
        t = a >= 0n && b >= 0n && a === b
      } else if (arg1 !== undefined && arg !== undefined) {
        throw new Error(`incompatible types for comparison: ${errType(arg1)} and ${errType(arg)}`)
      }
    } else {
      switch (k1) {
        case Kind.Bool:
        case Kind.String:
          t = arg1 === arg
          break
        case Kind.Int:
        case Kind.Uint:
          t = intOf(arg1) === intOf(arg)
          break
        case Kind.Float:
          t = (arg1 as number) === (arg as number)
          break
        default: {
          const ka = reflectKind(arg1)
          const kb = reflectKind(arg)
          if (!(ka === kb || ka === 'invalid' || kb === 'invalid')) {
            throw new Error(
              `non-comparable types ${sprintf('%s', [arg1 as GoValue])}: ${errType(arg1)}, ${errType(arg)}: ${sprintf('%v', [arg as GoValue])}`,
            )
          }
          if (isNilValue(arg1) || isNilValue(arg)) {
            t = isNilValue(arg) === isNilValue(arg1)
          } else {
            if (!comparable(arg as GoValue)) {
              throw new Error(
                `non-comparable type ${sprintf('%s', [arg as GoValue])}: ${errType(arg)}`,
              )
            }
            if (arg1 instanceof GoTime && arg instanceof GoTime) {
              t =
                arg1.epochMillis === arg.epochMillis &&
                arg1.extraNanos === arg.extraNanos &&
                arg1.offsetMinutes === arg.offsetMinutes &&
                arg1.zoneName === arg.zoneName
            } else {
              t = arg1 === arg
            }
          }
        }
      }
    }
    if (t) return true
  }
  return false
}

function lt(a: V, b: V): boolean {
  if (a === null) a = undefined
  if (b === null) b = undefined
  const k1 = basicKind(a)
  if (k1 === Kind.Invalid) throw new Error('invalid type for comparison')
  const k2 = basicKind(b)
  if (k2 === Kind.Invalid) throw new Error('invalid type for comparison')
  if (k1 !== k2) {
    if (k1 === Kind.Int && k2 === Kind.Uint) return intOf(a) < 0n || intOf(a) < intOf(b)
    if (k1 === Kind.Uint && k2 === Kind.Int) return intOf(b) >= 0n && intOf(a) < intOf(b)
    throw new Error(`incompatible types for comparison: ${errType(a)} and ${errType(b)}`)
  }
  switch (k1) {
    case Kind.Bool:
      throw new Error('invalid type for comparison')
    case Kind.Float:
      return (a as number) < (b as number)
    case Kind.Int:
    case Kind.Uint:
      return intOf(a) < intOf(b)
    case Kind.String:
      return compareGoStrings(a as string, b as string) < 0
  }
  return false
}

function le(a: V, b: V): boolean {
  if (lt(a, b)) return true
  return eq([a, b]) as boolean
}

// ---- escapers --------------------------------------------------------------------------

function evalArgs(args: V[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0]
  return sprint(args.map((a) => (a === undefined || a === null ? '<no value>' : a)))
}

/** template.HTMLEscapeString */
export function htmlEscapeString(s: string): string {
  if (!/['"&<>\0]/.test(s)) return s
  return s.replace(/['"&<>\0]/g, (c) => {
    switch (c) {
      case '\0':
        return '\uFFFD'
      case '"':
        return '&#34;'
      case "'":
        return '&#39;'
      case '&':
        return '&amp;'
      case '<':
        return '&lt;'
      default:
        return '&gt;'
    }
  })
}

/** template.JSEscapeString */
export function jsEscapeString(s: string): string {
  let out = ''
  for (const ch of s) {
    const r = ch.codePointAt(0)!
    switch (ch) {
      case '\\':
        out += '\\\\'
        continue
      case "'":
        out += "\\'"
        continue
      case '"':
        out += '\\"'
        continue
      case '<':
        out += '\\u003C'
        continue
      case '>':
        out += '\\u003E'
        continue
      case '&':
        out += '\\u0026'
        continue
      case '=':
        out += '\\u003D'
        continue
    }
    if (r < 0x20) {
      out += '\\u00' + r.toString(16).toUpperCase().padStart(2, '0')
    } else if (r < 0x80 || isPrint(r)) {
      out += ch
    } else {
      out += '\\u' + r.toString(16).toUpperCase().padStart(4, '0')
    }
  }
  return out
}

/** url.QueryEscape */
export function urlQueryEscape(s: string): string {
  let out = ''
  for (const b of Buffer.from(s, 'utf8')) {
    if (
      (b >= 0x30 && b <= 0x39) ||
      (b >= 0x41 && b <= 0x5a) ||
      (b >= 0x61 && b <= 0x7a) ||
      b === 0x2d ||
      b === 0x2e ||
      b === 0x5f ||
      b === 0x7e
    ) {
      out += String.fromCharCode(b)
    } else if (b === 0x20) {
      out += '+'
    } else {
      out += '%' + b.toString(16).toUpperCase().padStart(2, '0')
    }
  }
  return out
}

const RV = 'reflect.Value'
const ANY = 'interface {}'

function nullToNil(args: V[]): GoValue[] {
  return args.map((a) => (a === undefined ? null : a))
}

/** The builtins other than and/or/call, keyed by name. */
export const builtins: Record<string, Builtin> = {
  index: { sig: { params: [RV, RV], variadic: true }, fn: index },
  slice: { sig: { params: [RV, RV], variadic: true }, fn: slice },
  len: { sig: { params: [RV] }, fn: length },
  not: { sig: { params: [RV] }, fn: (a) => !truth(a[0]) },
  eq: { sig: { params: [RV, RV], variadic: true }, fn: eq },
  ne: { sig: { params: [RV, RV] }, fn: (a) => !eq(a) },
  lt: { sig: { params: [RV, RV] }, fn: (a) => lt(a[0], a[1]) },
  le: { sig: { params: [RV, RV] }, fn: (a) => le(a[0], a[1]) },
  gt: { sig: { params: [RV, RV] }, fn: (a) => !le(a[0], a[1]) },
  ge: { sig: { params: [RV, RV] }, fn: (a) => !lt(a[0], a[1]) },
  print: { sig: { params: [ANY], variadic: true }, fn: (a) => sprint(nullToNil(a)) },
  printf: {
    sig: { params: ['string', ANY], variadic: true },
    fn: (a) => sprintf(a[0] as string, nullToNil(a.slice(1))),
  },
  println: { sig: { params: [ANY], variadic: true }, fn: (a) => sprintln(nullToNil(a)) },
  html: { sig: { params: [ANY], variadic: true }, fn: (a) => htmlEscapeString(evalArgs(a)) },
  js: { sig: { params: [ANY], variadic: true }, fn: (a) => jsEscapeString(evalArgs(a)) },
  urlquery: { sig: { params: [ANY], variadic: true }, fn: (a) => urlQueryEscape(evalArgs(a)) },
}

/** Names Go predefines (and, call and or are handled by the executor). */
export const builtinNames = new Set([...Object.keys(builtins), 'and', 'or', 'call'])
