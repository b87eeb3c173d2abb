import { containerAnchor } from '../../k8s/workload.js'
import { rootContext } from '../../identity/isolation.js'
import type { ImagePodRule } from '../types.js'
import { imageClause, userRelated } from './describe.js'

const rule: ImagePodRule = {
  id: 'container-runs-as-root',
  scope: 'image-pod',
  meta: {
    title: 'Container will run as root',
    description:
      'Nothing guards against root (no effective runAsNonRoot: true) and the image runs as uid 0: it sets no USER (the kubelet and the runtime then use root), USER 0, or a name that is uid 0. A compromise of the process is then root in the container, one kernel bug from root on the node. Explicit runAsUser: 0 is reported by pss-run-as-user instead.',
    severity: 'warning',
    securitySeverity: 6.5,
    tags: ['kubernetes', 'security'],
    precision: 'high',
    remediation:
      'Give the image a numeric non-root USER (or set runAsUser), and set runAsNonRoot: true so the kubelet enforces it.',
  },
  check(ctx, s) {
    if (s.workload.pod.os === 'windows') return
    for (const { container: c, facts, user } of s.containers) {
      if (c.effective.runAsNonRoot?.value === true || c.effective.runAsUser) continue
      if (!facts || facts.user === null || user.uid !== 0) continue
      // An entrypoint that switches users itself (gosu, su-exec) does not run when the
      // container's command replaces it.
      const dropsTo = facts.model ? undefined : facts.baseFact?.dropsTo
      const replaced =
        dropsTo && c.spec.command !== undefined
          ? ` The container's command replaces the image's entrypoint, so its switch to ${dropsTo} does not happen either.`
          : ''
      // Root that is not root on the node still reads and writes as root in the container:
      // said, and a user namespace makes it a note.
      const where = rootContext(s.isolation)
      const context = where ? ` It runs ${where}.` : ''
      ctx.report({
        at: containerAnchor(s.workload, c),
        ...(s.isolation.userNamespace ? { level: 'note' as const } : {}),
        message: `Container "${c.name}" will run as root: the ${imageClause(facts)}, and the pod sets neither runAsUser nor runAsNonRoot.${replaced}${context} ${rule.meta.remediation}`,
        related: userRelated(facts),
        image: facts.ref,
      })
    }
  },
}
export default rule
