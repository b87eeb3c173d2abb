/**
 * sigs.k8s.io/yaml's strict path into Go structs, as kustomize reads a kustomization:
 * the YAML is read with go-yaml v2 (YAML 1.1: `on` is a bool), turned into JSON (object
 * keys sorted) and decoded by encoding/json with DisallowUnknownFields (field names matched
 * exactly, then case-insensitively). Errors carry encoding/json's wording. Every decoded
 * object and list remembers where its nodes are in the file.
 */
import type { YMap, YNode } from '../helm/goyaml/ast.js'
import { resolvePlain } from '../helm/yaml/resolve.js'
import { readYamlTree } from '../helm/yaml/yaml-tree.js'
import type { GoValue } from '../template/value.js'
import { KustomizeError } from './errors.js'
import type { Src } from './node.js'
import { shortTag } from './parse.js'

export type Spec =
  | 'string'
  | 'bool'
  | 'int'
  | 'any'
  | { list: Spec }
  | { map: Spec }
  | { struct: string; fields: Record<string, Spec>; inline?: StructSpec[] }

export type StructSpec = Extract<Spec, { struct: string }>

interface Where {
  /** The node of the whole value. */
  at: Src
  /** Per field (json name) or per list index: where the value is. */
  fields: Map<string | number, Src>
  /** Per field: where its key is. */
  keys: Map<string, Src>
}

const places = new WeakMap<object, Where>()

/** Where a decoded object, list or map was written. */
export function whereOf(v: object | undefined): Where | undefined {
  return v ? places.get(v) : undefined
}

/** Where a field (or list item) of a decoded value was written. */
export function srcOf(v: object | undefined, field?: string | number): Src | undefined {
  const w = whereOf(v)
  if (!w) return undefined
  return field === undefined ? w.at : (w.fields.get(field) ?? w.at)
}

export function keySrcOf(v: object | undefined, field: string): Src | undefined {
  return whereOf(v)?.keys.get(field)
}

type JsonKind = 'null' | 'bool' | 'number' | 'string' | 'array' | 'object'

class Decoder {
  constructor(private readonly file: string) {}

  src(n: { start: number; end: number }): Src {
    return { file: this.file, start: n.start, end: n.end }
  }

  /** The JSON kind and value of a scalar, as YAMLToJSON produces it. */
  scalar(n: YNode): { kind: JsonKind; value: GoValue } {
    const t = n.t === 'alias' ? n.target : n
    if (!t) return { kind: 'null', value: null }
    if (t.t === 'seq') return { kind: 'array', value: null }
    if (t.t === 'map') return { kind: 'object', value: null }
    if (t.t !== 'scalar') return { kind: 'null', value: null }
    const tag = t.tag !== undefined ? shortTag(t.tag) : undefined
    if (tag === '!!str' || (!t.plain && tag === undefined))
      return { kind: 'string', value: t.value }
    const r = resolvePlain(t.value, false)
    switch (tag ?? '!!' + r.tag) {
      case '!!null':
        return { kind: 'null', value: null }
      case '!!bool':
        return { kind: 'bool', value: r.value as boolean }
      case '!!int':
        return { kind: 'number', value: Number(r.value as bigint) }
      case '!!float':
        return { kind: 'number', value: r.value as number }
      default:
        return { kind: 'string', value: t.value }
    }
  }

  kindOf(n: YNode | null): JsonKind {
    if (n === null) return 'null'
    return this.scalar(n).kind
  }

  typeError(kind: JsonKind, path: string[], goType: string): KustomizeError {
    const what = kind === 'bool' ? 'bool' : kind === 'null' ? 'null' : kind
    const field = path.length > 1 ? ` Go struct field ${path.join('.')} of` : ''
    return new KustomizeError(`json: cannot unmarshal ${what} into${field} type ${goType}`)
  }

