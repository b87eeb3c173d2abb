import { socketMount } from '../../docker/risk.js'
import type { DockerRule } from '../types.js'
import { DOCKER_TAGS, keyOf, said } from './describe.js'

const rule: DockerRule = {
  id: 'docker-socket-mount',
  scope: 'docker',
  meta: {
    title: "Container can drive the host's container engine",
    description:
      "A bind mount of the container engine's API socket (`/var/run/docker.sock`, `/run/docker.sock`, Podman's, containerd's or CRI-O's socket, or the `/var/run` and `/run` folders that hold it), or Compose's `use_api_socket: true` / `--use-api-socket`. Whoever can talk to the socket can start a privileged container with the host's root mounted: the container is root on the host. A read-only mount does not help: `:ro` stops writes to the socket file, not requests through it. The socket GitHub mounts into every job container itself is not reported; only what the workflow writes.",
    severity: 'error',
    securitySeverity: 9.0,
    tags: DOCKER_TAGS,
    precision: 'very-high',
    remediation:
      'Do not mount the socket; if the container must start containers, give it a socket proxy that allows only the API calls it needs (or rootless Docker / Podman).',
  },
  check(ctx, { container: c }) {
    for (const m of c.mounts) {
      const what = socketMount(m)
      if (!what) continue
      ctx.report({
        at: m.range,
        message: `${c.where}: ${said(m)} mounts ${what} into the container: anything in it can start a privileged container and own the host${m.readOnly ? ' (read-only does not stop API calls)' : ''}. ${rule.meta.remediation}`,
        key: keyOf(m),
      })
    }
    const api = c.apiSocket
    if (api?.value && !api.unresolved) {
      ctx.report({
        at: api.range,
        message: `${c.where}: ${said(api)} mounts the engine's API socket and the user's registry credentials into the container: anything in it can start a privileged container and own the host. ${rule.meta.remediation}`,
        key: 'use-api-socket',
      })
    }
  },
}
export default rule
