/** Wording of container-runs-as-root when the image's entrypoint would switch users itself. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { scan } from '../../../src/scan.js'

it('says the entrypoint switch does not happen when the command replaces the entrypoint', async () => {
  const root = mkdtempSync(join(tmpdir(), 'kw-root-'))
  writeFileSync(
    join(root, 'pod.yaml'),
    `apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
    - name: own-command
      image: redis:7
      command: [redis-server, /etc/redis/redis.conf]
    - name: entrypoint
      image: redis:7
`,
  )
  const result = await scan({ root })
  const messages = Object.fromEntries(
    result.findings
      .filter((f) => f.ruleId === 'container-runs-as-root')
      .map((f) => [f.message.match(/^Container "([^"]+)"/)![1], f.message]),
  )
  expect(messages['own-command']).toContain(
    "The container's command replaces the image's entrypoint, so its switch to redis does not happen either.",
  )
  expect(messages.entrypoint).toContain('(its entrypoint then switches to redis)')
  expect(messages.entrypoint).not.toContain('replaces the image')
})
