/**
 * From a place in rendered output back to the lines a person edits. Given a rendered
 * document and a YAML path inside it (or an offset), answers with the values-file range
 * of the value that produced the text (the key that won the merge, or the --set argument)
 * and the template range that wrote it.
 *
 * It works from the render trace: the output write covering the place gives the template
 * action or text; the values read up to that write (including reads inside `include`,
 * `tpl` and enclosing `with`/`range`) are matched against the rendered scalar, walking
 * into maps and lists along the path, so `toYaml .Values.x | nindent` and helpers that
 * pass values through `dict` still land on the right values line.
 */
import type { RelatedLocation, SourceRange, Origin } from '../core/range.js'
import type { NodePos } from '../template/exec.js'
import { GoInt, isGoMap, type GoMap, type GoValue } from '../template/value.js'
import type { Chart, ChartFile } from './chart.js'
import type { RenderedDocument, RenderResult } from './render.js'
import { siteOf, siteRange, type ValueSite } from './origins.js'
import type { EmitRecord, FileTrace, ReadRecord } from './trace.js'
import { parseFirstDocument } from './goyaml/parse.js'
import type { YNode } from './goyaml/ast.js'
import { formatFloat } from '../template/strconv.js'
import { bytesToString } from './go-text.js'
import { pushAll } from '../core/arrays.js'
import { type Feed, type FeedQuery, findFeed } from './feeds.js'

export type YamlPathStep = string | number

export interface Located {
  /** The values-file line when a value produced the text, else the template line. */
  primary: SourceRange
  /** The template line (when primary is a value), and a helper's line when one was involved. */
  related: RelatedLocation[]
  origin: Origin
}

interface TemplateSource {
  file: ChartFile
  text?: string
  lineStarts?: number[]
}

/** Template sources by template name, built once per render result. */
class TemplateIndex {
  private readonly byName = new Map<string, TemplateSource>()

  constructor(chart: Chart) {
    const walk = (c: Chart): void => {
      const prefix = c.fullPath()
      for (const t of c.templates) this.byName.set(`${prefix}/${t.name}`, { file: t })
      for (const d of c.dependencies) walk(d)
    }
    walk(chart)
  }

  get(name: string): TemplateSource | undefined {
    return this.byName.get(name)
  }

  /** A SourceRange for a node position in a template; archives point at the .tgz. */
  range(pos: NodePos): SourceRange | undefined {
    const src = this.byName.get(pos.template)
    if (!src) return undefined
    if (src.file.origin.archive) {
      return {
        file: src.file.origin.archive,
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1,
      }
    }
    return {
      file: src.file.origin.path,
      startLine: pos.line,
      startColumn: pos.col,
      endLine: pos.endLine,
      endColumn: pos.endCol,
    }
  }

  /** The template text of a node position (an action's source). */
  slice(pos: NodePos): string | undefined {
    const src = this.byName.get(pos.template)
    if (!src || src.file.origin.archive) return undefined
    src.text ??= bytesToString(src.file.data)
    const lines = src.text.split('\n')
    if (pos.line === pos.endLine) return lines[pos.line - 1]?.slice(pos.col - 1, pos.endCol - 1)
    return [
      lines[pos.line - 1]?.slice(pos.col - 1) ?? '',
      ...lines.slice(pos.line, pos.endLine - 1),
      lines[pos.endLine - 1]?.slice(0, pos.endCol - 1) ?? '',
    ].join('\n')
  }

  /** The source range of `delta` characters into a text node starting at `pos`. */
  textRange(pos: NodePos, delta: number, length: number): SourceRange | undefined {
    const src = this.byName.get(pos.template)
    if (!src) return undefined
    if (src.file.origin.archive) return this.range(pos)
    src.text ??= bytesToString(src.file.data)
    if (!src.lineStarts) {
      const starts = [0]
      const t = src.text
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) starts.push(i + 1)
      src.lineStarts = starts
    }
    const starts = src.lineStarts
    const startOffset = starts[pos.line - 1] + pos.col - 1 + delta
    const toPos = (off: number): { line: number; col: number } => {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid] <= off) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, col: off - starts[lo] + 1 }
    }
    const a = toPos(startOffset)
    let endOffset = startOffset + Math.max(0, length)
    if (length < 0) {
      const nl = src.text.indexOf('\n', startOffset)
      endOffset = nl < 0 ? src.text.length : nl
    }
    const b = toPos(endOffset)
    return {
      file: src.file.origin.path,
      startLine: a.line,
      startColumn: a.col,
      endLine: b.line,
      endColumn: b.col,
    }
  }
}

