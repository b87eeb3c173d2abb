/**
 * Who a Docker / Compose / workflow job container runs as. Docker takes `--user` (Compose
 * `user:`) when given, else the image's `USER`, else root; it resolves names and the
 * missing group in the image's /etc/passwd and /etc/group when it creates the container,
 * and refuses to start ("unable to find user NAME: no matching entries in passwd file")
 * when a name is not there. A numeric uid needs no entry.
 */
import type { ContainerIdentity } from '../core/identity.js'
import { splitUserSpec } from '../dockerfile/kubelet-user.js'
import { dockerPrivileges } from '../docker/risk.js'
import type { DockerContainer } from '../docker/types.js'
import type { ImageFacts } from './image-facts.js'
import { knownAccounts } from './known-accounts.js'
import { displayUser, type RuntimeUser } from './runtime-user.js'

export interface DockerUser extends RuntimeUser {
  /** The user spec in force (`--user`/`user:` or the image's), as written; undefined when unknown. */
  spec?: string
  /** Whether the spec comes from the command line or the compose file rather than the image. */
  explicit: boolean
  /** The group name of `user:group`, when written by name. */
  group?: string
  /** A name (user or group) the image surely lacks: Docker refuses to start the container. */
  missing?: { kind: 'user' | 'group'; name: string; base: string }
}

export function dockerUser(c: DockerContainer, facts: ImageFacts | undefined): DockerUser {
  const explicit = c.user !== undefined
  if (c.user?.unresolved)
    return { explicit, uidSource: `${c.user.written} ${c.user.value} (not resolved here)` }
  const spec = c.user?.value ?? (facts && facts.user !== null ? facts.user : undefined)
  if (spec === undefined)
    return {
      explicit,
      uidSource: 'unknown (nothing in the repository says how the image is built)',
    }
  const from = explicit
    ? `${c.user!.written} ${spec}`
    : spec === ''
      ? `image has no USER (${facts!.userEvidence.text})`
      : `image USER ${spec} (${facts!.userEvidence.text})`
  const out: DockerUser = { spec, explicit, uidSource: from }
  if (spec === '') {
    out.uid = 0
    out.gid = 0
    out.gidSource = 'root'
    return out
  }
  const parts = splitUserSpec(spec)
  const accounts = facts?.accounts
  if (parts.uid !== undefined) out.uid = parts.uid
  else if (parts.name !== undefined) {
    out.name = parts.name
    const a = accounts?.get(parts.name)
    if (a?.uid !== undefined) {
      out.uid = a.uid
      out.uidSource += ` (${parts.name} is uid ${a.uid} in the image)`
    }
  }
  if (parts.gid !== undefined) {
    out.gid = parts.gid
    out.gidSource = `group ${parts.gid} of ${from}`
  } else if (parts.group !== undefined) {
    out.group = parts.group
    const gid =
      parts.group === 'root' ? 0 : (facts?.model?.groups.get(parts.group)?.gid ?? undefined)
    if (gid !== undefined && gid !== null) {
      out.gid = gid
      out.gidSource = `group ${parts.group} of the image`
    }
  } else if (out.uid !== undefined && accounts) {
    for (const [name, a] of accounts) {
      if (a.uid === out.uid && a.gid !== undefined) {
        out.gid = a.gid
        out.gidSource = `primary group of ${name} in the image`
        break
      }
    }
  }
  // Only a model that knows every account of the image can say a name is missing.
  const known = facts?.model ? knownAccounts(facts.model) : undefined
  if (known && parts.name !== undefined && !known.users.has(parts.name))
    out.missing = { kind: 'user', name: parts.name, base: known.base }
  else if (known && parts.group !== undefined && !known.groups.has(parts.group))
    out.missing = { kind: 'group', name: parts.group, base: known.base }
  return out
}

const KIND: Record<DockerContainer['origin'], string> = {
  compose: 'Compose service',
  run: 'Command',
  'job-container': 'Job container',
  'job-service': 'Job service',
}

/** One row of "who runs as whom" for a container Docker starts. */
export function dockerIdentity(
  c: DockerContainer,
  facts: ImageFacts | undefined,
  user: DockerUser,
): ContainerIdentity {
  const link = facts?.resolution.link
  let verdict: ContainerIdentity['verdict']
  if (user.missing) {
    verdict = {
      kind: 'refused',
      message: `Docker refuses to start it: unable to find ${user.missing.kind} ${user.missing.name}: no matching entries in ${user.missing.kind === 'user' ? 'passwd' : 'group'} file`,
    }
  } else if (user.uid === 0) verdict = { kind: 'runs-as-root', message: 'starts, and runs as root' }
  else if (user.uid === undefined)
    verdict = { kind: 'unknown', message: 'starts; the user is unknown' }
  else verdict = { kind: 'starts', message: 'starts' }
  return {
    runtime: 'docker',
    workload: { kind: KIND[c.origin], name: c.name, range: c.anchor },
    container: c.origin === 'run' ? (c.image?.value ?? c.name) : c.name,
    group: 'containers',
    image: c.image?.value ?? c.builtImage,
    build: link
      ? {
          dockerfile: link.dockerfile,
          target: link.target,
          evidence: link.evidence.detail,
          confidence: link.confidence,
        }
      : undefined,
    user: {
      uid: user.uid,
      gid: user.gid,
      name: user.name,
      display: displayUser(user),
      uidSource: user.uidSource,
      gidSource: user.gidSource,
    },
    verdict,
    docker: { startedBy: c.where, tool: c.tool, privileges: dockerPrivileges(c) },
  }
}
