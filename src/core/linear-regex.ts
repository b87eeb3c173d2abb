/**
 * Regular expressions built from repository text (globs of .helmignore, .Files.Glob and
 * config excludes, shell patterns of a Dockerfile, image names with variables) run on re2js,
 * a port of RE2: linear in the input whatever the pattern. V8's RegExp backtracks, and a glob
 * like `*a*a*a*a*a*a*a*b` over a 40-character name never finishes there.
 *
 * The sources are the subset both dialects read alike (literals, escaped punctuation, classes,
 * groups, alternation, quantifiers, anchors); flags: `i`, `s`, `m` (`u` is implied: RE2 matches
 * code points).
 */
import type { RE2JS } from 're2js'
import engine from './re2-engine.cjs'

/** The RE2JS class (re2-engine.cts loads it on first use). */
export const re2 = (): typeof RE2JS => engine.loadRe2js() as typeof RE2JS

export interface LinearRegex {
  /** Whether the pattern matches somewhere in `s` (RegExp.test without `g`). */
  test(s: string): boolean
  /** The first match and its groups (undefined: not matched), or null (RegExp.exec without `g`). */
  exec(s: string): LinearMatch | null
  /** Every match, left to right, as String.matchAll with `g` finds them. */
  matchAll(s: string): LinearMatch[]
  /** Every match with `replace` applied, left to right, as String.replace with `g` does. */
  replaceAll(s: string, replace: (m: LinearMatch) => string): string
}

export interface LinearMatch {
  0: string
  [group: number]: string | undefined
  index: number
  length: number
}

type MatchAt = (s: string, from: number) => LinearMatch | null

/** A LinearRegex with the search from a position that its other methods are built on. */
interface Searcher extends LinearRegex {
  matchAt: MatchAt
}

/** The LinearRegex methods over a search from a position (the same for both engines). */
function searcher(matchAt: MatchAt, test = (s: string) => matchAt(s, 0) !== null): Searcher {
  const matchAll = (s: string): LinearMatch[] => {
    const all: LinearMatch[] = []
    for (let from = 0; from <= s.length;) {
      const m = matchAt(s, from)
      if (!m) break
      all.push(m)
      from = m.index + (m[0].length || 1)
    }
    return all
  }
  return {
    matchAt,
    test,
    exec: (s) => matchAt(s, 0),
    matchAll,
    replaceAll(s, replace) {
      let result = ''
      let last = 0
      for (const m of matchAll(s)) {
        result += s.slice(last, m.index) + replace(m)
        last = m.index + m[0].length
      }
      return result + s.slice(last)
    },
  }
}

const cache = new Map<string, Searcher>()

/** Compiles `source`; throws (an Error with RE2's message) on a syntax RE2 rejects. */
export function linearRegex(source: string, flags = ''): LinearRegex {
  return compileRe2(source, flags)
}

function compileRe2(source: string, flags: string): Searcher {
  const key = `${flags}/${source}`
  let out = cache.get(key)
  if (out) return out
  const RE2JS = re2()
  let f = 0
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE
  if (flags.includes('s')) f |= RE2JS.DOTALL
  if (flags.includes('m')) f |= RE2JS.MULTILINE
  const refs = withoutBackreferences(source)
  const re = RE2JS.compile(refs.source, f)
  refs.groups ??= Array.from({ length: re.groupCount() + 1 }, (_, i) => i)
  const groups = refs.groups
  const same = (a: string | null, b: string | null) =>
    a === b ||
    (a !== null && b !== null && f & RE2JS.CASE_INSENSITIVE
      ? a.toLowerCase() === b.toLowerCase()
      : false)
  const matchAt: MatchAt = (s, from) => {
    const m = re.matcher(s)
    for (let at = from; at <= s.length;) {
      if (!m.find(at)) return null
      if (refs.copies.every(([copy, of]) => same(m.group(copy), m.group(of)))) {
        const out: LinearMatch = {
          0: m.group(0) ?? '',
          index: m.start(),
          length: groups.length,
        }
        for (let g = 1; g < groups.length; g++) out[g] = m.group(groups[g]) ?? undefined
        return out
      }
      // A backreference that does not hold here: RE2 has no other assignment to offer.
      at = m.start() + 1
    }
    return null
  }
  // Without backreferences RE2's own test answers; with them only matchAt checks the copies.
  out = refs.copies.length ? searcher(matchAt) : searcher(matchAt, (s) => re.test(s))
  if (cache.size > 2000) cache.clear()
  cache.set(key, out)
  return out
}

/**
 * A pattern of our own (ASCII classes, no `.`), matched by V8's RegExp on inputs up to
 * `shortInput` characters and by linearRegex beyond, compiled on first use of each. Both
 * engines choose the same match (Go's regexp picks the one a backtracking engine would; with a
 * backreference V8 tries every assignment where the RE2 side checks the first); a short input
 * bounds the backtracking (see backtrackingLimit), and ordinary inputs never load the RE2 engine.
 */
export function lazyLinearRegex(source: string, flags = '', shortInput = 128): LinearRegex {
  let short: RegExp | undefined
  return searcher((s, from) => {
    if (s.length > shortInput) return compileRe2(source, flags).matchAt(s, from)
    short ??= new RegExp(source, flags + 'g')
    short.lastIndex = from
    return short.exec(s) as LinearMatch | null
  })
}

/**
 * The longest input on which a backtracking engine stays under about a million steps for a
 * pattern with `quantifiers` unbounded repetitions (each can try every split: n^k).
 */
export function backtrackingLimit(quantifiers: number): number {
  if (quantifiers <= 1) return 4096
  return Math.max(16, Math.floor(Math.pow(1e6, 1 / quantifiers)))
}

/**
 * RE2 has no backreferences (`\\1`): each becomes a copy of its group, captured on its own, and a
 * match counts only when the copy captured the same text. The groups of the result are the
 * source's. Only the first assignment RE2 finds is checked (a backtracking engine would try
 * others); the patterns here repeat a hole of an image name, where that one is the answer.
 */
function withoutBackreferences(source: string): {
  source: string
  /**
   * Group numbers of the source's groups in the rewritten pattern (index 0: the whole match);
   * undefined when the source is unchanged (every group is its own).
   */
  groups?: number[]
  /** [copy, original] group numbers that must capture the same text. */
  copies: [number, number][]
} {
  if (!/\\[1-9]/.test(source)) return { source, copies: [] }
  const bodies: string[] = []
  const open: { start: number; index: number }[] = []
  const groups = [0]
  const copies: [number, number][] = []
  let out = ''
  let made = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const next = source[i + 1] ?? ''
      if (!inClass && /[1-9]/.test(next)) {
        const of = Number(next)
        const body = (bodies[of] ?? '').replace(/\((?!\?)/g, '(?:')
        made++
        copies.push([made, groups[of]])
        out += `(${body})`
      } else out += c + next
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      out += c
      continue
    }
    if (c === '[') inClass = true
    else if (c === '(') {
      const capturing = source[i + 1] !== '?'
      if (capturing) {
        made++
        groups.push(made)
      }
      open.push({ start: i + 1, index: capturing ? groups.length - 1 : -1 })
    } else if (c === ')') {
      const g = open.pop()
      if (g && g.index > 0) bodies[g.index] = source.slice(g.start, i)
    }
    out += c
  }
  return { source: out, groups, copies }
}

/** `s` with every character that means something in a regular expression escaped. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
