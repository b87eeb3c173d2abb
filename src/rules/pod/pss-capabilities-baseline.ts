import { dict, list } from '../../k8s/fields.js'
import { containerLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { containerList, joinQuote, sortedUnique } from './psa-text.js'

/** Capabilities container runtimes grant by default; baseline allows adding only these. */
export const DEFAULT_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
])

export default definePssRule({
  id: 'pss-capabilities-baseline',
  check: 'capabilities_baseline',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Container adds a non-default capability',
    description:
      'Adding capabilities beyond the container runtime defaults (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ...) gives the process kernel powers that break container isolation. The Pod Security Standards baseline level allows adding only the default set; names are compared exactly (no CAP_ prefix, case-sensitive).',
    securitySeverity: 7.5,
    precision: 'very-high',
    remediation: 'Remove the capability from securityContext.capabilities.add.',
  },
  evaluate(w) {
    const badContainers: string[] = []
    const caps: string[] = []
    const items: PssItem[] = []
    for (const c of w.pod.containers) {
      const add = list(dict(c.securityContext.capabilities)?.add)
      let valid = true
      add.forEach((cap, i) => {
        if (typeof cap !== 'string' || DEFAULT_CAPABILITIES.has(cap)) return
        valid = false
        caps.push(cap)
        items.push({
          at: containerLoc(w, c, 'securityContext', 'capabilities', 'add', i),
          detail: `${containerList([c.name])} must not include ${joinQuote([cap])} in securityContext.capabilities.add`,
        })
      })
      if (!valid) badContainers.push(c.name)
    }
    if (!badContainers.length) return undefined
    return {
      reason: 'non-default capabilities',
      detail: `${containerList(badContainers)} must not include ${joinQuote(sortedUnique(caps))} in securityContext.capabilities.add`,
      items,
    }
  },
})
