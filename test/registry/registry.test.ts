/**
 * The registry client against a real registry (docker-registry on loopback), with images
 * pushed by skopeo: every manifest kind, the platform pick, accounts from layers, the byte
 * budget, damaged blobs, the cache and the offline mode.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { lookupImages, type LookupOutcome } from '../../src/registry/index.js'
import type { RegistryImage } from '../../src/registry/types.js'
import { buildImage, GROUP_BASE, PASSWD_BASE, writeLayout, type ImageSpec } from '../helpers/oci.js'
import {
  describeRegistry,
  push,
  pushRaw,
  startRegistry,
  type TestRegistry,
} from '../helpers/registry.js'

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p))
const env = {} as NodeJS.ProcessEnv

function ok(o: LookupOutcome | undefined): RegistryImage {
  if (!o?.ok) throw new Error(`lookup failed: ${o ? o.error : 'no outcome'}`)
  return o.image
}
function failed(o: LookupOutcome | undefined): string {
  if (!o || o.ok) throw new Error('lookup should have failed')
  return o.error
}

describeRegistry('registry client against docker-registry', () => {
  let reg: TestRegistry
  const pushImage = async (
    name: string,
    spec: ImageSpec | ImageSpec[],
    opts: Parameters<typeof push>[3] = {},
  ) => {
    const dir = tmp('kw-oci-')
    const built = Array.isArray(spec) ? spec.map(buildImage) : buildImage(spec)
    const top = writeLayout(dir, 'tag', built)
    await push(dir, 'tag', `${reg.host}/${name}`, { all: Array.isArray(spec), ...opts })
    return { built, top }
  }
  const app = (uid: number) => `${PASSWD_BASE}\napp:x:${uid}:${uid}::/home/app:/bin/sh\n`

  beforeAll(async () => {
    reg = await startRegistry()
  })
  afterAll(async () => {
    await reg?.stop()
  })

  it('reads the config of an image: User, Env, WorkingDir, ports, labels, entrypoint', async () => {
    await pushImage('acme/full:1', {
      user: '10001:10001',
      env: ['PATH=/bin', 'APP_UID=10001', 'EMPTY='],
      workingDir: '/app',
      exposedPorts: ['8080/tcp'],
      labels: { 'org.opencontainers.image.source': 'https://example.invalid/acme' },
      entrypoint: ['/app/run'],
      cmd: ['--serve'],
      layers: [{ files: { 'app/run': '#!/bin/sh\n' } }],
    })
    const r = await lookupImages([{ ref: `${reg.host}/acme/full:1`, accounts: false }], {
      cacheDir: null,
      env,
    })
    const img = ok(r.outcomes.get(`${reg.host}/acme/full:1`))
    expect(img.config).toMatchObject({
      user: '10001:10001',
      env: { PATH: '/bin', APP_UID: '10001', EMPTY: '' },
      workingDir: '/app',
      exposedPorts: ['8080/tcp'],
      labels: { 'org.opencontainers.image.source': 'https://example.invalid/acme' },
      entrypoint: ['/app/run'],
      cmd: ['--serve'],
    })
    expect(img.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(img.accounts).toBeUndefined()
    expect(r.summary).toBe('1 image: 0 from cache, 1 looked up in 1 registry')
  })

  it('reads a named user from /etc/passwd and its group from /etc/group, top layer first', async () => {
    await pushImage('acme/named:1', {
      user: 'app',
      layers: [
        { files: { 'etc/passwd': app(500), 'etc/group': GROUP_BASE } },
        // The upper layer replaces passwd; group stays the lower layer's.
        { files: { 'etc/passwd': app(1234) } },
      ],
    })
    const r = await lookupImages([{ ref: `${reg.host}/acme/named:1`, accounts: true }], {
      cacheDir: null,
      env,
    })
    const img = ok(r.outcomes.get(`${reg.host}/acme/named:1`))
    expect(img.config.user).toBe('app')
    const passwd = img.accounts!.passwd
    expect(passwd.state).toBe('read')
    if (passwd.state === 'read')
      expect(passwd.entries.find((e) => e.name === 'app')?.uid).toBe(1234)
    const group = img.accounts!.group
    expect(group.state).toBe('read')
    if (group.state === 'read') expect(group.entries.map((g) => g.name)).toContain('nogroup')
  })

  it('treats a whiteout or an opaque /etc as the file being gone', async () => {
    await pushImage('acme/whiteout:1', {
      layers: [
        { files: { 'etc/passwd': app(7), 'etc/group': GROUP_BASE } },
        { files: { 'etc/.wh.passwd': '' } },
      ],
    })
    await pushImage('acme/opaque:1', {
      layers: [
        { files: { 'etc/passwd': app(7), 'etc/group': GROUP_BASE } },
        { files: { 'etc/.wh..wh..opq': '', 'etc/hostname': 'x\n' } },
      ],
    })
    const r = await lookupImages(
      [
        { ref: `${reg.host}/acme/whiteout:1`, accounts: true },
        { ref: `${reg.host}/acme/opaque:1`, accounts: true },
      ],
      { cacheDir: null, env },
    )
    const w = ok(r.outcomes.get(`${reg.host}/acme/whiteout:1`)).accounts!
    expect(w.passwd.state).toBe('absent')
    expect(w.group.state).toBe('read')
    const o = ok(r.outcomes.get(`${reg.host}/acme/opaque:1`)).accounts!
    expect(o.passwd.state).toBe('absent')
    expect(o.group.state).toBe('absent')
  })

  it('reads uncompressed layers and says absent when no layer has the files', async () => {
    await pushRaw(
      reg.host,
      'acme/plain',
      '1',
      buildImage({
        user: 'app',
        layers: [{ files: { 'etc/passwd': app(42) }, compression: 'none' }],
      }),
    )
    await pushImage('acme/static:1', { user: '65532', layers: [{ files: { 'bin/app': 'x' } }] })
    const r = await lookupImages(
      [
        { ref: `${reg.host}/acme/plain:1`, accounts: true },
        { ref: `${reg.host}/acme/static:1`, accounts: true },
      ],
      { cacheDir: null, env },
    )
    const p = ok(r.outcomes.get(`${reg.host}/acme/plain:1`)).accounts!
    expect(p.passwd.state === 'read' && p.passwd.entries.at(-1)).toMatchObject({ uid: 42 })
    expect(p.group.state).toBe('absent')
    const s = ok(r.outcomes.get(`${reg.host}/acme/static:1`)).accounts!
    expect(s.passwd.state).toBe('absent')
  })

  it('picks the platform from a multi-platform index', async () => {
    const { top } = await pushImage('acme/multi:1', [
      { user: '1', layers: [{ files: { a: 'amd64' } }] },
      { user: '2', architecture: 'arm64', variant: 'v8', layers: [{ files: { a: 'arm64' } }] },
    ])
    const ref = `${reg.host}/acme/multi:1`
    const amd = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env })
    expect(ok(amd.outcomes.get(ref))).toMatchObject({
      platform: 'linux/amd64',
      indexDigest: top.digest,
      config: { user: '1' },
    })
    const arm = await lookupImages([{ ref, accounts: false }], {
      cacheDir: null,
      env,
      platform: 'linux/arm64',
    })
    expect(ok(arm.outcomes.get(ref)).config.user).toBe('2')
    const s390 = await lookupImages([{ ref, accounts: false }], {
      cacheDir: null,
      env,
      platform: 'linux/s390x',
    })
    expect(failed(s390.outcomes.get(ref))).toMatch(
      /has no linux\/s390x image \(it has linux\/amd64, linux\/arm64\/v8\)/,
    )
  })

  it('reads a Docker schema 2 manifest, and a reference by digest', async () => {
    await pushImage(
      'acme/docker:1',
      { user: 'app', layers: [{ files: { 'etc/passwd': app(77) } }] },
      {
        format: 'v2s2',
      },
    )
    const ref = `${reg.host}/acme/docker:1`
    const r = await lookupImages([{ ref, accounts: true }], { cacheDir: null, env })
    const img = ok(r.outcomes.get(ref))
    expect(img.accounts!.passwd.state).toBe('read')
    expect(img.manifestType).toBe('application/vnd.docker.distribution.manifest.v2+json')
    const byDigest = `${reg.host}/acme/docker@${img.digest}`
    const d = await lookupImages([{ ref: byDigest, accounts: false }], { cacheDir: null, env })
    expect(ok(d.outcomes.get(byDigest)).digest).toBe(img.digest)
  })

  it('stops at the layer byte budget and says why', async () => {
    await pushImage('acme/big:1', {
      user: 'app',
      layers: [
        { files: { 'etc/passwd': app(5) } },
        { files: { 'opt/blob.bin': randomBytes(300 * 1024) } },
      ],
    })
    const ref = `${reg.host}/acme/big:1`
    const r = await lookupImages([{ ref, accounts: true }], {
      cacheDir: null,
      env,
      maxLayerBytes: 100 * 1024,
    })
    const a = ok(r.outcomes.get(ref)).accounts!
    expect(a.passwd).toMatchObject({ state: 'unknown' })
    if (a.passwd.state === 'unknown')
      expect(a.passwd.reason).toMatch(/layer 2 of 2 .* would pass the 100 KiB layer budget/)
    const big = await lookupImages([{ ref, accounts: true }], { cacheDir: null, env })
    expect(ok(big.outcomes.get(ref)).accounts!.passwd.state).toBe('read')
  })

  it('refuses a config or a layer whose bytes do not hash to their digest', async () => {
    const img = buildImage({
      user: '1000',
      // Uncompressed, so the damage below is in the tar's trailing zero blocks: only the
      // digest can tell.
      layers: [{ files: { 'etc/passwd': app(1000) }, compression: 'none' }],
    })
    await pushRaw(reg.host, 'acme/tampered', '1', img)
    const ref = `${reg.host}/acme/tampered:1`
    // Same length, other bytes: the registry serves what its storage holds.
    const layerFile = reg.blobFile(img.layers[0].digest)
    const layer = readFileSync(layerFile)
    const damaged = Buffer.from(layer)
    damaged[damaged.length - 1] ^= 0xff
    writeFileSync(layerFile, damaged)
    const r1 = await lookupImages([{ ref, accounts: true }], { cacheDir: null, env })
    const a = ok(r1.outcomes.get(ref)).accounts!
    expect(a.passwd.state === 'unknown' && a.passwd.reason).toMatch(
      /could not be read: the layer's bytes do not match its digest sha256:/,
    )
    const configFile = reg.blobFile(img.config.digest)
    writeFileSync(
      configFile,
      readFileSync(configFile, 'utf8').replace('"User":"1000"', '"User":"0000"'),
    )
    const r2 = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env })
    expect(failed(r2.outcomes.get(ref))).toMatch(
      /the image config of .* hashes to sha256:[a-f0-9]+, not to the sha256:/,
    )
  })

  it('says what the registry answered for an image it does not have', async () => {
    const ref = `${reg.host}/acme/missing:1`
    const r = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env })
    expect(failed(r.outcomes.get(ref))).toMatch(
      /404 not found for the manifest 1 of acme\/missing \(MANIFEST_UNKNOWN/,
    )
    expect(r.summary).toMatch(/^1 image: 0 from cache, 0 looked up in 1 registry, 1 failed \(.*404/)
  })

  it('answers a second run from the cache without the registry, and offline runs from it too', async () => {
    await pushImage('acme/cached:1', {
      user: 'app',
      layers: [{ files: { 'etc/passwd': app(99) } }],
    })
    const ref = `${reg.host}/acme/cached:1`
    const cacheDir = tmp('kw-cache-')
    const first = await lookupImages([{ ref, accounts: true }], { cacheDir, env })
    expect(first.stats).toMatchObject({ lookedUp: 1, cached: 0 })
    let calls = 0
    const counting: typeof fetch = (...a) => {
      calls++
      return fetch(...a)
    }
    const second = await lookupImages([{ ref, accounts: true }], { cacheDir, env, fetch: counting })
    expect(second.stats).toMatchObject({ lookedUp: 0, cached: 1 })
    expect(calls).toBe(0)
    expect(second.summary).toBe('1 image: 1 from cache, 0 looked up in 0 registries')
    const offline = await lookupImages(
      [
        { ref, accounts: true },
        { ref: `${reg.host}/acme/never:1`, accounts: false },
      ],
      { cacheDir, env, offline: true, fetch: counting },
    )
    expect(calls).toBe(0)
    expect(offline.summary).toBe('2 images: 1 from cache, 1 not looked up (offline)')
    // A day later the tag is asked again (one HEAD); the digest's facts still come from the cache.
    const later = await lookupImages([{ ref, accounts: true }], {
      cacheDir,
      env,
      fetch: counting,
      now: () => Date.now() + 25 * 3600 * 1000,
    })
    expect(later.stats).toMatchObject({ cached: 1, lookedUp: 0 })
    expect(calls).toBe(1)
    expect(ok(later.outcomes.get(ref)).accounts!.passwd.state).toBe('read')
  })
})
