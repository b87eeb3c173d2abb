/**
 * Small pieces of Go's string semantics that Helm's behaviour depends on: which runes
 * strings.TrimSpace removes, and how a string is split like regexp.Split.
 */

// unicode.IsSpace: Latin-1 spaces plus the Unicode White_Space property (no U+FEFF,
// unlike String.prototype.trim).
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0x85) return false
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

export function isGoSpace(ch: string): boolean {
  return ch.length > 0 && isSpaceCode(ch.charCodeAt(0))
}

/** strings.TrimSpace */
export function goTrimSpace(s: string): string {
  let start = 0
  let end = s.length
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--
  return start === 0 && end === s.length ? s : s.slice(start, end)
}

/** strings.TrimPrefix of a UTF-8 byte-order mark, on bytes. */
export function trimBom(data: Uint8Array): Uint8Array {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return data.subarray(3)
  }
  return data
}

const decoder = new TextDecoder('utf-8')

/** string(bytes) as Go does it; invalid sequences become U+FFFD, as Go prints them. */
export function bytesToString(data: Uint8Array): string {
  return decoder.decode(data)
}

/** path.Base */
export function pathBase(p: string): string {
  if (p === '') return '.'
  let s = p
  while (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1)
  if (s === '/') return '/'
  const i = s.lastIndexOf('/')
  return i >= 0 ? s.slice(i + 1) : s
}

/** path.Ext */
export function pathExt(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) {
    if (p[i] === '.') return p.slice(i)
  }
  return ''
}

/** path.Clean */
export function pathClean(p: string): string {
  if (p === '') return '.'
  const rooted = p.startsWith('/')
  const out: string[] = []
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop()
      else if (!rooted) out.push('..')
      continue
    }
    out.push(part)
  }
  const joined = out.join('/')
  if (rooted) return '/' + joined
  return joined === '' ? '.' : joined
}

/** path.Join */
export function pathJoin(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '')
  if (nonEmpty.length === 0) return ''
  return pathClean(nonEmpty.join('/'))
}
