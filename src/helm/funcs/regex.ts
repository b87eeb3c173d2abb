/** Sprig's regex functions over Go regexp semantics (match iteration, Expand, Split). */
import type { GoValue } from '../../template/value.js'
import { intNum } from './cast.js'
import { quoteGo, strval } from './fmtv.js'
import { goError, goPanic } from './gopanic.js'
import type { RE2JS, Matcher } from 're2js'
import { re2 } from '../../core/linear-regex.js'
import { RegexSyntaxError, translateRE2 } from './re2.js'
import { isDigit, isLetter } from './unicode.js'
import { nilSlice, stringSlice } from './types.js'

/**
 * A compiled Go regexp. Matching runs on re2js, a port of RE2 (Go's own engine): linear in
 * the input whatever the pattern, as in Go, so a chart's `regexMatch` over a value — or a
 * schema `pattern` like `^(a+)+$` — cannot hang the scan. re2.ts checks the syntax first,
 * for Go's exact error texts.
 */
export interface Compiled {
  re: RE2JS
  /** Capture group names by group number (index 0 is the whole match, ''). */
  names: string[]
}

const cache = new Map<string, Compiled | RegexSyntaxError>()

/** regexp.Compile: the compiled pattern or Go's parse error. */
export function compileGo(expr: string): Compiled {
  let c = cache.get(expr)
  if (!c) {
    try {
      const t = translateRE2(expr)
      c = { re: compileRe2js(expr), names: t.names }
    } catch (e) {
      if (e instanceof RegexSyntaxError) c = e
      else {
        const m = /^error parsing regexp: ([^:]+): `([\s\S]*)`$/.exec((e as Error).message)
        c = new RegexSyntaxError(m ? m[1] : (e as Error).message, m ? m[2] : expr)
      }
    }
    if (cache.size > 1000) cache.clear()
    cache.set(expr, c)
  }
  if (c instanceof Error) throw c
  return c
}

/**
 * Go accepts a capture name used twice (`(?P<n>a)(?P<n>b)`; `$n` is the first); re2js does
 * not, so later uses become plain groups, which keeps the group numbers.
 */
function compileRe2js(expr: string): RE2JS {
  try {
    return re2().compile(expr)
  } catch (e) {
    if (!/duplicate capture group name/.test((e as Error).message)) throw e
    return re2().compile(renameDuplicateGroups(expr))
  }
}

function renameDuplicateGroups(expr: string): string {
  const seen = new Set<string>()
  let out = ''
  let inClass = false
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]
    if (c === '\\') {
      if (expr[i + 1] === 'Q') {
        const end = expr.indexOf('\\E', i + 2)
        const stop = end < 0 ? expr.length : end + 2
        out += expr.slice(i, stop)
        i = stop - 1
      } else {
        out += expr.slice(i, i + 2)
        i++
      }
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      out += c
      continue
    }
    if (c === '[') {
      inClass = true
      out += c
      if (expr[i + 1] === '^') out += expr[++i]
      if (expr[i + 1] === ']') out += expr[++i]
      continue
    }
    const named = c === '(' ? /^\(\?P?<([A-Za-z0-9_]+)>/.exec(expr.slice(i, i + 200)) : null
    if (named) {
      if (seen.has(named[1])) out += '('
      else out += named[0]
      seen.add(named[1])
      i += named[0].length - 1
      continue
    }
    out += c
  }
  return out
}

/** Whether `s` contains a match (an unanchored search, as Go's MatchString). */
export function goRegexTest(c: Compiled, s: string): boolean {
  return c.re.test(s)
}

/** strconv.CanBackquote: no control characters but tab, no backquote, no BOM. */
function canBackquote(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if ((c < 0x20 && c !== 9) || c === 0x7f || ch === '`' || c === 0xfeff) return false
  }
  return true
}

/** regexp.MustCompile's panic text. */
function mustCompile(expr: string): Compiled {
  try {
    return compileGo(expr)
  } catch (e) {
    const q = canBackquote(expr) ? '`' + expr + '`' : quoteGo(expr)
    return goPanic(`regexp: Compile(${q}): ${(e as Error).message}`)
  }
}

function compileOrError(expr: string): Compiled {
  try {
    return compileGo(expr)
  } catch (e) {
    return goError((e as Error).message)
  }
}

/** A match as RegExpExecArray has it: the groups' texts (undefined: not matched) and where. */
interface Match {
  0: string
  [group: number]: string | undefined
  length: number
  index: number
}

/** Matching one input: a matcher made once, searched from successive positions. */
interface Search {
  c: Compiled
  m: Matcher
}

function search(c: Compiled, s: string): Search {
  return { c, m: c.re.matcher(s) }
}

/** The leftmost-first match starting at or after pos, the text before pos still seen by ^ and \b. */
function execAt(x: Search, pos: number): Match | null {
  if (!x.m.find(pos)) return null
  const n = x.m.groupCount()
  const out: Match = { 0: x.m.group(0) ?? '', length: n + 1, index: x.m.start() }
  for (let g = 1; g <= n; g++) out[g] = x.m.group(g) ?? undefined
  return out
}

const runeWidth = (s: string, pos: number): number => {
  const code = s.charCodeAt(pos)
  return code >= 0xd800 && code <= 0xdbff && pos + 1 < s.length ? 2 : 1
}

