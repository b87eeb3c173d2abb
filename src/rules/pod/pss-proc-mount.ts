import { definePssRule } from './define-pss.js'
import { inUserNamespace, procMountResult } from './proc-mount.js'

export default definePssRule({
  id: 'pss-proc-mount',
  check: 'procMount',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Container unmasks /proc',
    description:
      'procMount: Unmasked exposes the parts of /proc the runtime masks (kernel keys, timers, sysrq triggers). The Pod Security Standards baseline level allows only Default, except, from v1.35, in pods that run in a user namespace (hostUsers: false).',
    securitySeverity: 6.5,
    precision: 'very-high',
    remediation: 'Remove securityContext.procMount or set it to Default.',
  },
  evaluate(w, minor) {
    if (minor >= 35 && inUserNamespace(w)) return undefined
    return procMountResult(w)
  },
})
