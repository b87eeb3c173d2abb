import { knownAccounts } from '../../identity/known-accounts.js'
import type { DockerfileRule } from '../types.js'
import { isWindowsImage, targetLabel } from './target.js'

/**
 * USER NAME[:GROUP] with a name that neither the Dockerfile creates nor the base image
 * has. Docker and containerd fail to start the container: "unable to find user NAME:
 * no matching entries in passwd file". Only reported when nothing in the build chain
 * can add accounts out of the model's sight (package installs, scripts, files copied
 * into /etc) and the base image's accounts are known.
 */
const rule: DockerfileRule = {
  id: 'dockerfile-user-undefined',
  scope: 'dockerfile',
  meta: {
    title: 'USER names an account that does not exist in the image',
    description:
      'The USER in force names a user (or group) that is not created in the Dockerfile and does not exist in the base image. The runtime cannot resolve it and the container fails to start with "unable to find user NAME: no matching entries in passwd file".',
    severity: 'error',
    securitySeverity: 2.0,
    tags: ['correctness', 'dockerfile', 'user'],
    precision: 'high',
    remediation:
      'Create the account before the USER line (useradd/adduser with a pinned uid), fix the name, or use a numeric uid.',
  },
  check(ctx, s) {
    const eu = s.image.effectiveUser
    const o = eu.origin
    if (o.kind !== 'dockerfile' || eu.raw === null || isWindowsImage(s)) return
    if (eu.name === undefined && eu.group === undefined) return
    const known = knownAccounts(s.image)
    if (!known) return
    const scratch = known.base.toLowerCase() === 'scratch'
    const from = scratch
      ? 'FROM scratch has no /etc/passwd at all'
      : `the base image ${known.base} does not have it`
    if (eu.name !== undefined && !known.users.has(eu.name)) {
      ctx.report({
        message: `USER ${eu.written ?? eu.raw} of the ${targetLabel(s)}: no account "${eu.name}" exists in the image (it is not created in the Dockerfile, and ${from}). The container fails to start: "unable to find user ${eu.name}: no matching entries in passwd file".`,
        at: o.range,
        related: [{ at: s.image.baseImage.range, message: `base image ${known.base}` }],
      })
      return
    }
    if (eu.group !== undefined && !known.groups.has(eu.group)) {
      ctx.report({
        message: `USER ${eu.written ?? eu.raw} of the ${targetLabel(s)}: no group "${eu.group}" exists in the image (it is not created in the Dockerfile, and ${scratch ? 'FROM scratch has no /etc/group' : `the base image ${known.base} does not have it`}). The container fails to start: "unable to find group ${eu.group}: no matching entries in group file".`,
        at: o.range,
        related: [{ at: s.image.baseImage.range, message: `base image ${known.base}` }],
      })
    }
  },
}
export default rule
