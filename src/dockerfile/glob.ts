/**
 * Shell glob patterns (`*`, `?`, `[...]`) as regular expressions, for
 * `${V#pattern}`-style trimming and `case` arms.
 */
const cache = new Map<string, RegExp>()

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
      re += escapeRegExp(pattern[++i])
    } else re += escapeRegExp(c)
  }
  return re
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Whole-string glob match. */
export function globMatch(pattern: string, value: string): boolean {
  let re = cache.get(pattern)
  if (!re) {
    try {
      re = new RegExp('^' + globSource(pattern) + '$')
    } catch {
      re = new RegExp('^' + escapeRegExp(pattern) + '$')
    }
    cache.set(pattern, re)
  }
  return re.test(value)
}

/** `${V#p}` / `${V##p}`: remove the shortest/longest matching prefix. */
export function trimPrefix(value: string, pattern: string, longest: boolean): string {
  if (longest) {
    for (let i = value.length; i >= 0; i--)
      if (globMatch(pattern, value.slice(0, i))) return value.slice(i)
  } else {
    for (let i = 0; i <= value.length; i++)
      if (globMatch(pattern, value.slice(0, i))) return value.slice(i)
  }
  return value
}

/** `${V%p}` / `${V%%p}`: remove the shortest/longest matching suffix. */
export function trimSuffix(value: string, pattern: string, longest: boolean): string {
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
  let src: string
  try {
    src = globSource(pattern)
    new RegExp(src)
  } catch {
    src = escapeRegExp(pattern)
  }
  let anchored = ''
  if (pattern.startsWith('#')) {
    src = globSource(pattern.slice(1))
    anchored = '^'
  } else if (pattern.startsWith('%')) {
    src = globSource(pattern.slice(1)) + '$'
  }
  const re = new RegExp(anchored + src, all ? 'g' : '')
  return value.replace(re, () => repl)
}
