/**
 * The part of shopspring/decimal Sprig's addf/subf/mulf/divf use: exact decimal
 * arithmetic on the shortest decimal form of each float64, division rounded half
 * away from zero at 16 places, then the nearest float64.
 */
import { formatV } from './fmtv.js'
import { goPanic } from './gopanic.js'

interface Dec {
  coef: bigint
  exp: number
}

export function decFromFloat(f: number): Dec {
  if (!Number.isFinite(f)) goPanic(`Cannot create a Decimal from ${formatV(f)}`)
  if (f === 0) return { coef: 0n, exp: 0 }
  const s = Math.abs(f).toExponential()
  const e = s.indexOf('e')
  const digits = s.slice(0, e).replace('.', '')
  const exp = Number(s.slice(e + 1)) - (digits.length - 1)
  const coef = BigInt(digits)
  return { coef: f < 0 ? -coef : coef, exp }
}

const pow10 = (n: number): bigint => 10n ** BigInt(n)

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp)
  return [a.coef * pow10(a.exp - exp), b.coef * pow10(b.exp - exp), exp]
}

export const decAdd = (a: Dec, b: Dec): Dec => {
  const [x, y, exp] = align(a, b)
  return { coef: x + y, exp }
}
export const decSub = (a: Dec, b: Dec): Dec => {
  const [x, y, exp] = align(a, b)
  return { coef: x - y, exp }
}
export const decMul = (a: Dec, b: Dec): Dec => ({ coef: a.coef * b.coef, exp: a.exp + b.exp })

const DIVISION_PRECISION = 16

export function decDiv(a: Dec, b: Dec): Dec {
  if (b.coef === 0n) goPanic('decimal division by 0')
  // a/b = (a.coef/b.coef) * 10^(a.exp-b.exp); scale so the quotient has 16 decimals.
  const shift = DIVISION_PRECISION + a.exp - b.exp
  let num = a.coef
  let den = b.coef
  if (shift >= 0) num *= pow10(shift)
  else den *= pow10(-shift)
  let q = num / den
  const r = num % den
  const absR2 = (r < 0n ? -r : r) * 2n
  const absDen = den < 0n ? -den : den
  if (absR2 >= absDen) q += num < 0n !== den < 0n ? -1n : 1n
  return { coef: q, exp: -DIVISION_PRECISION }
}

export function decToFloat(d: Dec): number {
  if (d.coef === 0n) return 0
  return Number(`${d.coef}e${d.exp}`)
}
