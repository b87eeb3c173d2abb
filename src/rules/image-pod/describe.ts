/** Shared wording and places for the image ↔ pod cross-checks. */
import type { ImageFacts } from '../../identity/image-facts.js'
import { locIn } from '../../k8s/objects.js'
import type { Loc } from '../../k8s/source.js'
import type { EffectiveField } from '../../k8s/security-context.js'
import type { Workload } from '../../k8s/workload.js'
import type { At } from '../types.js'

/** Where an effective securityContext field was set (container or pod). */
export function fieldLoc(w: Workload, field: EffectiveField<unknown>): Loc {
  return locIn(w.object, field.path)
}

/** "image X (built from Dockerfile, target T)" or "image X (official image: ...)". */
export function imageClause(facts: ImageFacts): string {
  const link = facts.resolution.link
  if (link && facts.model) {
    const target = link.target ? `, target ${link.target}` : ''
    const low = link.confidence === 'low' ? ' (linked by a heuristic)' : ''
    return `image ${facts.ref} is built from ${link.dockerfile}${target}${low}, which has ${facts.userEvidence.text}`
  }
  if (facts.baseFact) return `image ${facts.ref} is not built here: ${facts.userEvidence.text}`
  return `image ${facts.ref}`
}

/** The Dockerfile line that decides the user, as a related location. */
export function userRelated(facts: ImageFacts): { at: At; message: string }[] {
  return facts.userEvidence.range
    ? [{ at: facts.userEvidence.range, message: facts.userEvidence.text }]
    : []
}

export const KUBELET_TAGS = ['kubernetes', 'kubelet', 'reliability', 'security']