/** A node of the rendered document with its path. */
interface DocNode {
  path: YamlPathStep[]
  keyStart: number
  keyEnd: number
  node: YNode | null
}

function scalarText(n: YNode | null): string | undefined {
  return n && n.t === 'scalar' ? n.value : undefined
}

/** Finds the node at `path` in a parsed document. */
function findPath(root: YNode | null, path: YamlPathStep[]): DocNode | undefined {
  let node: YNode | null = root
  let keyStart = root?.start ?? 0
  let keyEnd = keyStart
  for (let i = 0; i < path.length; i++) {
    while (node && node.t === 'alias') node = node.target ?? null
    if (!node) return undefined
    const step = path[i]
    if (node.t === 'map') {
      let found = -1
      for (let k = node.keys.length - 1; k >= 0; k--) {
        const key = node.keys[k]
        if (key.t === 'scalar' && key.value === String(step)) {
          found = k
          break
        }
      }
      if (found < 0) return undefined
      keyStart = node.keys[found].start
      keyEnd = node.keys[found].end
      node = node.values[found]
    } else if (node.t === 'seq' && typeof step === 'number') {
      const item: YNode | undefined = node.items[step]
      if (!item) return undefined
      keyStart = item.start
      keyEnd = item.start
      node = item
    } else {
      return undefined
    }
  }
  return { path, keyStart, keyEnd, node }
}

/** The deepest node containing `offset`, with its path. */
function pathAt(root: YNode | null, offset: number): DocNode | undefined {
  let best: DocNode | undefined
  const visit = (n: YNode | null, path: YamlPathStep[], keyStart: number, keyEnd: number): void => {
    if (!n) return
    if (n.t === 'map') {
      n.keys.forEach((k, i) => {
        const v = n.values[i]
        const end = Math.max(k.end, v ? v.end : k.end)
        if (offset >= k.start && offset <= end && k.t === 'scalar') {
          best = { path: [...path, k.value], keyStart: k.start, keyEnd: k.end, node: v }
          visit(v, [...path, k.value], k.start, k.end)
        }
      })
    } else if (n.t === 'seq') {
      n.items.forEach((it, i) => {
        if (offset >= it.start && offset <= it.end) {
          best = { path: [...path, i], keyStart: it.start, keyEnd: it.start, node: it }
          visit(it, [...path, i], it.start, it.start)
        }
      })
    }
    void keyStart
    void keyEnd
  }
  visit(root, [], 0, 0)
  return best
}

function formatScalar(v: GoValue): string | undefined {
  if (v === null) return undefined
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number') return formatFloat(v, 'g', -1)
  if (typeof v === 'bigint') return v.toString()
  if (v instanceof GoInt) return v.value.toString()
  return undefined
}

/** Whether a rendered scalar shows value v (as {{ v }}, quoted, or through toYaml). */
function sameScalar(rendered: string, v: GoValue): boolean {
  const f = formatScalar(v)
  if (f === undefined) return false
  if (f === rendered) return true
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof GoInt) {
    const n = Number(rendered)
    return (
      rendered.trim() !== '' &&
      Number.isFinite(n) &&
      n === Number(typeof v === 'number' ? v : v instanceof GoInt ? v.value : v)
    )
  }
  return false
}

function child(
  v: GoValue,
  step: YamlPathStep,
): { container: object; key: string | number; value: GoValue } | undefined {
  if (Array.isArray(v)) {
    const i = typeof step === 'number' ? step : Number(step)
    if (!Number.isInteger(i) || i < 0 || i >= v.length) return undefined
    return { container: v, key: i, value: v[i] }
  }
  if (v !== null && isGoMap(v)) {
    const k = String(step)
    if (!Object.hasOwn(v, k)) return undefined
    return { container: v, key: k, value: (v as GoMap)[k] }
  }
  return undefined
}