  decode(n: YNode | null, spec: Spec, path: string[]): unknown {
    const d = n && n.t === 'alias' ? (n.target ?? null) : n
    const kind = this.kindOf(d)
    if (kind === 'null') return undefined
    if (spec === 'any') return this.anyValue(d)
    if (spec === 'string') {
      if (kind !== 'string') throw this.typeError(kind, path, 'string')
      return this.scalar(d!).value as string
    }
    if (spec === 'bool') {
      if (kind !== 'bool') throw this.typeError(kind, path, 'bool')
      return this.scalar(d!).value as boolean
    }
    if (spec === 'int') {
      if (kind !== 'number') throw this.typeError(kind, path, 'int64')
      const v = this.scalar(d!).value as number
      if (!Number.isInteger(v)) {
        throw new KustomizeError(
          `json: cannot unmarshal number ${v} into Go struct field ${path.join('.')} of type int64`,
        )
      }
      return v
    }
    if ('list' in spec) {
      if (kind !== 'array') throw this.typeError(kind, path, `[]${goTypeOf(spec.list)}`)
      const seq = d as Extract<YNode, { t: 'seq' }>
      const out: unknown[] = []
      const where: Where = { at: this.src(seq), fields: new Map(), keys: new Map() }
      seq.items.forEach((it, i) => {
        const v = this.decode(it, spec.list, path)
        out.push(v === undefined ? zeroOf(spec.list) : v)
        where.fields.set(i, this.src(it))
      })
      places.set(out, where)
      return out
    }
    if ('map' in spec) {
      if (kind !== 'object') throw this.typeError(kind, path, `map[string]${goTypeOf(spec.map)}`)
      const m = d as YMap
      const out: Record<string, unknown> = {}
      const where: Where = { at: this.src(m), fields: new Map(), keys: new Map() }
      for (const [k, v] of this.sortedEntries(m)) {
        const val = this.decode(v, spec.map, path)
        Object.defineProperty(out, k.name, {
          value: val === undefined ? zeroOf(spec.map) : val,
          enumerable: true,
          writable: true,
          configurable: true,
        })
        where.fields.set(k.name, v ? this.src(v) : this.src(k.node))
        where.keys.set(k.name, this.src(k.node))
      }
      places.set(out, where)
      return out
    }
    return this.decodeStruct(d, kind, spec, path)
  }

  decodeStruct(d: YNode | null, kind: JsonKind, spec: StructSpec, path: string[]): unknown {
    if (kind !== 'object') throw this.typeError(kind, path, `types.${spec.struct}`)
    const m = d as YMap
    const out: Record<string, unknown> = {}
    const where: Where = { at: this.src(m), fields: new Map(), keys: new Map() }
    const all = flatten(spec)
    for (const [k, v] of this.sortedEntries(m)) {
      const name = Object.prototype.hasOwnProperty.call(all, k.name)
        ? k.name
        : Object.keys(all).find((f) => f.toLowerCase() === k.name.toLowerCase())
      if (name === undefined) throw new KustomizeError(`json: unknown field "${k.name}"`)
      const val = this.decode(v, all[name], [...(path.length ? path : [spec.struct]), name])
      if (val !== undefined) out[name] = val
      where.fields.set(name, v ? this.src(v) : this.src(k.node))
      where.keys.set(name, this.src(k.node))
    }
    places.set(out, where)
    return out
  }

  /** Keys as JSON strings, sorted as encoding/json sorts map keys; duplicates rejected. */
  sortedEntries(m: YMap): [{ name: string; node: YNode }, YNode | null][] {
    const seen = new Map<string, YNode>()
    const entries: [{ name: string; node: YNode }, YNode | null][] = []
    m.keys.forEach((k, i) => {
      const kk = k.t === 'alias' ? k.target : k
      const name = kk && kk.t === 'scalar' ? keyString(kk) : ''
      if (seen.has(name)) {
        throw new KustomizeError(`yaml: unmarshal errors:\n  mapping key "${name}" already defined`)
      }
      seen.set(name, k)
      entries.push([{ name, node: k }, m.values[i]])
    })
    return entries.sort((a, b) =>
      Buffer.compare(Buffer.from(a[0].name, 'utf8'), Buffer.from(b[0].name, 'utf8')),
    )
  }

