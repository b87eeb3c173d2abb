import { podLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const

export default definePssRule({
  id: 'pss-host-namespaces',
  check: 'hostNamespaces',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Pod shares the host network, PID or IPC namespace',
    description:
      "hostNetwork, hostPID or hostIPC give the pod the node's namespaces: it can see and signal every process on the node, sniff and bind host interfaces, or read shared memory. The Pod Security Standards baseline level forbids them.",
    securitySeverity: 8.0,
    precision: 'very-high',
    remediation: 'Remove hostNetwork/hostPID/hostIPC or set them to false.',
  },
  evaluate(w) {
    const parts: string[] = []
    const items: PssItem[] = []
    for (const f of FIELDS) {
      if (w.pod.spec[f] === true) {
        parts.push(`${f}=true`)
        items.push({ at: podLoc(w, f), detail: `${f}=true` })
      }
    }
    return parts.length ? { reason: 'host namespaces', detail: parts.join(', '), items } : undefined
  },
})
