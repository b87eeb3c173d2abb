import type { Finding, Level } from '../../../src/core/finding.js'

/** A finding for reporter tests; only what reporters read is meaningful. */
export function finding(
  ruleId: string,
  level: Level,
  file: string,
  line: number,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId,
    level,
    message: `${ruleId} at ${file}:${line}`,
    range: { file, startLine: line, startColumn: 3, endLine: line, endColumn: 10 },
    related: [],
    identity: { ruleId, source: file, path: String(line) },
    fingerprint: `${ruleId}:${file}:${line}`.padEnd(32, '0').slice(0, 32),
    ...extra,
  }
}
