/**
 * Marks findings accepted in a baseline as suppressed (`via: 'baseline'`). A finding
 * matches by its fingerprint; a finding about several containers also matches when every
 * container it affects is in the baseline on its own, by today's fingerprint or by the one
 * an earlier version gave it (chart objects were once identified by their rendered names),
 * so a baseline written before findings were grouped keeps matching.
 */
import type { Finding, Notice } from '../core/finding.js'
import type { Baseline } from './format.js'

function matchedBy(f: Finding, fingerprints: ReadonlySet<string>): string[] | undefined {
  if (fingerprints.has(f.fingerprint)) return [f.fingerprint]
  if (!f.affects?.length) return undefined
  const used: string[] = []
  for (const a of f.affects) {
    const hit = [a.fingerprint, ...(a.previousFingerprints ?? [])].find((p) => fingerprints.has(p))
    if (!hit) return undefined
    used.push(hit)
  }
  return used
}

/** Suppresses the baseline's findings in place; returns notices about stale or old entries. */
export function applyBaseline(findings: Finding[], baseline: Baseline | undefined): Notice[] {
  if (!baseline) return []
  const matched = new Set<string>()
  let older = 0
  for (const f of findings) {
    const by = matchedBy(f, baseline.fingerprints)
    if (!by) continue
    for (const p of by) matched.add(p)
    if (by[0] !== f.fingerprint) older++
    // Suppressed inline since the baseline was written: the entry still matches a finding.
    if (f.suppression) continue
    f.suppression = {
      kind: 'external',
      via: 'baseline',
      justification: `accepted in the baseline ${baseline.file}`,
    }
  }
  const notices: Notice[] = []
  const stale = baseline.entries.filter((e) => !matched.has(e.fingerprint)).length
  if (stale > 0) {
    notices.push({
      level: 'note',
      message: `${stale} ${stale === 1 ? 'entry' : 'entries'} of the baseline ${baseline.file} matched no finding (fixed, or the rule is off); kube-whoami baseline rewrites it`,
    })
  }
  if (older > 0) {
    notices.push({
      level: 'note',
      message: `${older} ${older === 1 ? 'finding matches' : 'findings match'} the baseline ${baseline.file} through the fingerprints of each place it affects (written by an earlier version); kube-whoami baseline rewrites it with one entry per finding`,
    })
  }
  return notices
}
