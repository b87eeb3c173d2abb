import { describe } from 'vitest'
import { RULES } from '../../src/rules/index.js'
import { ruleFixtureTests } from './fixture-harness.js'

describe('rules over containers Docker starts: fire / dont-fire fixture repositories', () => {
  for (const rule of RULES.filter((r) => r.scope === 'docker')) ruleFixtureTests(rule.id)
})
