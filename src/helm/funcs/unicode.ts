/** Go's unicode predicates and per-rune case mapping (simple case folding, no special casing). */

const UPPER = /^\p{Lu}$/u
const LOWER = /^\p{Ll}$/u
const TITLE = /^\p{Lt}$/u
const LETTER = /^\p{L}$/u
const DIGIT = /^\p{Nd}$/u
const NUMBER = /^\p{N}$/u
const PUNCT = /^\p{P}$/u

export const isUpper = (r: string): boolean => UPPER.test(r)
export const isLower = (r: string): boolean => LOWER.test(r)
export const isTitle = (r: string): boolean => TITLE.test(r)
export const isLetter = (r: string): boolean => LETTER.test(r)
export const isDigit = (r: string): boolean => DIGIT.test(r)
export const isNumber = (r: string): boolean => NUMBER.test(r)
export const isPunct = (r: string): boolean => PUNCT.test(r)

/** unicode.IsSpace. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0xff) return (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xa0
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

export const isSpace = (r: string): boolean => isSpaceCode(r.codePointAt(0) as number)

/** unicode.ToUpper for one rune. */
export function toUpperRune(r: string): string {
  const u = r.toUpperCase()
  return [...u].length === 1 ? u : r
}

/** unicode.ToLower for one rune. */
export function toLowerRune(r: string): string {
  if (r === '\u0130') return 'i'
  const l = r.toLowerCase()
  return [...l].length === 1 ? l : r
}

const TITLE_MAP: Record<string, string> = {
  Ǆ: 'ǅ',
  ǅ: 'ǅ',
  ǆ: 'ǅ',
  Ǉ: 'ǈ',
  ǈ: 'ǈ',
  ǉ: 'ǈ',
  Ǌ: 'ǋ',
  ǋ: 'ǋ',
  ǌ: 'ǋ',
  Ǳ: 'ǲ',
  ǲ: 'ǲ',
  ǳ: 'ǲ',
}

/** unicode.ToTitle for one rune. */
export function toTitleRune(r: string): string {
  return TITLE_MAP[r] ?? toUpperRune(r)
}

export function mapRunes(s: string, f: (r: string) => string): string {
  let out = ''
  for (const r of s) out += f(r)
  return out
}

export function isAscii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s)
}

/** UTF-8 byte length of a JS string. */
export function byteLength(s: string): number {
  return isAscii(s) ? s.length : Buffer.byteLength(s, 'utf8')
}

/** s[start:end] over UTF-8 bytes (Go string slicing). */
export function byteSlice(s: string, start: number, end?: number): string {
  if (isAscii(s)) return s.slice(start, end)
  return Buffer.from(s, 'utf8').subarray(start, end).toString('utf8')
}
