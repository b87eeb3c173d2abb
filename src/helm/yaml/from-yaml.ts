/**
 * sigs.k8s.io/yaml.Unmarshal into a map or slice, as Helm's fromYaml and fromYamlArray
 * call it: go-yaml v2 decodes the first document into interface{} (YAML 1.1 scalars,
 * merge keys applied in order, later duplicate keys winning, timestamps kept as strings),
 * map keys are turned into strings (floats through 32-bit formatting), and the result
 * goes through JSON, so every number arrives as a float64.
 *
 * The syntax is read by the `yaml` package (the project's YAML reader builds on it too);
 * go-yaml's own messages are used for the common syntax errors, but positions and rarer
 * messages can differ from libyaml's.
 */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml'
import { formatFloat } from '../../template/strconv.js'
import type { GoMap, GoValue } from '../../template/value.js'
import { resolvePlain, type Resolved } from './resolve.js'
import { hasYaml11Breaks, normalizeYaml11Breaks, yaml11ScalarValue } from './yaml11-breaks.js'

/** An error sigs.k8s.io/yaml.Unmarshal returns; the message is Go's. */
export class YamlUnmarshalError extends Error {}

const parseOptions = {
  schema: 'failsafe' as const,
  merge: false,
  uniqueKeys: false,
  version: '1.1' as const,
  prettyErrors: false,
}

const TAG = 'tag:yaml.org,2002:'

/** go-yaml v2's decoded value before sigs.k8s.io/yaml turns it into JSON. */
type Y = null | boolean | bigint | number | string | Y[] | YMap
class YMap {
  readonly keys: Y[] = []
  readonly values: Y[] = []
  set(k: Y, v: Y): void {
    for (let i = 0; i < this.keys.length; i++) {
      if (sameKey(this.keys[i], k)) {
        this.values[i] = v
        return
      }
    }
    this.keys.push(k)
    this.values.push(v)
  }
}

function sameKey(a: Y, b: Y): boolean {
  if (typeof a !== typeof b) return false
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || (Number.isNaN(a) && Number.isNaN(b))
  return a === b
}

/** A go-yaml decoding failure ("yaml: ..."), or with `conversion` one of sigs.k8s.io/yaml's own. */
class Failure extends Error {
  constructor(
    message: string,
    readonly conversion = false,
  ) {
    super(message)
  }
}
const fail = (msg: string): never => {
  throw new Failure(msg)
}
const failConversion = (msg: string): never => {
  throw new Failure(msg, true)
}

// ---- Go byte semantics for !!binary ---------------------------------------------------

/** string(bytes) as json.Marshal then sees it: each invalid UTF-8 byte becomes U+FFFD. */
function goBytesToString(b: Uint8Array): string {
  let out = ''
  let i = 0
  while (i < b.length) {
    const c = b[i]
    let need = 0
    let cp = 0
    let min = 0
    if (c < 0x80) {
      out += String.fromCharCode(c)
      i++
      continue
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1
      cp = c & 0x1f
      min = 0x80
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2
      cp = c & 0x0f
      min = 0x800
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3
      cp = c & 0x07
      min = 0x10000
    }
    let ok = need > 0 && i + need < b.length
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const d = b[i + k]
        if (d === undefined || (d & 0xc0) !== 0x80) {
          ok = false
          break
        }
        cp = (cp << 6) | (d & 0x3f)
      }
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))) ok = false
    if (ok) {
      out += String.fromCodePoint(cp)
      i += need + 1
    } else {
      out += '\ufffd'
      i++
    }
  }
  return out
}

// ---- go-yaml v2 decoding ----------------------------------------------------------------

