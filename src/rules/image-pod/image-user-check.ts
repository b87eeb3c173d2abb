/**
 * The three runAsNonRoot × image-user rules share one shape: an effective runAsNonRoot: true
 * without runAsUser, an image user the repository knows, and the kubelet verdict of one kind.
 */
import { kubeletImageUser } from '../../dockerfile/kubelet-user.js'
import { type KubeletVerdictKind, verifyRunAsNonRoot } from '../../k8s/kubelet.js'
import type { ContainerImage, ImagePodRule, RuleMeta } from '../types.js'
import { fieldLoc, imageClause, userRelated } from './describe.js'

export function imageUserRule(
  id: string,
  kind: KubeletVerdictKind,
  meta: RuleMeta,
  hint: (ci: ContainerImage) => string = () => '',
): ImagePodRule {
  return {
    id,
    scope: 'image-pod',
    meta,
    check(ctx, s) {
      if (s.workload.pod.os === 'windows') return
      for (const ci of s.containers) {
        const { container: c, facts } = ci
        const guard = c.effective.runAsNonRoot
        if (guard?.value !== true || c.effective.runAsUser || !facts || facts.user === null)
          continue
        const verdict = verifyRunAsNonRoot({ runAsNonRoot: true }, kubeletImageUser(facts.user))
        if (verdict.kind !== kind) continue
        ctx.report({
          at: fieldLoc(s.workload, guard),
          message: `The kubelet will refuse to start container "${c.name}": ${verdict.message}. The ${imageClause(facts)}.${hint(ci)} ${meta.remediation}`,
          related: userRelated(facts),
          image: facts.ref,
          properties: { kubelet: verdict },
        })
      }
    },
  }
}
