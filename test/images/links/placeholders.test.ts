/**
 * Image names written with a placeholder registry or owner (`YOUR_ALIAS/`, `registry.example/`)
 * are matched on their last path segment against Dockerfile folders, with low confidence and
 * said so; `init` never writes a placeholder where the evidence names a Dockerfile.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { placeholderName } from '../../../src/images/links/index.js'
import { scan } from '../../../src/scan.js'
import { runCli } from '../../cli/run-cli.js'

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-placeholder-'))
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true })
    writeFileSync(join(root, p), t)
  }
  return root
}

const pod = (images: string[]) => `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
${images.map((img, i) => `    - name: c${i}\n      image: ${img}`).join('\n')}
`

it('recognises placeholder registries and owners, not real ones', () => {
  expect(placeholderName('docker.io/YOUR_ALIAS/e2e-actorapp:dev')).toMatchObject({
    marker: 'YOUR_ALIAS/',
    name: 'e2e-actorapp',
  })
  expect(placeholderName('registry.example/api:1')).toMatchObject({
    marker: 'registry.example/',
    name: 'api',
  })
  expect(placeholderName('YOUR_REGISTRY/team/web')).toMatchObject({ name: 'web' })
  expect(placeholderName('example.com/acme/worker:2')).toMatchObject({ name: 'worker' })
  expect(placeholderName('docker.io/[YOUR ALIAS]/perf-tester:dev')).toMatchObject({
    marker: '[YOUR ALIAS]/',
    name: 'perf-tester',
  })
  expect(placeholderName('docker.io/YOUR ID/e2e-runtime:dev')).toMatchObject({
    name: 'e2e-runtime',
  })
  expect(placeholderName('ghcr.io/acme/api:1')).toBeUndefined()
  expect(placeholderName('nginx')).toBeUndefined()
})

it('recognises local registries (kind, k3d, localhost), whose images were pushed from a checkout', () => {
  expect(placeholderName('localhost:5000/dapr/e2e-pubsub:dev-linux-arm64')).toMatchObject({
    kind: 'local',
    marker: 'localhost:5000/',
    name: 'e2e-pubsub',
  })
  expect(placeholderName('kind-registry:5000/api:1')).toMatchObject({ kind: 'local' })
  expect(placeholderName('k3d-myregistry.localhost:12345/api')).toMatchObject({ kind: 'local' })
  expect(placeholderName('127.0.0.1:5001/team/worker')).toMatchObject({ name: 'worker' })
  expect(placeholderName('docker.io/YOUR_ALIAS/api')).toMatchObject({ kind: 'placeholder' })
  // A repository named localhost on Docker Hub is not a host.
  expect(placeholderName('localhost')).toBeUndefined()
  expect(placeholderName('registry.localhost.example.com/api')).toBeUndefined()
})

it('links an app folder without a Dockerfile to the one its parent shares (dapr’s tests/apps)', async () => {
  const root = repo({
    'deploy/pod.yaml': pod([
      'docker.io/YOUR_ALIAS/e2e-hellodapr:dev',
      'localhost:5000/dapr/e2e-streaming:dev-linux-amd64',
      'docker.io/YOUR_ALIAS/e2e-missing:dev',
      'ghcr.io/acme/hellodapr:1',
    ]),
    'tests/apps/Dockerfile': 'FROM gcr.io/distroless/static:nonroot\nCOPY . .\n',
    // The app folders hold only sources; one of them has a Dockerfile of its own.
    'tests/apps/hellodapr/app.go': 'package main\n',
    'tests/apps/streaming/app.go': 'package main\n',
    'tests/apps/streaming/Dockerfile': 'FROM scratch\nUSER 4000\n',
  })
  const result = await scan({ root })
  const [hello, streaming, missing, real] = result.identities
  expect(hello.build).toMatchObject({ dockerfile: 'tests/apps/Dockerfile', confidence: 'low' })
  expect(hello.build?.evidence).toBe(
    'docker.io/YOUR_ALIAS/e2e-hellodapr:dev names a placeholder registry (YOUR_ALIAS/), so only its last path segment e2e-hellodapr is matched: tests/apps/Dockerfile is assumed because tests/apps/hellodapr/ holds no Dockerfile and tests/apps/Dockerfile is the one its parent folder shares (low confidence)',
  )
  expect(hello.user.uid).toBe(65532)
  expect(streaming.build).toMatchObject({ dockerfile: 'tests/apps/streaming/Dockerfile' })
  expect(streaming.build?.evidence).toContain(
    'names a local registry (localhost:5000/), which holds only what was pushed from a checkout,',
  )
  expect(streaming.user.uid).toBe(4000)
  expect(missing.build).toBeUndefined()
  // A real registry's image is its registry's to answer, not a guess from folder names.
  expect(real.build).toBeUndefined()
})

it('links a placeholder image by its last path segment, with low confidence', async () => {
  const root = repo({
    'deploy/pod.yaml': pod([
      'docker.io/YOUR_ALIAS/e2e-actorapp:dev',
      'registry.example/api:1',
      'YOUR_REGISTRY/nothing-here:1',
    ]),
    'tests/apps/actorapp/Dockerfile': 'FROM scratch\nUSER 2000\n',
    'services/api/Dockerfile': 'FROM scratch\nUSER 3000\n',
  })
  const result = await scan({ root })
  const [actor, api, none] = result.identities
  expect(actor.build).toMatchObject({
    dockerfile: 'tests/apps/actorapp/Dockerfile',
    confidence: 'low',
  })
  expect(actor.build?.evidence).toMatch(
    /^docker\.io\/YOUR_ALIAS\/e2e-actorapp:dev names a placeholder registry \(YOUR_ALIAS\/\), so only its last path segment e2e-actorapp is matched: tests\/apps\/actorapp\/Dockerfile is assumed because it is in a folder named actorapp \(low confidence\)$/,
  )
  expect(actor.user.uid).toBe(2000)
  expect(api.build).toMatchObject({ dockerfile: 'services/api/Dockerfile', confidence: 'low' })
  expect(api.build?.evidence).toContain('names a placeholder registry (registry.example/)')
  expect(none.build).toBeUndefined()
})

it('init writes the deployed image that fits a pattern, never a made-up registry', async () => {
  const root = repo({
    Makefile:
      'REGISTRY ?= $(shell cat .registry)\nimage:\n\tdocker build -t $(REGISTRY)/svc:$(TAG) -f build/Dockerfile .\n',
    'build/Dockerfile': 'FROM scratch\nUSER 1000\n',
    'deploy/pod.yaml': pod(['ghcr.io/acme/svc:1.0']),
  })
  const out = await runCli(['init', '-o', '-'], root)
  expect(out.code).toBe(0)
  expect(out.stdout).not.toContain('registry.example')
  expect(out.stdout).toMatch(
    /# - image: ghcr\.io\/acme\/svc\n\s+# {3}dockerfile: build\/Dockerfile/,
  )
  const bare = repo({
    Makefile:
      'REGISTRY ?= $(shell cat .registry)\nimage:\n\tdocker build -t $(REGISTRY)/svc:$(TAG) -f build/Dockerfile .\n',
    'build/Dockerfile': 'FROM scratch\nUSER 1000\n',
  })
  const text = (await runCli(['init', '-o', '-'], bare)).stdout
  expect(text).not.toContain('registry.example')
  expect(text).toMatch(/fill in its variables:\n\s+# - image: .*svc/)
})
