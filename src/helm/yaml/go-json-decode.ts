/**
 * Go's encoding/json decoder as Helm's fromJson/fromJsonArray and Sprig's mustFromJson
 * use it: Go's syntax checker (its exact error messages), numbers as float64, the last of
 * duplicate keys winning, and type errors that still return what was decoded. The same
 * walk reads a MarshalJSON method's output into a tree for the encoder (./go-json.ts).
 */
import type { GoMap, GoValue } from '../../template/value.js'
import { GoJsonError, JsonNumber, JsonObject, type JsonTree } from './json-tree.js'

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
export function checkValid(s: string): void {
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

/** What a decoded document is built into: Go values, or the encoder's tree. */
interface Builder<T> {
  object(entries: [string, T][]): T
  array(items: T[]): T
  number(text: string, d: DecodeState): T
  scalar(v: string | boolean | null): T
}

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

/** Builds one value of a document checkValid accepted. */
function decodeValue<T>(d: DecodeState, b: Builder<T>): T {
  skipWs(d)
  const c = d.s[d.i]
  if (c === '{') {
    d.i++
    const entries: [string, T][] = []
    skipWs(d)
    if (d.s[d.i] === '}') {
      d.i++
      return b.object(entries)
    }
    for (;;) {
      skipWs(d)
      const k = scanString(d)
      skipWs(d)
      d.i++ // ':'
      entries.push([k, decodeValue(d, b)])
      skipWs(d)
      if (d.s[d.i++] === '}') return b.object(entries)
    }
  }
  if (c === '[') {
    d.i++
    const items: T[] = []
    skipWs(d)
    if (d.s[d.i] === ']') {
      d.i++
      return b.array(items)
    }
    for (;;) {
      items.push(decodeValue(d, b))
      skipWs(d)
      if (d.s[d.i++] === ']') return b.array(items)
    }
  }
  if (c === '"') return b.scalar(scanString(d))
  if (c === 't') {
    d.i += 4
    return b.scalar(true)
  }
  if (c === 'f') {
    d.i += 5
    return b.scalar(false)
  }
  if (c === 'n') {
    d.i += 4
    return b.scalar(null)
  }
  numberPattern.lastIndex = d.i
  const text = numberPattern.exec(d.s)![0]
  d.i += text.length
  return b.number(text, d)
}

/** Sets a key on a decoded map without tripping over Object.prototype names. */
function setOwn(m: GoMap, k: string, v: GoValue): void {
  if (k === '__proto__')
    Object.defineProperty(m, k, { value: v, enumerable: true, writable: true, configurable: true })
  else m[k] = v
}

/** Go values as json.Unmarshal into interface{} makes them. */
const goValues: Builder<GoValue> = {
  object(entries) {
    const m: GoMap = {}
    for (const [k, v] of entries) setOwn(m, k, v)
    return m
  },
  array: (items) => items,
  number(text, d) {
    const f = Number(text)
    if (Number.isFinite(f)) return f
    d.saved ??= new GoJsonError(
      `json: cannot unmarshal number ${text} into Go value of type float64`,
    )
    return null
  },
  scalar: (v) => v,
}

/** The encoder's tree: numbers as written, object entries in document order. */
const jsonTrees: Builder<JsonTree> = {
  object: (entries) => new JsonObject(entries),
  array: (items) => items,
  number: (text) => new JsonNumber(text),
  scalar: (v) => v,
}

/**
 * A marshaler's output as a tree (what Go's compact step keeps of it); throws GoJsonError
 * with the scanner's message when it is not valid JSON.
 */
export function parseJsonTree(s: string): JsonTree {
  checkValid(s)
  return decodeValue({ s, i: 0 }, jsonTrees)
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

/** json.Unmarshal into a value of `goType`, whose empty value is `empty()`. */
function unmarshalInto<T extends GoValue>(
  s: string,
  kind: string,
  goType: string,
  empty: () => T,
): Decoded<T> {
  try {
    checkValid(s)
  } catch (e) {
    return { value: empty(), error: e as GoJsonError }
  }
  const found = kindOf(s)
  // A `null` document leaves a map or slice nil (here empty).
  if (found === 'null') return { value: empty() }
  if (found !== kind) {
    return {
      value: empty(),
      error: new GoJsonError(`json: cannot unmarshal ${found} into Go value of type ${goType}`),
    }
  }
  const d: DecodeState = { s, i: 0 }
  const value = decodeValue(d, goValues) as T
  return { value, error: d.saved }
}

/** json.Unmarshal into a map[string]interface{}; a type error leaves it empty. */
export function unmarshalObject(s: string): Decoded<GoMap> {
  return unmarshalInto<GoMap>(s, 'object', 'map[string]interface {}', () => ({}))
}

/** json.Unmarshal into a []interface{}. */
export function unmarshalArray(s: string): Decoded<GoValue[]> {
  return unmarshalInto<GoValue[]>(s, 'array', '[]interface {}', () => [])
}

/** json.Unmarshal into an interface{}. */
export function unmarshalAny(s: string): Decoded<GoValue> {
  try {
    checkValid(s)
  } catch (e) {
    return { value: null, error: e as GoJsonError }
  }
  const d: DecodeState = { s, i: 0 }
  const value = decodeValue(d, goValues)
  return { value, error: d.saved }
}
