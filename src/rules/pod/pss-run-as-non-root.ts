import { containerAnchor, containerLoc, podLoc } from '../../k8s/workload.js'
import { missingInPod } from '../missing-field.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { inUserNamespace } from './proc-mount.js'
import { containerList } from './psa-text.js'

export default definePssRule({
  id: 'pss-run-as-non-root',
  check: 'runAsNonRoot',
  level: 'restricted',
  since: 0,
  meta: {
    title: 'runAsNonRoot is not true',
    description:
      'The restricted level requires runAsNonRoot: true on the pod or on every container, so that the kubelet refuses to start a container whose user is root. An explicit false anywhere fails, even when containers override it. From v1.35 pods in a user namespace (hostUsers: false) are exempt. PSA reads only the declared field, never the image: runAsUser: 1000 alone does not satisfy it.',
    securitySeverity: 6.0,
    precision: 'very-high',
    remediation:
      'Set spec.securityContext.runAsNonRoot: true (and make sure the image runs as a numeric non-zero user, or set runAsUser).',
  },
  evaluate(w, minor) {
    if (minor >= 35 && inUserNamespace(w)) return undefined
    const setters: string[] = []
    const items: PssItem[] = []
    let podTrue = false
    const podValue = w.pod.securityContext.runAsNonRoot
    if (podValue === false) {
      setters.push('pod')
      items.push({
        at: podLoc(w, 'securityContext', 'runAsNonRoot'),
        detail: 'pod must not set securityContext.runAsNonRoot=false',
      })
    } else if (podValue === true) podTrue = true
    const explicit: string[] = []
    const implicit: string[] = []
    const implicitItems: PssItem[] = []
    for (const c of w.pod.containers) {
      const v = c.securityContext.runAsNonRoot
      if (v === false) {
        explicit.push(c.name)
        items.push({
          at: containerLoc(w, c, 'securityContext', 'runAsNonRoot'),
          detail: `${containerList([c.name])} must not set securityContext.runAsNonRoot=false`,
        })
      } else if (v !== true && !podTrue) {
        implicit.push(c.name)
        implicitItems.push({
          at: containerAnchor(w, c),
          detail: `pod or ${containerList([c.name])} must set securityContext.runAsNonRoot=true`,
          missing: missingInPod(w, c, 'runAsNonRoot', 'runAsNonRoot: true'),
        })
      }
    }
    if (explicit.length) setters.push(containerList(explicit))
    if (setters.length) {
      return {
        reason: 'runAsNonRoot != true',
        detail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
        items,
      }
    }
    if (implicit.length) {
      return {
        reason: 'runAsNonRoot != true',
        detail: `pod or ${containerList(implicit)} must set securityContext.runAsNonRoot=true`,
        items: implicitItems,
      }
    }
    return undefined
  },
})
