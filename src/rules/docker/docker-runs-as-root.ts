import { imageClause, userRelated } from '../image-pod/describe.js'
import type { DockerRule } from '../types.js'
import { DOCKER_TAGS, said } from './describe.js'

const rule: DockerRule = {
  id: 'docker-runs-as-root',
  scope: 'docker',
  meta: {
    title: 'Container runs as root',
    description:
      'A Compose service, `docker run` line or workflow job container whose process runs as uid 0: no `user:`/`--user` and an image that runs as root (no USER, USER 0, or a name that is uid 0 in it), or a `user:`/`--user` that says root. Only images whose user kube-whoami knows are judged (a Dockerfile in the repository, or a well-known image); unknown images are never guessed. An official image whose entrypoint switches to another user (postgres, redis…) is reported as a note, since only its entrypoint runs as root, unless the entrypoint is replaced.',
    severity: 'warning',
    securitySeverity: 6.5,
    tags: DOCKER_TAGS,
    precision: 'high',
    remediation:
      'Give the image a numeric non-root USER, or set user: / --user to a non-root uid:gid that owns what the process writes.',
  },
  check(ctx, { container: c, facts, user }) {
    if (user.uid !== 0) return
    if (user.explicit && c.user) {
      ctx.report({
        at: c.user.range,
        message: `${c.where}: ${said(c.user)} runs the container as root: a compromise of its process is root in the container, and one kernel bug or mounted socket from root on the host. ${rule.meta.remediation}`,
        key: 'user',
      })
      return
    }
    if (!facts || facts.user === null) return
    const flag = c.origin === 'compose' ? 'no user: key' : 'no --user'
    const dropsTo = facts.model ? undefined : facts.baseFact?.dropsTo
    if (dropsTo && !c.entrypoint) {
      ctx.report({
        at: c.anchor,
        message: `${c.where} starts as root (${flag}, and the ${imageClause(facts)}); the image's entrypoint then switches to ${dropsTo}, so only the entrypoint runs as root. Setting user: / --user skips the switch and the root phase.`,
        related: userRelated(facts),
        image: facts.ref,
        key: 'user',
        level: 'note',
      })
      return
    }
    ctx.report({
      at: c.anchor,
      message: `${c.where} runs as root: ${flag}, and the ${imageClause(facts)}. ${rule.meta.remediation}`,
      related: userRelated(facts),
      image: facts.ref,
      key: 'user',
    })
  },
}
export default rule
