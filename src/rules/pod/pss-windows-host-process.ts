import { dict } from '../../k8s/fields.js'
import { containerLoc, podLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { containerList } from './psa-text.js'

const DETAIL = 'must not set securityContext.windowsOptions.hostProcess=true'

export default definePssRule({
  id: 'pss-windows-host-process',
  check: 'windowsHostProcess',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Windows HostProcess container',
    description:
      'A Windows HostProcess container runs directly on the host with the privileges of a host process. The Pod Security Standards baseline level forbids windowsOptions.hostProcess=true on the pod and on every container.',
    securitySeverity: 9.0,
    precision: 'very-high',
    remediation: 'Remove windowsOptions.hostProcess or set it to false.',
  },
  evaluate(w) {
    const items: PssItem[] = []
    const bad: string[] = []
    for (const c of w.pod.containers) {
      if (dict(c.securityContext.windowsOptions)?.hostProcess === true) {
        bad.push(c.name)
        items.push({
          at: containerLoc(w, c, 'securityContext', 'windowsOptions', 'hostProcess'),
          detail: `${containerList([c.name])} ${DETAIL}`,
        })
      }
    }
    const setters: string[] = []
    if (dict(w.pod.securityContext.windowsOptions)?.hostProcess === true) {
      setters.push('pod')
      items.unshift({
        at: podLoc(w, 'securityContext', 'windowsOptions', 'hostProcess'),
        detail: `pod ${DETAIL}`,
      })
    }
    if (bad.length) setters.push(containerList(bad))
    return setters.length
      ? { reason: 'hostProcess', detail: `${setters.join(' and ')} ${DETAIL}`, items }
      : undefined
  },
})
