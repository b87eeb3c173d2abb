/**
 * The same differential cases, this time through the template engine (src/template)
 * with sprigFuncMap(): Go's argument conversion of constants and values, printing of
 * results, and missing values, compared with helm's output.
 */
import { beforeAll, expect, it } from 'vitest'
import { TemplateSet } from '../../../src/template/index.js'
import { goIntKindsEnabled, sprigFuncMap } from '../../../src/helm/funcs/index.js'
import { describeHelm } from '../../helpers/helm.js'
import { valueCases } from './cases.js'
import { helmOutputs } from './oracle.js'

/** Results whose Go integer kind shows (typeOf (add 1 2) is int64) differ while the engine lacks GoInt. */
const KIND_SENSITIVE =
  /\b(typeOf|kindOf|typeIs|kindIs|typeIsLike|deepEqual|duration|durationRound)\b/

describeHelm('Sprig/Helm functions through the template engine against helm v4.1.4', (helm) => {
  const set = valueCases()
  let outputs = new Map<string, string>()

  beforeAll(async () => {
    outputs = await helmOutputs(helm, set)
  }, 300_000)

  it('renders the differential cases like helm', () => {
    const tpl = new TemplateSet({ funcs: sprigFuncMap(), missingKey: 'zero' })
    const data = { Values: { v: JSON.parse(JSON.stringify(set.values)) } }
    const mismatches: { expr: string; helm?: string; engine: string }[] = []
    let compared = 0
    let kindOnly = 0
    for (const c of set.cases) {
      const expected = outputs.get(c.id)
      if (expected === undefined || expected.startsWith('<error:')) continue
      let got: string
      try {
        const name = `cases/${c.id}`
        tpl.parse(name, `{{ ${c.expr} }}`)
        got = tpl.execute(name, data).replaceAll('<no value>', '')
      } catch (e) {
        got = `<error: ${(e as Error).message}>`
      }
      compared++
      if (got !== expected && !goIntKindsEnabled() && KIND_SENSITIVE.test(c.expr)) kindOnly++
      else if (got !== expected) {
        mismatches.push({ expr: c.expr, helm: expected, engine: got })
      }
    }
    expect(compared).toBeGreaterThan(6000)
    // Only the few cases that print an int64 kind may differ (see KIND_SENSITIVE).
    expect(kindOnly).toBeLessThan(30)
    if (process.env.KW_FUNCS_DUMP)
      console.log(`compared ${compared}, int-kind-only differences ${kindOnly}`)
    expect(mismatches).toEqual([])
  })
})
