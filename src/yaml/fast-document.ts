/**
 * Manifests read with the fast go-yaml-style reader (about ten times faster than the yaml
 * package on real manifests), with the same positions and the same values. Files it cannot
 * read (syntax errors, rare YAML features) are read by readYaml instead, so problems keep
 * the yaml package's diagnostics.
 */
import type { SourceRange } from '../core/range.js'
import type { YMap, YNode } from '../helm/goyaml/ast.js'
import { plainStaysString, toGoValue } from '../helm/goyaml/convert.js'
import { parseFirstDocumentFast } from '../helm/goyaml/parse.js'
import {
  type PositionedDocument,
  readYaml,
  type Span,
  type SpanPart,
  type YamlPath,
  type YamlProblem,
  YamlText,
} from './read.js'
import { goYamlTags } from './schema.js'
import { splitKubernetesStream } from './stream.js'

/** Bounds alias expansion on untrusted input (a "billion laughs" document). */
const MAX_NODES = 1_000_000

/** The last released document read again: places are asked for a document's findings together. */
const reread: { doc?: FastYamlDocument; root: YNode | null } = { root: null }

interface Hit {
  key?: YNode
  node: YNode | null
}

const [nullTag, trueTag, falseTag, intTag, floatTag] = goYamlTags

/** A mapping key as it appears in the decoded object (YAML 1.1 `on:` becomes "true"). */
function keyString(k: YNode): string | undefined {
  const n = k.t === 'alias' ? k.target : k
  if (!n || n.t !== 'scalar') return undefined
  if (!n.plain || n.tag !== undefined) return n.value
  const s = n.value
  if (plainStaysString(s)) return s
  if ((nullTag.test as RegExp).test(s)) return s === '' ? '' : 'null'
  if ((trueTag.test as RegExp).test(s)) return 'true'
  if ((falseTag.test as RegExp).test(s)) return 'false'
  if ((intTag.test as RegExp).test(s) || (floatTag.test as RegExp).test(s)) {
    return String(toGoValue({ ...n, tag: undefined }))
  }
  return s
}

function deref(n: YNode | null | undefined): YNode | null {
  if (!n) return null
  return n.t === 'alias' ? (n.target ?? null) : n
}

function isMergeKey(k: YNode): boolean {
  return k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined
}

function findInMap(m: YMap, step: string): Hit | undefined {
  let found: Hit | undefined
  for (let i = 0; i < m.keys.length; i++) {
    if (keyString(m.keys[i]) === step) found = { key: m.keys[i], node: m.values[i] }
  }
  if (found) return found
  for (let i = 0; i < m.keys.length; i++) {
    if (!isMergeKey(m.keys[i])) continue
    const v = deref(m.values[i])
    const sources = v?.t === 'seq' ? v.items.map(deref) : [v]
    for (const src of sources) {
      if (src?.t !== 'map') continue
      const hit = findInMap(src, step)
      if (hit) return hit
    }
  }
  return undefined
}

export class FastYamlDocument implements PositionedDocument {
  private cached: unknown
  private built = false
  /** The tree, until releaseTree; then read again from the text when a place is asked for. */
  private tree: YNode | null | undefined
  private readonly rootStart: number | undefined

  constructor(
    readonly text: YamlText,
    /** Offset of this document's text in the file. */
    private readonly base: number,
    private readonly end: number,
    root: YNode | null,
    readonly problems: YamlProblem[],
  ) {
    this.tree = root
    this.rootStart = root?.start
  }

  get file(): string {
    return this.text.file
  }

  get value(): unknown {
    if (!this.built) {
      this.cached = toGoValue(this.root, { maxNodes: MAX_NODES })
      this.built = true
    }
    return this.cached
  }

  get isEmpty(): boolean {
    return this.rootStart === undefined
  }

  get span(): Span {
    return { start: this.base, end: this.end }
  }

  get contentRange(): SourceRange {
    const start = this.base + (this.rootStart ?? 0)
    return this.text.rangeOfSpan({ start, end: start })
  }

  /**
   * Lets the tree go once the value is built. A chart-heavy scan keeps every rendered
   * document until its findings are placed, and the trees were a sixth of its heap; only
   * documents with findings are asked for places, and those are read again (the same parse
   * of the same text, so the same tree), one document at a time.
   */
  releaseTree(): void {
    void this.value
    this.tree = undefined
  }

