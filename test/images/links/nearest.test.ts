/**
 * Several builds claim one image (each kubebuilder project of a monorepo builds
 * `controller:latest` from its own Dockerfile): the workload takes the build nearest to it in
 * the tree, when one is nearer than the others; otherwise the claims stay unsettled.
 */
import { expect, it } from 'vitest'
import { scanRepo } from '../../docker/helpers.js'

const project = (uid: number) => ({
  Makefile: 'IMG ?= controller:latest\ndocker-build:\n\tdocker build -t ${IMG} .\n',
  Dockerfile: `FROM gcr.io/distroless/static:nonroot\nUSER ${uid}:${uid}\n`,
  'config/manager/manager.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: { name: controller-manager }
spec:
  selector: { matchLabels: { app: m } }
  template:
    metadata: { labels: { app: m } }
    spec:
      securityContext: { runAsNonRoot: true }
      containers:
        - name: manager
          image: controller:latest
`,
})

function monorepo(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [dir, uid] of [
    ['operators/alpha', 1001],
    ['operators/beta', 1002],
  ] as const)
    for (const [rel, text] of Object.entries(project(uid))) files[`${dir}/${rel}`] = text
  // A manifest beside neither project: no build is nearer than the other.
  files['deploy/all.yaml'] = project(0)['config/manager/manager.yaml']
  return files
}

it('takes the build of the project the workload belongs to', async () => {
  const r = await scanRepo(monorepo())
  const at = (file: string) => r.identities.find((i) => i.workload.range.file === file)!
  const alpha = at('operators/alpha/config/manager/manager.yaml')
  expect(alpha.user.uid).toBe(1001)
  expect(alpha.verdict.kind).toBe('starts')
  expect(alpha.build).toMatchObject({ dockerfile: 'operators/alpha/Dockerfile', confidence: 'low' })
  expect(alpha.build?.evidence).toBe(
    'operators/alpha/Makefile target docker-build: docker build -t controller:latest builds operators/alpha/Dockerfile; of the 2 builds that claim docker.io/library/controller, it is the one in operators/alpha/, beside operators/alpha/config/manager/manager.yaml (low confidence)',
  )
  expect(at('operators/beta/config/manager/manager.yaml').user.uid).toBe(1002)
})

it('leaves the claims unsettled, with the notice, where no build is nearer', async () => {
  const r = await scanRepo(monorepo())
  const all = r.identities.find((i) => i.workload.range.file === 'deploy/all.yaml')!
  expect(all.build).toBeUndefined()
  expect(all.verdict.kind).toBe('unknown')
  expect(r.notices.map((n) => n.message)).toContainEqual(
    expect.stringMatching(/^image docker\.io\/library\/controller is claimed by 2 builds: /),
  )
})
