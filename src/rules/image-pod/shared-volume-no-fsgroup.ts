import { isDict, isSet, list, str } from '../../k8s/fields.js'
import { containerLoc, podLoc } from '../../k8s/workload.js'
import type { ContainerImage, ImagePodRule } from '../types.js'
import { KUBELET_TAGS } from './describe.js'

/** Volume types whose files keep the owner that wrote them (config volumes are read-only). */
const WRITABLE_TYPES = ['emptyDir', 'persistentVolumeClaim', 'ephemeral', 'hostPath', 'nfs', 'csi']

const rule: ImagePodRule = {
  id: 'shared-volume-no-fsgroup',
  scope: 'image-pod',
  meta: {
    title: 'Containers with different uids share a writable volume and the pod sets no fsGroup',
    description:
      "Two containers of the pod that run at the same time (regular containers and native sidecars; init containers run one by one before them, so an init container that fills a volume for the main one is fine) mount the same volume read-write and run as different uids, and the pod sets no fsGroup. Files one container creates belong to its uid with the default umask (0644/0755), so the other cannot modify or remove them; a new persistent volume's root is often writable by neither. With fsGroup the kubelet gives the volume to that group and makes it group-writable.",
    severity: 'warning',
    securitySeverity: 2.0,
    tags: KUBELET_TAGS,
    precision: 'medium',
    remediation:
      'Set spec.securityContext.fsGroup to a gid both containers share, or run them as the same uid.',
  },
  check(ctx, s) {
    const w = s.workload
    if (w.pod.os === 'windows' || isSet(w.pod.securityContext.fsGroup)) return
    list(w.pod.spec.volumes).forEach((v, vi) => {
      if (!isDict(v) || !WRITABLE_TYPES.some((t) => isSet(v[t]))) return
      const name = str(v.name)
      if (!name) return
      const writers: { c: (typeof s.containers)[number]; mountIndex: number }[] = []
      for (const ci of s.containers) {
        list(ci.container.spec.volumeMounts).forEach((m, mi) => {
          if (isDict(m) && m.name === name && m.readOnly !== true)
            writers.push({ c: ci, mountIndex: mi })
        })
      }
      // Init containers run one after another and finish before the others start: an init
      // container that fills a volume for the main one (copied binaries, rendered config)
      // leaves readable files in a directory anyone may add to. Only containers that run
      // at the same time as each other can get in each other's way.
      const known = writers.filter((x) => x.c.user.uid !== undefined && runsAlongside(x.c))
      const uids = new Set(known.map((x) => x.c.user.uid))
      if (uids.size < 2) return
      const who = known.map((x) => `"${x.c.container.name}" (uid ${x.c.user.uid})`).join(', ')
      ctx.report({
        at: podLoc(w, 'volumes', vi, 'name'),
        message: `Containers ${who} all write to volume "${name}" and the pod sets no fsGroup: files one of them creates cannot be modified by the others. ${rule.meta.remediation}`,
        related: known.map((x) => ({
          at: containerLoc(w, x.c.container, 'volumeMounts', x.mountIndex),
          message: `container "${x.c.container.name}" (uid ${x.c.user.uid}) mounts it read-write`,
        })),
      })
    })
  },
}
export default rule

/** Regular and ephemeral containers, and init containers that keep running (native sidecars). */
function runsAlongside(ci: ContainerImage): boolean {
  const c = ci.container
  return c.group !== 'initContainers' || c.spec.restartPolicy === 'Always'
}
