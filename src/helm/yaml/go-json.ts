/**
 * Go's encoding/json encoder, the one every template JSON function uses: Helm's
 * toJson/mustToJson, Sprig's toPrettyJson/toRawJson (and their must* forms), and
 * sigs.k8s.io/yaml under toYaml.
 *
 * Map keys sorted by bytes; `<`, `>`, `&` escaped unless escapeHTML is off
 * (json.Encoder.SetEscapeHTML), U+2028 and U+2029 always; floats in Go's JSON form (1e+21,
 * 1e-7, -0); []byte as base64; nil slices as null; time.Time as RFC 3339; a value with a
 * MarshalJSON or MarshalText method (Sprig's semver) by that method; structs by their
 * JSON field names; Go's error texts for values JSON cannot hold. Output is compact as
 * json.Marshal writes it, or indented as json.MarshalIndent does.
 */
import { goTypeName } from '../../template/gotypes.js'
import { compareGoStrings } from '../../template/sort.js'
import {
  GoInt,
  GoStruct,
  GoTime,
  isGoMap,
  namedTypeOf,
  type GoFunc,
  type GoMap,
  type GoValue,
} from '../../template/value.js'
import { isNilSlice } from '../funcs/types.js'
import { parseJsonTree } from './go-json-decode.js'
import { GoJsonError, JsonNumber, JsonObject, type JsonTree } from './json-tree.js'
import { work } from '../../core/budget.js'

export { GoJsonError, JsonNumber, JsonObject, type JsonTree } from './json-tree.js'

// ---- struct field names ----------------------------------------------------------------

/** How one Go struct field is named in JSON (its `json:"name,omitempty"` tag). */
export interface JsonField {
  /** Go field name, as in GoStruct.fields. */
  field: string
  /** JSON key; omit for the Go field name. `-` drops the field. */
  key?: string
  omitEmpty?: boolean
}

const structFields = new Map<string, JsonField[]>()

/**
 * Declares the JSON tags of a Go struct type (by GoStruct.typeName, e.g.
 * "*chart.Metadata"). Without a declaration, a struct marshals as Go does an untagged
 * struct: every exported field under its Go name, in field order.
 */
export function registerJsonFields(typeName: string, fields: JsonField[]): void {
  structFields.set(typeName, fields)
}

// ---- marshal ---------------------------------------------------------------------------

/** json.Marshal(v) as a tree; throws GoJsonError with Go's message. */
export function marshalTree(v: GoValue): JsonTree {
  return marshalValue(v, new Set())
}

/**
 * `path` holds the maps and lists being marshaled: a value that contains itself (Sprig's
 * `set` can build one) is the cycle encoding/json reports instead of recursing forever.
 */
function marshalValue(v: GoValue, path: Set<object>): JsonTree {
  // A chart can share one subtree many times over (2^40 nodes in 40 lines of `dict`).
  work()
  if (v === null || v === undefined) return null
  switch (typeof v) {
    case 'boolean':
      return v
    case 'string':
      return v
    case 'number':
      return new JsonNumber(formatJsonFloat(v))
    case 'bigint':
      return new JsonNumber(v.toString())
    case 'function':
      throw new GoJsonError(`json: unsupported type: ${goTypeName(v)}`)
  }
  if (v instanceof Uint8Array)
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')
  if (v instanceof GoInt) return new JsonNumber(v.value.toString())
  if (v instanceof GoTime) return rfc3339Nano(v, true)
  const methods = v instanceof GoStruct ? v.methods : namedTypeOf(v)?.methods
  if (methods?.MarshalJSON) return callMarshalJSON(v, methods.MarshalJSON)
  if (methods?.MarshalText) return callMarshalText(v, methods.MarshalText)
  if (Array.isArray(v)) {
    if (isNilSlice(v)) return null
    enter(v, path, '[]interface {}')
    const out = v.map((e) => marshalValue(e, path))
    path.delete(v)
    return out
  }
  if (v instanceof GoStruct) {
    enter(v, path, v.typeName)
    const out = marshalStruct(v, path)
    path.delete(v)
    return out
  }
  if (isGoMap(v)) {
    enter(v, path, 'map[string]interface {}')
    const keys = Object.keys(v).sort(compareGoStrings)
    const out = new JsonObject(keys.map((k) => [k, marshalValue((v as GoMap)[k], path)]))
    path.delete(v)
    return out
  }
  throw new GoJsonError(`json: unsupported type: ${goTypeName(v)}`)
}

function enter(v: object, path: Set<object>, goType: string): void {
  if (path.has(v))
    throw new GoJsonError(`json: unsupported value: encountered a cycle via ${goType}`)
  path.add(v)
}

