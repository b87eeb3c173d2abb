/**
 * Parse tree nodes of text/template, with Go's String() forms (they appear verbatim in
 * execution errors: `executing "x" at <.Values.a>`).
 */
import { quote } from './strconv.js'

export const enum NT {
  Text,
  Action,
  Bool,
  Chain,
  Command,
  Dot,
  Else,
  End,
  Field,
  Identifier,
  If,
  List,
  Nil,
  Number,
  Pipe,
  Range,
  String,
  Template,
  Variable,
  With,
  Comment,
  Break,
  Continue,
}

/** The parsed source of one template file (shared by the templates it defines). */
export interface Tree {
  /** Name of the template this tree defines. */
  name: string
  /** Name of the top-level template during parsing (the file), for error messages. */
  parseName: string
  root: ListNode
  text: string
  leftDelim: string
  rightDelim: string
  /** Shared by every tree parsed from the same text: line starts, computed on first use. */
  source: { lineStarts?: number[] }
  /** The tree of the text's top level (not a `define` or `block`). */
  main?: boolean
}

interface Base {
  pos: number
  tree: Tree
}

export interface ListNode extends Base {
  type: NT.List
  nodes: Node[]
}
export interface TextNode extends Base {
  type: NT.Text
  text: string
  /** Cached source position for hooks. */
  npos: unknown
}
export interface CommentNode extends Base {
  type: NT.Comment
  text: string
}
/**
 * Nodes that stand for a whole action carry the extent of its delimiters in the source,
 * `{{` through `}}` (UTF-16 offsets, end exclusive).
 */
export interface Span {
  start: number
  end: number
}
export interface ActionNode extends Base, Span {
  type: NT.Action
  line: number
  pipe: PipeNode
  /** Cached source position for hooks. */
  npos: unknown
}
export interface PipeNode extends Base {
  type: NT.Pipe
  line: number
  isAssign: boolean
  decl: VariableNode[]
  cmds: CommandNode[]
}
export interface CommandNode extends Base {
  type: NT.Command
  args: Node[]
}
export interface IdentifierNode extends Base {
  type: NT.Identifier
  ident: string
}
export interface VariableNode extends Base {
  type: NT.Variable
  ident: string[]
}
export interface DotNode extends Base {
  type: NT.Dot
}
export interface NilNode extends Base {
  type: NT.Nil
}
export interface FieldNode extends Base {
  type: NT.Field
  ident: string[]
}
export interface ChainNode extends Base {
  type: NT.Chain
  node: Node
  field: string[]
}
export interface BoolNode extends Base {
  type: NT.Bool
  value: boolean
}
export interface NumberNode extends Base {
  type: NT.Number
  isInt: boolean
  isUint: boolean
  isFloat: boolean
  isComplex: boolean
  int: bigint
  uint: bigint
  float: number
  /** Real and imaginary parts when isComplex. */
  complex?: [number, number]
  text: string
}
export interface StringNode extends Base {
  type: NT.String
  quoted: string
  text: string
}
export interface BranchNode extends Base, Span {
  line: number
  pipe: PipeNode
  list: ListNode
  elseList: ListNode | null
  /** Cached source position for hooks. */
  npos: unknown
}
export interface IfNode extends BranchNode {
  type: NT.If
}
export interface RangeNode extends BranchNode {
  type: NT.Range
}
export interface WithNode extends BranchNode {
  type: NT.With
}
export interface BreakNode extends Base {
  type: NT.Break
  line: number
}
export interface ContinueNode extends Base {
  type: NT.Continue
  line: number
}
export interface TemplateNode extends Base, Span {
  type: NT.Template
  line: number
  name: string
  pipe: PipeNode | null
  /** Cached source position for hooks. */
  npos: unknown
}
export interface EndNode extends Base {
  type: NT.End
}
export interface ElseNode extends Base {
  type: NT.Else
  line: number
  /** Offset of the else action's left delimiter (an `else if` branch starts there). */
  start: number
}

export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | ActionNode
  | PipeNode
  | CommandNode
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | IfNode
  | RangeNode
  | WithNode
  | BreakNode
  | ContinueNode
  | TemplateNode
  | EndNode
  | ElseNode

/** Go's Node.String(). */
export function nodeString(n: Node): string {
  const t = n.tree
  switch (n.type) {
    case NT.List:
      return n.nodes.map(nodeString).join('')
    case NT.Text:
      return n.text
    case NT.Comment:
      return t.leftDelim + n.text + t.rightDelim
    case NT.Action:
      return t.leftDelim + nodeString(n.pipe) + t.rightDelim
    case NT.Pipe: {
      let s = ''
      if (n.decl.length > 0) {
        s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ')
      }
      return s + n.cmds.map(nodeString).join(' | ')
    }
    case NT.Command:
      return n.args
        .map((a) => (a.type === NT.Pipe ? '(' + nodeString(a) + ')' : nodeString(a)))
        .join(' ')
    case NT.Identifier:
      return n.ident
    case NT.Variable:
      return n.ident.join('.')
    case NT.Dot:
      return '.'
    case NT.Nil:
      return 'nil'
    case NT.Field:
      return '.' + n.ident.join('.')
    case NT.Chain: {
      const base = n.node.type === NT.Pipe ? '(' + nodeString(n.node) + ')' : nodeString(n.node)
      return base + '.' + n.field.join('.')
    }
    case NT.Bool:
      return n.value ? 'true' : 'false'
    case NT.Number:
      return n.text
    case NT.String:
      return n.quoted
    case NT.If:
    case NT.Range:
    case NT.With: {
      const name = n.type === NT.If ? 'if' : n.type === NT.Range ? 'range' : 'with'
      let s = t.leftDelim + name + ' ' + nodeString(n.pipe) + t.rightDelim + nodeString(n.list)
      if (n.elseList) s += t.leftDelim + 'else' + t.rightDelim + nodeString(n.elseList)
      return s + t.leftDelim + 'end' + t.rightDelim
    }
    case NT.Break:
      return t.leftDelim + 'break' + t.rightDelim
    case NT.Continue:
      return t.leftDelim + 'continue' + t.rightDelim
    case NT.Template:
      return (
        t.leftDelim +
        'template ' +
        quote(n.name) +
        (n.pipe ? ' ' + nodeString(n.pipe) : '') +
        t.rightDelim
      )
    case NT.End:
      return t.leftDelim + 'end' + t.rightDelim
    case NT.Else:
      return t.leftDelim + 'else' + t.rightDelim
  }
}

// unicode.IsSpace, which bytes.TrimSpace uses (JavaScript's \s also matches U+FEFF).
const goSpaceOnly = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/

/** parse.IsEmptyTree: only whitespace text and comments. */
export function isEmptyTree(n: Node | null): boolean {
  if (n === null) return true
  switch (n.type) {
    case NT.Comment:
      return true
    case NT.List:
      return n.nodes.every(isEmptyTree)
    case NT.Text:
      return goSpaceOnly.test(n.text)
    default:
      return false
  }
}
