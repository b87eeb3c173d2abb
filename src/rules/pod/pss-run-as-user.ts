import { containerLoc, podLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { inUserNamespace } from './proc-mount.js'
import { containerList } from './psa-text.js'

export default definePssRule({
  id: 'pss-run-as-user',
  check: 'runAsUser',
  level: 'restricted',
  since: 23,
  meta: {
    title: 'runAsUser is 0 (root)',
    description:
      'From v1.23 the restricted level forbids runAsUser: 0 on the pod and on every container. Note that the API server accepts runAsNonRoot: true together with runAsUser: 0, and the kubelet then refuses to start the container. From v1.35 pods in a user namespace (hostUsers: false) are exempt.',
    securitySeverity: 7.0,
    precision: 'very-high',
    remediation:
      'Set runAsUser to a non-zero uid (for example the numeric user the image was built for).',
  },
  evaluate(w, minor) {
    if (minor >= 35 && inUserNamespace(w)) return undefined
    const setters: string[] = []
    const items: PssItem[] = []
    if (w.pod.securityContext.runAsUser === 0) {
      setters.push('pod')
      items.push({
        at: podLoc(w, 'securityContext', 'runAsUser'),
        detail: 'pod must not set runAsUser=0',
      })
    }
    const bad: string[] = []
    for (const c of w.pod.containers) {
      if (c.securityContext.runAsUser !== 0) continue
      bad.push(c.name)
      items.push({
        at: containerLoc(w, c, 'securityContext', 'runAsUser'),
        detail: `${containerList([c.name])} must not set runAsUser=0`,
      })
    }
    if (bad.length) setters.push(containerList(bad))
    return setters.length
      ? {
          reason: 'runAsUser=0',
          detail: `${setters.join(' and ')} must not set runAsUser=0`,
          items,
        }
      : undefined
  },
})
