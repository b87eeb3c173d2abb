/**
 * One mapping from a rule's severity and the user's overrides to everything that shows a
 * level: the finding's level, SARIF `level` and `security-severity`, workflow annotation
 * commands and the exit code. The scanner, the CLI, the action and every reporter use it,
 * so a rule set to `note` in the config is a note everywhere.
 */
import { type Finding, type Level, LEVEL_ORDER } from '../core/finding.js'
import type { Rule } from '../rules/types.js'

/** A rule's configured level, or `off`. */
export type LevelSetting = Level | 'off'

/** `--fail-on` / `fail-on`: the lowest level that fails the run, or `none`. */
export type Threshold = Level | 'none'

export const LEVELS: readonly Level[] = ['error', 'warning', 'note']
export const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'note', 'none']

/**
 * GitHub's security-severity bands (critical > 9, high 7–8.9, medium 4–6.9, low 0.1–3.9).
 * A rule moved to another level by the user is moved into that level's band, so the alert
 * GitHub shows agrees with the level the user chose.
 */
const BANDS: Record<Level, { min: number; max: number }> = {
  error: { min: 7.0, max: 10 },
  warning: { min: 4.0, max: 6.9 },
  note: { min: 0.1, max: 3.9 },
}

/** The level of one finding: the config's override, else what the rule reported, else its default. */
export function effectiveLevel(rule: Rule, reported?: Level, configured?: LevelSetting): Level {
  if (configured && configured !== 'off') return configured
  return reported ?? rule.meta.severity
}

/** The security-severity score of a rule at a configured level. */
export function securitySeverity(rule: Rule, configured?: LevelSetting): number {
  const score = rule.meta.securitySeverity
  if (!configured || configured === 'off' || configured === rule.meta.severity) return score
  const band = BANDS[configured]
  return Math.min(band.max, Math.max(band.min, score))
}

/** GitHub's label for a security-severity score (job summary, annotations). */
export function securitySeverityLabel(score: number): 'critical' | 'high' | 'medium' | 'low' {
  if (score > 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  return 'low'
}

/**
 * The rules a scan runs, as configured: `off` rules dropped, and each overridden rule's
 * `meta.severity` and `meta.securitySeverity` set to what the user chose, so that SARIF's
 * rule table, the summary and the findings all show the same level.
 */
export function configureRules(
  rules: readonly Rule[],
  settings: Readonly<Record<string, LevelSetting>> = {},
): Rule[] {
  const out: Rule[] = []
  for (const rule of rules) {
    const configured = settings[rule.id]
    if (configured === 'off') continue
    if (!configured || configured === rule.meta.severity) {
      out.push(rule)
      continue
    }
    out.push({
      ...rule,
      meta: {
        ...rule.meta,
        severity: configured,
        securitySeverity: securitySeverity(rule, configured),
      },
    } as Rule)
  }
  return out
}

/** SARIF result and descriptor level. */
export function sarifLevel(level: Level): 'error' | 'warning' | 'note' {
  return level
}

/** The workflow command that annotates a finding of this level (`::error`, `::warning`, `::notice`). */
export function annotationCommand(level: Level): 'error' | 'warning' | 'notice' {
  return level === 'note' ? 'notice' : level
}

/** Whether a level is at or above a threshold (`none` never is). */
export function meetsThreshold(level: Level, threshold: Threshold): boolean {
  return threshold !== 'none' && LEVEL_ORDER[level] >= LEVEL_ORDER[threshold]
}

/** Findings that fail the run: not suppressed (inline, config or baseline) and at or above the threshold. */
export function failingFindings(findings: readonly Finding[], threshold: Threshold): Finding[] {
  return findings.filter((f) => !f.suppression && meetsThreshold(f.level, threshold))
}

/** Exit code of a finished scan: 1 when a finding fails the run, else 0. */
export function exitCodeFor(findings: readonly Finding[], threshold: Threshold): 0 | 1 {
  return failingFindings(findings, threshold).length > 0 ? 1 : 0
}
