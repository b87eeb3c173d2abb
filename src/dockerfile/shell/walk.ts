/**
 * Walks a parsed RUN script in execution order, the way the build would run
 * it with the default build args: tracks shell variables, `cd`, loop values,
 * and which commands sit in an `if`/`case` branch that does not run (or may
 * not). Calls back for every simple command with its words evaluated as far as
 * the Dockerfile and the script itself allow; what cannot be known is kept as
 * written (`$dir`). The lexer and parser are src/shell's, shared with the image
 * linker, whose own evaluation (src/images/links/shell-expand.ts) turns the unknown
 * into holes and takes `${V:-default}` defaults, which here stay unknown.
 */
import { posix } from 'node:path'
import { globMatch, replaceGlob, trimPrefix, trimSuffix } from '../glob.js'
import type { Redir, ShNode, ShPart, ShSyntaxError, ShWord } from '../../shell/ast.js'
import { plainLiteral } from '../../shell/ast.js'
import { lexWords } from '../../shell/lexer.js'
import { parseScript } from '../../shell/parser.js'
import { pushAll } from '../../core/arrays.js'

export interface Platform {
  os: string
  arch: string
  variant?: string
}

export interface ShellContext {
  /** Variables the RUN sees from the Dockerfile (ARG and ENV). */
  lookup: (name: string) => string | undefined
  platform: Platform
  /** WORKDIR in force. */
  cwd: string
  /**
   * Command names the caller wants to see (basename of the first word). Other simple
   * commands are skipped without evaluating their words, unless they redirect output or
   * the name is not a plain word. The walker always handles shells, `cd`, `export` and
   * wrappers (`sudo`, `env`) itself.
   */
  commands?: ReadonlySet<string>
}

export interface EvalWord {
  text: string
  /** False when some part could not be evaluated and is kept as written. */
  known: boolean
  start: number
  end: number
}

export interface CommandVisit {
  argv: EvalWord[]
  redirs: { op: string; fd?: number; target: EvalWord; heredoc?: string }[]
  conditional: boolean
  /** Working directory; null after a `cd` to an unknown place. */
  cwd: string | null
  /** Values of `for` loop variables in scope. */
  loopValues: ReadonlyMap<string, string[]>
  start: number
  end: number
}

interface ShVar {
  value: string
  known: boolean
  array?: string[]
}

type Tri = boolean | undefined

const EMPTY_LOOPS: ReadonlyMap<string, string[]> = new Map()

/** Maps a script offset to an offset in the enclosing text. */
export type OffsetMap = (i: number) => number

const WRAPPERS = new Set(['sudo', 'exec', 'command', 'nohup', 'time', 'nice', 'builtin', 'doas'])
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox'])
/** Commands the walker itself interprets. */
const WALKER_COMMANDS = new Set([
  ...SHELLS,
  'export',
  'local',
  'declare',
  'typeset',
  'readonly',
  'unset',
  'cd',
])

export function walkScript(
  src: string,
  ctx: ShellContext,
  onCommand: (v: CommandVisit) => void,
  map: OffsetMap = (i) => i,
): ShSyntaxError[] {
  const w = new Walker(ctx, onCommand)
  return w.run(src, map, 0)
}

class Walker {
  private vars = new Map<string, ShVar>()
  private cwd: string | null
  private loops = new Map<string, string[]>()
  private errors: ShSyntaxError[] = []
  private map: OffsetMap = (i) => i

  constructor(
    private readonly ctx: ShellContext,
    private readonly onCommand: (v: CommandVisit) => void,
  ) {
    this.cwd = ctx.cwd
  }

  run(src: string, map: OffsetMap, depth: number): ShSyntaxError[] {
    const parsed = parseScript(src)
    const outer = this.map
    this.map = map
    for (const e of parsed.errors) this.errors.push({ ...e, start: map(e.start), end: map(e.end) })
    if (depth < 4) this.walk(parsed.root, false, depth)
    this.map = outer
    return this.errors
  }

  // -- evaluation -----------------------------------------------------------

  private lookupVar(name: string): ShVar | undefined {
    const v = this.vars.get(name)
    if (v) return v
    const d = this.ctx.lookup(name)
    return d === undefined ? undefined : { value: d, known: true }
  }