  /** map[string]interface{} values as encoding/json decodes JSON into interface{}. */
  anyValue(n: YNode | null): GoValue {
    const d = n && n.t === 'alias' ? (n.target ?? null) : n
    if (d === null) return null
    if (d.t === 'seq') return d.items.map((it) => this.anyValue(it))
    if (d.t === 'map') {
      const out: Record<string, GoValue> = {}
      for (const [k, v] of this.sortedEntries(d)) {
        Object.defineProperty(out, k.name, {
          value: this.anyValue(v),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
      return out
    }
    return this.scalar(d).value
  }
}

function keyString(k: YNode): string {
  if (k.t !== 'scalar') return ''
  if (!k.plain || k.tag !== undefined) return k.value
  const r = resolvePlain(k.value, false)
  if (r.tag === 'null') return 'null'
  if (r.tag === 'bool') return String(r.value)
  if (r.tag === 'int') return (r.value as bigint).toString()
  if (r.tag === 'float') return String(r.value)
  return k.value
}

function flatten(spec: StructSpec): Record<string, Spec> {
  const out: Record<string, Spec> = {}
  for (const inner of spec.inline ?? []) Object.assign(out, flatten(inner))
  Object.assign(out, spec.fields)
  return out
}

function goTypeOf(s: Spec): string {
  if (typeof s === 'string') return s === 'any' ? 'interface {}' : s === 'int' ? 'int64' : s
  if ('list' in s) return `[]${goTypeOf(s.list)}`
  if ('map' in s) return `map[string]${goTypeOf(s.map)}`
  return `types.${s.struct}`
}

function zeroOf(s: Spec): unknown {
  if (s === 'string') return ''
  if (s === 'bool') return false
  if (s === 'int') return 0
  if (s === 'any') return null
  return undefined
}

/**
 * Decodes the first YAML document of `text` into `spec`. An empty document decodes to an
 * empty object (JSON null leaves a struct untouched).
 */
export function strictDecode(
  text: string,
  file: string,
  spec: StructSpec,
): Record<string, unknown> {
  const tree = readYamlTree(text)
  if ('error' in tree) throw new KustomizeError(`yaml: ${tree.error}`)
  const dec = new Decoder(file)
  const root = tree.root
  if (root === null) {
    const empty = {}
    places.set(empty, { at: { file, start: 0, end: 0 }, fields: new Map(), keys: new Map() })
    return empty
  }
  const kind = dec.kindOf(root)
  if (kind === 'null') {
    const empty = {}
    places.set(empty, { at: dec.src(root), fields: new Map(), keys: new Map() })
    return empty
  }
  return dec.decodeStruct(root, kind, spec, []) as Record<string, unknown>
}

/** Decodes a YAML text into Go values as sigs.k8s.io/yaml.Unmarshal into interface{} does. */
export function decodeAny(text: string, file: string): GoValue {
  const tree = readYamlTree(text)
  if ('error' in tree) throw new KustomizeError(`yaml: ${tree.error}`)
  return new Decoder(file).anyValue(tree.root)
}

/** a.concat(b) that keeps where each item was written. */
export function concatWithPlaces<T>(a: T[], b: T[]): T[] {
  const out = [...a, ...b]
  const wa = whereOf(a)
  const wb = whereOf(b)
  const where: Where = { at: wa?.at ?? wb!.at, fields: new Map(), keys: new Map() }
  a.forEach((_, i) => {
    const s = wa?.fields.get(i)
    if (s) where.fields.set(i, s)
  })
  b.forEach((_, i) => {
    const s = wb?.fields.get(i)
    if (s) where.fields.set(a.length + i, s)
  })
  places.set(out, where)
  return out
}
