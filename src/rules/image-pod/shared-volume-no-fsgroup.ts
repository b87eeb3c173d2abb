import { isDict, isSet, list, str } from '../../k8s/fields.js'
import { containerLoc, podLoc } from '../../k8s/workload.js'
import type { ImagePodRule } from '../types.js'
import { KUBELET_TAGS } from './describe.js'

/** Volume types whose files keep the owner that wrote them (config volumes are read-only). */
const WRITABLE_TYPES = ['emptyDir', 'persistentVolumeClaim', 'ephemeral', 'hostPath', 'nfs', 'csi']

const rule: ImagePodRule = {
  id: 'shared-volume-no-fsgroup',
  scope: 'image-pod',
  meta: {
    title: 'Containers with different uids share a writable volume and the pod sets no fsGroup',
    description:
      "Two containers of the pod mount the same volume read-write and run as different uids, and the pod sets no fsGroup. Files one container creates belong to its uid with the default umask (0644/0755), so the other cannot modify or remove them; a new persistent volume's root is often writable by neither. With fsGroup the kubelet gives the volume to that group and makes it group-writable.",
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
      const known = writers.filter((x) => x.c.user.uid !== undefined)
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
