import { bindsThroughFileCapability } from '../../identity/file-capabilities.js'
import type { At, DockerRule } from '../types.js'

const rule: DockerRule = {
  id: 'docker-privileged-port-non-root',
  scope: 'docker',
  meta: {
    title: 'Non-root container on the host network listens on a port below 1024',
    description:
      "A container that runs as a non-root uid, shares the host's network (`network_mode: host`, `--network host`) and listens on a port below 1024 (the container side of `ports`/`expose`/`-p`/`--expose`, or the image's EXPOSE when none is given), without NET_BIND_SERVICE carried by a binary of the image as a file capability. Docker (since 20.10) and Podman set net.ipv4.ip_unprivileged_port_start to 0 in a container's own network namespace, so the bind works there; in the host's namespace the host's value holds (1024 by default) and bind() fails with \"permission denied\". Adding NET_BIND_SERVICE with cap_add does not reach a non-root process (the runtimes set no ambient capabilities).",
    severity: 'warning',
    securitySeverity: 2.0,
    tags: ['reliability', 'docker', 'compose'],
    precision: 'medium',
    remediation:
      'Listen on a port of 1024 or above, or leave the host network (publish the port with ports / -p, where the container may bind any port).',
  },
  check(ctx, { container: c, facts, user }) {
    if (user.uid === undefined || user.uid === 0) return
    const net = c.network
    if (!net || net.unresolved || net.value.toLowerCase() !== 'host') return
    if (facts && bindsThroughFileCapability(facts)) {
      const dropped = c.capDrop.some((d) => d.value === 'NET_BIND_SERVICE' || d.value === 'ALL')
      const added = c.capAdd.some((a) => a.value === 'NET_BIND_SERVICE' || a.value === 'ALL')
      if (!dropped || added) return
    }
    const low: { port: number; at: At; what: string }[] = []
    for (const p of c.ports) {
      if (p.containerPort !== undefined && p.containerPort > 0 && p.containerPort < 1024)
        low.push({ port: p.containerPort, at: p.range, what: `${p.written} ${p.value}` })
    }
    if (!c.ports.length && facts?.model) {
      for (const e of facts.model.exposedPorts) {
        if (e.port !== null && e.port > 0 && e.port < 1024)
          low.push({ port: e.port, at: c.anchor, what: `the image's EXPOSE ${e.spec}` })
      }
    }
    for (const l of low) {
      ctx.report({
        at: l.at,
        message: `${c.where} runs as uid ${user.uid} on the host network (${net.written} ${net.value}) and listens on port ${l.port} (${l.what}): in the host's network namespace ports below 1024 stay privileged (net.ipv4.ip_unprivileged_port_start is the host's, 1024 by default), so bind() fails with "permission denied". ${rule.meta.remediation}`,
        key: String(l.port),
        ...(facts ? { image: facts.ref } : {}),
      })
    }
  },
}
export default rule
