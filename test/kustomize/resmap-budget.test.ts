/**
 * Issue 16, part 2: ResMap.append checks the new id against every resource already in the
 * map, so an overlay that doubles its base makes appends that each cost the list's length.
 * They must charge the budget in proportion, or a kustomize build runs far past its clock
 * between two looks at it (77 s for a 60 s budget, before).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Budget, withBudget } from '../../src/core/budget.js'
import { resourcesFromNodes } from '../../src/kustomize/build.js'
import { OpenApi } from '../../src/kustomize/openapi.js'
import { readKyamlStream } from '../../src/kustomize/parse.js'
import { ResMap } from '../../src/kustomize/resource.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ResMap.append under a budget', () => {
  it('charges each append by the size of the map it checks', () => {
    const api = new OpenApi()
    const docs = Array.from(
      { length: 3000 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`,
    )
    const resources = resourcesFromNodes(readKyamlStream(docs.join('---\n'), 'r.yaml'), api)
    const map = new ResMap(api)
    const check = vi.spyOn(Budget.prototype, 'check')
    withBudget({ timeMs: 600_000 }, () => {
      for (const r of resources) map.append(r)
    })
    expect(map.size).toBe(3000)
    // 3,000 appends over lists of up to 3,000: ~280,000 units, one look at the clock every
    // 4,096 (one unit each would be 3,000 units: no look at all).
    expect(check.mock.calls.length).toBeGreaterThan(50)
  })
})
