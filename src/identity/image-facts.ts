import type { SourceRange } from '../core/range.js'
import type { DockerfileModel, ImageModel } from '../dockerfile/index.js'
import type { BaseImageFact } from '../images/base-images.js'
import type { ImageResolution } from '../images/links/types.js'
import { isDict, list, str } from '../k8s/fields.js'
import type { ContainerView } from '../k8s/workload.js'

/** An account known to exist in an image (from the Dockerfile or the base-image facts). */
export interface KnownAccount {
  uid?: number
  gid?: number
  /** How the id is known when it is a prediction (`uid 100 predicted from …`). */
  note?: string
  /**
   * The build creates the account without a fixed id (`adduser -S app`): the tool picks a
   * free id from its range, never 0. Says where, for messages.
   */
  created?: string
}

/**
 * One container of the scan that runs an image built here: what it runs (its role) and
 * where it mounts volumes. Images that hold several programs (one binary per component)
 * prepare paths for some roles only; the other roles' containers never write there.
 */
export interface ImageRun {
  /** `command` and `args` as written (JSON); '[null,null]' runs the image's own entrypoint. */
  role: string
  /** `volumeMounts[].mountPath` of the container. */
  mountPaths: readonly string[]
}

/** What the repository tells about the image a container runs. */
export interface ImageFacts {
  /** The image reference as the workload writes it. */
  ref: string
  resolution: ImageResolution
  /** The Dockerfile target that builds the image, when linked. */
  dockerfile?: DockerfileModel
  model?: ImageModel
  /** Facts of a well-known image that is not built in the repository. */
  baseFact?: BaseImageFact
  /**
   * The image config `User` the runtime will see: '' when the image sets none (root), a uid,
   * `uid:gid` or a name; null when the repository cannot tell.
   */
  user: string | null
  /** Where `user` comes from, for messages: the USER line, the FROM line, or a base-image fact. */
  userEvidence: { text: string; range?: SourceRange }
  /** Accounts by name (USER names resolve through these; the kubelet never does). */
  accounts: Map<string, KnownAccount>
  /** Every container of the scan that runs the same build target (filled after the whole scan is read). */
  runs?: readonly ImageRun[]
}

export function userEvidenceOf(model: ImageModel): { text: string; range?: SourceRange } {
  const eu = model.effectiveUser
  const origin = eu.origin
  if (origin.kind === 'dockerfile') {
    const inherited = origin.inherited ? ', inherited from an earlier stage' : ''
    return {
      text: `USER ${eu.written ?? eu.raw ?? ''} at line ${origin.range.startLine}${inherited}`,
      range: origin.range,
    }
  }
  if (origin.kind === 'base-image') {
    const who = eu.raw === '' ? 'sets no USER, so it runs as root' : `runs as USER ${eu.raw}`
    const how =
      (origin.fact?.origin === 'registry' || origin.fact?.origin === 'repository') &&
      origin.fact.evidence
        ? ` (${origin.fact.evidence})`
        : ''
    return {
      text: `no USER of its own; the base image ${origin.image} ${who}${how}`,
      range: model.baseImage.range,
    }
  }
  return {
    text: `no USER of its own, and its base image ${origin.image ?? '(unresolved)'} is not known (${origin.reason})`,
    range: model.baseImage.range,
  }
}

export function accountsOf(
  model: ImageModel | undefined,
  fact: BaseImageFact | undefined,
): Map<string, KnownAccount> {
  const out = new Map<string, KnownAccount>()
  out.set('root', { uid: 0, gid: 0 })
  for (const a of fact?.accounts ?? []) out.set(a.name, { uid: a.uid, gid: a.gid })
  if (model) {
    for (const [name, u] of model.users) {
      const predicted = u.note?.includes(' predicted from ') ? { note: u.note } : {}
      const made =
        u.origin === 'created' && u.uid === null
          ? model.createdUsers.findLast((c) => c.name === name)
          : undefined
      const created = made ? { created: `${made.via} at line ${made.range.startLine}` } : {}
      out.set(name, {
        uid: u.uid ?? undefined,
        gid: u.gid ?? undefined,
        ...predicted,
        ...created,
      })
    }
  }
  return out
}

/** What a container runs and where it mounts volumes. */
export function imageRun(c: ContainerView): ImageRun {
  return {
    role: roleOf(c),
    mountPaths: list(c.spec.volumeMounts).flatMap((m) => {
      const p = isDict(m) ? str(m.mountPath) : undefined
      return p ? [p] : []
    }),
  }
}

/** The program a container runs: its command and args as written. */
export function roleOf(c: ContainerView): string {
  return JSON.stringify([c.spec.command ?? null, c.spec.args ?? null])
}
