/**
 * Recursive-descent parser for the sh subset in ./ast.ts. Never throws: a
 * token it cannot place is reported in `errors` and skipped.
 */
import type { Assign, Redir, ShNode, ShSyntaxError, ShWord } from './ast.js'
import { plainLiteral } from './ast.js'
import { REDIRECT_OPS, ShellLexer, type Tok } from './lexer.js'
import { pushAll } from '../core/arrays.js'

export interface ParsedScript {
  root: ShNode
  errors: ShSyntaxError[]
}

/**
 * How deep compound commands may nest (subshells, groups, if/for/while/case bodies). sh has no
 * limit, but the parse tree is walked recursively; a script nested deeper than any written by
 * hand (a thousand `(` in a RUN) is reported and left unanalysed past this depth.
 */
export const MAX_NESTING = 100

const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/
const LIST_END_OPS = new Set([')', ';;', ';&', ';;&'])

export function parseScript(src: string): ParsedScript {
  const lexer = new ShellLexer(src)
  const toks = lexer.tokenize()
  const p = new Parser(toks)
  const root = p.parseProgram()
  return { root, errors: [...lexer.errors, ...p.errors] }
}

class Parser {
  private p = 0
  private depth = 0
  /** Past the nesting limit: the rest is skipped, and so are the errors it would cause. */
  private stopped = false
  readonly errors: ShSyntaxError[] = []

  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.p]
  }

  private next(): Tok {
    const t = this.toks[this.p]
    if (t.t !== 'eof') this.p++
    return t
  }

  private isWord(t: Tok, lit: string): boolean {
    return t.t === 'word' && plainLiteral(t.w) === lit
  }

  private isOp(t: Tok, op: string): boolean {
    return t.t === 'op' && t.op === op
  }

  private pos(t: Tok): number {
    return t.t === 'word' ? t.w.start : t.start
  }

  private error(message: string, t: Tok): void {
    if (this.stopped) return
    const start = this.pos(t)
    const end = t.t === 'word' ? t.w.end : t.t === 'op' ? t.end : start + 1
    this.errors.push({ message, start, end })
  }

  private skipNewlines(): void {
    while (this.peek().t === 'nl') this.p++
  }

  parseProgram(): ShNode {
    const list = this.parseList(new Set())
    while (this.peek().t !== 'eof') {
      const t = this.next()
      this.error(`unexpected ${describe(t)}`, t)
      const more = this.parseList(new Set())
      if (more.k === 'list') pushAll((list as { items: ShNode[] }).items, more.items)
    }
    return list
  }

  /** and-or lists separated by `;`, `&` or newlines, up to a terminator word. */
  private parseList(terminators: Set<string>): ShNode {
    if (this.depth >= MAX_NESTING) {
      const t = this.peek()
      this.error(`commands nested more than ${MAX_NESTING} levels deep; not analysed`, t)
      this.stopped = true
      while (this.peek().t !== 'eof') this.p++
      return { k: 'list', items: [] }
    }
    this.depth++
    try {
      return this.parseListItems(terminators)
    } finally {
      this.depth--
    }
  }

  private parseListItems(terminators: Set<string>): ShNode {
    const items: ShNode[] = []
    while (true) {
      while (true) {
        const t = this.peek()
        if (t.t === 'nl' || this.isOp(t, ';') || this.isOp(t, '&')) this.p++
        else break
      }
      const t = this.peek()
      if (t.t === 'eof') break
      if (t.t === 'word') {
        const lit = plainLiteral(t.w)
        if (lit !== null && terminators.has(lit)) break
      }
      if (t.t === 'op' && LIST_END_OPS.has(t.op)) break
      const before = this.p
      const node = this.parseAndOr()
      if (node) items.push(node)
      if (this.p === before) {
        // Could not consume anything: report and skip the token.
        const bad = this.next()
        this.error(`unexpected ${describe(bad)}`, bad)
      }
    }
    return { k: 'list', items }
  }

  private parseAndOr(): ShNode | null {
    const first = this.parsePipeline()
    if (!first) return null
    const items = [first]
    const ops: ('&&' | '||')[] = []
    while (true) {
      const t = this.peek()
      if (t.t === 'op' && (t.op === '&&' || t.op === '||')) {
        this.p++
        this.skipNewlines()
        const next = this.parsePipeline()
        if (!next) {
          this.error(`missing command after ${t.op}`, t)
          break
        }
        ops.push(t.op)
        items.push(next)
      } else break
    }
    return items.length === 1 ? first : { k: 'andor', items, ops }
  }

  private parsePipeline(): ShNode | null {
    let neg = false
    if (this.isWord(this.peek(), '!')) {
      neg = true
      this.p++
    }
    const first = this.parseCommand()
    if (!first) return null
    const cmds = [first]
    while (true) {
      const t = this.peek()
      if (t.t === 'op' && (t.op === '|' || t.op === '|&')) {
        this.p++
        this.skipNewlines()
        const next = this.parseCommand()
        if (!next) {
          this.error('missing command after |', t)
          break
        }
        cmds.push(next)
      } else break
    }
    return cmds.length === 1 && !neg ? first : { k: 'pipeline', neg, cmds }
  }

  private parseCommand(): ShNode | null {
    const t = this.peek()
    if (t.t === 'word') {
      switch (plainLiteral(t.w)) {
        case 'if':
          return this.withRedirs(this.parseIf())
        case 'case':
          return this.withRedirs(this.parseCase())
        case 'for':
          return this.withRedirs(this.parseFor())
        case 'while':
        case 'until':
          return this.withRedirs(this.parseLoop())
        case '{':
          return this.parseGroup()
        case 'function':
          return this.parseFunctionKeyword()
      }
    }
    if (this.isOp(t, '(')) return this.parseSubshell()
    return this.parseSimple()
  }

  private withRedirs(node: ShNode): ShNode {
    const redirs = this.parseRedirs()
    return redirs.length ? { k: 'group', body: node, subshell: false, redirs } : node
  }

  private parseRedirs(): Redir[] {
    const redirs: Redir[] = []
    while (true) {
      const t = this.peek()
      if (t.t === 'op' && REDIRECT_OPS.has(t.op)) {
        this.p++
        const target = this.peek()
        if (target.t === 'word') {
          this.p++
          redirs.push({ op: t.op, fd: t.fd, target: target.w, heredoc: t.heredoc })
        } else this.error(`missing target after ${t.op}`, t)
      } else break
    }
    return redirs
  }

  private expectWord(lit: string, context: string): boolean {
    this.skipSeparators()
    const t = this.peek()
    if (this.isWord(t, lit)) {
      this.p++
      return true
    }
    this.error(`expected '${lit}' in ${context}, found ${describe(t)}`, t)
    return false
  }

  private skipSeparators(): void {
    while (true) {
      const t = this.peek()
      if (t.t === 'nl' || this.isOp(t, ';')) this.p++
      else break
    }
  }

  private parseIf(): ShNode {
    this.p++ // if
    const conds: ShNode[] = []
    const bodies: ShNode[] = []
    let elseBody: ShNode | undefined
    conds.push(this.parseList(new Set(['then'])))
    this.expectWord('then', 'if')
    bodies.push(this.parseList(new Set(['elif', 'else', 'fi'])))
    while (true) {
      const t = this.peek()
      if (this.isWord(t, 'elif')) {
        this.p++
        conds.push(this.parseList(new Set(['then'])))
        this.expectWord('then', 'elif')
        bodies.push(this.parseList(new Set(['elif', 'else', 'fi'])))
        continue
      }
      if (this.isWord(t, 'else')) {
        this.p++
        elseBody = this.parseList(new Set(['fi']))
      }
      break
    }
    this.expectWord('fi', 'if')
    return { k: 'if', conds, bodies, elseBody }
  }

  private parseCase(): ShNode {
    const caseTok = this.next()
    const subject = this.peek()
    let word: ShWord
    if (subject.t === 'word') {
      this.p++
      word = subject.w
    } else {
      this.error('missing word after case', caseTok)
      word = { parts: [], start: this.pos(subject), end: this.pos(subject) }
    }
    this.skipNewlines()
    this.expectWord('in', 'case')
    const arms: { patterns: ShWord[]; body: ShNode }[] = []
    while (true) {
      this.skipNewlines()
      const t = this.peek()
      if (t.t === 'eof') {
        this.error("missing 'esac'", t)
        break
      }
      if (this.isWord(t, 'esac')) {
        this.p++
        break
      }
      if (this.isOp(t, '(')) this.p++
      const patterns: ShWord[] = []
      while (true) {
        const pt = this.peek()
        if (pt.t === 'word') {
          patterns.push(pt.w)
          this.p++
        }
        const sep = this.peek()
        if (this.isOp(sep, '|')) {
          this.p++
          continue
        }
        if (this.isOp(sep, ')')) {
          this.p++
          break
        }
        this.error(`expected ')' after case pattern, found ${describe(sep)}`, sep)
        if (sep.t !== 'eof') this.p++
        break
      }
      const body = this.parseList(new Set(['esac']))
      arms.push({ patterns, body })
      const end = this.peek()
      if (end.t === 'op' && (end.op === ';;' || end.op === ';&' || end.op === ';;&')) this.p++
    }
    return { k: 'case', word, arms }
  }

  private parseFor(): ShNode {
    const forTok = this.next()
    const nameTok = this.peek()
    let name = ''
    if (nameTok.t === 'word' && plainLiteral(nameTok.w) !== null) {
      name = plainLiteral(nameTok.w) as string
      this.p++
    } else if (this.isOp(nameTok, '(')) {
      // for (( ... )): arithmetic loop; skip its header.
      let depth = 0
      while (this.peek().t !== 'eof') {
        const t = this.next()
        if (this.isOp(t, '(')) depth++
        else if (this.isOp(t, ')') && --depth === 0 && !this.isOp(this.peek(), ')')) break
      }
    } else {
      this.error('missing variable name after for', forTok)
    }
    let items: ShWord[] | null = null
    this.skipNewlines()
    if (this.isWord(this.peek(), 'in')) {
      this.p++
      items = []
      while (this.peek().t === 'word') items.push((this.next() as Tok & { t: 'word' }).w)
    }
    this.expectWord('do', 'for')
    const body = this.parseList(new Set(['done']))
    this.expectWord('done', 'for')
    return { k: 'for', name, items, body }
  }

  private parseLoop(): ShNode {
    const until = plainLiteral((this.next() as Tok & { t: 'word' }).w) === 'until'
    const cond = this.parseList(new Set(['do']))
    this.expectWord('do', until ? 'until' : 'while')
    const body = this.parseList(new Set(['done']))
    this.expectWord('done', until ? 'until' : 'while')
    return { k: 'loop', until, cond, body }
  }

  private parseGroup(): ShNode {
    this.p++ // {
    const body = this.parseList(new Set(['}']))
    this.expectWord('}', 'group')
    return { k: 'group', body, subshell: false, redirs: this.parseRedirs() }
  }

  private parseSubshell(): ShNode {
    const open = this.next()
    const body = this.parseList(new Set())
    if (this.isOp(this.peek(), ')')) this.p++
    else this.error("missing ')'", open)
    return { k: 'group', body, subshell: true, redirs: this.parseRedirs() }
  }

  private parseFunctionKeyword(): ShNode {
    this.p++ // function
    const t = this.peek()
    const name = t.t === 'word' ? (plainLiteral(t.w) ?? '') : ''
    if (t.t === 'word') this.p++
    if (this.isOp(this.peek(), '(') && this.isOp(this.toks[this.p + 1], ')')) this.p += 2
    this.skipNewlines()
    const body = this.parseCommand() ?? { k: 'list', items: [] }
    return { k: 'func', name, body }
  }

  private parseSimple(): ShNode | null {
    const assigns: Assign[] = []
    const words: ShWord[] = []
    const redirs: Redir[] = []
    const first = this.peek()
    const start = this.pos(first)
    let end = start
    while (true) {
      const t = this.peek()
      if (t.t === 'word') {
        if (words.length === 0) {
          const a = asAssignment(t.w)
          if (a) {
            assigns.push(a)
            this.p++
            end = t.w.end
            continue
          }
        }
        words.push(t.w)
        this.p++
        end = t.w.end
        // name ( ) { ... }: a function definition.
        if (
          words.length === 1 &&
          assigns.length === 0 &&
          this.isOp(this.peek(), '(') &&
          this.isOp(this.toks[this.p + 1], ')')
        ) {
          this.p += 2
          this.skipNewlines()
          const body = this.parseCommand() ?? { k: 'list', items: [] }
          return { k: 'func', name: plainLiteral(words[0]) ?? '', body }
        }
        continue
      }
      if (t.t === 'op' && REDIRECT_OPS.has(t.op)) {
        this.p++
        const target = this.peek()
        if (target.t === 'word') {
          this.p++
          redirs.push({ op: t.op, fd: t.fd, target: target.w, heredoc: t.heredoc })
          end = target.w.end
        } else {
          this.error(`missing target after ${t.op}`, t)
        }
        continue
      }
      break
    }
    if (assigns.length === 0 && words.length === 0 && redirs.length === 0) return null
    return { k: 'simple', assigns, words, redirs, start, end }
  }
}

function asAssignment(w: ShWord): Assign | null {
  const first = w.parts[0]
  if (!first || first.k !== 'lit') return null
  const m = ASSIGN_RE.exec(first.v)
  if (!m) return null
  const restLit = first.v.slice(m[0].length)
  const rest = w.parts.slice(1)
  if (rest.length === 1 && rest[0].k === 'array' && restLit === '') {
    return {
      name: m[1],
      value: null,
      array: rest[0].words,
      append: m[2] === '+',
      start: w.start,
      end: w.end,
    }
  }
  const parts = restLit ? [{ k: 'lit' as const, v: restLit }, ...rest] : rest
  return {
    name: m[1],
    value: { parts, start: w.start + m[0].length, end: w.end },
    append: m[2] === '+',
    start: w.start,
    end: w.end,
  }
}

function describe(t: Tok): string {
  switch (t.t) {
    case 'word':
      return `word '${plainLiteral(t.w) ?? '…'}'`
    case 'op':
      return `'${t.op}'`
    case 'nl':
      return 'newline'
    case 'eof':
      return 'end of script'
  }
}
