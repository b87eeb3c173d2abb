/**
 * The baseline file (`.kube-whoami-baseline.json`, schema/kube-whoami-baseline.schema.json):
 * the fingerprints of findings accepted as they are, each with its rule id and a hint a
 * person can read. Fingerprints are content-based (rule, source, object, field path,
 * image), so a baseline survives inserted lines and reformatting; they are the values
 * SARIF carries in `partialFingerprints["kubeWhoami/v1"]`.
 */
import type { Finding } from '../core/finding.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/project.js'

export const BASELINE_FILE_NAME = '.kube-whoami-baseline.json'
export const BASELINE_VERSION = 1
export const BASELINE_SCHEMA_URL =
  'https://raw.githubusercontent.com/kube-whoami/kube-whoami/main/schema/kube-whoami-baseline.schema.json'

export interface BaselineEntry {
  fingerprint: string
  ruleId: string
  /** File, object and field of the finding when it was accepted; not used for matching. */
  hint?: string
}

export interface BaselineDocument {
  $schema?: string
  version: typeof BASELINE_VERSION
  tool?: { name: string; version: string }
  findings: BaselineEntry[]
}

/** A baseline read from disk. */
export interface Baseline {
  /** The file, as the user named it (for messages and justifications). */
  file: string
  entries: BaselineEntry[]
  fingerprints: ReadonlySet<string>
}

/** The human hint of a finding: `deploy/api.yaml: Deployment/prod/api spec.template...privileged`. */
export function hintOf(f: Finding): string {
  const parts = [
    f.identity.object,
    f.identity.path,
    f.identity.image && `image ${f.identity.image}`,
  ]
  const what = parts.filter(Boolean).join(' ')
  return what ? `${f.range.file}: ${what}` : f.range.file
}

/**
 * The baseline of a scan's findings: every finding not already suppressed inline or by the
 * config, once per fingerprint, sorted so that rewriting the file gives small diffs.
 */
export function createBaseline(findings: readonly Finding[]): BaselineDocument {
  const byFingerprint = new Map<string, BaselineEntry>()
  for (const f of findings) {
    if (f.suppression && f.suppression.via !== 'baseline') continue
    if (!byFingerprint.has(f.fingerprint))
      byFingerprint.set(f.fingerprint, {
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        hint: hintOf(f),
      })
  }
  const entries = [...byFingerprint.values()].sort(
    (a, b) =>
      cmp(a.hint ?? '', b.hint ?? '') ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.fingerprint, b.fingerprint),
  )
  return {
    $schema: BASELINE_SCHEMA_URL,
    version: BASELINE_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: entries,
  }
}

export function serializeBaseline(doc: BaselineDocument): string {
  // One entry per line: a reviewer sees exactly which findings a change accepts.
  const head = JSON.stringify(
    { $schema: doc.$schema, version: doc.version, tool: doc.tool },
    null,
    2,
  )
  const entries = doc.findings.map((e) => `    ${JSON.stringify(e)}`).join(',\n')
  return `${head.slice(0, -2)},\n  "findings": [${entries ? `\n${entries}\n  ` : ''}]\n}\n`
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
