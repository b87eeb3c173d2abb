/** Asking whether a file exists (a compose project's optional .env) is not a problem to report. */
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { projectRoot } from '../helpers/shared.js'

it('a compose file without a .env beside it gives no "cannot read" notice', async () => {
  const root = join(projectRoot, '__fixtures__', 'rules', 'readonly-rootfs-write-path', 'fire')
  const result = await scan({ root })
  expect(result.notices.map((n) => n.message)).toEqual([])
  expect(result.identities.find((i) => i.container === 'app')?.build?.dockerfile).toBe('Dockerfile')
})

it('says when root in the container is not root on the node', async () => {
  const root = join(
    projectRoot,
    '__fixtures__',
    'rules',
    'container-runs-as-root',
    'fire-user-namespace-sandbox',
  )
  const result = await scan({ root })
  const row = (name: string) => result.identities.find((i) => i.workload.name === name)!
  expect(row('userns').verdict).toEqual({
    kind: 'runs-as-root',
    message:
      'starts, and runs as root inside a user namespace (hostUsers: false), so unprivileged on the node',
  })
  expect(row('sandboxed').verdict.message).toBe(
    'starts, and runs as root in the sandboxed runtime class gvisor (handler runsc), behind its own kernel',
  )
  expect(row('sandboxed').isolation).toEqual({
    userNamespace: false,
    runtimeClass: { name: 'gvisor', handler: 'runsc' },
  })
  const findings = result.findings.filter((f) => f.ruleId === 'container-runs-as-root')
  expect(findings.map((f) => f.level)).toEqual(['note', 'warning'])
  expect(findings[0].message).toContain('It runs inside a user namespace (hostUsers: false)')
})