/** Go's allMatches: no empty match right after a previous match; advance one rune on empty. */
function allMatches(c: Search, s: string, n: number): Match[] {
  const out: Match[] = []
  let pos = 0
  let prevEnd = -1
  while ((n < 0 || out.length < n) && pos <= s.length) {
    const m = execAt(c, pos)
    if (!m) break
    const a = m.index
    const b = a + m[0].length
    let accept = true
    if (b === pos) {
      if (a === prevEnd) accept = false
      pos += pos < s.length ? runeWidth(s, pos) : 1
    } else pos = b
    prevEnd = b
    if (accept) out.push(m)
  }
  return out
}

/** Regexp.Expand with $1, ${1}, $name, ${name}, $$. */
function expand(template: string, m: Match, names: string[]): string {
  let out = ''
  let t = template
  for (;;) {
    const i = t.indexOf('$')
    if (i < 0) break
    out += t.slice(0, i)
    t = t.slice(i + 1)
    if (t[0] === '$') {
      out += '$'
      t = t.slice(1)
      continue
    }
    let brace = false
    let r = t
    if (r[0] === '{') {
      brace = true
      r = r.slice(1)
    }
    let k = 0
    const runes = [...r]
    let nameLen = 0
    while (k < runes.length && (isLetter(runes[k]) || isDigit(runes[k]) || runes[k] === '_')) {
      nameLen += runes[k].length
      k++
    }
    if (nameLen === 0 || (brace && r[nameLen] !== '}')) {
      out += '$'
      continue
    }
    const name = r.slice(0, nameLen)
    t = r.slice(nameLen + (brace ? 1 : 0))
    let num = -1
    if (/^[0-9]+$/.test(name) && !(name[0] === '0' && name.length > 1) && name.length <= 9) {
      num = Number(name)
    }
    if (num >= 0) {
      if (num < m.length && m[num] !== undefined) out += m[num]
    } else {
      const idx = names.indexOf(name)
      if (idx > 0 && m[idx] !== undefined) out += m[idx]
    }
  }
  return out + t
}

/** Go's replaceAll loop. */
function replaceAllGo(c: Search, src: string, repl: (m: Match) => string): string {
  let out = ''
  let lastMatchEnd = 0
  let searchPos = 0
  while (searchPos <= src.length) {
    const m = execAt(c, searchPos)
    if (!m) break
    const a0 = m.index
    const a1 = a0 + m[0].length
    out += src.slice(lastMatchEnd, a0)
    if (a1 > lastMatchEnd || a0 === 0) out += repl(m)
    lastMatchEnd = a1
    const width = searchPos < src.length ? runeWidth(src, searchPos) : 0
    if (searchPos + width > a1) searchPos += width
    else if (searchPos + 1 > a1) searchPos++
    else searchPos = a1
  }
  return out + src.slice(lastMatchEnd)
}

function splitGo(c: Search, exprLen: number, s: string, n: number): string[] | null {
  if (n === 0) return null
  if (exprLen > 0 && s.length === 0) return ['']
  const matches = allMatches(c, s, n)
  const out: string[] = []
  let beg = 0
  let end = 0
  for (const m of matches) {
    if (n > 0 && out.length === n - 1) break
    end = m.index
    if (m.index + m[0].length !== 0) out.push(s.slice(beg, end))
    beg = m.index + m[0].length
  }
  if (end !== s.length) out.push(s.slice(beg))
  return out
}

const str = (v: GoValue): string => (typeof v === 'string' ? v : strval(v))

type Compile = (expr: string) => Compiled

const matchImpl = (compile: Compile) => (regex: GoValue, s: GoValue) => {
  const input = str(s)
  return execAt(search(compile(str(regex)), input), 0) !== null
}

export const regexMatch = (regex: GoValue, s: GoValue): boolean => {
  try {
    return matchImpl(compileGo)(regex, s)
  } catch {
    return false
  }
}
export const mustRegexMatch = matchImpl(compileOrError)

const findAllImpl = (compile: Compile) => (regex: GoValue, s: GoValue, n: GoValue) => {
  const input = str(s)
  const ms = allMatches(search(compile(str(regex)), input), input, intNum(n))
  return ms.length === 0 ? nilSlice('[]string') : stringSlice(ms.map((m) => m[0]))
}
export const regexFindAll = findAllImpl(mustCompile)
export const mustRegexFindAll = findAllImpl(compileOrError)

const findImpl = (compile: Compile) => (regex: GoValue, s: GoValue) => {
  const input = str(s)
  return execAt(search(compile(str(regex)), input), 0)?.[0] ?? ''
}
export const regexFind = findImpl(mustCompile)
export const mustRegexFind = findImpl(compileOrError)

const replaceImpl =
  (compile: Compile, literal: boolean) => (regex: GoValue, s: GoValue, repl: GoValue) => {
    const input = str(s)
    const c = compile(str(regex))
    const r = str(repl)
    return replaceAllGo(search(c, input), input, literal ? () => r : (m) => expand(r, m, c.names))
  }
export const regexReplaceAll = replaceImpl(mustCompile, false)
export const mustRegexReplaceAll = replaceImpl(compileOrError, false)
export const regexReplaceAllLiteral = replaceImpl(mustCompile, true)
export const mustRegexReplaceAllLiteral = replaceImpl(compileOrError, true)

const splitImpl = (compile: Compile) => (regex: GoValue, s: GoValue, n: GoValue) => {
  const expr = str(regex)
  const input = str(s)
  const parts = splitGo(search(compile(expr), input), expr.length, input, intNum(n))
  return parts === null ? nilSlice('[]string') : stringSlice(parts)
}
export const regexSplit = splitImpl(mustCompile)
export const mustRegexSplit = splitImpl(compileOrError)

/** regexp.QuoteMeta. */
export const regexQuoteMeta = (s: GoValue): string => str(s).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')
