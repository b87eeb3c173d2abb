/**
 * The YAML node tree kustomize works on (kyaml's RNode over go-yaml v3's yaml.Node), with
 * the place each node was written: every transformer edits these nodes in place, so after
 * a build a node still says which file and line set it (the base resource, the patch, the
 * kustomization entry that rewrote an image).
 *
 * Scalars keep their go-yaml v3 tag ('' for a node kustomize made without one, which the
 * final encoding resolves from its text) and style: both decide what type the value has in
 * the output, exactly as the v3 encoder and decoder round trip decides it in kustomize.
 */
import { work } from '../core/budget.js'

/** Where a node's text is: a file known to the build (see SourceFiles) and offsets in it. */
export interface Src {
  file: string
  start: number
  end: number
}

export type NodeKind = 'scalar' | 'map' | 'seq'

/** go-yaml v3 style bits (only those that change meaning). */
export const STYLE_TAGGED = 1
export const STYLE_DOUBLE = 2
export const STYLE_SINGLE = 4
export const STYLE_LITERAL = 8
export const STYLE_FOLDED = 16
export const STYLE_FLOW = 32

export const TAG_STR = '!!str'
export const TAG_INT = '!!int'
export const TAG_FLOAT = '!!float'
export const TAG_BOOL = '!!bool'
export const TAG_NULL = '!!null'
export const TAG_MAP = '!!map'
export const TAG_SEQ = '!!seq'

export class KNode {
  /** Map content alternates keys and values, as yaml.Node.Content does. */
  content: KNode[]
  src?: Src
  /** A null that a merge keeps (kyaml's ShouldKeep on MakePersistentNullNode). */
  keep?: boolean

  constructor(
    public kind: NodeKind,
    public tag: string,
    public value = '',
    public style = 0,
    content?: KNode[],
    src?: Src,
  ) {
    this.content = content ?? []
    this.src = src
  }

  static scalar(value: string, tag = '', src?: Src): KNode {
    return new KNode('scalar', tag, value, 0, undefined, src)
  }

  /** yaml.Node.SetString: a !!str scalar, literal style when it spans lines. */
  static string(value: string, src?: Src): KNode {
    const n = new KNode('scalar', TAG_STR, value, 0, undefined, src)
    if (value.includes('\n')) n.style = STYLE_LITERAL
    return n
  }

  static map(src?: Src): KNode {
    return new KNode('map', TAG_MAP, '', 0, [], src)
  }

  static seq(src?: Src): KNode {
    return new KNode('seq', TAG_SEQ, '', 0, [], src)
  }

  static null(src?: Src): KNode {
    return new KNode('scalar', TAG_NULL, 'null', 0, undefined, src)
  }

  get isMap(): boolean {
    return this.kind === 'map'
  }

  get isSeq(): boolean {
    return this.kind === 'seq'
  }

  get isScalar(): boolean {
    return this.kind === 'scalar'
  }

  /** Deep copy (yaml.Node copy with copied children). */
  clone(): KNode {
    work()
    return new KNode(
      this.kind,
      this.tag,
      this.value,
      this.style,
      this.content.map((c) => c.clone()),
      this.src,
    )
  }

  /** RNode.SetYNode: this node becomes a shallow copy of `other` (children shared). */
  assign(other: KNode): void {
    this.kind = other.kind
    this.tag = other.tag
    this.value = other.value
    this.style = other.style
    this.content = other.content
    this.src = other.src
  }

  // ---- mappings ----

  /** Index of the key named `name` in content (the last one wins, as kyaml visits all). */
  keyIndex(name: string): number {
    for (let i = 0; i + 1 < this.content.length; i += 2) {
      if (this.content[i].value === name) return i
    }
    return -1
  }

  /** The value of field `name`, or undefined. */
  field(name: string): KNode | undefined {
    if (this.kind !== 'map') return undefined
    const i = this.keyIndex(name)
    return i < 0 ? undefined : this.content[i + 1]
  }

  /** The key node of field `name`, or undefined. */
  fieldKey(name: string): KNode | undefined {
    if (this.kind !== 'map') return undefined
    const i = this.keyIndex(name)
    return i < 0 ? undefined : this.content[i]
  }

