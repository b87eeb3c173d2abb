/**
 * The two glob dialects Helm uses: Go's path/filepath.Match (.helmignore rules, --show-only)
 * and github.com/gobwas/glob with '/' as separator (.Files.Glob). Both compile to anchored
 * regular expressions over code points, run on a linear-time engine (patterns come from the
 * chart: `*a*a*a*a*b` must not backtrack for ever, as neither Go matcher does).
 */
import { linearRegex, type LinearRegex } from '../core/linear-regex.js'

export class BadPatternError extends Error {
  constructor() {
    super('syntax error in pattern')
  }
}

function escapeRegexChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch
}

function escapeClassChar(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? '\\' + ch : ch
}

/** A compiled filepath.Match pattern. */
export interface GoMatcher {
  test(name: string): boolean
}

const goMatchCache = new Map<string, GoMatcher>()

/** `?` in simpleGoMatch's head and tail: two characters, so never one code point of a name. */
const ANY = '??'

/**
 * The patterns nearly every .helmignore holds (`.DS_Store`, `*.swp`, `.git/`, `*~`, and Helm's
 * own `templates/.?*`): literal characters and `?` around at most one `*`, matched by their
 * fixed head and tail without a regular expression (and without loading the regex engine at all
 * for most charts). Undefined for anything else.
 */
export function simpleGoMatch(pattern: string): GoMatcher | undefined {
  // Code points of the head and the tail; ANY stands for `?` (one character other than '/').
  const head: string[] = []
  let tail: string[] | undefined
  const chars = Array.from(pattern)
  for (let i = 0; i < chars.length; i++) {
    let c = chars[i]
    if (c === '[') return undefined
    if (c === '*') {
      if (tail !== undefined) return undefined
      tail = []
      continue
    }
    if (c === '?') c = ANY
    else if (c === '\\') {
      if (i + 1 >= chars.length) return undefined
      c = chars[++i]
    }
    ;(tail ?? head).push(c)
  }
  const fits = (want: string, got: string) => (want === ANY ? got !== '/' : want === got)
  const star = tail !== undefined
  const end = tail ?? []
  return {
    test(name) {
      const n = Array.from(name)
      if (star ? n.length < head.length + end.length : n.length !== head.length) return false
      for (let i = 0; i < head.length; i++) if (!fits(head[i], n[i])) return false
      const from = n.length - end.length
      for (let i = 0; i < end.length; i++) if (!fits(end[i], n[from + i])) return false
      for (let i = head.length; i < from; i++) if (n[i] === '/') return false
      return true
    },
  }
}

/** Compiles a filepath.Match pattern; throws BadPatternError where Go returns ErrBadPattern. */
export function compileGoMatch(pattern: string): GoMatcher {
  const cached = goMatchCache.get(pattern)
  if (cached) return cached
  const out = simpleGoMatch(pattern) ?? goMatchRegex(pattern)
  goMatchCache.set(pattern, out)
  return out
}

/** compileGoMatch through a regular expression, whatever the pattern (exported for tests). */
export function goMatchRegex(pattern: string): GoMatcher {
  const chars = Array.from(pattern)
  let re = '^'
  let i = 0
  while (i < chars.length) {
    const c = chars[i]
    if (c === '*') {
      re += '[^/]*'
      i++
    } else if (c === '?') {
      re += '[^/]'
      i++
    } else if (c === '\\') {
      if (i + 1 >= chars.length) throw new BadPatternError()
      re += escapeRegexChar(chars[i + 1])
      i += 2
    } else if (c === '[') {
      i++
      let negate = false
      if (chars[i] === '^') {
        negate = true
        i++
      }
      let cls = ''
      let first = true
      for (;;) {
        if (i >= chars.length) throw new BadPatternError()
        if (chars[i] === ']' && !first) {
          i++
          break
        }
        const readEsc = (): string => {
          const ch = chars[i]
          if (ch === undefined || ch === '-' || ch === ']') throw new BadPatternError()
          if (ch === '\\') {
            i++
            if (i >= chars.length) throw new BadPatternError()
          }
          const out = chars[i]
          i++
          return out
        }
        const lo = readEsc()
        let hi = lo
        if (chars[i] === '-') {
          i++
          hi = readEsc()
          if (hi.codePointAt(0)! < lo.codePointAt(0)!) throw new BadPatternError()
        }
        cls += lo === hi ? escapeClassChar(lo) : `${escapeClassChar(lo)}-${escapeClassChar(hi)}`
        first = false
      }
      re += negate ? `[^${cls}]` : `[${cls}]`
    } else {
      re += escapeRegexChar(c)
      i++
    }
  }
  return linearRegex(re + '$', 's')
}

/** filepath.Match(pattern, name); throws BadPatternError for a malformed pattern. */
export function goMatch(pattern: string, name: string): boolean {
  return compileGoMatch(pattern).test(name)
}

/**
 * gobwas/glob.Compile(pattern, '/'): `*` within a segment, `**` across segments, `?`,
 * `[abc]`/`[!a-z]`, `{a,b}` alternatives, `\` escapes. Returns undefined when gobwas
 * would fail to compile the pattern.
 */
export function compileGobwasGlob(pattern: string): LinearRegex | undefined {
  const chars = Array.from(pattern)
  let i = 0
  const parse = (inAlt: boolean): string | undefined => {
    let out = ''
    while (i < chars.length) {
      const c = chars[i]
      if (inAlt && (c === ',' || c === '}')) return out
      if (c === '*') {
        if (chars[i + 1] === '*') {
          out += '.*'
          i += 2
        } else {
          out += '[^/]*'
          i++
        }
      } else if (c === '?') {
        out += '[^/]'
        i++
      } else if (c === '\\') {
        if (i + 1 >= chars.length) return undefined
        out += escapeRegexChar(chars[i + 1])
        i += 2
      } else if (c === '[') {
        i++
        let negate = false
        if (chars[i] === '!') {
          negate = true
          i++
        }
        let cls = ''
        let closed = false
        while (i < chars.length) {
          const ch = chars[i]
          if (ch === ']') {
            closed = true
            i++
            break
          }
          if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
            const lo = ch
            const hi = chars[i + 2]
            if (hi.codePointAt(0)! < lo.codePointAt(0)!) return undefined
            cls += `${escapeClassChar(lo)}-${escapeClassChar(hi)}`
            i += 3
          } else {
            cls += escapeClassChar(ch)
            i++
          }
        }
        if (!closed || cls === '') return undefined
        out += negate ? `[^${cls}]` : `[${cls}]`
      } else if (c === '{') {
        i++
        const alts: string[] = []
        for (;;) {
          const alt = parse(true)
          if (alt === undefined) return undefined
          alts.push(alt)
          if (i >= chars.length) return undefined
          if (chars[i] === '}') {
            i++
            break
          }
          i++ // ','
        }
        out += `(?:${alts.join('|')})`
      } else {
        out += escapeRegexChar(c)
        i++
      }
    }
    return inAlt ? undefined : out
  }
  const body = parse(false)
  if (body === undefined) return undefined
  return linearRegex(`^${body}$`, 's')
}
