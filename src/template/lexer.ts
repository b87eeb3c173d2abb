/**
 * The text/template lexer: Go's state machine (text, delimiters with trim markers,
 * comments, and the tokens inside actions), pulled one item at a time by the parser.
 * Positions are UTF-16 indices into the source; lines count '\n' as Go does.
 */
import { quote } from './strconv.js'

export const enum T {
  Error,
  Bool,
  Char,
  CharConstant,
  Comment,
  Assign,
  Declare,
  Complex,
  EOF,
  Field,
  Identifier,
  LeftDelim,
  LeftParen,
  Number,
  Pipe,
  RawString,
  RightDelim,
  RightParen,
  Space,
  String,
  Text,
  Variable,
  // Keywords appear after all the rest.
  Keyword,
  Block,
  Break,
  Continue,
  Dot,
  Define,
  Else,
  End,
  If,
  Nil,
  Range,
  Template,
  With,
}

export interface Item {
  typ: T
  pos: number
  val: string
  line: number
}

const keywords: Record<string, T> = {
  '.': T.Dot,
  block: T.Block,
  break: T.Break,
  continue: T.Continue,
  define: T.Define,
  else: T.Else,
  end: T.End,
  if: T.If,
  range: T.Range,
  nil: T.Nil,
  template: T.Template,
  with: T.With,
}

const EOF = -1
const hasOwn = Object.prototype.hasOwnProperty

const ASCII_ALNUM = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  ASCII_ALNUM[c] =
    c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0
}
const AT_DELIM = 1
const TRIM = 2
const LEFT_COMMENT = '/*'
const RIGHT_COMMENT = '*/'

function isSpace(r: number): boolean {
  return r === 32 || r === 9 || r === 13 || r === 10
}

const letterOrDigit = /^[\p{L}\p{Nd}]$/u

export function isAlphaNumeric(r: number): boolean {
  if (r < 0x80) {
    return r === 95 || (r >= 48 && r <= 57) || (r >= 65 && r <= 90) || (r >= 97 && r <= 122)
  }
  return r >= 0 && letterOrDigit.test(String.fromCodePoint(r))
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && s.charCodeAt(at) === 45 && isSpace(s.charCodeAt(at + 1))
}

function hasRightTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 45
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0
  if (to - from < 64) {
    for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++
    return n
  }
  // indexOf is vectorised; it may look past `to` once, which a long range amortises.
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++
  return n
}

/** Go's %#U: U+0021 '!' */
export function formatRuneU(r: number): string {
  let hex = r.toString(16).toUpperCase()
  while (hex.length < 4) hex = '0' + hex
  return `U+${hex} '${String.fromCodePoint(r)}'`
}

type StateFn = ((l: Lexer) => StateFn) | null

export class Lexer {
  pos = 0
  start = 0
  atEOF = false
  parenDepth = 0
  line = 1
  startLine = 1
  item: Item = { typ: T.EOF, pos: 0, val: 'EOF', line: 1 }
  insideAction = false
  breakOK = true
  continueOK = true
  emitComment = false

