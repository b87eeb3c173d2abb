/**
 * Helm's toYaml and toYamlPretty.
 *
 * toYaml is sigs.k8s.io/yaml.Marshal: json.Marshal, then go-yaml v2 reads that JSON back
 * (numbers re-typed: integral floats become ints, so 1e6 prints 1000000) and writes it
 * again. The JSON reading step has consequences of its own that are reproduced here:
 * characters go-yaml's reader refuses make the whole call fail, a raw NEL inside a string
 * folds like a line break, and a key longer than 1022 JSON characters cannot be a simple
 * key, which also fails.
 *
 * toYamlPretty is go-yaml v3's Encoder with indent 2 straight on the Go value: floats keep
 * their float form (1e+06), []byte is a list of numbers, sequences are indented under keys
 * and long lines are not folded.
 */
import { formatFloat } from '../../template/strconv.js'
import { GoInt, GoStruct, GoTime, type GoMap, type GoValue } from '../../template/value.js'
import { Emitter, type YamlNode } from './emitter.js'
import {
  GoJsonError,
  JsonNumber,
  marshalTextOf,
  marshalTree,
  rfc3339Nano,
  type JsonObject,
  type JsonTree,
} from './go-json.js'
import { sortYamlKeys } from './key-order.js'
import { isBase60Float, isOldBool, resolvePlain } from './resolve.js'
import { work } from '../../core/budget.js'

/** A failure of yaml.Marshal / Encoder.Encode, with the message Go's error carries. */
export class YamlMarshalError extends Error {}

function plain(value: string): YamlNode {
  return { kind: 'scalar', value, style: 'plain' }
}

/** go-yaml's stringv: the style a Go string is requested in (the emitter may still refine it). */
function stringNode(s: string, v3: boolean): YamlNode {
  if (s.includes('\n')) return { kind: 'scalar', value: s, style: 'literal' }
  const r = resolvePlain(s, v3)
  const canUsePlain = r.tag === 'str' && !isBase60Float(s) && !(v3 && isOldBool(s))
  return { kind: 'scalar', value: s, style: canUsePlain ? 'plain' : 'double' }
}

/** go-yaml's floatv: strconv 'g' shortest, with YAML's names for the non-finite values. */
function floatText(f: number): string {
  if (Number.isNaN(f)) return '.nan'
  if (f === Infinity) return '.inf'
  if (f === -Infinity) return '-.inf'
  return formatFloat(f, 'g', -1)
}

// ---- toYaml (v2 over JSON) ---------------------------------------------------------------

/** Characters go-yaml's reader rejects ("control characters are not allowed"). */
function readerRejects(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x7f) continue
    if (c === 0x7f || (c >= 0x80 && c <= 0x9f && c !== 0x85) || c === 0xfffe || c === 0xffff)
      return true
  }
  return false
}

const yamlReadError = (): YamlMarshalError =>
  new YamlMarshalError('yaml: control characters are not allowed')

/** The length of a string inside Go's JSON output, counted in characters as go-yaml's scanner does. */
function jsonQuotedLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20) n += c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09 ? 2 : 6
    else if (c === 0x22 || c === 0x5c) n += 2
    else if (c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) n += 6
    else if (
      c >= 0xd800 &&
      c < 0xdc00 &&
      i + 1 < s.length &&
      s.charCodeAt(i + 1) >= 0xdc00 &&
      s.charCodeAt(i + 1) < 0xe000
    ) {
      n += 1
      i++
    } else n += 1
  }
  return n
}

/**
 * A raw NEL (U+0085) in a double-quoted JSON string is a line break to go-yaml's scanner:
 * blanks around it are dropped and a single break folds to a space, n breaks to n-1 LFs.
 */
function foldNel(s: string): string {
  if (!s.includes('\u0085')) return s
  return s.replace(/ *\u0085[ \u0085]*/g, (run) => {
    const breaks = run.split('\u0085').length - 1
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)
  })
}

