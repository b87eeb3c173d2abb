/**
 * lazyLinearRegex: V8's RegExp on short inputs, RE2 beyond, with the same matches for the
 * patterns it is meant for (our own constants: no backreferences, ASCII classes).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { backtrackingLimit, lazyLinearRegex, linearRegex } from '../../src/core/linear-regex.js'

// Masterminds/semver's constraint pieces, as src/helm/semver.ts builds them, and a few others.
const cv =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?'
const ops = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^'
const ws = '[\\t\\n\\f\\r ]'
const patterns = [
  `^${ws}*(${ops})${ws}*(${cv})${ws}*$`,
  `(${ops})${ws}*(${cv})`,
  `${ws}*(${cv})${ws}+-${ws}+(${cv})${ws}*`,
  '(a|ab)(c|bcd)?',
  'x*',
]

type Match = ReturnType<ReturnType<typeof linearRegex>['exec']>
const plain = (m: Match) =>
  m && { index: m.index, groups: Array.from({ length: m.length }, (_, i) => m[i]) }

describe('lazyLinearRegex', () => {
  it('matches as linearRegex on both sides of its short-input limit', () => {
    const text = fc
      .array(
        fc.constantFrom(
          '1',
          '2',
          '.',
          'x',
          '*',
          '-',
          ' ',
          '\t',
          '>',
          '<',
          '=',
          '~',
          '^',
          'v',
          'a',
          'b',
          'c',
          'd',
          ',',
          'é',
        ),
        { maxLength: 14 },
      )
      .map((a) => a.join(''))
    for (const source of patterns) {
      const lazy = lazyLinearRegex(source, '', 6)
      const re2 = linearRegex(source)
      fc.assert(
        fc.property(text, (s) => {
          expect(lazy.test(s)).toBe(re2.test(s))
          expect(plain(lazy.exec(s))).toEqual(plain(re2.exec(s)))
          expect(lazy.matchAll(s).map(plain)).toEqual(re2.matchAll(s).map(plain))
          expect(lazy.replaceAll(s, (m) => `<${m[1] ?? ''}>`)).toBe(
            re2.replaceAll(s, (m) => `<${m[1] ?? ''}>`),
          )
        }),
        { numRuns: 400 },
      )
    }
  })

  it('stays linear on a long input (100,000 blanks before a constraint)', () => {
    const re = lazyLinearRegex(patterns[0])
    const t0 = performance.now()
    expect(re.test(' '.repeat(100_000) + '!')).toBe(false)
    expect(performance.now() - t0).toBeLessThan(20_000)
  })

  it('keeps many holes on a backtracking engine only for inputs it finishes quickly', () => {
    expect(backtrackingLimit(1)).toBe(4096)
    expect(backtrackingLimit(2)).toBe(1000)
    expect(backtrackingLimit(3)).toBe(99)
    expect(backtrackingLimit(8)).toBe(16)
    const holes = 6
    const source = `^${Array.from({ length: holes }, () => '([^/]+)').join('a')}b$`
    const re = lazyLinearRegex(source, 'i', backtrackingLimit(holes))
    for (const n of [backtrackingLimit(holes), 5000]) {
      const t0 = performance.now()
      expect(re.test('a'.repeat(n))).toBe(false)
      expect(performance.now() - t0).toBeLessThan(10_000)
    }
    expect(re.exec('xayazawavaub')?.[6]).toBe('u')
  })

  it('answers test as exec does when the pattern repeats a group (a backreference)', () => {
    for (const re of [linearRegex('^(a+)b\\1$'), lazyLinearRegex('^(a+)b\\1$', '', 4)]) {
      expect(re.test('aabaa')).toBe(true)
      expect(re.test('aabaaa')).toBe(false)
      expect(re.exec('aabaaa')).toBeNull()
    }
  })
})