  constructor(
    readonly name: string,
    public input: string,
    readonly leftDelim: string,
    readonly rightDelim: string,
  ) {}

  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true
      return EOF
    }
    const r = this.input.codePointAt(this.pos)!
    this.pos += r > 0xffff ? 2 : 1
    if (r === 10) this.line++
    return r
  }

  peek(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true
      return EOF
    }
    return this.input.codePointAt(this.pos)!
  }

  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const c = this.input.charCodeAt(this.pos - 1)
      this.pos -= c >= 0xdc00 && c < 0xe000 && this.pos > 1 ? 2 : 1
      if (c === 10) this.line--
    }
  }

  thisItem(typ: T): Item {
    const i: Item = {
      typ,
      pos: this.start,
      val: this.input.slice(this.start, this.pos),
      line: this.startLine,
    }
    this.start = this.pos
    this.startLine = this.line
    return i
  }

  emit(typ: T): StateFn {
    this.item = this.thisItem(typ)
    return null
  }

  emitItem(i: Item): StateFn {
    this.item = i
    return null
  }

  ignore(): void {
    this.line += countNewlines(this.input, this.start, this.pos)
    this.start = this.pos
    this.startLine = this.line
  }

  /** Consumes the next character when it is one of `valid` (all ASCII). */
  accept(valid: string): boolean {
    if (this.pos < this.input.length && valid.indexOf(this.input[this.pos]) >= 0) {
      this.pos++
      return true
    }
    if (this.pos >= this.input.length) this.atEOF = true
    return false
  }

  acceptRun(valid: string): void {
    while (this.pos < this.input.length && valid.indexOf(this.input[this.pos]) >= 0) this.pos++
    if (this.pos >= this.input.length) this.atEOF = true
  }

  errorf(msg: string): StateFn {
    this.item = { typ: T.Error, pos: this.start, val: msg, line: this.startLine }
    this.start = 0
    this.pos = 0
    this.input = ''
    return null
  }

  nextItem(): Item {
    if (this.insideAction && this.lexCommon()) return this.item
    let state: StateFn = this.insideAction ? lexInsideAction : lexText
    while (state !== null) state = state(this)
    return this.item
  }

  /**
   * The tokens that make up most actions, lexed without going through lexInsideAction
   * (same items, same errors): spaces, identifiers, fields, variables, strings, pipes,
   * parentheses, integers and the closing delimiter. False, with nothing consumed, for
   * anything else.
   */
  lexCommon(): boolean {
    const s = this.input
    const p = this.pos
    if (p >= s.length || this.rightDelim !== '}}') return false
    const c = s.charCodeAt(p)
    if (c === 125) {
      if (this.parenDepth !== 0 || s.charCodeAt(p + 1) !== 125) return false
      lexRightDelim(this)
      return true
    }
    if (c === 32 || c === 9 || c === 13 || c === 10) {
      // A run of spaces (lexSpace); one followed by `-` (a trim marker?) goes the long way.
      let i = p
      let lines = 0
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i)
        if (d === 10) lines++
        else if (d !== 32 && d !== 9 && d !== 13) break
      }
      if (i < s.length && s.charCodeAt(i) === 45) return false
      if (i >= s.length) this.atEOF = true
      this.line += lines
      this.pos = i
      this.emit(T.Space)
      return true
    }
    if (c < 0x80 && ASCII_ALNUM[c] === 1) {
      if (c >= 48 && c <= 57) {
        lexNumber(this)
        return true
      }
      lexIdentifier(this)
      return true
    }
    switch (c) {
      case 46: {
        // `.` then a non-digit: a field (or dot); `.5` is a number.
        if (p + 1 >= s.length) return false
        const d = s.charCodeAt(p + 1)
        if (d >= 48 && d <= 57) return false
        this.pos = p + 1
        lexField(this)
        return true
      }
      case 36:
        this.pos = p + 1
        lexVariable(this)
        return true
      case 34:
        this.pos = p + 1
        lexQuote(this)
        return true
      case 124:
        this.pos = p + 1
        this.emit(T.Pipe)
        return true
      case 40:
        this.pos = p + 1
        this.parenDepth++
        this.emit(T.LeftParen)
        return true
      case 41:
        if (this.parenDepth === 0) return false
        this.pos = p + 1
        this.parenDepth--
        this.emit(T.RightParen)
        return true
    }
    return false
  }

  /** AT_DELIM when at the right delimiter, plus TRIM when a trim marker precedes it. */
  atRightDelim(): number {
    const s = this.input
    if (hasRightTrimMarker(s, this.pos) && s.startsWith(this.rightDelim, this.pos + 2)) {
      return AT_DELIM | TRIM
    }
    if (s.startsWith(this.rightDelim, this.pos)) return AT_DELIM
    return 0
  }

  atTerminator(): boolean {
    const r = this.peek()
    if (isSpace(r)) return true
    switch (r) {
      case EOF:
      case 46: // .
      case 44: // ,
      case 124: // |
      case 58: // :
      case 41: // )
      case 40: // (
        return true
    }
    return this.input.startsWith(this.rightDelim, this.pos)
  }

  scanNumber(): boolean {
    this.accept('+-')
    let digits = '0123456789_'
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_'
      else if (this.accept('oO')) digits = '01234567_'
      else if (this.accept('bB')) digits = '01_'
    }
    this.acceptRun(digits)
    if (this.accept('.')) this.acceptRun(digits)
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    this.accept('i')
    if (isAlphaNumeric(this.peek())) {
      this.next()
      return false
    }
    return true
  }
}

function trimRightLength(s: string, from: number, to: number): number {
  let i = to
  while (i > from && isSpace(s.charCodeAt(i - 1))) i--
  return to - i
}

