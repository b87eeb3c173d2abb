/**
 * YAML read the way kustomize reads resources and patches (kyaml's ByteReader with
 * AnchorsAweigh): CRLF made LF, the text split on `\n---…\n` lines, the first document of
 * each part decoded by go-yaml v3 (tags resolved by v3's rules: `yes` is a string, `0777`
 * is 511), anchors and merge keys expanded. Every node keeps its offsets in the file.
 */
import type { YMap, YNode } from '../helm/goyaml/ast.js'
import { YamlSyntaxError } from '../helm/goyaml/ast.js'
import { parseFirstDocument } from '../helm/goyaml/parse.js'
import { resolvePlain } from '../helm/yaml/resolve.js'
import { readYamlTree } from '../helm/yaml/yaml-tree.js'
import { KustomizeError } from './errors.js'
import {
  KNode,
  setYaml11NonStringCheck,
  STYLE_DOUBLE,
  STYLE_TAGGED,
  TAG_MAP,
  TAG_NULL,
  TAG_SEQ,
  TAG_STR,
} from './node.js'

const LONG_TAG = 'tag:yaml.org,2002:'

/** go-yaml v3's shortTag. */
export function shortTag(tag: string): string {
  return tag.startsWith(LONG_TAG) ? '!!' + tag.slice(LONG_TAG.length) : tag
}

/** v3's resolve("", value) as a short tag. */
export function resolvedTag(value: string): string {
  const r = resolvePlain(value, true)
  switch (r.tag) {
    case 'null':
      return TAG_NULL
    case 'bool':
      return '!!bool'
    case 'int':
      return '!!int'
    case 'float':
      return '!!float'
    case 'timestamp':
      return '!!timestamp'
    case 'merge':
      return '!!merge'
    default:
      return TAG_STR
  }
}

interface Converter {
  file: string
  /** Offset of the chunk in the (LF-normalised) text. */
  base: number
  /** Maps an offset of the normalised text back to the original file. */
  origin: (offset: number) => number
  /** Nodes made so far: expanding aliases is bounded (a "billion laughs" document). */
  count: { n: number }
}

/** At most this many nodes per document, aliases expanded (the generic reader's bound). */
const MAX_NODES = 1_000_000

function srcOf(c: Converter, n: { start: number; end: number }) {
  return { file: c.file, start: c.origin(c.base + n.start), end: c.origin(c.base + n.end) }
}

function toKNode(c: Converter, n: YNode | null, at: { start: number; end: number }): KNode {
  if (++c.count.n > MAX_NODES) {
    throw new KustomizeError(
      `MalformedYAMLError: yaml: document expands to more than ${MAX_NODES} nodes (aliases)`,
    )
  }
  if (n === null) return new KNode('scalar', TAG_NULL, '', 0, undefined, srcOf(c, at))
  if (n.t === 'alias') {
    if (!n.target) throw new KustomizeError(`unknown anchor '${n.name}' referenced`)
    return toKNode(c, n.target, n.target)
  }
  const explicit = n.tag !== undefined && n.tag !== '!' ? shortTag(n.tag) : undefined
  if (n.t === 'scalar') {
    let tag: string
    let style = 0
    if (explicit !== undefined) {
      tag = explicit
      style = STYLE_TAGGED
    } else if (!n.plain) tag = TAG_STR
    else if (n.value === '<<') tag = '!!merge'
    else tag = resolvedTag(n.value)
    if (!n.plain) style |= STYLE_DOUBLE
    return new KNode('scalar', tag, n.value, style, undefined, srcOf(c, n))
  }
  if (n.t === 'seq') {
    const out = new KNode(
      'seq',
      explicit ?? TAG_SEQ,
      '',
      explicit ? STYLE_TAGGED : 0,
      [],
      srcOf(c, n),
    )
    for (const it of n.items) out.content.push(toKNode(c, it, it))
    return out
  }
  return mapNode(c, n, explicit)
}

function isMergeKey(k: YNode): boolean {
  return k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined
}

