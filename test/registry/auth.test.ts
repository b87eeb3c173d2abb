/**
 * Authentication against a real registry: htpasswd basic auth with credentials from a Docker
 * config file, and the bearer-token flow with a token service of the tests whose JWTs the
 * registry verifies.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { lookupImages } from '../../src/registry/index.js'
import { buildImage, writeLayout } from '../helpers/oci.js'
import {
  describeRegistry,
  push,
  startRegistry,
  startTokenServer,
  type TestRegistry,
  type TokenServer,
} from '../helpers/registry.js'

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p))

function dockerConfig(doc: object): NodeJS.ProcessEnv {
  const dir = tmp('kw-docker-config-')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'config.json'), JSON.stringify(doc))
  return { DOCKER_CONFIG: dir }
}

function layout(user: string): string {
  const dir = tmp('kw-oci-')
  writeLayout(dir, 'tag', buildImage({ user, layers: [{ files: { a: user } }] }))
  return dir
}

describeRegistry('registry basic auth (htpasswd)', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry({ kind: 'htpasswd', users: { reader: 's3cret-pass' } })
    await push(layout('4242'), 'tag', `${reg.host}/team/app:1`, { creds: 'reader:s3cret-pass' })
  })
  afterAll(async () => {
    await reg?.stop()
  })

  it('uses auths.<host>.auth from $DOCKER_CONFIG/config.json', async () => {
    const ref = `${reg.host}/team/app:1`
    const env = dockerConfig({
      auths: { [reg.host]: { auth: Buffer.from('reader:s3cret-pass').toString('base64') } },
    })
    const r = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env })
    const o = r.outcomes.get(ref)
    expect(o?.ok && o.image.config.user).toBe('4242')
  })

  it('fails with the registry answer, and never prints the password', async () => {
    const ref = `${reg.host}/team/app:1`
    const none = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env: {} })
    const o = none.outcomes.get(ref)
    expect(!o?.ok && o?.error).toMatch(/asks for a user name and password, and none is configured/)
    const env = dockerConfig({
      auths: { [`http://${reg.host}/v2/`]: { username: 'reader', password: 'wrong-pass' } },
    })
    const bad = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env })
    const b = bad.outcomes.get(ref)
    expect(!b?.ok && b?.error).toMatch(/401 unauthorized for team\/app/)
    expect(bad.summary).not.toContain('wrong-pass')
  })

  it('says that a credential helper is not run', async () => {
    const ref = `${reg.host}/team/app:1`
    const env = dockerConfig({ credHelpers: { [reg.host]: 'secretservice' } })
    const r = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env })
    expect(r.notes.join('\n')).toMatch(
      /docker-credential-secretservice helper, which kube-whoami does not run/,
    )
  })
})

describeRegistry(
  'registry token auth (bearer flow)',
  () => {
    let reg: TestRegistry
    let tokens: TokenServer
    beforeAll(async () => {
      tokens = await startTokenServer({ pusher: 'push-pass', reader: 'read-pass' })
      reg = await startRegistry({ kind: 'token', ...tokens })
      await push(layout('1001'), 'tag', `${reg.host}/public/tool:1`, { creds: 'pusher:push-pass' })
      await push(layout('2002'), 'tag', `${reg.host}/private/app:1`, { creds: 'pusher:push-pass' })
    })
    afterAll(async () => {
      await reg?.stop()
      await tokens?.stop()
    })

    it('gets an anonymous token for a public repository', async () => {
      const ref = `${reg.host}/public/tool:1`
      tokens.requests.length = 0
      const r = await lookupImages([{ ref, accounts: true }], { cacheDir: null, env: {} })
      const o = r.outcomes.get(ref)
      expect(o?.ok && o.image.config.user).toBe('1001')
      expect(tokens.requests).toEqual([{ authorized: null, scope: 'repository:public/tool:pull' }])
    })

    it('asks with the Docker config credentials for a private one, once per scope', async () => {
      const ref = `${reg.host}/private/app:1`
      const anon = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env: {} })
      const a = anon.outcomes.get(ref)
      expect(!a?.ok && a?.error).toMatch(/401 unauthorized for private\/app/)
      tokens.requests.length = 0
      const env = dockerConfig({
        auths: { [reg.host]: { auth: Buffer.from('reader:read-pass').toString('base64') } },
      })
      const r = await lookupImages([{ ref, accounts: true }], { cacheDir: null, env })
      const o = r.outcomes.get(ref)
      expect(o?.ok && o.image.config.user).toBe('2002')
      expect(tokens.requests).toHaveLength(1)
      expect(tokens.requests[0].authorized).toBe(
        `Basic ${Buffer.from('reader:read-pass').toString('base64')}`,
      )
    })

    it('passes on the token service refusing the credentials, without the secret', async () => {
      const ref = `${reg.host}/private/app:1`
      const env = dockerConfig({
        auths: { [reg.host]: { auth: Buffer.from('reader:nope-pass').toString('base64') } },
      })
      const r = await lookupImages([{ ref, accounts: false }], { cacheDir: null, env })
      const o = r.outcomes.get(ref)
      expect(!o?.ok && o?.error).toBe(
        `${reg.host}: the token service answered 401 (UNAUTHORIZED: bad credentials)`,
      )
      expect(r.summary).not.toMatch(/nope-pass|ey[A-Za-z0-9_-]{20,}/)
    })
  },
  ['docker-registry', 'skopeo', 'openssl'],
)
