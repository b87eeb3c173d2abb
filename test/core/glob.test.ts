/**
 * The configuration's globs (core/glob.ts) match what picomatch with `dot: true` matched, on
 * generated globs and paths, and in linear time where picomatch's regular expressions
 * backtracked without end.
 */
import fc from 'fast-check'
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { compileGlob } from '../../src/core/glob.js'

const same = (glob: string, path: string) =>
  expect(compileGlob(glob).test(path), `${glob} on ${path}`).toBe(
    picomatch(glob, { dot: true })(path),
  )

describe('config globs', () => {
  it.each([
    ['*.yaml', ['a.yaml', 'd/a.yaml', '.a.yaml', 'a.yml']],
    ['**/*.yaml', ['a.yaml', 'd/a.yaml', 'd/e/a.yaml', 'a.yml']],
    ['deploy/**', ['deploy', 'deploy/a', 'deploy/a/b', 'deployx/a']],
    ['**/test/**', ['test', 'a/test', 'a/test/b', 'a/tests/b']],
    ['a/**/b', ['a/b', 'a/x/b', 'a/x/y/b', 'ab']],
    ['charts/*/templates/*.yaml', ['charts/c/templates/x.yaml', 'charts/c/d/templates/x.yaml']],
    ['{deploy,k8s}/*.yaml', ['deploy/a.yaml', 'k8s/a.yaml', 'other/a.yaml']],
    ['file{1..3}.yaml', ['file1.yaml', 'file3.yaml', 'file4.yaml']],
    ['[a-c]?.yaml', ['ab.yaml', 'db.yaml', 'a.yaml']],
    ['[^a]*', ['b', 'a', 'ba']],
    ['*.y?(a)ml', ['x.yml', 'x.yaml', 'x.yaaml']],
    ['+(a|b).txt', ['a.txt', 'abba.txt', 'c.txt']],
    ['!deploy/**', ['deploy/a', 'src/a']],
    ['\\*.yaml', ['*.yaml', 'a.yaml']],
    ['*', ['a', 'a/b']],
    ['**', ['a', 'a/b', '.git/x']],
    ['./deploy/*.yaml', ['deploy/a.yaml']],
  ])('%s', (glob, paths) => {
    for (const p of paths) same(glob, p)
  })

  it('agrees with picomatch on generated globs and paths', () => {
    const seg = fc.constantFrom(
      'a',
      'b',
      'ab',
      '*',
      '?',
      '**',
      'a*',
      '*b',
      '[ab]',
      '{a,b}',
      'x.yaml',
      '*.yaml',
      'a?b',
    )
    const glob = fc.array(seg, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
    const name = fc.constantFrom('a', 'b', 'ab', 'ba', 'x.yaml', 'aab', '.a', 'c')
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 5 }), (g, paths) => {
        for (const p of paths) same(g, p)
      }),
      { numRuns: 3000 },
    )
  })

  it('matches in linear time where picomatch never finished', () => {
    const started = performance.now()
    expect(compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*b').test('a'.repeat(4000))).toBe(false)
    expect(compileGlob('**/a/**/a/**/a/**/a/**/b').test('a/'.repeat(2000) + 'c')).toBe(false)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
