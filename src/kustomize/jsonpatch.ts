/**
 * JSON 6902 patches as kustomize applies them (evanphx/json-patch v4 on the resource's
 * JSON, then back to YAML): add, remove, replace, move, copy and test on the node tree,
 * after which every scalar is what the JSON round trip makes of it (strings tagged !!str,
 * numbers float64 in go-yaml's 'g' form, keys sorted). Nodes the patch did not touch keep
 * their source places; values the patch adds point at the patch.
 */
import type { YMap, YNode } from '../helm/goyaml/ast.js'
import { readYamlTree } from '../helm/yaml/yaml-tree.js'
import { resolvePlain } from '../helm/yaml/resolve.js'
import { formatFloat } from '../template/strconv.js'
import { scalarValue } from './encode.js'
import { KustomizeError } from './errors.js'
import { KNode, type Src, TAG_BOOL, TAG_NULL, TAG_STR } from './node.js'
import { resolvedTag, shortTag } from './parse.js'

export interface JsonOp {
  op: string
  path?: string
  from?: string
  value?: KNode
  hasValue: boolean
  src?: Src
}

type Mapper = (offset: number) => Src

/** A YAML (or JSON) node as the JSON value sigs.k8s.io/yaml makes of it, as a node tree. */
function jsonNode(n: YNode | null, at: Mapper, fallback: Src): KNode {
  const d = n && n.t === 'alias' ? (n.target ?? null) : n
  if (d === null) return new KNode('scalar', TAG_NULL, 'null', 0, undefined, fallback)
  const src = at(d.start)
  if (d.t === 'seq') {
    const out = KNode.seq(src)
    for (const it of d.items) out.content.push(jsonNode(it, at, src))
    return out
  }
  if (d.t === 'map') return jsonMap(d, at, src)
  if (d.t !== 'scalar') return new KNode('scalar', TAG_NULL, 'null', 0, undefined, src)
  const tag = d.tag !== undefined ? shortTag(d.tag) : undefined
  if (tag === TAG_STR || (!d.plain && tag === undefined)) return KNode.scalar(d.value, TAG_STR, src)
  const r = resolvePlain(d.value, false)
  const t = tag ?? `!!${r.tag}`
  switch (t) {
    case '!!null':
      return new KNode('scalar', TAG_NULL, 'null', 0, undefined, src)
    case '!!bool':
      return KNode.scalar(r.value ? 'true' : 'false', TAG_BOOL, src)
    case '!!int':
    case '!!float': {
      const f = typeof r.value === 'bigint' ? Number(r.value) : Number(r.value)
      return numberNode(f, src)
    }
    default:
      return KNode.scalar(d.value, TAG_STR, src)
  }
}

function jsonMap(d: YMap, at: Mapper, src: Src): KNode {
  const out = KNode.map(src)
  d.keys.forEach((k, i) => {
    const kk = k.t === 'alias' ? k.target : k
    const name = kk && kk.t === 'scalar' ? kk.value : ''
    out.content.push(
      KNode.scalar(name, TAG_STR, at(k.start)),
      jsonNode(d.values[i], at, at(k.start)),
    )
  })
  return out
}

function numberNode(f: number, src?: Src): KNode {
  const text = formatFloat(f, 'g', -1)
  return KNode.scalar(text, resolvedTag(text), src)
}

/** Decodes a patch text (YAML or JSON) into operations; `at` maps offsets to places. */
export function decodeJsonPatch(text: string, at: Mapper): JsonOp[] {
  const tree = readYamlTree(text)
  if ('error' in tree) throw new KustomizeError(`yaml: ${tree.error}`)
  const root = tree.root
  if (root === null) throw new KustomizeError('empty json patch operations')
  if (root.t !== 'seq') {
    throw new KustomizeError('json: cannot unmarshal object into Go value of type jsonpatch.Patch')
  }
  return root.items.map((item) => {
    const src = at(item.start)
    const d = item.t === 'alias' ? item.target : item
    if (!d || d.t !== 'map')
      throw new KustomizeError('json: cannot unmarshal into Go value of type jsonpatch.Operation')
    const op: JsonOp = { op: '', hasValue: false, src }
    d.keys.forEach((k, i) => {
      const name = k.t === 'scalar' ? k.value : ''
      const v = d.values[i]
      const text = v && v.t === 'scalar' ? v.value : ''
      if (name === 'op') op.op = text
      else if (name === 'path') op.path = text
      else if (name === 'from') op.from = text
      else if (name === 'value') {
        op.value = jsonNode(v, at, src)
        op.hasValue = true
      }
    })
    return op
  })
}

