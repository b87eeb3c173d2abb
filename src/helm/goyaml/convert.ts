/**
 * Node tree to Go values as go-yaml v2 decodes into interface{} and sigs.k8s.io/yaml then
 * turns into JSON: plain scalars resolved with YAML 1.1 rules, tags honoured, merge keys
 * applied in order, duplicate keys overwritten, map keys made strings, numbers float64
 * (or bigint for ints when decoding into typed fields). Optionally records each key's and
 * item's span for the source map.
 */
import { isGoMap, type GoMap, type GoValue } from '../../template/value.js'
import { goYamlTags } from '../../yaml/schema.js'
import type { YamlText } from '../../yaml/read.js'
import { formatFloat } from '../../template/strconv.js'
import { copySite, setSite } from '../origins.js'
import { setKey } from '../gomap.js'
import type { YMap, YNode, YScalar } from './ast.js'

export class YamlDecodeError extends Error {
  constructor(
    /** go-yaml's message without the `yaml: ` prefix. */
    readonly goMessage: string,
    readonly offset: number,
  ) {
    super(`yaml: ${goMessage}`)
  }
}

export interface ConvertOptions {
  /** Keep ints as bigint (typed decoding); otherwise every number is a float64. */
  bigInts?: boolean
  /** Record spans: the text the offsets refer to, and the offset of the parsed chunk. */
  sites?: { text: YamlText; base: number }
  /** Maximum nodes produced, to bound alias expansion. */
  maxNodes?: number
}

const [nullTag, trueTag, falseTag, intTag, floatTag] = goYamlTags
const tagPrefix = 'tag:yaml.org,2002:'

const testOf = (t: (typeof goYamlTags)[number]): RegExp => t.test as RegExp

/**
 * Whether a plain scalar starts with a letter that no YAML 1.1 null, boolean or number can
 * start with (most strings and keys do): it stays the string it is.
 */
export function plainStaysString(s: string): boolean {
  const c = s.charCodeAt(0)
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && !'yYnNtTfFoO'.includes(s[0])
}

/** The Go value of a plain scalar, or undefined when it stays a string. */
function resolvePlain(s: string, bigInts: boolean): GoValue | undefined {
  if (s.length === 0) return null
  if (plainStaysString(s)) return undefined
  const c = s.charCodeAt(0)
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (testOf(nullTag).test(s)) return null
  if (testOf(trueTag).test(s)) return true
  if (testOf(falseTag).test(s)) return false
  if (letter) return undefined
  if (testOf(intTag).test(s)) {
    const n = intTag.resolve(s, () => {}, {} as never) as number
    if (bigInts) return parseGoIntBig(s) ?? n
    return n
  }
  if (testOf(floatTag).test(s)) return floatTag.resolve(s, () => {}, {} as never) as number
  return undefined
}

function parseGoIntBig(src: string): bigint | undefined {
  const neg = src.startsWith('-')
  const t = src.replace(/^[-+]/, '').replace(/_/g, '')
  let v: bigint
  try {
    if (/^0[xX]/.test(t)) v = BigInt('0x' + t.slice(2))
    else if (/^0[oO]/.test(t)) v = BigInt('0o' + t.slice(2))
    else if (/^0[bB]/.test(t)) v = BigInt('0b' + t.slice(2))
    else if (/^0[0-7]+$/.test(t)) v = BigInt('0o' + t.slice(1))
    else v = BigInt(t)
  } catch {
    return undefined
  }
  return neg ? -v : v
}

/** strconv.FormatFloat(v, 'g', -1, 32) */
export function formatFloat32(v: number): string {
  const f = Math.fround(v)
  for (let p = 1; p <= 9; p++) {
    const y = Number(f.toPrecision(p))
    if (Math.fround(y) === f) return formatFloat(y, 'g', -1)
  }
  return formatFloat(f, 'g', -1)
}

/** go-yaml's allowedAliasRatio: 99% of aliased nodes up to 400,000 nodes, 10% from 4,000,000. */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99
  if (decodeCount >= 4_000_000) return 0.1
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000)
}

