import { containerAnchor, containerLoc } from '../../k8s/workload.js'
import { missingInContainer } from '../missing-field.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { isWindowsPod } from './proc-mount.js'
import { containerList } from './psa-text.js'

export default definePssRule({
  id: 'pss-allow-privilege-escalation',
  check: 'allowPrivilegeEscalation',
  level: 'restricted',
  since: 8,
  meta: {
    title: 'Container may gain privileges (allowPrivilegeEscalation not false)',
    description:
      'Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent through setuid binaries or file capabilities (no_new_privs is not set). The restricted level requires every container, init and ephemeral ones included, to set it to false explicitly (pods with spec.os.name: windows are exempt from v1.25).',
    securitySeverity: 6.0,
    precision: 'very-high',
    remediation: 'Set securityContext.allowPrivilegeEscalation: false on the container.',
  },
  evaluate(w, minor) {
    if (minor >= 25 && isWindowsPod(w)) return undefined
    const bad: string[] = []
    const items: PssItem[] = []
    for (const c of w.pod.containers) {
      const v = c.securityContext.allowPrivilegeEscalation
      if (v === false) continue
      bad.push(c.name)
      items.push({
        at:
          v === true
            ? containerLoc(w, c, 'securityContext', 'allowPrivilegeEscalation')
            : containerAnchor(w, c),
        detail: `${containerList([c.name])} must set securityContext.allowPrivilegeEscalation=false`,
        ...(v === true
          ? {}
          : {
              missing: missingInContainer(
                w,
                c,
                'allowPrivilegeEscalation',
                'allowPrivilegeEscalation: false',
              ),
            }),
      })
    }
    if (!bad.length) return undefined
    return {
      reason: 'allowPrivilegeEscalation != false',
      detail: `${containerList(bad)} must set securityContext.allowPrivilegeEscalation=false`,
      items,
    }
  },
})