interface ValueMatch {
  site: ValueSite
  scalar: boolean
  read: ReadRecord
  score: number
}

/** Matches the reads before a write against the rendered value at `path`. */
function matchValue(
  reads: ReadRecord[],
  from: number,
  to: number,
  path: YamlPathStep[],
  rendered: string | undefined,
  regionStart: number,
): ValueMatch | undefined {
  let best: ValueMatch | undefined
  const consider = (m: ValueMatch): void => {
    if (!best || m.score > best.score) best = m
  }
  for (let i = to - 1; i >= from; i--) {
    const r = reads[i]
    const recency = (i - from) / Math.max(1, to - from)
    const v = r.value
    if (v !== null && typeof v === 'object' && !(v instanceof GoInt)) {
      if (!(Array.isArray(v) || isGoMap(v))) continue
      // Walk the path suffix that lies in the written region, or the part after a step
      // named like the key this value was read under.
      const starts: number[] = [regionStart]
      for (let j = path.length - 1; j >= 0; j--)
        if (String(path[j]) === String(r.key)) starts.push(j + 1)
      for (const k of starts) {
        if (k < 0 || k > path.length) continue
        let cur: GoValue = v
        let last: { container: object; key: string | number; value: GoValue } | undefined
        let ok = true
        for (let j = k; j < path.length; j++) {
          const c = child(cur, path[j])
          if (!c) {
            ok = false
            break
          }
          last = c
          cur = c.value
        }
        if (!ok || !last) continue
        const site = siteOf(last.container, last.key)
        if (!site) continue
        const isScalar = formatScalar(last.value) !== undefined
        if (rendered !== undefined && isScalar && !sameScalar(rendered, last.value)) continue
        consider({
          site,
          scalar: isScalar,
          read: r,
          score: 2 + recency + (k === regionStart ? 0.5 : 0),
        })
      }
      continue
    }
    if (rendered === undefined || !sameScalar(rendered, v)) continue
    const site = siteOf(r.container, r.key)
    if (!site) continue
    const keyMatches = path.length > 0 && String(path[path.length - 1]) === String(r.key)
    consider({ site, scalar: true, read: r, score: 1 + recency + (keyMatches ? 1 : 0) })
  }
  return best
}

function valueRange(m: ValueMatch): SourceRange | undefined {
  return m.site.kind === 'file' ? siteRange(m.site, m.scalar) : undefined
}

/** Source map for one render result. */
export class RenderSourceMap {
  private readonly templates: TemplateIndex
  private readonly parsed = new WeakMap<RenderedDocument, YNode | null>()
  private readonly documents: readonly RenderedDocument[]
  /**
   * Each template's rendered text. The chart and the printed output are not kept: a scan
   * holds a map per rendering until its findings are placed.
   */
  private readonly renderedTexts = new Map<string, string>()

  constructor(result: RenderResult) {
    if (!result.chart) throw new Error('source map needs a loaded chart')
    this.templates = new TemplateIndex(result.chart)
    this.documents = result.documents
    for (const [name, t] of result.templates ?? []) this.renderedTexts.set(name, t.text)
  }

  private root(doc: RenderedDocument): YNode | null {
    if (this.parsed.has(doc)) return this.parsed.get(doc) ?? null
    let root: YNode | null
    try {
      root = parseFirstDocument(doc.text)
    } catch {
      root = null
    }
    this.parsed.set(doc, root)
    return root
  }

  /** Where the value at `path` (e.g. ['spec', 'template', 'spec', 'containers', 0, 'image']) came from. */
  locatePath(doc: RenderedDocument, path: YamlPathStep[]): Located | undefined {
    const root = this.root(doc)
    const found = findPath(root, path)
    if (!found) return undefined
    const n = found.node
    const offset = n && n.end > n.start ? n.start : found.keyStart
    return this.resolve(doc, found, offset)
  }

  /** Where the text at `offset` (within the document text) came from. */
  locateOffset(doc: RenderedDocument, offset: number): Located | undefined {
    const root = this.root(doc)
    const found = pathAt(root, offset) ?? { path: [], keyStart: offset, keyEnd: offset, node: null }
    return this.resolve(doc, found, offset)
  }

