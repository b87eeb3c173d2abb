import { kubeletImageUser } from '../../dockerfile/kubelet-user.js'
import { dict, type Dict, list } from '../../k8s/fields.js'
import type { ImagePodRule } from '../types.js'
import { fieldLoc, KUBELET_TAGS } from './describe.js'
import {
  coveredBy,
  mountedOver,
  preparedForAnotherRole,
  preparedPaths,
  processGroups,
  runtimePreparedPaths,
} from './prepared-paths.js'
import { runtimeRelated, runtimeText } from './readonly-rootfs-write-path.js'

const rule: ImagePodRule = {
  id: 'runasuser-not-file-owner',
  scope: 'image-pod',
  meta: {
    title: 'The pod forces a uid that cannot write the paths the image prepared',
    description:
      'The Dockerfile chowns paths to the user it runs as (or makes them writable for a group), and the pod overrides the user with a runAsUser that neither owns those paths nor reaches them through a group (runAsGroup, fsGroup or supplementalGroups with a group-writable mode), and no volume is mounted over them. A uid the image has no account for runs with group 0 (containerd, CRI-O), so paths given to group 0 and made group-writable are reachable. Containers with a read-only root filesystem are left to readonly-rootfs-write-path. The container starts, then fails with "permission denied" the first time it writes there. A runAsUser that differs from the image USER is fine when the image prepared nothing for its user. The application directory counts as prepared where a known runtime writes inside it at run time (Next.js .next/cache, tmp/ of rails server) and the build gave it to the account the image runs as (WORKDIR + COPY --chown + USER).',
    severity: 'warning',
    securitySeverity: 3.0,
    tags: KUBELET_TAGS,
    precision: 'high',
    remediation:
      'Set runAsUser (and runAsGroup) to the owner the image prepared, or give the paths to a shared group (chgrp + chmod g+w) and set fsGroup or runAsGroup to it, or mount a volume there.',
  },
  check(ctx, s) {
    if (s.workload.pod.os === 'windows') return
    for (const { container: c, facts, user } of s.containers) {
      const forced = c.effective.runAsUser
      if (!forced || !facts?.model || facts.user === null) continue
      // A read-only root filesystem refuses the writes whoever owns the paths:
      // readonly-rootfs-write-path reports those, once.
      if (c.effective.readOnlyRootFilesystem?.value === true) continue
      const image = kubeletImageUser(facts.user)
      const imageUid =
        image.uid ?? (image.username ? facts.accounts.get(image.username)?.uid : undefined)
      if (imageUid === forced.value) continue
      // Root writes anywhere through CAP_DAC_OVERRIDE, unless the container dropped it.
      if (forced.value === 0 && !dropsDacOverride(c.securityContext)) continue
      // Without runAsGroup the primary group is the passwd entry's; a uid the image has no
      // account for gets group 0 from containerd and CRI-O, which is what images made for
      // arbitrary uids count on (chgrp 0 + chmod g=u).
      const known = [...facts.accounts.values()].some((a) => a.uid === forced.value)
      const primary = user.gid ?? (known ? undefined : 0)
      const groups = processGroups(primary, s.workload.pod.securityContext)
      const writable = (p: {
        path: string
        ownerUid?: number
        ownerGid?: number
        ownerText?: string
        groupWritable?: boolean
        worldWritable?: boolean
      }) => {
        if (mountedOver(c, p.path) || preparedForAnotherRole(facts, c, p.path)) return false
        if (p.ownerUid === forced.value || p.worldWritable) return false
        if (p.ownerGid !== undefined && groups.has(p.ownerGid) && p.groupWritable) return false
        return p.ownerUid !== undefined || p.ownerText !== undefined
      }
      const blocked = preparedPaths(facts.model).filter(writable)
      const runAs = `runs as uid ${forced.value}${user.gid !== undefined ? ` (gid ${user.gid})` : ''}`
      for (const r of runtimePreparedPaths(facts.model, c).filter(writable)) {
        if (coveredBy(r.path, blocked)) continue
        const owner =
          r.ownerUid !== undefined
            ? `runAsUser: ${r.ownerUid} (the owner)`
            : "runAsUser to the owner's uid"
        ctx.report({
          at: fieldLoc(s.workload, forced),
          message: `Container "${c.name}" ${runAs}, but ${runtimeText(r)}: writes there will fail with permission denied. Set ${owner}, or mount an emptyDir at ${r.path}.`,
          related: runtimeRelated(r),
          image: facts.ref,
          key: `runtime:${r.write.runtime.id}:${r.path}`,
        })
      }
      if (!blocked.length) continue
      const shown = blocked.slice(0, 3).map((p) => `${p.path} (owner ${p.ownerText ?? p.ownerUid})`)
      const more = blocked.length > 3 ? ` and ${blocked.length - 3} more` : ''
      ctx.report({
        at: fieldLoc(s.workload, forced),
        message: `Container "${c.name}" runs as uid ${forced.value}${user.gid !== undefined ? ` (gid ${user.gid})` : ''}${forced.value === 0 ? ' without CAP_DAC_OVERRIDE (its capabilities are dropped)' : ''}, but ${facts.model.file} prepared ${shown.join(', ')}${more} for ${facts.user === '' ? 'root' : `USER ${facts.user}`}: writes there will fail with permission denied. ${rule.meta.remediation}`,
        related: blocked
          .slice(0, 5)
          .flatMap((p) =>
            p.ranges
              .slice(-1)
              .map((r) => ({ at: r, message: `${p.path} owned by ${p.ownerText ?? p.ownerUid}` })),
          ),
        image: facts.ref,
      })
    }
  },
}
export default rule

function dropsDacOverride(sc: Dict): boolean {
  const caps = dict(sc.capabilities)
  const drop = list(caps?.drop)
  const add = list(caps?.add)
  const dropped = drop.includes('ALL') || drop.includes('DAC_OVERRIDE')
  return dropped && !add.includes('DAC_OVERRIDE')
}
