import { int, isDict, list } from '../../k8s/fields.js'
import { containerLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { containerList, pluralize, sortedUnique } from './psa-text.js'

export default definePssRule({
  id: 'pss-host-ports',
  check: 'hostPorts',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Container binds a host port',
    description:
      "hostPort binds the container port on the node's own address, bypassing network policies and limiting scheduling to nodes where the port is free. The Pod Security Standards baseline level forbids any non-zero hostPort.",
    securitySeverity: 5.5,
    precision: 'very-high',
    remediation: 'Remove hostPort and expose the port through a Service.',
  },
  evaluate(w) {
    const badContainers: string[] = []
    const ports: string[] = []
    const items: PssItem[] = []
    for (const c of w.pod.containers) {
      let valid = true
      list(c.spec.ports).forEach((p, i) => {
        const hostPort = isDict(p) ? int(p.hostPort) : undefined
        if (!hostPort) return
        valid = false
        ports.push(String(hostPort))
        items.push({
          at: containerLoc(w, c, 'ports', i, 'hostPort'),
          detail: `${containerList([c.name])} uses hostPort ${hostPort}`,
        })
      })
      if (!valid) badContainers.push(c.name)
    }
    if (!badContainers.length) return undefined
    const distinct = sortedUnique(ports)
    return {
      reason: 'hostPort',
      detail: `${containerList(badContainers)} ${pluralize('uses', 'use', badContainers.length)} ${pluralize('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
      items,
    }
  },
})