  /**
   * The chart value that feeds a block of an object in `doc` (a container's or the pod's
   * securityContext), or would feed it where the block is absent (feeds.ts).
   */
  feed(doc: RenderedDocument, query: FeedQuery): Feed | undefined {
    if (!doc.trace) return undefined
    return findFeed(
      {
        root: this.root(doc),
        offsetInFile: doc.offsetInFile,
        trace: doc.trace,
        range: (pos) => this.templates.range(pos),
        textRange: (emit, offset) => this.emitRange(emit, offset),
        text: (pos) => this.templates.slice(pos),
      },
      query,
    )
  }

  /** Where the text at `offset` in the whole printed output came from. */
  locateOutputOffset(offset: number): { document: RenderedDocument; located: Located } | undefined {
    for (const doc of this.documents) {
      if (doc.offsetInOutput < 0) continue
      if (offset >= doc.offsetInOutput && offset <= doc.offsetInOutput + doc.text.length) {
        const located = this.locateOffset(doc, offset - doc.offsetInOutput)
        return located ? { document: doc, located } : undefined
      }
    }
    return undefined
  }

  private resolve(doc: RenderedDocument, found: DocNode, offset: number): Located | undefined {
    const fileRange = (): SourceRange =>
      doc.file.origin.archive
        ? { file: doc.file.origin.archive, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
        : { file: doc.file.origin.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
    const trace: FileTrace | undefined = doc.trace
    if (!trace) {
      const r = fileRange()
      return { primary: r, related: [], origin: { template: r } }
    }
    const fileOffset = doc.offsetInFile + offset
    const emit = trace.emitAt(fileOffset)
    if (!emit) {
      const r = fileRange()
      return { primary: r, related: [], origin: { template: r } }
    }
    const template = this.emitRange(emit, fileOffset)
    const idx = trace.emits.indexOf(emit)
    const prevReadEnd = idx > 0 ? trace.emits[idx - 1].readEnd : 0
    const rendered = scalarText(found.node)
    // The first path step whose key was written by this emission: the root of what it wrote.
    let regionStart = found.path.length
    const root = this.root(doc)
    for (let j = 0; j < found.path.length; j++) {
      const at = findPath(root, found.path.slice(0, j + 1))
      if (at && doc.offsetInFile + at.keyStart >= emit.start) {
        regionStart = j
        break
      }
    }
    let match: ValueMatch | undefined
    const others: ValueMatch[] = []
    // A scalar assembled from several writes (`image: "{{ .repo }}:{{ .tag }}"`): an action
    // whose own output is exactly a value it read names that value.
    const n = found.node
    if (n && n.t === 'scalar' && n.end > n.start) {
      const fileText = this.renderedTexts.get(doc.source)
      const from = doc.offsetInFile + n.start
      const to = doc.offsetInFile + n.end
      const all: { m: ValueMatch; covers: boolean }[] = []
      for (let i = 0; fileText !== undefined && i < trace.emits.length; i++) {
        const e = trace.emits[i]
        if (e.end <= from || e.start >= to || e.kind !== 'action') continue
        const written = fileText.slice(e.start, e.end)
        const before = i > 0 ? trace.emits[i - 1].readEnd : 0
        const m = matchValue(trace.reads, before, e.readEnd, found.path, written, found.path.length)
        if (m && m.scalar) all.push({ m, covers: e.start <= fileOffset && fileOffset < e.end })
      }
      const chosen = all.find((x) => x.covers) ?? all[0]
      match = chosen?.m
      for (const x of all) if (x !== chosen) others.push(x.m)
    }
    if (!match && emit.kind === 'action') {
      match = matchValue(trace.reads, prevReadEnd, emit.readEnd, found.path, rendered, regionStart)
      if (!match) {
        // Enclosing with/range blocks read their values before earlier writes.
        match = matchValue(
          trace.reads,
          Math.max(0, prevReadEnd - 2000),
          prevReadEnd,
          found.path,
          rendered,
          regionStart,
        )
      }
    }
    if (!match && emit.kind === 'action' && rendered !== undefined && rendered.length >= 3) {
      // A string composed from values (`printf "%s/%s:%s" .registry .repository .tag`):
      // the longest value contained in it, the others as related locations.
      const parts: ValueMatch[] = []
      const seen = new Set<ValueSite>()
      for (let i = prevReadEnd; i < emit.readEnd; i++) {
        const r = trace.reads[i]
        if (typeof r.value !== 'string' || r.value.length < 3 || !rendered.includes(r.value))
          continue
        const site = siteOf(r.container, r.key)
        if (!site || seen.has(site)) continue
        seen.add(site)
        parts.push({ site, scalar: true, read: r, score: r.value.length })
      }
      parts.sort((a, b) => b.score - a.score)
      // Longest first; a value only counts where a longer one does not already explain the text.
      const covered: [number, number][] = []
      const kept: ValueMatch[] = []
      for (const p of parts) {
        const v = p.read.value as string
        for (let at = rendered.indexOf(v); at >= 0; at = rendered.indexOf(v, at + 1)) {
          const end = at + v.length
          if (covered.some(([a, b]) => at >= a && end <= b)) continue
          covered.push([at, end])
          kept.push(p)
          break
        }
      }
      match = kept[0]
      pushAll(others, kept.slice(1))
    }
    const related: RelatedLocation[] = []
    const origin: Origin = { template }
    for (const o of others) {
      const r = valueRange(o)
      if (r) related.push({ range: r, message: 'value that also forms this text' })
      else if (template && o.site.kind === 'set') {
        related.push({ range: template, message: `value set by ${o.site.argument}` })
      }
    }
    if (match) {
      const vr = valueRange(match)
      origin.value =
        match.site.kind === 'file' ? { range: vr } : { setArgument: match.site.argument }
      if (template) related.push({ range: template, message: 'template that renders this value' })
      if (match.read.at.template !== emit.at.template) {
        const helper = this.templates.range(match.read.at)
        if (helper)
          related.push({ range: helper, message: 'helper template that reads this value' })
      }
      if (vr) return { primary: vr, related, origin }
      if (template && match.site.kind === 'set') {
        return {
          primary: template,
          related: [{ range: template, message: `value set by ${match.site.argument}` }],
          origin,
        }
      }
    }
    // No value: literal text written by a helper (include) is attributed to the helper line.
    if (emit.kind === 'action') {
      const helper = this.helperText(doc, trace, prevReadEnd, emit.readEnd, offset)
      if (helper) {
        if (template) related.push({ range: template, message: 'template that includes this text' })
        return { primary: helper, related, origin: { template: helper } }
      }
    }
    const primary = template ?? fileRange()
    return { primary, related, origin }
  }

  /** The helper-template range that wrote the rendered line at `offset`, if one did. */
  private helperText(
    doc: RenderedDocument,
    trace: FileTrace,
    readFrom: number,
    readTo: number,
    offset: number,
  ): SourceRange | undefined {
    const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1
    let lineEnd = doc.text.indexOf('\n', offset)
    if (lineEnd < 0) lineEnd = doc.text.length
    const lineText = doc.text.slice(lineStart, lineEnd).trim()
    if (lineText === '') return undefined
    // Innermost (latest started) executions first.
    for (let i = trace.nested.length - 1; i >= 0; i--) {
      const n = trace.nested[i]
      if (n.readStart < readFrom || n.readEnd > readTo) continue
      for (const e of n.emits) {
        const written = n.output.slice(e.start, e.end)
        const at = written.indexOf(lineText)
        if (at < 0) continue
        if (e.kind === 'text')
          return this.templates.textRange(e.at, at, -1) ?? this.templates.range(e.at)
        return this.templates.range(e.at)
      }
    }
    return undefined
  }

  private emitRange(emit: EmitRecord, fileOffset: number): SourceRange | undefined {
    if (emit.kind === 'text') {
      const delta = fileOffset - emit.start
      return this.templates.textRange(emit.at, delta, -1) ?? this.templates.range(emit.at)
    }
    return this.templates.range(emit.at)
  }
}

/** Convenience: the source map of a render result (rendered with `trace: true`). */
export function sourceMapOf(result: RenderResult): RenderSourceMap {
  return new RenderSourceMap(result)
}
