/**
 * Walks shell text command by command, keeping variables, the working directory and
 * `for` loops, and reports every image build it meets with the paths resolved against
 * the root. Used for shell scripts, Makefile recipes and workflow `run:` steps.
 */
import type { SourceRange } from '../../core/range.js'
import { hasEncodedHoles, type HoleTable } from '../template.js'
import {
  parseBuildCommand,
  parseContainerStart,
  type BuildInvocation,
  type ContainerStart,
  type Field,
} from './build-command.js'
import type { Collector } from './collector.js'
import { joinRel } from './paths.js'
import { expandText, expandWord, type ShellScope } from './shell-expand.js'
import type { ShSyntaxError } from '../../shell/ast.js'
import { splitCommandsWithErrors, type RawWord, type SimpleCommand } from '../../shell/commands.js'

/** Marks a path that is already relative to the root (`$(git rev-parse --show-toplevel)`). */
export const ROOT_MARK = '\uE002'

export interface ShellRunOptions {
  text: string
  /** Source range of [start, end) offsets of `text`. */
  rangeOf(start: number, end: number): SourceRange
  holes: HoleTable
  /** Variables known before the text runs (environment, make variables). */
  env: Map<string, string>
  /** Possible working directories, most likely first (root-relative). */
  cwds: string[]
  /** Folder of the script file, for `$(dirname "$0")`. */
  scriptDir: string
  /** Text transformation applied to each raw word before shell expansion (make, `${{ }}`). */
  preExpand?(raw: string): string
  /** Sees every expanded command (GITHUB_OUTPUT writes). */
  onCommand?(fields: Field[], redirects: { op: string; target: string }[]): void
  /** Sees every command that starts a container (`docker run`, `podman create`...). */
  onContainerStart?(found: FoundContainerStart): void
  /**
   * Files written from a Dockerfile so far, shared by texts that run one after the other
   * (the lines of a make recipe each run in their own shell).
   */
  derived?: Map<string, DerivedDockerfile>
}

/** A file a command wrote from a Dockerfile: its source as written, where, and how. */
export interface DerivedDockerfile {
  source: string
  cwds: string
  by: string
}

/** A `docker run` (or create) command line, expanded, with what the shell could not read in it. */
export interface FoundContainerStart {
  start: ContainerStart
  fields: Field[]
  /** Syntax problems inside the command (an unterminated quote swallows the rest of the text). */
  problems: { message: string; range: SourceRange }[]
}

export interface FoundBuild {
  inv: BuildInvocation
  /** Possible working directories at the command. */
  cwds: string[]
  /**
   * When the build's Dockerfile is a file the same text wrote earlier from another Dockerfile
   * (kubebuilder's `sed ... Dockerfile > Dockerfile.cross`), the file written and the command
   * that wrote it; `inv.file` then names the source Dockerfile.
   */
  derived?: { written: string; by: string }
}

/** Commands that write a copy (possibly edited) of one file into another. */
const COPIERS = new Set(['sed', 'cp', 'cat', 'envsubst', 'awk', 'perl', 'install'])
const DOCKERFILE_NAME =
  /(?:^|\/)(?:[^/]*\.)?(?:Dockerfile|Containerfile)(?:\.[^/]*)?$|\.dockerfile$/i

const MAX_LOOP_VALUES = 32
const LOOP_OPEN = new Set(['for', 'while', 'until', 'select'])
const STRIP = new Set(['then', 'do', 'else', 'elif', '{', '}', '!', 'fi', 'done', 'esac'])

// Matrix legs run the same `run:` text again; its split is kept for reuse.
const splitCache = new Map<string, { commands: SimpleCommand[]; errors: ShSyntaxError[] }>()
const SPLIT_CACHE_MAX = 256

function commandsOf(text: string): { commands: SimpleCommand[]; errors: ShSyntaxError[] } {
  let cmds = splitCache.get(text)
  if (!cmds) {
    cmds = splitCommandsWithErrors(text)
    if (splitCache.size >= SPLIT_CACHE_MAX) splitCache.delete(splitCache.keys().next().value!)
    splitCache.set(text, cmds)
  }
  return cmds
}

