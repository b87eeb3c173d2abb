import { verifyRunAsNonRoot } from '../../k8s/kubelet.js'
import type { ImagePodRule } from '../types.js'
import { fieldLoc, KUBELET_TAGS } from './describe.js'

const rule: ImagePodRule = {
  id: 'runasnonroot-runasuser-zero',
  scope: 'image-pod',
  meta: {
    title: 'runAsNonRoot together with runAsUser: 0: the kubelet will not start the container',
    description:
      'The effective securityContext (container fields over pod fields, one by one) has runAsNonRoot: true and runAsUser: 0. API validation does not catch the contradiction; the kubelet refuses to create the container ("container\'s runAsUser breaks non-root policy"). Precedence is per field: a pod runAsUser: 0 with a container runAsNonRoot: true fails too.',
    severity: 'error',
    securitySeverity: 8.0,
    tags: KUBELET_TAGS,
    precision: 'very-high',
    remediation:
      "Set runAsUser to a non-zero uid, or remove it so that the image's numeric USER applies.",
  },
  check(ctx, s) {
    if (s.workload.pod.os === 'windows') return
    for (const { container: c } of s.containers) {
      const guard = c.effective.runAsNonRoot
      const user = c.effective.runAsUser
      if (guard?.value !== true || user?.value !== 0) continue
      const verdict = verifyRunAsNonRoot({ runAsNonRoot: true, runAsUser: 0 }, {})
      const where = (f: { from: string }) =>
        f.from === 'pod' ? 'the pod' : `container "${c.name}"`
      ctx.report({
        at: fieldLoc(s.workload, user),
        message: `The kubelet will refuse to start container "${c.name}": ${verdict.message}. runAsUser: 0 comes from ${where(user)} and runAsNonRoot: true from ${where(guard)}. ${rule.meta.remediation}`,
        related: [
          { at: fieldLoc(s.workload, guard), message: `runAsNonRoot: true (${where(guard)})` },
        ],
        properties: { kubelet: verdict },
      })
    }
  },
}
export default rule
