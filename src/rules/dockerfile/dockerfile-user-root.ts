import type { DockerfileRule } from '../types.js'
import { isArtifactOnly, isWindowsImage, targetFrom, targetLabel } from './target.js'

/**
 * The built image runs as root: its USER in force is 0 / root (or a name the file
 * maps to uid 0), or it has no USER in its whole build chain and the base image
 * runs as root. An unknown base image is never assumed to be root.
 */
const rule: DockerfileRule = {
  id: 'dockerfile-user-root',
  scope: 'dockerfile',
  meta: {
    title: 'The image runs as root',
    description:
      'The build target ends with USER 0 or USER root, or has no USER instruction anywhere in its build chain while its base image runs as root (a FROM scratch target with no ENTRYPOINT or CMD holds files for other builds and is not reported). Every container started from it runs as root unless the pod sets runAsUser, and with runAsNonRoot: true the kubelet refuses to start it.',
    severity: 'warning',
    securitySeverity: 6.0,
    tags: ['security', 'dockerfile', 'user'],
    precision: 'high',
    remediation:
      'Create an unprivileged account and end the target stage with a numeric USER (for example `USER 10001:10001`).',
  },
  check(ctx, s) {
    const eu = s.image.effectiveUser
    if (eu.raw === null || isWindowsImage(s) || isArtifactOnly(s)) return
    const root =
      eu.kubelet?.uid === 0 || eu.name === 'root' || (eu.name !== undefined && eu.resolvedUid === 0)
    if (!root) return
    const target = targetLabel(s)
    const o = eu.origin
    if (o.kind === 'dockerfile') {
      const how =
        eu.name !== undefined && eu.name !== 'root' ? ` (${eu.name} has uid 0 in this image)` : ''
      const where = o.inherited ? `, inherited from stage ${o.stage.name ?? o.stage.index},` : ''
      ctx.report({
        message: `The ${target} runs as root: USER ${eu.written ?? eu.raw}${how}${where} is the last USER of its build chain.`,
        at: o.range,
        related: o.inherited
          ? [{ at: targetFrom(s), message: 'the target stage, which sets no USER of its own' }]
          : [],
      })
      return
    }
    if (o.kind !== 'base-image') return
    const drops = o.fact?.dropsTo
      ? ` (its entrypoint switches to ${o.fact.dropsTo} itself; the container still starts as root)`
      : ''
    const from = targetFrom(s)
    const base = s.image.baseImage.range
    ctx.report({
      message: `The ${target} runs as root: no USER instruction in its build chain, and the base image ${o.image} runs as root${drops}.`,
      at: from,
      related:
        base.startLine !== from.startLine
          ? [{ at: base, message: `the base image ${o.image}, which sets no non-root USER` }]
          : [],
    })
  },
}
export default rule
