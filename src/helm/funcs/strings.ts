/** Sprig's string functions (strings.go plus the goutils and xstrings helpers it calls). */
import type { GoValue } from '../../template/value.js'
import { intArg, intNum } from './cast.js'
import { formatV, quoteGo, strval } from './fmtv.js'
import { randomInt } from './random.js'
import { goPanic } from './gopanic.js'
import { compareBytes, isSlice, sliceItems, stringSlice, typedMap } from './types.js'
import {
  byteLength,
  byteSlice,
  isAscii,
  isDigit,
  isLetter,
  isLower,
  isNumber,
  isPunct,
  isSpace,
  isSpaceCode,
  isTitle,
  isUpper,
  mapRunes,
  toLowerRune,
  toTitleRune,
  toUpperRune,
} from './unicode.js'
import { checkSize } from '../../core/budget.js'

const str = (v: GoValue): string => (typeof v === 'string' ? v : strval(v))

/** Bytes of s as Go sees them, plus a decoder that maps each byte to one rune (Go's rune(b)). */
function latin1Runes(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += String.fromCharCode(b)
  return out
}

export function trunc(c: GoValue, s: GoValue): string {
  const n = intNum(c)
  const t = str(s)
  const len = byteLength(t)
  if (n < 0 && len + n > 0) return byteSlice(t, len + n)
  if (n >= 0 && len > n) return byteSlice(t, 0, n)
  return t
}

export function substr(startV: GoValue, endV: GoValue, s: GoValue): string {
  const start = intNum(startV)
  const end = intNum(endV)
  const t = str(s)
  const len = byteLength(t)
  if (start < 0) {
    if (end < 0) goPanic(`runtime error: slice bounds out of range [:${end}]`)
    if (end > len) goPanic(`runtime error: slice bounds out of range [:${end}] with length ${len}`)
    return byteSlice(t, 0, end)
  }
  if (end < 0 || end > len) {
    if (start > len) goPanic(`runtime error: slice bounds out of range [${start}:${len}]`)
    return byteSlice(t, start)
  }
  if (start > end) goPanic(`runtime error: slice bounds out of range [${start}:${end}]`)
  return byteSlice(t, start, end)
}

/** goutils.AbbreviateFull over bytes (it slices Go strings by byte index). */
function abbreviateFull(b: Buffer, offset: number, maxWidth: number): Buffer {
  const dots = Buffer.from('...')
  if (b.length === 0) return b
  if (maxWidth < 4) return Buffer.alloc(0)
  const len = b.length
  if (len <= maxWidth) return b
  if (offset > len) offset = len
  if (len - offset < maxWidth - 3) offset = len - (maxWidth - 3)
  if (offset <= 4) return Buffer.concat([b.subarray(0, maxWidth - 3), dots])
  if (maxWidth < 7) return Buffer.alloc(0)
  if (offset + maxWidth - 3 < len) {
    return Buffer.concat([dots, abbreviateFull(b.subarray(offset), 0, maxWidth - 3)])
  }
  return Buffer.concat([dots, b.subarray(len - (maxWidth - 3))])
}

export function abbrev(width: GoValue, s: GoValue): string {
  const w = intNum(width)
  if (w < 4) return str(s)
  return abbreviateFull(Buffer.from(str(s), 'utf8'), 0, w).toString('utf8')
}

export function abbrevboth(left: GoValue, right: GoValue, s: GoValue): string {
  const l = intNum(left)
  const r = intNum(right)
  if (r < 4 || (l > 0 && r < 7)) return str(s)
  return abbreviateFull(Buffer.from(str(s), 'utf8'), l, r).toString('utf8')
}

/** strings.TrimSpace (Go's unicode.IsSpace, which excludes U+FEFF unlike String.trim). */
export function trimSpace(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--
  return s.slice(a, b)
}

export const upper = (s: GoValue): string => mapRunes(str(s), toUpperRune)
export const lower = (s: GoValue): string => mapRunes(str(s), toLowerRune)

/** strings.Title's word separator test. */
function isSeparator(r: string): boolean {
  const c = r.codePointAt(0) as number
  if (c <= 0x7f) return !/[0-9A-Za-z_]/.test(r)
  if (isLetter(r) || isDigit(r)) return false
  return isSpaceCode(c)
}

export function title(s: GoValue): string {
  let prev = ' '
  return mapRunes(str(s), (r) => {
    const out = isSeparator(prev) ? toTitleRune(r) : r
    prev = r
    return out
  })
}

/** goutils.Uncapitalize: lower-cases the first rune of each whitespace-separated word. */
export function untitle(s: GoValue): string {
  let next = true
  return mapRunes(str(s), (r) => {
    if (isSpace(r)) {
      next = true
      return r
    }
    if (next) {
      next = false
      return toLowerRune(r)
    }
    return r
  })
}

