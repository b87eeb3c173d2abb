import { hostNamespaces } from '../../docker/risk.js'
import type { DockerRule } from '../types.js'
import { DOCKER_TAGS, keyOf, said } from './describe.js'

const WHAT: Record<string, string> = {
  network_mode:
    "the host's network stack: it can listen on and reach every host interface, including services bound to localhost",
  '--network':
    "the host's network stack: it can listen on and reach every host interface, including services bound to localhost",
  '--net':
    "the host's network stack: it can listen on and reach every host interface, including services bound to localhost",
  pid: "the host's process table: it sees every process on the host, and can signal or trace them with the capabilities it has",
  '--pid':
    "the host's process table: it sees every process on the host, and can signal or trace them with the capabilities it has",
  ipc: "the host's System V IPC and POSIX shared memory",
  '--ipc': "the host's System V IPC and POSIX shared memory",
  userns_mode:
    "the host's user namespace: user-namespace remapping (userns-remap) is off for it, so root in it is root on the host",
  '--userns':
    "the host's user namespace: user-namespace remapping (userns-remap) is off for it, so root in it is root on the host",
  uts: "the host's hostname and domain name",
  '--uts': "the host's hostname and domain name",
}

const rule: DockerRule = {
  id: 'docker-host-namespaces',
  scope: 'docker',
  meta: {
    title: "Container shares the host's namespaces",
    description:
      "A Compose `network_mode: host`, `pid: host`, `ipc: host`, `userns_mode: host` or `uts: host`, or the `--network`/`--net`, `--pid`, `--ipc`, `--userns`, `--uts` flags set to `host` (also in a workflow job container's options). The container then shares that namespace with the host: its network stack, its processes, its shared memory. Host network, PID and IPC are errors (the same checks as the Pod Security Standards' hostNamespaces); host user and UTS namespaces are warnings. Podman's `--userns host` is not reported (it is Podman's default when run as root).",
    severity: 'error',
    securitySeverity: 7.5,
    tags: DOCKER_TAGS,
    precision: 'very-high',
    remediation:
      'Remove the setting (publish ports with ports/-p instead of the host network), or share the namespace of one named container (container:NAME) when that is what is needed.',
  },
  check(ctx, { container: c }) {
    for (const s of hostNamespaces(c)) {
      if (c.tool === 'podman' && s.written === '--userns') continue
      const minor = s.written === 'uts' || s.written === '--uts' || s.written.includes('userns')
      ctx.report({
        at: s.range,
        message: `${c.where}: ${said(s)} shares ${WHAT[s.written] ?? 'a host namespace'}. ${rule.meta.remediation}`,
        key: keyOf(s),
        ...(minor ? { level: 'warning' as const } : {}),
      })
    }
  },
}
export default rule
