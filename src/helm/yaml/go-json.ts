/**
 * Go's encoding/json as Helm's toJson/fromJson and sigs.k8s.io/yaml use it.
 *
 * Marshal: map keys sorted by bytes, `<`, `>`, `&`, U+2028 and U+2029 escaped, floats in
 * Go's JSON form (1e+21, 1e-7, -0), []byte as base64, time.Time as RFC 3339, structs by
 * their JSON field names, and Go's error texts for values JSON cannot hold.
 * Unmarshal: Go's syntax checker (its exact error messages), numbers as float64, the last
 * of duplicate keys winning, and type errors that still return what was decoded.
 */
import { GoInt, GoStruct, GoTime, isGoMap, type GoMap, type GoValue } from '../../template/value.js'
import { compareGoStrings } from '../../template/sort.js'

/** A marshaled JSON number, kept as Go printed it. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** A JSON value as json.Marshal produced it; object entries are in output order. */
export type JsonTree = null | boolean | JsonNumber | string | JsonTree[] | JsonObject

export class JsonObject {
  constructor(readonly entries: [string, JsonTree][]) {}
}

/** An error json.Marshal or json.Unmarshal returns; the message is Go's. */
export class GoJsonError extends Error {}

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
 * struct: every field under its Go name, in field order.
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
      throw new GoJsonError('json: unsupported type: func()')
  }
  if (Array.isArray(v)) {
    enter(v, path, '[]interface {}')
    const out = v.map((e) => marshalValue(e, path))
    path.delete(v)
    return out
  }
  if (v instanceof Uint8Array)
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')
  if (v instanceof GoInt) return new JsonNumber(v.value.toString())
  if (v instanceof GoTime) return rfc3339Nano(v, true)
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
  throw new GoJsonError('json: unsupported type')
}

function enter(v: object, path: Set<object>, goType: string): void {
  if (path.has(v))
    throw new GoJsonError(`json: unsupported value: encountered a cycle via ${goType}`)
  path.add(v)
}

function marshalStruct(s: GoStruct, path: Set<object>): JsonObject {
  const spec: JsonField[] = structFields.get(s.typeName) ?? s.fieldOrder.map((field) => ({ field }))
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

const hexDigits = '0123456789abcdef'

/** A Go string as encoding/json writes it (HTML-safe). */
export function quoteJsonString(s: string): string {
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
    else if (c === 0x3c) esc = '\\u003c'
    else if (c === 0x3e) esc = '\\u003e'
    else if (c === 0x26) esc = '\\u0026'
    else if (c === 0x2028) esc = '\\u2028'
    else if (c === 0x2029) esc = '\\u2029'
    else if (c >= 0xd800 && c < 0xe000) {
      const next = s.charCodeAt(i + 1)
      if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        i++
        continue
      }
      // A lone surrogate is not UTF-8; Go writes the replacement character.
      esc = '\ufffd'
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc
      start = i + 1
    }
  }
  return out + s.slice(start) + '"'
}

/** The JSON text of a marshaled tree, compact as json.Marshal writes it. */
export function jsonText(t: JsonTree): string {
  const parts: string[] = []
  writeJson(t, parts)
  return parts.join('')
}

function writeJson(t: JsonTree, out: string[]): void {
  if (t === null) out.push('null')
  else if (typeof t === 'boolean') out.push(t ? 'true' : 'false')
  else if (typeof t === 'string') out.push(quoteJsonString(t))
  else if (t instanceof JsonNumber) out.push(t.text)
  else if (Array.isArray(t)) {
    out.push('[')
    t.forEach((e, i) => {
      if (i > 0) out.push(',')
      writeJson(e, out)
    })
    out.push(']')
  } else {
    out.push('{')
    t.entries.forEach(([k, e], i) => {
      if (i > 0) out.push(',')
      out.push(quoteJsonString(k), ':')
      writeJson(e, out)
    })
    out.push('}')
  }
}

/** json.Marshal(v) as text; throws GoJsonError. */
export function marshalJson(v: GoValue): string {
  return jsonText(marshalTree(v))
}

// ---- unmarshal -------------------------------------------------------------------------

