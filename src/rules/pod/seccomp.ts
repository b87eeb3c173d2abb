import { dict, str } from '../../k8s/fields.js'
import { containerAnchor, containerLoc, podLoc, type Workload } from '../../k8s/workload.js'
import type { PssItem, PssResult } from './define-pss.js'
import { missingInPod } from '../missing-field.js'
import { containerList, joinQuote, sortedUnique } from './psa-text.js'

const VALID = new Set(['RuntimeDefault', 'Localhost'])

/**
 * Seccomp fields as PSA's seccompProfile checks read them (v1.19+). With `requireSet`
 * (restricted), containers without a profile of their own fail unless the pod sets a valid one.
 */
export function seccompFieldResult(w: Workload, requireSet: boolean): PssResult | undefined {
  const setters: string[] = []
  const badValues: string[] = []
  const items: PssItem[] = []
  let podSet = false
  const podProfile = dict(w.pod.securityContext.seccompProfile)
  if (podProfile) {
    const t = str(podProfile.type) ?? ''
    if (VALID.has(t)) podSet = true
    else {
      setters.push('pod')
      badValues.push(t)
      items.push({
        at: podLoc(w, 'securityContext', 'seccompProfile', 'type'),
        detail: `pod must not set securityContext.seccompProfile.type to ${joinQuote([t])}`,
      })
    }
  }
  const explicit: string[] = []
  const implicit: string[] = []
  const implicitItems: PssItem[] = []
  for (const c of w.pod.containers) {
    const profile = dict(c.securityContext.seccompProfile)
    if (profile) {
      const t = str(profile.type) ?? ''
      if (VALID.has(t)) continue
      explicit.push(c.name)
      badValues.push(t)
      items.push({
        at: containerLoc(w, c, 'securityContext', 'seccompProfile', 'type'),
        detail: `${containerList([c.name])} must not set securityContext.seccompProfile.type to ${joinQuote([t])}`,
      })
    } else if (requireSet && !podSet) {
      implicit.push(c.name)
      implicitItems.push({
        at: containerAnchor(w, c),
        detail: `pod or ${containerList([c.name])} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
        missing: missingInPod(w, c, 'seccompProfile', 'seccompProfile: {type: RuntimeDefault}'),
      })
    }
  }
  if (explicit.length) setters.push(containerList(explicit))
  if (setters.length) {
    return {
      reason: 'seccompProfile',
      detail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(badValues))}`,
      items,
    }
  }
  if (implicit.length) {
    return {
      reason: 'seccompProfile',
      detail: `pod or ${containerList(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      items: implicitItems,
    }
  }
  return undefined
}
