import { describe } from 'vitest'
import { RULES } from '../../src/rules/index.js'
import { ruleFixtureTests } from './fixture-harness.js'

describe('Pod Security Standards rules: fire / dont-fire fixtures', () => {
  for (const rule of RULES.filter((r) => r.meta.pss)) ruleFixtureTests(rule.id)
})

describe('input rules: fire / dont-fire fixtures', () => {
  ruleFixtureTests('yaml-parse-error')
  ruleFixtureTests('helm-render-error')
  ruleFixtureTests('kustomize-build-error')
})