/** A mapping with its `<<` merge keys applied as kyaml's DeAnchor applies them. */
function mapNode(c: Converter, n: YMap, explicit: string | undefined): KNode {
  const out = new KNode(
    'map',
    explicit ?? TAG_MAP,
    '',
    explicit ? STYLE_TAGGED : 0,
    [],
    srcOf(c, n),
  )
  const merges: YMap[] = []
  let mergeSeen = false
  n.keys.forEach((k, i) => {
    if (isMergeKey(k)) {
      if (mergeSeen) throw new KustomizeError('duplicate merge key')
      mergeSeen = true
      const v = n.values[i]
      const d = v && v.t === 'alias' ? v.target : v
      if (d?.t === 'map') merges.push(d)
      else if (d?.t === 'seq') {
        for (const item of [...d.items].reverse()) {
          const t = item.t === 'alias' ? item.target : item
          if (t?.t === 'seq')
            throw new KustomizeError('invalid map merge: received a nested sequence')
          if (t?.t !== 'map')
            throw new KustomizeError('invalid map merge: received alias for a non-map value')
          merges.push(t)
        }
      } else {
        throw new KustomizeError('map merge requires map or sequence of maps as the value')
      }
      return
    }
    out.content.push(toKNode(c, k, k), toKNode(c, n.values[i], k))
  })
  if (merges.length === 0) return out
  // Merged maps apply in order, each entry replacing an existing key in place; the map's
  // own entries are applied last and so win.
  const merged = KNode.map(out.src)
  const apply = (src: KNode) => {
    for (const [k, v] of src.entries()) {
      const i = merged.keyIndex(k.value)
      if (i >= 0) {
        merged.content[i] = k
        merged.content[i + 1] = v
      } else merged.content.push(k, v)
    }
  }
  for (const [k, v] of out.entries()) merged.content.push(k, v)
  for (const m of merges) apply(mapNode(c, m, undefined))
  apply(out)
  merged.tag = out.tag
  merged.style = out.style
  return merged
}

/** kyaml's splitDocuments: `\n---` lines with at most a comment after them separate documents. */
function splitDocuments(s: string): { text: string; start: number }[] {
  const docs: { text: string; start: number }[] = []
  if (s.length === 0) return docs
  const re = /\n---.*\n/g
  let prev = 0
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const rest = m[0].slice(4).trim()
    if (rest.length > 0 && rest[0] !== '#') {
      throw new KustomizeError(`invalid document separator: ${m[0].trim()}`)
    }
    docs.push({ text: s.slice(prev, m.index), start: prev })
    prev = m.index + m[0].length
  }
  docs.push({ text: s.slice(prev), start: prev })
  return docs
}

function crlfMapper(text: string): { normalized: string; origin: (o: number) => number } {
  if (!text.includes('\r\n')) return { normalized: text, origin: (o) => o }
  const removed: number[] = []
  let out = ''
  let last = 0
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) {
    out += text.slice(last, i)
    removed.push(out.length)
    last = i + 1
  }
  out += text.slice(last)
  return {
    normalized: out,
    origin: (o) => {
      let lo = 0
      let hi = removed.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (removed[mid] < o) lo = mid + 1
        else hi = mid
      }
      return o + lo
    },
  }
}

/**
 * The documents of a YAML stream as kyaml's ByteReader yields them: empty and null
 * documents dropped. Throws a KustomizeError with kyaml's "MalformedYAMLError" wording.
 */
export function readKyamlStream(
  text: string,
  file: string,
  mapOffset?: (offset: number) => number,
): KNode[] {
  const crlf = crlfMapper(text)
  const normalized = crlf.normalized
  const origin = mapOffset ? (o: number) => mapOffset(crlf.origin(o)) : crlf.origin
  const parts = splitDocuments(normalized)
  const out: KNode[] = []
  parts.forEach((part, i) => {
    const chunk = i !== parts.length - 1 ? part.text + '\n' : part.text
    let root: YNode | null
    try {
      root = parseFirstDocument(chunk)
    } catch (e) {
      if (e instanceof YamlSyntaxError)
        throw new KustomizeError(`MalformedYAMLError: yaml: ${e.goMessage}`)
      throw e
    }
    if (root === null) return
    const node = toKNode({ file, base: part.start, origin, count: { n: 0 } }, root, root)
    if (node.tag === TAG_NULL) return
    out.push(node)
  })
  return out
}

/** One YAML document (the first) as a node tree, for kustomization files and inline values. */
export function readKyamlDocument(text: string, file: string): KNode | undefined {
  return readKyamlStream(text, file)[0]
}

/**
 * kyaml's IsYaml1_1NonString: whether go-yaml v2 (YAML 1.1) reads the text as something
 * other than a string (a bool, number, null, list or map).
 */
export function isYaml11NonString(value: string): boolean {
  if (value === '' || value.includes('\n')) return false
  const tree = readYamlTree(value)
  if ('error' in tree) return false
  const root = tree.root
  if (root === null) return true
  if (root.t === 'alias') return false
  if (root.t !== 'scalar') return true
  if (root.tag !== undefined) {
    const t = shortTag(root.tag)
    return t !== TAG_STR && t !== '!'
  }
  if (!root.plain) return false
  return resolvePlain(root.value, false).tag !== 'str'
}

setYaml11NonStringCheck(isYaml11NonString)
