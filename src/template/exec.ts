/**
 * The text/template executor: walks parse trees over Go values with Go's semantics
 * (exec.go), including where errors point (`s.at(node)` is mirrored call for call, since
 * Go names the last node it visited, e.g. `at <2>` for a bad argument two levels down).
 *
 * Values inside the executor are GoValue | undefined: `undefined` is Go's invalid
 * reflect.Value ("no value": a missing key under missingkey=default, a nil pipeline
 * result), `null` a nil interface (a map entry holding nil, missingkey=zero). The
 * difference shows in output (`<no value>`) and in error messages, as in Go.
 */
import { GoInt, GoStruct, GoTime, isGoMap, namedTypeOf } from './value.js'
import type { GoIntKind, GoMap, GoValue } from './value.js'
import { formatValue } from './fmt.js'
import { elemType, goTypeName, mapType, sliceType } from './gotypes.js'
import { quote, utf8Length } from './strconv.js'
import { sortedMapKeys } from './sort.js'
import { NT, nodeString } from './nodes.js'
import type {
  ActionNode,
  ChainNode,
  CommandNode,
  FieldNode,
  IdentifierNode,
  IfNode,
  Node,
  NumberNode,
  PipeNode,
  RangeNode,
  Span,
  TemplateNode,
  Tree,
  VariableNode,
  WithNode,
} from './nodes.js'
import { TemplateError } from './errors.js'
import { BudgetExceeded, checkSize, work } from '../core/budget.js'
import { builtins, mapZero, truth } from './builtins.js'
import type { V } from './builtins.js'
import { funcOf, signatureOf } from './functions.js'
import type { FuncMap, FuncSignature, TemplateFunc } from './functions.js'

/** A source position: 1-based lines and columns in UTF-16 units; the end is exclusive. */
export interface NodePos {
  /** The name the source was parsed under (for Helm, the template file). */
  template: string
  line: number
  col: number
  endLine: number
  endCol: number
}

export interface ExecHooks {
  /** A value taken from a map, array or struct by a field chain, index or range. */
  onRead?(container: object, key: string | number, value: GoValue, at: NodePos): void
  /** A write to the output of this execute call, [outStart, outEnd) in UTF-16 units. */
  onEmit?(outStart: number, outEnd: number, at: NodePos, kind: 'text' | 'action'): void
  /** The length of each write, before onEmit (for callers that only count, no positions). */
  onWrite?(length: number): void
}

export type MissingKey = 'default' | 'invalid' | 'zero' | 'error'

/** What the executor needs from the template set. */
export interface ExecEnv {
  lookup(name: string): Tree | undefined
  funcs: FuncMap
  missingKey: MissingKey
  maxDepth: number
}

const MISSING: unique symbol = Symbol('missing')
type Final = V | typeof MISSING

const enum Flow {
  Normal,
  Break,
  Continue,
}

interface Variable {
  name: string
  value: V
  /** The value came out of an interface{} container (its static type is interface {}). */
  wrapped: boolean
}

const hasOwn = Object.prototype.hasOwnProperty
const NO_ARGS: Node[] = []
const INTERFACE = 'interface {}'
const RVALUE = 'reflect.Value'

function lineStarts(tree: Tree): number[] {
  const cached = tree.source.lineStarts
  if (cached) return cached
  const starts = [0]
  const text = tree.text
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  tree.source.lineStarts = starts
  return starts
}

