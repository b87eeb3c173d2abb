/**
 * What a container's settings hand to it from the host: the container engine's API
 * socket, the host's root, /proc, /sys or /etc, the host's namespaces. Shared by the rules
 * and the who-runs-as-whom table.
 */
import {
  DOCKER_DEFAULT_CAPS,
  normalizeHostPath,
  PODMAN_DEFAULT_CAPS,
  unconfinedOption,
} from './syntax.js'
import type { DockerContainer, MountSetting, Setting } from './types.js'

/** Sockets that give whoever can write to them control of the container engine (root on the host). */
const ENGINE_SOCKETS = new Map([
  ['/var/run/docker.sock', 'the Docker socket'],
  ['/run/docker.sock', 'the Docker socket'],
  ['/run/podman/podman.sock', 'the Podman socket'],
  ['/var/run/podman/podman.sock', 'the Podman socket'],
  ['/run/containerd/containerd.sock', 'the containerd socket'],
  ['/var/run/containerd/containerd.sock', 'the containerd socket'],
  ['/run/crio/crio.sock', 'the CRI-O socket'],
  ['/var/run/crio/crio.sock', 'the CRI-O socket'],
])

/** Folders whose bind mount brings an engine socket along. */
const SOCKET_DIRS = new Map([
  ['/var/run', 'the Docker socket (in /var/run)'],
  ['/run', 'the Docker socket (in /run)'],
  ['/var/run/docker', 'the Docker engine state (in /var/run/docker)'],
])

/** Host paths whose bind mount exposes the host itself. */
const HOST_ROOTS = new Map([
  ['/', "the host's root file system"],
  ['/proc', "the host's /proc"],
  ['/sys', "the host's /sys"],
  ['/etc', "the host's /etc"],
])

export function socketMount(m: MountSetting): string | undefined {
  if (m.type !== 'bind' || !m.source) return undefined
  const p = normalizeHostPath(m.source)
  if (p === undefined) return undefined
  return ENGINE_SOCKETS.get(p) ?? SOCKET_DIRS.get(p)
}

export function hostRootMount(m: MountSetting): string | undefined {
  if (m.type !== 'bind' || !m.source) return undefined
  const p = normalizeHostPath(m.source)
  return p === undefined ? undefined : HOST_ROOTS.get(p)
}

/** The capabilities a container's runtime grants without being asked. */
export function defaultCapabilities(c: DockerContainer): ReadonlySet<string> {
  return c.tool === 'podman' ? PODMAN_DEFAULT_CAPS : DOCKER_DEFAULT_CAPS
}

/** Added capabilities beyond the runtime's default set (after a `drop ALL`, every added one counts). */
export function extraCapabilities(c: DockerContainer): Setting<string>[] {
  const droppedAll = c.capDrop.some((d) => d.value === 'ALL')
  const defaults = defaultCapabilities(c)
  return c.capAdd.filter(
    (a) =>
      !a.unresolved &&
      (droppedAll ? a.value === 'ALL' || !defaults.has(a.value) : !defaults.has(a.value)),
  )
}

/** Host namespaces a container joins: `network: host` and the like. */
export function hostNamespaces(c: DockerContainer): Setting<string>[] {
  const out: Setting<string>[] = []
  for (const s of [c.network, c.pid, c.ipc, c.userns, c.uts]) {
    if (s && !s.unresolved && s.value.trim().toLowerCase() === 'host') out.push(s)
  }
  return out
}

/** One-line summaries of what the container may touch, for the who-runs-as-whom table. */
export function dockerPrivileges(c: DockerContainer): string[] {
  const out: string[] = []
  if (c.privileged?.value) out.push('privileged')
  for (const s of hostNamespaces(c)) out.push(`${s.written} host`)
  const caps = extraCapabilities(c).map((s) => s.value)
  if (caps.length) out.push(`cap_add ${caps.join(',')}`)
  for (const m of c.mounts) {
    const what = socketMount(m) ?? hostRootMount(m)
    if (what) out.push(`mounts ${what}`)
  }
  if (c.apiSocket?.value) out.push('engine API socket')
  for (const s of c.securityOpt) {
    const off = unconfinedOption(s.value)
    if (off) out.push(`no ${off.replace(/^the /, '')}`)
  }
  return out
}
