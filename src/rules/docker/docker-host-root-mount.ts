import { hostRootMount } from '../../docker/risk.js'
import type { DockerRule } from '../types.js'
import { DOCKER_TAGS, keyOf, said } from './describe.js'

const rule: DockerRule = {
  id: 'docker-host-root-mount',
  scope: 'docker',
  meta: {
    title: "Container mounts the host's root, /proc, /sys or /etc",
    description:
      "A bind mount (Compose `volumes`, `-v`, `--mount type=bind`, a workflow container's `volumes`) whose host side is `/`, `/proc`, `/sys` or `/etc`. Written to, these let the container change the host (its users, its kernel settings, its boot); read, they hand it the host's secrets (`/etc/shadow`, other processes' environments in `/proc`). Writable mounts are errors; read-only ones warnings.",
    severity: 'error',
    securitySeverity: 8.5,
    tags: DOCKER_TAGS,
    precision: 'very-high',
    remediation:
      'Mount only the folder or file the process needs, read-only where it can (:ro), instead of the host root.',
  },
  check(ctx, { container: c }) {
    for (const m of c.mounts) {
      const what = hostRootMount(m)
      if (!what) continue
      ctx.report({
        at: m.range,
        message: `${c.where}: ${said(m)} mounts ${what}${m.readOnly ? " read-only: the container can read the host's secrets" : ' writable: the container can change the host'}. ${rule.meta.remediation}`,
        key: keyOf(m),
        ...(m.readOnly ? { level: 'warning' as const } : {}),
      })
    }
  },
}
export default rule
