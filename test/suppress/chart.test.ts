/**
 * Suppressions in a Helm chart: comments in values files (where a finding's primary line is)
 * and in templates (literal fields, and the lines that render values), Go template comments,
 * the annotation through podAnnotations, and stale suppressions in chart files, across two
 * variants of the chart. Findings of both variants that share a line are one finding.
 */
import { describe, expect, it } from 'vitest'
import { checkFixture } from './harness.js'

describe('suppressions in a Helm chart (values files and templates)', () => {
  it('fire / suppressed / unused through the chart renderer', async () => {
    const { want, got, result } = await checkFixture('helm-chart')
    // The chart rendered in both variants (no helm-render-error), with objects from each.
    expect(result.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    const variants = new Set(
      result.findings
        .flatMap((f) => f.affects ?? [])
        .map((a) => /^variant (\w+)$/.exec(a.rendering ?? '')?.[1])
        .filter(Boolean),
    )
    expect([...variants].sort()).toEqual(['dev', 'prod'])
    expect(got).toEqual(want)
  })

  it('a values-file comment covers only the values file it is in; a template comment covers every variant', async () => {
    const { result } = await checkFixture('helm-chart')
    const privileged = result.findings.filter((f) => f.ruleId === 'pss-privileged')
    expect(privileged.map((f) => [f.range.file, f.suppression?.justification]).sort()).toEqual([
      ['charts/api/values-prod.yaml', 'reviewed for every environment'],
      ['charts/api/values.yaml', 'the API needs raw devices until v2'],
    ])
    // Both variants render the sysctl from one line and suppress it the same way: one finding.
    const sysctls = result.findings.filter((f) => f.ruleId === 'pss-sysctls')
    expect(sysctls.map((f) => f.suppression?.via)).toEqual(['annotation'])
    expect(sysctls[0].affects?.map((a) => [a.object, a.rendering]).sort()).toEqual([
      ['Deployment "release-name-api"', 'variant dev'],
      ['Deployment "release-name-api"', 'variant prod'],
    ])
    expect(sysctls[0].suppression?.justification).toBe('tuned nodes')
  })
})
