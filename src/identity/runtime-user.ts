/**
 * The uid and gid a container's process will get (KUBERNETES.md A.8): the effective
 * runAsUser, else the image's numeric user, else the image's user name as the runtime
 * resolves it in /etc/passwd, else root. The gid is runAsGroup when set; otherwise containerd
 * takes the passwd entry's group of that uid (the `:gid` of `USER uid:gid` is not used).
 */
import { kubeletImageUser } from '../dockerfile/kubelet-user.js'
import type { ContainerView } from '../k8s/workload.js'
import type { ImageFacts } from './image-facts.js'

export interface RuntimeUser {
  uid?: number
  gid?: number
  /** The image's user name when the uid comes from a name. */
  name?: string
  /**
   * Why the user is known not to be root though its uid is unknown: an account the build
   * creates without a fixed id (account tools never pick 0).
   */
  nonRoot?: string
  uidSource: string
  gidSource?: string
}

export function runtimeUser(c: ContainerView, facts: ImageFacts | undefined): RuntimeUser {
  const eff = c.effective
  const out: RuntimeUser = { uidSource: 'unknown' }
  if (eff.runAsUser) {
    out.uid = eff.runAsUser.value
    out.uidSource = `${eff.runAsUser.from} runAsUser`
  } else if (facts && facts.user !== null) {
    const k = kubeletImageUser(facts.user)
    if (k.uid !== undefined) {
      out.uid = k.uid
      out.uidSource =
        facts.user === '' || facts.user.startsWith(':')
          ? `image has no USER (${facts.userEvidence.text})`
          : `image USER ${facts.user} (${facts.userEvidence.text})`
    } else if (k.username) {
      out.name = k.username
      const account = facts.accounts.get(k.username)
      if (account?.uid !== undefined) out.uid = account.uid
      else if (account?.created) out.nonRoot = createdWithoutId(k.username, account.created)
      const how = account?.note ? `, ${account.note}` : ''
      out.uidSource = `image USER ${facts.user}${account?.uid !== undefined ? ` (${k.username} is uid ${account.uid} in the image${how})` : out.nonRoot ? ` (${out.nonRoot})` : ''} (${facts.userEvidence.text})`
    }
  }
  if (eff.runAsGroup) {
    out.gid = eff.runAsGroup.value
    out.gidSource = `${eff.runAsGroup.from} runAsGroup`
  } else if (out.uid !== undefined && facts) {
    for (const [name, a] of facts.accounts) {
      if (a.uid === out.uid && a.gid !== undefined) {
        out.gid = a.gid
        out.gidSource = `primary group of ${name} in the image`
        break
      }
    }
  }
  return out
}

/** `app is created by adduser at line 28 without a fixed id: …`. */
export function createdWithoutId(name: string, where: string): string {
  return `${name} is created by ${where} without a fixed id: the tool picks a free non-zero id, so not root`
}

/** Whether the user is known not to be root (a uid other than 0, or a created account). */
export function knownNonRoot(u: RuntimeUser): boolean {
  return u.uid !== undefined ? u.uid !== 0 : u.nonRoot !== undefined
}

/** `uid 1000`, or `app (a non-root account whose uid the build picks)`, for messages. */
export function userLabel(u: RuntimeUser): string {
  if (u.uid !== undefined) return `uid ${u.uid}`
  return `${u.name ?? 'an account'} (a non-root account whose uid the build picks)`
}

export function displayUser(u: RuntimeUser): string {
  const uid = u.uid !== undefined ? String(u.uid) : (u.name ?? '?')
  const gid = u.gid !== undefined ? `:${u.gid}` : ''
  const root = u.uid === 0 ? ' (root)' : ''
  if (u.uid === undefined && u.name === undefined) return 'unknown'
  return `${uid}${gid}${root}`
}
