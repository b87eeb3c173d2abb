import type { ImagePodRule } from '../types.js'
import { fieldLoc, KUBELET_TAGS } from './describe.js'
import {
  mountedOver,
  preparedForAnotherRole,
  preparedPaths,
  underImageVolume,
} from './prepared-paths.js'

const rule: ImagePodRule = {
  id: 'readonly-rootfs-write-path',
  scope: 'image-pod',
  meta: {
    title: 'readOnlyRootFilesystem while the image prepared a path for writing',
    description:
      'The container sets readOnlyRootFilesystem: true, and its Dockerfile chowns a path to a non-root user or makes it writable — a sign the process writes there (caches, uploads, pid files) — while no volume is mounted over it and no image VOLUME covers it. Writes fail with "read-only file system" at run time. The application directory (the final WORKDIR, chowned so its files belong to the app), files copied with --chown and the home directory of an account chowned on its own do not count (that is how images are tidied) unless others may write there, nor does a path that another container running the same image with a different command mounts a volume over (images with one binary per component prepare paths for some components only).',
    severity: 'warning',
    securitySeverity: 2.0,
    tags: KUBELET_TAGS,
    precision: 'medium',
    remediation: 'Mount an emptyDir (or another volume) at the path, or stop writing there.',
  },
  check(ctx, s) {
    for (const { container: c, facts } of s.containers) {
      const ro = c.effective.readOnlyRootFilesystem
      if (ro?.value !== true || !facts?.model) continue
      const model = facts.model
      const exposed = preparedPaths(model).filter(
        (p) =>
          !mountedOver(c, p.path) &&
          !underImageVolume(model, p.path) &&
          !preparedForAnotherRole(facts, c, p.path),
      )
      if (!exposed.length) continue
      const shown = exposed.slice(0, 3).map((p) => p.path)
      const more = exposed.length > 3 ? ` and ${exposed.length - 3} more` : ''
      ctx.report({
        at: fieldLoc(s.workload, ro),
        message: `Container "${c.name}" has a read-only root filesystem, but ${model.file} prepared ${shown.join(', ')}${more} for writing and no volume is mounted there: writes will fail with "read-only file system". ${rule.meta.remediation}`,
        related: exposed
          .slice(0, 5)
          .flatMap((p) =>
            p.ranges.slice(-1).map((r) => ({ at: r, message: `${p.path} prepared for writing` })),
          ),
        image: facts.ref,
      })
    }
  },
}
export default rule
