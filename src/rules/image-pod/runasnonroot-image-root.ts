import { kubeletImageUser } from '../../dockerfile/kubelet-user.js'
import { verifyRunAsNonRoot } from '../../k8s/kubelet.js'
import type { ImagePodRule } from '../types.js'
import { fieldLoc, imageClause, KUBELET_TAGS, userRelated } from './describe.js'

const rule: ImagePodRule = {
  id: 'runasnonroot-image-root',
  scope: 'image-pod',
  meta: {
    title: 'runAsNonRoot with an image that runs as root: the kubelet will not start the container',
    description:
      'The pod sets runAsNonRoot: true and no runAsUser, and the image runs as uid 0 — its USER is 0, or it has no USER at all, which the kubelet treats as root. The API server accepts the pod; the kubelet then refuses to create the container ("container has runAsNonRoot and image will run as root") and it stays in CreateContainerConfigError.',
    severity: 'error',
    securitySeverity: 5.0,
    tags: KUBELET_TAGS,
    precision: 'high',
    remediation:
      'Set runAsUser to the non-root uid the image is meant to run as, or give the image a numeric non-root USER (USER 10001).',
  },
  check(ctx, s) {
    if (s.workload.pod.os === 'windows') return
    for (const { container: c, facts } of s.containers) {
      const guard = c.effective.runAsNonRoot
      if (guard?.value !== true || c.effective.runAsUser || !facts || facts.user === null) continue
      const verdict = verifyRunAsNonRoot({ runAsNonRoot: true }, kubeletImageUser(facts.user))
      if (verdict.kind !== 'imageUserIsRoot') continue
      ctx.report({
        at: fieldLoc(s.workload, guard),
        message: `The kubelet will refuse to start container "${c.name}": ${verdict.message}. The ${imageClause(facts)}. ${rule.meta.remediation}`,
        related: userRelated(facts),
        image: facts.ref,
        properties: { kubelet: verdict },
      })
    }
  },
}
export default rule
