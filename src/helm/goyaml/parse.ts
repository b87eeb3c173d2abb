/**
 * A fast YAML reader for the first document of a stream, following libyaml/go-yaml v2
 * (which sigs.k8s.io/yaml and therefore Helm use): block and flow collections, plain,
 * quoted and block scalars with libyaml's folding rules, anchors, aliases and tags, and
 * go-yaml's error wording for the common mistakes.
 *
 * Anything it does not handle (explicit `?` keys, complex keys, unusual line breaks) and
 * any syntax error it reports is re-read with the `yaml` package, which is slower but
 * complete; the tree shape is the same either way.
 */
import { withoutStackTraces } from '../../core/no-stack-traces.js'
import { YAML_SIMPLE_ESCAPES } from './escapes.js'
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseAllDocuments,
  Scalar,
  type Document,
} from 'yaml'
import {
  YamlSyntaxError,
  type YAlias,
  type YMap,
  type YNode,
  type YScalar,
  type YSeq,
} from './ast.js'
import { GO_YAML_DEPTH_MESSAGE, GO_YAML_MAX_DEPTH, nestingPasses } from '../../yaml/depth.js'
import { normalizeYamlBreaks } from '../../core/decode.js'

const SP = 32
const TAB = 9
const LF = 10
const CR = 13

class Unsupported extends Error {}

function isBlank(c: number): boolean {
  return c === SP || c === TAB
}

function isBreak(c: number): boolean {
  return c === LF || c === CR
}

function isFlowIndicator(c: number): boolean {
  // , [ ] { }
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125
}

type ErrorKind = 'scanner' | 'parser'

class FastParser {
  private pos = 0
  private readonly len: number
  private flow = 0
  private readonly anchors = new Map<string, YNode>()

  constructor(private readonly src: string) {
    this.len = src.length
  }

  private code(p = this.pos): number {
    return p < this.len ? this.src.charCodeAt(p) : -1
  }

  private atEnd(p = this.pos): boolean {
    return p >= this.len
  }

  private blankOrEnd(p: number): boolean {
    if (p >= this.len) return true
    const c = this.src.charCodeAt(p)
    return c === SP || c === TAB || c === LF || c === CR
  }

  private col(p = this.pos): number {
    return p - this.lineStartOf(p)
  }

  private line0(p: number): number {
    let n = 0
    for (let i = this.src.indexOf('\n'); i >= 0 && i < p; i = this.src.indexOf('\n', i + 1)) n++
    return n
  }

  private fail(msg: string, offset: number, kind: ErrorKind, context?: number): never {
    let line = this.line0(offset)
    if (kind === 'scanner') {
      if (line !== 0) line++
    } else if (line === 0 && context !== undefined) {
      line = this.line0(context)
    }
    throw new YamlSyntaxError(line !== 0 ? `line ${line}: ${msg}` : msg, offset)
  }

  /** `---` or `...` at column 0 followed by a blank or the end. */
  private atDocMarker(p = this.pos): boolean {
    if (p + 3 > this.len) return false
    if (p > 0 && this.src.charCodeAt(p - 1) !== LF) return false
    const s = this.src.slice(p, p + 3)
    return (s === '---' || s === '...') && this.blankOrEnd(p + 3)
  }

  private consumeBreak(): void {
    const c = this.code()
    if (c === CR) {
      if (this.code(this.pos + 1) !== LF) throw new Unsupported('lone CR')
      this.pos += 2
    } else {
      this.pos++
    }
  }

  /**
   * Skips blanks, line breaks and comments up to the next token. In block context a tab
   * before the first token of a line is an error, as in libyaml.
   */
  private skipToToken(): void {
    let lineStart = this.pos === 0 || this.code(this.pos - 1) === LF
    for (;;) {
      const c = this.code()
      if (c === SP) {
        this.pos++
      } else if (c === TAB) {
        if (this.flow === 0 && lineStart) {
          // A tab where indentation is expected: libyaml treats it as a token start.
          this.fail('found character that cannot start any token', this.pos, 'scanner')
        }
        this.pos++
      } else if (c === 35 /* # */) {
        while (!this.atEnd() && !isBreak(this.code())) this.pos++
      } else if (isBreak(c)) {
        this.consumeBreak()
        lineStart = true
      } else {
        return
      }
    }
  }

  /** Skips blanks on the current line; tabs are fine between tokens. */
  private skipBlanks(): void {
    while (isBlank(this.code())) this.pos++
  }

