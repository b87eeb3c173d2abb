import type { DockerRule } from '../types.js'
import { said } from './describe.js'

const rule: DockerRule = {
  id: 'docker-user-undefined',
  scope: 'docker',
  meta: {
    title: 'Container runs as a user the image does not have',
    description:
      "A Compose `user:`, a `--user`/`-u` flag or a workflow job container's `--user` option names a user (or group) by name that the image does not define: Docker looks names up in the image's /etc/passwd and /etc/group when it creates the container and refuses to start it (\"unable to find user NAME: no matching entries in passwd file\"). Only images built in the repository whose accounts the model knows completely are judged (nothing in the build installs packages or copies files that may add accounts, and the base image's stock accounts are known).",
    severity: 'error',
    securitySeverity: 2.0,
    tags: ['correctness', 'docker', 'compose', 'user'],
    precision: 'high',
    remediation:
      'Use a numeric uid (which needs no entry), fix the name, or create the account in the Dockerfile.',
  },
  check(ctx, { container: c, user, facts }) {
    const m = user.missing
    if (!m || !c.user || !user.explicit) return
    const file = m.kind === 'user' ? 'passwd' : 'group'
    const link = facts?.resolution.link
    ctx.report({
      at: c.user.range,
      message: `${c.where}: ${said(c.user)} names ${m.kind} "${m.name}", which the image ${c.image?.value ?? c.builtImage ?? ''}${link ? ` (built from ${link.dockerfile})` : ''} does not have: neither its Dockerfile nor its base image ${m.base} creates it. Docker refuses to start the container: "unable to find ${m.kind} ${m.name}: no matching entries in ${file} file". ${rule.meta.remediation}`,
      related: facts?.model
        ? [{ at: facts.model.baseImage.range, message: `base image ${m.base}` }]
        : [],
      key: `user=${c.user.value}`,
    })
  },
}
export default rule
