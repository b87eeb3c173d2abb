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
