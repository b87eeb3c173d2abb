import { createHash } from 'node:crypto'
import type { FindingIdentity } from './finding.js'

/**
 * A content-based fingerprint: rule, source, object, field path and image, never a line
 * number, so it survives edits that move lines. Baselines and SARIF partialFingerprints
 * carry the same value.
 */
export function fingerprintOf(identity: FindingIdentity): string {
  const parts = [
    identity.ruleId,
    identity.source,
    identity.object ?? '',
    identity.path ?? '',
    identity.image ?? '',
  ]
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}

/**
 * The text of a line (trimmed), for identities of findings that have no object or field
 * path (a YAML syntax error): stable when lines are inserted above, changed only when the
 * offending line itself changes.
 */
export function lineTextAt(text: string | undefined, line: number): string {
  if (text === undefined) return ''
  let start = 0
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', start)
    if (nl < 0) return ''
    start = nl + 1
  }
  const end = text.indexOf('\n', start)
  return text.slice(start, end < 0 ? text.length : end).trim()
}