/** Go's quoteChar for scanner errors: it quotes the offending byte as a rune. */
function quoteChar(ch: string): string {
  if (ch === "'") return `'\\''`
  if (ch === '"') return `'"'`
  const cp = ch.codePointAt(0)!
  // The scanner sees bytes: a multi-byte character is reported by its first byte, which
  // string(byte) turns into the Latin-1 rune of that value.
  const b =
    cp < 0x80
      ? cp
      : cp < 0x800
        ? 0xc0 | (cp >> 6)
        : cp < 0x10000
          ? 0xe0 | (cp >> 12)
          : 0xf0 | (cp >> 18)
  const named: Record<number, string> = {
    7: 'a',
    8: 'b',
    9: 't',
    10: 'n',
    11: 'v',
    12: 'f',
    13: 'r',
    0x5c: '\\',
  }
  if (named[b] !== undefined) return `'\\${named[b]}'`
  if (b < 0x20 || b === 0x7f) return `'\\x${b.toString(16).padStart(2, '0')}'`
  if ((b >= 0x80 && b <= 0xa0) || b === 0xad) return `'\\u${b.toString(16).padStart(4, '0')}'`
  return `'${String.fromCharCode(b)}'`
}

const endOfInput = 'unexpected end of JSON input'

/**
 * Go's JSON syntax check (scanner.go's checkValid), throwing Go's message. At the end of
 * the input Go's scanner is fed one space, so a number, literal or escape cut short is
 * reported as an invalid ' ' rather than as the end of input.
 */
function checkValid(s: string): void {
  let i = 0
  const n = s.length
  const ch = (): string => (i < n ? String.fromCodePoint(s.codePointAt(i)!) : ' ')
  const fail = (context: string): never => {
    throw new GoJsonError(`invalid character ${quoteChar(ch())} ${context}`)
  }
  const ws = (): void => {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++
  }
  const need = (): void => {
    if (i >= n) throw new GoJsonError(endOfInput)
  }
  const isDigit = (): boolean => i < n && s[i] >= '0' && s[i] <= '9'
  const literal = (word: string): void => {
    for (let k = 1; k < word.length; k++) {
      if (i >= n || s[i] !== word[k]) fail(`in literal ${word} (expecting ${quoteChar(word[k])})`)
      i++
    }
  }
  const number = (): void => {
    if (s[i] === '-') {
      i++
      if (!isDigit()) fail('in numeric literal')
    }
    if (s[i] === '0') i++
    else while (isDigit()) i++
    if (i < n && s[i] === '.') {
      i++
      if (!isDigit()) fail('after decimal point in numeric literal')
      while (isDigit()) i++
    }
    if (i < n && (s[i] === 'e' || s[i] === 'E')) {
      i++
      if (i < n && (s[i] === '+' || s[i] === '-')) i++
      if (!isDigit()) fail('in exponent of numeric literal')
      while (isDigit()) i++
    }
  }
  const string = (): void => {
    i++
    for (;;) {
      need()
      const c = s.charCodeAt(i)
      if (c === 0x22) {
        i++
        return
      }
      if (c === 0x5c) {
        i++
        if (i < n && '"\\/bfnrt'.includes(s[i])) {
          i++
          continue
        }
        if (i >= n || s[i] !== 'u') fail('in string escape code')
        i++
        for (let k = 0; k < 4; k++) {
          if (i >= n || !/[0-9a-fA-F]/.test(s[i])) fail('in \\u hexadecimal character escape')
          i++
        }
        continue
      }
      if (c < 0x20) fail('in string literal')
      i++
    }
  }
  const value = (): void => {
    ws()
    need()
    const c = s[i]
    if (c === '{') {
      i++
      ws()
      need()
      if (s[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        need()
        if (s[i] !== '"') fail('looking for beginning of object key string')
        string()
        ws()
        need()
        if (s[i] !== ':') fail('after object key')
        i++
        value()
        ws()
        need()
        if (s[i] === ',') {
          i++
          continue
        }
        if (s[i] === '}') {
          i++
          return
        }
        fail('after object key:value pair')
      }
    }
    if (c === '[') {
      i++
      ws()
      need()
      if (s[i] === ']') {
        i++
        return
      }
      for (;;) {
        value()
        ws()
        need()
        if (s[i] === ',') {
          i++
          continue
        }
        if (s[i] === ']') {
          i++
          return
        }
        fail('after array element')
      }
    }
    if (c === '"') return string()
    if (c === '-' || (c >= '0' && c <= '9')) return number()
    i++
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    i--
    fail('looking for beginning of value')
  }
  value()
  ws()
  if (i < n) fail('after top-level value')
}

const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y

interface DecodeState {
  s: string
  i: number
  saved?: GoJsonError
}

function unquote(raw: string): string {
  // The scanner already validated the escapes; JSON.parse decodes them. Lone surrogate
  // escapes become U+FFFD as Go decodes them.
  const v = JSON.parse(raw) as string
  return v.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  )
}