export function repeat(count: GoValue, s: GoValue): string {
  const n = intNum(count)
  if (n < 0) goPanic('strings: negative Repeat count')
  const text = str(s)
  checkSize('repeat', n * text.length, 'chars')
  return text.repeat(n)
}

/** strings.Trim(s, cutset): cutset is a set of runes. */
export function trimCutset(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s
  const set = new Set(cutset)
  const runes = [...s]
  let a = 0
  let b = runes.length
  while (a < b && set.has(runes[a])) a++
  while (b > a && set.has(runes[b - 1])) b--
  return runes.slice(a, b).join('')
}

export const trimAll = (cut: GoValue, s: GoValue): string => trimCutset(str(s), str(cut))
export function trimSuffix(suffix: GoValue, s: GoValue): string {
  const t = str(s)
  const x = str(suffix)
  return x !== '' && t.endsWith(x) ? t.slice(0, t.length - x.length) : t
}
export function trimPrefix(prefix: GoValue, s: GoValue): string {
  const t = str(s)
  const x = str(prefix)
  return t.startsWith(x) ? t.slice(x.length) : t
}

/** goutils.DeleteWhiteSpace: works on bytes, re-encoding each kept byte as a rune. */
export function nospace(s: GoValue): string {
  const t = str(s)
  if (t === '') return t
  if (isAscii(t)) {
    return t.replace(/[\t\n\v\f\r ]/g, '')
  }
  const bytes = Buffer.from(t, 'utf8')
  const kept = bytes.filter((b) => !isSpaceCode(b))
  if (kept.length === bytes.length) return t
  return latin1Runes(kept)
}

/** goutils.Initials: first byte of each whitespace-separated word, byte taken as a rune. */
export function initials(s: GoValue): string {
  const t = str(s)
  if (t === '') return t
  let out = ''
  let gap = true
  for (const b of Buffer.from(t, 'utf8')) {
    if (isSpaceCode(b)) gap = true
    else if (gap) {
      out += String.fromCharCode(b)
      gap = false
    }
  }
  return out
}

/** goutils.SwapCase (word based: a lower-case letter after whitespace becomes title case). */
export function swapcase(s: GoValue): string {
  let ws = true
  return mapRunes(str(s), (r) => {
    if (isUpper(r) || isTitle(r)) {
      ws = false
      return toLowerRune(r)
    }
    if (isLower(r)) {
      if (ws) {
        ws = false
        return toTitleRune(r)
      }
      return toUpperRune(r)
    }
    ws = isSpace(r)
    return r
  })
}

/** xstrings.Shuffle. */
export function shuffle(s: GoValue): string {
  const runes = [...str(s)]
  for (let i = runes.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[runes[i], runes[j]] = [runes[j], runes[i]]
  }
  return runes.join('')
}

const isConnector = (r: string): boolean => r === '-' || r === '_' || isSpace(r)

/** xstrings' isAlphabet: a letter that is not CJK. */
function isAlphabet(r: string): boolean {
  if (!isLetter(r)) return false
  const c = r.codePointAt(0) as number
  if (c < 0x3400) return true
  if (c >= 0x4e00 && c <= 0x9fcc) return false
  if (c >= 0x3400 && c <= 0x4d85) return false
  if (c >= 0x20000 && c <= 0x2b81d) return false
  return true
}

/**
 * xstrings v1.5 ToPascalCase (Sprig's camelcase): connectors are dropped and the next
 * rune upper-cased; a word that starts upper-case has its following capitals
 * lower-cased until its first non-capital ("HTTPServer" -> "Httpserver").
 */
export function camelcase(s: GoValue): string {
  const runes = [...str(s)]
  if (runes.length === 0) return ''
  let out = ''
  let i = 0
  while (i < runes.length && isConnector(runes[i])) out += runes[i++]
  if (i === runes.length) return out
  let firstUpper = isUpper(runes[i])
  let r0 = toUpperRune(runes[i++])
  for (; i < runes.length; i++) {
    const r1 = r0
    r0 = runes[i]
    if (isConnector(r0) && isConnector(r1)) {
      out += r1
      continue
    }
    if (isConnector(r1)) {
      firstUpper = isUpper(r0)
      r0 = toUpperRune(r0)
    } else {
      if (firstUpper) {
        if (isUpper(r0)) r0 = toLowerRune(r0)
        else firstUpper = false
      }
      out += r1
    }
  }
  return out + r0
}

type WordType = 'invalid' | 'number' | 'upper' | 'alpha' | 'connector' | 'punct' | 'other'