function splitPointer(p: string): string[] {
  if (p === '') return []
  if (!p.startsWith('/')) throw new KustomizeError(`JSON pointer must be empty or start with a "/`)
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

interface Container {
  node: KNode
  key: string
}

/** The container of the last path step (evanphx's findObject). */
function findObject(doc: KNode, path: string): Container | undefined {
  const parts = splitPointer(path)
  if (parts.length === 0) return undefined
  let cur: KNode | undefined = doc
  for (const part of parts.slice(0, -1)) {
    if (!cur) return undefined
    if (cur.kind === 'map') cur = cur.field(part)
    else if (cur.kind === 'seq') {
      const i = arrayIndex(part, cur.content.length)
      cur = i === undefined ? undefined : cur.content[i]
    } else return undefined
  }
  if (!cur || (cur.kind !== 'map' && cur.kind !== 'seq')) return undefined
  return { node: cur, key: parts[parts.length - 1] }
}

function arrayIndex(key: string, len: number): number | undefined {
  if (!/^-?\d+$/.test(key)) return undefined
  let i = Number(key)
  if (i < 0) i += len
  if (i < 0 || i >= len) return undefined
  return i
}

function get(c: Container): KNode | undefined {
  if (c.node.kind === 'map') return c.node.field(c.key)
  const i = arrayIndex(c.key, c.node.content.length)
  return i === undefined ? undefined : c.node.content[i]
}

function add(c: Container, value: KNode, path: string): void {
  if (c.node.kind === 'map') {
    const i = c.node.keyIndex(c.key)
    if (i >= 0) c.node.content[i + 1] = value
    else c.node.content.push(KNode.scalar(c.key, TAG_STR, value.src), value)
    return
  }
  const len = c.node.content.length
  if (c.key === '-') {
    c.node.content.push(value)
    return
  }
  if (!/^-?\d+$/.test(c.key))
    throw new KustomizeError(
      `add operation does not apply: doc is missing path: "${path}": missing value`,
    )
  let i = Number(c.key)
  if (i > len)
    throw new KustomizeError(`Unable to access invalid index: ${i}: invalid index referenced`)
  if (i < 0) {
    if (-i > len)
      throw new KustomizeError(`Unable to access invalid index: ${i}: invalid index referenced`)
    i += len
  }
  c.node.content.splice(i, 0, value)
}

function remove(c: Container, path: string): KNode {
  if (c.node.kind === 'map') {
    const i = c.node.keyIndex(c.key)
    if (i < 0) throw new KustomizeError(`Unable to remove nonexistent key: ${c.key}: missing value`)
    const v = c.node.content[i + 1]
    c.node.content.splice(i, 2)
    return v
  }
  const i = arrayIndex(c.key, c.node.content.length)
  if (i === undefined)
    throw new KustomizeError(
      `Unable to access invalid index: ${c.key}: invalid index referenced (path ${path})`,
    )
  return c.node.content.splice(i, 1)[0]
}

function equalJson(a: KNode, b: KNode): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'scalar')
    return (
      JSON.stringify(String(scalarValue(a))) === JSON.stringify(String(scalarValue(b))) &&
      typeof scalarValue(a) === typeof scalarValue(b)
    )
  if (a.content.length !== b.content.length) return false
  if (a.kind === 'seq') return a.content.every((x, i) => equalJson(x, b.content[i]))
  for (const [k, v] of a.entries()) {
    const o = b.field(k.value)
    if (!o || !equalJson(v, o)) return false
  }
  return true
}

