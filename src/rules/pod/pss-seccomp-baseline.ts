import { podMetadataLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { goQuote, pluralize, sortedUnique } from './psa-text.js'
import { seccompFieldResult } from './seccomp.js'

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod'
const CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/'

function validAnnotation(v: string): boolean {
  return v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/')
}

export default definePssRule({
  id: 'pss-seccomp-baseline',
  check: 'seccompProfile_baseline',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Seccomp profile set to Unconfined',
    description:
      'Seccomp limits the system calls a container can make. The Pod Security Standards baseline level forbids turning it off: from v1.19 a seccompProfile.type other than RuntimeDefault or Localhost (Unconfined); before v1.19 the seccomp.security.alpha.kubernetes.io annotations with a value other than runtime/default, docker/default or localhost/*.',
    securitySeverity: 6.0,
    precision: 'very-high',
    remediation:
      'Set seccompProfile.type to RuntimeDefault (or Localhost with a profile), or remove the Unconfined setting.',
  },
  evaluate(w, minor) {
    if (minor >= 19) return seccompFieldResult(w, false)
    const forbidden: string[] = []
    const items: PssItem[] = []
    const inspect = (key: string) => {
      const v = w.pod.annotations[key]
      if (v === undefined || validAnnotation(v)) return
      const entry = `${key}=${goQuote(v)}`
      forbidden.push(entry)
      items.push({
        at: podMetadataLoc(w, 'annotations', key),
        detail: `forbidden annotation ${entry}`,
      })
    }
    inspect(POD_ANNOTATION)
    for (const c of w.pod.containers) inspect(CONTAINER_PREFIX + c.name)
    const entries = sortedUnique(forbidden)
    if (!entries.length) return undefined
    return {
      reason: 'seccompProfile',
      detail: `forbidden ${pluralize('annotation', 'annotations', entries.length)} ${entries.join(', ')}`,
      items,
    }
  },
})