  /** After a token on the same line: blanks and an optional comment; true when the line ended. */
  private skipLineRest(): boolean {
    this.skipBlanks()
    const c = this.code()
    if (c === 35) {
      while (!this.atEnd() && !isBreak(this.code())) this.pos++
      return true
    }
    return c === -1 || isBreak(c)
  }

  parseDocument(): YNode | null {
    // Directives and the document start marker.
    for (;;) {
      this.skipToToken()
      if (this.code() === 37 /* % */ && this.col() === 0) {
        while (!this.atEnd() && !isBreak(this.code())) this.pos++
        continue
      }
      break
    }
    let explicitStart = false
    if (this.atDocMarker() && this.src.startsWith('---', this.pos)) {
      this.pos += 3
      explicitStart = true
      if (this.skipLineRest()) this.skipToToken()
      else this.skipBlanks()
    }
    if (this.atEnd() || this.atDocMarker()) return null
    const root = this.parseNode(-1, explicitStart && this.col() !== 0 ? 'inline' : 'block')
    this.skipToToken()
    if (!this.atEnd() && !this.atDocMarker()) {
      const c = this.code()
      if (root && root.t === 'seq' && this.col() === root.start - this.lineStartOf(root.start)) {
        this.fail("did not find expected '-' indicator", this.pos, 'parser')
      }
      if (c === 58 /* : */)
        this.fail('mapping values are not allowed in this context', this.pos, 'scanner')
      this.fail('did not find expected <document start>', this.pos, 'parser')
    }
    return root
  }

  // Line starts, built once; lookups start from the last line found (positions mostly move forward).
  private lineStarts: number[] | undefined
  private lastLine = 0

