import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/index.js'
import { expectedLines, ruleFixtureTests } from './fixture-harness.js'

describe('Dockerfile rules: fire / dont-fire fixture repositories, through scan()', () => {
  for (const rule of RULES.filter(
    (r) => r.scope === 'dockerfile' || r.id === 'dockerfile-parse-error',
  )) {
    ruleFixtureTests(rule.id)
  }
})

it('expect-next-line markers skip blank and comment lines', () => {
  expect(expectedLines('# expect-next-line: a\n\n# c\nUSER x\n', 'a')).toEqual([4])
  expect(expectedLines('kind: Pod # expect: a, b\n', 'b')).toEqual([1])
})
