/**
 * The libyaml emitter as go-yaml carries it, reduced to what Helm's encoders produce: one
 * implicit document of block mappings, block sequences, empty flow collections and
 * untagged scalars. Every layout decision (scalar style selection, line folding at the
 * best width, indentation, where breaks and spaces go) follows the C state machine, so the
 * output is byte-identical. Two dialects: go-yaml v2 (toYaml: width 80, sequences not
 * indented under keys) and v3 (toYamlPretty: no folding, indented sequences, tabs allowed
 * in quoted and block styles).
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal'

export type YamlNode =
  | { kind: 'scalar'; value: string; style: ScalarStyle }
  | { kind: 'seq'; items: YamlNode[] }
  | { kind: 'map'; pairs: [YamlNode, YamlNode][] }

export interface EmitterOptions {
  dialect: 'v2' | 'v3'
  /** best_indent (v3's SetIndent); v2 always uses 2. */
  indent: number
}

interface ScalarAnalysis {
  chars: number[]
  byteLength: number
  multiline: boolean
  flowPlainAllowed: boolean
  blockPlainAllowed: boolean
  singleQuotedAllowed: boolean
  blockAllowed: boolean
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029
}

function isBlank(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09
}

function isBlankz(c: number | undefined): boolean {
  return c === undefined || c === 0x20 || c === 0x09 || c === 0 || isBreak(c)
}

/** libyaml's is_printable, which works on UTF-8 lead bytes: no tabs, no astral planes. */
function isPrintable(c: number): boolean {
  return (
    c === 0x0a ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
  )
}

function utf8Len(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
}

function codePoints(s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)
        i++
        continue
      }
    }
    // A lone surrogate cannot be in a Go string; Go would hold U+FFFD there.
    out.push(c >= 0xd800 && c < 0xe000 ? 0xfffd : c)
  }
  return out
}

function hex(v: number, width: number): string {
  return v.toString(16).toUpperCase().padStart(width, '0')
}

const enum State {
  BlockSequenceItem,
  BlockMappingKey,
  BlockMappingValue,
  Other,
}

export class Emitter {
  private out: string[] = []
  private column = 0
  private whitespace = true
  private indention = true
  private indent = -1
  private indents: number[] = []
  private flowLevel = 0
  private rootContext = false
  private mappingContext = false
  private simpleKeyContext = false
  private readonly v3: boolean
  private readonly bestIndent: number
  private readonly bestWidth: number

  constructor(opts: EmitterOptions) {
    this.v3 = opts.dialect === 'v3'
    this.bestIndent = opts.indent < 2 || opts.indent > 9 ? 2 : opts.indent
    // v2 leaves best_width 0, which stream start turns into 80; v3 starts at -1 (unlimited).
    this.bestWidth = this.v3 ? 2 ** 31 - 1 : 80
  }

  /** Emits one implicit document holding `root`, as Marshal/Encode print it. */
  document(root: YamlNode): string {
    this.node(root, true, false, false, State.Other)
    // DOCUMENT-END (implicit): only a line break, when the last line is not already empty.
    this.writeIndent()
    return this.out.join('')
  }

  // ---- low-level output ----

  private put(s: string): void {
    this.out.push(s)
    this.column++
  }

  private putBreak(): void {
    this.out.push('\n')
    this.column = 0
    if (this.v3) this.indention = true
  }

  private writeChar(c: number): void {
    this.out.push(String.fromCodePoint(c))
    this.column++
  }

  /** write_break: a '\n' is a line break; other break characters are copied. */
  private writeBreak(c: number): void {
    if (c === 0x0a) {
      this.putBreak()
    } else {
      this.writeChar(c)
      this.column = 0
      if (this.v3) this.indention = true
    }
  }