function trimLeftLength(s: string, from: number): number {
  let i = from
  while (i < s.length && isSpace(s.charCodeAt(i))) i++
  return i - from
}

function lexText(l: Lexer): StateFn {
  const x = l.input.indexOf(l.leftDelim, l.pos)
  if (x >= 0) {
    if (x > l.pos) {
      l.pos = x
      let trimLength = 0
      const delimEnd = l.pos + l.leftDelim.length
      if (hasLeftTrimMarker(l.input, delimEnd)) {
        trimLength = trimRightLength(l.input, l.start, l.pos)
      }
      l.pos -= trimLength
      l.line += countNewlines(l.input, l.start, l.pos)
      const i = l.thisItem(T.Text)
      l.pos += trimLength
      l.ignore()
      if (i.val.length > 0) return l.emitItem(i)
    }
    return lexLeftDelim
  }
  l.pos = l.input.length
  if (l.pos > l.start) {
    l.line += countNewlines(l.input, l.start, l.pos)
    return l.emit(T.Text)
  }
  return l.emit(T.EOF)
}

function lexLeftDelim(l: Lexer): StateFn {
  l.pos += l.leftDelim.length
  const trimSpace = hasLeftTrimMarker(l.input, l.pos)
  const afterMarker = trimSpace ? 2 : 0
  if (l.input.startsWith(LEFT_COMMENT, l.pos + afterMarker)) {
    l.pos += afterMarker
    l.ignore()
    return lexComment
  }
  const i = l.thisItem(T.LeftDelim)
  l.insideAction = true
  l.pos += afterMarker
  l.ignore()
  l.parenDepth = 0
  return l.emitItem(i)
}

function lexComment(l: Lexer): StateFn {
  l.pos += LEFT_COMMENT.length
  const x = l.input.indexOf(RIGHT_COMMENT, l.pos)
  if (x < 0) return l.errorf('unclosed comment')
  l.pos = x + RIGHT_COMMENT.length
  const at = l.atRightDelim()
  const trimSpace = (at & TRIM) !== 0
  if (at === 0) return l.errorf('comment ends before closing delimiter')
  l.line += countNewlines(l.input, l.start, l.pos)
  const i = l.thisItem(T.Comment)
  if (trimSpace) l.pos += 2
  l.pos += l.rightDelim.length
  if (trimSpace) l.pos += trimLeftLength(l.input, l.pos)
  l.ignore()
  if (l.emitComment) return l.emitItem(i)
  return lexText
}

function lexRightDelim(l: Lexer): StateFn {
  const trimSpace = (l.atRightDelim() & TRIM) !== 0
  if (trimSpace) {
    l.pos += 2
    l.ignore()
  }
  l.pos += l.rightDelim.length
  const i = l.thisItem(T.RightDelim)
  if (trimSpace) {
    l.pos += trimLeftLength(l.input, l.pos)
    l.ignore()
  }
  l.insideAction = false
  return l.emitItem(i)
}

function lexInsideAction(l: Lexer): StateFn {
  if (l.atRightDelim() !== 0) {
    if (l.parenDepth === 0) return lexRightDelim
    return l.errorf('unclosed left paren')
  }
  const r = l.next()
  if (r === EOF) return l.errorf('unclosed action')
  if (isSpace(r)) {
    l.backup()
    return lexSpace
  }
  switch (r) {
    case 61: // =
      return l.emit(T.Assign)
    case 58: // :
      if (l.next() !== 61) return l.errorf('expected :=')
      return l.emit(T.Declare)
    case 124:
      return l.emit(T.Pipe)
    case 34:
      return lexQuote
    case 96:
      return lexRawQuote
    case 36:
      return lexVariable
    case 39:
      return lexChar
    case 46: {
      if (l.pos < l.input.length) {
        const c = l.input.charCodeAt(l.pos)
        if (c < 48 || c > 57) return lexField
      }
      l.backup()
      return lexNumber
    }
    case 40:
      l.parenDepth++
      return l.emit(T.LeftParen)
    case 41:
      l.parenDepth--
      if (l.parenDepth < 0) return l.errorf('unexpected right paren')
      return l.emit(T.RightParen)
  }
  if (r === 43 || r === 45 || (r >= 48 && r <= 57)) {
    l.backup()
    return lexNumber
  }
  if (isAlphaNumeric(r)) {
    l.backup()
    return lexIdentifier
  }
  if (r <= 0x7f && r >= 0x20 && r !== 0x7f) return l.emit(T.Char)
  return l.errorf(`unrecognized character in action: ${formatRuneU(r)}`)
}