  fieldNames(): string[] {
    const out: string[] = []
    for (let i = 0; i + 1 < this.content.length; i += 2) out.push(this.content[i].value)
    return out
  }

  *entries(): Generator<[KNode, KNode]> {
    for (let i = 0; i + 1 < this.content.length; i += 2)
      yield [this.content[i], this.content[i + 1]]
  }

  /** yaml.Clear: removes field `name`; returns its value. */
  clear(name: string): KNode | undefined {
    if (this.kind !== 'map') return undefined
    const i = this.keyIndex(name)
    if (i < 0) return undefined
    const removed = this.content[i + 1]
    this.content.splice(i, 2)
    return removed
  }

  /**
   * FieldSetter with a name: replaces the field's value in place (keeping the old style, as
   * kyaml does) or appends the field. A tagged null value clears the field.
   */
  setField(name: string, value: KNode | undefined, keySrc?: Src): KNode | undefined {
    if (value === undefined || (value.tag === TAG_NULL && !value.keep)) {
      this.clear(name)
      return undefined
    }
    prepareStringStyle(value)
    const i = this.keyIndex(name)
    if (i >= 0) {
      const field = this.content[i + 1]
      value.style = field.style
      field.assign(value)
      return field
    }
    this.content.push(KNode.scalar(name, '', keySrc ?? value.src), value)
    return value
  }

  /** FieldSetter without a name on a scalar: this node takes the value (keeping its style). */
  setScalarValue(value: KNode): void {
    prepareStringStyle(value)
    value.style = this.style
    this.assign(value)
  }

  /** LookupCreate of one field: the field's value, created with `kind` when absent. */
  fieldOrCreate(name: string, kind: NodeKind, src?: Src): KNode {
    const f = this.field(name)
    if (f) return f
    const n = new KNode(kind, '', '', 0, [], src)
    this.content.push(KNode.scalar(name, '', src), n)
    return n
  }
}

/** Whether a node is missing or a tagged null (kyaml's IsMissingOrNull). */
export function isMissingOrNull(n: KNode | undefined): boolean {
  return n === undefined || n.tag === TAG_NULL
}

/** kyaml's IsNilOrEmpty: missing, null, or an empty map or sequence. */
export function isNilOrEmpty(n: KNode | undefined): boolean {
  return (
    n === undefined ||
    n.tag === TAG_NULL ||
    ((n.kind === 'map' || n.kind === 'seq') && n.content.length === 0)
  )
}

export function isEmptyMap(n: KNode | undefined): boolean {
  return n === undefined || isMissingOrNull(n) || (n.kind === 'map' && n.content.length === 0)
}

/** kyaml's GetValue: the scalar text, "" for a missing or null node. */
export function valueOf(n: KNode | undefined): string {
  return n === undefined || isMissingOrNull(n) ? '' : n.value
}

/** IsYNodeString: a scalar tagged !!str or not tagged at all. */
export function isStringNode(n: KNode): boolean {
  return n.kind === 'scalar' && (n.tag === TAG_STR || n.tag === '')
}

/**
 * FieldSetter's first step: a plain string value that YAML 1.1 would read as something else
 * ("yes", "1.0", "[a]") is double quoted, so that it stays a string.
 */
function prepareStringStyle(value: KNode): void {
  if (isStringNode(value) && value.style === 0 && isYaml11NonString(value.value)) {
    value.style = STYLE_DOUBLE
  }
}

let yaml11Check: ((s: string) => boolean) | undefined

/** Installed by the YAML module (avoids a dependency cycle). */
export function setYaml11NonStringCheck(fn: (s: string) => boolean): void {
  yaml11Check = fn
}

export function isYaml11NonString(s: string): boolean {
  return yaml11Check ? yaml11Check(s) : false
}

/** Walks a path of field names; undefined when any step is missing. */
export function lookup(n: KNode | undefined, ...path: string[]): KNode | undefined {
  let cur = n
  for (const p of path) {
    if (!cur || cur.kind !== 'map') return undefined
    cur = cur.field(p)
  }
  return cur
}

/** A map of strings as kyaml reads metadata.labels/annotations (scalar texts). */
export function stringMap(n: KNode | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (!n || n.kind !== 'map') return out
  for (const [k, v] of n.entries()) out.set(k.value, v.value)
  return out
}
