import type { DockerfileRule } from '../types.js'
import { isWindowsImage, targetLabel } from './target.js'

/**
 * USER by name: the kubelet never resolves names, so with runAsNonRoot: true and no
 * runAsUser it refuses the container ("image has non-numeric user (NAME), cannot
 * verify user is non-root"). A numeric USER is verifiable.
 */
const rule: DockerfileRule = {
  id: 'dockerfile-user-name',
  scope: 'dockerfile',
  meta: {
    title: 'USER is a name, not a number',
    description:
      'The USER in force for the build target is an account name. The kubelet cannot verify a name is not root: a pod with runAsNonRoot: true and no runAsUser is refused with "container has runAsNonRoot and image has non-numeric user (NAME), cannot verify user is non-root". A numeric USER works everywhere.',
    severity: 'warning',
    securitySeverity: 3.0,
    tags: ['kubernetes', 'dockerfile', 'user'],
    precision: 'very-high',
    remediation: 'Write the uid (and gid) instead of the name, for example `USER 10001:10001`.',
  },
  check(ctx, s) {
    const eu = s.image.effectiveUser
    const o = eu.origin
    if (o.kind !== 'dockerfile' || eu.raw === null || isWindowsImage(s)) return
    const name = eu.kubelet?.username
    // Root is dockerfile-user-root's finding; '' means no user at all.
    if (!name || name === 'root' || eu.resolvedUid === 0) return
    const numeric =
      eu.resolvedUid !== undefined
        ? ` Use \`USER ${eu.resolvedUid}${eu.resolvedGid !== undefined ? `:${eu.resolvedGid}` : ''}\` (${name}'s ids in this image).`
        : ` The uid of "${name}" is not known from the Dockerfile; pin it (useradd -u / adduser -u) and write that number.`
    ctx.report({
      message: `USER ${eu.written ?? eu.raw} of the ${targetLabel(s)} is a name: with runAsNonRoot: true and no runAsUser the kubelet refuses to start the container, because it cannot verify that "${name}" is not root.${numeric}`,
      at: o.range,
      properties: {
        user: eu.raw,
        ...(eu.resolvedUid !== undefined ? { uid: eu.resolvedUid } : {}),
      },
    })
  },
}
export default rule