function lexSpace(l: Lexer): StateFn {
  const input = l.input
  let i = l.pos
  let numSpaces = 0
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c === 10) l.line++
    else if (c !== 32 && c !== 9 && c !== 13) break
    numSpaces++
  }
  l.pos = i
  if (i >= input.length) l.atEOF = true
  if (hasRightTrimMarker(input, i - 1) && input.startsWith(l.rightDelim, i + 1)) {
    l.backup()
    if (numSpaces === 1) return lexRightDelim
  }
  return l.emit(T.Space)
}

/** End of the run of alphanumerics (Go's isAlphaNumeric) starting at i. */
function scanAlnum(s: string, i: number): number {
  const n = s.length
  while (i < n) {
    const c = s.charCodeAt(i)
    if (c < 0x80) {
      if (ASCII_ALNUM[c] === 0) return i
      i++
      continue
    }
    const r = s.codePointAt(i)!
    if (!isAlphaNumeric(r)) return i
    i += r > 0xffff ? 2 : 1
  }
  return i
}

function runeAt(s: string, i: number): number {
  return i < s.length ? s.codePointAt(i)! : EOF
}

function lexIdentifier(l: Lexer): StateFn {
  l.pos = scanAlnum(l.input, l.pos)
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(runeAt(l.input, l.pos))}`)
  const word = l.input.slice(l.start, l.pos)
  // Keywords are short lowercase words; most identifiers skip the table lookup.
  const key =
    word.length <= 8 && word.charCodeAt(0) >= 98 && hasOwn.call(keywords, word)
      ? keywords[word]
      : undefined
  if (key !== undefined && key > T.Keyword) {
    if ((key === T.Break && !l.breakOK) || (key === T.Continue && !l.continueOK)) {
      return l.emit(T.Identifier)
    }
    return l.emit(key)
  }
  if (word === 'true' || word === 'false') return l.emit(T.Bool)
  return l.emit(T.Identifier)
}

function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, T.Field)
}

function lexVariable(l: Lexer): StateFn {
  if (l.atTerminator()) return l.emit(T.Variable)
  return lexFieldOrVariable(l, T.Variable)
}

function lexFieldOrVariable(l: Lexer, typ: T): StateFn {
  if (l.atTerminator()) {
    return l.emit(typ === T.Variable ? T.Variable : T.Dot)
  }
  l.pos = scanAlnum(l.input, l.pos)
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(runeAt(l.input, l.pos))}`)
  return l.emit(typ)
}

function lexChar(l: Lexer): StateFn {
  for (;;) {
    let r = l.next()
    if (r === 92) {
      r = l.next()
      if (r !== EOF && r !== 10) continue
      return l.errorf('unterminated character constant')
    }
    if (r === EOF || r === 10) return l.errorf('unterminated character constant')
    if (r === 39) break
  }
  return l.emit(T.CharConstant)
}

function quoteNumberText(s: string): string {
  return quote(s)
}

function lexNumber(l: Lexer): StateFn {
  if (!l.scanNumber()) {
    return l.errorf(`bad number syntax: ${quoteNumberText(l.input.slice(l.start, l.pos))}`)
  }
  const sign = l.peek()
  if (sign === 43 || sign === 45) {
    if (!l.scanNumber() || l.input.charCodeAt(l.pos - 1) !== 105) {
      return l.errorf(`bad number syntax: ${quoteNumberText(l.input.slice(l.start, l.pos))}`)
    }
    return l.emit(T.Complex)
  }
  return l.emit(T.Number)
}

function lexQuote(l: Lexer): StateFn {
  for (;;) {
    let r = l.next()
    if (r === 92) {
      r = l.next()
      if (r !== EOF && r !== 10) continue
      return l.errorf('unterminated quoted string')
    }
    if (r === EOF || r === 10) return l.errorf('unterminated quoted string')
    if (r === 34) break
  }
  return l.emit(T.String)
}

function lexRawQuote(l: Lexer): StateFn {
  for (;;) {
    const r = l.next()
    if (r === EOF) return l.errorf('unterminated raw quoted string')
    if (r === 96) break
  }
  return l.emit(T.RawString)
}
