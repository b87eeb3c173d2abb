/**
 * Suppression fixtures: `__fixtures__/suppress/<case>/` is a small repository scanned the
 * way the CLI scans it (its own .kube-whoami.yaml through loadConfig). Markers say what each
 * line must get:
 *
 * - `expect: <ids>`: a reported (unsuppressed) finding of each rule on that line;
 * - `suppressed: <ids>`: a suppressed finding of each rule on that line;
 * - `expect-next-line:` / `suppressed-next-line:` on a comment line: the same for the next
 *   line that is not blank or a comment (Dockerfiles, where `#` after an instruction is
 *   part of it).
 *
 * Markers may sit inside a directive's reason: `# kube-whoami ignore=x (expect: unused-suppression)`.
 * Every finding of a rule named by some marker (and every unused-suppression) is compared,
 * so a finding nobody expected fails the test too.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { scanOptionsFromConfig } from '../../src/config/scan-options.js'
import { RULES } from '../../src/rules/index.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { projectRoot } from '../helpers/shared.js'

export const suppressFixtures = join(projectRoot, '__fixtures__', 'suppress')

const MARKER_RE = /\b(expect|suppressed)(-next-line)?: ([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/g

export function walkFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name
    return e.isDirectory() ? walkFiles(dir, r) : [r]
  })
}

/** `file:line rule state` keys the markers of one file ask for. */
export function markers(file: string, text: string): string[] {
  const lines = text.split('\n')
  const out: string[] = []
  lines.forEach((line, i) => {
    for (const m of line.matchAll(MARKER_RE)) {
      let at = i
      if (m[2]) {
        at = i + 1
        while (at < lines.length && (/^\s*#/.test(lines[at]) || lines[at].trim() === '')) at++
      }
      const state = m[1] === 'expect' ? 'reported' : 'suppressed'
      for (const id of m[3].split(',')) out.push(`${file}:${at + 1} ${id.trim()} ${state}`)
    }
  })
  return out
}

export async function scanRepo(root: string, extra: { baseline?: string } = {}) {
  const loaded = loadConfig(
    root,
    undefined,
    RULES.map((r) => r.id),
  )
  const options = scanOptionsFromConfig(root, loaded, { baseline: extra.baseline })
  return scan({ root, ...options })
}

export function actualKeys(result: ScanResult, ruleIds: ReadonlySet<string>): string[] {
  return result.findings
    .filter((f) => ruleIds.has(f.ruleId))
    .map(
      (f) =>
        `${f.range.file}:${f.range.startLine} ${f.ruleId} ${f.suppression ? 'suppressed' : 'reported'}`,
    )
}

/** Expected and actual `file:line rule state` keys of a fixture repository. */
export async function checkFixture(name: string) {
  const root = join(suppressFixtures, name)
  const want = walkFiles(root).flatMap((f) => markers(f, readFileSync(join(root, f), 'utf8')))
  const ids = new Set(want.map((k) => k.split(' ')[1]))
  ids.add('unused-suppression')
  const result = await scanRepo(root)
  return {
    result,
    want: [...new Set(want)].sort(),
    got: [...new Set(actualKeys(result, ids))].sort(),
  }
}
