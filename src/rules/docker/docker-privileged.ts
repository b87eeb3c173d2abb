import type { DockerRule } from '../types.js'
import { DOCKER_TAGS, said } from './describe.js'

const rule: DockerRule = {
  id: 'docker-privileged',
  scope: 'docker',
  meta: {
    title: 'Container started with --privileged',
    description:
      'A Compose service with `privileged: true`, a `docker run --privileged` (or podman) line, or a workflow job container whose options hold `--privileged`. A privileged container gets every capability, every host device and no seccomp, AppArmor or SELinux confinement: root in it is root on the host, in one step.',
    severity: 'error',
    securitySeverity: 9.0,
    tags: DOCKER_TAGS,
    precision: 'very-high',
    remediation:
      'Remove privileged and add only the capabilities (cap_add) and devices (devices, --device) the process needs.',
  },
  check(ctx, { container: c }) {
    const p = c.privileged
    if (!p?.value || p.unresolved) return
    ctx.report({
      at: p.range,
      message: `${c.where}: ${said(p)} gives the container every capability, every host device and no seccomp, AppArmor or SELinux confinement, so root in it is root on the host. ${rule.meta.remediation}`,
      key: 'privileged',
    })
  },
}
export default rule
