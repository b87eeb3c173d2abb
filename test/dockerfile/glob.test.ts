/**
 * Shell glob matching (`case` arms, `${V#p}` trimming): the literal and one-star shortcuts
 * answer as the regular-expression translation does.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { linearRegex } from '../../src/core/linear-regex.js'
import { globMatch, globSource } from '../../src/dockerfile/glob.js'

describe('globMatch', () => {
  it('matches the usual case arms', () => {
    expect(globMatch('amd64', 'amd64')).toBe(true)
    expect(globMatch('amd64', 'arm64')).toBe(false)
    expect(globMatch('arm*', 'arm64')).toBe(true)
    expect(globMatch('*', 'a/b')).toBe(true)
    expect(globMatch('*64', 'x86_64')).toBe(true)
    expect(globMatch('a*a', 'a')).toBe(false)
    expect(globMatch('x86_6[4]', 'x86_64')).toBe(true)
  })

  it('agrees with the regular-expression translation on random patterns and values', () => {
    const piece = fc.constantFrom('a', 'b', '/', '*', '?', '[', ']', '!', '\\', 'é')
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 7 }).map((a) => a.join('')),
        fc.array(fc.array(fc.constantFrom('a', 'b', '/', '*', 'é'), { maxLength: 8 })),
        (pattern, values) => {
          let re: ReturnType<typeof linearRegex>
          try {
            re = linearRegex('^(?:' + globSource(pattern) + ')$', 's')
          } catch {
            return // a pattern RE2 rejects is matched literally; not what this compares
          }
          for (const v of values.map((a) => a.join('')))
            expect(globMatch(pattern, v), `${pattern} ~ ${v}`).toBe(re.test(v))
        },
      ),
      { numRuns: 3000 },
    )
  })
})
