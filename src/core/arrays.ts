/**
 * Array helpers for input-sized arrays. `a.push(...b)` and `Math.max(...b)` pass every
 * element as an argument and overflow the stack past about 120,000 elements (a file of
 * 130,000 documents, a report of that many findings); these loop instead.
 */

/** Appends every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The largest of `values` (`fallback` when there are none). */
export function maxOf(values: Iterable<number>, fallback = -Infinity): number {
  let max = fallback
  for (const v of values) if (v > max) max = v
  return max
}

/** The smallest of `values` (`fallback` when there are none). */
export function minOf(values: Iterable<number>, fallback = Infinity): number {
  let min = fallback
  for (const v of values) if (v < min) min = v
  return min
}