interface Ctx {
  doc: Document.Parsed
  source: string
  /** Where the source's last non-blank character ends (computed on first use). */
  contentEnd?: number
  /** The original text when it holds YAML 1.1 line breaks (the parse saw a normalized copy). */
  original?: string
  decodeCount: number
  aliasCount: number
  aliasDepth: number
  active: Set<Node>
}

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400000) return 0.99
  if (decodeCount >= 4000000) return 0.1
  return 0.99 - 0.89 * ((decodeCount - 400000) / 3600000)
}

function shortTag(tag: string): string {
  return tag.startsWith(TAG) ? '!!' + tag.slice(TAG.length) : tag
}

/** go-yaml's resolve(tag, in) for an explicitly tagged scalar. */
function resolveTagged(tag: string, value: string): Y {
  const short = shortTag(tag)
  if (short === '!!binary') {
    // base64.StdEncoding ignores line breaks, nothing else.
    const clean = value.replace(/[\r\n]/g, '')
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
      fail('!!binary value contains invalid base64 data')
    }
    return goBytesToString(new Uint8Array(Buffer.from(clean, 'base64')))
  }
  const resolvable = ['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp']
  if (!resolvable.includes(short)) return value
  if (short === '!!str') return value
  const r = resolvePlain(value)
  const rtag = '!!' + r.tag
  if (rtag === short || (r.tag === 'timestamp' && short === '!!timestamp')) return plainValue(r)
  if (short === '!!float' && r.tag === 'int') return Number(r.value as bigint)
  return fail(`cannot decode ${rtag} \`${value}\` as a ${short}`)
}

function plainValue(r: Resolved): Y {
  // Into interface{}, a timestamp stays the string it was written as.
  if (r.tag === 'timestamp' || r.tag === 'merge') return r.value as string
  return r.value as Y
}

function scalarValue(ctx: Ctx, node: Node): Y {
  if (!isScalar(node)) return null
  const parsed =
    typeof node.value === 'string' ? node.value : node.value === null ? '' : String(node.value)
  let text =
    (ctx.original !== undefined ? yaml11ScalarValue(node, ctx.original) : undefined) ?? parsed
  if (
    (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') &&
    endsAtUnterminatedEof(ctx, node)
  ) {
    // libyaml adds a kept or clipped final break only when the source has one; at the
    // end of input without a line break (as after Helm's toYaml) it adds none.
    if (text.endsWith('\n')) text = text.slice(0, -1)
  }
  const tag = node.tag
  if (tag !== undefined && tag !== '!') return resolveTagged(tag, text)
  if (tag === '!') return text
  if (node.type === 'PLAIN') return plainValue(resolvePlain(text))
  return text
}

function endsAtUnterminatedEof(ctx: Ctx, node: Node): boolean {
  const src = ctx.source
  const end = node.range?.[1]
  if (end === undefined || !isScalar(node)) return false
  ctx.contentEnd ??= src.trimEnd().length
  if (end < ctx.contentEnd || /[\n\r\u0085\u2028\u2029]$/.test(src)) return false
  const header = /^[|>]([0-9]?[+-]?|[+-]?[0-9]?)/.exec(src.slice(node.range![0]))
  return header !== null && !header[1].includes('-')
}

function isMergeKey(node: Node | null): boolean {
  if (!node || !isScalar(node) || node.value !== '<<') return false
  if (node.tag !== undefined) return shortTag(node.tag) === '!!merge'
  return node.type === 'PLAIN'
}

function decode(ctx: Ctx, node: Node | null | undefined): Y {
  ctx.decodeCount++
  if (ctx.aliasDepth > 0) ctx.aliasCount++
  if (
    ctx.aliasCount > 100 &&
    ctx.decodeCount > 1000 &&
    ctx.aliasCount / ctx.decodeCount > allowedAliasRatio(ctx.decodeCount)
  ) {
    fail('document contains excessive aliasing')
  }
  if (node === null || node === undefined) return null
  if (isAlias(node)) {
    const target = node.resolve(ctx.doc)
    if (!target) return fail(`unknown anchor '${node.source}' referenced`)
    if (ctx.active.has(node)) fail(`anchor '${node.source}' value contains itself`)
    ctx.active.add(node)
    ctx.aliasDepth++
    const v = decode(ctx, target)
    ctx.aliasDepth--
    ctx.active.delete(node)
    return v
  }
  if (isScalar(node)) {
    if (
      node.tag === undefined &&
      node.type === 'PLAIN' &&
      (node.value === '' || node.value === null)
    )
      return null
    return scalarValue(ctx, node)
  }
  if (isSeq(node)) return node.items.map((item) => decode(ctx, item as Node))
  if (isMap(node)) {
    const out = new YMap()
    decodeMapInto(ctx, node, out)
    return out
  }
  return null
}

function decodeMapInto(ctx: Ctx, node: Node, out: YMap): void {
  if (!isMap(node)) return
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null
    const valueNode = pair.value as Node | null
    if (isMergeKey(keyNode)) {
      merge(ctx, valueNode, out)
      continue
    }
    const k = decode(ctx, keyNode)
    if (Array.isArray(k) || k instanceof YMap) fail(`invalid map key: ${goSyntax(k)}`)
    out.set(k, decode(ctx, valueNode))
  }
}

