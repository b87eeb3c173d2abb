import { isSet, list, isDict, str } from '../../k8s/fields.js'
import { podLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { joinQuote, pluralize } from './psa-text.js'

export default definePssRule({
  id: 'pss-host-path-volumes',
  check: 'hostPathVolumes',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Pod mounts a hostPath volume',
    description:
      "A hostPath volume exposes the node's filesystem to the pod: a write to /etc, /var/lib/kubelet or the container runtime socket is a node takeover. The Pod Security Standards baseline level forbids hostPath volumes.",
    securitySeverity: 8.0,
    precision: 'very-high',
    remediation:
      'Use an emptyDir, configMap, secret, projected or persistentVolumeClaim volume instead of hostPath.',
  },
  evaluate(w) {
    const names: string[] = []
    const items: PssItem[] = []
    list(w.pod.spec.volumes).forEach((v, i) => {
      if (!isDict(v) || !isSet(v.hostPath)) return
      const name = str(v.name) ?? ''
      names.push(name)
      items.push({ at: podLoc(w, 'volumes', i, 'hostPath'), detail: `volume ${joinQuote([name])}` })
    })
    if (!names.length) return undefined
    return {
      reason: 'hostPath volumes',
      detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`,
      items,
    }
  },
})
