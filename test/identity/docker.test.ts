import { describe, expect, it } from 'vitest'
import { identitiesTable } from '../../src/report/identities.js'
import { renderSummary } from '../../src/report/github/summary.js'
import { toJson } from '../../src/report/json.js'
import { scanRepo } from '../docker/helpers.js'

const repo = {
  'app/Dockerfile': `FROM alpine:3.20
RUN addgroup -g 10001 app && adduser -D -u 10001 -G app app
USER app
EXPOSE 8080
`,
  'compose.yaml': `services:
  app:
    build: ./app
  admin:
    build: ./app
    user: root
  worker:
    build: ./app
    user: builder
  db:
    image: postgres:16
  tool:
    image: ghcr.io/acme/tool:1
    user: "4242"
`,
  'deploy/web.yaml': `apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  containers:
    - name: web
      image: nginx:1.27
`,
}

describe('who runs as whom, for containers Docker starts', () => {
  it('combines user:/--user with the image user, and says when Docker refuses to start', async () => {
    const r = await scanRepo(repo)
    const rows = r.identities
      .filter((i) => i.runtime === 'docker')
      .map((i) => [i.workload.name, i.image, i.user.display, i.verdict.kind])
    expect(rows).toEqual([
      ['app', expect.stringMatching(/-app$/), '10001:10001', 'starts'],
      ['admin', expect.stringMatching(/-admin$/), '0:0 (root)', 'runs-as-root'],
      ['worker', expect.stringMatching(/-worker$/), 'builder', 'refused'],
      ['db', 'postgres:16', '0:0 (root)', 'runs-as-root'],
      ['tool', 'ghcr.io/acme/tool:1', '4242', 'starts'],
    ])
    const app = r.identities.find((i) => i.workload.name === 'app')!
    expect(app.user.uidSource).toBe(
      'image USER app (USER app at line 3) (app is uid 10001 in the image)',
    )
    expect(app.build).toMatchObject({ dockerfile: 'app/Dockerfile', confidence: 'high' })
    const worker = r.identities.find((i) => i.workload.name === 'worker')!
    expect(worker.verdict.message).toBe(
      'Docker refuses to start it: unable to find user builder: no matching entries in passwd file',
    )
  })

  it('keeps Kubernetes rows as they were, and lists Docker rows in their own table', async () => {
    const r = await scanRepo(repo)
    const kube = r.identities.filter((i) => i.runtime === undefined)
    expect(kube).toHaveLength(1)
    expect(kube[0]).not.toHaveProperty('docker')
    const text = identitiesTable(r.identities)
    expect(text).toMatch(
      /^Who runs as whom\n {2}WORKLOAD +CONTAINER +IMAGE +BUILT FROM +USER +KUBELET\n {2}Pod\/web +web +nginx:1\.27/,
    )
    expect(text).toContain('Who runs as whom (Docker, Compose, workflow jobs)')
    expect(text).toMatch(
      /compose\.yaml service worker \(compose\.yaml:7\): Docker refuses to start it/,
    )
    const json = JSON.parse(toJson(r))
    expect(
      json.identities.filter((i: { runtime?: string }) => i.runtime === 'docker'),
    ).toHaveLength(5)
    const summary = renderSummary({
      findings: r.findings,
      rule: () => undefined,
      identities: r.identities,
      notices: [],
      outcome: { failOn: 'error', failing: { error: 0, warning: 0, note: 0 } },
      policy: 'restricted:latest',
      stats: { files: 1, workloads: 1, durationMs: 1 },
      delivery: [],
      repoPath: (f) => f,
      links: { lines: (f, s) => `https://x/${f}#L${s}` },
    })
    expect(summary).toContain('#### Docker, Compose and workflow jobs')
    expect(summary).toContain('| Started by | Image | Built from | User | Docker | Host access |')
    expect(summary).toContain('❌ fails to start: Docker refuses to start it')
  })
})
