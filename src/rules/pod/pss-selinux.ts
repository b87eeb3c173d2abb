import { type Dict, dict, str } from '../../k8s/fields.js'
import type { Loc } from '../../k8s/source.js'
import { containerLoc, podLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { containerList, joinQuote, pluralize, sortedUnique } from './psa-text.js'

const TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t']
const TYPES_1_31 = [...TYPES_1_0, 'container_engine_t']

export default definePssRule({
  id: 'pss-selinux',
  check: 'seLinuxOptions',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Custom SELinux type, user or role',
    description:
      'seLinuxOptions can move a container out of the confined container_t domain (for example to spc_t or unconfined_t) or change the SELinux user or role. The Pod Security Standards baseline level allows only the container_* types (container_engine_t from v1.31) and no user or role.',
    securitySeverity: 6.0,
    precision: 'very-high',
    remediation:
      'Remove seLinuxOptions.user and .role and use an allowed container_* type (or none).',
  },
  evaluate(w, minor) {
    const allowed = new Set(minor >= 31 ? TYPES_1_31 : TYPES_1_0)
    const setters: string[] = []
    const badTypes: string[] = []
    let setUser = false
    let setRole = false
    const items: PssItem[] = []
    const inspect = (opts: Dict, who: string, at: (f: string) => Loc): boolean => {
      const problems: string[] = []
      const t = str(opts.type) ?? ''
      if (!allowed.has(t)) {
        badTypes.push(t)
        problems.push(`type ${joinQuote([t])}`)
        items.push({
          at: at('type'),
          detail: `${who} set forbidden securityContext.seLinuxOptions: type ${joinQuote([t])}`,
        })
      }
      if ((str(opts.user) ?? '').length > 0) {
        setUser = true
        items.push({
          at: at('user'),
          detail: `${who} set forbidden securityContext.seLinuxOptions: user may not be set`,
        })
        problems.push('user')
      }
      if ((str(opts.role) ?? '').length > 0) {
        setRole = true
        items.push({
          at: at('role'),
          detail: `${who} set forbidden securityContext.seLinuxOptions: role may not be set`,
        })
        problems.push('role')
      }
      return problems.length === 0
    }
    const podOpts = dict(w.pod.securityContext.seLinuxOptions)
    if (
      podOpts &&
      !inspect(podOpts, 'pod', (f) => podLoc(w, 'securityContext', 'seLinuxOptions', f))
    )
      setters.push('pod')
    const badContainers: string[] = []
    for (const c of w.pod.containers) {
      const opts = dict(c.securityContext.seLinuxOptions)
      if (
        opts &&
        !inspect(opts, containerList([c.name]), (f) =>
          containerLoc(w, c, 'securityContext', 'seLinuxOptions', f),
        )
      ) {
        badContainers.push(c.name)
      }
    }
    if (badContainers.length) setters.push(containerList(badContainers))
    if (!setters.length) return undefined
    const data: string[] = []
    const types = sortedUnique(badTypes)
    if (types.length) data.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`)
    if (setUser) data.push('user may not be set')
    if (setRole) data.push('role may not be set')
    return {
      reason: 'seLinuxOptions',
      detail: `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
      items,
    }
  },
})
