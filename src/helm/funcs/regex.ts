/** Sprig's regex functions over Go regexp semantics (match iteration, Expand, Split). */
import type { GoValue } from '../../template/value.js'
import { intNum } from './cast.js'
import { quoteGo, strval } from './fmtv.js'
import { goError, goPanic } from './gopanic.js'
import { setFlagsFromString } from 'node:v8'
import { RegexSyntaxError, translateRE2, translateRE2Bmp } from './re2.js'
import { isDigit, isLetter } from './unicode.js'
import { nilSlice, stringSlice } from './types.js'

// RE2 never backtracks catastrophically; V8 does, on patterns like (a+)+$ that charts
// take from values. This flag makes V8 switch to its linear-time engine after too many
// backtracks, for patterns that engine supports: no u flag and no lookarounds, which
// is the BMP form of re2.ts. Process-wide and semantics-preserving.
setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks')

interface Compiled {
  /** u-mode form, correct for every input. */
  re: RegExp
  /** BMP form for inputs without surrogates, or null. */
  bmp: RegExp | null
  names: string[]
}

const SURROGATE = /[\ud800-\udfff]/

/** The compiled form to use for one input string. */
function forInput(c: Compiled, s: string): Compiled {
  if (c.bmp && !SURROGATE.test(s)) return { re: c.bmp, bmp: null, names: c.names }
  return c
}

const cache = new Map<string, Compiled | RegexSyntaxError>()

/** regexp.Compile: the compiled pattern or Go's parse error. */
export function compileGo(expr: string): Compiled {
  let c = cache.get(expr)
  if (!c) {
    try {
      const t = translateRE2(expr)
      const b = translateRE2Bmp(expr)
      c = {
        re: new RegExp(t.source, t.flags),
        bmp: b ? new RegExp(b.source, b.flags) : null,
        names: t.names,
      }
    } catch (e) {
      if (!(e instanceof RegexSyntaxError)) {
        // A construct we translate but V8 rejects: report it rather than guess.
        c = new RegexSyntaxError('unsupported by this RE2 translation', expr)
      } else c = e
    }
    cache.set(expr, c)
  }
  return c instanceof Error
    ? (() => {
        throw c
      })()
    : c
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

type Match = RegExpExecArray

/** Next match at or after pos; V8 can report matches inside a surrogate pair, Go has no such positions. */
function execAt(c: Compiled, s: string, pos: number): Match | null {
  c.re.lastIndex = pos
  for (;;) {
    const m = c.re.exec(s)
    if (!m) return null
    const i = m.index
    const inPair =
      i > 0 &&
      i < s.length &&
      (s.charCodeAt(i) & 0xfc00) === 0xdc00 &&
      (s.charCodeAt(i - 1) & 0xfc00) === 0xd800
    if (!inPair) return m
    c.re.lastIndex = i + 1
  }
}

const runeWidth = (s: string, pos: number): number => {
  const code = s.charCodeAt(pos)
  return code >= 0xd800 && code <= 0xdbff && pos + 1 < s.length ? 2 : 1
}

/** Go's allMatches: no empty match right after a previous match; advance one rune on empty. */
function allMatches(c: Compiled, s: string, n: number): Match[] {
  const out: Match[] = []
  let pos = 0
  let prevEnd = -1
  while ((n < 0 || out.length < n) && pos <= s.length) {
    const m = execAt(c, s, pos)
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
function replaceAllGo(c: Compiled, src: string, repl: (m: Match) => string): string {
  let out = ''
  let lastMatchEnd = 0
  let searchPos = 0
  while (searchPos <= src.length) {
    const m = execAt(c, src, searchPos)
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

function splitGo(c: Compiled, exprLen: number, s: string, n: number): string[] | null {
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
  return execAt(forInput(compile(str(regex)), input), input, 0) !== null
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
  const ms = allMatches(forInput(compile(str(regex)), input), input, intNum(n))
  return ms.length === 0 ? nilSlice('[]string') : stringSlice(ms.map((m) => m[0]))
}
export const regexFindAll = findAllImpl(mustCompile)
export const mustRegexFindAll = findAllImpl(compileOrError)

const findImpl = (compile: Compile) => (regex: GoValue, s: GoValue) => {
  const input = str(s)
  return execAt(forInput(compile(str(regex)), input), input, 0)?.[0] ?? ''
}
export const regexFind = findImpl(mustCompile)
export const mustRegexFind = findImpl(compileOrError)

const replaceImpl =
  (compile: Compile, literal: boolean) => (regex: GoValue, s: GoValue, repl: GoValue) => {
    const input = str(s)
    const c = forInput(compile(str(regex)), input)
    const r = str(repl)
    return replaceAllGo(c, input, literal ? () => r : (m) => expand(r, m, c.names))
  }
export const regexReplaceAll = replaceImpl(mustCompile, false)
export const mustRegexReplaceAll = replaceImpl(compileOrError, false)
export const regexReplaceAllLiteral = replaceImpl(mustCompile, true)
export const mustRegexReplaceAllLiteral = replaceImpl(compileOrError, true)

const splitImpl = (compile: Compile) => (regex: GoValue, s: GoValue, n: GoValue) => {
  const expr = str(regex)
  const input = str(s)
  const parts = splitGo(forInput(compile(expr), input), expr.length, input, intNum(n))
  return parts === null ? nilSlice('[]string') : stringSlice(parts)
}
export const regexSplit = splitImpl(mustCompile)
export const mustRegexSplit = splitImpl(compileOrError)

/** regexp.QuoteMeta. */
export const regexQuoteMeta = (s: GoValue): string => str(s).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')
