/**
 * The report order: within a level, containers the kubelet will refuse, then containers
 * running as root, then baseline violations, then the rest, then restricted hardening; then
 * security severity, then place. And the kubelet's verdict is never ranked below hardening
 * advice by severity.
 */
import { describe, expect, it } from 'vitest'
import { impactOf, rankFindings } from '../../src/report/rank.js'
import { RULES } from '../../src/rules/index.js'
import { finding } from './github/findings.js'

describe('ranking by impact', () => {
  it('orders refusals, root, baseline violations, the rest, then restricted hardening within a level, not by file', () => {
    const list = [
      finding('pss-seccomp-restricted', 'warning', 'a.yaml', 1, {
        properties: { pss: { level: 'restricted' } },
      }),
      finding('pss-privileged', 'error', 'a.yaml', 2, {
        properties: { pss: { level: 'baseline' } },
      }),
      finding('container-runs-as-root', 'warning', 'z.yaml', 3),
      finding('helm-render-error', 'error', 'a.yaml', 1),
      finding('runasnonroot-image-root', 'error', 'z.yaml', 9),
      finding('privileged-port-non-root', 'warning', 'z.yaml', 4),
    ]
    // What fails at run time (a port below 1024 for a non-root user, security severity 2.0)
    // before the hardening only restricted asks for (5.0).
    expect(rankFindings(list).map((f) => f.ruleId)).toEqual([
      'runasnonroot-image-root',
      'pss-privileged',
      'helm-render-error',
      'container-runs-as-root',
      'privileged-port-non-root',
      'pss-seccomp-restricted',
    ])
    expect(list.map(impactOf)).toEqual([
      'hardening',
      'baseline',
      'root',
      'other',
      'refused',
      'other',
    ])
  })

  it('ranks the rules about containers Docker starts like their Kubernetes counterparts', () => {
    const list = [
      finding('docker-no-new-privileges', 'note', 'compose.yaml', 1),
      finding('docker-socket-mount', 'error', 'compose.yaml', 2),
      finding('docker-runs-as-root', 'warning', 'compose.yaml', 3),
      finding('docker-user-undefined', 'error', 'compose.yaml', 4),
      finding('docker-capabilities', 'warning', 'compose.yaml', 5),
    ]
    expect(list.map(impactOf)).toEqual(['other', 'baseline', 'root', 'refused', 'baseline'])
    expect(rankFindings(list).map((f) => f.ruleId)).toEqual([
      'docker-user-undefined',
      'docker-socket-mount',
      'docker-runs-as-root',
      'docker-capabilities',
      'docker-no-new-privileges',
    ])
    // Every docker-* rule has an impact on purpose: a new one must be placed here too.
    const docker = RULES.filter((r) => r.id.startsWith('docker-')).map((r) => r.id)
    expect(docker).toHaveLength(10)
    const placed = docker.map((id) => [id, impactOf(finding(id, 'error', 'c.yaml', 1))])
    expect(Object.fromEntries(placed)).toEqual({
      'docker-capabilities': 'baseline',
      'docker-host-namespaces': 'baseline',
      'docker-host-root-mount': 'baseline',
      'docker-no-new-privileges': 'other',
      'docker-privileged': 'baseline',
      'docker-privileged-port-non-root': 'other',
      'docker-runs-as-root': 'root',
      'docker-socket-mount': 'baseline',
      'docker-unconfined-profile': 'baseline',
      'docker-user-undefined': 'refused',
    })
  })

  it('gives the kubelet refusals a security severity no lower than any warning-level rule', () => {
    const warnings = RULES.filter((r) => r.meta.severity === 'warning')
    const highest = Math.max(...warnings.map((r) => r.meta.securitySeverity))
    const refusals = RULES.filter((r) => r.id.startsWith('runasnonroot-'))
    expect(refusals).toHaveLength(4)
    for (const r of refusals) expect(r.meta.securitySeverity).toBeGreaterThanOrEqual(highest)
  })
})
