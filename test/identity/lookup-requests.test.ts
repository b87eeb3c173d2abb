/**
 * Which images a scan asks registries about: the images containers run that no build here
 * explains, and the external bases of the Dockerfiles built — never an image a build here
 * claims (even when several do), a base built here, or a reference holding variables.
 */
import { expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { writeRepo } from '../docker/helpers.js'

const pod = (name: string, images: string[]) => `apiVersion: v1
kind: Pod
metadata: { name: ${name} }
spec:
  containers:
${images.map((img, i) => `    - name: c${i}\n      image: ${img}`).join('\n')}
`

it('asks about what no build here explains, and nothing else', async () => {
  const root = writeRepo({
    Makefile: `build:
\tdocker build -t ghcr.io/acme/api services/api
\tdocker build -t ghcr.io/acme/base images/base
\tdocker build -t ghcr.io/acme/dup one
\tdocker build -t ghcr.io/acme/dup two
`,
    'services/api/Dockerfile': 'FROM ghcr.io/acme/base\nUSER 1000\n',
    'images/base/Dockerfile': 'FROM quay.io/vendor/runtime:2\nRUN adduser -D app\n',
    'one/Dockerfile': 'FROM scratch\n',
    'two/Dockerfile': 'FROM scratch\n',
    'deploy/pods.yaml': pod('p', [
      'ghcr.io/acme/api:1',
      'ghcr.io/acme/dup:1',
      'busybox:1.36',
      'registry.k8s.io/kubectl:v1.31.0',
      '${IMAGE}',
    ]),
    'compose.yaml': 'services:\n  cache:\n    image: redis:7\n',
  })
  const r = await scan({ root, registry: { offline: true, cacheDir: null } })
  expect(r.registry?.refs.sort()).toEqual([
    'busybox:1.36',
    'quay.io/vendor/runtime:2',
    'redis:7',
    'registry.k8s.io/kubectl:v1.31.0',
  ])
})
