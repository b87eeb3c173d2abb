/**
 * The first document of a YAML text as go-yaml v2 (libyaml) reads it, as a node tree
 * (the chart reader's src/helm/goyaml AST): scalars carry their final text and whether
 * they were plain, so that go-yaml's resolution can run on top.
 *
 * The chart reader's fast libyaml-style parser is tried first. Texts it does not take,
 * texts with aliases (go-yaml binds an anchor before its content, which the fast parser
 * does not) and syntax errors go to the `yaml` package, corrected where it reads YAML 1.2
 * and libyaml reads YAML 1.1 (NEL/LS/PS line breaks; a block scalar ending the input
 * without a line break), with libyaml's error wording.
 */
import { withoutStackTraces } from '../../core/no-stack-traces.js'
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
  type Pair,
} from 'yaml'
import type { YAlias, YMap, YNode, YScalar, YSeq } from '../goyaml/ast.js'
import { parseFirstDocumentFast } from '../goyaml/parse.js'
import { goYamlError } from './yaml-errors.js'
import { hasYaml11Breaks, normalizeYaml11Breaks, yaml11ScalarValue } from './yaml11-breaks.js'

const parseOptions = {
  schema: 'failsafe' as const,
  merge: false,
  uniqueKeys: false,
  version: '1.1' as const,
  prettyErrors: false,
}

export type YamlTree = { root: YNode | null } | { error: string }

function hasAlias(n: YNode | null): boolean {
  if (n === null) return false
  switch (n.t) {
    case 'alias':
      return true
    case 'scalar':
      return false
    case 'seq':
      return n.items.some(hasAlias)
    case 'map':
      return n.keys.some(hasAlias) || n.values.some(hasAlias)
  }
}

/** The first document's tree, or go-yaml's syntax error message (without "yaml: "). */
export function readYamlTree(source: string): YamlTree {
  if (!hasYaml11Breaks(source)) {
    try {
      const root = parseFirstDocumentFast(source)
      if (!hasAlias(root)) return { root }
    } catch {
      // Unsupported or a syntax error: the complete parser decides.
    }
  }
  return readWithYamlLib(source)
}

function readWithYamlLib(source: string): YamlTree {
  const special = hasYaml11Breaks(source)
  let docs: Document.Parsed[]
  try {
    docs = withoutStackTraces(() =>
      parseAllDocuments(special ? normalizeYaml11Breaks(source) : source, parseOptions),
    ) as Document.Parsed[]
  } catch (e) {
    return { error: (e as Error).message }
  }
  if (!Array.isArray(docs) || docs.length === 0) return { root: null }
  const doc = docs[0]
  if (doc.errors.length > 0) {
    const err = doc.errors[0]
    return { error: goYamlError(source, err.code, err.message, err.pos[0]) }
  }
  const conv = new LibConverter(doc, source, special)
  return { root: conv.node(doc.contents as Node | null) }
}

class LibConverter {
  private readonly anchors = new Map<Node, YNode>()
  private contentEnd = -1

  constructor(
    private readonly doc: Document.Parsed,
    private readonly source: string,
    private readonly special: boolean,
  ) {}

  node(node: Node | null | undefined): YNode | null {
    if (node === null || node === undefined) return null
    const start = node.range?.[0] ?? 0
    const end = node.range?.[1] ?? start
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as Node | undefined
      const alias: YAlias = { t: 'alias', start, end, name: node.source, target: undefined }
      // Resolved lazily: an alias may sit inside the node its anchor names.
      if (target) {
        Object.defineProperty(alias, 'target', {
          get: () => this.anchors.get(target),
          enumerable: true,
        })
      }
      return alias
    }
    const tag = (node as { tag?: string }).tag
    if (isScalar(node)) {
      const out: YScalar = {
        t: 'scalar',
        start,
        end,
        value: this.scalarText(node),
        plain: node.type === 'PLAIN',
      }
      if (tag) out.tag = tag
      if (node.anchor) this.anchors.set(node, out)
      return out
    }
    if (isSeq(node)) {
      const out: YSeq = { t: 'seq', start, end, items: [] }
      if (tag) out.tag = tag
      if (node.anchor) this.anchors.set(node, out)
      for (const it of node.items) out.items.push(this.node(it as Node) ?? emptyScalar(end))
      return out
    }
    if (isMap(node)) {
      const out: YMap = { t: 'map', start, end, keys: [], values: [] }
      if (tag) out.tag = tag
      if (node.anchor) this.anchors.set(node, out)
      for (const p of node.items as Pair[]) {
        if (!isPair(p)) continue
        out.keys.push(this.node(p.key as Node) ?? emptyScalar(end))
        out.values.push(this.node(p.value as Node))
      }
      return out
    }
    return null
  }

  private scalarText(node: Node): string {
    if (!isScalar(node)) return ''
    const parsed =
      typeof node.value === 'string' ? node.value : node.value === null ? '' : String(node.value)
    let text = (this.special ? yaml11ScalarValue(node, this.source) : undefined) ?? parsed
    if (
      (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') &&
      this.endsAtUnterminatedEof(node)
    ) {
      // libyaml adds a kept or clipped final break only when the source has one; at the
      // end of input without a line break (as after Helm's toYaml) it adds none.
      if (text.endsWith('\n')) text = text.slice(0, -1)
    }
    return text
  }

  private endsAtUnterminatedEof(node: Node): boolean {
    const src = this.source
    const end = node.range?.[1]
    if (end === undefined) return false
    if (this.contentEnd < 0) this.contentEnd = src.trimEnd().length
    if (end < this.contentEnd || /[\n\r\u0085\u2028\u2029]$/.test(src)) return false
    const header = /^[|>]([0-9]?[+-]?|[+-]?[0-9]?)/.exec(src.slice(node.range![0]))
    return header !== null && !header[1].includes('-')
  }
}

function emptyScalar(at: number): YScalar {
  return { t: 'scalar', start: at, end: at, value: '', plain: true }
}
