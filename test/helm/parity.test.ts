/**
 * Parity over the whole shared corpus: every variant run through runRender with the exact
 * helm arguments must print the golden stdout byte for byte (keys listed as
 * nondeterministic masked), and failing variants must print helm's stderr.
 */
import { expect, it } from 'vitest'
import { describeShared } from '../helpers/shared.js'
import { runRender } from '../../src/helm/render-command.js'
import { firstDifference, listVariants, maskKeys } from './corpus.js'

describeShared(['corpus', 'helm'], 'helm template parity over the shared corpus', () => {
  const variants = listVariants()
  let passed = 0

  it('has the 121 variants of the corpus', () => {
    expect(variants.length).toBe(121)
    expect(variants.filter((v) => v.goldenError !== undefined).length).toBe(3)
  })

  for (const v of variants) {
    it(`${v.chart}/${v.variant}`, async () => {
      let stdout = ''
      let stderr = ''
      const code = await runRender(v.args.slice(1), {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        cwd: v.dir,
      })
      if (v.golden !== undefined) {
        expect(stderr === '' ? '' : stderr, 'no error').not.toMatch(/^Error:/m)
        expect(code).toBe(0)
        const want = maskKeys(v.golden, v.nondeterministicKeys)
        const got = maskKeys(stdout, v.nondeterministicKeys)
        if (got !== want) expect.fail(`output differs at ${firstDifference(want, got)}`)
        if (v.goldenStderr !== undefined) {
          // Helm prints these from Go map iterations: same lines, order not significant.
          expect(stderr.split('\n').sort()).toEqual(v.goldenStderr.split('\n').sort())
        } else {
          expect(stderr).toBe('')
        }
      } else {
        expect(code).toBe(1)
        expect(stdout).toBe('')
        expect(stderr).toBe(v.goldenError)
      }
      passed++
    })
  }

  it('reports the parity figure', () => {
    console.log(`[helm parity] ${passed}/${variants.length} variants identical to helm v4.1.4`)
    expect(passed).toBe(variants.length)
  })
})
