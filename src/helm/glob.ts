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

const goMatchCache = new Map<string, LinearRegex>()

/** Compiles a filepath.Match pattern; throws BadPatternError where Go returns ErrBadPattern. */
export function compileGoMatch(pattern: string): LinearRegex {
  const cached = goMatchCache.get(pattern)
  if (cached) return cached
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
  const out = linearRegex(re + '$', 's')
  goMatchCache.set(pattern, out)
  return out
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