// Bounds the work of nested literal loops (32 values, three levels deep).
const MAX_COMMANDS = 5000

export function findShellBuilds(opts: ShellRunOptions): FoundBuild[] {
  const { commands, errors } = commandsOf(opts.text)
  let budget = MAX_COMMANDS
  const vars = new Map(opts.env)
  const state = { cwds: opts.cwds.length ? [...opts.cwds] : ['.'] }
  const found: FoundBuild[] = []
  // Files the text writes from a Dockerfile, by the path as written and the working directories.
  const derived = opts.derived ?? new Map<string, DerivedDockerfile>()
  const scope: ShellScope = {
    holes: opts.holes,
    lookup: (name) => vars.get(name),
    set: (name, value) => void vars.set(name, value),
    commandSubstitution: (inner) => commandSubstitution(inner, opts.scriptDir, state.cwds),
  }
  const pre = (raw: string): string => (opts.preExpand ? opts.preExpand(raw) : raw)
  const fieldsOf = (words: RawWord[]): Field[] =>
    words.flatMap((w) => {
      // Ranges are computed only for the few words that end up as evidence.
      let range: SourceRange | undefined
      const rangeOf = opts.rangeOf
      return expandWord(pre(w.text), scope).map((text) => ({
        text,
        get range() {
          return (range ??= rangeOf(w.start, w.end))
        },
      }))
    })

  const run = (cmds: SimpleCommand[], depth: number): void => {
    for (let k = 0; k < cmds.length; k++) {
      if (--budget < 0) return
      const cmd = cmds[k]
      let words = cmd.words
      while (words.length && STRIP.has(words[0].text)) words = words.slice(1)
      if (!words.length) continue
      const head = words[0].text
      if (LOOP_OPEN.has(head)) {
        const end = matchingDone(cmds, k)
        const body = cmds.slice(k + 1, end)
        if (head === 'for' && words[2]?.text === 'in' && depth < 3) {
          const name = words[1].text
          const values = fieldsOf(words.slice(3)).map((f) => f.text)
          const literal = values.length > 0 && values.every((v) => !hasEncodedHoles(v))
          if (literal) {
            for (const v of values.slice(0, MAX_LOOP_VALUES)) {
              vars.set(name, v)
              run(body, depth + 1)
            }
          } else {
            vars.delete(name)
            run(body, depth + 1)
          }
        } else {
          run(body, depth + 1)
        }
        k = end
        continue
      }
      if (assign(words, scope, pre)) continue
      const writes =
        opts.onCommand !== undefined &&
        cmd.redirects.length > 0 &&
        (head === 'echo' || head === 'printf')
      if (COPIERS.has(head)) {
        noteDerived(head, fieldsOf(words), cmd.redirects, (t) => expandText(pre(t), scope))
        continue
      }
      if (!writes && head !== 'cd' && head !== 'pushd' && head !== 'popd' && !mightBuild(words))
        continue
      const fields = fieldsOf(words)
      if (opts.onCommand && writes) {
        const redirects = cmd.redirects.map((r) => ({
          op: r.op,
          target: expandText(pre(r.target.text), scope),
        }))
        opts.onCommand(fields, redirects)
      }
      if (head === 'cd' || head === 'pushd') {
        changeDir(state, fields[1]?.text)
        continue
      }
      if (head === 'popd') {
        state.cwds = []
        continue
      }
      const inv = parseBuildCommand(fields)
      if (inv) {
        const cwds = state.cwds.length ? [...state.cwds] : ['.']
        const from = inv.file && derived.get(inv.file.text)
        if (inv.file && from && from.cwds === cwds.join('\n')) {
          const written = inv.file.text
          found.push({
            inv: { ...inv, file: { text: from.source, range: inv.file.range } },
            cwds,
            derived: { written, by: from.by },
          })
        } else {
          found.push({ inv, cwds })
        }
      }
      const start = opts.onContainerStart && !inv ? parseContainerStart(fields) : undefined
      if (start) {
        const problems = errors
          .filter((e) => e.start >= cmd.start && e.start < cmd.end)
          .map((e) => ({ message: e.message, range: opts.rangeOf(e.start, e.start + 1) }))
        opts.onContainerStart!({ start, fields, problems })
      }
    }
  }
  /**
   * `sed -e ... Dockerfile > Dockerfile.cross`, `cp Dockerfile build/Dockerfile`: the written
   * file is built later in the same text but is not in the repository.
   */
  const noteDerived = (
    head: string,
    fields: Field[],
    redirects: { op: string; target: { text: string } }[],
    expand: (t: string) => string,
  ): void => {
    const args = fields.slice(1).map((f) => f.text)
    const out = redirects.find((r) => r.op === '>' || r.op === '>|')
    const input = redirects.find((r) => r.op === '<')
    let source: string | undefined
    let dest: string | undefined
    if (out) {
      dest = expand(out.target.text)
      source = input ? expand(input.target.text) : args.findLast((a) => DOCKERFILE_NAME.test(a))
    } else if (head === 'cp' || head === 'install') {
      const paths = args.filter((a) => !a.startsWith('-'))
      if (paths.length === 2) [source, dest] = paths
    }
    if (!source || !dest || !DOCKERFILE_NAME.test(source) || hasEncodedHoles(dest)) return
    const cwds = (state.cwds.length ? state.cwds : ['.']).join('\n')
    derived.set(dest, { source, cwds, by: `${head} ${source} > ${dest}` })
  }

  run(commands, 0)
  return found
}