function jsonToYamlNode(t: JsonTree): YamlNode {
  if (t === null) return plain('null')
  if (typeof t === 'boolean') return plain(t ? 'true' : 'false')
  if (typeof t === 'string') {
    if (readerRejects(t)) throw yamlReadError()
    // After a raw NEL the scanner is at column 0, where "--- " or "... " ends the document.
    if (/\u0085(?:---|\.\.\.)[ \u0085]/.test(t)) {
      throw new YamlMarshalError('yaml: line 2: found unexpected document indicator')
    }
    return stringNode(foldNel(t), false)
  }
  if (t instanceof JsonNumber) {
    const r = resolvePlain(t.text)
    if (r.tag === 'int') return plain((r.value as bigint).toString())
    return plain(floatText(r.value as number))
  }
  if (Array.isArray(t)) return { kind: 'seq', items: t.map(jsonToYamlNode) }
  return objectToYamlNode(t)
}

function objectToYamlNode(o: JsonObject): YamlNode {
  const values = new Map<string, JsonTree>()
  for (const [k, v] of o.entries) {
    if (readerRejects(k)) throw yamlReadError()
    if (k.includes('\u0085') || jsonQuotedLength(k) > 1022) {
      throw new YamlMarshalError("yaml: line 1: did not find expected ',' or '}'")
    }
    values.set(k, v)
  }
  const keys = sortYamlKeys([...values.keys()], false)
  return {
    kind: 'map',
    pairs: keys.map((k) => [stringNode(k, false), jsonToYamlNode(values.get(k)!)]),
  }
}

/**
 * sigs.k8s.io/yaml.Marshal(v) with its trailing newline (Helm strips one); throws
 * YamlMarshalError with the message of the error Go returns.
 */
export function marshalYaml(v: GoValue): string {
  let tree: JsonTree
  try {
    tree = marshalTree(v)
  } catch (e) {
    if (e instanceof GoJsonError)
      throw new YamlMarshalError(`error marshaling into JSON: ${e.message}`)
    throw e
  }
  return new Emitter({ dialect: 'v2', indent: 2 }).document(jsonToYamlNode(tree))
}

// ---- toYamlPretty (v3 on Go values) --------------------------------------------------------

/** Go recurses into a value that contains itself until its stack overflows and the process dies. */
function cycle(): Error {
  return new Error(
    'toYamlPretty: the value contains itself (go-yaml would recurse until the process crashes)',
  )
}

function prettyNode(v: GoValue, path: Set<object> = new Set()): YamlNode {
  work()
  if (v === null || v === undefined) return plain('null')
  switch (typeof v) {
    case 'boolean':
      return plain(v ? 'true' : 'false')
    case 'number':
      return plain(floatText(v))
    case 'bigint':
      return plain(v.toString())
    case 'string':
      return stringNode(v, true)
    case 'function':
      throw new YamlMarshalError('cannot marshal type: func()')
  }
  if (v instanceof Uint8Array) return { kind: 'seq', items: Array.from(v, (b) => plain(String(b))) }
  if (v instanceof GoInt) return plain(v.value.toString())
  if (v instanceof GoTime) return plain(rfc3339Nano(v, false))
  const text = marshalTextOf(v)
  if (text !== undefined) return stringNode(text, true)
  if (path.has(v)) throw cycle()
  path.add(v)
  const node = prettyCollection(v, path)
  path.delete(v)
  return node
}

function prettyCollection(v: GoValue[] | GoMap | GoStruct, path: Set<object>): YamlNode {
  if (Array.isArray(v)) return { kind: 'seq', items: v.map((e) => prettyNode(e, path)) }
  if (v instanceof GoStruct) {
    // v3 names untagged fields by their lower-cased Go name, in declaration order.
    return {
      kind: 'map',
      pairs: v.fieldOrder
        .filter((f) => f in v.fields)
        .map((f) => [stringNode(f.toLowerCase(), true), prettyNode(v.fields[f], path)]),
    }
  }
  const keys = sortYamlKeys(Object.keys(v), true)
  return { kind: 'map', pairs: keys.map((k) => [stringNode(k, true), prettyNode(v[k], path)]) }
}

/** go-yaml v3 Encoder with SetIndent(2): Encode(v), with its trailing newline. */
export function encodeYamlPretty(v: GoValue): string {
  return new Emitter({ dialect: 'v3', indent: 2 }).document(prettyNode(v))
}
