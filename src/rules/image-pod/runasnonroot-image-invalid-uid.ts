import { kubeletImageUser } from '../../dockerfile/kubelet-user.js'
import { verifyRunAsNonRoot } from '../../k8s/kubelet.js'
import type { ImagePodRule } from '../types.js'
import { fieldLoc, imageClause, KUBELET_TAGS, userRelated } from './describe.js'

const rule: ImagePodRule = {
  id: 'runasnonroot-image-invalid-uid',
  scope: 'image-pod',
  meta: {
    title:
      'runAsNonRoot with an image uid outside 0..2147483647: the kubelet will not start the container',
    description:
      'The pod sets runAsNonRoot: true and no runAsUser, and the image\'s numeric USER is negative or above 2147483647. The kubelet refuses to create the container ("container has runAsNonRoot and image has an invalid user id").',
    severity: 'error',
    securitySeverity: 5.0,
    tags: KUBELET_TAGS,
    precision: 'very-high',
    remediation:
      'Use a uid between 1 and 2147483647 in the Dockerfile USER, or set runAsUser in the pod.',
  },
  check(ctx, s) {
    if (s.workload.pod.os === 'windows') return
    for (const { container: c, facts } of s.containers) {
      const guard = c.effective.runAsNonRoot
      if (guard?.value !== true || c.effective.runAsUser || !facts || facts.user === null) continue
      const verdict = verifyRunAsNonRoot({ runAsNonRoot: true }, kubeletImageUser(facts.user))
      if (verdict.kind !== 'imageUserInvalidId') continue
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