/** xstrings' word scanner behind ToSnakeCase/ToKebabCase. */
function nextWord(runes: string[], pos: number): { wt: WordType; end: number } {
  if (pos >= runes.length) return { wt: 'invalid', end: pos }
  let i = pos
  const r = runes[i++]
  const run = (pred: (x: string) => boolean) => {
    while (i < runes.length && pred(runes[i])) i++
  }
  if (isConnector(r)) {
    run(isConnector)
    return { wt: 'connector', end: i }
  }
  if (isPunct(r)) {
    run(isPunct)
    return { wt: 'punct', end: i }
  }
  if (isUpper(r)) {
    if (i >= runes.length) return { wt: 'upper', end: i }
    const n = runes[i]
    if (isUpper(n)) {
      i++
      run(isUpper)
      // "HTTPStatus": the last capital starts the next word.
      if (i < runes.length && isAlphabet(runes[i])) i--
    } else if (isAlphabet(n)) {
      i++
      run((x) => isAlphabet(x) && !isUpper(x))
    }
    return { wt: 'upper', end: i }
  }
  if (isAlphabet(r)) {
    run((x) => isAlphabet(x) && !isUpper(x))
    return { wt: 'alpha', end: i }
  }
  if (isNumber(r)) {
    run(isNumber)
    return { wt: 'number', end: i }
  }
  run((x) => !(isConnector(x) || isAlphabet(x) || isNumber(x) || isPunct(x)))
  return { wt: 'other', end: i }
}

function caseToLower(s: GoValue, connector: string): string {
  const runes = [...str(s)]
  if (runes.length === 0) return ''
  let out = ''
  const lowerWord = (wt: WordType, a: number, b: number) => {
    if (wt !== 'upper' && wt !== 'connector') {
      for (let k = a; k < b; k++) out += runes[k]
      return
    }
    for (let k = a; k < b; k++) {
      const r = runes[k]
      out += isConnector(r) ? connector : isUpper(r) ? toLowerRune(r) : r
    }
  }
  let start = 0
  let { wt, end } = nextWord(runes, 0)
  const advance = () => {
    start = end
    const n = nextWord(runes, end)
    wt = n.wt
    end = n.end
  }
  // Read through a function: `advance` reassigns wt, which TypeScript's narrowing cannot see.
  const cur = (): WordType => wt
  while (end < runes.length) {
    if (cur() !== 'connector') lowerWord(wt, start, end)
    const prev = wt
    const lastStart = start
    const lastEnd = end
    advance()
    switch (prev) {
      case 'number':
        while (cur() === 'alpha' || cur() === 'number') {
          lowerWord(wt, start, end)
          advance()
        }
        if (cur() !== 'invalid' && cur() !== 'punct' && cur() !== 'connector') out += connector
        break
      case 'connector':
        lowerWord(prev, lastStart, lastEnd)
        break
      case 'punct':
        break
      default: {
        if (cur() !== 'number') {
          if (cur() !== 'connector' && cur() !== 'punct') out += connector
          break
        }
        if (end >= runes.length) break
        const numStart = start
        const numEnd = end
        advance()
        if (cur() !== 'alpha') {
          lowerWord('number', numStart, numEnd)
          if (cur() !== 'connector' && cur() !== 'punct') out += connector
          break
        }
        out += connector
        lowerWord('number', numStart, numEnd)
        while (cur() === 'alpha' || cur() === 'number') {
          lowerWord(wt, start, end)
          advance()
        }
        if (cur() !== 'invalid' && cur() !== 'connector' && cur() !== 'punct') out += connector
      }
    }
  }
  lowerWord(wt, start, end)
  return out
}

export const snakecase = (s: GoValue): string => caseToLower(s, '_')
export const kebabcase = (s: GoValue): string => caseToLower(s, '-')

/** goutils.WrapCustom over bytes (lines break at ' ' only). */
function wrapCustom(s: string, width: number, nl: string, wrapLong: boolean): string {
  if (s === '') return ''
  if (nl === '') nl = '\n'
  if (width < 1) width = 1
  const ascii = isAscii(s)
  const b = ascii ? null : Buffer.from(s, 'utf8')
  const len = ascii ? s.length : (b as Buffer).length
  const at = (i: number) => (ascii ? s.charCodeAt(i) : (b as Buffer)[i])
  const sub = (x: number, y?: number) =>
    ascii ? s.slice(x, y) : (b as Buffer).subarray(x, y).toString('utf8')
  const lastSpace = (x: number, y: number) => {
    for (let k = y - 1; k >= x; k--) if (at(k) === 32) return k
    return -1
  }
  let out = ''
  let offset = 0
  while (len - offset > width) {
    if (at(offset) === 32) {
      offset++
      continue
    }
    const end = width + offset + 1
    const sp = lastSpace(offset, end)
    if (sp >= offset) {
      out += sub(offset, sp) + nl
      offset = sp + 1
    } else if (wrapLong) {
      out += sub(offset, width + offset) + nl
      offset += width
    } else {
      const e = width + offset
      let idx = -1
      for (let k = e; k < len; k++)
        if (at(k) === 32) {
          idx = k
          break
        }
      if (idx === -1) {
        out += sub(offset)
        offset = len
      } else {
        out += sub(offset, idx) + nl
        offset = idx + 1
      }
    }
  }
  return out + sub(offset)
}

