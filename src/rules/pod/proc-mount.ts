import { str } from '../../k8s/fields.js'
import { containerLoc, type Workload } from '../../k8s/workload.js'
import type { PssItem, PssResult } from './define-pss.js'
import { containerList, joinQuote, sortedUnique } from './psa-text.js'

/** PSA's procMount_1_0, shared by the baseline and restricted procMount checks. */
export function procMountResult(w: Workload): PssResult | undefined {
  const bad: string[] = []
  const types: string[] = []
  const items: PssItem[] = []
  for (const c of w.pod.containers) {
    const pm = c.securityContext.procMount
    if (pm === undefined || pm === null) continue
    const value = str(pm) ?? String(pm)
    if (value === 'Default') continue
    bad.push(c.name)
    types.push(value)
    items.push({
      at: containerLoc(w, c, 'securityContext', 'procMount'),
      detail: `${containerList([c.name])} must not set securityContext.procMount to ${joinQuote([value])}`,
    })
  }
  if (!bad.length) return undefined
  return {
    reason: 'procMount',
    detail: `${containerList(bad)} must not set securityContext.procMount to ${joinQuote(sortedUnique(types))}`,
    items,
  }
}

/** Pods in a user namespace (`hostUsers: false`); PSA v1.35+ relaxes some checks for them. */
export function inUserNamespace(w: Workload): boolean {
  return w.pod.spec.hostUsers === false
}

export function isWindowsPod(w: Workload): boolean {
  return w.pod.os === 'windows'
}
