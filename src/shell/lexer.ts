/**
 * Tokenizer for sh/bash scripts (Dockerfile RUN, CI steps, Makefile recipes, build
 * scripts): words (quotes, `$V`, `${V...}`, `$(...)`, backticks, `$((...))`, bash
 * arrays), operators, redirections with fd numbers, comments, and here-document bodies.
 * Never throws: what it cannot read is reported in `errors` and read as far as it goes.
 */
import type { ShPart, ShWord, ShSyntaxError } from './ast.js'

export type Tok =
  | { t: 'word'; w: ShWord }
  | { t: 'op'; op: string; start: number; end: number; fd?: number; heredoc?: string }
  | { t: 'nl'; start: number }
  | { t: 'eof'; start: number }

export const REDIRECT_OPS = new Set([
  '<',
  '>',
  '>>',
  '>&',
  '<&',
  '>|',
  '<>',
  '<<',
  '<<-',
  '<<<',
  '&>',
  '&>>',
])

/** Per ASCII code, 0: plain word character; 1: ends a word; 2: needs a closer look. */
function classTable(wordEnds: string): Uint8Array {
  const t = new Uint8Array(128)
  for (const c of wordEnds) t[c.charCodeAt(0)] = 1
  for (const c of '\\\'"`$') t[c.charCodeAt(0)] = 2
  return t
}

/** In a script, blanks and the operator characters end a word. */
const SCRIPT_CLASS = classTable(' \t\n\r;&|<>()')
/** In a word list (lexWords), only blanks do. */
const WORDS_CLASS = classTable(' \t\n\r')

export interface LexOptions {
  /**
   * Read `$$(` and `$${` as make writes the shell's `$(` and `${` in a recipe, so that a
   * recipe's command substitution stays one word. (In sh, `$$(` is a syntax error and
   * `$${` rare, so scripts lose nothing.)
   */
  makeDollars?: boolean
  /** Only blanks separate words; operators and `#` are word text (see lexWords). */
  wordsOnly?: boolean
}

const ASSIGN_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/

export class ShellLexer {
  private i = 0
  readonly errors: ShSyntaxError[] = []
  private pending: { delim: string; strip: boolean; tok: Tok & { t: 'op' } }[] = []

  private readonly cls: Uint8Array

  constructor(
    private readonly s: string,
    private readonly options: LexOptions = {},
  ) {
    this.cls = options.wordsOnly ? WORDS_CLASS : SCRIPT_CLASS
  }