  private lineStartOf(p: number): number {
    let starts = this.lineStarts
    if (!starts) {
      starts = [0]
      for (let i = this.src.indexOf('\n'); i >= 0; i = this.src.indexOf('\n', i + 1))
        starts.push(i + 1)
      this.lineStarts = starts
    }
    let i = this.lastLine
    if (starts[i] > p) {
      let lo = 0
      let hi = i
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid] <= p) lo = mid
        else hi = mid - 1
      }
      i = lo
    } else {
      while (i + 1 < starts.length && starts[i + 1] <= p) i++
    }
    this.lastLine = i
    return starts[i]
  }

  /**
   * Parses the node at the current position. `indent` is the enclosing block's
   * indentation; `where` tells whether the node starts on the line of its parent's
   * indicator (`key: x`, `- x`) or on a line of its own.
   */
  private parseNode(indent: number, where: 'block' | 'inline' | 'seqitem'): YNode | null {
    let anchor: string | undefined
    let tag: string | undefined
    const propsStart = this.pos
    // Node properties.
    for (;;) {
      const c = this.code()
      if (c === 38 /* & */) {
        if (anchor !== undefined)
          this.fail('did not find expected node content', this.pos, 'parser')
        anchor = this.readName()
      } else if (c === 33 /* ! */) {
        if (tag !== undefined) this.fail('did not find expected node content', this.pos, 'parser')
        tag = this.readTag()
      } else {
        break
      }
      if (this.skipLineRest()) {
        // Properties alone on a line: the content follows on the next lines.
        const save = this.pos
        this.skipToToken()
        if (this.atEnd() || this.atDocMarker() || this.col() <= indent) {
          if (!(this.col() === indent && this.code() === 45 && this.blankOrEnd(this.pos + 1))) {
            this.pos = save
            return this.finish(this.emptyScalar(this.pos), anchor, tag)
          }
        }
        where = 'block'
      }
    }
    const c = this.code()
    const start = this.pos
    if (
      c === -1 ||
      isBreak(c) ||
      (where === 'block' && this.col() <= indent && !this.isSeqEntry())
    ) {
      return this.finish(this.emptyScalar(propsStart), anchor, tag)
    }
    if (c === 42 /* * */) {
      if (anchor !== undefined || tag !== undefined) {
        this.fail('did not find expected node content', this.pos, 'parser')
      }
      const name = this.readName()
      const alias: YAlias = {
        t: 'alias',
        start,
        end: this.pos,
        name,
        target: this.anchors.get(name),
      }
      this.skipBlanks()
      if (this.code() === 58 && this.blankOrEnd(this.pos + 1)) throw new Unsupported('alias as key')
      return alias
    }
    if (c === 45 /* - */ && this.blankOrEnd(this.pos + 1)) {
      if (where === 'inline') {
        this.fail('block sequence entries are not allowed in this context', this.pos, 'scanner')
      }
      const col = this.col()
      return this.finish(this.parseBlockSeq(col, col === indent), anchor, tag)
    }
    if (c === 63 /* ? */ && this.blankOrEnd(this.pos + 1)) throw new Unsupported('explicit key')
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const node = this.parseFlowCollection()
      this.skipBlanks()
      if (this.code() === 58 && this.blankOrEnd(this.pos + 1)) throw new Unsupported('complex key')
      return this.finish(node, anchor, tag)
    }
    if (c === 124 /* | */ || c === 62 /* > */) {
      return this.finish(this.parseBlockScalar(indent), anchor, tag)
    }
    // A scalar, possibly the first key of a block mapping.
    const keyCol = this.col()
    const scalar = this.parseScalarOrKey(indent)
    if (scalar.isKey) {
      if (where === 'inline') {
        // `a: b: c`: a mapping cannot start inside a mapping value on the same line.
        this.fail('mapping values are not allowed in this context', scalar.colonPos, 'scanner')
      }
      const map = this.parseBlockMap(keyCol, scalar.node)
      return this.finish(map, anchor, tag)
    }
    return this.finish(scalar.node, anchor, tag)
  }

  /** Whether the node at `p` directly follows a `- ` on its line (a compact mapping is fine there). */
  private afterSeqIndicator(p: number): boolean {
    let q = p - 1
    while (q >= 0 && isBlank(this.src.charCodeAt(q))) q--
    return q >= 0 && this.src.charCodeAt(q) === 45
  }

  private isSeqEntry(): boolean {
    return this.code() === 45 && this.blankOrEnd(this.pos + 1)
  }

  private finish<T extends YNode>(node: T, anchor: string | undefined, tag: string | undefined): T {
    if (tag !== undefined && node.t !== 'alias') node.tag = tag
    if (anchor !== undefined) {
      if (node.t !== 'alias') node.anchor = anchor
      this.anchors.set(anchor, node)
    }
    return node
  }

  private emptyScalar(at: number): YScalar {
    return { t: 'scalar', start: at, end: at, value: '', plain: true }
  }

  private readName(): string {
    const start = ++this.pos
    while (!this.atEnd()) {
      const c = this.code()
      if (isBlank(c) || isBreak(c) || isFlowIndicator(c)) break
      this.pos++
    }
    if (this.pos === start) {
      this.fail('did not find expected alphabetic or numeric character', this.pos, 'scanner')
    }
    return this.src.slice(start, this.pos)
  }

  private readTag(): string {
    const start = this.pos
    if (this.code(this.pos + 1) === 60 /* < */) {
      const end = this.src.indexOf('>', this.pos)
      if (end < 0) throw new Unsupported('verbatim tag')
      this.pos = end + 1
      return this.src.slice(start + 2, end)
    }
    this.pos++
    while (!this.atEnd()) {
      const c = this.code()
      if (isBlank(c) || isBreak(c) || (this.flow > 0 && isFlowIndicator(c))) break
      this.pos++
    }
    const raw = this.src.slice(start, this.pos)
    if (raw.startsWith('!!')) return `tag:yaml.org,2002:${raw.slice(2)}`
    return raw
  }

  private parseBlockSeq(indent: number, compact = false): YSeq {
    const seq: YSeq = { t: 'seq', start: this.pos, end: this.pos, items: [] }
    for (;;) {
      // At '-'.
      this.pos++
      let item: YNode | null
      if (this.skipLineRest()) {
        const save = this.pos
        this.skipToToken()
        if (this.atEnd() || this.atDocMarker() || this.col() <= indent) {
          this.pos = save
          item = this.emptyScalar(save)
        } else {
          item = this.parseNode(indent, 'block')
        }
      } else {
        item = this.parseNode(indent, 'seqitem')
      }
      seq.items.push(item ?? this.emptyScalar(this.pos))
      seq.end = Math.max(seq.end, nodeEnd(item, this.pos))
      const save = this.pos
      this.skipToToken()
      if (this.atEnd() || this.atDocMarker()) {
        this.pos = save
        return seq
      }
      const c = this.col()
      if (c === indent && this.isSeqEntry()) continue
      if (c > indent || (c === indent && !compact)) {
        this.fail("did not find expected '-' indicator", this.pos, 'parser', seq.start)
      }
      this.pos = save
      return seq
    }
  }

  private parseBlockMap(indent: number, firstKey: YNode): YMap {
    const map: YMap = { t: 'map', start: firstKey.start, end: firstKey.end, keys: [], values: [] }
    let key: YNode = firstKey
    for (;;) {
      // Positioned just after the ':' of `key`.
      let value: YNode | null
      if (this.skipLineRest()) {
        const save = this.pos
        this.skipToToken()
        const c = this.col()
        if (this.atEnd() || this.atDocMarker() || c < indent) {
          this.pos = save
          value = null
        } else if (c === indent) {
          if (this.isSeqEntry()) value = this.parseBlockSeq(indent, true)
          else {
            this.pos = save
            value = null
          }
        } else {
          value = this.parseNode(indent, 'block')
        }
      } else {
        value = this.parseNode(indent, 'inline')
      }
      map.keys.push(key)
      map.values.push(value)
      map.end = Math.max(map.end, nodeEnd(value, key.end))
      const save = this.pos
      this.skipToToken()
      if (this.atEnd() || this.atDocMarker()) {
        this.pos = save
        return map
      }
      const c = this.col()
      if (c < indent) {
        this.pos = save
        return map
      }
      if (c > indent) {
        if (this.code() === 58 && this.blankOrEnd(this.pos + 1)) {
          this.fail('mapping values are not allowed in this context', this.pos, 'scanner')
        }
        this.fail('did not find expected key', this.pos, 'parser', map.start)
      }
      if (this.isSeqEntry()) {
        this.fail('did not find expected key', this.pos, 'parser', map.start)
      }
      const k = this.parseKey(indent)
      key = k
    }
  }

  /** A key at the start of a mapping line, up to and including its ':'. */
  private parseKey(indent: number): YNode {
    const c = this.code()
    if (c === 63 && this.blankOrEnd(this.pos + 1)) throw new Unsupported('explicit key')
    if (c === 91 || c === 123) throw new Unsupported('complex key')
    if (c === 42 || c === 38 || c === 33) throw new Unsupported('key with properties')
    const s = this.parseScalarOrKey(indent)
    if (!s.isKey) {
      this.fail("could not find expected ':'", this.pos, 'scanner')
    }
    return s.node
  }

  /**
   * Reads a scalar. When it is a single-line scalar followed by `:` and a blank, it is a
   * mapping key: the ':' is consumed and `isKey` is set.
   */
  private parseScalarOrKey(indent: number): { node: YScalar; isKey: boolean; colonPos: number } {
    const c = this.code()
    const startLine = this.lineStartOf(this.pos)
    let node: YScalar
    if (c === 34 /* " */ || c === 39 /* ' */) {
      node = c === 34 ? this.parseDoubleQuoted() : this.parseSingleQuoted()
      const save = this.pos
      this.skipBlanks()
      if (this.code() === 58 && (this.blankOrEnd(this.pos + 1) || this.flow > 0)) {
        if (this.lineStartOf(node.start) !== this.lineStartOf(this.pos)) {
          this.fail('did not find expected key', this.pos, 'parser')
        }
        const colonPos = this.pos
        this.pos++
        return { node, isKey: true, colonPos }
      }
      this.pos = save
      return { node, isKey: false, colonPos: -1 }
    }
    const first = this.scanPlainLine()
    if (first.colon) {
      const colonPos = this.pos
      this.pos++
      const n: YScalar = {
        t: 'scalar',
        start: first.start,
        end: first.end,
        value: this.src.slice(first.start, first.end),
        plain: true,
      }
      return { node: n, isKey: true, colonPos }
    }
    node = this.continuePlain(first.start, first.end, indent, startLine)
    return { node, isKey: false, colonPos: -1 }
  }

  /**
   * Scans a plain scalar on the current line; stops before ': ', ' #', a line break, or
   * (in flow context) a flow indicator. `colon` tells whether it stopped at a ':' that
   * makes it a key.
   */
  private scanPlainLine(continuation = false): { start: number; end: number; colon: boolean } {
    const start = this.pos
    const c0 = this.code()
    if (
      !continuation &&
      (c0 === 35 ||
        c0 === 44 ||
        c0 === 93 ||
        c0 === 125 ||
        c0 === 37 ||
        c0 === 64 ||
        c0 === 96 ||
        ((c0 === 45 || c0 === 63 || c0 === 58) && this.blankOrEnd(this.pos + 1)))
    ) {
      if (c0 === 58)
        this.fail('mapping values are not allowed in this context', this.pos, 'scanner')
      this.fail('found character that cannot start any token', this.pos, 'scanner')
    }
    let end = this.pos
    for (;;) {
      const c = this.code()
      if (c === -1 || isBreak(c)) break
      if (c === 58 /* : */) {
        const n = this.code(this.pos + 1)
        if (n === -1 || isBlank(n) || isBreak(n) || (this.flow > 0 && isFlowIndicator(n))) {
          this.pos = end
          // Point at the colon for the caller.
          while (this.code() !== 58) this.pos++
          return { start, end, colon: true }
        }
      }
      if (this.flow > 0 && isFlowIndicator(c)) break
      if (isBlank(c)) {
        let p = this.pos
        while (isBlank(this.code(p))) p++
        const n = this.code(p)
        if (n === 35 || n === -1 || isBreak(n)) {
          this.pos = p
          break
        }
        this.pos = p
        continue
      }
      this.pos++
      end = this.pos
    }
    this.pos = end
    return { start, end, colon: false }
  }

  /** Continues a plain scalar over following lines, folding as libyaml does. */
  private continuePlain(
    start: number,
    firstEnd: number,
    indent: number,
    startLine: number,
  ): YScalar {
    let value = this.src.slice(start, firstEnd)
    let end = firstEnd
    const minCol = indent + 1
    for (;;) {
      // Look past blanks and line breaks for a continuation line.
      let p = end
      while (isBlank(this.code(p))) p++
      if (this.code(p) === 35 || this.code(p) === -1 || !isBreak(this.code(p))) break
      let breaks = 0
      let q = p
      let lineBegin = q
      for (;;) {
        const c = this.code(q)
        if (c === CR || c === LF) {
          q += c === CR && this.code(q + 1) === LF ? 2 : 1
          breaks++
          lineBegin = q
          continue
        }
        if (c === SP) {
          q++
          continue
        }
        if (c === TAB) {
          // libyaml: a tab in the indentation of a continuation line.
          if (
            this.flow === 0 &&
            breaks > 0 &&
            q - lineBegin < minCol &&
            this.onlySpacesBefore(q, lineBegin)
          ) {
            this.fail('found a tab character that violates indentation', q, 'scanner')
          }
          q++
          continue
        }
        break
      }
      const c = this.code(q)
      if (c === -1) break
      const col = q - lineBegin
      if (this.flow === 0 && col < minCol) break
      if (col === 0 && this.atDocMarker(q)) break
      if (c === 35) break
      if (this.flow > 0 && isFlowIndicator(c)) {
        // Folded whitespace before a flow indicator is dropped.
        this.pos = end
        break
      }
      this.pos = q
      const line = this.scanPlainLine(true)
      if (line.colon && this.flow > 0) {
        // In flow context the scalar ends at the ':' (it becomes a key).
        value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)
        value += this.src.slice(line.start, line.end)
        // scanPlainLine left the position at the ':'.
        return { t: 'scalar', start, end: line.end, value, plain: true }
      }
      if (line.colon) {
        this.fail(
          indent >= 0 || startLine !== this.lineStartOf(start)
            ? 'mapping values are not allowed in this context'
            : "could not find expected ':'",
          this.pos,
          'scanner',
        )
      }
      if (line.end === line.start) break
      value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)
      value += this.src.slice(line.start, line.end)
      end = line.end
    }
    this.pos = end
    return { t: 'scalar', start, end, value, plain: true }
  }

  private onlySpacesBefore(q: number, lineBegin: number): boolean {
    for (let i = lineBegin; i < q; i++) if (this.src.charCodeAt(i) !== SP) return false
    return true
  }

  /** Folds the whitespace between two quoted-scalar chunks (libyaml's rules). */
  private foldQuotedBreak(): string {
    // At a line break inside a quoted scalar.
    let breaks = 0
    for (;;) {
      const c = this.code()
      if (isBreak(c)) {
        this.consumeBreak()
        breaks++
      } else if (isBlank(c)) {
        this.pos++
      } else {
        break
      }
    }
    if (this.atDocMarker()) this.fail('found unexpected document indicator', this.pos, 'scanner')
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)
  }

  private parseSingleQuoted(): YScalar {
    const start = this.pos
    this.pos++
    let value = ''
    let chunk = this.pos
    for (;;) {
      const c = this.code()
      if (c === -1) this.fail('found unexpected end of stream', this.pos, 'scanner')
      if (c === 39) {
        if (this.code(this.pos + 1) === 39) {
          value += this.src.slice(chunk, this.pos + 1)
          this.pos += 2
          chunk = this.pos
          continue
        }
        value += this.src.slice(chunk, this.pos)
        this.pos++
        return { t: 'scalar', start, end: this.pos, value, plain: false }
      }
      if (isBlank(c) || isBreak(c)) {
        let p = this.pos
        while (isBlank(this.code(p))) p++
        if (isBreak(this.code(p))) {
          value += this.src.slice(chunk, this.pos)
          this.pos = p
          value += this.foldQuotedBreak()
          chunk = this.pos
          continue
        }
        this.pos = p
        continue
      }
      this.pos++
    }
  }

  private parseDoubleQuoted(): YScalar {
    const start = this.pos
    this.pos++
    let value = ''
    let chunk = this.pos
    for (;;) {
      const c = this.code()
      if (c === -1) this.fail('found unexpected end of stream', this.pos, 'scanner')
      if (c === 34) {
        value += this.src.slice(chunk, this.pos)
        this.pos++
        return { t: 'scalar', start, end: this.pos, value, plain: false }
      }
      if (c === 92 /* \ */) {
        value += this.src.slice(chunk, this.pos)
        const e = this.code(this.pos + 1)
        if (isBreak(e)) {
          // Escaped line break: joined without a space, leading blanks dropped.
          this.pos++
          this.consumeBreak()
          let breaks = 0
          for (;;) {
            const d = this.code()
            if (isBlank(d)) this.pos++
            else if (isBreak(d)) {
              this.consumeBreak()
              breaks++
            } else break
          }
          value += '\n'.repeat(breaks)
          chunk = this.pos
          continue
        }
        value += this.escape()
        chunk = this.pos
        continue
      }
      if (isBlank(c) || isBreak(c)) {
        let p = this.pos
        while (isBlank(this.code(p))) p++
        if (isBreak(this.code(p))) {
          value += this.src.slice(chunk, this.pos)
          this.pos = p
          value += this.foldQuotedBreak()
          chunk = this.pos
          continue
        }
        this.pos = p
        continue
      }
      this.pos++
    }
  }

  private escape(): string {
    // At '\'.
    const at = this.pos
    const e = this.src[this.pos + 1]
    this.pos += 2
    if (e !== undefined && Object.hasOwn(YAML_SIMPLE_ESCAPES, e)) return YAML_SIMPLE_ESCAPES[e]
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
    if (width === 0) {
      this.fail('found unknown escape character', at, 'scanner')
    }
    const hex = this.src.slice(this.pos, this.pos + width)
    if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) {
      this.fail('did not find expected hexdecimal number', at, 'scanner')
    }
    this.pos += width
    const cp = parseInt(hex, 16)
    if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
      this.fail('found invalid Unicode character escape code', at, 'scanner')
    }
    return String.fromCodePoint(cp)
  }

  private parseBlockScalar(parentIndent: number): YScalar {
    const start = this.pos
    const folded = this.code() === 62
    this.pos++
    let chomp = 0
    let increment = 0
    for (let i = 0; i < 2; i++) {
      const c = this.code()
      if ((c === 43 || c === 45) && chomp === 0) {
        chomp = c === 43 ? 1 : -1
        this.pos++
      } else if (c >= 49 && c <= 57 && increment === 0) {
        increment = c - 48
        this.pos++
      } else if (c === 48) {
        this.fail('found an indentation indicator equal to 0', this.pos, 'scanner')
      }
    }
    if (!this.skipLineRest()) {
      this.fail('did not find expected comment or line break', this.pos, 'scanner')
    }
    if (!this.atEnd()) this.consumeBreak()
    const base = parentIndent >= 0 ? parentIndent : 0
    let indent = increment ? (parentIndent >= 0 ? parentIndent + increment : increment) : 0
    let value = ''
    let leadingBreak = ''
    let trailingBreaks = ''
    let leadingBlank = false
    let end = this.pos
    // Leading empty lines and the indentation.
    const scanBreaks = (): void => {
      let maxIndent = 0
      for (;;) {
        const lineBegin = this.pos
        while ((indent === 0 || this.pos - lineBegin < indent) && this.code() === SP) this.pos++
        if (this.pos - lineBegin > maxIndent) maxIndent = this.pos - lineBegin
        if ((indent === 0 || this.pos - lineBegin < indent) && this.code() === TAB) {
          this.fail(
            'found a tab character where an indentation space is expected',
            this.pos,
            'scanner',
          )
        }
        if (!isBreak(this.code())) {
          if (indent === 0) {
            indent = Math.max(maxIndent, base + 1, 1)
          }
          return
        }
        this.consumeBreak()
        trailingBreaks += '\n'
      }
    }
    scanBreaks()
    for (;;) {
      const lineBegin = this.lineStartOf(this.pos)
      if (this.atEnd() || this.pos - lineBegin !== indent) break
      if (this.pos - lineBegin === 0 && this.atDocMarker()) break
      const trailingBlank = isBlank(this.code())
      if (folded && leadingBreak === '\n' && !leadingBlank && !trailingBlank) {
        if (trailingBreaks === '') value += ' '
        leadingBreak = ''
      } else {
        value += leadingBreak
        leadingBreak = ''
      }
      value += trailingBreaks
      trailingBreaks = ''
      leadingBlank = isBlank(this.code())
      const contentStart = this.pos
      while (!this.atEnd() && !isBreak(this.code())) this.pos++
      value += this.src.slice(contentStart, this.pos)
      end = this.pos
      if (this.atEnd()) break
      this.consumeBreak()
      leadingBreak = '\n'
      scanBreaks()
    }
    if (chomp !== -1) value += leadingBreak
    if (chomp === 1) value += trailingBreaks
    // Leave the position at the end of the last content line so the caller sees what follows.
    this.pos = end
    return { t: 'scalar', start, end, value, plain: false }
  }

  private parseFlowCollection(): YMap | YSeq {
    const open = this.code()
    const start = this.pos
    this.pos++
    this.flow++
    const close = open === 91 ? 93 : 125
    const seq: YSeq = { t: 'seq', start, end: start, items: [] }
    const map: YMap = { t: 'map', start, end: start, keys: [], values: [] }
    const closeName = open === 91 ? "',' or ']'" : "',' or '}'"
    for (;;) {
      this.skipToToken()
      if (this.atEnd()) this.fail(`did not find expected ${closeName}`, this.pos, 'parser', start)
      if (this.code() === close) {
        this.pos++
        break
      }
      const entry = this.parseFlowEntry(open === 123)
      if (open === 91) {
        seq.items.push(entry.value ?? this.emptyScalar(this.pos))
      } else {
        map.keys.push(entry.key)
        map.values.push(entry.value)
      }
      this.skipToToken()
      const c = this.code()
      if (c === 44) {
        this.pos++
        continue
      }
      if (c === close) {
        this.pos++
        break
      }
      this.fail(`did not find expected ${closeName}`, this.pos, 'parser', start)
    }
    this.flow--
    const node = open === 91 ? seq : map
    node.end = this.pos
    return node
  }

  /** One flow entry: `value`, `key: value` or `key:`; in a sequence `a: b` is a one-pair map. */
  private parseFlowEntry(inMap: boolean): { key: YNode; value: YNode | null } {
    const c = this.code()
    if (c === 63 && this.blankOrEnd(this.pos + 1)) throw new Unsupported('explicit flow key')
    const node = this.parseFlowNode()
    this.skipToToken()
    if (this.code() === 58) {
      this.pos++
      this.skipToToken()
      const n = this.code()
      let value: YNode | null = null
      if (n !== 44 && n !== 93 && n !== 125) value = this.parseFlowNode()
      if (!inMap) {
        const m: YMap = {
          t: 'map',
          start: node.start,
          end: this.pos,
          keys: [node],
          values: [value],
        }
        return { key: m, value: m }
      }
      return { key: node, value }
    }
    if (inMap) return { key: node, value: null }
    return { key: node, value: node }
  }

  private parseFlowNode(): YNode {
    let anchor: string | undefined
    let tag: string | undefined
    for (;;) {
      const c = this.code()
      if (c === 38) anchor = this.readName()
      else if (c === 33) tag = this.readTag()
      else break
      this.skipToToken()
    }
    const c = this.code()
    if (c === 42) {
      const start = this.pos
      const name = this.readName()
      return { t: 'alias', start, end: this.pos, name, target: this.anchors.get(name) }
    }
    if (c === 91 || c === 123) return this.finish(this.parseFlowCollection(), anchor, tag)
    if (c === 34) return this.finish(this.parseDoubleQuoted(), anchor, tag)
    if (c === 39) return this.finish(this.parseSingleQuoted(), anchor, tag)
    if (c === 44 || c === 93 || c === 125 || c === 58) {
      return this.finish(this.emptyScalar(this.pos), anchor, tag)
    }
    if (c === 124 || c === 62) this.fail('did not find expected node content', this.pos, 'parser')
    const startLine = this.lineStartOf(this.pos)
    const first = this.scanPlainLine()
    if (first.colon) {
      return this.finish(
        {
          t: 'scalar',
          start: first.start,
          end: first.end,
          value: this.src.slice(first.start, first.end),
          plain: true,
        },
        anchor,
        tag,
      )
    }
    return this.finish(this.continuePlain(first.start, first.end, -1, startLine), anchor, tag)
  }
}

