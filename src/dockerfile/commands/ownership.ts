/**
 * Ownership and mode changes in RUN: `chown`, `chgrp`, `chmod`,
 * `install -o/-g/-m`, `find ROOT ... -exec chmod|chown ... {} ;`, and
 * Windows `icacls PATH /setowner USER`.
 */
import { posix } from 'node:path'
import type { OwnershipHow } from '../types.js'
import type { CommandVisit, EvalWord } from '../shell/walk.js'
import type { CommandEnv } from './events.js'
import { getopt, hasOpt, lastOpt } from './getopt.js'

const CHOWN = {
  short: 'cfvhRHLP',
  long: {
    changes: 'c',
    silent: 'f',
    quiet: 'f',
    verbose: 'v',
    'no-dereference': 'h',
    dereference: '',
    recursive: 'R',
    'from:': '',
    'reference:': '',
    'preserve-root': '',
    'no-preserve-root': '',
  },
}

const CHMOD = {
  short: 'cfvR',
  long: {
    changes: 'c',
    silent: 'f',
    quiet: 'f',
    verbose: 'v',
    recursive: 'R',
    'reference:': '',
    'preserve-root': '',
    'no-preserve-root': '',
  },
}

const INSTALL = {
  short: 'bcCdDg:m:o:psS:t:TvZ',
  long: {
    backup: '',
    compare: 'C',
    directory: 'd',
    'group:': 'g',
    'mode:': 'm',
    'owner:': 'o',
    'preserve-timestamps': 'p',
    strip: 's',
    'strip-program:': '',
    'suffix:': 'S',
    'target-directory:': 't',
    'no-target-directory': 'T',
    verbose: 'v',
    'preserve-context': '',
    context: 'Z',
  },
}

/** A chmod mode word given where an option could stand (`chmod -x f`, `chmod -R -w d`). */
const DASH_MODE = /^-[rwxXst]+$/

/** `user.group` (old GNU syntax) and `user:group`, normalised to `user:group`. */
export function normaliseOwner(spec: string): string {
  if (spec.includes(':') || !spec.includes('.')) return spec
  if (spec.startsWith('$')) return spec
  const dot = spec.indexOf('.')
  return spec.slice(0, dot) + ':' + spec.slice(dot + 1)
}

/** An absolute path for a RUN argument; shell variables and unknown cwd keep it as written. */
export function resolveRunPath(p: EvalWord, cwd: string | null): string {
  const t = p.text
  if (t.startsWith('/') || /^[A-Za-z]:[/\\]/.test(t))
    return t.length > 1 ? t.replace(/\/+$/, '') || '/' : t
  if (!p.known && t.startsWith('$')) return t
  if (cwd === null) return t
  const joined = posix.join(cwd, t)
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined
}

function loopValuesFor(p: EvalWord, v: CommandVisit): string[] | undefined {
  const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(p.text)
  return m ? v.loopValues.get(m[1]) : undefined
}

function emitPaths(
  v: CommandVisit,
  env: CommandEnv,
  paths: EvalWord[],
  base: {
    owner: string | null
    mode: string | null
    how: OwnershipHow
    recursive?: boolean
    note?: string
  },
): void {
  for (const p of paths) {
    env.emit({
      kind: 'own',
      path: resolveRunPath(p, v.cwd),
      owner: base.owner,
      mode: base.mode,
      how: base.how,
      recursive: base.recursive || undefined,
      note: base.note,
      pathValues: loopValuesFor(p, v),
      start: p.start,
      end: p.end,
    })
  }
}

export function chown(v: CommandVisit, args: EvalWord[], env: CommandEnv, note?: string): void {
  const p = getopt(args, CHOWN)
  if (lastOpt(p, 'reference')) return
  const [ownerW, ...paths] = p.positionals
  if (!ownerW) return
  emitPaths(v, env, paths, {
    owner: normaliseOwner(ownerW.text),
    mode: null,
    how: 'RUN chown',
    recursive: hasOpt(p, 'R'),
    note,
  })
}

