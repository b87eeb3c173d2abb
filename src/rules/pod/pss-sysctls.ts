import { isDict, list, str } from '../../k8s/fields.js'
import { podLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'

const V1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
]
const V1_27 = [...V1_0, 'net.ipv4.ip_local_reserved_ports']
const V1_29 = [
  ...V1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]
const V1_32 = [...V1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']
const V1_37 = [...V1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']

/** The sysctls the baseline level allows at a policy version (names compared literally). */
export function allowedSysctls(minor: number): Set<string> {
  if (minor >= 37) return new Set(V1_37)
  if (minor >= 32) return new Set(V1_32)
  if (minor >= 29) return new Set(V1_29)
  if (minor >= 27) return new Set(V1_27)
  return new Set(V1_0)
}

export default definePssRule({
  id: 'pss-sysctls',
  check: 'sysctls',
  level: 'baseline',
  since: 0,
  meta: {
    title: 'Pod sets a sysctl outside the safe set',
    description:
      'Sysctls outside the namespaced safe set can change kernel behaviour for every pod on the node. The Pod Security Standards baseline level allows only a fixed list that grows with the policy version (v1.27, v1.29, v1.32, v1.37); names are compared literally, so the slash form net/ipv4/... is forbidden too.',
    securitySeverity: 6.0,
    precision: 'very-high',
    remediation: 'Remove the sysctl, or use the dotted name of an allowed sysctl.',
  },
  evaluate(w, minor) {
    const allowed = allowedSysctls(minor)
    const names: string[] = []
    const items: PssItem[] = []
    list(w.pod.securityContext.sysctls).forEach((s, i) => {
      const name = isDict(s) ? (str(s.name) ?? '') : ''
      if (allowed.has(name)) return
      names.push(name)
      items.push({ at: podLoc(w, 'securityContext', 'sysctls', i, 'name'), detail: name })
    })
    return names.length
      ? { reason: 'forbidden sysctls', detail: names.join(', '), items }
      : undefined
  },
})
