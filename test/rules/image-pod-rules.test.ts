import { describe } from 'vitest'
import { RULES } from '../../src/rules/index.js'
import { ruleFixtureTests } from './fixture-harness.js'

describe('image ↔ pod cross-check rules: fire / dont-fire fixture repositories', () => {
  for (const rule of RULES.filter((r) => r.scope === 'image-pod')) ruleFixtureTests(rule.id)
})