class Converter {
  private nodes = 0
  private readonly maxNodes: number
  private readonly active = new Set<YNode>()

  constructor(private readonly opts: ConvertOptions) {
    this.maxNodes = opts.maxNodes ?? 5_000_000
  }

  /** Nodes decoded inside an alias, and how deep in aliases the decoder is (go-yaml's). */
  private aliasCount = 0
  private aliasDepth = 0

  private count(n: YNode): void {
    ++this.nodes
    if (this.aliasDepth > 0) this.aliasCount++
    // go-yaml's own rule: a document mostly made of alias expansions is refused early (a
    // billion laughs after some 10,000 nodes, not after millions).
    if (
      this.nodes > this.maxNodes ||
      (this.aliasCount > 100 &&
        this.nodes > 1000 &&
        this.aliasCount / this.nodes > allowedAliasRatio(this.nodes))
    ) {
      throw new YamlDecodeError('document contains excessive aliasing', n.start)
    }
  }

  private record(
    container: object,
    key: string | number,
    keyNode: YNode | null,
    value: YNode | null,
    at: number,
  ): void {
    const s = this.opts.sites
    if (!s) return
    const k = keyNode ?? value
    const keyStart = (k ? k.start : at) + s.base
    const keyEnd = (k ? k.end : at) + s.base
    setSite(container, key, {
      kind: 'file',
      text: s.text,
      keyStart,
      keyEnd,
      valueStart: (value ? value.start : k ? k.end : at) + s.base,
      valueEnd: (value ? value.end : k ? k.end : at) + s.base,
    })
  }

  scalar(n: YScalar): GoValue {
    const tag = n.tag
    if (tag === undefined || tag === '!') {
      if (!n.plain || tag === '!') return n.value
      const r = resolvePlain(n.value, !!this.opts.bigInts)
      if (typeof r === 'number' && !Number.isFinite(r)) {
        throw new YamlDecodeError(
          `json: unsupported value: ${Number.isNaN(r) ? 'NaN' : r > 0 ? '+Inf' : '-Inf'}`,
          n.start,
        )
      }
      return r === undefined ? n.value : r
    }
    if (!tag.startsWith(tagPrefix)) return n.value
    const kind = tag.slice(tagPrefix.length)
    const r = resolvePlain(n.value, !!this.opts.bigInts)
    const want = (ok: boolean): void => {
      if (!ok)
        throw new YamlDecodeError(`cannot decode !!str \`${n.value}\` as a !!${kind}`, n.start)
    }
    switch (kind) {
      case 'str':
        return n.value
      case 'int':
        want(
          typeof r === 'number'
            ? Number.isInteger(r) && testOf(intTag).test(n.value)
            : typeof r === 'bigint',
        )
        return r as GoValue
      case 'float':
        want(typeof r === 'number' || typeof r === 'bigint')
        return typeof r === 'bigint' ? Number(r) : (r as number)
      case 'bool':
        want(typeof r === 'boolean')
        return r as boolean
      case 'null':
        want(r === null)
        return null
      default:
        return r === undefined ? n.value : r
    }
  }

  keyString(n: YNode, value: YNode | null): string {
    let k = n
    while (k.t === 'alias') {
      if (!k.target) throw new YamlDecodeError(`unknown anchor '${k.name}' referenced`, k.start)
      k = k.target
    }
    if (k.t !== 'scalar') {
      throw new YamlDecodeError('error converting YAML to JSON: unsupported map key', k.start)
    }
    const v = this.scalar(k)
    if (typeof v === 'string') return v
    if (typeof v === 'boolean') return v ? 'true' : 'false'
    if (typeof v === 'bigint') return v.toString()
    if (typeof v === 'number') {
      if (Number.isInteger(v) && k.plain && testOf(intTag).test(k.value)) return String(v)
      return formatFloat32(v)
    }
    const shown = value && value.t === 'scalar' ? JSON.stringify(value.value) : '<nil>'
    throw new YamlDecodeError(
      `unsupported map key of type: %!s(<nil>), key: <nil>, value: ${shown}`,
      k.start,
    )
  }

