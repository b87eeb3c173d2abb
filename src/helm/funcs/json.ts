/**
 * Go's encoding/json for Sprig's own JSON functions (toPrettyJson, toRawJson,
 * mustFromJson...): sorted map keys, HTML-safe escaping unless raw, Go's float
 * format, []byte as base64, structs by exported field (or their MarshalJSON), nil
 * slices as null, times as RFC 3339. Helm's toJson/fromJson/mustToJson live in
 * src/helm/yaml, whose decoder mustFromJson uses.
 */
import { GoInt, GoStruct, GoTime, isGoMap } from '../../template/value.js'
import type { GoValue } from '../../template/value.js'
import { unmarshalAny } from '../yaml/go-json.js'
import { formatFloatE, formatFloatF } from './fmtv.js'
import { goError, goPanic } from './gopanic.js'
import { formatGoTime } from './gotime.js'
import { goTypeName, isNilSlice, mapKeys } from './types.js'

class JsonError extends Error {}

function encodeFloat(f: number): string {
  if (!Number.isFinite(f)) {
    throw new JsonError(
      `json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`,
    )
  }
  const abs = Math.abs(f)
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return formatFloatE(f).replace(/e([+-])0(\d)$/, 'e$1$2')
  }
  return formatFloatF(f)
}

function encodeString(s: string, escapeHTML: boolean): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (c < 0x20) {
      if (ch === '\n') out += '\\n'
      else if (ch === '\r') out += '\\r'
      else if (ch === '\t') out += '\\t'
      else if (ch === '\b') out += '\\b'
      else if (ch === '\f') out += '\\f'
      else out += '\\u00' + c.toString(16).padStart(2, '0')
    } else if (escapeHTML && (ch === '<' || ch === '>' || ch === '&')) {
      out += '\\u00' + c.toString(16)
    } else if (c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16)
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'
    else out += ch
  }
  return out + '"'
}

interface Opts {
  escapeHTML: boolean
  indent: string
}

function encode(v: GoValue, o: Opts, depth: number): string {
  if (v === null) return 'null'
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false'
    case 'number':
      return encodeFloat(v)
    case 'bigint':
      return v.toString()
    case 'string':
      return encodeString(v, o.escapeHTML)
    case 'function':
      throw new JsonError(`json: unsupported type: ${goTypeName(v)}`)
  }
  if (v instanceof GoInt) return v.value.toString()
  if (v instanceof Uint8Array) return '"' + Buffer.from(v).toString('base64') + '"'
  if (v instanceof GoTime) {
    return encodeString(formatGoTime(v, '2006-01-02T15:04:05.999999999Z07:00'), o.escapeHTML)
  }
  const nl = o.indent ? '\n' + o.indent.repeat(depth + 1) : ''
  const close = o.indent ? '\n' + o.indent.repeat(depth) : ''
  const colon = o.indent ? ': ' : ':'
  if (Array.isArray(v)) {
    if (isNilSlice(v)) return 'null'
    if (v.length === 0) return '[]'
    return '[' + v.map((x) => nl + encode(x, o, depth + 1)).join(',') + close + ']'
  }
  if (v instanceof GoStruct) {
    const marshal = v.methods.MarshalJSON
    if (marshal) {
      const raw = String(marshal())
      return raw
    }
    const keys = v.fieldOrder.filter((k) => /^[A-Z]/.test(k))
    if (keys.length === 0) return '{}'
    return (
      '{' +
      keys
        .map(
          (k) =>
            nl + encodeString(k, o.escapeHTML) + colon + encode(v.fields[k] ?? null, o, depth + 1),
        )
        .join(',') +
      close +
      '}'
    )
  }
  if (isGoMap(v)) {
    const keys = mapKeys(v)
    if (keys.length === 0) return '{}'
    return (
      '{' +
      keys
        .map((k) => nl + encodeString(k, o.escapeHTML) + colon + encode(v[k], o, depth + 1))
        .join(',') +
      close +
      '}'
    )
  }
  throw new JsonError(`json: unsupported type: ${goTypeName(v)}`)
}

/** json.Marshal / MarshalIndent(v, "", indent); throws JsonError. */
export function marshalJson(v: GoValue, indent = '', escapeHTML = true): string {
  return encode(v, { escapeHTML, indent }, 0)
}

function tryMarshal(v: GoValue, indent: string, escapeHTML: boolean): string | JsonError {
  try {
    return marshalJson(v, indent, escapeHTML)
  } catch (e) {
    if (e instanceof JsonError) return e
    throw e
  }
}

export const toPrettyJson = (v: GoValue): string => {
  const r = tryMarshal(v, '  ', true)
  return r instanceof JsonError ? '' : r
}
export const mustToPrettyJson = (v: GoValue): string => {
  const r = tryMarshal(v, '  ', true)
  return r instanceof JsonError ? goError(r.message) : r
}
export const toRawJson = (v: GoValue): string => {
  const r = tryMarshal(v, '', false)
  return r instanceof JsonError ? goPanic(r.message) : r
}
export const mustToRawJson = (v: GoValue): string => {
  const r = tryMarshal(v, '', false)
  return r instanceof JsonError ? goError(r.message) : r
}

/** Sprig's mustFromJson: json.Unmarshal into interface{} (Go's decoder from src/helm/yaml). */
export const mustFromJson = (v: GoValue): GoValue => {
  const r = unmarshalAny(String(v))
  if (r.error) goError(r.error.message)
  return r.value
}
