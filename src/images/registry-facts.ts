/**
 * Base-image facts from registry answers: the image's own config (`User`, `Env`, ports,
 * volumes) and the accounts its layers hold. A registry answer wins over the shipped table;
 * what only the table knows (an entrypoint that drops privileges, file capabilities) is kept
 * when the table has a row for the same image.
 */
import type { LookupOutcome, LookupReport } from '../registry/index.js'
import type { RegistryImage } from '../registry/types.js'
import {
  type BaseImageAccount,
  type BaseImageFact,
  lookupBaseImage,
  runAsNonRootVerdict,
} from './base-images.js'
import { parseReference, repositoryOf } from './reference.js'

/** What the registry lookups of a scan answered, by image reference as written. */
export interface RegistryFacts {
  fact(ref: string): BaseImageFact | undefined
  outcome(ref: string): LookupOutcome | undefined
}

export const NO_REGISTRY_FACTS: RegistryFacts = {
  fact: () => undefined,
  outcome: () => undefined,
}

export function registryFacts(report: LookupReport): RegistryFacts {
  const facts = new Map<string, BaseImageFact>()
  return {
    outcome: (ref) => report.outcomes.get(ref.trim()),
    fact(ref) {
      const key = ref.trim()
      if (facts.has(key)) return facts.get(key)
      const o = report.outcomes.get(key)
      if (!o?.ok) return undefined
      const fact = factFromRegistry(o.image, lookupBaseImage(key))
      facts.set(key, fact)
      return fact
    },
  }
}

function shortDigest(d: string): string {
  return `${d.slice(0, 19)}…`
}

/** `name@sha256:0123456789ab…`: the image a fact was read from. */
export function registryImageName(image: RegistryImage): string {
  const p = parseReference(image.reference)
  const repo = p.ok ? repositoryOf(p.ref) : `${image.registry}/${image.repository}`
  return `${repo}@${shortDigest(image.digest)}`
}

export function factFromRegistry(image: RegistryImage, table?: BaseImageFact): BaseImageFact {
  const user = image.config.user
  const passwd = image.accounts?.passwd
  const group = image.accounts?.group
  const accounts: BaseImageAccount[] =
    passwd?.state === 'read'
      ? passwd.entries.map((e) => ({ name: e.name, uid: e.uid, gid: e.gid }))
      : [...(table?.accounts ?? [])]
  const fact: BaseImageFact = {
    row: table?.row ?? 0,
    origin: 'registry',
    family: table?.family ?? registryImageName(image).replace(/@.*$/, ''),
    image: image.reference,
    digest: image.digest,
    user,
    runAsNonRoot: runAsNonRootVerdict(user),
    accounts,
    hasPasswd: passwd ? passwd.state !== 'absent' : (table?.hasPasswd ?? true),
    source: `${image.reference} in its registry (manifest ${image.digest}, config ${image.configDigest}, ${image.platform})`,
    confidence: 'verified',
  }
  if (passwd?.state === 'read') fact.accountsComplete = true
  if (group?.state === 'read')
    fact.groups = group.entries.map((g) => ({ name: g.name, gid: g.gid }))
  const [u, g] = user.split(':')
  if (/^\d+$/.test(u ?? '')) fact.uid = Number(u)
  else if (u) {
    fact.name = u
    const entry = accounts.find((a) => a.name === u)
    if (entry?.uid !== undefined) fact.uid = entry.uid
    if (entry?.gid !== undefined) fact.gid = entry.gid
  }
  if (fact.uid !== undefined && fact.name === undefined) {
    const entry = accounts.find((a) => a.uid === fact.uid)
    if (entry) {
      fact.name = entry.name
      if (entry.gid !== undefined) fact.gid = entry.gid
    }
  }
  if (g !== undefined && /^\d+$/.test(g)) fact.gid = Number(g)
  if (u === '') fact.uid = 0
  if (Object.keys(image.config.env).length) fact.env = image.config.env
  fact.envComplete = true
  const ports = image.config.exposedPorts
    .map((p) => Number(p.split('/')[0]))
    .filter((n) => Number.isInteger(n) && n > 0)
  if (ports.length) fact.ports = ports
  if (image.config.volumes.length) fact.volumes = image.config.volumes
  if (table?.dropsTo) fact.dropsTo = table.dropsTo
  if (table?.fileCapabilities) fact.fileCapabilities = table.fileCapabilities
  if (table?.notes) fact.notes = table.notes
  fact.evidence = `${registryImageName(image)} config User ${JSON.stringify(user)}${userMeaning(fact, image)}`
  return fact
}

function userMeaning(fact: BaseImageFact, image: RegistryImage): string {
  if (fact.user === '') return ' → root'
  const [u] = fact.user.split(':')
  if (/^\d+$/.test(u)) return fact.name ? ` (${fact.name} in its /etc/passwd)` : ''
  if (fact.uid !== undefined) return ` → uid ${fact.uid} in its /etc/passwd`
  const passwd = image.accounts?.passwd
  if (!passwd) return ''
  if (passwd.state === 'absent') return ', and the image has no /etc/passwd'
  if (passwd.state === 'unknown') return ` (its /etc/passwd was not read: ${passwd.reason})`
  return ', a name its /etc/passwd does not have'
}
