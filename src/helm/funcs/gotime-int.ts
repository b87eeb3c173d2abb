/** strconv.ParseInt(s, 10, 64); undefined on error. */
export function parseIntBase10(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined
  const v = BigInt(s)
  if (v > (1n << 63n) - 1n || v < -(1n << 63n)) return undefined
  return v
}
