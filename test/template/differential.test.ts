/**
 * Differential tests: the same templates through helm v4.1.4 (Go 1.25 text/template) and
 * through this engine, compared byte for byte — outputs and error messages alike.
 */
import { expect, it } from 'vitest'
import { join } from 'node:path'
import { describeHelm } from '../helpers/helm.js'
import { runGoTemplates } from '../helpers/go-template-oracle.js'
import type { GoCase } from '../helpers/go-template-oracle.js'
import { describeOutcome, readCases, runOurs } from './compare.js'
import { floatCases, generatedCases } from './gen.js'

const casesDir = join(import.meta.dirname, 'cases')

async function compare(helm: string, cases: GoCase[]): Promise<string[]> {
  const ours = runOurs(cases)
  const expectErrors = new Set(ours.flatMap((o, i) => (o.error !== undefined ? [i] : [])))
  const go = await runGoTemplates(helm, cases, { expectErrors })
  const diffs: string[] = []
  cases.forEach((c, i) => {
    const a = describeOutcome(go[i])
    const b = describeOutcome(ours[i])
    if (a !== b) diffs.push(`${JSON.stringify(c.template)}\n  go:   ${a}\n  ours: ${b}`)
  })
  return diffs
}

describeHelm('text/template against helm', (helm) => {
  for (const file of ['basics.txt', 'exec.txt', 'parse-errors.txt', 'templates.txt']) {
    it(`hand-written cases: ${file}`, async () => {
      const cases = readCases(join(casesDir, file))
      expect(cases.length).toBeGreaterThan(10)
      expect(await compare(helm, cases)).toEqual([])
    })
  }

  it('300 generated templates (printf, comparisons, trimming, control flow)', async () => {
    const cases = generatedCases(300, 20260101)
    expect(await compare(helm, cases)).toEqual([])
  })

  it('150 sets of random float64 values through every float verb', async () => {
    const cases = floatCases(150, 20260102)
    expect(await compare(helm, cases)).toEqual([])
  })
})
