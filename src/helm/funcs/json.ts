/**
 * Go's encoding/json for Sprig's own JSON functions (toPrettyJson, toRawJson,
 * mustFromJson...): sorted map keys, HTML-safe escaping unless raw, Go's float
 * format, []byte as base64, structs by exported field, times as RFC 3339.
 * Helm's toJson/fromJson/mustToJson are the encoding helper's (src/helm/yaml).
 */
import { GoInt, GoStruct, GoTime, isGoMap } from '../../template/value.js'
import type { GoValue } from '../../template/value.js'
import { formatFloatE, formatFloatF, quoteGo } from './fmtv.js'
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

/** encoding/json's quoteChar. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''"
  if (c === '"') return `'"'`
  const q = quoteGo(c)
  return "'" + q.slice(1, -1) + "'"
}

/** The SyntaxError text Go's JSON scanner reports for invalid input. */
export function jsonSyntaxError(s: string): string | undefined {
  let i = 0
  const n = s.length
  const stack: ('obj' | 'arr')[] = []
  const ws = () => {
    while (i < n && ' \t\r\n'.includes(s[i])) i++
  }
  const bad = (ctx: string) =>
    `invalid character ${quoteChar(String.fromCodePoint(s.codePointAt(i) as number))} ${ctx}`
  const END = 'unexpected end of JSON input'
  const digits = () => {
    while (i < n && s[i] >= '0' && s[i] <= '9') i++
  }
  const literal = (word: string): string | undefined => {
    for (let k = 1; k < word.length; k++) {
      i++
      if (i >= n) return END
      if (s[i] !== word[k]) return bad(`in literal ${word} (expecting ${quoteChar(word[k])})`)
    }
    i++
    return undefined
  }
  // value: returns an error text or undefined after consuming one value
  const value = (): string | undefined => {
    ws()
    if (i >= n) return END
    const c = s[i]
    if (c === '{') {
      i++
      ws()
      if (i >= n) return END
      if (s[i] === '}') {
        i++
        return undefined
      }
      for (;;) {
        ws()
        if (i >= n) return END
        if (s[i] !== '"') return bad('looking for beginning of object key string')
        const e = str()
        if (e) return e
        ws()
        if (i >= n) return END
        if (s[i] !== ':') return bad('after object key')
        i++
        const v = value()
        if (v) return v
        ws()
        if (i >= n) return END
        if (s[i] === ',') {
          i++
          continue
        }
        if (s[i] === '}') {
          i++
          return undefined
        }
        return bad('after object key:value pair')
      }
    }
    if (c === '[') {
      i++
      ws()
      if (i >= n) return END
      if (s[i] === ']') {
        i++
        return undefined
      }
      for (;;) {
        const v = value()
        if (v) return v
        ws()
        if (i >= n) return END
        if (s[i] === ',') {
          i++
          continue
        }
        if (s[i] === ']') {
          i++
          return undefined
        }
        return bad('after array element')
      }
    }
    if (c === '"') return str()
    if (c === '-' || (c >= '0' && c <= '9')) {
      if (c === '-') {
        i++
        if (i >= n) return END
        if (!(s[i] >= '0' && s[i] <= '9')) return bad('in numeric literal')
      }
      if (s[i] === '0') i++
      else digits()
      if (s[i] === '.') {
        i++
        if (i >= n) return END
        if (!(s[i] >= '0' && s[i] <= '9')) return bad('after decimal point in numeric literal')
        digits()
      }
      if (s[i] === 'e' || s[i] === 'E') {
        i++
        if (s[i] === '+' || s[i] === '-') i++
        if (i >= n) return END
        if (!(s[i] >= '0' && s[i] <= '9')) return bad('in exponent of numeric literal')
        digits()
      }
      return undefined
    }
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    return bad('looking for beginning of value')
  }
  const str = (): string | undefined => {
    i++
    while (i < n) {
      const c = s[i]
      if (c === '"') {
        i++
        return undefined
      }
      if (c === '\\') {
        i++
        if (i >= n) return END
        if ('bfnrt\\/"'.includes(s[i])) i++
        else if (s[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++
            if (i >= n) return END
            if (!/[0-9a-fA-F]/.test(s[i])) return bad('in \\u hexadecimal character escape')
          }
          i++
        } else return bad('in string escape code')
        continue
      }
      if (c < ' ') return bad('in string literal')
      i++
    }
    return END
  }
  void stack
  const e = value()
  if (e) return e
  ws()
  if (i < n) return bad('after top-level value')
  return undefined
}

/** json.Unmarshal into interface{}: numbers are float64, objects map[string]interface{}. */
export function unmarshalJson(s: string): GoValue {
  const err = jsonSyntaxError(s)
  if (err) throw new JsonError(err)
  return JSON.parse(s) as GoValue
}

export const fromJsonSprig = (v: GoValue): GoValue => {
  try {
    return unmarshalJson(String(v))
  } catch {
    return null
  }
}
export const mustFromJson = (v: GoValue): GoValue => {
  try {
    return unmarshalJson(String(v))
  } catch (e) {
    return goError((e as Error).message)
  }
}
