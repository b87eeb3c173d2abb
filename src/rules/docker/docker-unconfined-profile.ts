import { unconfinedOption } from '../../docker/syntax.js'
import type { DockerRule } from '../types.js'
import { DOCKER_TAGS, keyOf, said } from './describe.js'

const rule: DockerRule = {
  id: 'docker-unconfined-profile',
  scope: 'docker',
  meta: {
    title: 'Container runs without seccomp, AppArmor or SELinux confinement',
    description:
      "A security option that switches a confinement off: `seccomp=unconfined` (every system call allowed, including those the default profile blocks such as mount, unshare, keyctl and bpf), `apparmor=unconfined`, `label=disable` (SELinux), `systempaths=unconfined` (the /proc and /sys paths Docker masks become readable and writable) or Podman's `unmask=`. The colon form (`seccomp:unconfined`) is read the same way.",
    severity: 'error',
    securitySeverity: 7.0,
    tags: DOCKER_TAGS,
    precision: 'very-high',
    remediation:
      'Remove the option; when a system call is missing, use a custom seccomp profile that adds only that one (seccomp=profile.json).',
  },
  check(ctx, { container: c }) {
    for (const s of c.securityOpt) {
      if (s.unresolved) continue
      const off = unconfinedOption(s.value)
      if (!off) continue
      ctx.report({
        at: s.range,
        message: `${c.where}: ${said(s)} switches off ${off}, one of the layers that keeps a process in the container from the host's kernel. ${rule.meta.remediation}`,
        key: keyOf(s),
      })
    }
  },
}
export default rule
