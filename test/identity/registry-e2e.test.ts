/**
 * End to end with a real registry: Deployments run images from a loopback docker-registry
 * under runAsNonRoot, and a Dockerfile builds FROM one of them. The verdicts come from the
 * images' own configs and /etc/passwd.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { runCli } from '../cli/run-cli.js'
import { buildImage, GROUP_BASE, PASSWD_BASE, writeLayout, type ImageSpec } from '../helpers/oci.js'
import { describeRegistry, push, startRegistry, type TestRegistry } from '../helpers/registry.js'

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p))

function write(root: string, files: Record<string, string>) {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true })
    writeFileSync(join(root, p), text)
  }
}

const deployment = (name: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: main
          image: ${image}
`

describeRegistry('who runs as whom with images from a registry', () => {
  let reg: TestRegistry
  let root: string
  const passwd = `${PASSWD_BASE}\napp:x:1000:1000::/home/app:/bin/sh\n`
  const group = `${GROUP_BASE}\napp:x:1000:\n`
  beforeAll(async () => {
    reg = await startRegistry()
    const images: Record<string, ImageSpec> = {
      'acme/numeric:1': { user: '10001', layers: [{ files: { 'etc/passwd': passwd } }] },
      'acme/named:1': {
        user: 'app',
        layers: [{ files: { 'etc/passwd': passwd, 'etc/group': group } }],
      },
      'acme/rootish:1': { layers: [{ files: { 'etc/passwd': passwd } }] },
      // A jupyter-like stack: its user and its uid in ENV, for derived builds' USER ${NB_UID}.
      'acme/stack:1': {
        user: '1000',
        env: ['PATH=/usr/bin:/bin', 'NB_USER=app', 'NB_UID=1000'],
        layers: [{ files: { 'etc/passwd': passwd, 'etc/group': group } }],
      },
    }
    for (const [name, spec] of Object.entries(images)) {
      const dir = tmp('kw-oci-')
      writeLayout(dir, 'tag', buildImage(spec))
      await push(dir, 'tag', `${reg.host}/${name}`)
    }
    root = tmp('kw-repo-')
    write(root, {
      'deploy/numeric.yaml': deployment('numeric', `${reg.host}/acme/numeric:1`),
      'deploy/named.yaml': deployment('named', `${reg.host}/acme/named:1`),
      'deploy/rootish.yaml': deployment('rootish', `${reg.host}/acme/rootish:1`),
      'deploy/built.yaml': deployment('built', 'ghcr.io/acme/built:dev'),
      'built/Dockerfile': `FROM ${reg.host}/acme/numeric:1\nCOPY app /app\n`,
      'deploy/derived.yaml': deployment('derived', 'ghcr.io/acme/derived:dev'),
      'derived/Dockerfile': `FROM ${reg.host}/acme/stack:1\nUSER root\nRUN adduser -S -G app svc\nUSER \${NB_UID}\n`,
      'deploy/service.yaml': deployment('service', 'ghcr.io/acme/service:dev'),
      'service/Dockerfile': `FROM ${reg.host}/acme/stack:1\nUSER root\nRUN addgroup -S svc && adduser -S -G svc svc\nUSER svc\n`,
      'deploy/typo.yaml': deployment('typo', 'ghcr.io/acme/typo:dev'),
      'typo/Dockerfile': `FROM ${reg.host}/acme/stack:1\nUSER \${NB_UDI}\n`,
      '.kube-whoami.yaml': '',
    })
  })
  afterAll(async () => {
    await reg?.stop()
  })

  it('predicts the kubelet for a numeric user, a named user and an image without USER', async () => {
    const result = await scan({
      root,
      registry: { cacheDir: tmp('kw-cache-'), env: {} },
    })
    const row = (name: string) => result.identities.find((i) => i.workload.name === name)!
    expect(row('numeric').verdict).toEqual({
      kind: 'starts',
      message: 'starts (runAsNonRoot verified)',
    })
    expect(row('numeric').user.uidSource).toMatch(
      /^image USER 10001 \(127\.0\.0\.1:\d+\/acme\/numeric@sha256:[a-f0-9]{12}… config User "10001"/,
    )
    expect(row('named').user).toMatchObject({ uid: 1000, gid: 1000, name: 'app' })
    expect(row('named').verdict.kind).toBe('refused')
    expect(row('named').verdict.message).toMatch(/non-numeric user \(app\)/)
    expect(row('rootish').verdict.kind).toBe('refused')
    expect(row('rootish').verdict.message).toMatch(/image will run as root/)
    expect(row('built').build?.dockerfile).toBe('built/Dockerfile')
    expect(row('built').user.uid).toBe(10001)
    expect(row('built').verdict.kind).toBe('starts')
    // The base's ENV from its registry config: USER ${NB_UID} is 1000.
    expect(row('derived').user.uid).toBe(1000)
    expect(row('derived').verdict.kind).toBe('starts')
    // The base's whole /etc/passwd and /etc/group are read: BusyBox's pick is predicted.
    expect(row('service').user.uid).toBe(100)
    expect(row('service').user.uidSource).toMatch(
      /svc is uid 100 in the image, uid 100 predicted from 127\.0\.0\.1:\d+\/acme\/stack:1@sha256:[a-f0-9]{12}… and BusyBox's allocation rule/,
    )
    // With the base's whole ENV known, a variable it lacks is an input problem.
    expect(row('typo').verdict.kind).toBe('unknown')
    expect(
      result.findings.filter((f) => f.ruleId === 'dockerfile-parse-error').map((f) => f.message),
    ).toEqual([
      "USER uses $NB_UDI, which no ARG or ENV of this build defines (nor the base image's ENV): Docker expands it to an empty string (target stage 0)",
    ])
    expect(result.registry?.summary).toBe('4 images: 0 from cache, 4 looked up in 1 registry')
    expect(result.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['runasnonroot-image-user-name', 'runasnonroot-image-root']),
    )
  })

  it('says what a failed lookup costs, and never fails the scan', async () => {
    const port = reg.host.split(':')[1]
    const result = await scan({
      root,
      registry: { cacheDir: null, env: {}, budgetSeconds: 5 },
      paths: ['deploy/numeric.yaml'],
    })
    expect(result.identities[0].verdict.kind).toBe('starts')
    const gone = tmp('kw-repo-')
    write(gone, { 'a.yaml': deployment('a', `127.0.0.1:${port}/acme/missing:1`) })
    const missing = await scan({ root: gone, registry: { cacheDir: null, env: {} } })
    expect(missing.identities[0].verdict.kind).toBe('unknown')
    expect(missing.notices).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(
          /^registry lookup of 127\.0\.0\.1:\d+\/acme\/missing:1 failed \(.*404 not found.*\): the user of container main of Deployment\/a stays unknown$/,
        ),
      }),
    )
  })

  it('the CLI looks up once, then answers from its cache; --offline asks no registry', async () => {
    const cache = tmp('kw-cli-cache-')
    const env = { XDG_CACHE_HOME: cache, KUBE_WHOAMI_OFFLINE: '' }
    const cold = await runCli(['scan', '--fail-on', 'none', '-f', 'json'], root, env)
    expect(cold.stderr).toBe('kube-whoami: 4 images: 0 from cache, 4 looked up in 1 registry\n')
    const warm = await runCli(['scan', '--fail-on', 'none', '-f', 'json'], root, env)
    expect(warm.stderr).toBe('kube-whoami: 4 images: 4 from cache, 0 looked up in 0 registries\n')
    expect(JSON.parse(warm.stdout).identities).toEqual(JSON.parse(cold.stdout).identities)
    const offline = await runCli(['scan', '--offline', '--fail-on', 'none', '-f', 'json'], root, {
      ...env,
      XDG_CACHE_HOME: tmp('kw-empty-cache-'),
    })
    // No registry line; the notes say which users stay unknown without the bases' ENV.
    expect(offline.stderr).not.toMatch(/images:/)
    expect(offline.stderr).toContain(
      'derived/Dockerfile:4 (target stage 0): USER uses $NB_UID, which this Dockerfile does not define',
    )
    const numeric = JSON.parse(offline.stdout).identities.find(
      (i: { workload: { name: string } }) => i.workload.name === 'numeric',
    )
    expect(numeric.verdict.kind).toBe('unknown')
  })
})