function nodeEnd(n: YNode | null, fallback: number): number {
  return n ? n.end : fallback
}

// ---- fallback through the `yaml` package -------------------------------------------------

const fallbackOptions = {
  schema: 'failsafe' as const,
  merge: false,
  uniqueKeys: false,
  version: '1.1' as const,
  prettyErrors: false,
  strict: false,
}

function fromYamlLib(
  doc: Document.Parsed,
  node: Node | null | undefined,
  anchors: Map<Node, YNode>,
): YNode | null {
  if (node === null || node === undefined) return null
  if (isAlias(node)) {
    const target = node.resolve(doc) as Node | undefined
    return {
      t: 'alias',
      start: node.range?.[0] ?? 0,
      end: node.range?.[1] ?? 0,
      name: node.source,
      target: target ? anchors.get(target) : undefined,
    }
  }
  const [start, end] = node.range ?? [0, 0]
  let out: YNode
  if (isScalar(node)) {
    const plain = node.type === Scalar.PLAIN
    const value = typeof node.value === 'string' ? node.value : String(node.value ?? '')
    out = { t: 'scalar', start, end, value: plain ? String(node.source ?? value) : value, plain }
  } else if (isSeq(node)) {
    const seq: YSeq = { t: 'seq', start, end, items: [] }
    out = seq
    if (node.anchor) anchors.set(node, out)
    for (const it of node.items) {
      seq.items.push(
        fromYamlLib(doc, it as Node, anchors) ?? {
          t: 'scalar',
          start: end,
          end,
          value: '',
          plain: true,
        },
      )
    }
  } else if (isMap(node)) {
    const map: YMap = { t: 'map', start, end, keys: [], values: [] }
    out = map
    if (node.anchor) anchors.set(node, out)
    for (const p of node.items as Pair[]) {
      if (!isPair(p)) continue
      const k = fromYamlLib(doc, p.key as Node, anchors)
      map.keys.push(k ?? { t: 'scalar', start, end: start, value: '', plain: true })
      map.values.push(fromYamlLib(doc, p.value as Node, anchors))
    }
  } else {
    return null
  }
  const tag = (node as { tag?: string }).tag
  if (tag) out.tag = tag
  if (node.anchor) {
    out.anchor = node.anchor
    anchors.set(node, out)
  }
  return out
}

