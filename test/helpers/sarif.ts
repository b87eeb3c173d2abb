/**
 * SARIF validation used by every test that produces SARIF: the official 2.1.0 JSON schema
 * (shipped in @microsoft/sarif-multitool-linux) with Ajv 2020, GitHub's code scanning rules
 * as explicit assertions, and the SARIF Multitool's own validator with `--rule-kind Gh;Sarif`
 * (which always exits 0, so its output log is read).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type * as Sarif from 'sarif'

const require = createRequire(import.meta.url)
const multitoolDir = dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'))
const schema = JSON.parse(readFileSync(join(multitoolDir, 'sarif-2.1.0.json'), 'utf8'))

const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false })
;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
const validateSchema = ajv.compile(schema)

/** Schema errors, as readable strings (empty when valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validateSchema(log)) return []
  return (validateSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

/** GitHub code scanning's ingestion rules and limits (notes/github-action.md §2). */
export function githubSarifProblems(log: Sarif.Log): string[] {
  const problems: string[] = []
  if (log.runs.length !== 1) problems.push(`expected exactly one run, got ${log.runs.length}`)
  for (const run of log.runs) {
    if (!run.automationDetails?.id) problems.push('run.automationDetails.id is missing')
    const rules = run.tool.driver.rules ?? []
    const ids = new Set(rules.map((r) => r.id))
    for (const r of rules) {
      if (!r.shortDescription?.text || r.shortDescription.text.length > 1024)
        problems.push(`${r.id}: shortDescription`)
      if (!r.fullDescription?.text || r.fullDescription.text.length > 1024)
        problems.push(`${r.id}: fullDescription`)
      if (!r.help?.text || !r.help.markdown) problems.push(`${r.id}: help text and markdown`)
      const sev = Number(r.properties?.['security-severity'])
      if (!(sev > 0 && sev <= 10))
        problems.push(`${r.id}: security-severity ${r.properties?.['security-severity']}`)
      if ((r.properties?.tags?.length ?? 0) > 20) problems.push(`${r.id}: more than 20 tags`)
    }
    for (const res of run.results ?? []) {
      if (!res.ruleId || !ids.has(res.ruleId))
        problems.push(`result rule ${res.ruleId} not in the rule table`)
      if (res.ruleIndex === undefined || rules[res.ruleIndex]?.id !== res.ruleId)
        problems.push(`${res.ruleId}: bad ruleIndex`)
      const loc = res.locations?.[0]?.physicalLocation
      const uri = loc?.artifactLocation?.uri ?? ''
      if (!uri || uri.startsWith('/') || /^[a-z]+:/i.test(uri))
        problems.push(`${res.ruleId}: uri ${uri} is not repo-relative`)
      const r = loc?.region
      if (!r || !r.startLine || !r.startColumn || !r.endLine || !r.endColumn)
        problems.push(`${res.ruleId}: incomplete region`)
      if (!res.partialFingerprints || Object.keys(res.partialFingerprints).length === 0)
        problems.push(`${res.ruleId}: no fingerprints`)
      if (!res.message?.text) problems.push(`${res.ruleId}: no message`)
    }
  }
  return problems
}

const multitool = join(multitoolDir, 'Sarif.Multitool')

export function hasMultitool(): boolean {
  return existsSync(multitool)
}

/** Errors and warnings the SARIF Multitool reports with `validate --rule-kind "Gh;Sarif"`. */
export function multitoolProblems(log: Sarif.Log): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kw-sarif-'))
  const input = join(dir, 'input.sarif')
  const output = join(dir, 'validation.sarif')
  writeFileSync(input, JSON.stringify(log))
  execFileSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, input], {
    stdio: 'pipe',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  })
  const report = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log
  return (report.runs[0]?.results ?? [])
    .filter((r) => r.level === 'error' || r.level === 'warning')
    .map(
      (r) =>
        `${r.ruleId} ${r.level}: ${r.message.text ?? r.message.id} ${(r.message.arguments ?? []).join(' | ')}`,
    )
}

/** All three checks at once. */
export function allSarifProblems(log: Sarif.Log): string[] {
  return [
    ...sarifSchemaErrors(log),
    ...githubSarifProblems(log),
    ...(hasMultitool() ? multitoolProblems(log) : []),
  ]
}
