import type { Level } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import type { Loc } from '../k8s/source.js'
import type { Workload } from '../k8s/workload.js'
import type { PssPolicy } from './pod/pss-policy.js'

export type Precision = 'very-high' | 'high' | 'medium' | 'low'

export interface RuleMeta {
  /** One line, shown as the alert title (SARIF shortDescription). */
  title: string
  /** What the rule detects and why it matters (SARIF fullDescription). */
  description: string
  /** Default level; the config file can override it. */
  severity: Level
  /** GitHub's security-severity score, 0.1–10 (>9 critical, 7–8.9 high, 4–6.9 medium). */
  securitySeverity: number
  tags: string[]
  precision: Precision
  /** One sentence: how to fix what the rule found. */
  remediation: string
  /** The Pod Security Admission check this rule implements. */
  pss?: { level: 'baseline' | 'restricted'; check: string }
}

/** Where a rule reports: a place in a Kubernetes object (resolved lazily) or a file range. */
export type At = Loc | SourceRange

export interface ReportInput {
  message: string
  at: At
  related?: { at: At; message: string }[]
  /** The image a cross-check is about; part of the finding's identity. */
  image?: string
  /** Extra identity when rule + object + field path is not unique (e.g. a Dockerfile target). */
  key?: string
  /** A level for this finding other than the rule's default; a level set in the config still wins. */
  level?: Level
  properties?: Record<string, unknown>
}

/** Scan-wide settings rules read. */
export interface RuleSettings {
  pss: PssPolicy
}

export interface RuleContext {
  readonly settings: RuleSettings
  /** Per-rule options from the config file's `rules:` entry. */
  readonly options: Readonly<Record<string, unknown>>
  report(input: ReportInput): void
}

interface RuleBase {
  id: string
  meta: RuleMeta
}

/** A rule over every workload (pod spec view) of the scan. */
export interface WorkloadRule extends RuleBase {
  scope: 'workload'
  check(ctx: RuleContext, workload: Workload): void
}

/**
 * A rule whose findings are produced while reading input (YAML, charts, Dockerfiles):
 * it carries metadata only, and loaders report under its id.
 */
export interface InputRule extends RuleBase {
  scope: 'input'
}

/** Rule kinds added by later modules (Dockerfile, image/pod) extend this union. */
export type Rule = WorkloadRule | InputRule | ExtensionRule

/** A rule whose subject type is declared by its module (Dockerfile targets, image links...). */
export interface ExtensionRule extends RuleBase {
  scope: 'dockerfile' | 'image-pod'
  check(ctx: RuleContext, subject: never): void
}

export function isAt(v: unknown): v is At {
  return typeof v === 'object' && v !== null && ('source' in v || 'file' in v)
}
