import { dict, int, isDict, list } from '../../k8s/fields.js'
import { containerAnchor, containerLoc } from '../../k8s/workload.js'
import { bindsThroughFileCapability, knownBase } from '../../identity/file-capabilities.js'
import type { At, ImagePodRule } from '../types.js'
import { KUBELET_TAGS } from './describe.js'

const rule: ImagePodRule = {
  id: 'privileged-port-non-root',
  scope: 'image-pod',
  meta: {
    title: 'Non-root container listens on a port below 1024',
    description:
      'The container runs as a non-root uid and listens on a port below 1024 (its containerPort, or the image\'s EXPOSE when the pod declares no ports), without NET_BIND_SERVICE (neither added to the container nor carried by the binaries of the image as a file capability, which works unless the container drops the capability). Whether bind() succeeds depends on the runtime: Linux reserves ports below net.ipv4.ip_unprivileged_port_start (1024 by default); Docker and containerd 2.0+ set it to 0 inside containers, while containerd 1.x and CRI-O leave it at 1024 unless configured, so the same pod can work on one cluster and crash-loop with "permission denied" on another. For a non-root process, NET_BIND_SERVICE in capabilities.add only helps when the binary carries the file capability (runtimes set no ambient capabilities); the rule reports that case only when the image is built here from scratch or a well-known base, so its binaries are known.',
    severity: 'warning',
    securitySeverity: 2.0,
    tags: KUBELET_TAGS,
    precision: 'medium',
    remediation:
      'Listen on a port of 1024 or above (for example 8080) and map it in the Service, or set the net.ipv4.ip_unprivileged_port_start sysctl to 0 in the pod.',
  },
  check(ctx, s) {
    if (s.workload.pod.os === 'windows') return
    const sysctls = list(s.workload.pod.securityContext.sysctls)
    const lowered = sysctls.some(
      (x) => isDict(x) && x.name === 'net.ipv4.ip_unprivileged_port_start',
    )
    if (lowered) return
    for (const { container: c, facts, user } of s.containers) {
      if (user.uid === undefined || user.uid === 0) continue
      const caps = dict(c.securityContext.capabilities)
      const has = (l: unknown[], ...names: string[]) => names.some((n) => l.includes(n))
      const added = has(list(caps?.add), 'NET_BIND_SERVICE', 'CAP_NET_BIND_SERVICE', 'ALL')
      const dropped = has(list(caps?.drop), 'NET_BIND_SERVICE', 'CAP_NET_BIND_SERVICE', 'ALL')
      // A binary carrying cap_net_bind_service as a file capability gets it when executed, as
      // long as the container's capability set holds it (not dropped, or added back).
      // no_new_privs (allowPrivilegeEscalation: false) does not stop that: it only refuses
      // capabilities the process did not already have, and the runtime gives the container's
      // set to the process it starts.
      const fileCap = facts ? bindsThroughFileCapability(facts) : false
      if (fileCap && (!dropped || added)) continue
      // capabilities.add alone does not reach a non-root process (runtimes set no ambient
      // capabilities): it is reported only when the image's binaries are known to carry no
      // file capability (a Dockerfile over a known base image or scratch).
      if (added && !(facts?.model && knownBase(facts.model))) continue
      const why = added
        ? 'capabilities.add NET_BIND_SERVICE does not reach a non-root process (the runtime sets no ambient capabilities) and no binary of the image carries it as a file capability, so '
        : ''
      const low: { port: number; at: At; related?: { at: At; message: string }[] }[] = []
      const declared = list(c.spec.ports)
      declared.forEach((p, i) => {
        const port = isDict(p) ? int(p.containerPort) : undefined
        if (port !== undefined && port > 0 && port < 1024)
          low.push({ port, at: containerLoc(s.workload, c, 'ports', i, 'containerPort') })
      })
      if (!declared.length && facts?.model) {
        for (const e of facts.model.exposedPorts) {
          if (e.port !== null && e.port > 0 && e.port < 1024) {
            low.push({
              port: e.port,
              at: containerAnchor(s.workload, c),
              related: [{ at: e.range, message: `EXPOSE ${e.spec}` }],
            })
          }
        }
      }
      for (const l of low) {
        ctx.report({
          at: l.at,
          message: `Container "${c.name}" runs as uid ${user.uid} and listens on port ${l.port}: ${why}binding a port below 1024 fails with "permission denied" unless the runtime lowers net.ipv4.ip_unprivileged_port_start (Docker and containerd 2.0+ do; containerd 1.x and CRI-O by default do not). ${rule.meta.remediation}`,
          related: l.related,
          image: facts?.ref,
          key: String(l.port),
        })
      }
    }
  },
}
export default rule
