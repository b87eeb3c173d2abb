/**
 * filepath.Match patterns (.helmignore rules): the prefix/suffix matcher that serves the common
 * patterns answers as the regular-expression translation does, and both as Go documents.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compileGoMatch, goMatchRegex, simpleGoMatch } from '../../src/helm/glob.js'

describe('filepath.Match', () => {
  it('answers the common .helmignore patterns as Go does', () => {
    const cases: [string, string, boolean][] = [
      ['.DS_Store', '.DS_Store', true],
      ['.DS_Store', 'a/.DS_Store', false],
      ['*.swp', 'x.swp', true],
      ['*.swp', '.swp', true],
      ['*.swp', 'dir/x.swp', false],
      ['*~', 'values.yaml~', true],
      ['*.tmproj', 'tmproj', false],
      ['a*b', 'ab', true],
      ['a*b', 'a/b', false],
      ['a*b', 'axxb', true],
      ['a*b', 'abx', false],
      ['\\*.txt', '*.txt', true],
      ['\\*.txt', 'a.txt', false],
      ['*', 'anything', true],
      ['*', 'a/b', false],
      ['', '', true],
      ['ab*ba', 'aba', false],
      ['templates/.?*', 'templates/.x', true],
      ['templates/.?*', 'templates/.', false],
      ['templates/.?*', 'templates/./x', false],
      ['templates/.?*', 'templates/.é', true],
      ['a?c', 'abc', true],
      ['a?c', 'a/c', false],
      ['a?c', 'aéc', true],
      ['a?c', 'ac', false],
    ]
    for (const [pattern, name, want] of cases) {
      expect(simpleGoMatch(pattern), pattern).toBeDefined()
      expect(compileGoMatch(pattern).test(name), `${pattern} ~ ${name}`).toBe(want)
      expect(goMatchRegex(pattern).test(name), `${pattern} ~ ${name} (regex)`).toBe(want)
    }
  })

  it('leaves classes, two stars and a trailing backslash to the full translation', () => {
    for (const p of ['[ab]', '*a*', 'a\\', '*/__snapshot__/*'])
      expect(simpleGoMatch(p), p).toBeUndefined()
    expect(() => compileGoMatch('a\\')).toThrow('syntax error in pattern')
  })

  it('agrees with the regular-expression translation on random patterns and names', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '.', '*', '?', '\\', 'é', '😀')
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')),
        fc.array(
          fc.array(fc.constantFrom('a', 'b', '/', '.', '*', '?', 'é', '😀'), { maxLength: 10 }),
        ),
        (pattern, names) => {
          const simple = simpleGoMatch(pattern)
          if (!simple) return
          const regex = goMatchRegex(pattern)
          for (const n of names.map((a) => a.join('')))
            expect(simple.test(n), `${pattern} ~ ${n}`).toBe(regex.test(n))
        },
      ),
      { numRuns: 3000 },
    )
  })
})
