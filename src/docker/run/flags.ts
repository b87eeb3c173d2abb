/**
 * The options of `docker run` / `docker create` (and Podman's and nerdctl's, which share
 * them), read the way the CLIs read them (spf13/pflag): `--flag value`, `--flag=value`,
 * boolean flags with an optional `=false`, short flags alone (`-u root`), glued to their
 * value (`-uroot`, `-u=root`) or clustered (`-it`, `-itu root`), and the first argument
 * that is not an option ending the options (the image). A long option not known as a
 * boolean is taken to need a value, so an unknown option never swallows the image by
 * being read as a boolean.
 */
import type { SourceRange } from '../../core/range.js'

export interface Word {
  text: string
  range: SourceRange
}

export interface RunFlag {
  /** Canonical long name without dashes: `user`, `volume`, `network`. */
  name: string
  /** As written: `--user`, `-u`, `--net`. */
  written: string
  value?: string
  /** From the option to the end of its value (when both are on one line). */
  range: SourceRange
}

export interface ParsedRun {
  flags: RunFlag[]
  image?: Word
  /** The command and its arguments, after the image. */
  args: Word[]
}

const SHORT: Readonly<Record<string, string>> = {
  a: 'attach',
  c: 'cpu-shares',
  d: 'detach',
  e: 'env',
  h: 'hostname',
  i: 'interactive',
  l: 'label',
  m: 'memory',
  P: 'publish-all',
  p: 'publish',
  q: 'quiet',
  t: 'tty',
  u: 'user',
  v: 'volume',
  w: 'workdir',
}

const ALIASES: Readonly<Record<string, string>> = {
  net: 'network',
  'net-alias': 'network-alias',
}

/** Options that take no value (docker, podman, nerdctl). */
const BOOLEAN = new Set([
  'detach',
  'disable-content-trust',
  'env-host',
  'help',
  'http-proxy',
  'init',
  'interactive',
  'no-healthcheck',
  'no-hostname',
  'no-hosts',
  'oom-kill-disable',
  'passwd',
  'privileged',
  'publish-all',
  'quiet',
  'read-only',
  'read-only-tmpfs',
  'replace',
  'rm',
  'rmi',
  'rootfs',
  'sig-proxy',
  'tls-verify',
  'tty',
  'use-api-socket',
])

/** A range covering both, when they are on one line (else the first). */
export function spanOf(a: SourceRange, b: SourceRange): SourceRange {
  if (a.file !== b.file || a.startLine !== b.startLine || b.startLine !== b.endLine) return a
  return { ...a, endLine: b.endLine, endColumn: Math.max(a.endColumn, b.endColumn) }
}

/** Reads the options and the image of a run/create command from the words after the subcommand. */
export function parseRunArgs(words: readonly Word[]): ParsedRun {
  const flags: RunFlag[] = []
  let i = 0
  for (; i < words.length; i++) {
    const w = words[i]
    const t = w.text
    if (t === '--') {
      i++
      break
    }
    if (!t.startsWith('-') || t === '-') break
    if (t.startsWith('--')) {
      const eq = t.indexOf('=')
      const written = eq < 0 ? t : t.slice(0, eq)
      const raw = written.slice(2)
      const name = ALIASES[raw] ?? raw
      if (eq >= 0) flags.push({ name, written, value: t.slice(eq + 1), range: w.range })
      else if (BOOLEAN.has(name)) flags.push({ name, written, range: w.range })
      else {
        const v = words[i + 1]
        flags.push({
          name,
          written,
          ...(v ? { value: v.text, range: spanOf(w.range, v.range) } : { range: w.range }),
        })
        i++
      }
      continue
    }
    // A cluster of short options; the first that takes a value takes the rest (or the next word).
    for (let k = 1; k < t.length; k++) {
      const name = SHORT[t[k]] ?? t[k]
      const written = `-${t[k]}`
      if (BOOLEAN.has(name) || !(t[k] in SHORT)) {
        flags.push({ name, written, range: w.range })
        continue
      }
      const rest = t.slice(k + 1)
      if (rest) flags.push({ name, written, value: rest.replace(/^=/, ''), range: w.range })
      else {
        const v = words[i + 1]
        flags.push({
          name,
          written,
          ...(v ? { value: v.text, range: spanOf(w.range, v.range) } : { range: w.range }),
        })
        i++
      }
      break
    }
  }
  const image = words[i]
  return { flags, ...(image ? { image } : {}), args: words.slice(i + 1) }
}

/** `docker run`/`create` options, and `options:` of a GitHub job container, as words. */
export function splitOptions(raw: string): { text: string; start: number; end: number }[] {
  // The runner hands `options` to `docker create` as one argument string: blanks separate
  // words, double quotes group and are removed.
  const out: { text: string; start: number; end: number }[] = []
  let i = 0
  while (i < raw.length) {
    while (i < raw.length && /\s/.test(raw[i])) i++
    if (i >= raw.length) break
    const start = i
    let text = ''
    let quoted = false
    while (i < raw.length && (quoted || !/\s/.test(raw[i]))) {
      if (raw[i] === '"') quoted = !quoted
      else text += raw[i]
      i++
    }
    out.push({ text, start, end: i })
  }
  return out
}