/** Text that never matches this cannot run an image build. */
export const MENTIONS_TOOL = /docker|podman|buildah|nerdctl/

/**
 * Whether a command can be an image build once expanded: its program word names a build
 * tool or is a variable (`$(CONTAINER_TOOL)`). Other commands are not expanded at all.
 */
function mightBuild(words: RawWord[]): boolean {
  for (const w of words) {
    if (WRAPPER_WORDS.has(w.text) || ASSIGN.test(w.text)) continue
    return MENTIONS_TOOL.test(w.text) || w.text.includes('$')
  }
  return false
}

const WRAPPER_WORDS = new Set(['sudo', 'exec', 'time', 'command', 'nohup', 'env'])

/** Index of the `done` closing the loop opened at `k` (or the last command). */
function matchingDone(cmds: SimpleCommand[], k: number): number {
  let depth = 0
  for (let j = k; j < cmds.length; j++) {
    for (const w of cmds[j].words) {
      if (LOOP_OPEN.has(w.text) && w === firstNonStrip(cmds[j])) depth++
      if (w.text === 'done' && w === cmds[j].words[0]) {
        depth--
        if (depth === 0) return j
      }
    }
  }
  return cmds.length - 1
}

function firstNonStrip(cmd: SimpleCommand): RawWord | undefined {
  return cmd.words.find((w) => !STRIP.has(w.text))
}

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/
const DECLARE = new Set(['export', 'local', 'readonly', 'declare', 'typeset'])

/** Handles `A=b`, `export A=b`, `local A=b`; returns true when the command only assigns. */
function assign(words: RawWord[], scope: ShellScope, pre: (raw: string) => string): boolean {
  let list = words
  if (DECLARE.has(list[0].text)) {
    list = list.slice(1).filter((w) => !w.text.startsWith('-'))
    for (const w of list) {
      const m = ASSIGN.exec(w.text)
      if (m) scope.set?.(m[1], expandText(pre(w.text.slice(m[0].length)), scope))
    }
    return true
  }
  if (!list.every((w) => ASSIGN.test(w.text))) return false
  for (const w of list) {
    const m = ASSIGN.exec(w.text)!
    const value = expandText(pre(w.text.slice(m[0].length)), scope)
    const append = w.text[m[1].length] === '+'
    scope.set?.(m[1], append ? (scope.lookup(m[1]) ?? '') + value : value)
  }
  return true
}

