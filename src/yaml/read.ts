/**
 * YAML read the way Kubernetes reads it (sigs.k8s.io/yaml over go-yaml v2): YAML 1.1
 * scalars, merge keys, duplicate keys reported as errors, with exact positions for
 * every node so that findings point at the line a person edits.
 */
import { withoutStackTraces } from '../core/no-stack-traces.js'
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
} from 'yaml'
import type { SourceRange } from '../core/range.js'
import { goYamlTags } from './schema.js'
import { addDuplicateKeyErrors } from './unique-keys.js'

export type YamlPath = readonly (string | number)[]

/** Which part of a mapping entry a range should cover. */
export type SpanPart = 'pair' | 'key' | 'value'

export interface Span {
  start: number
  end: number
}

export interface YamlProblem {
  message: string
  span: Span
  range: SourceRange
}

const parseOptions = {
  schema: 'failsafe' as const,
  customTags: goYamlTags,
  merge: true,
  // Checked in linear time afterwards (unique-keys.ts): the package's own check is quadratic.
  uniqueKeys: false,
  version: '1.1' as const,
  prettyErrors: false,
  // Bounded alias expansion: untrusted input must not explode memory.
  maxAliasCount: 1000,
}

/**
 * What the Kubernetes layer needs of a parsed document: its value, its problems, and the
 * ranges of the nodes at paths. Two implementations: YamlDocument (the yaml package, with
 * comments and every YAML feature) and FastYamlDocument (the go-yaml-style fast reader).
 */
export interface PositionedDocument {
  readonly file: string
  readonly value: unknown
  readonly problems: YamlProblem[]
  readonly isEmpty: boolean
  readonly span: Span
  readonly contentRange: SourceRange
  /** Whether a node exists at the path. */
  has(path: YamlPath): boolean
  spanOf(path: YamlPath, part?: SpanPart): Span | undefined
  rangeOf(path: YamlPath, part?: SpanPart): SourceRange | undefined
}

/** One YAML document of a file, with its JavaScript value and position lookups. */
export class YamlDocument implements PositionedDocument {
  private cachedValue: unknown
  private hasValue = false

  constructor(
    readonly text: YamlText,
    readonly index: number,
    readonly doc: Document.Parsed,
    readonly problems: YamlProblem[],
  ) {}

  get file(): string {
    return this.text.file
  }

  /** The document as plain JavaScript: objects, arrays, strings, numbers, booleans, null. */
  get value(): unknown {
    if (!this.hasValue) {
      this.cachedValue = this.doc.contents === null ? null : this.doc.toJS({ maxAliasCount: 1000 })
      this.hasValue = true
    }
    return this.cachedValue
  }

  /** True when the document holds nothing but comments or whitespace. */
  get isEmpty(): boolean {
    return this.doc.contents === null
  }

  get span(): Span {
    const [start, , end] = this.doc.range
    return { start, end }
  }

  has(path: YamlPath): boolean {
    return this.pairOrNodeAt(path) !== undefined
  }

  /** The node at `path` (map keys or sequence indexes), or undefined. */
  nodeAt(path: YamlPath): Node | undefined {
    return this.pairOrNodeAt(path)?.node
  }

  /**
   * The offsets of the node at `path`. For a mapping entry, `part` chooses the key, the
   * value, or both (default): `hostPort: 9000`.
   */
  spanOf(path: YamlPath, part: SpanPart = 'pair'): Span | undefined {
    const found = this.pairOrNodeAt(path)
    if (!found) return undefined
    const { pair, node } = found
    if (pair && part !== 'value') {
      const key = pair.key as Node | null
      const keyRange = key?.range
      if (keyRange) {
        if (part === 'key') return { start: keyRange[0], end: keyRange[1] }
        const valueEnd = node?.range ? node.range[1] : keyRange[1]
        return { start: keyRange[0], end: Math.max(valueEnd, keyRange[1]) }
      }
    }
    if (node?.range) return { start: node.range[0], end: node.range[1] }
    return undefined
  }

  rangeOf(path: YamlPath, part: SpanPart = 'pair'): SourceRange | undefined {
    const span = this.spanOf(path, part)
    return span ? this.text.rangeOfSpan(span) : undefined
  }

  /** Range of the first line of the document's content (for whole-object findings). */
  get contentRange(): SourceRange {
    const node = this.doc.contents as Node | null
    const start = node?.range ? node.range[0] : this.doc.range[0]
    return this.text.rangeOfSpan({ start, end: start })
  }

  private pairOrNodeAt(path: YamlPath): { pair?: Pair; node: Node | undefined } | undefined {
    let node: unknown = this.doc.contents
    let pair: Pair | undefined
    for (const step of path) {
      pair = undefined
      if (isMap(node)) {
        const hit = findPair(this.doc, node.items as Pair[], step)
        if (!hit) return undefined
        pair = hit
        node = hit.value
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step]
        if (node === undefined) return undefined
      } else {
        return undefined
      }
    }
    return { pair, node: (node ?? undefined) as Node | undefined }
  }
}

