import { describe, expect, it } from 'vitest'
import { toSarif } from '../../src/report/sarif.js'
import { githubSarifProblems, sarifSchemaErrors } from '../helpers/sarif.js'
import { checkFixture, markers } from './harness.js'

describe('suppression forms: fire / suppressed / unused fixtures through scan()', () => {
  for (const name of [
    'yaml-comments',
    'annotations',
    'dockerfile',
    'config-excludes',
    'image-pod',
  ]) {
    it(name, async () => {
      const { want, got, result } = await checkFixture(name)
      expect(want.length).toBeGreaterThan(0)
      expect(got).toEqual(want)
      // Suppressed results stay in SARIF, with a suppressions entry, and the log stays valid.
      const log = toSarif(result.findings, result.rules, result.notices, { root: result.root })
      expect(sarifSchemaErrors(log)).toEqual([])
      expect(githubSarifProblems(log)).toEqual([])
      const results = log.runs[0].results ?? []
      expect(results.filter((r) => r.suppressions?.length).length).toBe(
        result.findings.filter((f) => f.suppression).length,
      )
    })
  }
})

it('markers: same line, next line, several ids, inside a reason', () => {
  expect(
    markers('a.yaml', 'x: 1 # expect: a, b\n# kube-whoami ignore=c (expect: unused-suppression)\n'),
  ).toEqual(['a.yaml:1 a reported', 'a.yaml:1 b reported', 'a.yaml:2 unused-suppression reported'])
  expect(markers('Dockerfile', '# suppressed-next-line: r\n\n# c\nUSER 0\n')).toEqual([
    'Dockerfile:4 r suppressed',
  ])
})
