import { definePssRule } from './define-pss.js'
import { isWindowsPod } from './proc-mount.js'
import { seccompFieldResult } from './seccomp.js'

export default definePssRule({
  id: 'pss-seccomp-restricted',
  check: 'seccompProfile_restricted',
  level: 'restricted',
  since: 19,
  overrides: { since: 19, checks: ['seccompProfile_baseline'] },
  meta: {
    title: 'Seccomp profile not set to RuntimeDefault or Localhost',
    description:
      'The restricted level requires every container to run under a seccomp profile: the pod or each container must set seccompProfile.type to RuntimeDefault or Localhost (v1.19+; pods with spec.os.name: windows are exempt from v1.25).',
    securitySeverity: 5.0,
    precision: 'very-high',
    remediation:
      'Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod (or on each container).',
  },
  evaluate(w, minor) {
    if (minor >= 25 && isWindowsPod(w)) return undefined
    return seccompFieldResult(w, true)
  },
})
