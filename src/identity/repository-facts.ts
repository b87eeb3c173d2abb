/**
 * A base image that a Dockerfile of the repository builds, seen as a derived build sees it:
 * the user it runs as, its ENV (`NB_UID` for `USER ${NB_UID}`), its accounts, ports and
 * volumes, from the model of that Dockerfile rather than from a registry or the table.
 */
import type { ImageModel } from '../dockerfile/index.js'
import {
  type BaseImageAccount,
  type BaseImageFact,
  runAsNonRootVerdict,
} from '../images/base-images.js'
import type { ImageLink } from '../images/links/types.js'
import { userEvidenceOf } from './image-facts.js'

export function repositoryFact(ref: string, link: ImageLink, model: ImageModel): BaseImageFact {
  const user = model.effectiveUser.raw ?? ''
  const eu = model.effectiveUser
  const accounts: BaseImageAccount[] = [...model.users.values()].map((u) => ({
    name: u.name,
    ...(u.uid !== null ? { uid: u.uid } : {}),
    ...(u.gid !== null ? { gid: u.gid } : {}),
  }))
  const groups: BaseImageAccount[] = [...model.groups.values()].map((g) => ({
    name: g.name,
    ...(g.gid !== null ? { gid: g.gid } : {}),
  }))
  const built = `${link.dockerfile}${link.target ? ` (target ${link.target})` : ''}`
  const base = model.baseImage.fact
  const fact: BaseImageFact = {
    row: 0,
    origin: 'repository',
    family: `${ref} (built here)`,
    image: ref,
    user,
    runAsNonRoot: runAsNonRootVerdict(user),
    accounts,
    groups,
    env: model.env,
    envComplete: model.envComplete,
    // Every account is known when the base's were and nothing here adds one unseen.
    accountsComplete: base?.accountsComplete === true && model.hiddenAccountSources.length === 0,
    hasPasswd:
      model.baseImage.ref?.toLowerCase() === 'scratch'
        ? model.copies.some(copiesPasswd)
        : (base?.hasPasswd ?? true),
    source: `${built}, which builds ${ref} per ${link.evidence.detail}`,
    evidence: `${ref} is built here from ${built}: ${userEvidenceOf(model).text}`,
    confidence: link.confidence === 'high' ? 'verified' : 'unverified',
  }
  if (eu.resolvedUid !== undefined) fact.uid = eu.resolvedUid
  if (eu.resolvedGid !== undefined) fact.gid = eu.resolvedGid
  if (eu.name !== undefined) fact.name = eu.name
  else if (eu.resolvedUid !== undefined) {
    const named = [...model.users.values()].find((u) => u.uid === eu.resolvedUid)
    if (named) fact.name = named.name
  }
  const ports = model.exposedPorts.flatMap((p) => (p.port !== null ? [p.port] : []))
  if (ports.length) fact.ports = ports
  if (model.volumes.length) fact.volumes = model.volumes.map((v) => v.path)
  const caps = new Map<string, string[]>()
  for (const f of model.fileCapabilities) caps.set(f.path, f.caps)
  const held = [...new Set([...caps.values()].flat()), ...(base?.fileCapabilities ?? [])]
  if (held.length) fact.fileCapabilities = [...new Set(held)]
  if (base?.dropsTo && model.effectiveUser.origin.kind === 'base-image') fact.dropsTo = base.dropsTo
  return fact
}

/** `COPY passwd /etc/passwd`, `COPY --from=build /etc/passwd /etc/`. */
function copiesPasswd(c: ImageModel['copies'][number]): boolean {
  if (c.dest === '/etc/passwd') return true
  return /^\/etc\/?$/.test(c.dest) && c.sources.some((p) => /(^|\/)passwd$/.test(p))
}
