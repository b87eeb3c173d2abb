/**
 * GNU-style option parsing for the account and ownership commands: combined
 * short flags (`-rm`, `-u1000`, `-ru 1000`), long options with `=` or a
 * separate value, unambiguous long prefixes, options after positionals, `--`.
 */
import type { EvalWord } from '../shell/walk.js'
import { pushAll } from '../../core/arrays.js'

export interface OptSpec {
  /** Short options; a following ':' means the option takes a value (`'u:g:rm'`). */
  short: string
  /** Long option name -> the short letter it stands for, or itself; `:` suffix when it takes a value. */
  long: Record<string, string>
  /** Stop at the first positional (POSIX) instead of permuting (GNU). */
  posix?: boolean
}

export interface ParsedOpt {
  /** The short letter, or the long name when it has no short form. */
  name: string
  value?: EvalWord
  word: EvalWord
}

export interface ParsedArgs {
  opts: ParsedOpt[]
  positionals: EvalWord[]
  unknown: string[]
}

interface Compiled {
  takes: Map<string, boolean>
  longs: Map<string, { name: string; arg: boolean }>
}

const compiled = new WeakMap<OptSpec, Compiled>()

function compile(spec: OptSpec): Compiled {
  const hit = compiled.get(spec)
  if (hit) return hit
  const takes = new Map<string, boolean>()
  for (let i = 0; i < spec.short.length; i++) {
    const c = spec.short[i]
    if (c === ':') continue
    takes.set(c, spec.short[i + 1] === ':')
  }
  const longs = new Map<string, { name: string; arg: boolean }>()
  for (const [k, v] of Object.entries(spec.long)) {
    const arg = k.endsWith(':')
    const key = arg ? k.slice(0, -1) : k
    longs.set(key, { name: v || key, arg })
  }
  const c = { takes, longs }
  compiled.set(spec, c)
  return c
}

export function getopt(args: EvalWord[], spec: OptSpec): ParsedArgs {
  const { takes, longs } = compile(spec)
  const out: ParsedArgs = { opts: [], positionals: [], unknown: [] }
  for (let i = 0; i < args.length; i++) {
    const w = args[i]
    const a = w.text
    if (a === '--') {
      pushAll(out.positionals, args.slice(i + 1))
      break
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=')
      const key = eq === -1 ? a.slice(2) : a.slice(2, eq)
      let hit = longs.get(key)
      if (!hit) {
        const cands = [...longs.keys()].filter((k) => k.startsWith(key))
        if (cands.length === 1) hit = longs.get(cands[0])
      }
      if (!hit) {
        out.unknown.push(a)
        continue
      }
      if (hit.arg) {
        let value: EvalWord | undefined
        if (eq !== -1) value = { ...w, text: a.slice(eq + 1) }
        else if (i + 1 < args.length) value = args[++i]
        out.opts.push({ name: hit.name, value, word: w })
      } else out.opts.push({ name: hit.name, word: w })
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]
        const t = takes.get(c)
        if (t === undefined) {
          out.unknown.push('-' + c)
          continue
        }
        if (t) {
          let value: EvalWord | undefined
          if (j + 1 < a.length) value = { ...w, text: a.slice(j + 1) }
          else if (i + 1 < args.length) value = args[++i]
          out.opts.push({ name: c, value, word: w })
          break
        }
        out.opts.push({ name: c, word: w })
      }
      continue
    }
    out.positionals.push(w)
    if (spec.posix) {
      pushAll(out.positionals, args.slice(i + 1))
      break
    }
  }
  return out
}

export function lastOpt(p: ParsedArgs, name: string): ParsedOpt | undefined {
  for (let i = p.opts.length - 1; i >= 0; i--) if (p.opts[i].name === name) return p.opts[i]
  return undefined
}

export function hasOpt(p: ParsedArgs, name: string): boolean {
  return p.opts.some((o) => o.name === name)
}
