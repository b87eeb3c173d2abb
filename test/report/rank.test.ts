/**
 * The report order: within a level, containers the kubelet will refuse, then containers
 * running as root, then baseline violations, then the rest; then security severity, then
 * place. And the kubelet's verdict is never ranked below hardening advice by severity.
 */
import { describe, expect, it } from 'vitest'
import { impactOf, rankFindings } from '../../src/report/rank.js'
import { RULES } from '../../src/rules/index.js'
import { finding } from './github/findings.js'

describe('ranking by impact', () => {
  it('orders refusals, root, baseline violations, then the rest within a level, not by file', () => {
    const list = [
      finding('pss-seccomp-restricted', 'warning', 'a.yaml', 1, {
        properties: { pss: { level: 'restricted' } },
      }),
      finding('pss-privileged', 'error', 'a.yaml', 2, {
        properties: { pss: { level: 'baseline' } },
      }),
      finding('container-runs-as-root', 'warning', 'z.yaml', 3),
      finding('helm-render-error', 'error', 'a.yaml', 1),
      finding('runasnonroot-image-root', 'error', 'z.yaml', 9),
    ]
    expect(rankFindings(list).map((f) => f.ruleId)).toEqual([
      'runasnonroot-image-root',
      'pss-privileged',
      'helm-render-error',
      'container-runs-as-root',
      'pss-seccomp-restricted',
    ])
    expect(list.map(impactOf)).toEqual(['other', 'baseline', 'root', 'other', 'refused'])
  })

  it('gives the kubelet refusals a security severity no lower than any warning-level rule', () => {
    const warnings = RULES.filter((r) => r.meta.severity === 'warning')
    const highest = Math.max(...warnings.map((r) => r.meta.securitySeverity))
    const refusals = RULES.filter((r) => r.id.startsWith('runasnonroot-'))
    expect(refusals).toHaveLength(4)
    for (const r of refusals) expect(r.meta.securitySeverity).toBeGreaterThanOrEqual(highest)
  })
})