/** What a marshaler method returned ([]byte or string), or Go's wrapped error. */
function callMarshaler(v: GoValue, name: string, method: GoFunc): string {
  let out: GoValue
  try {
    out = method()
  } catch (e) {
    throw new GoJsonError(
      `json: error calling ${name} for type ${goTypeName(v)}: ${(e as Error).message}`,
    )
  }
  return out instanceof Uint8Array ? Buffer.from(out).toString('utf8') : String(out ?? '')
}

/** Go compacts a MarshalJSON result into the output after checking that it is JSON. */
function callMarshalJSON(v: GoValue, method: GoFunc): JsonTree {
  const text = callMarshaler(v, 'MarshalJSON', method)
  try {
    return parseJsonTree(text)
  } catch (e) {
    throw new GoJsonError(
      `json: error calling MarshalJSON for type ${goTypeName(v)}: ${(e as Error).message}`,
    )
  }
}

/**
 * The text of a value whose Go type implements encoding.TextMarshaler (Sprig's semver),
 * which go-yaml v3 and the TOML encoder write as a string; undefined for other values.
 */
export function marshalTextOf(v: GoValue): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  const methods = v instanceof GoStruct ? v.methods : namedTypeOf(v)?.methods
  if (!methods?.MarshalText) return undefined
  const out = methods.MarshalText()
  return out instanceof Uint8Array ? Buffer.from(out).toString('utf8') : String(out ?? '')
}

/** A TextMarshaler (without MarshalJSON) is written as the JSON string of its text. */
function callMarshalText(v: GoValue, method: GoFunc): JsonTree {
  return callMarshaler(v, 'MarshalText', method)
}

function marshalStruct(s: GoStruct, path: Set<object>): JsonObject {
  const spec: JsonField[] =
    structFields.get(s.typeName) ?? s.fieldOrder.filter(isExported).map((field) => ({ field }))
  const entries: [string, JsonTree][] = []
  for (const f of spec) {
    if (f.key === '-') continue
    if (!(f.field in s.fields)) continue
    const value = s.fields[f.field]
    if (f.omitEmpty && isEmptyValue(value)) continue
    entries.push([f.key ?? f.field, marshalValue(value, path)])
  }
  return new JsonObject(entries)
}

/** Go marshals only exported fields: those whose name starts with an upper-case letter. */
function isExported(field: string): boolean {
  const first = String.fromCodePoint(field.codePointAt(0) ?? 0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** encoding/json's isEmptyValue (omitempty): false, 0, "", nil, and empty collections. */
function isEmptyValue(v: GoValue): boolean {
  if (v === null || v === false || v === '' || v === 0 || v === 0n) return true
  if (v instanceof GoInt) return v.value === 0n
  if (Array.isArray(v)) return v.length === 0
  if (v instanceof Uint8Array) return v.length === 0
  if (isGoMap(v)) return Object.keys(v).length === 0
  return false
}

/** encoding/json's float64 form: %f between 1e-6 and 1e21, else %e with a short exponent. */
export function formatJsonFloat(f: number): string {
  if (!Number.isFinite(f)) {
    throw new GoJsonError(
      `json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`,
    )
  }
  if (f === 0) return Object.is(f, -0) ? '-0' : '0'
  // JavaScript switches to exponent form at the same bounds and prints the same shortest
  // digits; only its exponent lacks Go's leading zero, which JSON strips again anyway.
  return String(f)
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0')
}

/** time.Time in RFC 3339 with nanoseconds, as MarshalJSON and YAML encoders print it. */
export function rfc3339Nano(t: GoTime, forJson: boolean): string {
  const local = new Date(t.epochMillis + t.offsetMinutes * 60000)
  const year = local.getUTCFullYear()
  if (forJson && (year < 0 || year > 9999)) {
    throw new GoJsonError(
      'json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range [0,9999]',
    )
  }
  const ms = ((t.epochMillis % 1000) + 1000) % 1000
  const nanos = ms * 1e6 + t.extraNanos
  const frac = nanos === 0 ? '' : ('.' + pad(nanos, 9)).replace(/0+$/, '')
  let zone = 'Z'
  if (t.offsetMinutes !== 0) {
    const abs = Math.abs(t.offsetMinutes)
    zone = (t.offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(abs / 60), 2) + ':' + pad(abs % 60, 2)
  }
  const y = year < 0 ? '-' + pad(-year, 4) : pad(year, 4)
  return (
    `${y}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}T` +
    `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}${frac}${zone}`
  )
}

// ---- text ------------------------------------------------------------------------------

/** How the text is laid out: json.Marshal by default, json.MarshalIndent with either of prefix and indent. */
export interface JsonFormat {
  /** json.MarshalIndent's prefix: starts every line but the first. */
  prefix?: string
  /** json.MarshalIndent's indent, once per nesting level (Go breaks lines even when it is ""). */
  indent?: string
  /** json.Encoder.SetEscapeHTML: `<`, `>` and `&` as \u escapes (default true). */
  escapeHTML?: boolean
}

const hexDigits = '0123456789abcdef'

/** A Go string as encoding/json writes it (HTML-safe unless escapeHTML is false). */
export function quoteJsonString(s: string, escapeHTML = true): string {
  let out = '"'
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let esc: string | undefined
    if (c < 0x20) {
      switch (c) {
        case 0x08:
          esc = '\\b'
          break
        case 0x0c:
          esc = '\\f'
          break
        case 0x0a:
          esc = '\\n'
          break
        case 0x0d:
          esc = '\\r'
          break
        case 0x09:
          esc = '\\t'
          break
        default:
          esc = '\\u00' + hexDigits[c >> 4] + hexDigits[c & 15]
      }
    } else if (c === 0x22) esc = '\\"'
    else if (c === 0x5c) esc = '\\\\'
    else if (escapeHTML && c === 0x3c) esc = '\\u003c'
    else if (escapeHTML && c === 0x3e) esc = '\\u003e'
    else if (escapeHTML && c === 0x26) esc = '\\u0026'
    else if (c === 0x2028) esc = '\\u2028'
    else if (c === 0x2029) esc = '\\u2029'
    else if (c >= 0xd800 && c < 0xe000) {
      const next = s.charCodeAt(i + 1)
      if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        i++
        continue
      }
      // A lone surrogate stands for text that was not UTF-8 where it came from (a YAML
      // or JSON file), which Go reads as the replacement character.
      esc = '\ufffd'
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc
      start = i + 1
    }
  }
  return out + s.slice(start) + '"'
}