  /** The words of a word list (lexWords), separated by blanks and line continuations. */
  words(): ShWord[] {
    const s = this.s
    const out: ShWord[] = []
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++
      else if (c === '\\' && s[this.i + 1] === '\n') this.i += 2
      else {
        const w = this.readWord()
        if (w) out.push(w)
        else this.i++
      }
    }
    return out
  }

  tokenize(): Tok[] {
    const toks: Tok[] = []
    const s = this.s
    let expectDelim: (Tok & { t: 'op' }) | null = null
    while (true) {
      // Skip blanks and line continuations.
      while (this.i < s.length) {
        const c = s[this.i]
        if (c === ' ' || c === '\t' || c === '\r') this.i++
        else if (c === '\\' && s[this.i + 1] === '\n') this.i += 2
        else break
      }
      if (this.i >= s.length) break
      const c = s[this.i]
      if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++
        continue
      }
      if (c === '\n') {
        toks.push({ t: 'nl', start: this.i })
        this.i++
        this.readHeredocBodies()
        continue
      }
      const op = this.matchOp()
      if (op) {
        const tok: Tok & { t: 'op' } = { t: 'op', op, start: this.i, end: this.i + op.length }
        this.i += op.length
        toks.push(tok)
        if (op === '<<' || op === '<<-') expectDelim = tok
        continue
      }
      const w = this.readWord()
      if (!w) {
        // Defensive: never loop forever on an unexpected character.
        this.i++
        continue
      }
      // An all-digit word glued to a redirection is its fd number.
      const only = w.parts.length === 1 ? w.parts[0] : undefined
      // (Unescaped digits only: `\2>x` is the word 2, not a descriptor.)
      if (only?.k === 'lit' && only.v.length === w.end - w.start && /^\d+$/.test(only.v)) {
        const next = this.matchOp()
        if (next && REDIRECT_OPS.has(next) && (s[this.i] === '<' || s[this.i] === '>')) {
          const tok: Tok & { t: 'op' } = {
            t: 'op',
            op: next,
            start: w.start,
            end: this.i + next.length,
            fd: Number(only.v),
          }
          this.i += next.length
          toks.push(tok)
          if (next === '<<' || next === '<<-') expectDelim = tok
          continue
        }
      }
      toks.push({ t: 'word', w })
      if (expectDelim) {
        this.pending.push({
          delim: delimiterText(w),
          strip: expectDelim.op === '<<-',
          tok: expectDelim,
        })
        expectDelim = null
      }
    }
    toks.push({ t: 'eof', start: s.length })
    // A heredoc at the very end without a newline after its marker.
    for (const p of this.pending) p.tok.heredoc = ''
    return toks
  }

  private matchOp(): string | null {
    const s = this.s
    const i = this.i
    const c = s.charCodeAt(i)
    const n = s.charCodeAt(i + 1)
    const n2 = s.charCodeAt(i + 2)
    switch (c) {
      case 59: // ;
        if (n === 59) return n2 === 38 ? ';;&' : ';;'
        return n === 38 ? ';&' : ';'
      case 38: // &
        if (n === 38) return '&&'
        if (n === 62) return n2 === 62 ? '&>>' : '&>'
        return '&'
      case 124: // |
        if (n === 124) return '||'
        return n === 38 ? '|&' : '|'
      case 60: // <
        if (n === 60) return n2 === 60 ? '<<<' : n2 === 45 ? '<<-' : '<<'
        if (n === 38) return '<&'
        return n === 62 ? '<>' : '<'
      case 62: // >
        if (n === 62) return '>>'
        if (n === 38) return '>&'
        return n === 124 ? '>|' : '>'
      case 40:
        return '('
      case 41:
        return ')'
    }
    return null
  }

  private readHeredocBodies(): void {
    if (this.pending.length === 0) return
    const s = this.s
    for (const p of this.pending) {
      let body = ''
      let done = false
      while (this.i < s.length) {
        let nl = s.indexOf('\n', this.i)
        if (nl === -1) nl = s.length
        let line = s.slice(this.i, nl)
        if (line.endsWith('\r')) line = line.slice(0, -1)
        this.i = Math.min(nl + 1, s.length)
        const cmp = p.strip ? line.replace(/^\t+/, '') : line
        if (cmp === p.delim) {
          done = true
          break
        }
        body += line + '\n'
      }
      if (!done) {
        this.errors.push({
          message: `here-document delimited by '${p.delim}' is not terminated`,
          start: p.tok.start,
          end: p.tok.end,
        })
      }
      p.tok.heredoc = body
    }
    this.pending = []
  }

  /** Reads a word at the current position (not at a metacharacter). */
  readWord(): ShWord | null {
    const s = this.s
    const start = this.i
    const parts: ShPart[] = []
    let lit = ''
    const flush = () => {
      if (lit) {
        parts.push({ k: 'lit', v: lit })
        lit = ''
      }
    }
    const cls = this.cls
    while (this.i < s.length) {
      // Copy a run of plain characters at once.
      let j = this.i
      while (j < s.length) {
        const code = s.charCodeAt(j)
        if (code < 128 && cls[code] !== 0) break
        j++
      }
      if (j > this.i) {
        lit += s.slice(this.i, j)
        this.i = j
        if (j >= s.length) break
      }
      const c = s[this.i]
      if (c === '(' && parts.length === 0 && ASSIGN_PREFIX.test(lit)) {
        flush()
        parts.push({ k: 'array', words: this.readArray() })
        continue
      }
      if (cls[c.charCodeAt(0)] === 1) break
      if (c === '\\') {
        const next = s[this.i + 1]
        if (next === '\n') this.i += 2
        else if (next === undefined) this.i++
        else {
          lit += next
          this.i += 2
        }
        continue
      }
      if (c === "'") {
        flush()
        const close = s.indexOf("'", this.i + 1)
        if (close === -1) {
          this.errors.push({
            message: 'unterminated single-quoted string',
            start: this.i,
            end: s.length,
          })
          parts.push({ k: 'sq', v: s.slice(this.i + 1) })
          this.i = s.length
        } else {
          parts.push({ k: 'sq', v: s.slice(this.i + 1, close) })
          this.i = close + 1
        }
        continue
      }
      if (c === '"') {
        flush()
        parts.push(this.readDouble())
        continue
      }
      if (c === '`' || c === '$') {
        const p = c === '`' ? this.readBacktick() : this.readDollar(false)
        if (p) {
          flush()
          parts.push(p)
        } else lit += '$'
        continue
      }
      lit += c
      this.i++
    }
    flush()
    if (this.i === start) return null
    return { parts, start, end: this.i }
  }

  private readArray(): ShWord[] {
    const s = this.s
    this.i++ // (
    const words: ShWord[] = []
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        this.i++
        continue
      }
      if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2
        continue
      }
      if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++
        continue
      }
      if (c === ')') {
        this.i++
        return words
      }
      const w = this.readWord()
      if (w) words.push(w)
      else this.i++
    }
    this.errors.push({ message: 'unterminated array assignment', start: this.i, end: s.length })
    return words
  }

  private readDouble(): ShPart {
    const s = this.s
    const open = this.i
    this.i++
    const parts: ShPart[] = []
    let lit = ''
    const flush = () => {
      if (lit) {
        parts.push({ k: 'lit', v: lit })
        lit = ''
      }
    }
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === '"') {
        this.i++
        flush()
        return { k: 'dq', parts }
      }
      if (c === '\\') {
        const next = s[this.i + 1]
        if (next === '\n') this.i += 2
        else if (next === '$' || next === '`' || next === '"' || next === '\\') {
          lit += next
          this.i += 2
        } else {
          lit += c
          this.i++
        }
        continue
      }
      if (c === '`' || c === '$') {
        const p = c === '`' ? this.readBacktick() : this.readDollar(true)
        if (p) {
          flush()
          parts.push(p)
        } else lit += '$'
        continue
      }
      lit += c
      this.i++
    }
    this.errors.push({ message: 'unterminated double-quoted string', start: open, end: s.length })
    flush()
    return { k: 'dq', parts }
  }

  private readBacktick(): ShPart {
    const s = this.s
    const open = this.i
    this.i++
    let src = ''
    while (this.i < s.length && s[this.i] !== '`') {
      if (s[this.i] === '\\' && this.i + 1 < s.length) {
        const n = s[this.i + 1]
        src += n === '`' || n === '\\' || n === '$' ? n : '\\' + n
        this.i += 2
        continue
      }
      src += s[this.i++]
    }
    if (this.i >= s.length)
      this.errors.push({ message: 'unterminated backquote', start: open, end: s.length })
    else this.i++
    return { k: 'cmdsub', src, srcStart: open + 1, raw: s.slice(open, this.i) }
  }

  /** At `$`: an expansion part, or null for a literal dollar sign. */
  private readDollar(inDouble: boolean): ShPart | null {
    const s = this.s
    const start = this.i
    const c = s[this.i + 1]
    if (c === '$' && this.options.makeDollars && (s[start + 2] === '(' || s[start + 2] === '{')) {
      this.i++
      return this.readDollar(inDouble)
    }
    if (c === '(' && s[this.i + 2] === '(') {
      const end = this.skipBalanced(this.i + 1, '(', ')')
      // `$((` ends at `))`: skipBalanced consumed the outer pair.
      this.i = end
      return { k: 'arith', raw: s.slice(start, this.i) }
    }
    if (c === '(') {
      const end = this.skipBalanced(this.i + 1, '(', ')')
      this.i = end
      return {
        k: 'cmdsub',
        src: s.slice(start + 2, end - 1),
        srcStart: start + 2,
        raw: s.slice(start, end),
      }
    }
    if (c === '{') {
      const end = this.skipBalanced(this.i + 1, '{', '}')
      this.i = end
      return parseBraceParam(s.slice(start + 2, end - 1), s.slice(start, end))
    }
    if (c === "'" && !inDouble) {
      const close = findAnsiClose(s, this.i + 2)
      const body = s.slice(this.i + 2, close)
      this.i = Math.min(close + 1, s.length)
      return { k: 'sq', v: ansiC(body) }
    }
    if (c !== undefined && /[A-Za-z_]/.test(c)) {
      let j = this.i + 1
      while (j < s.length && /[A-Za-z0-9_]/.test(s[j])) j++
      this.i = j
      return { k: 'param', name: s.slice(start + 1, j), raw: s.slice(start, j) }
    }
    if (c !== undefined && /[0-9@*#?$!-]/.test(c)) {
      this.i += 2
      return { k: 'param', name: c, raw: s.slice(start, this.i) }
    }
    this.i++
    return null
  }

  /** From an opening bracket at `at`, the index after its matching close. */
  private skipBalanced(at: number, open: string, close: string): number {
    const s = this.s
    let depth = 0
    let i = at
    while (i < s.length) {
      const c = s[i]
      if (c === '\\') {
        i += 2
        continue
      }
      if (c === "'" && open === '(') {
        const q = s.indexOf("'", i + 1)
        i = q === -1 ? s.length : q + 1
        continue
      }
      if (c === '"') {
        i = skipDouble(s, i)
        continue
      }
      if (c === open) depth++
      else if (c === close) {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
    this.errors.push({ message: `missing '${close}'`, start: at, end: s.length })
    return s.length
  }
}

function skipDouble(s: string, at: number): number {
  let i = at + 1
  while (i < s.length) {
    if (s[i] === '\\') i += 2
    else if (s[i] === '"') return i + 1
    else i++
  }
  return s.length
}

function findAnsiClose(s: string, from: number): number {
  let i = from
  while (i < s.length) {
    if (s[i] === '\\') i += 2
    else if (s[i] === "'") return i
    else i++
  }
  return s.length
}

function ansiC(body: string): string {
  return body.replace(/\\(.)/g, (_m, c: string) => {
    switch (c) {
      case 'n':
        return '\n'
      case 't':
        return '\t'
      case 'r':
        return '\r'
      default:
        return c
    }
  })
}

const PARAM_OPS = [
  ':-',
  ':=',
  ':+',
  ':?',
  '##',
  '%%',
  '//',
  '^^',
  ',,',
  '-',
  '=',
  '+',
  '?',
  '#',
  '%',
  '/',
  '^',
  ',',
  ':',
]

function parseBraceParam(inner: string, raw: string): ShPart {
  let i = 0
  let prefix = ''
  if ((inner[0] === '#' || inner[0] === '!') && inner.length > 1) {
    prefix = inner[0]
    i = 1
  }
  let name = ''
  while (i < inner.length && /[A-Za-z0-9_]/.test(inner[i])) name += inner[i++]
  if (name === '' && i < inner.length && /[@*#?$!-]/.test(inner[i])) name = inner[i++]
  let index: string | undefined
  if (inner[i] === '[') {
    const close = inner.indexOf(']', i)
    if (close !== -1) {
      index = inner.slice(i + 1, close)
      i = close + 1
    }
  }
  const rest = inner.slice(i)
  if (prefix === '#') return { k: 'param', name, op: 'length', index, raw }
  if (prefix === '!') return { k: 'param', name, op: 'indirect', index, raw }
  if (rest === '') return { k: 'param', name, index, raw }
  for (const op of PARAM_OPS) {
    if (rest.startsWith(op)) return { k: 'param', name, op, arg: rest.slice(op.length), index, raw }
  }
  return { k: 'param', name, op: 'unknown', arg: rest, index, raw }
}

function delimiterText(w: ShWord): string {
  let out = ''
  for (const p of w.parts) {
    if (p.k === 'lit' || p.k === 'sq') out += p.v
    else if (p.k === 'dq') out += p.parts.map((q) => (q.k === 'lit' ? q.v : '')).join('')
    else if (p.k === 'param') out += p.raw
  }
  return out
}

/**
 * The words of a text that is one or more words already cut out of a command line (a
 * word whose variables a template layer has substituted): blanks separate them, every
 * other character is word text, and quotes and expansions are read as in a script.
 */
export function lexWords(text: string): ShWord[] {
  return new ShellLexer(text, { wordsOnly: true }).words()
}