function changeDir(state: { cwds: string[] }, arg: string | undefined): void {
  // A folder that is partly a variable (`cd cmd/$*`) is kept: the image name may bind it.
  const onlyHoles =
    arg !== undefined && hasEncodedHoles(arg) && arg.replace(/\uE000\d+\uE001/g, '') === ''
  if (arg === undefined || arg === '-' || onlyHoles) {
    state.cwds = []
    return
  }
  if (arg.startsWith(ROOT_MARK)) {
    const p = joinRel('.', arg.slice(1).replace(/^\/+/, '') || '.')
    state.cwds = p === undefined ? [] : [p]
    return
  }
  if (arg.startsWith('/') || arg.startsWith('~')) {
    state.cwds = []
    return
  }
  state.cwds = state.cwds.map((c) => joinRel(c, arg)).filter((c): c is string => c !== undefined)
}

function commandSubstitution(inner: string, scriptDir: string, cwds: string[]): string | undefined {
  const t = inner.replace(/\s+/g, ' ').trim()
  if (/^dirname (?:-- )?"?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\}|BASH_SOURCE)"?$/.test(t)) {
    return ROOT_MARK + scriptDir
  }
  if (t === 'git rev-parse --show-toplevel') return ROOT_MARK + '.'
  if (t === 'pwd' && cwds.length === 1) return ROOT_MARK + cwds[0]
  return undefined
}

/** Resolves a path written in a command run from `cwd`; undefined when it leaves the root. */
export function resolveFrom(cwd: string, p: string): string | undefined {
  if (p.startsWith(ROOT_MARK)) return joinRel('.', p.slice(1).replace(/^\/+/, '') || '.')
  return joinRel(cwd, p)
}

export interface BuildPaths {
  context: string
  dockerfile: string
}

/**
 * Context and Dockerfile of a build run from one of `cwds`: the first working directory
 * under which the Dockerfile exists, else the first (or the last, with `fallback: 'last'`).
 * Undefined for remote contexts.
 */
export function buildPaths(
  inv: BuildInvocation,
  cwds: string[],
  exists: (rel: string) => boolean,
  fallback: 'first' | 'last' = 'first',
): BuildPaths | undefined {
  const ctxText = inv.context?.text ?? '.'
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(ctxText) || ctxText === '-') return undefined
  let first: BuildPaths | undefined
  for (const cwd of cwds) {
    const context = resolveFrom(cwd, ctxText)
    if (context === undefined) continue
    let dockerfile: string | undefined
    if (inv.file && inv.file.text !== '-') dockerfile = resolveFrom(cwd, inv.file.text)
    else if (inv.file) continue
    else {
      const containerfile = joinRel(context, 'Containerfile')
      const usesContainerfile =
        (inv.tool === 'podman' || inv.tool === 'buildah') &&
        containerfile !== undefined &&
        exists(containerfile)
      dockerfile = usesContainerfile ? containerfile : joinRel(context, 'Dockerfile')
    }
    if (dockerfile === undefined) continue
    const paths = { context, dockerfile }
    if (hasEncodedHoles(dockerfile) || exists(dockerfile)) return paths
    if (fallback === 'last' || !first) first = paths
  }
  return first
}

/**
 * A candidate link per tag of each build whose Dockerfile exists; `where` names the file
 * (and make target) for the evidence text.
 */
export function addShellBuilds(
  col: Collector,
  builds: FoundBuild[],
  kind: 'script' | 'makefile' | 'workflow',
  where: string,
  prefer?: 'first' | 'last',
): void {
  for (const { inv, cwds, derived } of builds) {
    const paths = buildPaths(inv, cwds, (p) => col.exists(p), prefer)
    if (!paths) continue
    const via = derived
      ? ` (${derived.written}, written from it by ${derived.by.split(' ')[0]})`
      : ''
    for (const tag of inv.tags) {
      col.add({
        image: tag.text,
        // Ranges of workflow words are computed on first use.
        imageRange: () => tag.range,
        dockerfile: paths.dockerfile,
        context: paths.context,
        target: inv.target?.text,
        buildArgs: inv.buildArgs,
        kind,
        detail: `${where}: ${inv.command} -t ${col.display(tag.text)} builds ${col.display(paths.dockerfile)}${via}`,
      })
    }
  }
}
