import { isNoNewPrivileges } from '../../docker/syntax.js'
import type { DockerRule } from '../types.js'
import { DOCKER_TAGS } from './describe.js'

const rule: DockerRule = {
  id: 'docker-no-new-privileges',
  scope: 'docker',
  meta: {
    title: 'Non-root container can regain privileges through setuid binaries',
    description:
      'A container that runs as a non-root user without `no-new-privileges` in its security options (`security_opt: [no-new-privileges:true]`, `--security-opt no-new-privileges`). A setuid or file-capability binary in the image (su, sudo, ping, newgrp…) can then raise the process back to root or to capabilities it was not started with. With no_new_privs set, execve never grants more privileges. Root containers are not reported (they have nothing to regain), nor privileged ones (docker-privileged reports those), nor containers whose user is unknown. The daemon can set it for every container (`"no-new-privileges": true` in daemon.json); the rule cannot see that.',
    severity: 'note',
    securitySeverity: 3.0,
    tags: DOCKER_TAGS,
    precision: 'medium',
    remediation:
      'Add no-new-privileges:true to security_opt (or --security-opt no-new-privileges to the command).',
  },
  check(ctx, { container: c, user }) {
    if (user.uid === undefined || user.uid === 0 || c.privileged?.value) return
    if (c.securityOpt.some((s) => s.unresolved || isNoNewPrivileges(s.value))) return
    const how =
      c.origin === 'compose'
        ? 'its security_opt has no no-new-privileges:true'
        : c.origin === 'run'
          ? 'the command has no --security-opt no-new-privileges'
          : 'its options have no --security-opt no-new-privileges'
    ctx.report({
      at: c.anchor,
      message: `${c.where} runs as uid ${user.uid}, and ${how}: a setuid binary in the image can take the process back to root. ${rule.meta.remediation}`,
      key: 'no-new-privileges',
    })
  },
}
export default rule