function lineOf(starts: number[], pos: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The NodePos of an action (its delimiters) or a text node (its text) in the source parsed
 * as `template`, cached per node (a node's tree can be shared by sources of the same text).
 */
export function nodePos(node: Node, template: string): NodePos {
  const cached = (node as { npos?: NodePos }).npos
  if (cached !== undefined && cached.template === template) return cached
  const tree = node.tree
  let start: number
  let end: number
  if (node.type === NT.Text) {
    start = node.pos
    end = node.pos + node.text.length
  } else if ('start' in node) {
    start = (node as Span).start
    end = (node as Span).end
  } else {
    start = end = node.pos
  }
  const starts = lineStarts(tree)
  const l1 = lineOf(starts, start)
  const l2 = lineOf(starts, end)
  const p: NodePos = {
    template,
    line: l1 + 1,
    col: start - starts[l1] + 1,
    endLine: l2 + 1,
    endCol: end - starts[l2] + 1,
  }
  if ('npos' in node) (node as { npos?: NodePos }).npos = p
  return p
}

/** Go's ErrorContext: "NAME:LINE:COL" with COL the byte offset in the line. */
function errorLocation(n: Node, source: string): { source: string; line: number; col: number } {
  const tree = n.tree
  const text = tree.text
  const pos = n.pos
  const nl = pos === 0 ? -1 : text.lastIndexOf('\n', pos - 1)
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++
  const lineStart = nl < 0 ? 0 : nl + 1
  const col = utf8Length(text.slice(lineStart, pos))
  return { source, line, col }
}

function isNilable(typ: string): boolean {
  return (
    typ === INTERFACE ||
    typ === RVALUE ||
    typ.startsWith('[]') ||
    typ.startsWith('map[') ||
    typ.startsWith('*') ||
    typ.startsWith('func') ||
    typ.startsWith('chan ')
  )
}

function isIntType(typ: string): boolean {
  return typ === 'int' || typ === 'int64' || typ === 'int32' || typ === 'int16' || typ === 'int8'
}

function isUintType(typ: string): boolean {
  return (
    typ === 'uint' ||
    typ === 'uint64' ||
    typ === 'uint32' ||
    typ === 'uint16' ||
    typ === 'uint8' ||
    typ === 'uintptr' ||
    typ === 'byte'
  )
}

/** Go's kind name for an integer type name (byte is uint8). */
function intKind(typ: string): GoIntKind {
  return (typ === 'byte' ? 'uint8' : typ) as GoIntKind
}

/** Whether a non-nil value can be passed where Go type `typ` is expected (AssignableTo). */
function assignable(v: GoValue, typ: string): boolean {
  switch (typ) {
    case INTERFACE:
    case RVALUE:
      return true
    case 'string':
      return typeof v === 'string'
    case 'bool':
      return typeof v === 'boolean'
    case 'int':
      return typeof v === 'bigint'
    case 'float64':
    case 'float32':
      return typeof v === 'number'
    case '[]uint8':
    case '[]byte':
      return v instanceof Uint8Array
    case 'time.Time':
      return v instanceof GoTime
  }
  if (isIntType(typ) || isUintType(typ)) return v instanceof GoInt && v.kind === intKind(typ)
  if (typ.startsWith('[]')) return Array.isArray(v) && sliceType(v) === typ
  if (typ.startsWith('map[')) return isGoMap(v) && mapType(v) === typ
  if (typ.startsWith('func')) return typeof v === 'function'
  if (v instanceof GoStruct) return v.typeName === typ
  const named = typeof v === 'object' && v !== null ? namedTypeOf(v) : undefined
  return named !== undefined && named.typeName === typ
}

function intBits(typ: string): number {
  const m = /\d+$/.exec(typ)
  return m ? Number(m[0]) : typ === 'byte' ? 8 : 64
}

function isHexInt(s: string): boolean {
  return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s)
}

/** Thrown to unwind an execution; converted to TemplateError by the caller. */
class ExecFailure {
  constructor(readonly error: TemplateError) {}
}

export class Executor {
  out: string[] = []
  outLen = 0
  vars: Variable[] = []
  node: Node | null = null
  tmplName: string
  /** Name the running tree was parsed under (its file): errors and positions use it. */
  parseName = ''
  depth = 0
  dotWrapped = false
  /** The action, branch or template node being executed (for hook positions). */
  action: ActionNode | IfNode | RangeNode | WithNode | TemplateNode | null = null

  constructor(
    readonly env: ExecEnv,
    name: string,
    readonly hooks: ExecHooks | undefined,
  ) {
    this.tmplName = name
  }

  // ---- errors -----------------------------------------------------------------------

  errorf(msg: string): never {
    const name = this.tmplName
    const n = this.node
    if (n === null) {
      throw new ExecFailure(
        new TemplateError(`template: ${name}: ${msg}`, 'exec', name, undefined, 0, 0),
      )
    }
    const loc = errorLocation(n, this.parseName)
    const message = `template: ${loc.source}:${loc.line}:${loc.col}: executing ${quote(name)} at <${nodeString(n)}>: ${msg}`
    throw new ExecFailure(new TemplateError(message, 'exec', name, loc.source, loc.line, loc.col))
  }

  // ---- output -----------------------------------------------------------------------

  write(s: string, kind: 'text' | 'action', node: Node): void {
    if (s.length === 0) return
    this.out.push(s)
    const start = this.outLen
    this.outLen += s.length
    const h = this.hooks
    if (h !== undefined) {
      if (h.onWrite !== undefined) h.onWrite(s.length)
      if (h.onEmit !== undefined) h.onEmit(start, this.outLen, nodePos(node, this.parseName), kind)
    }
  }

  private boundRead: ((c: object, k: string | number, v: GoValue) => void) | undefined

  /** The read hook for builtins (index), bound once per execution. */
  readHook(): ((c: object, k: string | number, v: GoValue) => void) | undefined {
    if (this.hooks === undefined || this.hooks.onRead === undefined) return undefined
    this.boundRead ??= (c, k, v) => this.read(c, k, v)
    return this.boundRead
  }

  read(container: object, key: string | number, value: GoValue): void {
    const h = this.hooks
    if (h === undefined || h.onRead === undefined) return
    const a = this.action
    if (a === null) return
    h.onRead(container, key, value, nodePos(a, this.parseName))
  }

  // ---- variables --------------------------------------------------------------------

  push(name: string, value: V, wrapped = false): void {
    this.vars.push({ name, value, wrapped })
  }

  setVar(name: string, value: V): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value
        this.vars[i].wrapped = false
        return
      }
    }
    this.errorf(`undefined variable: ${name}`)
  }

  setTopVar(n: number, value: V, wrapped: boolean): void {
    const v = this.vars[this.vars.length - n]
    v.value = value
    v.wrapped = wrapped
  }

  findVar(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) return this.vars[i]
    }
    this.errorf(`undefined variable: ${name}`)
  }

  // ---- walking ----------------------------------------------------------------------

  run(tree: Tree, data: GoValue): string {
    this.vars = [{ name: '$', value: data, wrapped: false }]
    this.parseName = tree.parseName
    try {
      this.walk(data, tree.root)
    } catch (e) {
      if (e instanceof ExecFailure) throw e.error
      throw e
    }
    return this.out.join('')
  }

  walk(dot: V, node: Node): Flow {
    this.node = node
    work()
    switch (node.type) {
      case NT.Action: {
        const saved = this.action
        this.action = node
        const val = this.evalPipeline(dot, node.pipe)
        if (node.pipe.decl.length === 0) this.printValue(node, val)
        this.action = saved
        return Flow.Normal
      }
      case NT.Text:
        this.write(node.text, 'text', node)
        return Flow.Normal
      case NT.List: {
        const nodes = node.nodes
        for (let i = 0; i < nodes.length; i++) {
          const f = this.walk(dot, nodes[i])
          if (f !== Flow.Normal) return f
        }
        return Flow.Normal
      }
      case NT.If:
      case NT.With:
        return this.walkIfOrWith(dot, node)
      case NT.Range:
        return this.walkRange(dot, node)
      case NT.Template:
        this.walkTemplate(dot, node)
        return Flow.Normal
      case NT.Break:
        return Flow.Break
      case NT.Continue:
        return Flow.Continue
      case NT.Comment:
        return Flow.Normal
      default:
        this.errorf(`unknown node: ${nodeString(node)}`)
    }
  }

  walkIfOrWith(dot: V, node: IfNode | WithNode): Flow {
    const mark = this.vars.length
    const saved = this.action
    this.action = node
    const val = this.evalPipeline(dot, node.pipe)
    this.action = saved
    let flow = Flow.Normal
    if (truth(val)) {
      if (node.type === NT.With) {
        const savedWrapped = this.dotWrapped
        this.dotWrapped = false
        flow = this.walk(val, node.list)
        this.dotWrapped = savedWrapped
      } else {
        flow = this.walk(dot, node.list)
      }
    } else if (node.elseList !== null) {
      flow = this.walk(dot, node.elseList)
    }
    this.vars.length = mark
    return flow
  }

  walkRange(dot: V, r: RangeNode): Flow {
    this.node = r
    const mark0 = this.vars.length
    const savedAction = this.action
    this.action = r
    const val = this.evalPipeline(dot, r.pipe)
    this.action = savedAction
    const mark = this.vars.length
    const decl = r.pipe.decl
    const savedWrapped = this.dotWrapped
    let ran = false

    const one = (index: V, elem: V, elemWrapped: boolean): Flow => {
      if (decl.length > 0) {
        if (r.pipe.isAssign) {
          if (decl.length > 1) this.setVar(decl[0].ident[0], index)
          else this.setVar(decl[0].ident[0], elem)
        } else {
          this.setTopVar(1, elem, elemWrapped)
        }
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem)
        else this.setTopVar(2, index, false)
      }
      this.dotWrapped = elemWrapped
      const f = this.walk(elem, r.list)
      this.vars.length = mark
      return f
    }

    try {
      if (typeof val === 'bigint' || val instanceof GoInt) {
        if (decl.length > 1) {
          this.errorf(`can't use ${formatValue(val)} to iterate over more than one variable`)
        }
        const n = typeof val === 'bigint' ? val : val.value
        const kind = typeof val === 'bigint' ? null : val.kind
        for (let i = 0n; i < n; i++) {
          ran = true
          if (one(undefined, kind === null ? i : new GoInt(i, kind), false) === Flow.Break) break
        }
      } else if (Array.isArray(val)) {
        const elemWrapped = elemType(sliceType(val)) === INTERFACE
        for (let i = 0; i < val.length; i++) {
          ran = true
          const elem = val[i]
          if (this.hooks) this.readAt(r, val, i, elem)
          if (one(BigInt(i), elem, elemWrapped) === Flow.Break) break
        }
      } else if (val instanceof Uint8Array) {
        for (let i = 0; i < val.length; i++) {
          ran = true
          if (one(BigInt(i), new GoInt(BigInt(val[i]), 'uint8'), false) === Flow.Break) break
        }
      } else if (val === undefined || val === null) {
        // An invalid value acts like an empty map.
      } else if (isGoMap(val)) {
        const keys = sortedMapKeys(val)
        const elemWrapped = elemType(mapType(val)) === INTERFACE
        for (let i = 0; i < keys.length; i++) {
          ran = true
          const k = keys[i]
          const elem = val[k]
          if (this.hooks) this.readAt(r, val, k, elem)
          if (one(k, elem, elemWrapped) === Flow.Break) break
        }
      } else {
        this.errorf(`range can't iterate over ${formatValue(val)}`)
      }
    } finally {
      this.dotWrapped = savedWrapped
    }
    let flow = Flow.Normal
    if (!ran && r.elseList !== null) flow = this.walk(dot, r.elseList)
    this.vars.length = mark0
    return flow
  }

  readAt(node: RangeNode, container: object, key: string | number, value: GoValue): void {
    const h = this.hooks
    if (h === undefined || h.onRead === undefined) return
    h.onRead(container, key, value, nodePos(node, this.parseName))
  }

  walkTemplate(dot: V, t: TemplateNode): void {
    this.node = t
    const tree = this.env.lookup(t.name)
    if (tree === undefined) this.errorf(`template ${quote(t.name)} not defined`)
    if (this.depth >= this.env.maxDepth) {
      this.errorf(`exceeded maximum template depth (${this.env.maxDepth})`)
    }
    const saved = this.action
    this.action = t
    const newDot = this.evalPipeline(dot, t.pipe)
    this.action = saved
    const savedVars = this.vars
    const savedName = this.tmplName
    const savedParseName = this.parseName
    const savedWrapped = this.dotWrapped
    this.vars = [{ name: '$', value: newDot, wrapped: false }]
    this.tmplName = t.name
    this.parseName = tree.parseName
    this.dotWrapped = false
    this.depth++
    try {
      this.walk(newDot, tree.root)
    } catch (e) {
      if (isStackOverflow(e)) {
        // The JavaScript stack ran out before Go's depth limit would have: report Go's error.
        this.vars = savedVars
        this.tmplName = savedName
        this.parseName = savedParseName
        this.depth--
        this.node = t
        this.errorf(`exceeded maximum template depth (${this.env.maxDepth})`)
      }
      throw e
    }
    this.depth--
    this.vars = savedVars
    this.tmplName = savedName
    this.parseName = savedParseName
    this.dotWrapped = savedWrapped
  }

  // ---- pipelines and commands -------------------------------------------------------

  evalPipeline(dot: V, pipe: PipeNode | null): V {
    if (pipe === null) return undefined
    this.node = pipe
    let value: Final = MISSING
    const cmds = pipe.cmds
    for (let i = 0; i < cmds.length; i++) {
      value = this.evalCommand(dot, cmds[i], value)
      // A nil interface result becomes "no value", as reflect's Elem of a nil interface.
      if (value === null) value = undefined
    }
    const v = value as V
    const decl = pipe.decl
    for (let i = 0; i < decl.length; i++) {
      if (pipe.isAssign) this.setVar(decl[i].ident[0], v)
      else this.push(decl[i].ident[0], v)
    }
    return v
  }

  notAFunction(args: Node[] | null, final: Final): void {
    if ((args !== null && args.length > 1) || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString(args![0])}`)
    }
  }

  evalCommand(dot: V, cmd: CommandNode, final: Final): V {
    const first = cmd.args[0]
    switch (first.type) {
      case NT.Field:
        return this.evalFieldNode(dot, first, cmd.args, final)
      case NT.Chain:
        return this.evalChainNode(dot, first, cmd.args, final)
      case NT.Identifier:
        return this.evalFunction(dot, first, cmd, cmd.args, final)
      case NT.Pipe:
        this.notAFunction(cmd.args, final)
        return this.evalPipeline(dot, first)
      case NT.Variable:
        return this.evalVariableNode(dot, first, cmd.args, final)
    }
    this.node = first
    this.notAFunction(cmd.args, final)
    switch (first.type) {
      case NT.Bool:
        return first.value
      case NT.Dot:
        return dot
      case NT.Nil:
        this.errorf('nil is not a command')
        break
      case NT.Number:
        return this.idealConstant(first)
      case NT.String:
        return first.text
    }
    this.errorf(`can't evaluate command ${quote(nodeString(first))}`)
  }

  idealConstant(c: NumberNode): V {
    this.node = c
    if (c.isComplex) {
      this.errorf(`complex constant ${c.text} is not supported`)
    }
    if (c.isFloat && !isHexInt(c.text) && c.text[0] !== "'" && /[.eEpP]/.test(c.text)) {
      return c.float
    }
    if (c.isInt) return c.int
    if (c.isUint) this.errorf(`${c.text} overflows int`)
    return undefined
  }

  evalFieldNode(dot: V, field: FieldNode, args: Node[] | null, final: Final): V {
    this.node = field
    return this.evalFieldChain(dot, dot, this.dotWrapped, field, field.ident, args, final)
  }

  evalChainNode(dot: V, chain: ChainNode, args: Node[] | null, final: Final): V {
    this.node = chain
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode')
    if (chain.node.type === NT.Nil) {
      this.errorf(`indirection through explicit nil in ${nodeString(chain)}`)
    }
    const pipe = this.evalArg(dot, null, chain.node)
    return this.evalFieldChain(dot, pipe, false, chain, chain.field, args, final)
  }

  evalVariableNode(dot: V, v: VariableNode, args: Node[] | null, final: Final): V {
    this.node = v
    const variable = this.findVar(v.ident[0])
    if (v.ident.length === 1) {
      this.notAFunction(args, final)
      return variable.value
    }
    return this.evalFieldChain(
      dot,
      variable.value,
      variable.wrapped,
      v,
      v.ident.slice(1),
      args,
      final,
    )
  }

  /** Set by evalField: whether its result came out of an interface{} container. */
  lastWrapped = false

  evalFieldChain(
    dot: V,
    receiver: V,
    wrapped: boolean,
    node: Node,
    ident: string[],
    args: Node[] | null,
    final: Final,
  ): V {
    const n = ident.length
    for (let i = 0; i < n - 1; i++) {
      receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver, wrapped)
      wrapped = this.lastWrapped
    }
    return this.evalField(dot, ident[n - 1], node, args, final, receiver, wrapped)
  }

  evalField(
    dot: V,
    fieldName: string,
    node: Node,
    args: Node[] | null,
    final: Final,
    receiver: V,
    wrapped: boolean,
  ): V {
    this.lastWrapped = false
    if (receiver === undefined) {
      if (this.env.missingKey === 'error') {
        this.errorf(`nil data; no entry for key ${quote(fieldName)}`)
      }
      return undefined
    }
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${fieldName}`)
    if (receiver instanceof GoStruct) {
      const method = receiver.methods[fieldName]
      if (method !== undefined && hasOwn.call(receiver.methods, fieldName)) {
        return this.evalCall(dot, method, null, node, fieldName, args, final)
      }
    } else if (typeof receiver === 'object') {
      const named = namedTypeOf(receiver)
      if (named !== undefined && hasOwn.call(named.methods, fieldName)) {
        return this.evalCall(dot, named.methods[fieldName], null, node, fieldName, args, final)
      }
    }
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING
    if (isGoMap(receiver)) {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`)
      if (hasOwn.call(receiver, fieldName)) {
        const v = (receiver as GoMap)[fieldName]
        const result = v === undefined ? null : v
        this.lastWrapped = elemType(mapType(receiver)) === INTERFACE
        if (this.hooks) this.read(receiver, fieldName, result)
        return result
      }
      switch (this.env.missingKey) {
        case 'zero':
          return mapZero(receiver)
        case 'error':
          this.errorf(`map has no entry for key ${quote(fieldName)}`)
          break
        default:
          return undefined
      }
    }
    if (receiver instanceof GoStruct) {
      if (hasOwn.call(receiver.fields, fieldName)) {
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`)
        const v = receiver.fields[fieldName]
        const result = v === undefined ? null : v
        if (this.hooks) this.read(receiver, fieldName, result)
        return result
      }
    }
    this.errorf(
      `can't evaluate field ${fieldName} in type ${wrapped ? INTERFACE : goTypeName(receiver)}`,
    )
  }

  evalFunction(dot: V, node: IdentifierNode, cmd: Node, args: Node[] | null, final: Final): V {
    this.node = node
    const name = node.ident
    const fn = funcOf(this.env.funcs, name)
    if (fn !== undefined) {
      return this.evalCall(dot, fn, null, cmd, name, args, final)
    }
    if (hasOwn.call(builtins, name) || name === 'and' || name === 'or' || name === 'call') {
      return this.evalCall(dot, null, name, cmd, name, args, final)
    }
    this.errorf(`${quote(name)} is not a defined function`)
  }

  /**
   * Calls a function (fn) or a builtin (builtinName) with Go's argument rules: arity
   * checks, typed evaluation of each argument and the pipeline's final value last.
   */
  evalCall(
    dot: V,
    fn: TemplateFunc | null,
    builtinName: string | null,
    node: Node,
    name: string,
    allArgs: Node[] | null,
    final: Final,
  ): V {
    const args = allArgs === null || allArgs.length <= 1 ? NO_ARGS : allArgs.slice(1)
    let sig: FuncSignature
    if (builtinName !== null) {
      const b = builtins[builtinName]
      sig = b ? b.sig : { params: [RVALUE, RVALUE], variadic: true }
    } else {
      sig = signatureOf(fn!)
    }
    const params = sig.params
    const variadic = sig.variadic === true
    let numIn = args.length
    if (final !== MISSING) numIn++
    let numFixed = args.length
    if (variadic) {
      numFixed = params.length - 1
      if (numIn < numFixed) {
        this.errorf(
          `wrong number of args for ${name}: want at least ${params.length - 1} got ${args.length}`,
        )
      }
    } else if (numIn !== params.length) {
      this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`)
    }

    if (builtinName === 'and' || builtinName === 'or') {
      const isOr = builtinName === 'or'
      let v: V = undefined
      for (let i = 0; i < args.length; i++) {
        v = this.evalArg(dot, RVALUE, args[i])
        if (truth(v) === isOr) return v
      }
      if (final !== MISSING) v = this.validateType(final, RVALUE)
      return v
    }

    const argv: V[] = new Array(numIn)
    let i = 0
    for (; i < numFixed && i < args.length; i++) argv[i] = this.evalArg(dot, params[i], args[i])
    if (variadic) {
      const elem = params[params.length - 1]
      for (; i < args.length; i++) argv[i] = this.evalArg(dot, elem, args[i])
    }
    if (final !== MISSING) {
      let t = params[params.length - 1]
      if (variadic && numIn - 1 < numFixed) t = params[numIn - 1]
      argv[i] = this.validateType(final, t)
    }

    let result: V
    work()
    try {
      if (builtinName !== null) {
        if (builtinName === 'call') {
          const calleeName = args.length === 0 ? formatValue(final as GoValue) : nodeString(args[0])
          result = this.callFunc(calleeName, argv[0], argv.slice(1))
        } else {
          result = builtins[builtinName].fn(argv, this.readHook())
        }
      } else {
        result = (fn as (...a: V[]) => V)(...argv)
      }
      // A chart's function calls are untrusted: one call may not make an unbounded value, and
      // a call over a big value costs the budget in proportion (1 unit a KiB), so its clock
      // is looked at often enough when each call takes milliseconds.
      if (typeof result === 'string') {
        if (result.length > 1024) {
          if (result.length > 65536) checkSize(name, result.length, 'chars')
          work(result.length >>> 10)
        }
      } else if (Array.isArray(result) && result.length > 64) {
        if (result.length > 65536) checkSize(name, result.length, 'items')
        work(result.length >>> 6)
      }
      for (let a = 0; a < argv.length; a++) {
        const arg = argv[a]
        if (typeof arg === 'string' && arg.length > 1024) work(arg.length >>> 10)
      }
    } catch (e) {
      if (e instanceof ExecFailure || e instanceof BudgetExceeded || isStackOverflow(e)) throw e
      this.node = node
      this.errorf(`error calling ${name}: ${errorText(e)}`)
    }
    return result === undefined && builtinName === null ? null : result
  }

  /** The `call` builtin: invokes a function value with Go's argument checks. */
  callFunc(name: string, fnVal: V, args: V[]): V {
    if (fnVal === undefined || fnVal === null) throw new Error('call of nil')
    if (typeof fnVal !== 'function') {
      throw new Error(`non-function ${name} of type ${goTypeName(fnVal)}`)
    }
    const fn = fnVal as TemplateFunc
    const sig = signatureOf(fn)
    const numIn = sig.params.length
    if (sig.variadic) {
      if (args.length < numIn - 1) {
        throw new Error(
          `wrong number of args for ${name}: got ${args.length} want at least ${numIn - 1}`,
        )
      }
    } else if (args.length !== numIn) {
      throw new Error(`wrong number of args for ${name}: got ${args.length} want ${numIn}`)
    }
    const argv: GoValue[] = new Array(args.length)
    for (let i = 0; i < args.length; i++) {
      let arg = args[i]
      if (arg === null) arg = undefined
      const t = !sig.variadic || i < numIn - 1 ? sig.params[i] : sig.params[numIn - 1]
      if (arg === undefined) {
        if (!isNilable(t)) throw new Error(`arg ${i}: value is nil; should be of type ${t}`)
        argv[i] = null
      } else if (!assignable(arg, t)) {
        throw new Error(`arg ${i}: value has type ${goTypeName(arg)}; should be ${t}`)
      } else {
        argv[i] = arg
      }
    }
    const r = fn(...argv)
    return r === undefined ? null : r
  }

  validateType(value: V, typ: string | null): V {
    if (value === undefined) {
      if (typ === null) return undefined
      if (typ === RVALUE) return undefined
      if (isNilable(typ)) return null
      this.errorf(`invalid value; expected ${typ}`)
    }
    if (typ === null || typ === RVALUE || typ === INTERFACE) return value
    if (value === null) {
      this.errorf(`wrong type for value; expected ${typ}; got interface {}`)
    }
    if (!assignable(value, typ)) {
      this.errorf(`wrong type for value; expected ${typ}; got ${goTypeName(value)}`)
    }
    return value
  }

  evalArg(dot: V, typ: string | null, n: Node): V {
    this.node = n
    switch (n.type) {
      case NT.Dot:
        return this.validateType(dot, typ)
      case NT.Nil:
        if (typ !== null && isNilable(typ)) return typ === RVALUE ? undefined : null
        this.errorf(`cannot assign nil to ${typ}`)
        break
      case NT.Field:
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ)
      case NT.Variable:
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ)
      case NT.Pipe:
        return this.validateType(this.evalPipeline(dot, n), typ)
      case NT.Identifier:
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ)
      case NT.Chain:
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ)
    }
    const t = typ ?? INTERFACE
    if (t === 'bool') {
      this.node = n
      if (n.type === NT.Bool) return n.value
      this.errorf(`expected bool; found ${nodeString(n)}`)
    }
    if (t === 'float64' || t === 'float32') {
      this.node = n
      if (n.type === NT.Number && n.isFloat) return n.float
      this.errorf(`expected float; found ${nodeString(n)}`)
    }
    if (isIntType(t)) {
      this.node = n
      if (n.type === NT.Number && n.isInt) {
        return t === 'int' ? n.int : new GoInt(BigInt.asIntN(intBits(t), n.int), intKind(t))
      }
      this.errorf(`expected integer; found ${nodeString(n)}`)
    }
    if (isUintType(t)) {
      this.node = n
      if (n.type === NT.Number && n.isUint) {
        return new GoInt(BigInt.asUintN(intBits(t), n.uint), intKind(t))
      }
      this.errorf(`expected unsigned integer; found ${nodeString(n)}`)
    }
    if (t === INTERFACE || t === RVALUE) return this.evalEmptyInterface(dot, n)
    if (t === 'string') {
      this.node = n
      if (n.type === NT.String) return n.text
      this.errorf(`expected string; found ${nodeString(n)}`)
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${t}`)
  }

  evalEmptyInterface(dot: V, n: Node): V {
    this.node = n
    switch (n.type) {
      case NT.Bool:
        return n.value
      case NT.Dot:
        return dot
      case NT.Field:
        return this.evalFieldNode(dot, n, null, MISSING)
      case NT.Identifier:
        return this.evalFunction(dot, n, n, null, MISSING)
      case NT.Nil:
        this.errorf("evalEmptyInterface: nil (can't happen)")
        break
      case NT.Number:
        return this.idealConstant(n)
      case NT.String:
        return n.text
      case NT.Variable:
        return this.evalVariableNode(dot, n, null, MISSING)
      case NT.Pipe:
        return this.evalPipeline(dot, n)
    }
    this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`)
  }

  printValue(n: ActionNode, v: V): void {
    this.node = n
    let s: string
    if (v === undefined) {
      s = '<no value>'
    } else if (typeof v === 'string') {
      s = v
    } else if (typeof v === 'function') {
      this.errorf(`can't print ${nodeString(n)} of type ${goTypeName(v)}`)
    } else {
      s = formatValue(v)
    }
    this.write(s, 'action', n)
  }
}

/** A JavaScript stack overflow (checked without allocating: there may be no stack left). */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.indexOf('call stack') >= 0
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message
  return String(e)
}

export { ExecFailure }
