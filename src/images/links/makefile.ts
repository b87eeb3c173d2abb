/**
 * Image builds in Makefiles: variable assignments (`=`, `:=`, `::=`, `?=`, `+=`, `!=`,
 * `define`), `$(VAR)` / `${VAR}` references with a few functions, automatic variables,
 * and the shell of each recipe line (see ./shell-builds.ts). Conditionals are evaluated
 * with the variables read so far; a variable assigned a new value under a condition that
 * cannot be decided (`ifeq ($(TARGET_OS),windows)`) has no known value afterwards.
 */
import type { HoleTable } from '../template.js'
import type { Collector } from './collector.js'
import type { SourceRange } from '../../core/range.js'
import { LineIndex } from './line-index.js'
import { dirOf, joinRel } from './paths.js'
import {
  addShellBuilds,
  findShellBuilds,
  MENTIONS_TOOL,
  type DerivedDockerfile,
} from './shell-builds.js'
import { pushAll } from '../../core/arrays.js'
import { compileGlob } from '../../core/glob.js'

interface MakeVar {
  value: string
  /** `:=` values were expanded when assigned. */
  simple: boolean
  /** Set under a condition that could not be decided: the value is one possibility of several. */
  uncertain?: boolean
}

interface Recipe {
  target: string
  start: number
  end: number
}

interface ParsedMakefile {
  vars: Map<string, MakeVar>
  recipes: Recipe[]
  includes: string[]
}

const ASSIGN_RE =
  /^(?:(?:export|override|private)\s+)*([A-Za-z0-9_.\-/]+)\s*(:::=|::=|:=|\?=|\+=|!=|=)\s*(.*)$/s
const DIRECTIVE_RE =
  /^(?:ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|export|unexport|vpath|override|undefine)\b/

/** Logical lines: `\`-newline continuations joined, with the offset range of each. */
function logicalLines(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = []
  for (let start = 0; start < text.length;) {
    let end = start
    for (;;) {
      const nl = text.indexOf('\n', end)
      const lineEnd = nl < 0 ? text.length : nl
      let bs = 0
      for (let k = lineEnd - 1; k >= start && text[k] === '\\'; k--) bs++
      if (bs % 2 === 1 && nl >= 0) {
        end = nl + 1
        continue
      }
      end = lineEnd
      break
    }
    out.push({ text: text.slice(start, end), start, end })
    start = end + 1
  }
  return out
}

export interface ParseContext {
  /** Variables read so far (an including makefile's), shared with the files it includes. */
  vars?: Map<string, MakeVar>
  /** Reads included files at the include line, as make does, into the same variables. */
  include?: (
    patterns: string[],
    vars: Map<string, MakeVar>,
    at: { start: number; end: number },
  ) => void
}

