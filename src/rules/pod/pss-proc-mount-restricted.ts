import { definePssRule } from './define-pss.js'
import { procMountResult } from './proc-mount.js'

export default definePssRule({
  id: 'pss-proc-mount-restricted',
  check: 'procMount_restricted',
  level: 'restricted',
  since: 35,
  overrides: { since: 35, checks: ['procMount'] },
  meta: {
    title: 'Container unmasks /proc (restricted)',
    description:
      'From v1.35 the restricted level forbids any procMount other than Default, even in pods that run in a user namespace, which the baseline level allows.',
    securitySeverity: 6.5,
    precision: 'very-high',
    remediation: 'Remove securityContext.procMount or set it to Default.',
  },
  evaluate: (w) => procMountResult(w),
})
