/**
 * Go's ordering of strings (byte-wise over UTF-8, i.e. by code point), used wherever Go
 * sorts map keys: fmt's map printing and range over maps.
 */
import type { GoMap } from './value.js'

/** Compares two strings as Go does (UTF-8 byte order), returning <0, 0 or >0. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(i)
    if (ca === cb) continue
    // UTF-16 order differs from code point order only between a surrogate (a code point
    // above U+FFFF) and a BMP character at or above U+E000.
    const sa = ca >= 0xd800 && ca < 0xe000
    const sb = cb >= 0xd800 && cb < 0xe000
    if (sa && !sb && cb >= 0xe000) return 1
    if (sb && !sa && ca >= 0xe000) return -1
    return ca - cb
  }
  return a.length - b.length
}

/** The keys of a Go map in the order Go iterates them in templates and prints them. */
export function sortedMapKeys(m: GoMap): string[] {
  const keys = Object.keys(m)
  if (keys.length < 2) return keys
  let plain = true
  for (let i = 0; i < keys.length && plain; i++) {
    const k = keys[i]
    for (let j = 0; j < k.length; j++) {
      if (k.charCodeAt(j) >= 0xd800) {
        plain = false
        break
      }
    }
  }
  return plain ? keys.sort() : keys.sort(compareGoStrings)
}