  private writeIndent(): void {
    const indent = this.indent < 0 ? 0 : this.indent
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak()
    }
    while (this.column < indent) this.put(' ')
    this.whitespace = true
    if (!this.v3) this.indention = true
  }

  private writeIndicator(
    ind: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ')
    this.out.push(ind)
    this.column += ind.length
    this.whitespace = isWhitespace
    this.indention = this.indention && isIndention
  }

  private increaseIndent(flow: boolean, indentless: boolean, parent: State): void {
    this.indents.push(this.indent)
    if (this.indent < 0) {
      this.indent = flow ? this.bestIndent : 0
    } else if (!indentless) {
      if (!this.v3) {
        this.indent += this.bestIndent
      } else if (parent === State.BlockSequenceItem) {
        this.indent += 2
      } else {
        this.indent =
          this.bestIndent * Math.trunc((this.indent + this.bestIndent) / this.bestIndent)
      }
    }
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!
  }

  // ---- nodes ----

  /** emit_node: `parent` is the state the parent pushed (v3 indents by it). */
  private node(
    n: YamlNode,
    root: boolean,
    sequence: boolean,
    mapping: boolean,
    parent: State,
    simpleKey = false,
  ): void {
    this.rootContext = root
    this.mappingContext = mapping
    this.simpleKeyContext = simpleKey
    void sequence
    switch (n.kind) {
      case 'scalar':
        this.scalar(n.value, n.style, parent)
        return
      case 'seq':
        if (this.flowLevel > 0 || n.items.length === 0) this.emptyFlow('[', ']')
        else this.blockSequence(n.items, parent)
        return
      case 'map':
        if (this.flowLevel > 0 || n.pairs.length === 0) this.emptyFlow('{', '}')
        else this.blockMapping(n.pairs, parent)
        return
    }
  }

  /** Flow collections only ever appear empty here: "[]" and "{}". */
  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false)
    this.writeIndicator(close, false, false, false)
  }

  private blockSequence(items: YamlNode[], parent: State): void {
    const indentless = this.v3 ? false : this.mappingContext && !this.indention
    this.increaseIndent(false, indentless, parent)
    for (const item of items) {
      this.writeIndent()
      this.writeIndicator('-', true, false, true)
      this.node(item, false, true, false, State.BlockSequenceItem)
    }
    this.popIndent()
  }

  private blockMapping(pairs: [YamlNode, YamlNode][], parent: State): void {
    this.increaseIndent(false, false, parent)
    for (const [k, v] of pairs) {
      this.writeIndent()
      if (this.checkSimpleKey(k)) {
        this.node(k, false, false, true, State.BlockMappingValue, true)
        this.writeIndicator(':', false, false, false)
      } else {
        this.writeIndicator('?', true, false, true)
        this.node(k, false, false, true, State.BlockMappingValue)
        this.writeIndent()
        this.writeIndicator(':', true, false, true)
      }
      this.node(v, false, false, true, State.BlockMappingKey)
    }
    this.popIndent()
  }

  private checkSimpleKey(k: YamlNode): boolean {
    if (k.kind === 'scalar') {
      const a = this.analyze(k.value)
      return !a.multiline && a.byteLength <= 128
    }
    if (k.kind === 'seq') return k.items.length === 0
    return k.pairs.length === 0
  }

  // ---- scalars ----

  private analyze(value: string): ScalarAnalysis {
    const chars = codePoints(value)
    let byteLength = 0
    for (const c of chars) byteLength += utf8Len(c)
    const a: ScalarAnalysis = {
      chars,
      byteLength,
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
    }
    if (chars.length === 0) return a

    let blockIndicators = false
    let flowIndicators = false
    let lineBreaks = false
    let specialCharacters = false
    let tabCharacters = false
    let leadingSpace = false
    let leadingBreak = false
    let trailingSpace = false
    let trailingBreak = false
    let breakSpace = false
    let spaceBreak = false
    let previousSpace = false
    let previousBreak = false

    if (
      chars.length >= 3 &&
      ((chars[0] === 0x2d && chars[1] === 0x2d && chars[2] === 0x2d) ||
        (chars[0] === 0x2e && chars[1] === 0x2e && chars[2] === 0x2e))
    ) {
      blockIndicators = true
      flowIndicators = true
    }
    let precededByWhitespace = true
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]
      const followedByWhitespace = i + 1 >= chars.length || isBlank(chars[i + 1])
      if (i === 0) {
        switch (c) {
          case 0x23: // #
          case 0x2c: // ,
          case 0x5b: // [
          case 0x5d: // ]
          case 0x7b: // {
          case 0x7d: // }
          case 0x26: // &
          case 0x2a: // *
          case 0x21: // !
          case 0x7c: // |
          case 0x3e: // >
          case 0x27: // '
          case 0x22: // "
          case 0x25: // %
          case 0x40: // @
          case 0x60: // `
            flowIndicators = true
            blockIndicators = true
            break
          case 0x3f: // ?
          case 0x3a: // :
            flowIndicators = true
            if (followedByWhitespace) blockIndicators = true
            break
          case 0x2d: // -
            if (followedByWhitespace) {
              flowIndicators = true
              blockIndicators = true
            }
            break
        }
      } else {
        switch (c) {
          case 0x2c:
          case 0x3f:
          case 0x5b:
          case 0x5d:
          case 0x7b:
          case 0x7d:
            flowIndicators = true
            break
          case 0x3a:
            flowIndicators = true
            if (followedByWhitespace) blockIndicators = true
            break
          case 0x23:
            if (precededByWhitespace) {
              flowIndicators = true
              blockIndicators = true
            }
            break
        }
      }

      if (this.v3 && c === 0x09) tabCharacters = true
      else if (!isPrintable(c)) specialCharacters = true

      if (c === 0x20) {
        if (i === 0) leadingSpace = true
        if (i === chars.length - 1) trailingSpace = true
        if (previousBreak) breakSpace = true
        previousSpace = true
        previousBreak = false
      } else if (isBreak(c)) {
        lineBreaks = true
        if (i === 0) leadingBreak = true
        if (i === chars.length - 1) trailingBreak = true
        if (previousSpace) spaceBreak = true
        previousSpace = false
        previousBreak = true
      } else {
        previousSpace = false
        previousBreak = false
      }
      precededByWhitespace = isBlankz(c)
    }

    a.multiline = lineBreaks
    a.flowPlainAllowed = true
    a.blockPlainAllowed = true
    a.singleQuotedAllowed = true
    a.blockAllowed = true
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
      a.flowPlainAllowed = false
      a.blockPlainAllowed = false
    }
    if (trailingSpace) a.blockAllowed = false
    if (breakSpace) {
      a.flowPlainAllowed = false
      a.blockPlainAllowed = false
      a.singleQuotedAllowed = false
    }
    if (spaceBreak || tabCharacters || specialCharacters) {
      a.flowPlainAllowed = false
      a.blockPlainAllowed = false
      a.singleQuotedAllowed = false
    }
    if (spaceBreak || specialCharacters) a.blockAllowed = false
    if (lineBreaks) {
      a.flowPlainAllowed = false
      a.blockPlainAllowed = false
    }
    if (flowIndicators) a.flowPlainAllowed = false
    if (blockIndicators) a.blockPlainAllowed = false
    return a
  }

  private scalar(value: string, requested: ScalarStyle, parent: State): void {
    const a = this.analyze(value)
    let style = requested
    if (this.simpleKeyContext && a.multiline) style = 'double'
    if (style === 'plain') {
      if (
        (this.flowLevel > 0 && !a.flowPlainAllowed) ||
        (this.flowLevel === 0 && !a.blockPlainAllowed)
      ) {
        style = 'single'
      }
      if (a.chars.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = 'single'
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double'
    if (style === 'literal' && (!a.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) {
      style = 'double'
    }

    this.increaseIndent(true, false, parent)
    const allowBreaks = !this.simpleKeyContext
    switch (style) {
      case 'plain':
        this.writePlain(a.chars, allowBreaks)
        break
      case 'single':
        this.writeSingleQuoted(a.chars, allowBreaks)
        break
      case 'double':
        this.writeDoubleQuoted(a.chars, allowBreaks)
        break
      case 'literal':
        this.writeLiteral(a.chars)
        break
    }
    this.popIndent()
  }

  private writePlain(v: number[], allowBreaks: boolean): void {
    if (!this.whitespace && (!this.v3 || v.length > 0)) this.put(' ')
    let spaces = false
    let breaks = false
    for (let i = 0; i < v.length; i++) {
      const c = v[i]
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && v[i + 1] !== 0x20) {
          this.writeIndent()
        } else {
          this.writeChar(c)
        }
        spaces = true
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak()
        this.writeBreak(c)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        this.writeChar(c)
        this.indention = false
        spaces = false
        breaks = false
      }
    }
    if (!this.v3 || v.length > 0) this.whitespace = false
    this.indention = false
  }

  private writeSingleQuoted(v: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false)
    let spaces = false
    let breaks = false
    for (let i = 0; i < v.length; i++) {
      const c = v[i]
      if (c === 0x20) {
        if (
          allowBreaks &&
          !spaces &&
          this.column > this.bestWidth &&
          i > 0 &&
          i < v.length - 1 &&
          v[i + 1] !== 0x20
        ) {
          this.writeIndent()
        } else {
          this.writeChar(c)
        }
        spaces = true
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak()
        this.writeBreak(c)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        if (c === 0x27) this.put("'")
        this.writeChar(c)
        this.indention = false
        spaces = false
        breaks = false
      }
    }
    this.writeIndicator("'", false, false, false)
    this.whitespace = false
    this.indention = false
  }

  private writeDoubleQuoted(v: number[], allowBreaks: boolean): void {
    let spaces = false
    this.writeIndicator('"', true, false, false)
    // libyaml's is_bom looks at the start of the value, not at the current character.
    const bom = v[0] === 0xfeff
    for (let i = 0; i < v.length; i++) {
      const c = v[i]
      if (!isPrintable(c) || bom || isBreak(c) || c === 0x22 || c === 0x5c) {
        this.put('\\')
        switch (c) {
          case 0x00:
            this.put('0')
            break
          case 0x07:
            this.put('a')
            break
          case 0x08:
            this.put('b')
            break
          case 0x09:
            this.put('t')
            break
          case 0x0a:
            this.put('n')
            break
          case 0x0b:
            this.put('v')
            break
          case 0x0c:
            this.put('f')
            break
          case 0x0d:
            this.put('r')
            break
          case 0x1b:
            this.put('e')
            break
          case 0x22:
            this.put('"')
            break
          case 0x5c:
            this.put('\\')
            break
          case 0x85:
            this.put('N')
            break
          case 0xa0:
            this.put('_')
            break
          case 0x2028:
            this.put('L')
            break
          case 0x2029:
            this.put('P')
            break
          default: {
            const [p, w] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8]
            const digits = p + hex(c, w)
            this.out.push(digits)
            this.column += digits.length
          }
        }
        spaces = false
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && i > 0 && i < v.length - 1) {
          this.writeIndent()
          if (v[i + 1] === 0x20) this.put('\\')
        } else {
          this.writeChar(c)
        }
        spaces = true
      } else {
        this.writeChar(c)
        spaces = false
      }
    }
    this.writeIndicator('"', false, false, false)
    this.whitespace = false
    this.indention = false
  }

  private writeBlockScalarHints(v: number[]): void {
    if (v[0] === 0x20 || isBreak(v[0])) {
      this.writeIndicator(String(this.bestIndent), false, false, false)
    }
    let chomp = ''
    const last = v.length - 1
    if (!isBreak(v[last])) chomp = '-'
    else if (last === 0) chomp = '+'
    else if (isBreak(v[last - 1])) chomp = '+'
    if (chomp) this.writeIndicator(chomp, false, false, false)
  }

  private writeLiteral(v: number[]): void {
    this.writeIndicator('|', true, false, false)
    this.writeBlockScalarHints(v)
    this.putBreak()
    this.indention = true
    this.whitespace = true
    let breaks = true
    for (const c of v) {
      if (isBreak(c)) {
        this.writeBreak(c)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        this.writeChar(c)
        this.indention = false
        breaks = false
      }
    }
  }
}
