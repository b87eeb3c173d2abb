/**
 * A few Sprig functions with their Go signatures, for tests that compare the engine with
 * helm (whose templates always have Sprig). Only behaviour the tests rely on is modelled.
 */
import { withSignature } from '../../src/template/functions.js'
import type { FuncMap } from '../../src/template/functions.js'
import { GoInt, goIntValue } from '../../src/template/value.js'
import type { GoMap, GoValue } from '../../src/template/value.js'
import { sprint } from '../../src/template/fmt.js'

export const sprigSubset: FuncMap = {
  list: withSignature((...v: GoValue[]) => v, { params: ['interface {}'], variadic: true }),
  dict: withSignature(
    (...v: GoValue[]) => {
      const m: GoMap = {}
      for (let i = 0; i < v.length; i += 2) {
        m[typeof v[i] === 'string' ? (v[i] as string) : sprint([v[i]])] =
          i + 1 < v.length ? v[i + 1] : ''
      }
      return m
    },
    { params: ['interface {}'], variadic: true },
  ),
  add: withSignature(
    (...v: GoValue[]) =>
      new GoInt(
        BigInt.asIntN(
          64,
          v.reduce<bigint>((a, b) => a + (goIntValue(b) ?? BigInt(Math.trunc(Number(b)))), 0n),
        ),
        'int64',
      ),
    { params: ['interface {}'], variadic: true, result: 'int64' },
  ),
  lower: withSignature((s: string) => s.toLowerCase(), { params: ['string'] }),
  upper: withSignature((s: string) => s.toUpperCase(), { params: ['string'] }),
  trunc: withSignature(
    (c: bigint, s: string) => {
      const n = Number(c)
      if (n < 0 && s.length + n > 0) return s.slice(s.length + n)
      if (n >= 0 && s.length > n) return s.slice(0, n)
      return s
    },
    { params: ['int', 'string'] },
  ),
  hasKey: withSignature((d: GoMap, k: string) => Object.prototype.hasOwnProperty.call(d, k), {
    params: ['map[string]interface {}', 'string'],
  }),
  repeat: withSignature((c: bigint, s: string) => s.repeat(Number(c)), {
    params: ['int', 'string'],
  }),
  fail: withSignature(
    (msg: string): GoValue => {
      throw new Error(msg)
    },
    { params: ['string'] },
  ),
}
