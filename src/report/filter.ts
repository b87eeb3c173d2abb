import { type Finding, type Level, LEVEL_ORDER } from '../core/finding.js'

/** Findings at or above a level that are not suppressed: what is reported and what fails. */
export function atOrAbove(findings: readonly Finding[], level: Level): Finding[] {
  return findings.filter((f) => !f.suppression && LEVEL_ORDER[f.level] >= LEVEL_ORDER[level])
}

export function countByLevel(findings: readonly Finding[]): Record<Level, number> {
  const out: Record<Level, number> = { error: 0, warning: 0, note: 0 }
  for (const f of findings) if (!f.suppression) out[f.level]++
  return out
}