  private get root(): YNode | null {
    if (this.tree !== undefined) return this.tree
    if (reread.doc !== this) {
      reread.root = parseFirstDocumentFast(this.text.source.slice(this.base, this.end))
      reread.doc = this
    }
    return reread.root
  }

  private hit(path: YamlPath): Hit | undefined {
    let cur: Hit = { node: this.root }
    for (const step of path) {
      const n = deref(cur.node)
      if (n?.t === 'map') {
        const hit = findInMap(n, String(step))
        if (!hit) return undefined
        cur = hit
      } else if (n?.t === 'seq' && typeof step === 'number') {
        const item = n.items[step]
        if (item === undefined) return undefined
        cur = { node: item }
      } else {
        return undefined
      }
    }
    return cur
  }

  has(path: YamlPath): boolean {
    return this.hit(path) !== undefined
  }

  spanOf(path: YamlPath, part: SpanPart = 'pair'): Span | undefined {
    const hit = this.hit(path)
    if (!hit) return undefined
    const { key, node } = hit
    if (key && part !== 'value') {
      if (part === 'key') return { start: this.base + key.start, end: this.base + key.end }
      const end = node && node.end > node.start ? node.end : key.end
      return { start: this.base + key.start, end: this.base + Math.max(end, key.end) }
    }
    if (node) return { start: this.base + node.start, end: this.base + node.end }
    return key ? { start: this.base + key.end, end: this.base + key.end } : undefined
  }

  rangeOf(path: YamlPath, part: SpanPart = 'pair'): SourceRange | undefined {
    const span = this.spanOf(path, part)
    return span ? this.text.rangeOfSpan(span) : undefined
  }
}

/** Duplicate mapping keys, which Kubernetes' strict decoding rejects, as problems. */
function duplicateKeys(root: YNode | null, text: YamlText, base: number): YamlProblem[] {
  const out: YamlProblem[] = []
  const report = (name: string, prev: YNode, k: YNode) => {
    const span = { start: base + k.start, end: base + k.end }
    const line = text.position(base + prev.start).line
    out.push({
      message: `key "${name}" already set in map (first set at line ${line})`,
      span,
      range: text.rangeOfSpan(span),
    })
  }
  // A tree: an alias is a node of its own, never followed, so nothing is visited twice.
  const walk = (n: YNode | null) => {
    if (!n || n.t === 'alias') return
    if (n.t === 'seq') n.items.forEach(walk)
    if (n.t !== 'map') return
    const keys = n.keys
    if (keys.length <= SMALL_MAP) {
      // Most maps are small: comparing with the keys before costs less than a Map.
      const names: (string | undefined)[] = []
      for (let i = 0; i < keys.length; i++) {
        const name = isMergeKey(keys[i]) ? undefined : keyString(keys[i])
        const at = name === undefined ? -1 : names.indexOf(name)
        if (at >= 0) report(name!, keys[at], keys[i])
        // Each duplicate is reported against the first of its name, as the Map below does.
        names.push(at >= 0 ? undefined : name)
        walk(n.values[i])
      }
      return
    }
    const first = new Map<string, YNode>()
    keys.forEach((k, i) => {
      const name = isMergeKey(k) ? undefined : keyString(k)
      if (name !== undefined) {
        const prev = first.get(name)
        if (prev) report(name, prev, k)
        else first.set(name, k)
      }
      walk(n.values[i])
    })
  }
  walk(root)
  return out
}

const SMALL_MAP = 8

/**
 * The documents of a manifest file, split as Kubernetes' YAML reader splits a stream (on
 * `---` lines, which may carry a comment). Falls back to readYaml for the whole file when the fast reader declines.
 */
export function readManifestYaml(
  source: string,
  file: string,
): { documents: PositionedDocument[] } {
  const chunks = splitKubernetesStream(source)
  if (!chunks) return readYaml(source, file)
  const text = YamlText.withLines(file, source)
  const documents: PositionedDocument[] = []
  try {
    for (const c of chunks) {
      const root = parseFirstDocumentFast(c.text)
      const doc = new FastYamlDocument(
        text,
        c.start,
        c.start + c.text.length,
        root,
        duplicateKeys(root, text, c.start),
      )
      void doc.value
      documents.push(doc)
    }
  } catch {
    return readYaml(source, file)
  }
  return { documents }
}