  /** Evaluates a word into fields (unquoted expansions split on whitespace). */
  evalFields(w: ShWord): EvalWord[] {
    const fields: EvalWord[] = []
    let cur = ''
    let known = true
    let has = false
    const start = this.map(w.start)
    const end = this.map(Math.max(w.end - 1, w.start)) + 1
    const pushCur = () => {
      if (has) fields.push({ text: cur, known, start, end })
      cur = ''
      known = true
      has = false
    }
    for (const part of w.parts) {
      // "${arr[@]}" is one field per element, like an unquoted ${arr[@]}.
      const p =
        part.k === 'dq' && part.parts.length === 1 && part.parts[0].k === 'param'
          ? part.parts[0]
          : part
      if (p.k === 'param' && p.index === '@' && p.op === undefined) {
        const v = this.lookupVar(p.name)
        if (v?.array) {
          for (let k = 0; k < v.array.length; k++) {
            if (k > 0) pushCur()
            cur += v.array[k]
            has = true
          }
          continue
        }
      }
      const r = this.evalPart(part)
      if (!r.known) known = false
      if (part.k === 'param' && r.known && /\s/.test(r.text)) {
        const pieces = r.text.split(/[ \t\n]+/)
        pieces.forEach((piece, k) => {
          if (k > 0) pushCur()
          if (piece !== '') {
            cur += piece
            has = true
          }
        })
        continue
      }
      cur += r.text
      has = true
    }
    pushCur()
    return fields
  }

  evalWord(w: ShWord): EvalWord {
    let text = ''
    let known = true
    for (const p of w.parts) {
      const r = this.evalPart(p)
      text += r.text
      if (!r.known) known = false
    }
    return {
      text,
      known,
      start: this.map(w.start),
      end: this.map(Math.max(w.end - 1, w.start)) + 1,
    }
  }

  private evalPart(p: ShPart): { text: string; known: boolean } {
    switch (p.k) {
      case 'lit':
      case 'sq':
        return { text: p.v, known: true }
      case 'dq': {
        let text = ''
        let known = true
        for (const q of p.parts) {
          const r = this.evalPart(q)
          text += r.text
          if (!r.known) known = false
        }
        return { text, known }
      }
      case 'param':
        return this.evalParam(p)
      case 'cmdsub': {
        const v = this.evalCommandSubstitution(p.src)
        return v === undefined ? { text: p.raw, known: false } : { text: v, known: true }
      }
      case 'arith':
        return { text: p.raw, known: false }
      case 'array':
        return { text: p.words.map((x) => this.evalWord(x).text).join(' '), known: true }
    }
  }

  private evalParam(p: ShPart & { k: 'param' }): { text: string; known: boolean } {
    const v = this.lookupVar(p.name)
    const unknown = { text: p.raw, known: false }
    if (p.index !== undefined && p.index !== '@' && p.index !== '*' && p.index !== '0')
      return unknown
    if (v && !v.known) return unknown
    const value = v?.array ? v.array.join(' ') : v?.value
    const arg = () => this.evalArg(p.arg ?? '')
    switch (p.op) {
      case undefined:
        return value === undefined ? unknown : { text: value, known: true }
      case ':-':
      case '-':
      case ':=':
      case '=': {
        if (value === undefined) return unknown
        if (value === '' && p.op.startsWith(':')) return arg()
        return { text: value, known: true }
      }
      case ':+':
      case '+':
        if (value === undefined) return unknown
        if (value === '' && p.op === ':+') return { text: '', known: true }
        return arg()
      case '#':
      case '##':
      case '%':
      case '%%': {
        if (value === undefined) return unknown
        const a = arg()
        if (!a.known) return unknown
        const text = p.op.startsWith('#')
          ? trimPrefix(value, a.text, p.op === '##')
          : trimSuffix(value, a.text, p.op === '%%')
        // Too long a value to try the pattern on every prefix: not worked out.
        return text === undefined ? unknown : { text, known: true }
      }
      case '/':
      case '//': {
        if (value === undefined) return unknown
        const raw = p.arg ?? ''
        const slash = raw.indexOf('/')
        const pat = this.evalArg(slash === -1 ? raw : raw.slice(0, slash))
        const rep = this.evalArg(slash === -1 ? '' : raw.slice(slash + 1))
        if (!pat.known || !rep.known) return unknown
        return { text: replaceGlob(value, pat.text, rep.text, p.op === '//'), known: true }
      }
      case 'length':
        return value === undefined ? unknown : { text: String(value.length), known: true }
      case '^^':
        return value === undefined ? unknown : { text: value.toUpperCase(), known: true }
      case ',,':
        return value === undefined ? unknown : { text: value.toLowerCase(), known: true }
      default:
        return unknown
    }
  }

