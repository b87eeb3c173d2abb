/**
 * The order go-yaml writes map keys in: its own "natural" comparison (letters after
 * other characters, digit runs compared by value, v3 tweaking the letter/digit case).
 *
 * go-yaml v2's comparison is not a strict weak order for some key sets ("10" < "1a" <
 * "9" < "10"); Go then sorts keys taken in random map order, so helm itself prints such
 * maps in a different order from run to run. For those sets any order is as right as
 * helm's; ours is deterministic (keys pre-sorted by bytes, then a stable sort).
 */
import { compareGoStrings } from '../../template/sort.js'

const letter = /\p{L}/u
const digit = /\p{Nd}/u

function isLetter(r: number): boolean {
  if (r < 0x80) return (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a)
  return letter.test(String.fromCodePoint(r))
}

function isDigit(r: number): boolean {
  if (r < 0x80) return r >= 0x30 && r <= 0x39
  return digit.test(String.fromCodePoint(r))
}

/** A map key prepared for comparison: its code points (Go compares []rune). */
export interface SortKey {
  runes: number[]
}

export function toRunes(s: string): number[] {
  const out: number[] = []
  for (const ch of s) out.push(ch.codePointAt(0)!)
  return out
}

/**
 * The value of the digit run starting at i, as go-yaml accumulates it in an int64
 * (wrapping on overflow; non-ASCII digits count as rune - '0').
 */
function digitRun(
  r: number[],
  i: number,
  start: bigint | number,
): { end: number; value: bigint | number } {
  let end = i
  let ascii = true
  while (end < r.length && isDigit(r[end])) {
    if (r[end] > 0x39) ascii = false
    end++
  }
  if (ascii && end - i <= 15) {
    let v = start as number
    for (let k = i; k < end; k++) v = v * 10 + (r[k] - 0x30)
    return { end, value: v }
  }
  let v = BigInt(start)
  for (let k = i; k < end; k++) v = BigInt.asIntN(64, v * 10n + BigInt(r[k] - 0x30))
  return { end, value: v }
}

/** go-yaml's keyList.Less for two string keys (v3 differs when a letter meets a non-letter). */
export function keyLess(ar: number[], br: number[], v3: boolean): boolean {
  let digits = false
  const n = Math.min(ar.length, br.length)
  for (let i = 0; i < n; i++) {
    if (ar[i] === br[i]) {
      if (v3) digits = isDigit(ar[i])
      continue
    }
    const al = isLetter(ar[i])
    const bl = isLetter(br[i])
    if (al && bl) return ar[i] < br[i]
    if (al || bl) return v3 && digits ? al : bl
    let start = 0
    if (ar[i] === 0x30 || br[i] === 0x30) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== 0x30) {
          start = 1
          break
        }
      }
    }
    const a = digitRun(ar, i, start)
    const b = digitRun(br, i, start)
    if (typeof a.value === 'number' && typeof b.value === 'number') {
      if (a.value !== b.value) return a.value < b.value
    } else {
      const av = BigInt(a.value)
      const bv = BigInt(b.value)
      if (av !== bv) return av < bv
    }
    if (a.end !== b.end) return a.end < b.end
    return ar[i] < br[i]
  }
  return ar.length < br.length
}

/** Sorts map keys the way go-yaml's encoder does. */
export function sortYamlKeys(keys: string[], v3: boolean): string[] {
  if (keys.length < 2) return keys
  const items = keys.sort(compareGoStrings).map((k) => ({ key: k, runes: toRunes(k) }))
  items.sort((a, b) => (keyLess(a.runes, b.runes, v3) ? -1 : keyLess(b.runes, a.runes, v3) ? 1 : 0))
  return items.map((i) => i.key)
}

/** Whether go-yaml's comparison orders these keys consistently (then helm's order is fixed). */
export function isConsistentKeyOrder(keys: string[], v3: boolean): boolean {
  const sorted = sortYamlKeys([...keys], v3).map(toRunes)
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (keyLess(sorted[j], sorted[i], v3) || !keyLess(sorted[i], sorted[j], v3)) return false
    }
  }
  return true
}
