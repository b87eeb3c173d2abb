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
