import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/core/finding.js'
import { toSarif } from '../../src/report/sarif.js'
import {
  annotationCommand,
  configureRules,
  effectiveLevel,
  exitCodeFor,
  meetsThreshold,
  securitySeverity,
  securitySeverityLabel,
} from '../../src/report/severity.js'
import { RULES, ruleById } from '../../src/rules/index.js'
import { scan } from '../../src/scan.js'

const privileged = ruleById('pss-privileged')! // error, 9.0
const runsAsRoot = ruleById('container-runs-as-root')! // warning, 6.5
const finding = (level: Finding['level'], suppressed = false): Finding => ({
  ruleId: 'x',
  level,
  message: '',
  range: { file: 'a', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  related: [],
  identity: { ruleId: 'x', source: 'a' },
  fingerprint: '0'.repeat(32),
  ...(suppressed ? { suppression: { kind: 'inSource' as const } } : {}),
})

describe('severity mapping', () => {
  it('levels: the config wins, then what the rule reported, then its default', () => {
    expect(effectiveLevel(privileged)).toBe('error')
    expect(effectiveLevel(privileged, 'warning')).toBe('warning')
    expect(effectiveLevel(privileged, 'warning', 'note')).toBe('note')
  })

  it('security-severity moves into the band of an overridden level, and is kept otherwise', () => {
    expect(securitySeverity(privileged)).toBe(9)
    expect(securitySeverity(privileged, 'error')).toBe(9)
    expect(securitySeverity(privileged, 'warning')).toBe(6.9)
    expect(securitySeverity(privileged, 'note')).toBe(3.9)
    expect(securitySeverity(runsAsRoot, 'error')).toBe(7)
    expect(securitySeverity(ruleById('unused-suppression')!, 'warning')).toBe(4)
    for (const [score, label] of [
      [9.1, 'critical'],
      [9, 'high'],
      [7, 'high'],
      [6.9, 'medium'],
      [4, 'medium'],
      [3.9, 'low'],
    ] as const)
      expect(securitySeverityLabel(score)).toBe(label)
  })

  it('configured rules: off dropped, overrides carried into the SARIF rule table', () => {
    const rules = configureRules(RULES, { 'pss-privileged': 'note', 'pss-host-ports': 'off' })
    expect(rules.map((r) => r.id)).not.toContain('pss-host-ports')
    expect(rules.length).toBe(RULES.length - 1)
    const p = rules.find((r) => r.id === 'pss-privileged')!
    expect(p.meta.severity).toBe('note')
    expect(p.scope).toBe('workload')
    expect(privileged.meta.severity).toBe('error') // the registry is untouched
    const log = toSarif([], rules, [])
    const d = log.runs[0].tool.driver.rules!.find((r) => r.id === 'pss-privileged')!
    expect(d.defaultConfiguration?.level).toBe('note')
    expect(d.properties?.['security-severity']).toBe('3.9')
  })

  it('annotations and thresholds', () => {
    expect(
      ['error', 'warning', 'note'].map((l) => annotationCommand(l as Finding['level'])),
    ).toEqual(['error', 'warning', 'notice'])
    expect(meetsThreshold('warning', 'error')).toBe(false)
    expect(meetsThreshold('warning', 'warning')).toBe(true)
    expect(meetsThreshold('error', 'none')).toBe(false)
    expect(exitCodeFor([finding('warning')], 'error')).toBe(0)
    expect(exitCodeFor([finding('warning')], 'note')).toBe(1)
    expect(exitCodeFor([finding('error', true)], 'note')).toBe(0)
    expect(exitCodeFor([finding('error')], 'none')).toBe(0)
  })

  it('an override reaches every finding of the rule, whatever level the rule reported', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kw-sev-'))
    writeFileSync(
      join(root, 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n    - name: a\n      image: x\n      securityContext: {privileged: true}\n',
    )
    const result = await scan({
      root,
      ruleLevels: { 'pss-privileged': 'note', 'pss-host-namespaces': 'off' },
    })
    expect(
      result.findings.filter((f) => f.ruleId === 'pss-privileged').map((f) => f.level),
    ).toEqual(['note'])
    expect(result.findings.some((f) => f.ruleId === 'pss-host-namespaces')).toBe(false)
  })
})