function wantMap(): never {
  return fail('map merge requires map or sequence of maps as the value')
}

function aliasTarget(ctx: Ctx, node: Node): Node | undefined {
  return isAlias(node) ? (node.resolve(ctx.doc) as Node | undefined) : undefined
}

function merge(ctx: Ctx, node: Node | null, out: YMap): void {
  if (!node) return wantMap()
  const into = (n: Node): void => {
    ctx.decodeCount++
    if (isAlias(n)) {
      const target = aliasTarget(ctx, n)
      if (!target) fail(`unknown anchor '${n.source}' referenced`)
      ctx.aliasDepth++
      decodeMapInto(ctx, target!, out)
      ctx.aliasDepth--
    } else decodeMapInto(ctx, n, out)
  }
  if (isMap(node)) return into(node)
  if (isAlias(node)) {
    const t = aliasTarget(ctx, node)
    if (t && !isMap(t)) wantMap()
    return into(node)
  }
  if (isSeq(node)) {
    const items = node.items as Node[]
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]
      if (isAlias(item)) {
        const t = aliasTarget(ctx, item)
        if (t && !isMap(t)) wantMap()
      } else if (!isMap(item)) wantMap()
      into(item)
    }
    return
  }
  wantMap()
}

/** Go's %#v for the values go-yaml puts in its messages (enough for keys). */
function goSyntax(v: Y): string {
  if (v === null) return '<nil>'
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`
  return `map[interface {}]interface {}{${v.keys.map((k, i) => `${goSyntax(k)}:${goSyntax(v.values[i])}`).join(', ')}}`
}

// ---- YAML-to-JSON conversion ------------------------------------------------------------

const MAX_INT64 = (1n << 63n) - 1n

/** sigs.k8s.io/yaml's convertToJSONableObject key rule, then json.Marshal/Unmarshal. */
function keyString(k: Y, v: Y): string {
  if (typeof k === 'string') return k
  if (typeof k === 'boolean') return k ? 'true' : 'false'
  if (typeof k === 'bigint') {
    if (k > MAX_INT64) {
      failConversion(
        `unsupported map key of type: uint64, key: 0x${k.toString(16)}, value: ${goSyntax(v)}`,
      )
    }
    return k.toString()
  }
  if (typeof k === 'number') {
    if (Number.isNaN(k)) return '.nan'
    if (k === Infinity) return '.inf'
    if (k === -Infinity) return '-.inf'
    return formatFloat32(k)
  }
  return failConversion(
    `unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(v)}`,
  )
}

/** strconv.FormatFloat(f, 'g', -1, 32): the shortest digits that identify float32(f). */
export function formatFloat32(f: number): string {
  const f32 = Math.fround(f)
  if (!Number.isFinite(f32)) return f32 > 0 ? '+Inf' : '-Inf'
  if (f32 === 0) return Object.is(f32, -0) ? '-0' : '0'
  for (let p = 1; p <= 9; p++) {
    const candidates = [Number(f32.toPrecision(p))]
    // The nearest p-digit decimal can miss float32's asymmetric interval at a power of
    // two while its neighbour on the other side hits it; Go would choose that one.
    const e = Math.floor(Math.log10(Math.abs(f32)))
    const ulp = 10 ** (e - p + 1)
    candidates.push(candidates[0] + ulp, candidates[0] - ulp)
    let best: number | undefined
    for (const c of candidates) {
      if (Math.fround(c) !== f32) continue
      if (best === undefined || Math.abs(c - f32) < Math.abs(best - f32)) best = c
    }
    if (best !== undefined) return formatFloat(Number(best.toPrecision(p)), 'g', -1)
  }
  return formatFloat(f32, 'g', -1)
}

function toGo(v: Y): GoValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v
  if (typeof v === 'bigint') return Number(v.toString())
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      failConversion(
        `json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`,
      )
    }
    return v
  }
  if (Array.isArray(v)) return v.map(toGo)
  const m: GoMap = {}
  for (let i = 0; i < v.keys.length; i++) {
    const k = keyString(v.keys[i], v.values[i])
    const value = toGo(v.values[i])
    if (k === '__proto__')
      Object.defineProperty(m, k, { value, enumerable: true, writable: true, configurable: true })
    else m[k] = value
  }
  return m
}

// ---- error messages ---------------------------------------------------------------------

/**
 * go-yaml's message for a syntax error the `yaml` package found. libyaml words and places
 * its errors differently from the `yaml` package, so this maps the common cases: the
 * problem text libyaml uses for that situation, and the line it reports. go-yaml prints
 * a scanner error's 0-based line plus one and a parser error's 0-based line as is, and
 * omits "line N: " when that line is 0.
 */
function goYamlError(source: string, code: string, message: string, pos: number): string {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const lineAt = (off: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid] <= off) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  // The scanner moves the end of the stream to a new line when the last one is not empty.
  const eofLine = lineStarts.length - 1 + (source.length > 0 && !source.endsWith('\n') ? 1 : 0)
  const atEnd = source.slice(pos).trim() === ''
  const scanner = (l0: number, problem: string): string =>
    (l0 === 0 ? '' : `line ${l0 + 1}: `) + problem
  const parser = (l0: number, problem: string): string => (l0 === 0 ? '' : `line ${l0}: `) + problem
  const lineText = (l0: number): string =>
    source.slice(lineStarts[l0], lineStarts[l0 + 1] ?? source.length)
  const indentOf = (t: string): number => t.length - t.replace(/^ +/, '').length

  // A block collection ended by a line that is neither an item nor a key.
  const structure = (): string => {
    const l0 = lineAt(pos)
    const text = lineText(l0)
    let problem = 'did not find expected key'
    if (!/^\s*-(\s|$)/.test(text)) {
      for (let l = l0 - 1; l >= 0; l--) {
        const prev = lineText(l)
        if (/^\s*(#.*)?$/.test(prev)) continue
        if (indentOf(prev) <= indentOf(text)) {
          if (/^\s*-(\s|$)/.test(prev)) problem = "did not find expected '-' indicator"
          break
        }
      }
    }
    return parser(l0, problem)
  }
  const flow = (close: string): string =>
    parser(atEnd ? eofLine : lineAt(pos), `did not find expected ',' or '${close}'`)

  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const colon = /:(?=[ \t\r\n]|$)/g
      colon.lastIndex = pos
      const m = colon.exec(source)
      return m
        ? scanner(lineAt(m.index), 'mapping values are not allowed in this context')
        : structure()
    }
    case 'TAB_AS_INDENT': {
      const l0 = lineAt(pos)
      const prev = l0 > 0 ? lineText(l0 - 1).trimEnd() : ''
      const afterPlain = prev !== '' && !/[:|>-]$/.test(prev) && !/^\s*#/.test(prev)
      return scanner(
        l0,
        afterPlain
          ? 'found a tab character that violates indentation'
          : 'found character that cannot start any token',
      )
    }
    case 'BAD_SCALAR_START':
      return scanner(lineAt(pos), 'found character that cannot start any token')
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
      if (/quote/i.test(message)) return scanner(eofLine, 'found unexpected end of stream')
      if (/flow seq/i.test(message)) return flow(']')
      if (/flow map/i.test(message)) return flow('}')
      if (/implicit map keys/i.test(message)) {
        const next = /\S/g
        next.lastIndex = lineStarts[lineAt(pos) + 1] ?? source.length
        const m = next.exec(source)
        return scanner(m ? lineAt(m.index) : eofLine, "could not find expected ':'")
      }
      return structure()
    case 'UNEXPECTED_TOKEN':
      return structure()
    default:
      return scanner(lineAt(pos), message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim())
  }
}

// ---- entry points -----------------------------------------------------------------------

/** The first document decoded and made JSON-like, or Go's error message. */
function yamlToJson(source: string): { value: GoValue } | { error: string } {
  let docs: Document.Parsed[]
  try {
    const special = hasYaml11Breaks(source)
    docs = parseAllDocuments(
      special ? normalizeYaml11Breaks(source) : source,
      parseOptions,
    ) as Document.Parsed[]
  } catch (e) {
    return { error: `error converting YAML to JSON: yaml: ${(e as Error).message}` }
  }
  if (!Array.isArray(docs) || docs.length === 0) return { value: null }
  const doc = docs[0]
  if (doc.errors.length > 0) {
    const err = doc.errors[0]
    return {
      error: `error converting YAML to JSON: yaml: ${goYamlError(source, err.code, err.message, err.pos[0])}`,
    }
  }
  const ctx: Ctx = { doc, source, decodeCount: 0, aliasCount: 0, aliasDepth: 0, active: new Set() }
  if (hasYaml11Breaks(source)) ctx.original = source
  try {
    const y = decode(ctx, doc.contents as Node | null)
    return { value: toGo(y) }
  } catch (e) {
    if (e instanceof Failure) {
      return { error: `error converting YAML to JSON: ${e.conversion ? '' : 'yaml: '}${e.message}` }
    }
    throw e
  }
}

function jsonKind(v: GoValue): string {
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'string') return 'string'
  if (typeof v === 'number') return 'number'
  if (typeof v === 'boolean') return 'bool'
  return 'object'
}

const decodePrefix = 'error unmarshaling JSON: while decoding JSON: '

/** yaml.Unmarshal(s, &map[string]interface{}); `error` is Go's err.Error(). */
export function unmarshalYamlObject(source: string): { value: GoMap; error?: string } {
  const r = yamlToJson(source)
  if ('error' in r) return { value: {}, error: r.error }
  if (r.value === null) return { value: {} }
  if (typeof r.value !== 'object' || Array.isArray(r.value)) {
    return {
      value: {},
      error: `${decodePrefix}json: cannot unmarshal ${jsonKind(r.value)} into Go value of type map[string]interface {}`,
    }
  }
  return { value: r.value as GoMap }
}

/** yaml.Unmarshal(s, &[]interface{}). */
export function unmarshalYamlArray(source: string): { value: GoValue[]; error?: string } {
  const r = yamlToJson(source)
  if ('error' in r) return { value: [], error: r.error }
  if (r.value === null) return { value: [] }
  if (!Array.isArray(r.value)) {
    return {
      value: [],
      error: `${decodePrefix}json: cannot unmarshal ${jsonKind(r.value)} into Go value of type []interface {}`,
    }
  }
  return { value: r.value }
}
