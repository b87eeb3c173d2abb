/**
 * Root in a container is not always root on the node: a pod with `hostUsers: false` runs in
 * a user namespace (uid 0 inside maps to an unprivileged uid on the host), and a pod with a
 * `runtimeClassName` may run in a sandboxed runtime (gVisor, Kata) whose kernel is not the
 * node's. The verdicts and root findings say so.
 */
import { str } from '../k8s/fields.js'
import type { PodView } from '../k8s/workload.js'

export interface RootIsolation {
  /** `hostUsers: false`: a user namespace. */
  userNamespace: boolean
  runtimeClass?: { name: string; handler?: string }
}

// Handlers of runtimes that put the container behind their own kernel.
const SANDBOXES =
  /^(runsc|gvisor|kata|kata-.*|kata[-_]?qemu.*|kata[-_]?clh.*|kata[-_]?fc.*|firecracker|fc)$/i

export function podIsolation(
  pod: PodView,
  runtimeClasses: ReadonlyMap<string, string> = new Map(),
): RootIsolation {
  const out: RootIsolation = { userNamespace: pod.spec.hostUsers === false }
  const name = str(pod.spec.runtimeClassName)
  if (name) {
    out.runtimeClass = { name }
    const handler = runtimeClasses.get(name)
    if (handler) out.runtimeClass.handler = handler
  }
  return out
}

/** True when the runtime class names (or its handler is) a known sandbox. */
export function sandboxed(i: RootIsolation): boolean {
  const rc = i.runtimeClass
  return (
    !!rc && (SANDBOXES.test(rc.handler ?? '') || /gvisor|kata|sandbox|firecracker/i.test(rc.name))
  )
}

/** `inside a user namespace (unprivileged on the node)`, or the runtime class; undefined when neither. */
export function rootContext(i: RootIsolation): string | undefined {
  const parts: string[] = []
  if (i.userNamespace)
    parts.push('inside a user namespace (hostUsers: false), so unprivileged on the node')
  const rc = i.runtimeClass
  if (rc) {
    const handler = rc.handler ? ` (handler ${rc.handler})` : ''
    parts.push(
      sandboxed(i)
        ? `in the sandboxed runtime class ${rc.name}${handler}, behind its own kernel`
        : `under runtime class ${rc.name}${handler}${rc.handler ? '' : ', whose handler the repository does not show'}`,
    )
  }
  return parts.length ? parts.join(', and ') : undefined
}
