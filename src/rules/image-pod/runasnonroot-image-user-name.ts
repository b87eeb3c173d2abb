import { kubeletImageUser } from '../../dockerfile/kubelet-user.js'
import { verifyRunAsNonRoot } from '../../k8s/kubelet.js'
import type { ImagePodRule } from '../types.js'
import { fieldLoc, imageClause, KUBELET_TAGS, userRelated } from './describe.js'

const rule: ImagePodRule = {
  id: 'runasnonroot-image-user-name',
  scope: 'image-pod',
  meta: {
    title:
      'runAsNonRoot with an image whose USER is a name: the kubelet will not start the container',
    description:
      'The pod sets runAsNonRoot: true and no runAsUser, and the image\'s USER is a name (even root or nobody). The kubelet never resolves names, so it cannot verify the user is non-root and refuses to create the container ("container has runAsNonRoot and image has non-numeric user (app), cannot verify user is non-root").',
    severity: 'error',
    securitySeverity: 5.0,
    tags: KUBELET_TAGS,
    precision: 'high',
    remediation:
      'Use the numeric uid in the Dockerfile (USER 10001 instead of USER app), or set runAsUser in the pod.',
  },
  check(ctx, s) {
    if (s.workload.pod.os === 'windows') return
    for (const { container: c, facts, user } of s.containers) {
      const guard = c.effective.runAsNonRoot
      if (guard?.value !== true || c.effective.runAsUser || !facts || facts.user === null) continue
      const verdict = verifyRunAsNonRoot({ runAsNonRoot: true }, kubeletImageUser(facts.user))
      if (verdict.kind !== 'imageUserNonNumeric') continue
      const hint =
        user.uid !== undefined && user.name
          ? ` ${user.name} is uid ${user.uid} in the image: USER ${user.uid}${user.gid !== undefined ? `:${user.gid}` : ''} (or runAsUser: ${user.uid}) fixes it.`
          : ''
      ctx.report({
        at: fieldLoc(s.workload, guard),
        message: `The kubelet will refuse to start container "${c.name}": ${verdict.message}. The ${imageClause(facts)}.${hint} ${rule.meta.remediation}`,
        related: userRelated(facts),
        image: facts.ref,
        properties: { kubelet: verdict },
      })
    }
  },
}
export default rule
