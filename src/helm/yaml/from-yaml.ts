/**
 * sigs.k8s.io/yaml.Unmarshal into a map or slice, as Helm's fromYaml and fromYamlArray
 * call it: go-yaml v2 decodes the first document into interface{} (YAML 1.1 scalars,
 * merge keys applied in order, later duplicate keys winning, timestamps kept as strings),
 * map keys are turned into strings (floats through 32-bit formatting), and the result
 * goes through JSON, so every number arrives as a float64.
 *
 * The text is read by yaml-tree.ts (libyaml's syntax); this module applies go-yaml's
 * decoding and sigs.k8s.io/yaml's JSON conversion on top.
 */
import { formatFloat } from '../../template/strconv.js'
import type { GoMap, GoValue } from '../../template/value.js'
import { resolvePlain, type Resolved } from './resolve.js'
import type { YNode, YScalar } from '../goyaml/ast.js'
import { readYamlTree } from './yaml-tree.js'

const TAG = 'tag:yaml.org,2002:'

/** go-yaml v2's decoded value before sigs.k8s.io/yaml turns it into JSON. */
type Y = null | boolean | bigint | number | string | Y[] | DecodedMap
class DecodedMap {
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
  decodeCount: number
  aliasCount: number
  aliasDepth: number
  active: Set<YNode>
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
  if (rtag === short) return plainValue(r)
  if (short === '!!float' && r.tag === 'int') return Number(r.value as bigint)
  return fail(`cannot decode ${rtag} \`${value}\` as a ${short}`)
}

function plainValue(r: Resolved): Y {
  // Into interface{}, a timestamp stays the string it was written as.
  if (r.tag === 'timestamp' || r.tag === 'merge') return r.value as string
  return r.value as Y
}

function scalarValue(node: YScalar): Y {
  const tag = node.tag
  if (tag !== undefined && tag !== '!') return resolveTagged(tag, node.value)
  if (tag === '!') return node.value
  if (node.plain) return plainValue(resolvePlain(node.value))
  return node.value
}

function isMergeKey(node: YNode | null): boolean {
  if (!node || node.t !== 'scalar' || node.value !== '<<') return false
  if (node.tag !== undefined) return shortTag(node.tag) === '!!merge'
  return node.plain
}

function decode(ctx: Ctx, node: YNode | null | undefined): Y {
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
  switch (node.t) {
    case 'alias': {
      const target = node.target
      if (!target) return fail(`unknown anchor '${node.name}' referenced`)
      if (ctx.active.has(node)) fail(`anchor '${node.name}' value contains itself`)
      ctx.active.add(node)
      ctx.aliasDepth++
      const v = decode(ctx, target)
      ctx.aliasDepth--
      ctx.active.delete(node)
      return v
    }
    case 'scalar':
      return scalarValue(node)
    case 'seq':
      return node.items.map((item) => decode(ctx, item))
    case 'map': {
      const out = new DecodedMap()
      decodeMapInto(ctx, node, out)
      return out
    }
  }
}

function decodeMapInto(ctx: Ctx, node: YNode, out: DecodedMap): void {
  if (node.t !== 'map') return
  for (let i = 0; i < node.keys.length; i++) {
    const keyNode = node.keys[i]
    const valueNode = node.values[i]
    if (isMergeKey(keyNode)) {
      merge(ctx, valueNode, out)
      continue
    }
    const k = decode(ctx, keyNode)
    if (Array.isArray(k) || k instanceof DecodedMap) fail(`invalid map key: ${goSyntax(k)}`)
    out.set(k, decode(ctx, valueNode))
  }
}

function wantMap(): never {
  return fail('map merge requires map or sequence of maps as the value')
}

function merge(ctx: Ctx, node: YNode | null, out: DecodedMap): void {
  if (!node) return wantMap()
  const into = (n: YNode): void => {
    ctx.decodeCount++
    if (n.t === 'alias') {
      if (!n.target) fail(`unknown anchor '${n.name}' referenced`)
      ctx.aliasDepth++
      decodeMapInto(ctx, n.target!, out)
      ctx.aliasDepth--
    } else decodeMapInto(ctx, n, out)
  }
  if (node.t === 'map') return into(node)
  if (node.t === 'alias') {
    if (node.target && node.target.t !== 'map') wantMap()
    return into(node)
  }
  if (node.t === 'seq') {
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i]
      if (item.t === 'alias') {
        if (item.target && item.target.t !== 'map') wantMap()
      } else if (item.t !== 'map') wantMap()
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

// ---- entry points -----------------------------------------------------------------------

/** The first document decoded and made JSON-like, or Go's error message. */
function yamlToJson(source: string): { value: GoValue } | { error: string } {
  const tree = readYamlTree(source)
  if ('error' in tree) return { error: `error converting YAML to JSON: yaml: ${tree.error}` }
  const ctx: Ctx = { decodeCount: 0, aliasCount: 0, aliasDepth: 0, active: new Set() }
  try {
    return { value: toGo(decode(ctx, tree.root)) }
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