function parseWithYamlLib(src: string): YNode | null {
  const docs = withoutStackTraces(() => parseAllDocuments(src, fallbackOptions))
  const list = Array.isArray(docs) ? docs : []
  const doc = list[0]
  if (!doc) return null
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    throw new YamlSyntaxError(
      e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim(),
      e.pos[0],
    )
  }
  return fromYamlLib(doc, doc.contents as Node | null, new Map())
}

/**
 * Parses the first YAML document of `src` into a node tree (null for an empty document).
 * Throws YamlSyntaxError with go-yaml's wording when the text is not valid YAML.
 */
export function parseFirstDocument(text: string): YNode | null {
  return parseFirst(text, true)
}

/**
 * The first document's tree where `text` reads as YAML, else null; for questions about
 * places in a file (which key starts here) rather than its values. Unlike parseFirstDocument,
 * a syntax error of the fast parser is not confirmed with the complete one: on 4,712 chart
 * templates of public repositories the complete parser never accepted what the fast one
 * refused, and confirming took 50 times as long as the fast parse.
 */
export function parseFirstDocumentIfYaml(text: string): YNode | null {
  try {
    return parseFirst(text, false)
  } catch {
    return null
  }
}

/** The fast parser, the complete one for what it leaves (and, with `confirm`, for its errors). */
function parseFirst(text: string, confirm: boolean): YNode | null {
  // go-yaml ends a line at a CR alone too; replaced one for one, so offsets stay.
  const src = normalizeYamlBreaks(text)
  const deep = nestingPasses(src, GO_YAML_MAX_DEPTH)
  if (deep !== undefined) throw new YamlSyntaxError(GO_YAML_DEPTH_MESSAGE, deep)
  try {
    return new FastParser(src).parseDocument()
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // Under go-yaml's limit, over what this stack holds.
      throw new YamlSyntaxError(
        `nested too deeply for kube-whoami's YAML reader (go-yaml reads up to ${GO_YAML_MAX_DEPTH} levels)`,
        0,
      )
    }
    if (e instanceof Unsupported) return parseWithYamlLib(src)
    if (confirm && e instanceof YamlSyntaxError) {
      // Confirm with the complete parser; where it accepts the text, use its tree.
      try {
        return parseWithYamlLib(src)
      } catch {
        throw e
      }
    }
    throw e
  }
}

/** For tests: the fast path only, without fallback. */
export function parseFirstDocumentFast(src: string): YNode | null {
  return new FastParser(src).parseDocument()
}

export { Unsupported as UnsupportedYaml }
