import { dict, str } from '../../k8s/fields.js'
import { containerLoc, podLoc, podMetadataLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { containerList, goQuote, joinQuote, pluralize, sortedUnique } from './psa-text.js'
import { pushAll } from '../../core/arrays.js'

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/'
const ALLOWED_TYPES = new Set(['RuntimeDefault', 'Localhost'])

function allowedAnnotationValue(v: string): boolean {
  return v === '' || v === 'runtime/default' || v.startsWith('localhost/')
}

export default definePssRule({
  id: 'pss-apparmor',
  check: 'appArmorProfile',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'AppArmor profile disabled or overridden',
    description:
      'On nodes with AppArmor, the runtime default profile confines every container. Setting appArmorProfile.type to Unconfined (or the deprecated container.apparmor.security.beta.kubernetes.io annotation to unconfined or another non-default value) removes that confinement. The Pod Security Standards baseline level allows only RuntimeDefault and Localhost profiles.',
    securitySeverity: 6.0,
    precision: 'very-high',
    remediation: 'Remove the override or use type RuntimeDefault (or a Localhost profile).',
  },
  evaluate(w) {
    const setters: string[] = []
    const badValues: string[] = []
    const items: PssItem[] = []
    const podProfile = dict(w.pod.securityContext.appArmorProfile)
    if (podProfile) {
      const t = str(podProfile.type) ?? ''
      if (!ALLOWED_TYPES.has(t)) {
        setters.push('pod')
        badValues.push(t)
        items.push({
          at: podLoc(w, 'securityContext', 'appArmorProfile', 'type'),
          detail: `pod must not set AppArmor profile type to ${joinQuote([t])}`,
        })
      }
    }
    const badContainers: string[] = []
    for (const c of w.pod.containers) {
      const profile = dict(c.securityContext.appArmorProfile)
      if (!profile) continue
      const t = str(profile.type) ?? ''
      if (ALLOWED_TYPES.has(t)) continue
      badContainers.push(c.name)
      badValues.push(t)
      items.push({
        at: containerLoc(w, c, 'securityContext', 'appArmorProfile', 'type'),
        detail: `${containerList([c.name])} must not set AppArmor profile type to ${joinQuote([t])}`,
      })
    }
    if (badContainers.length) setters.push(containerList(badContainers))
    const annotations: string[] = []
    for (const [k, v] of Object.entries(w.pod.annotations)) {
      if (!k.startsWith(ANNOTATION_PREFIX) || allowedAnnotationValue(v)) continue
      const entry = `${k}=${goQuote(v)}`
      annotations.push(entry)
      items.push({
        at: podMetadataLoc(w, 'annotations', k),
        detail: `annotation must not set AppArmor profile type to ${joinQuote([entry])}`,
      })
    }
    const values = sortedUnique(badValues)
    if (annotations.length) {
      pushAll(values, sortedUnique(annotations))
      setters.push(pluralize('annotation', 'annotations', annotations.length))
    }
    if (!setters.length) return undefined
    return {
      reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
      detail: `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`,
      items,
    }
  },
})