  node(n: YNode | null): GoValue {
    if (n === null) return null
    this.count(n)
    switch (n.t) {
      case 'scalar':
        return this.scalar(n)
      case 'alias': {
        if (!n.target) throw new YamlDecodeError(`unknown anchor '${n.name}' referenced`, n.start)
        if (this.active.has(n.target)) {
          throw new YamlDecodeError(`anchor '${n.name}' value contains itself`, n.start)
        }
        this.active.add(n.target)
        this.aliasDepth++
        try {
          return this.node(n.target)
        } finally {
          this.aliasDepth--
          this.active.delete(n.target)
        }
      }
      case 'seq': {
        const out: GoValue[] = []
        const anchored = n.anchor !== undefined
        if (anchored) this.active.add(n)
        n.items.forEach((it, i) => {
          out.push(this.node(it))
          this.record(out, i, null, it, n.start)
        })
        if (anchored) this.active.delete(n)
        return out
      }
      case 'map':
        return this.map(n)
    }
  }

  private map(n: YMap): GoMap {
    const out: GoMap = {}
    const anchored = n.anchor !== undefined
    if (anchored) this.active.add(n)
    for (let i = 0; i < n.keys.length; i++) {
      const k = n.keys[i]
      const v = n.values[i]
      if (k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined) {
        this.merge(out, v)
        continue
      }
      const key = this.keyString(k, v)
      setKey(out, key, this.node(v))
      this.record(out, key, k, v, k.end)
    }
    if (anchored) this.active.delete(n)
    return out
  }

  private merge(out: GoMap, v: YNode | null): void {
    const target = (x: YNode | null): YNode | null => {
      let t = x
      while (t && t.t === 'alias') {
        if (!t.target) throw new YamlDecodeError(`unknown anchor '${t.name}' referenced`, t.start)
        t = t.target
      }
      return t
    }
    const fail = (): never => {
      throw new YamlDecodeError(
        'map merge requires map or sequence of maps as the value',
        v?.start ?? 0,
      )
    }
    const one = (x: YNode | null): void => {
      if (target(x)?.t !== 'map') fail()
      const src = this.node(x) as GoMap
      for (const k of Object.keys(src)) {
        setKey(out, k, src[k])
        copySite(src, k, out, k)
      }
    }
    const t = target(v)
    if (t?.t === 'seq' && v?.t !== 'alias') {
      for (let i = t.items.length - 1; i >= 0; i--) one(t.items[i])
    } else if (t?.t === 'map') {
      one(v)
    } else {
      fail()
    }
  }
}

/**
 * Runs the decode checks of toGoValue (unknown anchors, tag conversions, unsupported keys
 * and numbers, merge key shapes) without building the value. Throws YamlDecodeError.
 */
export function checkDecodable(root: YNode | null): void {
  const c = new Converter({})
  const visit = (n: YNode | null): void => {
    if (n === null) return
    switch (n.t) {
      case 'scalar':
        if (
          n.tag !== undefined ||
          (n.plain && /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(n.value))
        ) {
          c.scalar(n)
        }
        return
      case 'alias':
        if (!n.target) throw new YamlDecodeError(`unknown anchor '${n.name}' referenced`, n.start)
        return
      case 'seq':
        for (const it of n.items) visit(it)
        return
      case 'map':
        for (let i = 0; i < n.keys.length; i++) {
          const k = n.keys[i]
          if (k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined) {
            c.node(n)
            return
          }
          c.keyString(k, n.values[i])
          visit(n.values[i])
        }
    }
  }
  visit(root)
}

/** Converts a parsed document to a Go value. Throws YamlDecodeError. */
export function toGoValue(root: YNode | null, opts: ConvertOptions = {}): GoValue {
  return new Converter(opts).node(root)
}

export { isGoMap }