/** Applies the operations to the resource node in place. */
export function applyJsonPatch(doc: KNode, ops: JsonOp[]): void {
  for (const op of ops) {
    const path = op.path ?? ''
    switch (op.op) {
      case 'add': {
        if (!op.hasValue) throw new KustomizeError('add operation, missing value field')
        const c = findObject(doc, path)
        if (!c)
          throw new KustomizeError(
            `add operation does not apply: doc is missing path: "${path}": missing value`,
          )
        add(c, op.value!.clone(), path)
        break
      }
      case 'remove': {
        const c = findObject(doc, path)
        if (!c)
          throw new KustomizeError(
            `remove operation does not apply: doc is missing path: "${path}": missing value`,
          )
        remove(c, path)
        break
      }
      case 'replace': {
        if (!op.hasValue) throw new KustomizeError('replace operation, missing value field')
        const c = findObject(doc, path)
        if (!c)
          throw new KustomizeError(
            `replace operation does not apply: doc is missing path: ${path}: missing value`,
          )
        if (get(c) === undefined) {
          throw new KustomizeError(
            `replace operation does not apply: doc is missing key: ${path}: missing value`,
          )
        }
        if (c.node.kind === 'map') c.node.content[c.node.keyIndex(c.key) + 1] = op.value!.clone()
        else c.node.content[arrayIndex(c.key, c.node.content.length)!] = op.value!.clone()
        break
      }
      case 'move':
      case 'copy': {
        const from = op.from ?? ''
        const fc = findObject(doc, from)
        if (!fc)
          throw new KustomizeError(
            `${op.op} operation does not apply: doc is missing from path: ${from}: missing value`,
          )
        const v = op.op === 'move' ? remove(fc, from) : get(fc)
        if (!v)
          throw new KustomizeError(
            `copy operation does not apply: doc is missing from path: ${from}: missing value`,
          )
        const tc = findObject(doc, path)
        if (!tc)
          throw new KustomizeError(
            `${op.op} operation does not apply: doc is missing destination path: ${path}: missing value`,
          )
        add(tc, op.op === 'copy' ? v.clone() : v, path)
        break
      }
      case 'test': {
        const c = findObject(doc, path)
        const v = c ? get(c) : path === '' ? doc : undefined
        const want = op.value
        if (!v || !want || !equalJson(v, want)) {
          throw new KustomizeError(`testing value ${path} failed: test failed`)
        }
        break
      }
      default:
        throw new KustomizeError(`Unexpected kind: ${op.op}`)
    }
  }
  normalizeAsJson(doc)
}

/** What the JSON round trip leaves of a node: JSON-typed scalars, keys sorted. */
function normalizeAsJson(n: KNode): void {
  n.style = 0
  if (n.kind === 'scalar') {
    const v = scalarValue(n)
    if (v === null) {
      n.tag = TAG_NULL
      n.value = 'null'
    } else if (typeof v === 'boolean') {
      n.tag = TAG_BOOL
      n.value = v ? 'true' : 'false'
    } else if (typeof v === 'number' || typeof v === 'bigint') {
      const f = Number(v)
      n.value = formatFloat(f, 'g', -1)
      n.tag = resolvedTag(n.value)
    } else {
      n.tag = TAG_STR
      n.value = String(v)
    }
    return
  }
  n.tag = n.kind === 'map' ? '!!map' : '!!seq'
  if (n.kind === 'map') {
    const pairs: [KNode, KNode][] = [...n.entries()]
    pairs.sort((a, b) => Buffer.compare(Buffer.from(a[0].value), Buffer.from(b[0].value)))
    n.content = pairs.flat()
    for (const [k, v] of pairs) {
      k.tag = TAG_STR
      k.style = 0
      normalizeAsJson(v)
    }
  } else {
    for (const c of n.content) normalizeAsJson(c)
  }
}
