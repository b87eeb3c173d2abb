import { dict, str } from '../../k8s/fields.js'
import { containerLoc } from '../../k8s/workload.js'
import type { YamlPath } from '../../yaml/read.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { containerList, joinQuote, pluralize, sortedUnique } from './psa-text.js'

const HANDLERS: YamlPath[] = [
  ['livenessProbe'],
  ['readinessProbe'],
  ['startupProbe'],
  ['lifecycle', 'postStart'],
  ['lifecycle', 'preStop'],
]

export default definePssRule({
  id: 'pss-host-probes',
  check: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  since: 34,
  meta: {
    title: 'Probe or lifecycle handler targets another host',
    description:
      'A probe or lifecycle hook with httpGet.host or tcpSocket.host makes the kubelet connect to an arbitrary address from the node, which can reach node-local or internal services. From v1.34 the Pod Security Standards baseline level forbids a non-empty host in probes and lifecycle handlers.',
    securitySeverity: 5.0,
    precision: 'very-high',
    remediation: 'Remove the host field so the kubelet probes the pod IP.',
  },
  evaluate(w) {
    const containers: string[] = []
    const hosts: string[] = []
    const items: PssItem[] = []
    for (const c of w.pod.containers) {
      for (const handlerPath of HANDLERS) {
        let handler = dict(c.spec[handlerPath[0] as string])
        if (handlerPath.length > 1) handler = dict(handler?.[handlerPath[1] as string])
        if (!handler) continue
        for (const kind of ['httpGet', 'tcpSocket']) {
          const host = str(dict(handler[kind])?.host)
          if (!host) continue
          containers.push(c.name)
          hosts.push(host)
          items.push({
            at: containerLoc(w, c, ...handlerPath, kind, 'host'),
            detail: `${containerList([c.name])} uses probe or lifecycle host ${joinQuote([host])}`,
          })
        }
      }
    }
    if (!containers.length) return undefined
    const names = sortedUnique(containers)
    const distinct = sortedUnique(hosts)
    return {
      reason: 'probe or lifecycle host',
      detail: `${containerList(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', distinct.length)} ${joinQuote(distinct)}`,
      items,
    }
  },
})
