import type { Finding, Notice } from '../core/finding.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/project.js'
import type { ScanResult } from '../scan.js'
import { countByLevel } from './filter.js'

export interface JsonReport {
  tool: { name: string; version: string }
  settings: { pss: { level: string; version: string } }
  summary: ReturnType<typeof countByLevel> & { suppressed: number }
  findings: Finding[]
  /** Who each container runs as, and the kubelet's predicted verdict. */
  identities: ScanResult['identities']
  notices: Notice[]
  stats: ScanResult['stats']
}

/** The whole scan as one JSON document, for scripts and other tools. */
export function toJson(result: ScanResult, findings: readonly Finding[] = result.findings): string {
  return JSON.stringify(jsonReport(result, findings), null, 2) + '\n'
}

/** The JSON report as an object (write it with writeJson: it can be large). */
export function jsonReport(
  result: ScanResult,
  findings: readonly Finding[] = result.findings,
): JsonReport {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    settings: { pss: { level: result.settings.pss.level, version: result.settings.pss.label } },
    summary: {
      ...countByLevel(findings),
      suppressed: findings.filter((f) => f.suppression).length,
    },
    findings: [...findings],
    identities: result.identities,
    notices: [...result.notices],
    stats: result.stats,
  }
}
