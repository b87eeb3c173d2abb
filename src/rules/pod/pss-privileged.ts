import { containerLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { containerList } from './psa-text.js'

export default definePssRule({
  id: 'pss-privileged',
  check: 'privileged',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Container runs privileged',
    description:
      'A privileged container has every capability and access to all host devices; it is root on the node in all but name. The Pod Security Standards baseline level forbids securityContext.privileged=true.',
    securitySeverity: 9.0,
    precision: 'very-high',
    remediation:
      'Remove securityContext.privileged or set it to false; add only the capabilities the process needs.',
  },
  evaluate(w) {
    const bad: string[] = []
    const items: PssItem[] = []
    for (const c of w.pod.containers) {
      if (c.securityContext.privileged === true) {
        bad.push(c.name)
        items.push({
          at: containerLoc(w, c, 'securityContext', 'privileged'),
          detail: `${containerList([c.name])} must not set securityContext.privileged=true`,
        })
      }
    }
    if (!bad.length) return undefined
    return {
      reason: 'privileged',
      detail: `${containerList(bad)} must not set securityContext.privileged=true`,
      items,
    }
  },
})
