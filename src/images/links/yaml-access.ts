/**
 * Reading build files (workflows, compose, skaffold) through the project's YAML reader
 * (src/yaml/read.ts) with exact positions. Scalars are read as the text written, so a
 * build argument `1.10` stays `1.10`; positions inside block scalars (`run: |`) map back
 * to the file's own lines.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml'
import type { SourceRange } from '../../core/range.js'
import type { YamlDocument, YamlPath } from '../../yaml/read.js'
import type { LineIndex } from './line-index.js'

export class YamlView {
  private readonly blocks = new WeakMap<Scalar, { header: number; indent: number } | null>()

  constructor(
    readonly doc: YamlDocument,
    readonly lines: LineIndex,
  ) {}

  get file(): string {
    return this.doc.file
  }

  /**
   * The node at `path`, following aliases (`build: *defaults`) and merge keys; a key
   * written in the mapping itself wins over merged ones, and the last duplicate wins.
   */
  node(path: YamlPath): Node | undefined {
    return this.locate(path)?.node
  }

  private locate(path: YamlPath): { node: Node | undefined; pair?: Pair } | undefined {
    let node: unknown = this.doc.doc.contents
    let pair: Pair | undefined
    for (const step of path) {
      node = this.deref(node)
      pair = undefined
      if (isMap(node)) {
        pair = this.findPair(node, String(step), 0)
        if (!pair) return undefined
        node = pair.value
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step]
        if (node === undefined) return undefined
      } else return undefined
    }
    return { node: (this.deref(node) ?? undefined) as Node | undefined, pair }
  }

  private deref(n: unknown): unknown {
    return isAlias(n) ? n.resolve(this.doc.doc) : n
  }

  private findPair(map: YAMLMap, key: string, depth: number): Pair | undefined {
    const index = pairIndex(map)
    const found = index.byKey.get(key)
    if (found || depth > 10) return found
    for (const p of index.merges) {
      const sources = isSeq(p.value) ? p.value.items : [p.value]
      for (const src of sources) {
        const m = this.deref(src)
        if (isMap(m)) {
          const hit = this.findPair(m, key, depth + 1)
          if (hit) return hit
        }
      }
    }
    return undefined
  }

  isMap(path: YamlPath): boolean {
    return isMap(this.node(path))
  }

  isSeq(path: YamlPath): boolean {
    return isSeq(this.node(path))
  }

  /** Scalar text as written (without quotes), or undefined for non-scalars and null. */
  str(path: YamlPath): string | undefined {
    const n = this.node(path)
    if (!isScalar(n) || n.value === null) return undefined
    if (typeof n.value === 'string') return n.value
    return typeof n.source === 'string' ? n.source : String(n.value)
  }

  /** Keys of the mapping at `path`, including those brought in by merge keys (`<<: *base`). */
  keys(path: YamlPath): string[] {
    const out = new Set<string>()
    const visit = (n: unknown, depth: number): void => {
      if (!isMap(n) || depth > 10) return
      for (const p of n.items) {
        if (!isScalar(p.key)) continue
        const k = p.key.value
        if (typeof k === 'symbol' || k === '<<') {
          const sources = isSeq(p.value) ? p.value.items : [p.value]
          for (const src of sources)
            visit(isAlias(src) ? src.resolve(this.doc.doc) : src, depth + 1)
        } else if (k !== null && k !== undefined) out.add(String(k))
      }
    }
    visit(this.node(path), 0)
    return [...out]
  }

  length(path: YamlPath): number {
    const n = this.node(path)
    return isSeq(n) ? n.items.length : 0
  }

  /** A string map (`env:`, `args:`), values as written; lists of `K=V` are accepted too. */
  stringMap(path: YamlPath): Map<string, string | undefined> {
    const out = new Map<string, string | undefined>()
    if (this.isMap(path)) {
      for (const k of this.keys(path)) out.set(k, this.str([...path, k]))
    } else if (this.isSeq(path)) {
      for (let i = 0; i < this.length(path); i++) {
        const item = this.str([...path, i])
        if (item === undefined) continue
        const eq = item.indexOf('=')
        if (eq > 0) out.set(item.slice(0, eq), item.slice(eq + 1))
        else out.set(item, undefined)
      }
    }
    return out
  }

  /** Range of the value (or key, or both) at `path`; through an alias, the aliased text. */
  range(path: YamlPath, part: 'key' | 'value' | 'pair' = 'value'): SourceRange {
    const hit = this.locate(path)
    const key = hit?.pair?.key as Node | null | undefined
    const value = hit?.node
    const start = part === 'value' ? value?.range?.[0] : (key?.range?.[0] ?? value?.range?.[0])
    const end =
      part === 'key'
        ? (key?.range?.[1] ?? value?.range?.[1])
        : (value?.range?.[1] ?? key?.range?.[1])
    if (start === undefined || end === undefined) return this.doc.contentRange
    return this.lines.range(start, Math.max(start, end))
  }

  /**
   * The range of [start, end) offsets inside the value of the scalar at `path`. Literal
   * block scalars map line by line; other scalars map by offset from their start when the
   * text was written on one line, else to the whole scalar.
   */
  innerRange(path: YamlPath, start: number, end: number): SourceRange {
    const n = this.node(path)
    if (!isScalar(n) || !n.range || typeof n.value !== 'string') return this.range(path)
    const mapped = this.mapOffset(n, n.value, start)
    const mappedEnd = this.mapOffset(n, n.value, Math.max(start, end - 1))
    if (mapped === undefined || mappedEnd === undefined) return this.range(path)
    return this.lines.range(mapped, mappedEnd + 1)
  }

  private mapOffset(n: Scalar, value: string, off: number): number | undefined {
    const [nodeStart, valueEnd] = n.range!
    const src = this.lines.text
    if (n.type === 'BLOCK_LITERAL') {
      const block = this.blockLayout(n, value)
      if (!block) return undefined
      let lineNo = 0
      let lineStartOff = 0
      for (let k = value.indexOf('\n'); k !== -1 && k < off; k = value.indexOf('\n', k + 1)) {
        lineNo++
        lineStartOff = k + 1
      }
      return this.lines.lineStart(block.header + 1 + lineNo) + block.indent + (off - lineStartOff)
    }
    const raw = src.slice(nodeStart, valueEnd)
    if (raw.includes('\n')) return undefined
    const quoted = n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE'
    if (quoted && raw.length - 2 !== value.length) return undefined
    return nodeStart + (quoted ? 1 : 0) + off
  }

  /** Header line and indentation of a literal block scalar: a source line ends with its value line. */
  private blockLayout(n: Scalar, value: string): { header: number; indent: number } | undefined {
    let layout = this.blocks.get(n)
    if (layout === undefined) {
      layout = null
      const header = this.lines.lineOf(n.range![0])
      const valueLines = value.split('\n')
      for (let k = 0; k < valueLines.length; k++) {
        if (!valueLines[k]) continue
        const s = this.lineText(header + 1 + k)
        if (s.endsWith(valueLines[k])) layout = { header, indent: s.length - valueLines[k].length }
        break
      }
      this.blocks.set(n, layout)
    }
    return layout ?? undefined
  }

  private lineText(line: number): string {
    const s = this.lines.lineStart(line)
    const e = this.lines.text.indexOf('\n', s)
    return this.lines.text.slice(s, e < 0 ? this.lines.text.length : e).replace(/\r$/, '')
  }
}

/** A map's pairs by key (the last one wins) and its merge keys, made once per map. */
interface PairIndex {
  byKey: Map<string, Pair>
  merges: Pair[]
}

const indexes = new WeakMap<YAMLMap, PairIndex>()

/** Lookups by key in one pass over the map: a workflow of 20,000 jobs was quadratic. */
function pairIndex(map: YAMLMap): PairIndex {
  let index = indexes.get(map)
  if (index) return index
  index = { byKey: new Map(), merges: [] }
  for (const p of map.items as Pair[]) {
    if (!isScalar(p.key)) continue
    if (typeof p.key.value === 'symbol' || p.key.value === '<<') index.merges.push(p)
    else index.byKey.set(String(p.key.value), p)
  }
  indexes.set(map, index)
  return index
}
