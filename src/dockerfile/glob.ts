/**
 * Shell glob patterns (`*`, `?`, `[...]`) as regular expressions, for
 * `${V#pattern}`-style trimming and `case` arms, matched in linear time (core/linear-regex.ts).
 */
import { escapeRegex, linearRegex, type LinearRegex } from '../core/linear-regex.js'

export function globSource(pattern: string): string {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') re += '[\\s\\S]*'
    else if (c === '?') re += '[\\s\\S]'
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close === -1) {
        re += '\\['
        continue
      }
      let body = pattern.slice(i + 1, close)
      if (body.startsWith('!')) body = '^' + body.slice(1)
      re += '[' + body.replace(/\\/g, '\\\\') + ']'
      i = close
    } else if (c === '\\' && i + 1 < pattern.length) {
      re += escapeRegex(pattern[++i])
    } else re += escapeRegex(c)
  }
  return re
}

/** The pattern compiled for a linear-time engine (a Dockerfile's patterns are untrusted). */
function compiled(source: string, pattern: string): LinearRegex {
  try {
    return linearRegex(source, 's')
  } catch {
    return linearRegex(escapeRegex(pattern), 's')
  }
}

/** Whole-string glob match. */
export function globMatch(pattern: string, value: string): boolean {
  // The usual `case` arms (`amd64`, `arm*`, `*`) without the regex engine.
  if (!hasWildcard(pattern)) return pattern === value
  const star = pattern.indexOf('*')
  if (star >= 0 && !hasWildcard(pattern.slice(0, star) + pattern.slice(star + 1))) {
    const head = pattern.slice(0, star)
    const tail = pattern.slice(star + 1)
    return (
      value.length >= head.length + tail.length && value.startsWith(head) && value.endsWith(tail)
    )
  }
  return compiled('^(?:' + globSource(pattern) + ')$', pattern).test(value)
}

/**
 * Longest value `${V#p}`-style trimming tries a pattern on: each try is a match of a prefix,
 * so the work grows with the square of the length.
 */
export const MAX_TRIM_SUBJECT = 4096

const hasWildcard = (pattern: string) => /[*?[\\]/.test(pattern)

/**
 * `${V#p}` / `${V##p}`: remove the shortest/longest matching prefix; undefined when the value
 * is longer than MAX_TRIM_SUBJECT and the pattern has wildcards.
 */
export function trimPrefix(value: string, pattern: string, longest: boolean): string | undefined {
  if (!hasWildcard(pattern)) return value.startsWith(pattern) ? value.slice(pattern.length) : value
  if (value.length > MAX_TRIM_SUBJECT) return undefined
  if (longest) {
    for (let i = value.length; i >= 0; i--)
      if (globMatch(pattern, value.slice(0, i))) return value.slice(i)
  } else {
    for (let i = 0; i <= value.length; i++)
      if (globMatch(pattern, value.slice(0, i))) return value.slice(i)
  }
  return value
}

/** `${V%p}` / `${V%%p}`: remove the shortest/longest matching suffix (undefined as trimPrefix). */
export function trimSuffix(value: string, pattern: string, longest: boolean): string | undefined {
  if (!hasWildcard(pattern))
    return pattern && value.endsWith(pattern) ? value.slice(0, -pattern.length) : value
  if (value.length > MAX_TRIM_SUBJECT) return undefined
  if (longest) {
    for (let i = 0; i <= value.length; i++)
      if (globMatch(pattern, value.slice(i))) return value.slice(0, i)
  } else {
    for (let i = value.length; i >= 0; i--)
      if (globMatch(pattern, value.slice(i))) return value.slice(0, i)
  }
  return value
}

/** `${V/p/r}` / `${V//p/r}`: replace the first/every longest match. */
export function replaceGlob(value: string, pattern: string, repl: string, all: boolean): string {
  if (pattern === '') return value
  let src = globSource(pattern)
  let anchored = ''
  if (pattern.startsWith('#')) {
    src = globSource(pattern.slice(1))
    anchored = '^'
  } else if (pattern.startsWith('%')) {
    src = globSource(pattern.slice(1)) + '$'
  }
  const re = compiled(anchored + '(?:' + src + ')', pattern)
  if (all) return re.replaceAll(value, () => repl)
  const m = re.exec(value)
  return m ? value.slice(0, m.index) + repl + value.slice(m.index + m[0].length) : value
}
