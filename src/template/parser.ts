/**
 * The text/template parser, following Go's parse package token by token (its three-token
 * lookahead decides which line a parse error names, so it is kept as is).
 */
import { Lexer, T } from './lexer.js'
import type { Item } from './lexer.js'
import {
  LiteralError,
  parseFloat64,
  parseInt64,
  parseUint,
  unquote,
  unquoteChar,
} from './literals.js'
import { NT, isEmptyTree, nodeString } from './nodes.js'
import type {
  ActionNode,
  BreakNode,
  ChainNode,
  CommandNode,
  ContinueNode,
  ElseNode,
  EndNode,
  IfNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  RangeNode,
  TemplateNode,
  Tree,
  VariableNode,
  WithNode,
} from './nodes.js'
import { quote, runeCount } from './strconv.js'

/** A parse failure with Go's message text ("template: NAME:LINE: ..."). */
export class ParseFailure extends Error {
  constructor(
    message: string,
    readonly parseName: string,
    readonly line: number,
  ) {
    super(message)
  }
}

const MAX_STACK_DEPTH = 10000

/** Shared by the many pipelines without declarations (never mutated). */
const NO_DECLS: VariableNode[] = []
const NO_CMDS: CommandNode[] = []
const NO_ARGS: Node[] = []
const NO_NAMES: string[] = []

/** item.String() */
function itemString(i: Item): string {
  if (i.typ === T.EOF) return 'EOF'
  if (i.typ === T.Error) return i.val
  if (i.typ > T.Keyword) return `<${i.val}>`
  if (runeCount(i.val) > 10) {
    // %.10q: the first ten runes, quoted.
    const runes = Array.from(i.val).slice(0, 10).join('')
    return quote(runes) + '...'
  }
  return quote(i.val)
}

export interface ParseOptions {
  leftDelim?: string
  rightDelim?: string
  /** Function names known at parse time (Go rejects calls to anything else). */
  hasFunction: (name: string) => boolean
  /** Keep comments as nodes (parse.ParseComments). */
  parseComments?: boolean
}

/** Shared state of one Parse call: the lexer and the trees it has produced. */
interface ParseContext {
  lex: Lexer
  treeSet: Map<string, Tree>
  opts: ParseOptions
  /**
   * Children of the constructs being parsed, innermost last. Each finished construct takes
   * an exactly sized array of its own (trees can live as long as the process: see
   * parse-cache.ts, and arrays grown by push keep a dozen empty slots).
   */
  nodes: Node[]
  names: string[]
}

/** The nodes pushed since `mark`, as an array of their own; the stack drops them. */
function takeNodes<N extends Node>(ctx: ParseContext, mark: number): N[] {
  const stack = ctx.nodes
  const out = stack.slice(mark) as N[]
  stack.length = mark
  return out
}

class TreeParser {
  token: Item[] = [null!, null!, null!]
  peekCount = 0
  vars: string[] = ['$']
  actionLine = 0
  rangeDepth = 0
  stackDepth = 0
  /** UTF-16 offset of the left delimiter of the action being parsed. */
  actionStart = 0

  constructor(
    readonly tree: Tree,
    readonly ctx: ParseContext,
  ) {}

  get lex(): Lexer {
    return this.ctx.lex
  }

  next(): Item {
    if (this.peekCount > 0) this.peekCount--
    else this.token[0] = this.lex.nextItem()
    return this.token[this.peekCount]
  }

  backup(): void {
    this.peekCount++
  }

  backup2(t1: Item): void {
    this.token[1] = t1
    this.peekCount = 2
  }

  backup3(t2: Item, t1: Item): void {
    this.token[1] = t1
    this.token[2] = t2
    this.peekCount = 3
  }

  peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]
    this.peekCount = 1
    this.token[0] = this.lex.nextItem()
    return this.token[0]
  }

  nextNonSpace(): Item {
    let token: Item
    for (;;) {
      token = this.next()
      if (token.typ !== T.Space) break
    }
    return token
  }

  peekNonSpace(): Item {
    const token = this.nextNonSpace()
    this.backup()
    return token
  }

  errorf(msg: string): never {
    const line = this.token[0] ? this.token[0].line : 1
    throw new ParseFailure(
      `template: ${this.tree.parseName}:${line}: ${msg}`,
      this.tree.parseName,
      line,
    )
  }

  expect(expected: T, context: string): Item {
    const token = this.nextNonSpace()
    if (token.typ !== expected) this.unexpected(token, context)
    return token
  }

  expectOneOf(e1: T, e2: T, context: string): Item {
    const token = this.nextNonSpace()
    if (token.typ !== e1 && token.typ !== e2) this.unexpected(token, context)
    return token
  }

  unexpected(token: Item, context: string): never {
    if (token.typ === T.Error) {
      let extra = ''
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.tree.parseName}:${this.actionLine}`
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length)
      }
      this.errorf(`${itemString(token)}${extra}`)
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`)
  }

  hasFunction(name: string): boolean {
    return this.ctx.opts.hasFunction(name)
  }

  /** Tree.add: registers this tree in the parse's set, with Go's redefinition rule. */
  add(): void {
    const existing = this.ctx.treeSet.get(this.tree.name)
    if (existing === undefined || isEmptyTree(existing.root)) {
      this.ctx.treeSet.set(this.tree.name, this.tree)
      return
    }
    if (!isEmptyTree(this.tree.root)) {
      this.errorf(`template: multiple definition of template ${quote(this.tree.name)}`)
    }
  }

  newList(pos: number): ListNode {
    return { type: NT.List, pos, tree: this.tree, nodes: [] }
  }

  parse(): void {
    this.tree.root = this.newList(this.peek().pos)
    const mark = this.ctx.nodes.length
    while (this.peek().typ !== T.EOF) {
      if (this.peek().typ === T.LeftDelim) {
        const delim = this.next()
        if (this.nextNonSpace().typ === T.Define) {
          const newT: Tree = {
            name: 'definition',
            parseName: this.tree.parseName,
            root: this.newList(0),
            text: this.tree.text,
            source: this.tree.source,
            leftDelim: this.tree.leftDelim,
            rightDelim: this.tree.rightDelim,
          }
          const p = new TreeParser(newT, this.ctx)
          p.parseDefinition()
          continue
        }
        this.backup2(delim)
      }
      const n = this.textOrAction()
      if (n.type === NT.End || n.type === NT.Else) this.errorf(`unexpected ${nodeString(n)}`)
      this.ctx.nodes.push(n)
    }
    this.tree.root.nodes = takeNodes(this.ctx, mark)
  }

  parseDefinition(): void {
    const context = 'define clause'
    const name = this.expectOneOf(T.String, T.RawString, context)
    try {
      this.tree.name = unquote(name.val)
    } catch (e) {
      this.errorf((e as Error).message)
    }
    this.expect(T.RightDelim, context)
    const [list, end] = this.itemList()
    this.tree.root = list
    if (end.type !== NT.End) this.errorf(`unexpected ${nodeString(end)} in ${context}`)
    this.add()
  }

  itemList(): [ListNode, Node] {
    const list = this.newList(this.peekNonSpace().pos)
    const mark = this.ctx.nodes.length
    while (this.peekNonSpace().typ !== T.EOF) {
      const n = this.textOrAction()
      if (n.type === NT.End || n.type === NT.Else) {
        list.nodes = takeNodes(this.ctx, mark)
        return [list, n]
      }
      this.ctx.nodes.push(n)
    }
    this.errorf('unexpected EOF')
  }

  textOrAction(): Node {
    const token = this.nextNonSpace()
    switch (token.typ) {
      case T.Text:
        return { type: NT.Text, pos: token.pos, tree: this.tree, text: token.val, npos: undefined }
      case T.LeftDelim: {
        this.actionLine = token.line
        this.actionStart = token.pos
        try {
          return this.action()
        } finally {
          this.actionLine = 0
        }
      }
      case T.Comment:
        return { type: NT.Comment, pos: token.pos, tree: this.tree, text: token.val }
      default:
        this.unexpected(token, 'input')
    }
  }

  action(): Node {
    const token = this.nextNonSpace()
    switch (token.typ) {
      case T.Block:
        return this.blockControl()
      case T.Break:
        return this.breakControl(token.pos, token.line)
      case T.Continue:
        return this.continueControl(token.pos, token.line)
      case T.Else:
        return this.elseControl()
      case T.End:
        return this.endControl()
      case T.If:
        return this.branchControl('if', NT.If)
      case T.Range:
        return this.branchControl('range', NT.Range)
      case T.Template:
        return this.templateControl()
      case T.With:
        return this.branchControl('with', NT.With)
    }
    this.backup()
    const tok = this.peek()
    const start = this.actionStart
    const pipe = this.pipeline('command', T.RightDelim)
    const node: ActionNode = {
      type: NT.Action,
      pos: tok.pos,
      tree: this.tree,
      line: tok.line,
      pipe,
      start,
      end: this.lastDelimEnd,
      npos: undefined,
    }
    return node
  }

  /** End offset of the last right delimiter consumed by pipeline(). */
  lastDelimEnd = 0

  breakControl(pos: number, line: number): BreakNode {
    const token = this.nextNonSpace()
    if (token.typ !== T.RightDelim) this.unexpected(token, '{{break}}')
    if (this.rangeDepth === 0) this.errorf('{{break}} outside {{range}}')
    return { type: NT.Break, pos, tree: this.tree, line }
  }

  continueControl(pos: number, line: number): ContinueNode {
    const token = this.nextNonSpace()
    if (token.typ !== T.RightDelim) this.unexpected(token, '{{continue}}')
    if (this.rangeDepth === 0) this.errorf('{{continue}} outside {{range}}')
    return { type: NT.Continue, pos, tree: this.tree, line }
  }

  pipeline(context: string, end: T): PipeNode {
    const token = this.peekNonSpace()
    const pipe: PipeNode = {
      type: NT.Pipe,
      pos: token.pos,
      tree: this.tree,
      line: token.line,
      isAssign: false,
      decl: NO_DECLS,
      cmds: NO_CMDS,
    }
    const mark = this.ctx.nodes.length
    decls: for (;;) {
      const v = this.peekNonSpace()
      if (v.typ === T.Variable) {
        this.next()
        const tokenAfterVariable = this.peek()
        const next = this.peekNonSpace()
        if (next.typ === T.Assign || next.typ === T.Declare) {
          pipe.isAssign = next.typ === T.Assign
          this.nextNonSpace()
          pipe.decl = [...pipe.decl, this.newVariable(v.pos, v.val)]
          this.vars.push(v.val)
        } else if (next.typ === T.Char && next.val === ',') {
          this.nextNonSpace()
          pipe.decl = [...pipe.decl, this.newVariable(v.pos, v.val)]
          this.vars.push(v.val)
          if (context === 'range' && pipe.decl.length < 2) {
            const t = this.peekNonSpace().typ
            if (t === T.Variable || t === T.RightDelim || t === T.RightParen) continue decls
            this.errorf('range can only initialize variables')
          }
          this.errorf(`too many declarations in ${context}`)
        } else if (tokenAfterVariable.typ === T.Space) {
          this.backup3(v, tokenAfterVariable)
        } else {
          this.backup2(v)
        }
      }
      break
    }
    for (;;) {
      const token = this.nextNonSpace()
      switch (token.typ) {
        case end:
          pipe.cmds = takeNodes(this.ctx, mark)
          this.checkPipeline(pipe, context)
          if (end === T.RightDelim) this.lastDelimEnd = token.pos + token.val.length
          return pipe
        case T.Bool:
        case T.CharConstant:
        case T.Complex:
        case T.Dot:
        case T.Field:
        case T.Identifier:
        case T.Number:
        case T.Nil:
        case T.RawString:
        case T.String:
        case T.Variable:
        case T.LeftParen:
          this.backup()
          this.ctx.nodes.push(this.command())
          break
        default:
          this.unexpected(token, context)
      }
    }
  }

  checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`)
    for (let i = 1; i < pipe.cmds.length; i++) {
      switch (pipe.cmds[i].args[0].type) {
        case NT.Bool:
        case NT.Dot:
        case NT.Nil:
        case NT.Number:
        case NT.String:
          this.errorf(`non executable command in pipeline stage ${i + 1}`)
      }
    }
  }

  branchControl(
    context: 'if' | 'range' | 'with',
    type: NT.If | NT.Range | NT.With,
    start = this.actionStart,
  ): Node {
    const mark = this.vars.length
    try {
      const pipe = this.pipeline(context, T.RightDelim)
      const end = this.lastDelimEnd
      if (context === 'range') this.rangeDepth++
      const [list, first] = this.itemList()
      let next = first
      if (context === 'range') this.rangeDepth--
      let elseList: ListNode | null = null
      if (next.type === NT.Else) {
        if (context === 'if' && this.peek().typ === T.If) {
          this.next()
          elseList = this.newList(next.pos)
          elseList.nodes = [this.branchControl('if', NT.If, (next as ElseNode).start)]
        } else if (context === 'with' && this.peek().typ === T.With) {
          this.next()
          elseList = this.newList(next.pos)
          elseList.nodes = [this.branchControl('with', NT.With, (next as ElseNode).start)]
        } else {
          ;[elseList, next] = this.itemList()
          if (next.type !== NT.End) this.errorf(`expected end; found ${nodeString(next)}`)
        }
      }
      const node = {
        type,
        pos: pipe.pos,
        tree: this.tree,
        line: pipe.line,
        pipe,
        list,
        elseList,
        start,
        end,
        npos: undefined,
      }
      return node as IfNode | RangeNode | WithNode
    } finally {
      this.vars.length = mark
    }
  }

  endControl(): EndNode {
    return { type: NT.End, pos: this.expect(T.RightDelim, 'end').pos, tree: this.tree }
  }

  elseControl(): ElseNode {
    const peek = this.peekNonSpace()
    const start = this.actionStart
    if (peek.typ === T.If || peek.typ === T.With) {
      return { type: NT.Else, pos: peek.pos, tree: this.tree, line: peek.line, start }
    }
    const token = this.expect(T.RightDelim, 'else')
    return { type: NT.Else, pos: token.pos, tree: this.tree, line: token.line, start }
  }

  blockControl(): TemplateNode {
    const context = 'block clause'
    const start = this.actionStart
    const token = this.nextNonSpace()
    const name = this.parseTemplateName(token, context)
    const pipe = this.pipeline(context, T.RightDelim)
    const end = this.lastDelimEnd
    const block: Tree = {
      name,
      parseName: this.tree.parseName,
      root: this.newList(0),
      text: this.tree.text,
      source: this.tree.source,
      leftDelim: this.tree.leftDelim,
      rightDelim: this.tree.rightDelim,
    }
    const p = new TreeParser(block, this.ctx)
    const [list, endNode] = p.itemList()
    block.root = list
    if (endNode.type !== NT.End) this.errorf(`unexpected ${nodeString(endNode)} in ${context}`)
    p.add()
    return {
      type: NT.Template,
      pos: token.pos,
      tree: this.tree,
      line: token.line,
      name,
      pipe,
      start,
      end,
      npos: undefined,
    }
  }

  templateControl(): TemplateNode {
    const context = 'template clause'
    const start = this.actionStart
    const token = this.nextNonSpace()
    const name = this.parseTemplateName(token, context)
    let pipe: PipeNode | null = null
    const next = this.nextNonSpace()
    if (next.typ !== T.RightDelim) {
      this.backup()
      pipe = this.pipeline(context, T.RightDelim)
    } else {
      this.lastDelimEnd = next.pos + next.val.length
    }
    const end = this.lastDelimEnd
    return {
      type: NT.Template,
      pos: token.pos,
      tree: this.tree,
      line: token.line,
      name,
      pipe,
      start,
      end,
      npos: undefined,
    }
  }

  parseTemplateName(token: Item, context: string): string {
    if (token.typ === T.String || token.typ === T.RawString) {
      try {
        return unquote(token.val)
      } catch (e) {
        this.errorf((e as Error).message)
      }
    }
    this.unexpected(token, context)
  }

  command(): CommandNode {
    const cmd: CommandNode = {
      type: NT.Command,
      pos: this.peekNonSpace().pos,
      tree: this.tree,
      args: NO_ARGS,
    }
    const mark = this.ctx.nodes.length
    for (;;) {
      this.peekNonSpace()
      const operand = this.operand()
      if (operand !== null) this.ctx.nodes.push(operand)
      const token = this.next()
      switch (token.typ) {
        case T.Space:
          continue
        case T.RightDelim:
        case T.RightParen:
          this.backup()
          break
        case T.Pipe:
          break
        default:
          this.unexpected(token, 'operand')
      }
      break
    }
    cmd.args = takeNodes(this.ctx, mark)
    if (cmd.args.length === 0) this.errorf('empty command')
    return cmd
  }

  operand(): Node | null {
    let node = this.term()
    if (node === null) return null
    if (this.peek().typ === T.Field) {
      const pos = this.peek().pos
      if (node.type === NT.Field || node.type === NT.Variable) {
        // Extend the field or variable in place (Go builds a chain and converts it back).
        node.ident = this.fieldNames(node.ident)
        node.pos = pos
        return node
      }
      const chain: ChainNode = {
        type: NT.Chain,
        pos,
        tree: this.tree,
        node,
        field: this.fieldNames(NO_NAMES),
      }
      switch (node.type) {
        case NT.Bool:
        case NT.String:
        case NT.Number:
        case NT.Nil:
        case NT.Dot:
          this.errorf(`unexpected . after term ${quote(nodeString(node))}`)
          break
        default:
          node = chain
      }
    }
    return node
  }

  /** `head` followed by the names of the field tokens that come next. */
  fieldNames(head: string[]): string[] {
    const names = this.ctx.names
    names.length = 0
    for (const n of head) names.push(n)
    while (this.peek().typ === T.Field) names.push(this.next().val.slice(1))
    return names.slice()
  }

  term(): Node | null {
    const token = this.nextNonSpace()
    switch (token.typ) {
      case T.Identifier:
        if (!this.hasFunction(token.val)) this.errorf(`function ${quote(token.val)} not defined`)
        return { type: NT.Identifier, pos: token.pos, tree: this.tree, ident: token.val }
      case T.Dot:
        return { type: NT.Dot, pos: token.pos, tree: this.tree }
      case T.Nil:
        return { type: NT.Nil, pos: token.pos, tree: this.tree }
      case T.Variable:
        return this.useVar(token.pos, token.val)
      case T.Field:
        return {
          type: NT.Field,
          pos: token.pos,
          tree: this.tree,
          ident: [token.val.slice(1)],
        }
      case T.Bool:
        return { type: NT.Bool, pos: token.pos, tree: this.tree, value: token.val === 'true' }
      case T.CharConstant:
      case T.Complex:
      case T.Number:
        return this.newNumber(token.pos, token.val, token.typ)
      case T.LeftParen: {
        if (this.stackDepth >= MAX_STACK_DEPTH) this.errorf('max expression depth exceeded')
        this.stackDepth++
        try {
          return this.pipeline('parenthesized pipeline', T.RightParen)
        } finally {
          this.stackDepth--
        }
      }
      case T.String:
      case T.RawString: {
        let s: string
        try {
          s = unquote(token.val)
        } catch (e) {
          this.errorf((e as Error).message)
        }
        return { type: NT.String, pos: token.pos, tree: this.tree, quoted: token.val, text: s }
      }
    }
    this.backup()
    return null
  }

  newVariable(pos: number, ident: string): VariableNode {
    return {
      type: NT.Variable,
      pos,
      tree: this.tree,
      ident: ident.indexOf('.') < 0 ? [ident] : ident.split('.'),
    }
  }

  useVar(pos: number, name: string): VariableNode {
    const v = this.newVariable(pos, name)
    if (this.vars.includes(v.ident[0])) return v
    this.errorf(`undefined variable ${quote(v.ident[0])}`)
  }

  newNumber(pos: number, text: string, typ: T): NumberNode {
    const n: NumberNode = {
      type: NT.Number,
      pos,
      tree: this.tree,
      isInt: false,
      isUint: false,
      isFloat: false,
      isComplex: false,
      int: 0n,
      uint: 0n,
      float: 0,
      text,
    }
    try {
      return fillNumber(n, text, typ)
    } catch (e) {
      if (e instanceof LiteralError) this.errorf(e.message)
      throw e
    }
  }
}

function setFromFloat(n: NumberNode, f: number): void {
  n.isFloat = true
  n.float = f
  if (Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63) {
    n.isInt = true
    n.int = BigInt(f)
  }
  if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) {
    n.isUint = true
    n.uint = BigInt(f)
  }
}

function fillNumber(n: NumberNode, text: string, typ: T): NumberNode {
  if (typ === T.CharConstant) {
    const [r, , next] = unquoteChar(text, 1, 39)
    if (text.slice(next) !== "'") throw new LiteralError(`malformed character constant: ${text}`)
    n.isInt = n.isUint = n.isFloat = true
    n.int = n.uint = BigInt(r)
    n.float = r
    return n
  }
  if (typ === T.Complex) {
    // "1+2i": Go reads it with fmt.Sscan; real and imaginary parts are plain floats.
    const m = /^([+-]?[^+-]+(?:[eEpP][+-][0-9_]+)?)([+-].*)i$/.exec(text)
    const re = m ? parseFloat64(m[1]) : undefined
    const im = m ? parseFloat64(m[2]) : undefined
    if (re === undefined || im === undefined) throw new LiteralError(`expected integer`)
    return simplifyComplex(n, re, im)
  }
  if (text.length > 0 && text[text.length - 1] === 'i') {
    const f = parseFloat64(text.slice(0, -1))
    if (f !== undefined) return simplifyComplex(n, 0, f)
  }
  if (text.length <= 15 && /^-?[1-9][0-9]*$|^0$/.test(text)) {
    // Plain decimal integers (the common case) need no general parsing.
    const v = Number(text)
    n.isInt = n.isFloat = true
    n.int = BigInt(v)
    n.float = v
    if (v >= 0) {
      n.isUint = true
      n.uint = n.int
    }
    return n
  }
  const u = parseUint(text)
  if (u !== undefined) {
    n.isUint = true
    n.uint = u
  }
  const i = parseInt64(text)
  if (i !== undefined) {
    n.isInt = true
    n.int = i
    if (i === 0n) {
      n.isUint = true
      n.uint = u ?? 0n
    }
  }
  if (n.isInt) {
    n.isFloat = true
    n.float = Number(n.int)
  } else if (n.isUint) {
    n.isFloat = true
    n.float = Number(n.uint)
  } else {
    const f = parseFloat64(text)
    if (f !== undefined) {
      if (!/[.eEpP]/.test(text)) throw new LiteralError(`integer overflow: ${quote(text)}`)
      n.isFloat = true
      n.float = f
      if (Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63) {
        n.isInt = true
        n.int = BigInt(f)
      }
      if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) {
        n.isUint = true
        n.uint = BigInt(f)
      }
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) {
    throw new LiteralError(`illegal number syntax: ${quote(text)}`)
  }
  return n
}

function simplifyComplex(n: NumberNode, re: number, im: number): NumberNode {
  n.isComplex = true
  n.complex = [re, im]
  if (im === 0) setFromFloat(n, re)
  return n
}

/**
 * parse.Parse: parses one source text into the templates it defines. The main template is
 * named `name`; every `define` and `block` adds another.
 */
export function parseTemplates(name: string, text: string, opts: ParseOptions): Map<string, Tree> {
  const leftDelim = opts.leftDelim || '{{'
  const rightDelim = opts.rightDelim || '}}'
  const lex = new Lexer(name, text, leftDelim, rightDelim)
  lex.breakOK = !opts.hasFunction('break')
  lex.continueOK = !opts.hasFunction('continue')
  lex.emitComment = opts.parseComments === true
  const ctx: ParseContext = { lex, treeSet: new Map(), opts, nodes: [], names: [] }
  const tree: Tree = {
    name,
    parseName: name,
    root: { type: NT.List, pos: 0, tree: null!, nodes: [] },
    text,
    source: {},
    leftDelim,
    rightDelim,
    main: true,
  }
  tree.root.tree = tree
  const p = new TreeParser(tree, ctx)
  try {
    p.parse()
  } catch (e) {
    if (!(e instanceof RangeError) || !/call stack/i.test(e.message)) throw e
    // Go's stack grows to a gigabyte; this one ends after a few thousand levels.
    throw new ParseFailure(
      `template: ${name}:${lex.line}: nested too deeply for kube-whoami's parser (helm reads up to ${MAX_STACK_DEPTH} levels of parentheses, and if/range/with blocks as deep as its memory allows)`,
      name,
      lex.line,
    )
  }
  p.add()
  return ctx.treeSet
}