/** Each map's pairs by key name, made on the first lookup: a lookup per key of a big map is linear in all. */
const pairIndex = new WeakMap<Pair[], Map<string, Pair>>()

function findPair(doc: Document.Parsed, items: Pair[], step: string | number): Pair | undefined {
  const want = String(step)
  let index = pairIndex.get(items)
  if (!index) {
    index = new Map()
    // The last occurrence wins, as when the value was built; merge keys (<<) are searched after.
    for (const item of items) {
      if (!isPair(item)) continue
      const key = item.key
      if (isScalar(key) && typeof key.value !== 'symbol') index.set(String(key.value), item)
    }
    pairIndex.set(items, index)
  }
  const found = index.get(want)
  if (found) return found
  for (const item of items) {
    if (!isPair(item) || !isScalar(item.key) || typeof item.key.value !== 'symbol') continue
    const sources = isSeq(item.value) ? item.value.items : [item.value]
    for (const src of sources) {
      const target = isAlias(src) ? src.resolve(doc) : src
      if (target && isMap(target)) {
        const hit = findPair(doc, target.items as Pair[], step)
        if (hit) return hit
      }
    }
  }
  return undefined
}

/** A file's text with offset → line/column conversion. */
export class YamlText {
  readonly lineCounter = new LineCounter()

  constructor(
    readonly file: string,
    readonly source: string,
  ) {}

  /** A text whose line table is filled now (for texts not parsed by the yaml package). */
  static withLines(file: string, source: string): YamlText {
    const text = new YamlText(file, source)
    text.lineCounter.addNewLine(0)
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
      text.lineCounter.addNewLine(i + 1)
    }
    return text
  }

  position(offset: number): { line: number; col: number } {
    return this.lineCounter.linePos(offset)
  }

  rangeOfSpan(span: Span): SourceRange {
    const s = this.lineCounter.linePos(span.start)
    const e = this.lineCounter.linePos(Math.max(span.start, span.end))
    return {
      file: this.file,
      startLine: s.line,
      startColumn: s.col,
      endLine: e.line,
      endColumn: e.col,
    }
  }
}

export interface YamlFile {
  text: YamlText
  documents: YamlDocument[]
  /** Problems not tied to a single document (none today; reserved for lexer-level failures). */
  problems: YamlProblem[]
}

/** Parses every document of a YAML (or JSON) file. Never throws for bad input. */
export function readYaml(source: string, file: string): YamlFile {
  const text = new YamlText(file, source)
  const parsed = withoutStackTraces(() =>
    parseAllDocuments(source, { ...parseOptions, lineCounter: text.lineCounter }),
  )
  const list = Array.isArray(parsed) ? parsed : []
  const documents = list.map((doc, index) => {
    addDuplicateKeyErrors(doc)
    const problems = doc.errors.map((err) => {
      let span = { start: err.pos[0], end: Math.max(err.pos[0], err.pos[1]) }
      // An unclosed flow collection is noticed lines later; point at the bracket a person must close.
      if (/^Flow (map|sequence)/.test(err.message))
        span = unclosedBracketSpan(source, doc.range[0], span)
      return { message: cleanMessage(err.message), span, range: text.rangeOfSpan(span) }
    })
    return new YamlDocument(text, index, doc, problems)
  })
  return { text, documents, problems: [] }
}

/** Parses a single-document YAML string into plain JavaScript (values files, fromYaml). */
export function parseYamlValue(
  source: string,
  file = '<input>',
): { value: unknown; problems: YamlProblem[] } {
  const { documents } = readYaml(source, file)
  const first = documents.find((d) => !d.isEmpty)
  if (!first) return { value: null, problems: documents.flatMap((d) => d.problems) }
  return { value: first.problems.length ? null : first.value, problems: first.problems }
}

function unclosedBracketSpan(source: string, docStart: number, fallback: Span): Span {
  const open: number[] = []
  let quote = ''
  for (let i = docStart; i < fallback.start && i < source.length; i++) {
    const ch = source[i]
    if (quote) {
      if (ch === quote && source[i - 1] !== '\\') quote = ''
      else if (ch === '\n') quote = ''
      continue
    }
    if (ch === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
      while (i < source.length && source[i] !== '\n') i++
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (ch === '{' || ch === '[') open.push(i)
    else if ((ch === '}' || ch === ']') && open.length) open.pop()
  }
  const at = open.pop()
  return at === undefined ? fallback : { start: at, end: at + 1 }
}

function cleanMessage(message: string): string {
  // The yaml package appends " at line N, column M" and a code excerpt; positions are ours.
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()
}