  private evalArg(raw: string): { text: string; known: boolean } {
    if (!/[$`'"\\]/.test(raw)) return { text: raw, known: true }
    const words = lexWords(raw)
    if (words.length === 0) return { text: raw, known: false }
    let text = ''
    let known = true
    for (const w of words) {
      const saved = this.map
      this.map = (i) => i
      const r = this.evalWord(w)
      this.map = saved
      text += (text ? ' ' : '') + r.text
      if (!r.known) known = false
    }
    return { text, known }
  }

  /** `$(...)` whose output the platform decides (architecture probes); else undefined. */
  private evalCommandSubstitution(src: string): string | undefined {
    const parsed = parseScript(src)
    const root = parsed.root
    if (parsed.errors.length || root.k !== 'list' || root.items.length !== 1) return undefined
    const node = root.items[0]
    const cmds = node.k === 'pipeline' ? node.cmds : [node]
    const first = cmds[0]
    if (first.k !== 'simple') return undefined
    const argv = first.words.map((w) => this.evalWord(w))
    if (argv.some((a) => !a.known)) return undefined
    let value = probeOutput(
      argv.map((a) => a.text),
      this.ctx.platform,
    )
    if (value === undefined) return undefined
    for (const filter of cmds.slice(1)) {
      if (filter.k !== 'simple') return undefined
      const f = filter.words.map((w) => this.evalWord(w).text)
      // `awk -F- '{ print $NF }'`: last dash-separated field.
      if (f[0] === 'awk' && f[1] === '-F-' && /^\{\s*print \$NF\s*\}$/.test(f[2] ?? '')) {
        value = value.split('-').pop() ?? value
        continue
      }
      return undefined
    }
    return value
  }

  // -- walking --------------------------------------------------------------

  private walk(node: ShNode, conditional: boolean, depth: number): void {
    switch (node.k) {
      case 'list':
        for (const item of node.items) this.walk(item, conditional, depth)
        return
      case 'simple':
        this.simple(node, conditional, depth)
        return
      case 'pipeline':
        for (const c of node.cmds) this.walk(c, conditional, depth)
        return
      case 'andor': {
        this.walk(node.items[0], conditional, depth)
        let skipped = false
        for (let k = 1; k < node.items.length; k++) {
          const left = node.items[k - 1]
          const op = node.ops[k - 1]
          const r = isTestCommand(left) ? this.evalCond(left) : undefined
          if ((op === '&&' && r === false) || (op === '||' && r === true)) skipped = true
          this.walk(node.items[k], conditional || skipped, depth)
        }
        return
      }
      case 'if': {
        let reachable: 'yes' | 'maybe' | 'no' = 'yes'
        for (let k = 0; k < node.conds.length; k++) {
          const condCond = conditional || reachable !== 'yes'
          this.walk(node.conds[k], condCond, depth)
          const r = reachable === 'no' ? false : this.evalCond(node.conds[k])
          const runs = reachable === 'yes' && r === true
          this.walk(node.bodies[k], conditional || !runs, depth)
          if (runs) reachable = 'no'
          else if (r === undefined && reachable === 'yes') reachable = 'maybe'
        }
        if (node.elseBody) this.walk(node.elseBody, conditional || reachable !== 'yes', depth)
        return
      }
      case 'case': {
        const subject = this.evalWord(node.word)
        let chosen = -1
        if (subject.known) {
          outer: for (let k = 0; k < node.arms.length; k++) {
            for (const pat of node.arms[k].patterns) {
              const pv = this.evalWord(pat)
              if (!pv.known) break outer
              if (globMatch(pv.text, subject.text)) {
                chosen = k
                break outer
              }
            }
          }
        }
        node.arms.forEach((arm, k) => this.walk(arm.body, conditional || k !== chosen, depth))
        return
      }
      case 'for': {
        const values: string[] = []
        for (const w of node.items ?? []) for (const f of this.evalFields(w)) values.push(f.text)
        const saved = this.loops.get(node.name)
        const savedVar = this.vars.get(node.name)
        if (node.name) {
          this.loops.set(node.name, values)
          this.vars.set(node.name, { value: '', known: false })
        }
        this.walk(node.body, conditional, depth)
        if (node.name) {
          if (saved) this.loops.set(node.name, saved)
          else this.loops.delete(node.name)
          if (savedVar) this.vars.set(node.name, savedVar)
        }
        return
      }
      case 'loop':
        this.walk(node.cond, conditional, depth)
        this.walk(node.body, conditional, depth)
        return
      case 'group': {
        if (node.subshell) {
          const vars = new Map(this.vars)
          const cwd = this.cwd
          this.walk(node.body, conditional, depth)
          this.vars = vars
          this.cwd = cwd
        } else this.walk(node.body, conditional, depth)
        return
      }
      case 'func':
        // Runs only where it is called; the model cannot tell when.
        this.walk(node.body, true, depth)
        return
    }
  }

  private assign(
    name: string,
    value: EvalWord | null,
    array: string[] | undefined,
    append: boolean,
  ): void {
    if (array) {
      this.vars.set(name, { value: array.join(' '), known: true, array })
      return
    }
    if (!value) return
    const prev = append ? this.lookupVar(name) : undefined
    if (prev && !prev.known) {
      this.vars.set(name, { value: '', known: false })
      return
    }
    this.vars.set(name, {
      value: (prev?.value ?? '') + (value.known ? value.text : ''),
      known: value.known,
    })
  }

  private simple(node: ShNode & { k: 'simple' }, conditional: boolean, depth: number): void {
    if (node.words.length === 0) {
      for (const a of node.assigns) {
        const array = a.array?.flatMap((w) => this.evalFields(w).map((f) => f.text))
        this.assign(a.name, a.value ? this.evalWord(a.value) : null, array, a.append)
      }
      return
    }
    const wanted = this.ctx.commands
    if (wanted && node.redirs.length === 0) {
      const first = plainLiteral(node.words[0])
      if (first !== null) {
        const n = basename(first)
        if (!wanted.has(n) && !WALKER_COMMANDS.has(n) && !WRAPPERS.has(n) && n !== 'env') return
      }
    }
    let argv: EvalWord[] = []
    for (const w of node.words) pushAll(argv, this.evalFields(w))
    argv = unwrap(argv)
    if (argv.length === 0) return
    const name = basename(argv[0].text)

    switch (name) {
      case 'export':
      case 'local':
      case 'declare':
      case 'typeset':
      case 'readonly':
        for (const w of node.words.slice(1)) {
          const ev = this.evalWord(w)
          const eq = ev.text.indexOf('=')
          if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(ev.text.slice(0, eq))) {
            this.assign(
              ev.text.slice(0, eq),
              { ...ev, text: ev.text.slice(eq + 1) },
              undefined,
              false,
            )
          }
        }
        break
      case 'unset':
        for (const a of argv.slice(1)) this.vars.set(a.text, { value: '', known: false })
        break
      case 'cd':
        this.cd(argv[1])
        break
    }

    const redirs = this.redirs(node.redirs)
    this.onCommand({
      argv,
      redirs,
      conditional,
      cwd: this.cwd,
      loopValues: this.loops.size ? new Map(this.loops) : EMPTY_LOOPS,
      start: this.map(node.start),
      end: this.map(Math.max(node.end - 1, node.start)) + 1,
    })

    if (SHELLS.has(name)) this.nestedShell(argv, node, conditional, depth)
  }

  private redirs(rs: Redir[]): CommandVisit['redirs'] {
    return rs.map((r) => ({
      op: r.op,
      fd: r.fd,
      target: this.evalWord(r.target),
      heredoc: r.heredoc,
    }))
  }

  private cd(arg: EvalWord | undefined): void {
    if (!arg) {
      this.cwd = null
      return
    }
    if (!arg.known || arg.text === '-' || arg.text.startsWith('~')) {
      this.cwd = null
      return
    }
    if (arg.text.startsWith('/')) this.cwd = posix.normalize(arg.text)
    else if (this.cwd !== null) this.cwd = posix.join(this.cwd, arg.text)
  }

  /** `sh -c 'script'`: walk the script too, inheriting the conditional state. */
  private nestedShell(
    argv: EvalWord[],
    node: ShNode & { k: 'simple' },
    conditional: boolean,
    depth: number,
  ) {
    let k = 1
    let script: EvalWord | undefined
    let scriptWord: ShWord | undefined
    if (basename(argv[0].text) === 'busybox') k = 2
    for (; k < argv.length; k++) {
      const a = argv[k].text
      if (a === '--') break
      if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a)) {
        script = argv[k + 1]
        break
      }
      if (!a.startsWith('-') && !a.startsWith('+')) break
    }
    if (!script) return
    for (const w of node.words) if (this.map(w.start) === script.start) scriptWord = w
    let map: OffsetMap
    const single = scriptWord && scriptWord.parts.length === 1 ? scriptWord.parts[0] : undefined
    const outer = this.map
    if (scriptWord && single && (single.k === 'sq' || (single.k === 'dq' && isLiteralDq(single)))) {
      const base = scriptWord.start + 1
      map = (i) => outer(base + i)
    } else {
      const s = script.start
      const e = script.end
      map = (i) => Math.min(s + i, e - 1)
    }
    const cwd = this.cwd
    const vars = this.vars
    this.vars = new Map(vars)
    const inner = new Walker(this.ctx, (v) =>
      this.onCommand({ ...v, conditional: v.conditional || conditional }),
    )
    inner.cwd = cwd
    inner.vars = this.vars
    inner.loops = new Map(this.loops)
    inner.run(script.text, map, depth + 1)
    pushAll(this.errors, inner.errors)
    this.vars = vars
  }

  // -- conditions -----------------------------------------------------------

  private evalCond(node: ShNode): Tri {
    switch (node.k) {
      case 'list':
        return node.items.length ? this.evalCond(node.items[node.items.length - 1]) : true
      case 'andor': {
        let r = this.evalCond(node.items[0])
        for (let k = 1; k < node.items.length; k++) {
          const b = this.evalCond(node.items[k])
          if (node.ops[k - 1] === '&&')
            r = r === false ? false : r === true ? b : b === false ? false : undefined
          else r = r === true ? true : r === false ? b : b === true ? true : undefined
        }
        return r
      }
      case 'pipeline': {
        const last = this.evalCond(node.cmds[node.cmds.length - 1])
        return node.neg ? (last === undefined ? undefined : !last) : last
      }
      case 'group':
        return this.evalCond(node.body)
      case 'simple': {
        if (node.words.length === 0) return true
        const argv = node.words.map((w) => this.evalWord(w))
        const cmd = argv[0].text
        if (cmd === 'true' || cmd === ':') return true
        if (cmd === 'false') return false
        if (cmd === '[' || cmd === 'test' || cmd === '[[') {
          let args = argv.slice(1)
          if (cmd !== 'test') args = args.slice(0, -1)
          return evalTest(args)
        }
        return undefined
      }
      default:
        return undefined
    }
  }
}

function isLiteralDq(p: ShPart & { k: 'dq' }): boolean {
  return p.parts.every((q) => q.k === 'lit')
}

function isTestCommand(node: ShNode): boolean {
  if (node.k === 'pipeline') return node.cmds.length === 1 && isTestCommand(node.cmds[0])
  if (node.k !== 'simple' || node.words.length === 0) return false
  const c = plainLiteral(node.words[0])
  return c === '[' || c === 'test' || c === '[[' || c === 'true' || c === 'false'
}

function basename(p: string): string {
  const i = p.lastIndexOf('/')
  return i === -1 ? p : p.slice(i + 1)
}

/** Drops `sudo`, `env A=b`, `exec`, ... in front of the real command. */
function unwrap(argv: EvalWord[]): EvalWord[] {
  let k = 0
  while (k < argv.length) {
    const name = basename(argv[k].text)
    if (WRAPPERS.has(name)) {
      k++
      // sudo/nice options (`sudo -u user`, `nice -n 10`).
      while (k < argv.length && argv[k].text.startsWith('-')) {
        if (/^-[ugnCDhpr]$/.test(argv[k].text)) k++
        k++
      }
      continue
    }
    if (name === 'env') {
      k++
      while (
        k < argv.length &&
        (argv[k].text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[k].text))
      )
        k++
      continue
    }
    break
  }
  return argv.slice(k)
}

function evalTest(args: EvalWord[]): Tri {
  if (args.some((a) => !a.known)) return undefined
  const t = args.map((a) => a.text)
  let i = 0
  const or = (): Tri => {
    let r = and()
    while (t[i] === '-o' || t[i] === '||') {
      i++
      const b = and()
      r = r === true || b === true ? true : r === false && b === false ? false : undefined
    }
    return r
  }
  const and = (): Tri => {
    let r = not()
    while (t[i] === '-a' || t[i] === '&&') {
      i++
      const b = not()
      r = r === false || b === false ? false : r === true && b === true ? true : undefined
    }
    return r
  }
  const not = (): Tri => {
    if (t[i] === '!') {
      i++
      const r = not()
      return r === undefined ? undefined : !r
    }
    return primary()
  }
  const primary = (): Tri => {
    if (t[i] === '(') {
      i++
      const r = or()
      if (t[i] === ')') i++
      return r
    }
    const a = t[i]
    const op = t[i + 1]
    if (a === '-n' || a === '-z') {
      const v = t[i + 1] ?? ''
      i += 2
      return a === '-n' ? v !== '' : v === ''
    }
    if (a !== undefined && /^-[a-zA-Z]$/.test(a) && t.length - i >= 2 && !isBinaryOp(op)) {
      i += 2
      return undefined // file tests
    }
    if (op !== undefined && isBinaryOp(op)) {
      const b = t[i + 2] ?? ''
      i += 3
      switch (op) {
        case '=':
        case '==':
          return a === b
        case '!=':
          return a !== b
        case '-eq':
        case '-ne':
        case '-lt':
        case '-le':
        case '-gt':
        case '-ge': {
          const x = Number(a)
          const y = Number(b)
          if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined
          return op === '-eq'
            ? x === y
            : op === '-ne'
              ? x !== y
              : op === '-lt'
                ? x < y
                : op === '-le'
                  ? x <= y
                  : op === '-gt'
                    ? x > y
                    : x >= y
        }
        default:
          return undefined
      }
    }
    i++
    return a !== undefined && a !== ''
  }
  const r = or()
  return i >= t.length ? r : undefined
}

function isBinaryOp(op: string | undefined): boolean {
  return (
    op === '=' ||
    op === '==' ||
    op === '!=' ||
    op === '=~' ||
    op === '<' ||
    op === '>' ||
    op === '-eq' ||
    op === '-ne' ||
    op === '-lt' ||
    op === '-le' ||
    op === '-gt' ||
    op === '-ge' ||
    op === '-nt' ||
    op === '-ot' ||
    op === '-ef'
  )
}

const DEB_ARCH: Record<string, string> = {
  amd64: 'amd64',
  arm64: 'arm64',
  'arm/v7': 'armhf',
  'arm/v6': 'armel',
  arm: 'armhf',
  '386': 'i386',
  ppc64le: 'ppc64el',
  s390x: 's390x',
  riscv64: 'riscv64',
}
const APK_ARCH: Record<string, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  'arm/v7': 'armv7',
  'arm/v6': 'armhf',
  arm: 'armv7',
  '386': 'x86',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
}
const UNAME_ARCH: Record<string, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  'arm/v7': 'armv7l',
  'arm/v6': 'armv6l',
  arm: 'armv7l',
  '386': 'i686',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
}

/** Output of commands that only report the build platform. */
export function probeOutput(argv: string[], platform: Platform): string | undefined {
  const key = platform.variant ? `${platform.arch}/${platform.variant}` : platform.arch
  const pick = (table: Record<string, string>) => table[key] ?? table[platform.arch]
  const cmd = argv.join(' ')
  switch (cmd) {
    case 'dpkg --print-architecture':
      return pick(DEB_ARCH)
    case 'apk --print-arch':
    case 'cat /etc/apk/arch':
      return pick(APK_ARCH)
    case 'uname -m':
    case 'arch':
      return pick(UNAME_ARCH)
    case 'uname -s':
      return platform.os === 'linux' ? 'Linux' : undefined
    case 'uname':
      return platform.os === 'linux' ? 'Linux' : undefined
    case 'xx-info os':
      return platform.os
    case 'xx-info arch':
      return platform.arch
  }
  return undefined
}
