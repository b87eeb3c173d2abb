/**
 * Fire / dont-fire fixtures for rules: `__fixtures__/rules/<rule-id>/*.yaml`. A line that
 * ends with `# expect: <rule-id>` (several ids separated by commas) must get a finding of
 * that rule starting on that line, and no other line may; `dont-fire*` files must get no
 * finding of the rule at all. A first-line comment `# pss: <level> <version>` sets the
 * Pod Security policy for the file (default restricted latest).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { parsePssVersion, type PssLevel } from '../../src/rules/pod/pss-policy.js'
import { scan } from '../../src/scan.js'
import { projectRoot } from '../helpers/shared.js'

export const fixturesRoot = join(projectRoot, '__fixtures__', 'rules')

/** Fixture files (fire*.yaml) and fixture repositories (fire* folders) of a rule. */
export function fixtureFiles(ruleId: string): string[] {
  return readdirSync(join(fixturesRoot, ruleId))
    .filter(
      (f) => /\.(ya?ml|json)$/.test(f) || statSync(join(fixturesRoot, ruleId, f)).isDirectory(),
    )
    .sort()
}

function walkFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name
    return e.isDirectory() ? walkFiles(dir, r) : [r]
  })
}

function policyOf(text: string) {
  const m = /^# pss: (privileged|baseline|restricted) (latest|v1\.\d+)/m.exec(text)
  const level = (m?.[1] ?? 'restricted') as PssLevel
  const label = m?.[2] ?? 'latest'
  return { level, minor: parsePssVersion(label)!.minor, label }
}

/**
 * Lines that must get a finding of the rule: a line ending with `# expect: <ids>`, or the
 * next instruction line after a comment line `# expect-next-line: <ids>` (Dockerfiles, where
 * a trailing comment would become part of the instruction).
 */
export function expectedLines(text: string, ruleId: string): number[] {
  const lines = text.split('\n')
  const has = (ids: string) =>
    ids
      .split(',')
      .map((x) => x.trim())
      .includes(ruleId)
  const out: number[] = []
  lines.forEach((line, i) => {
    const next = /^\s*# expect-next-line: ([\w\-, ]+)$/.exec(line)
    if (next) {
      if (!has(next[1])) return
      let j = i + 1
      while (j < lines.length && (/^\s*#/.test(lines[j]) || lines[j].trim() === '')) j++
      out.push(j + 1)
      return
    }
    const m = /# expect: ([\w\-, ]+)$/.exec(line)
    if (m && has(m[1])) out.push(i + 1)
  })
  return out
}

/** Scans a fixture repository; expectations are `file:line` keys from `# expect:` markers. */
export async function scanFixtureRepo(ruleId: string, dir: string) {
  const root = join(fixturesRoot, ruleId, dir)
  const texts = walkFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')] as const)
  const policy = policyOf(texts.map(([, t]) => t).join('\n'))
  const result = await scan({ root, pss: policy })
  const want = texts.flatMap(([f, t]) => expectedLines(t, ruleId).map((l) => `${f}:${l}`)).sort()
  return { result, want, findings: result.findings.filter((f) => f.ruleId === ruleId) }
}

/** Scans one fixture file alone (copied into a temp root so only it is discovered). */
export async function scanFixture(ruleId: string, file: string) {
  const text = readFileSync(join(fixturesRoot, ruleId, file), 'utf8')
  const root = mkdtempSync(join(tmpdir(), 'kw-fixture-'))
  writeFileSync(join(root, file), text)
  const result = await scan({ root, pss: policyOf(text) })
  return { text, result, findings: result.findings.filter((f) => f.ruleId === ruleId) }
}

/** Registers the fire / dont-fire tests of one rule. */
export function ruleFixtureTests(ruleId: string): void {
  const files = fixtureFiles(ruleId)
  it(`${ruleId} has fire and dont-fire fixtures`, () => {
    expect(files.some((f) => f.startsWith('fire'))).toBe(true)
    expect(files.some((f) => f.startsWith('dont-fire'))).toBe(true)
  })
  for (const file of files) {
    if (statSync(join(fixturesRoot, ruleId, file)).isDirectory()) {
      it(`${ruleId}: ${file}/`, async () => {
        const { want, findings } = await scanFixtureRepo(ruleId, file)
        const got = [...new Set(findings.map((f) => `${f.range.file}:${f.range.startLine}`))].sort()
        if (file.startsWith('dont-fire'))
          expect(findings.map((f) => `${f.range.file}:${f.range.startLine}: ${f.message}`)).toEqual(
            [],
          )
        else {
          expect(
            want.length,
            'a fire fixture must mark at least one line with # expect:',
          ).toBeGreaterThan(0)
          expect(got).toEqual(want)
        }
      })
      continue
    }
    it(`${ruleId}: ${file}`, async () => {
      const { text, findings } = await scanFixture(ruleId, file)
      if (file.startsWith('dont-fire')) {
        expect(findings.map((f) => `${f.range.startLine}: ${f.message}`)).toEqual([])
        return
      }
      const want = expectedLines(text, ruleId)
      expect(
        want.length,
        'a fire fixture must mark at least one line with # expect:',
      ).toBeGreaterThan(0)
      const got = [...new Set(findings.map((f) => f.range.startLine))].sort((a, b) => a - b)
      expect(got).toEqual(want)
    })
  }
}