/** The JSON text of a marshaled tree, compact (json.Marshal) or indented (MarshalIndent). */
export function jsonText(t: JsonTree, format: JsonFormat = {}): string {
  const parts: string[] = []
  const escapeHTML = format.escapeHTML ?? true
  if (format.indent !== undefined || format.prefix !== undefined) {
    writeIndented(t, parts, escapeHTML, '\n' + (format.prefix ?? ''), format.indent ?? '')
  } else writeCompact(t, parts, escapeHTML)
  return parts.join('')
}

function writeScalar(t: null | boolean | string | JsonNumber, out: string[], html: boolean): void {
  if (t === null) out.push('null')
  else if (typeof t === 'boolean') out.push(t ? 'true' : 'false')
  else if (typeof t === 'string') out.push(quoteJsonString(t, html))
  else out.push(t.text)
}

function writeCompact(t: JsonTree, out: string[], html: boolean): void {
  if (Array.isArray(t)) {
    out.push('[')
    t.forEach((e, i) => {
      if (i > 0) out.push(',')
      writeCompact(e, out, html)
    })
    out.push(']')
  } else if (t instanceof JsonObject) {
    out.push('{')
    t.entries.forEach(([k, e], i) => {
      if (i > 0) out.push(',')
      out.push(quoteJsonString(k, html), ':')
      writeCompact(e, out, html)
    })
    out.push('}')
  } else writeScalar(t, out, html)
}

/** `nl` is a newline and the prefix; empty collections stay `[]` and `{}` as in Go. */
function writeIndented(
  t: JsonTree,
  out: string[],
  html: boolean,
  nl: string,
  indent: string,
): void {
  const inner = nl + indent
  if (Array.isArray(t)) {
    if (t.length === 0) return void out.push('[]')
    out.push('[')
    t.forEach((e, i) => {
      out.push(i > 0 ? ',' + inner : inner)
      writeIndented(e, out, html, inner, indent)
    })
    out.push(nl, ']')
  } else if (t instanceof JsonObject) {
    if (t.entries.length === 0) return void out.push('{}')
    out.push('{')
    t.entries.forEach(([k, e], i) => {
      out.push(i > 0 ? ',' + inner : inner, quoteJsonString(k, html), ': ')
      writeIndented(e, out, html, inner, indent)
    })
    out.push(nl, '}')
  } else writeScalar(t, out, html)
}

/** json.Marshal(v) as text, or MarshalIndent / an Encoder's output by `format`; throws GoJsonError. */
export function marshalJson(v: GoValue, format?: JsonFormat): string {
  return jsonText(marshalTree(v), format)
}