export const wrap = (l: GoValue, s: GoValue): string => wrapCustom(str(s), intNum(l), '', false)
export const wrapWith = (l: GoValue, sep: GoValue, s: GoValue): string =>
  wrapCustom(str(s), intNum(l), str(sep), true)

export const contains = (sub: GoValue, s: GoValue): boolean => str(s).includes(str(sub))
export const hasPrefix = (p: GoValue, s: GoValue): boolean => str(s).startsWith(str(p))
export const hasSuffix = (p: GoValue, s: GoValue): boolean => str(s).endsWith(str(p))

export function quote(...args: GoValue[]): string {
  return args
    .filter((a) => a !== null)
    .map((a) => quoteGo(strval(a)))
    .join(' ')
}

export function squote(...args: GoValue[]): string {
  return args
    .filter((a) => a !== null)
    .map((a) => "'" + formatV(a) + "'")
    .join(' ')
}

export function cat(...args: GoValue[]): string {
  return args
    .filter((a) => a !== null)
    .map((a) => formatV(a))
    .join(' ')
}

export function indent(spaces: GoValue, v: GoValue): string {
  const n = intNum(spaces)
  if (n < 0) goPanic('strings: negative Repeat count')
  const text = str(v)
  let lines = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
  checkSize('indent', text.length + lines * n, 'chars')
  const pad = ' '.repeat(n)
  return pad + text.replaceAll('\n', '\n' + pad)
}

export const nindent = (spaces: GoValue, v: GoValue): string => '\n' + indent(spaces, v)

/** strings.Replace(src, old, new, -1); an empty old inserts around every rune. */
export function replaceAll(src: string, old: string, rep: string): string {
  if (old === '') return rep + [...src].map((r) => r + rep).join('')
  return src.split(old).join(rep)
}

export const replace = (old: GoValue, rep: GoValue, src: GoValue): string =>
  replaceAll(str(src), str(old), str(rep))

export const plural = (one: GoValue, many: GoValue, count: GoValue): string =>
  intArg(count) === 1n ? str(one) : str(many)

/** strconv.Atoi with Sprig's ignored error: syntax errors give 0, range errors clamp. */
export function atoi(a: GoValue): bigint {
  const s = str(a)
  const m = /^([+-]?)([0-9]+)$/.exec(s)
  if (!m) return 0n
  const v = BigInt(s)
  const max = (1n << 63n) - 1n
  if (v > max) return max
  if (v < -max - 1n) return -max - 1n
  return v
}

/** strings.Split(s, sep); an empty sep splits into runes. */
export function goSplit(s: string, sep: string, n = -1): string[] {
  if (n === 0) return []
  if (sep === '') {
    const runes = [...s]
    if (n > 0 && runes.length > n) return [...runes.slice(0, n - 1), runes.slice(n - 1).join('')]
    return runes
  }
  const parts = s.split(sep)
  if (n > 0 && parts.length > n) return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)]
  return parts
}

function indexedMap(parts: string[]): GoValue {
  const m: Record<string, GoValue> = {}
  parts.forEach((p, i) => (m['_' + i] = p))
  return typedMap(m, 'map[string]string')
}

export const split = (sep: GoValue, orig: GoValue): GoValue =>
  indexedMap(goSplit(str(orig), str(sep)))
export const splitn = (sep: GoValue, n: GoValue, orig: GoValue): GoValue =>
  indexedMap(goSplit(str(orig), str(sep), intNum(n)))
export const splitList = (sep: GoValue, orig: GoValue): GoValue =>
  stringSlice(goSplit(str(orig), str(sep)))

/** Sprig's strslice: any slice to []string (nils dropped), a scalar to a one-element list. */
export function strslice(v: GoValue): string[] {
  if (isSlice(v))
    return sliceItems(v)
      .filter((x) => x !== null)
      .map(strval)
  if (v === null) return []
  return [strval(v)]
}

export const toStrings = (v: GoValue): GoValue => stringSlice(strslice(v))
export const join = (sep: GoValue, v: GoValue): string => strslice(v).join(str(sep))

export function sortAlpha(v: GoValue): GoValue {
  if (isSlice(v)) return stringSlice(strslice(v).sort(compareBytes))
  return stringSlice([strval(v)])
}

export const toString = (v: GoValue): string => strval(v)
