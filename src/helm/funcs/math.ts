/** Sprig's arithmetic (numeric.go and the inline lambdas of its func map). */
import type { GoValue } from '../../template/value.js'
import { int64, intArg, intNum, toFloat64, toInt64 } from './cast.js'
import { decAdd, decDiv, decFromFloat, decMul, decSub, decToFloat } from './decimal.js'
import { formatV } from './fmtv.js'
import { goPanic } from './gopanic.js'
import { untilStep } from './lists.js'
import { intSlice } from './types.js'
import { randomFloat } from './random.js'

const wrap = (v: bigint) => int64(v)

export const add1 = (i: GoValue): GoValue => wrap(toInt64(i) + 1n)
export const add = (...i: GoValue[]): GoValue =>
  wrap(i.reduce<bigint>((a, b) => BigInt.asIntN(64, a + toInt64(b)), 0n))
export const sub = (a: GoValue, b: GoValue): GoValue => wrap(toInt64(a) - toInt64(b))
export const mul = (a: GoValue, ...v: GoValue[]): GoValue =>
  wrap(v.reduce<bigint>((acc, b) => BigInt.asIntN(64, acc * toInt64(b)), toInt64(a)))

function divide(a: GoValue, b: GoValue, rem: boolean): GoValue {
  const x = toInt64(a)
  const y = toInt64(b)
  if (y === 0n) goPanic('runtime error: integer divide by zero')
  if (x === -(1n << 63n) && y === -1n) return wrap(rem ? 0n : x)
  return wrap(rem ? x % y : x / y)
}
export const div = (a: GoValue, b: GoValue): GoValue => divide(a, b, false)
export const mod = (a: GoValue, b: GoValue): GoValue => divide(a, b, true)

export function max(a: GoValue, ...i: GoValue[]): GoValue {
  let m = toInt64(a)
  for (const b of i) {
    const x = toInt64(b)
    if (x > m) m = x
  }
  return wrap(m)
}

export function min(a: GoValue, ...i: GoValue[]): GoValue {
  let m = toInt64(a)
  for (const b of i) {
    const x = toInt64(b)
    if (x < m) m = x
  }
  return wrap(m)
}

/** math.Max / math.Min (NaN wins, -0 vs +0 ordered). */
function goMax(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN
  if (x === 0 && x === y) return Object.is(x, -0) ? y : x
  return x > y ? x : y
}
function goMin(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN
  if (x === 0 && x === y) return Object.is(x, -0) ? x : y
  return x < y ? x : y
}

export const maxf = (a: GoValue, ...i: GoValue[]): number =>
  i.reduce<number>((m, b) => goMax(m, toFloat64(b)), toFloat64(a))
export const minf = (a: GoValue, ...i: GoValue[]): number =>
  i.reduce<number>((m, b) => goMin(m, toFloat64(b)), toFloat64(a))

type DecOp = typeof decAdd

function decimalOp(a: GoValue, rest: GoValue[], op: DecOp): number {
  let acc = decFromFloat(toFloat64(a))
  for (const x of rest) acc = op(acc, decFromFloat(toFloat64(x)))
  return decToFloat(acc)
}

export const add1f = (i: GoValue): number => decimalOp(i, [1n], decAdd)
export const addf = (...i: GoValue[]): number => decimalOp(0, i, decAdd)
export const subf = (a: GoValue, ...v: GoValue[]): number => decimalOp(a, v, decSub)
export const mulf = (a: GoValue, ...v: GoValue[]): number => decimalOp(a, v, decMul)
export const divf = (a: GoValue, ...v: GoValue[]): number => decimalOp(a, v, decDiv)

export const floor = (a: GoValue): number => Math.floor(toFloat64(a))
export const ceil = (a: GoValue): number => Math.ceil(toFloat64(a))

export function round(a: GoValue, p: GoValue, ...rOpt: GoValue[]): number {
  const roundOn = rOpt.length > 0 ? toFloat64(rOpt[0]) : 0.5
  const val = toFloat64(a)
  const pow = Math.pow(10, Number(intArg(p)))
  const digit = pow * val
  const frac = digit - Math.trunc(digit)
  const r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)
  return r / pow
}

export function randInt(minV: GoValue, maxV: GoValue): bigint {
  const lo = intArg(minV)
  const n = intArg(maxV) - lo
  if (n <= 0n) goPanic('invalid argument to Intn')
  return lo + BigInt(Math.floor(randomFloat() * Number(n)))
}

/** strconv.ParseInt(fmt.Sprint(v), 8, 64), 0 on error. */
export function toDecimal(v: GoValue): GoValue {
  const s = formatV(v)
  const m = /^([+-]?)([0-7]+)$/.exec(s)
  if (!m) return wrap(0n)
  const n = BigInt('0o' + m[2]) * (m[1] === '-' ? -1n : 1n)
  if (n > (1n << 63n) - 1n || n < -(1n << 63n)) return wrap(0n)
  return wrap(n)
}

export const until = (count: GoValue): GoValue => {
  const n = intNum(count)
  return intSlice(untilStep(0, n, n < 0 ? -1 : 1, 'until'))
}

export const untilStepF = (start: GoValue, stop: GoValue, step: GoValue): GoValue =>
  intSlice(untilStep(intNum(start), intNum(stop), intNum(step)))

export function seq(...params: GoValue[]): string {
  const p = params.map(intNum)
  const join = (xs: bigint[]) => xs.join(' ')
  switch (p.length) {
    case 0:
      return ''
    case 1: {
      const start = 1
      const end = p[0]
      const inc = end < start ? -1 : 1
      return join(untilStep(start, end + inc, inc, 'seq'))
    }
    case 2: {
      const [start, end] = p
      const step = end < start ? -1 : 1
      return join(untilStep(start, end + step, step, 'seq'))
    }
    case 3: {
      const [start, step, end] = p
      let inc = 1
      if (end < start) {
        inc = -1
        if (step > 0) return ''
      }
      return join(untilStep(start, end + inc, step, 'seq'))
    }
    default:
      return ''
  }
}
