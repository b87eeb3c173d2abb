import type { RelatedLocation, SourceRange } from './range.js'

/** SARIF result levels; also the levels of the CLI's --fail-on and the action's fail-on. */
export type Level = 'error' | 'warning' | 'note'

export const LEVEL_ORDER: Record<Level, number> = { error: 3, warning: 2, note: 1 }

/** What a finding is about, independent of line numbers: the base of its fingerprint. */
export interface FindingIdentity {
  ruleId: string
  /** The file or rendered source that holds the object (manifest path, chart + template). */
  source: string
  /** Kubernetes object identity `Kind/namespace/name`, or a Dockerfile target. */
  object?: string
  /** Field path with container names instead of indexes: `spec.containers[web].securityContext.privileged`. */
  path?: string
  /** Image reference, for image/pod cross-checks. */
  image?: string
}

export interface Suppression {
  kind: 'inSource' | 'external'
  /** What suppressed it: a comment or annotation in the source, the config file, the baseline. */
  via?: 'comment' | 'annotation' | 'config' | 'baseline'
  /** Where the suppression is written (comment, annotation, config entry). */
  range?: SourceRange
  justification?: string
}

/** One container (or object) a finding is about, when a finding is reported once for several. */
export interface Affected {
  /** `Deployment "web"`. */
  object: string
  container?: string
  /** Which rendering: `variant prod` (a chart's config variant), `overlay deploy/prod` (kustomize). */
  rendering?: string
  /** Where it is written or rendered: its manifest line, or the chart template's line. */
  range: SourceRange
  /**
   * The finding is not written in the object's own file (a chart's values or template line):
   * findings of several objects can share that place.
   */
  rendered?: boolean
  /** The fingerprint of this place's own finding (chart path, template, kind, container, field). */
  fingerprint: string
  /**
   * Fingerprints earlier versions gave it (chart objects were identified by their rendered
   * names): a baseline written by them still matches.
   */
  previousFingerprints?: string[]
}

export interface Finding {
  ruleId: string
  level: Level
  message: string
  /**
   * The problem in one sentence, without the fix (the text report's finding line); the
   * message when unset. For a finding about several containers, stated for all of them.
   */
  problem?: string
  /** How to fix it, in one or two sentences (the text report's second line). */
  fix?: string
  /**
   * Said with the finding wherever it is shown (a chart rendered where helm refuses it);
   * already at the end of `message`, on a line of its own in the text report and summary.
   */
  note?: string
  /** The line a person edits: the field, the values.yaml key, the Dockerfile line. */
  range: SourceRange
  related: RelatedLocation[]
  identity: FindingIdentity
  /** Stable hash of `identity`; SARIF partialFingerprints and baselines use it. */
  fingerprint: string
  suppression?: Suppression
  /** Extra facts for JSON/SARIF consumers (PSS level and version, kubelet message...). */
  properties?: Record<string, unknown>
  /**
   * What the finding affects: each container (of each object) whose problem one edit fixes.
   * Set for findings about objects; one entry for a plain manifest's container.
   */
  affects?: Affected[]
}

/** A problem of the scan itself rather than of the scanned code (skipped file, tool error). */
export interface Notice {
  level: Level
  message: string
  range?: SourceRange
}

export function compareLevels(a: Level, b: Level): number {
  return LEVEL_ORDER[a] - LEVEL_ORDER[b]
}