export function chgrp(v: CommandVisit, args: EvalWord[], env: CommandEnv, note?: string): void {
  const p = getopt(args, CHOWN)
  if (lastOpt(p, 'reference')) return
  const [groupW, ...paths] = p.positionals
  if (!groupW) return
  emitPaths(v, env, paths, {
    owner: ':' + groupW.text,
    mode: null,
    how: 'RUN chgrp',
    recursive: hasOpt(p, 'R'),
    note,
  })
}

export function chmod(v: CommandVisit, args: EvalWord[], env: CommandEnv, note?: string): void {
  // A mode like `-x` looks like an option: take the first such word as the mode.
  let mode: EvalWord | undefined
  const rest: EvalWord[] = []
  for (const a of args) {
    if (!mode && DASH_MODE.test(a.text) && !/^-[Rcfv]+$/.test(a.text)) mode = a
    else rest.push(a)
  }
  const p = getopt(rest, CHMOD)
  if (lastOpt(p, 'reference')) return
  const positionals = [...p.positionals]
  if (!mode) mode = positionals.shift()
  if (!mode) return
  emitPaths(v, env, positionals, {
    owner: null,
    mode: mode.text,
    how: 'RUN chmod',
    recursive: hasOpt(p, 'R'),
    note,
  })
}

export function install(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p = getopt(args, INSTALL)
  const o = lastOpt(p, 'o')?.value
  const g = lastOpt(p, 'g')?.value
  if (!o && !g) return
  const owner = o ? (g ? `${o.text}:${g.text}` : o.text) : `:${g?.text ?? ''}`
  const mode = lastOpt(p, 'm')?.value?.text ?? null
  let paths: EvalWord[]
  const t = lastOpt(p, 't')?.value
  if (hasOpt(p, 'd')) paths = p.positionals
  else if (t) paths = [t]
  else paths = p.positionals.length ? [p.positionals[p.positionals.length - 1]] : []
  emitPaths(v, env, paths, { owner, mode, how: 'RUN install --owner' })
}

/** `find ROOT... [tests] -exec chmod MODE {} ;` -> a change on ROOT, with the filter in the note. */
export function find(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const roots: EvalWord[] = []
  let k = 0
  while (k < args.length && /^-[HLP]$/.test(args[k].text)) k++
  while (k < args.length && !/^[-(!]/.test(args[k].text)) roots.push(args[k++])
  if (roots.length === 0) return
  const filter: string[] = []
  for (; k < args.length; k++) {
    const a = args[k].text
    if (a !== '-exec' && a !== '-execdir') {
      filter.push(a)
      continue
    }
    const cmd: EvalWord[] = []
    k++
    while (k < args.length && args[k].text !== ';' && args[k].text !== '+') cmd.push(args[k++])
    const name = cmd[0]?.text.split('/').pop()
    if (name !== 'chmod' && name !== 'chown' && name !== 'chgrp') continue
    const inner = cmd.slice(1).filter((w) => w.text !== '{}')
    const note = `via find ${roots.map((r) => r.text).join(' ')}${filter.length ? ' ' + filter.join(' ') : ''} -exec ${name}`
    const sub: CommandVisit = { ...v, argv: [cmd[0], ...inner] }
    const withRoots = [...inner, ...roots]
    if (name === 'chmod') chmod(sub, withRoots, env, note)
    else if (name === 'chown') chown(sub, withRoots, env, note)
    else chgrp(sub, withRoots, env, note)
  }
}

/** Windows `icacls PATH /setowner USER`. */
export function icacls(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const path = args[0]
  if (!path) return
  for (let k = 1; k < args.length; k++) {
    if (args[k].text.toLowerCase() === '/setowner' && args[k + 1]) {
      env.emit({
        kind: 'own',
        path: path.text.replace(/\\/g, '/'),
        owner: args[k + 1].text,
        mode: null,
        how: 'RUN icacls /setowner',
        recursive: args.some((a) => a.text.toLowerCase() === '/t') || undefined,
        start: path.start,
        end: path.end,
      })
    }
  }
}
