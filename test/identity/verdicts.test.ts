import { describe, expect, it } from 'vitest'
import { scanRepo } from '../docker/helpers.js'

// podinfo's Dockerfile: the account is created by BusyBox adduser without a fixed id.
const dockerfile = `FROM alpine:3.20
RUN addgroup -S app && adduser -S -G app app
USER app
EXPOSE 80
`

const deployment = (name: string, securityContext: string, ports = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: ${name}
          image: ghcr.io/acme/web:1.0
${securityContext ? `          securityContext: ${securityContext}\n` : ''}${ports}`

describe('an account the build creates without a fixed id', () => {
  it('is known not to be root though its uid is not known', async () => {
    const r = await scanRepo({
      'web/Dockerfile': dockerfile,
      'deploy/plain.yaml': deployment('plain', ''),
      'deploy/guarded.yaml': deployment('guarded', '{ runAsNonRoot: true }'),
      'deploy/pinned.yaml': deployment('pinned', '{ runAsNonRoot: true, runAsUser: 1000 }'),
    })
    const row = (name: string) => r.identities.find((i) => i.workload.name === name)!
    expect(row('plain').build?.dockerfile).toBe('web/Dockerfile')
    expect(row('plain').verdict).toEqual({
      kind: 'starts',
      message: 'starts, as app (a non-root account whose uid the build picks)',
    })
    expect(row('plain').user.display).toBe('app')
    expect(row('plain').user.uidSource).toContain(
      'app is created by adduser (busybox) at line 2 without a fixed id: the tool picks a free non-zero id, so not root',
    )
    // The kubelet cannot check a name: runAsNonRoot without runAsUser refuses it.
    expect(row('guarded').verdict.kind).toBe('refused')
    expect(row('pinned').verdict).toMatchObject({ kind: 'starts', message: expect.any(String) })
    expect(row('pinned').user.uid).toBe(1000)
  })

  it('is a non-root user for the privileged-port rule', async () => {
    const r = await scanRepo({
      'web/Dockerfile': dockerfile,
      'deploy/web.yaml': deployment('web', '', '          ports: [{ containerPort: 80 }]\n'),
    })
    const f = r.findings.filter((x) => x.ruleId === 'privileged-port-non-root')
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain(
      'runs as app (a non-root account whose uid the build picks) and listens on port 80',
    )
  })

  it('stays unknown when the name is not created by the build', async () => {
    const r = await scanRepo({
      'web/Dockerfile': 'FROM ghcr.io/acme/base:1\nUSER app\n',
      'deploy/web.yaml': deployment('web', ''),
    })
    expect(r.identities[0].verdict).toEqual({
      kind: 'unknown',
      message: 'starts; the user is unknown',
    })
  })

  it('is known for Compose services too', async () => {
    const r = await scanRepo({
      'web/Dockerfile': dockerfile,
      'compose.yaml': 'services:\n  web:\n    build: ./web\n',
    })
    const web = r.identities.find((i) => i.runtime === 'docker')!
    expect(web.verdict.kind).toBe('starts')
    expect(r.findings.map((f) => f.ruleId)).toContain('docker-no-new-privileges')
  })

  it('is found for a docker run whose tag nothing here sets', async () => {
    const r = await scanRepo({
      'web/Dockerfile': dockerfile,
      Makefile: `VERSION := $(shell git describe --tags)
build:
\tdocker build -t acme/web:$(VERSION) web
run:
\tdocker run --rm acme/web:$(VERSION)
`,
    })
    const run = r.identities.find((i) => i.runtime === 'docker')!
    expect(run.image).toMatch(/^acme\/web:\$\{shell git describe/)
    expect(run.build?.dockerfile).toBe('web/Dockerfile')
    expect(run.verdict.kind).toBe('starts')
  })
})
