import type { SourceRange } from '../../core/range.js'
import type { ImagePodRule } from '../types.js'
import { fieldLoc, KUBELET_TAGS } from './describe.js'
import {
  coveredBy,
  mountedOver,
  preparedForAnotherRole,
  preparedPaths,
  runtimePreparedPaths,
  type RuntimePreparedPath,
  underImageVolume,
} from './prepared-paths.js'

const rule: ImagePodRule = {
  id: 'readonly-rootfs-write-path',
  scope: 'image-pod',
  meta: {
    title: 'readOnlyRootFilesystem while the image prepared a path for writing',
    description:
      'The container sets readOnlyRootFilesystem: true, and its Dockerfile chowns a path to a non-root user or makes it writable — a sign the process writes there (caches, uploads, pid files) — while no volume is mounted over it and no image VOLUME covers it. Writes fail with "read-only file system" at run time. The application directory (the final WORKDIR, chowned so its files belong to the app), files copied with --chown and the home directory of an account chowned on its own do not count (that is how images are tidied) unless others may write there, nor does a path that another container running the same image with a different command mounts a volume over (images with one binary per component prepare paths for some components only). The application directory does count where a known runtime writes inside it at run time (Next.js .next/cache, tmp/ of rails server) and the build gave it to the account the image runs as (WORKDIR + COPY --chown + USER).',
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
      const open = (p: { path: string }) =>
        !mountedOver(c, p.path) &&
        !underImageVolume(model, p.path) &&
        !preparedForAnotherRole(facts, c, p.path)
      const exposed = preparedPaths(model).filter(open)
      for (const r of runtimePreparedPaths(model, c).filter(open)) {
        if (coveredBy(r.path, exposed)) continue
        ctx.report({
          at: fieldLoc(s.workload, ro),
          message: `Container "${c.name}" has a read-only root filesystem, but ${runtimeText(r)}: writes will fail with "read-only file system". Mount an emptyDir at ${r.path}.`,
          related: runtimeRelated(r),
          image: facts.ref,
          key: `runtime:${r.write.runtime.id}:${r.path}`,
        })
      }
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

/** What a runtime write path is and why the image meant it to be written, for messages. */
export function runtimeText(r: RuntimePreparedPath): string {
  const w = r.write
  const evidence = w.evidence.map((e) => e.text).join(', ')
  return (
    `the image runs ${w.runtime.name} (${evidence}), which writes ${w.fact.what} in ${r.path} at run time, ` +
    `inside ${w.appDir} that ${r.preparedBy.how} at line ${r.preparedBy.range.startLine} of the Dockerfile ` +
    `gives to ${r.ownerText} for ${r.userText}`
  )
}

export function runtimeRelated(r: RuntimePreparedPath): { at: SourceRange; message: string }[] {
  const out = [
    { at: r.preparedBy.range, message: `${r.preparedBy.how} ${r.ownerText}: ${r.write.appDir}` },
  ]
  if (r.userRange) out.push({ at: r.userRange, message: r.userText })
  for (const e of r.write.evidence) {
    if (e.range) out.push({ at: e.range, message: `${r.write.runtime.name}: ${e.text}` })
  }
  return out
}
