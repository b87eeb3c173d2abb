import { describe, expect, it } from 'vitest'
import { toSarif } from '../../src/report/sarif.js'
import { RULES } from '../../src/rules/index.js'
import { scan } from '../../src/scan.js'
import {
  allSarifProblems,
  githubSarifProblems,
  multitoolProblems,
  sarifSchemaErrors,
} from '../helpers/sarif.js'
import { projectRoot } from '../helpers/shared.js'

describe('SARIF reporter', () => {
  it('turns the demo scan into SARIF with no schema, GitHub or Multitool problems', async () => {
    const result = await scan({ root: projectRoot, paths: ['demo'] })
    expect(result.findings.length).toBeGreaterThan(5)
    const log = toSarif(result.findings, result.rules, result.notices, { root: projectRoot })
    expect(allSarifProblems(log)).toEqual([])
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('kube-whoami')
    expect(run.results?.length).toBe(result.findings.length)
    const first = run.results![0]
    expect(first.locations![0].physicalLocation!.artifactLocation!.uri).toMatch(/^demo\//)
    expect(first.partialFingerprints!['kubeWhoami/v1']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('is valid with zero results and still lists every rule', () => {
    const log = toSarif([], RULES, [])
    expect(sarifSchemaErrors(log)).toEqual([])
    expect(githubSarifProblems(log)).toEqual([])
    expect(log.runs[0].tool.driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
    expect(log.runs[0].results).toEqual([])
  })

  it('carries suppressions, related locations and notifications', () => {
    const range = { file: 'a.yaml', startLine: 3, startColumn: 5, endLine: 3, endColumn: 20 }
    const log = toSarif(
      [
        {
          ruleId: 'pss-privileged',
          level: 'error',
          message: 'privileged',
          range,
          related: [
            { range: { ...range, file: 'Dockerfile', startLine: 7 }, message: 'USER root' },
          ],
          identity: { ruleId: 'pss-privileged', source: 'a.yaml' },
          fingerprint: '0'.repeat(32),
          suppression: { kind: 'inSource', justification: 'accepted risk' },
        },
      ],
      RULES,
      [{ level: 'warning', message: 'skipped big.yaml', range }],
      { category: 'deploy' },
    )
    expect(allSarifProblems(log)).toEqual([])
    const r = log.runs[0].results![0]
    expect(r.suppressions).toEqual([{ kind: 'inSource', justification: 'accepted risk' }])
    expect(r.relatedLocations![0].message!.text).toBe('USER root')
    expect(log.runs[0].automationDetails!.id).toBe('deploy/')
    expect(log.runs[0].invocations![0].toolExecutionNotifications![0].message.text).toBe(
      'skipped big.yaml',
    )
  })

  it('is caught by the validators when it is broken (the checks are not vacuous)', () => {
    const log = toSarif([], RULES, [])
    const broken = JSON.parse(JSON.stringify(log))
    delete broken.runs[0].tool.driver.name
    broken.runs[0].tool.driver.rules[0].help = undefined
    expect(sarifSchemaErrors(broken).length).toBeGreaterThan(0)
    expect(githubSarifProblems(broken).length).toBeGreaterThan(0)
    const noHelp = JSON.parse(JSON.stringify(log))
    delete noHelp.runs[0].tool.driver.rules[0].help
    expect(multitoolProblems(noHelp).join('\n')).toMatch(/GH/)
  })
})