export function parseMakefile(text: string, context: ParseContext = {}): ParsedMakefile {
  const vars = context.vars ?? new Map<string, MakeVar>()
  const recipes: Recipe[] = []
  const includes: string[] = []
  let target: string | undefined
  let define: { name: string; lines: string[]; op: string } | undefined
  const tmp = { vars }
  // Conditionals: each frame is 'true', 'false' or 'unknown' (both branches are read).
  const frames: { state: Tri; taken: boolean }[] = []
  const active = (): boolean => frames.every((f) => f.state !== 'false')
  const undecided = (): boolean => frames.some((f) => f.state === 'unknown')
  for (const line of logicalLines(text)) {
    if (define) {
      if (/^\s*endef\b/.test(line.text)) {
        if (active()) assign(tmp.vars, define.name, define.op, define.lines.join('\n'))
        define = undefined
      } else define.lines.push(line.text)
      continue
    }
    const cond = line.text.startsWith('\t')
      ? null
      : /^\s*(ifdef|ifndef|ifeq|ifneq|else|endif)\b\s*(.*?)\s*(?:#.*)?$/s.exec(line.text)
    if (cond) {
      const [, kw, arg] = cond
      if (kw === 'endif') frames.pop()
      else if (kw === 'else') {
        const top = frames[frames.length - 1]
        if (top) {
          const chained = /^(ifdef|ifndef|ifeq|ifneq)\b\s*(.*)$/s.exec(arg)
          const next: Tri = top.taken
            ? 'false'
            : chained
              ? evalCondition(chained[1], chained[2], vars)
              : top.state === 'unknown'
                ? 'unknown'
                : 'true'
          top.state = next
          if (next === 'true') top.taken = true
        }
      } else {
        const state = evalCondition(kw, arg, vars)
        frames.push({ state, taken: state === 'true' })
      }
      continue
    }
    if (!active()) continue
    if (line.text.startsWith('\t') && target !== undefined) {
      recipes.push({ target, start: line.start, end: line.end })
      continue
    }
    const joined = line.text.replace(/\\\n\s*/g, ' ')
    const trimmed = joined.replace(/(^|[^\\])#.*$/, '$1').trim()
    if (!trimmed) continue
    const def =
      /^(?:(?:export|override)\s+)*define\s+([A-Za-z0-9_.-]+)\s*(=|:=|::=|\?=|\+=)?\s*$/.exec(
        trimmed,
      )
    if (def) {
      define = { name: def[1], lines: [], op: def[2] ?? '=' }
      continue
    }
    const inc = /^(?:-include|sinclude|include)\s+(.+)$/.exec(trimmed)
    if (inc) {
      const patterns = inc[1].split(/\s+/)
      pushAll(includes, patterns)
      context.include?.(patterns, vars, line)
      continue
    }
    const a = ASSIGN_RE.exec(trimmed)
    if (a) {
      assign(vars, a[1], a[2], a[3])
      continue
    }
    if (DIRECTIVE_RE.test(trimmed)) continue
    const rule = /^([^:=#]+?)\s*::?(?!=)\s*(.*)$/.exec(trimmed)
    if (rule) {
      target = rule[1].trim().split(/\s+/)[0]
      // A target-specific assignment (`img: TAG = x`) sets a variable, not a recipe.
      const specific = ASSIGN_RE.exec(rule[2])
      if (specific) {
        assign(vars, specific[1], specific[2], specific[3])
        continue
      }
      const semi = rule[2].indexOf(';')
      if (semi >= 0) {
        const off = line.text.indexOf(';')
        if (off >= 0) recipes.push({ target, start: line.start + off + 1, end: line.end })
      }
    }
  }
  return { vars, recipes, includes }

  /** An assignment; under an undecided condition a changed value becomes uncertain. */
  function assign(map: Map<string, MakeVar>, name: string, op: string, value: string): void {
    const prev = map.get(name)
    setVar(map, name, op, value)
    const next = map.get(name)
    if (!next) return
    if (undecided()) {
      if (!prev || prev.value !== next.value) map.set(name, { ...next, uncertain: true })
      else map.set(name, prev)
      return
    }
    // `?=` and `+=` keep whatever doubt there was; `=` and `:=` settle it.
    const uncertain = prev?.uncertain === true && (op === '?=' || op === '+=')
    map.set(name, { value: next.value, simple: next.simple, ...(uncertain ? { uncertain } : {}) })
  }

  function setVar(map: Map<string, MakeVar>, name: string, op: string, value: string): void {
    const prev = map.get(name)
    switch (op) {
      case '?=':
        if (!prev) map.set(name, { value, simple: false })
        break
      case '+=':
        map.set(name, {
          value: prev ? `${prev.value} ${value}` : value,
          simple: prev?.simple ?? false,
        })
        break
      case ':=':
      case '::=':
      case ':::=':
        map.set(name, { value: expandMake(value, { vars: map, holes: undefined }), simple: true })
        break
      case '!=':
        map.set(name, { value: `$(shell ${value})`, simple: false })
        break
      default:
        map.set(name, { value, simple: false })
    }
  }
}

type Tri = 'true' | 'false' | 'unknown'

/** Evaluates `ifdef`/`ifndef`/`ifeq`/`ifneq` with the variables read so far. */
function evalCondition(kw: string, arg: string, vars: Map<string, MakeVar>): Tri {
  const ex = (t: string): string | undefined => {
    const v = expandMake(t, { vars, holes: undefined })
    return v.includes('$(') ? undefined : v
  }
  let result: boolean
  if (kw === 'ifdef' || kw === 'ifndef') {
    const name = ex(arg.trim())
    if (name === undefined) return 'unknown'
    // ifdef asks whether the variable has a value; it does not expand it.
    result = (vars.get(name)?.value ?? '') !== ''
    if (kw === 'ifndef') result = !result
  } else {
    let a: string | undefined
    let b: string | undefined
    const paren = /^\(([\s\S]*)\)$/.exec(arg.trim())
    if (paren) [a, b] = splitArgs(paren[1])
    else {
      const q = /^(["'])(.*?)\1\s+(["'])(.*?)\3$/.exec(arg.trim())
      if (q) [a, b] = [q[2], q[4]]
    }
    if (a === undefined || b === undefined) return 'unknown'
    const x = ex(a.trim())
    const y = ex(b.trim())
    if (x === undefined || y === undefined) return 'unknown'
    result = (x === y) === (kw === 'ifeq')
  }
  return result ? 'true' : 'false'
}

export interface MakeContext {
  vars: Map<string, MakeVar>
  holes: HoleTable | undefined
  target?: string
  depth?: number
  /** Variables expanded during one top-level expansion (made by expandMake). */
  memo?: Map<string, string>
}

/**
 * Characters one variable may expand to: `A1 = $(A0)$(A0)` forty times over is 2^40; past this
 * the value is unknown (a hole that says why), as the ARG expansion of a Dockerfile stops.
 */
const MAX_MAKE_EXPANSION = 1 << 20

function hole(ctx: MakeContext, expr: string): string {
  // Without a hole table (while reading `:=`), keep the reference for later expansion.
  return ctx.holes ? ctx.holes.encode(expr, 'any') : `$(${expr})`
}

/** Expands make references in `text`; unknown variables and functions become holes. */
export function expandMake(text: string, context: MakeContext): string {
  const depth = context.depth ?? 0
  if (depth > 20 || !text.includes('$')) return text
  // A recursive variable is expanded once per top-level expansion: a chain of variables that
  // each use the one before twice is 2^n expansions otherwise.
  const ctx = context.memo ? context : { ...context, memo: new Map<string, string>() }
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c !== '$') {
      out += c
      i++
      continue
    }
    const n = text[i + 1]
    if (n === '$') {
      out += '$'
      i += 2
      continue
    }
    if (n === '(' || n === '{') {
      const close = n === '(' ? ')' : '}'
      let d = 0
      let j = i + 1
      for (; j < text.length; j++) {
        if (text[j] === n) d++
        else if (text[j] === close && --d === 0) break
      }
      const inner = text.slice(i + 2, j)
      out += reference(inner, { ...ctx, depth: depth + 1 })
      i = j + 1
      continue
    }
    if (n === undefined) {
      out += '$'
      i++
      continue
    }
    out += reference(n, { ...ctx, depth: depth + 1 })
    i += 2
  }
  return out
}

function reference(inner: string, ctx: MakeContext): string {
  if (inner === '@') return ctx.target ?? hole(ctx, '@')
  if (inner === '*' || inner === '<' || inner === '^' || inner === '?' || inner === '%') {
    return hole(ctx, inner)
  }
  const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(inner)
  if (fn) return call(fn[1], fn[2], ctx)
  const name = expandMake(inner, ctx)
  if (name.includes(':')) return hole(ctx, inner)
  const v = ctx.vars.get(name)
  if (!v || v.uncertain) return ctx.holes ? hole(ctx, name) : `$(${inner})`
  const key = `${ctx.target ?? ''}\u0000${name}`
  const known = ctx.memo?.get(key)
  if (known !== undefined) return known
  let value = v.simple ? expandMake(v.value, { ...ctx }) : expandMake(v.value, ctx)
  if (value.length > MAX_MAKE_EXPANSION) {
    value = hole(ctx, `${name} (longer than ${MAX_MAKE_EXPANSION} characters)`)
  }
  ctx.memo?.set(key, value)
  return value
}

function splitArgs(s: string): string[] {
  const args: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of s) {
    if (ch === '(' || ch === '{') depth++
    if (ch === ')' || ch === '}') depth--
    if (ch === ',' && depth === 0) {
      args.push(cur)
      cur = ''
    } else cur += ch
  }
  args.push(cur)
  return args
}

function call(name: string, rawArgs: string, ctx: MakeContext): string {
  const args = splitArgs(rawArgs)
  const ex = (k: number): string => expandMake(args[k] ?? '', ctx)
  const known = (s: string): boolean => !s.includes('\uE000') && !s.includes('$(')
  switch (name) {
    case 'strip':
      return ex(0).trim().replace(/\s+/g, ' ')
    case 'subst':
      return ex(2).split(ex(0)).join(ex(1))
    case 'firstword':
      return ex(0).trim().split(/\s+/)[0] ?? ''
    case 'lastword': {
      const w = ex(0).trim().split(/\s+/)
      return w[w.length - 1] ?? ''
    }
    case 'word': {
      const k = Number(ex(0))
      return ex(1).trim().split(/\s+/)[k - 1] ?? ''
    }
    case 'notdir':
      return ex(0)
        .trim()
        .split(/\s+/)
        .map((p) => p.slice(p.lastIndexOf('/') + 1))
        .join(' ')
    case 'dir':
      return ex(0)
        .trim()
        .split(/\s+/)
        .map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : './'))
        .join(' ')
    case 'or': {
      for (let k = 0; k < args.length; k++) {
        const v = ex(k).trim()
        if (!known(v)) return hole(ctx, `or ${rawArgs}`)
        if (v) return v
      }
      return ''
    }
    case 'if': {
      const cond = ex(0).trim()
      if (!known(cond)) return hole(ctx, `if ${rawArgs}`)
      return cond ? ex(1) : ex(2)
    }
    case 'value':
      return ctx.vars.get(args[0].trim())?.value ?? ''
    case 'origin': {
      // Nothing overrides the makefiles' own values here (no environment, no command line).
      const v = ctx.vars.get(ex(0).trim())
      if (v?.uncertain) return hole(ctx, `origin ${rawArgs}`)
      return v ? 'file' : 'undefined'
    }
    default:
      return hole(ctx, `${name} ${rawArgs}`)
  }
}

/** How deep included makefiles are followed (make itself has no limit; loops are cut). */
const MAX_INCLUDE_DEPTH = 4

interface MakeUnit {
  rel: string
  text: string
  parsed: ParsedMakefile
}

/** Per collector: the fragments some Makefile includes (they are read in that context). */
const includedByMakefile = new WeakMap<Collector, Set<string>>()

/**
 * The files an `include` line names, relative to the root: literal paths that exist and
 * glob patterns (`make/_shared/<glob>/00_mod.mk`) matched against the makefiles discovered.
 */
function includeTargets(
  dir: string,
  patterns: string[],
  col: Collector,
  at: SourceRange,
): string[] {
  const out: string[] = []
  for (const pattern of patterns) {
    const rel = joinRel(dir, pattern)
    if (rel === undefined && !pattern.includes('$')) {
      col.problem(
        'note',
        'outside-root',
        `${at.file}:${at.startLine}: include ${pattern} leads outside the scanned folder; it is not read`,
        at,
      )
      continue
    }
    if (!rel || rel.includes('$')) continue
    if (/[*?[]/.test(rel)) {
      const match = compileGlob(rel)
      pushAll(out, col.input.files.scripts.filter((f) => match.test(f)).sort())
    } else if (col.exists(rel)) out.push(rel)
  }
  return out
}

/**
 * A makefile and everything it includes, read in make's order: an included file is read at
 * its include line, with the variables set above it (`TARGET_OS ?= linux` before `include
 * docker/docker.mk` decides docker.mk's `ifeq ($(TARGET_OS),windows)`), into one set of
 * variables whose final values the recipes see.
 */
function includeTree(
  rel: string,
  col: Collector,
): { units: MakeUnit[]; vars: Map<string, MakeVar> } {
  const units: MakeUnit[] = []
  const vars = new Map<string, MakeVar>()
  const seen = new Set<string>()
  const visit = (file: string, depth: number): void => {
    if (seen.has(file) || depth > MAX_INCLUDE_DEPTH) return
    seen.add(file)
    const text = col.read(file)
    if (text === undefined) return
    const parsed = parseMakefile(text, {
      vars,
      include: (patterns, _vars, at) => {
        const range = new LineIndex(file, text).range(at.start, at.end)
        for (const inc of includeTargets(dirOf(rel), patterns, col, range)) visit(inc, depth + 1)
      },
    })
    units.push({ rel: file, text, parsed })
  }
  visit(rel, 0)
  return { units, vars }
}

/** The fragments included by the collector's Makefiles (computed once per collector). */
function fragmentsIncluded(col: Collector): Set<string> {
  let set = includedByMakefile.get(col)
  if (set) return set
  set = new Set()
  includedByMakefile.set(col, set)
  for (const f of col.input.files.scripts) {
    if (!isMakefileName(f)) continue
    for (const u of includeTree(f, col).units) if (u.rel !== f) set.add(u.rel)
  }
  return set
}

function isMakefileName(rel: string): boolean {
  return /(^|\/)(GNUmakefile|makefile|Makefile)$/.test(rel)
}

export function collectMakefile(rel: string, col: Collector): void {
  // A fragment a Makefile includes is read with that Makefile, where its variables
  // (`CTR ?= docker` in a sibling fragment) are known.
  if (!isMakefileName(rel) && fragmentsIncluded(col).has(rel)) return
  const { units, vars } = includeTree(rel, col)
  if (!units.some((u) => MENTIONS_TOOL.test(u.text))) return
  const dir = dirOf(rel)
  // A `.mk` fragment runs in the directory of the Makefile that includes it, usually an
  // ancestor (the root's `include scripts/make/docker.mk`): paths are tried from its own
  // folder up to the root, and the first under which the Dockerfile exists wins.
  const cwds = rel.endsWith('.mk') ? selfAndAncestors(dir) : [dir]
  const env = new Map<string, string>()
  for (const k of vars.keys()) env.set(k, expandMake(`$(${k})`, { vars, holes: col.holes }))
  for (const u of units) collectRecipes(u, rel, vars, env, cwds, col)
}

function collectRecipes(
  unit: MakeUnit,
  makefile: string,
  vars: Map<string, MakeVar>,
  env: Map<string, string>,
  cwds: string[],
  col: Collector,
): void {
  const { rel, text, parsed } = unit
  const lines = new LineIndex(rel, text)
  const via = rel === makefile ? rel : `${rel} (included by ${makefile})`
  const derivedByTarget = new Map<string, Map<string, DerivedDockerfile>>()
  for (const recipe of parsed.recipes) {
    let derived = derivedByTarget.get(recipe.target)
    if (!derived) derivedByTarget.set(recipe.target, (derived = new Map()))
    // Recipe prefixes (@ - +) are not part of the command; blank them, keeping offsets.
    const raw = text
      .slice(recipe.start, recipe.end)
      .replace(/^(\s*)([@+-]+)/, (_m, ws: string, p: string) => ws + ' '.repeat(p.length))
    const ctx: MakeContext = { vars, holes: col.holes, target: recipe.target }
    const builds = findShellBuilds({
      text: raw,
      rangeOf: (s, e) => lines.range(recipe.start + s, recipe.start + e),
      holes: col.holes,
      env,
      cwds,
      scriptDir: dirOf(makefile),
      preExpand: (w) => expandMake(w, ctx),
      derived,
      onContainerStart: (found) =>
        col.containerCommands.push({
          kind: 'makefile',
          file: rel,
          where: `${via} target ${recipe.target}`,
          found,
        }),
    })
    addShellBuilds(col, builds, 'makefile', `${via} target ${recipe.target}`)
  }
}

function selfAndAncestors(dir: string): string[] {
  const out = [dir]
  for (let d = dir; d !== '.';) {
    d = dirOf(d)
    out.push(d)
  }
  return out
}
