/**
 * Registry credentials from the Docker config file (`$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`): `auths.<host>.auth` (base64 `user:password`) or
 * `username`/`password`. Credential helpers (`credsStore`, `credHelpers`) are programs; they
 * are never run, and a host that only they know is reported as such.
 */
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface Credential {
  username: string
  password: string
  /** Where it comes from, for messages (never the secret itself). */
  source: string
}

export interface CredentialAnswer {
  credential?: Credential
  /** Why a host that may need one has none we can use (a helper that is not run). */
  note?: string
}

export type CredentialLookup = (registry: string) => CredentialAnswer

interface DockerConfigFile {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string }
  >
  credsStore?: string
  credHelpers?: Record<string, string>
}

// Docker Hub's credentials live under its v1 index address.
const DOCKER_HUB_KEYS = [
  'https://index.docker.io/v1/',
  'index.docker.io',
  'docker.io',
  'registry-1.docker.io',
]

/** `https://ghcr.io/v2/` → `ghcr.io`: config keys are written many ways. */
function keyHost(key: string): string {
  return key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase()
}

export interface DockerConfig {
  file?: string
  /** Why the file could not be used. */
  problem?: string
  lookup: CredentialLookup
}

export function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  return join(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'), 'config.json')
}

/** Reads the Docker config once; a missing file is no problem, a broken one is said. */
export function readDockerConfig(
  env: NodeJS.ProcessEnv,
  extra: Map<string, Credential> = new Map(),
): DockerConfig {
  const file = dockerConfigPath(env)
  let doc: DockerConfigFile = {}
  let problem: string | undefined
  let text: string | undefined
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    text = undefined
  }
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text) as unknown
      if (parsed && typeof parsed === 'object') doc = parsed as DockerConfigFile
    } catch (e) {
      problem = `${file} is not JSON (${(e as Error).message}): its credentials are not used`
    }
  }
  const byHost = new Map<
    string,
    { entry: NonNullable<DockerConfigFile['auths']>[string]; key: string }
  >()
  for (const [key, entry] of Object.entries(doc.auths ?? {})) {
    if (entry && typeof entry === 'object') byHost.set(keyHost(key), { entry, key })
  }
  const helpers = new Map<string, string>()
  for (const [key, helper] of Object.entries(doc.credHelpers ?? {}))
    helpers.set(keyHost(key), String(helper))

  const lookup: CredentialLookup = (registry) => {
    const host = registry.toLowerCase()
    const given = extra.get(host)
    if (given) return { credential: given }
    const keys = host === 'docker.io' ? DOCKER_HUB_KEYS.map(keyHost) : [host]
    for (const k of keys) {
      const found = byHost.get(k)
      if (!found) continue
      const cred = decode(found.entry, `${file} auths["${found.key}"]`)
      if (cred) return { credential: cred }
      if (found.entry.identitytoken)
        return {
          note: `${file} holds an identity token for ${registry}, which is not used (run docker login with a password or token)`,
        }
    }
    const helper = keys.map((k) => helpers.get(k)).find(Boolean) ?? doc.credsStore
    if (helper)
      return {
        note: `credentials for ${registry} may be in the docker-credential-${helper} helper, which kube-whoami does not run; put them in auths of ${file} or use the action's registry-token`,
      }
    return {}
  }
  return { file: text !== undefined ? file : undefined, problem, lookup }
}

function decode(
  entry: NonNullable<DockerConfigFile['auths']>[string],
  source: string,
): Credential | undefined {
  if (typeof entry.auth === 'string' && entry.auth) {
    const text = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = text.indexOf(':')
    if (colon > 0)
      return { username: text.slice(0, colon), password: text.slice(colon + 1), source }
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string' && entry.username)
    return { username: entry.username, password: entry.password, source }
  return undefined
}