function skipWs(d: DecodeState): void {
  while (d.i < d.s.length && ' \t\n\r'.includes(d.s[d.i])) d.i++
}

function scanString(d: DecodeState): string {
  const start = d.i
  d.i++
  while (d.s[d.i] !== '"') d.i += d.s[d.i] === '\\' ? 2 : 1
  d.i++
  return unquote(d.s.slice(start, d.i))
}

function decodeValue(d: DecodeState): GoValue {
  skipWs(d)
  const c = d.s[d.i]
  if (c === '{') {
    d.i++
    const m: GoMap = {}
    skipWs(d)
    if (d.s[d.i] === '}') {
      d.i++
      return m
    }
    for (;;) {
      skipWs(d)
      const k = scanString(d)
      skipWs(d)
      d.i++ // ':'
      const v = decodeValue(d)
      setOwn(m, k, v)
      skipWs(d)
      if (d.s[d.i++] === '}') return m
    }
  }
  if (c === '[') {
    d.i++
    const a: GoValue[] = []
    skipWs(d)
    if (d.s[d.i] === ']') {
      d.i++
      return a
    }
    for (;;) {
      a.push(decodeValue(d))
      skipWs(d)
      if (d.s[d.i++] === ']') return a
    }
  }
  if (c === '"') return scanString(d)
  if (c === 't') {
    d.i += 4
    return true
  }
  if (c === 'f') {
    d.i += 5
    return false
  }
  if (c === 'n') {
    d.i += 4
    return null
  }
  numberPattern.lastIndex = d.i
  const text = numberPattern.exec(d.s)![0]
  d.i += text.length
  const f = Number(text)
  if (!Number.isFinite(f)) {
    d.saved ??= new GoJsonError(
      `json: cannot unmarshal number ${text} into Go value of type float64`,
    )
    return null
  }
  return f
}

/** Sets a key on a decoded map without tripping over Object.prototype names. */
function setOwn(m: GoMap, k: string, v: GoValue): void {
  if (k === '__proto__')
    Object.defineProperty(m, k, { value: v, enumerable: true, writable: true, configurable: true })
  else m[k] = v
}

function kindOf(s: string): string {
  let i = 0
  while (i < s.length && ' \t\n\r'.includes(s[i])) i++
  const c = s[i]
  if (c === '{') return 'object'
  if (c === '[') return 'array'
  if (c === '"') return 'string'
  if (c === 't' || c === 'f') return 'bool'
  if (c === 'n') return 'null'
  return 'number'
}

export interface Decoded<T> {
  value: T
  error?: GoJsonError
}

/**
 * json.Unmarshal into a map[string]interface{}: a `null` document leaves the map nil (here
 * empty); another kind of document is a type error and leaves it empty.
 */
export function unmarshalObject(s: string): Decoded<GoMap> {
  try {
    checkValid(s)
  } catch (e) {
    return { value: {}, error: e as GoJsonError }
  }
  const kind = kindOf(s)
  if (kind === 'null') return { value: {} }
  if (kind !== 'object') {
    return {
      value: {},
      error: new GoJsonError(
        `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`,
      ),
    }
  }
  const d: DecodeState = { s, i: 0 }
  const value = decodeValue(d) as GoMap
  return { value, error: d.saved }
}

/** json.Unmarshal into a []interface{}. */
export function unmarshalArray(s: string): Decoded<GoValue[]> {
  try {
    checkValid(s)
  } catch (e) {
    return { value: [], error: e as GoJsonError }
  }
  const kind = kindOf(s)
  if (kind === 'null') return { value: [] }
  if (kind !== 'array') {
    return {
      value: [],
      error: new GoJsonError(`json: cannot unmarshal ${kind} into Go value of type []interface {}`),
    }
  }
  const d: DecodeState = { s, i: 0 }
  const value = decodeValue(d) as GoValue[]
  return { value, error: d.saved }
}

/** json.Unmarshal into an interface{}. */
export function unmarshalAny(s: string): Decoded<GoValue> {
  try {
    checkValid(s)
  } catch (e) {
    return { value: null, error: e as GoJsonError }
  }
  const d: DecodeState = { s, i: 0 }
  const value = decodeValue(d)
  return { value, error: d.saved }
}
