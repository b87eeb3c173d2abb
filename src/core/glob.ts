/**
 * Globs of the configuration (`exclude`, `rules.<id>.exclude`, `--exclude`) and of Makefile
 * `include` lines, matched against repository paths in linear time. They are written as
 * picomatch globs with `dot: true` (the library this replaces, whose backtracking regular
 * expressions never finished on `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a 40-character name):
 * `*` and `?` within a path segment, `**` as a whole segment for any number of segments,
 * `[abc]`, `[^a-z]`, `[[:alpha:]]`, `{a,b}` and `{1..3}`, the extglobs `@(a|b)`, `?(a)`,
 * `*(a)` and `+(a)`, `\` escapes and a leading `!` to negate. Not supported: the extglob
 * `!(a)` (read as literal text). Paths are relative, with `/`, and without `.` or `..` segments.
 */
import { escapeRegex, linearRegex, type LinearRegex } from './linear-regex.js'

export interface Glob {
  test(path: string): boolean
}

const cache = new Map<string, Glob>()

/** A matcher for one glob. */
export function compileGlob(pattern: string): Glob {
  let glob = cache.get(pattern)
  if (glob) return glob
  let body = pattern
  let negate = false
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negate = !negate
    body = body.slice(1)
  }
  if (body.startsWith('./')) body = body.slice(2)
  let re: LinearRegex
  try {
    re = linearRegex(`^${globSource(body)}$`, 's')
  } catch {
    re = linearRegex(`^${escapeRegex(body)}$`, 's')
  }
  glob = { test: (path) => re.test(path) !== negate }
  if (cache.size > 2000) cache.clear()
  cache.set(pattern, glob)
  return glob
}

/** A matcher that matches what any of the globs matches. */
export function compileGlobs(patterns: readonly string[]): Glob {
  const globs = patterns.map(compileGlob)
  return { test: (path) => globs.some((g) => g.test(path)) }
}

/** The regular expression (RE2 syntax) of a glob without its `!`. */
function globSource(pattern: string): string {
  // `**/**` is `**`.
  const segments = splitSegments(pattern).filter(
    (seg, i, all) => !(seg === '**' && all[i - 1] === '**'),
  )
  let out = ''
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]
    const last = i === segments.length - 1
    if (seg === '**') {
      if (segments.length === 1) return '.*'
      // Zero or more whole segments: `a/**/b` is a/b too, `a/**` is a too.
      if (i === 0) out += '(?:.*/)?'
      // picomatch's quirk: after a segment ending in `*`, `/**` needs the slash (`*/**` is
      // not `a`, where `a/**` is `a`).
      else if (last)
        out = out.replace(/\/$/, '') + (/\*$/.test(segments[i - 1]) ? '/.*' : '(?:/.*)?')
      else out += '(?:.*/)?'
      continue
    }
    out += segmentSource(seg) + (last ? '' : '/')
  }
  return out
}

/** Splits at `/` outside brackets, braces and extglob parentheses. */
function splitSegments(pattern: string): string[] {
  const out: string[] = []
  let cur = ''
  let depth = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      cur += c + (pattern[i + 1] ?? '')
      i++
      continue
    }
    if (c === '{' || c === '(') depth++
    else if ((c === '}' || c === ')') && depth > 0) depth--
    if (c === '/' && depth === 0) {
      out.push(cur)
      cur = ''
      continue
    }
    cur += c
  }
  out.push(cur)
  return out
}

/** One segment (or a part of one inside braces): no `/` is matched by its wildcards. */
function segmentSource(seg: string): string {
  // A segment that is nothing but `*` names something: it never matches an empty segment.
  if (seg === '*') return '[^/]+'
  let out = ''
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]
    const next = seg[i + 1]
    if (c === '\\') {
      out += escapeRegex(next ?? '\\')
      i++
    } else if ('@?*+'.includes(c) && next === '(') {
      const close = matching(seg, i + 1, '(', ')')
      if (close < 0) {
        out += escapeRegex(c)
        continue
      }
      const alts = splitTop(seg.slice(i + 2, close), '|').map(segmentSource)
      const q = c === '@' ? '' : c
      out += `(?:${alts.join('|')})${q}`
      i = close
    } else if (c === '*') {
      while (seg[i + 1] === '*') i++
      out += '[^/]*'
    } else if (c === '?') {
      out += '[^/]'
    } else if (c === '[') {
      const cls = bracket(seg, i)
      if (!cls) {
        out += '\\['
        continue
      }
      out += cls.source
      i = cls.end
    } else if (c === '{') {
      const close = matching(seg, i, '{', '}')
      const inner = close < 0 ? '' : seg.slice(i + 1, close)
      const range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner)
      if (range && Math.abs(Number(range[2]) - Number(range[1])) <= 1000) {
        const [a, b] = [Number(range[1]), Number(range[2])]
        const nums: string[] = []
        for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? 1 : -1) nums.push(String(n))
        out += `(?:${nums.join('|')})`
        i = close
      } else if (close >= 0 && splitTop(inner, ',').length > 1) {
        out += `(?:${splitTop(inner, ',').map(segmentSource).join('|')})`
        i = close
      } else {
        out += '\\{'
      }
    } else {
      out += escapeRegex(c)
    }
  }
  return out
}

/** A bracket expression at `seg[at]` as an RE2 class that never matches `/`. */
function bracket(seg: string, at: number): { source: string; end: number } | undefined {
  let i = at + 1
  let negate = false
  // picomatch reads `[!a]` as the characters ! and a; only `^` negates.
  if (seg[i] === '^') {
    negate = true
    i++
  }
  let body = ''
  let first = true
  for (; i < seg.length; i++) {
    const c = seg[i]
    if (c === ']' && !first) {
      if (body === '') return undefined
      return { source: negate ? `[^/${body}]` : `[${body}]`, end: i }
    }
    first = false
    if (c === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2)
      if (close < 0) return undefined
      body += seg.slice(i, close + 2)
      i = close + 1
    } else if (c === '\\') {
      body += '\\' + (seg[i + 1] ?? '\\')
      i++
    } else if (c === '-' && body !== '' && seg[i + 1] !== ']') {
      body += '-'
    } else {
      body += /[\]\\^[-]/.test(c) ? '\\' + c : c
    }
  }
  return undefined
}

/** The index of the bracket closing the one at `at`, or -1. */
function matching(s: string, at: number, open: string, close: string): number {
  let depth = 0
  for (let i = at; i < s.length; i++) {
    if (s[i] === '\\') {
      i++
      continue
    }
    if (s[i] === open) depth++
    else if (s[i] === close && --depth === 0) return i
  }
  return -1
}

/** Splits at `sep` outside nested braces, brackets and parentheses. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = []
  let cur = ''
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      cur += c + (s[i + 1] ?? '')
      i++
      continue
    }
    if ('{[('.includes(c)) depth++
    else if ('}])'.includes(c) && depth > 0) depth--
    if (c === sep && depth === 0) {
      out.push(cur)
      cur = ''
      continue
    }
    cur += c
  }
  out.push(cur)
  return out
}
