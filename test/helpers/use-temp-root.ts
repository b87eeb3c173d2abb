// Points os.tmpdir() of this test worker at the run's temporary folder (see temp-root.ts),
// and keeps registry lookups off the network: the CLI and the action answer image facts from
// the (empty, per-run) lookup cache and the shipped table only. Suites that test lookups
// point scan() at a loopback registry explicitly.
import { join } from 'node:path'
import { inject } from 'vitest'

const root = inject('tempRoot')
process.env.TMPDIR = root
process.env.KUBE_WHOAMI_OFFLINE = '1'
process.env.XDG_CACHE_HOME = join(root, 'cache')
process.env.DOCKER_CONFIG = join(root, 'docker-config')
