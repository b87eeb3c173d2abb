import { dict, list } from '../../k8s/fields.js'
import { containerAnchor, containerLoc } from '../../k8s/workload.js'
import { missingInContainer } from '../missing-field.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { isWindowsPod } from './proc-mount.js'
import { containerList, joinQuote, sortedUnique } from './psa-text.js'

export default definePssRule({
  id: 'pss-capabilities-restricted',
  check: 'capabilities_restricted',
  level: 'restricted',
  since: 22,
  overrides: { since: 22, checks: ['capabilities_baseline'] },
  meta: {
    title: 'Container does not drop ALL capabilities, or adds one other than NET_BIND_SERVICE',
    description:
      'From v1.22 the restricted level requires every container to drop ALL capabilities (the exact string "ALL"; "all" does not count) and to add back at most NET_BIND_SERVICE (exactly; CAP_NET_BIND_SERVICE is forbidden). Pods with spec.os.name: windows are exempt from v1.25.',
    securitySeverity: 5.5,
    precision: 'very-high',
    remediation:
      'Set securityContext.capabilities.drop: ["ALL"] and add back only NET_BIND_SERVICE if the process binds a port below 1024.',
  },
  evaluate(w, minor) {
    if (minor >= 25 && isWindowsPod(w)) return undefined
    const missingDrop: string[] = []
    const adding: string[] = []
    const forbidden: string[] = []
    const items: PssItem[] = []
    for (const c of w.pod.containers) {
      const caps = dict(c.securityContext.capabilities)
      const dropMsg = `${containerList([c.name])} must set securityContext.capabilities.drop=["ALL"]`
      if (!caps) {
        missingDrop.push(c.name)
        items.push({
          at: containerAnchor(w, c),
          detail: dropMsg,
          missing: missingInContainer(w, c, 'capabilities', 'capabilities: {drop: [ALL]}'),
        })
        continue
      }
      if (!list(caps.drop).includes('ALL')) {
        missingDrop.push(c.name)
        const where = caps.drop !== undefined ? ['drop'] : []
        items.push({
          at: containerLoc(w, c, 'securityContext', 'capabilities', ...where),
          detail: dropMsg,
        })
      }
      let added = false
      list(caps.add).forEach((cap, i) => {
        if (cap === 'NET_BIND_SERVICE') return
        added = true
        forbidden.push(String(cap))
        items.push({
          at: containerLoc(w, c, 'securityContext', 'capabilities', 'add', i),
          detail: `${containerList([c.name])} must not include ${joinQuote([String(cap)])} in securityContext.capabilities.add`,
        })
      })
      if (added) adding.push(c.name)
    }
    const details: string[] = []
    if (missingDrop.length)
      details.push(
        `${containerList(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`,
      )
    if (adding.length) {
      details.push(
        `${containerList(adding)} must not include ${joinQuote(sortedUnique(forbidden))} in securityContext.capabilities.add`,
      )
    }
    return details.length
      ? { reason: 'unrestricted capabilities', detail: details.join('; '), items }
      : undefined
  },
})
