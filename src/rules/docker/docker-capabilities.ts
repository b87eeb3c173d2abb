import { extraCapabilities } from '../../docker/risk.js'
import type { DockerRule } from '../types.js'
import { DOCKER_TAGS, keyOf, said } from './describe.js'

/** Capabilities that amount to privileged, or nearly: reported as errors. */
const SEVERE = new Set(['ALL', 'SYS_ADMIN'])

const rule: DockerRule = {
  id: 'docker-capabilities',
  scope: 'docker',
  meta: {
    title: 'Container adds capabilities beyond the default set',
    description:
      "A Compose `cap_add`, a `--cap-add` flag or a workflow job container's `--cap-add` option adds a Linux capability that the runtime does not grant by default (Docker: AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, NET_RAW, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT; Podman's set lacks AUDIT_WRITE, MKNOD and NET_RAW). `ALL` and `SYS_ADMIN` are errors (they come close to --privileged); the others are warnings. Adding back a default capability is not reported, nor is anything after `cap_drop: [ALL]` that is in the default set.",
    severity: 'warning',
    securitySeverity: 6.0,
    tags: DOCKER_TAGS,
    precision: 'very-high',
    remediation:
      'Drop the capability, or keep only the one the process needs (and cap_drop: [ALL] first, so the container starts from nothing).',
  },
  check(ctx, { container: c }) {
    for (const s of extraCapabilities(c)) {
      const severe = SEVERE.has(s.value)
      const why =
        s.value === 'ALL'
          ? 'every capability, as --privileged gives them'
          : s.value === 'SYS_ADMIN'
            ? 'SYS_ADMIN, which allows mounting file systems and most of what root can do on the host kernel'
            : `${s.value}, which ${c.tool === 'podman' ? 'Podman' : 'Docker'} does not grant by default`
      ctx.report({
        at: s.range,
        message: `${c.where}: ${said(s)} adds ${why}. ${rule.meta.remediation}`,
        key: keyOf(s),
        ...(severe ? { level: 'error' as const } : {}),
      })
    }
  },
}
export default rule
