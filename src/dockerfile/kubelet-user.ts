/**
 * How the kubelet reads an image's User string (KUBERNETES.md A.3): the text
 * before the first ':' is parsed as a signed base-10 int64 (uid) or else
 * taken as a username; an empty string means neither, which the kubelet
 * treats as uid 0.
 */
import type { KubeletImageUser } from './types.js'

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

/** Go's strconv.ParseInt(s, 10, 64): optional sign, decimal digits, in range. */
export function parseInt64(s: string): number | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined
  const b = BigInt(s)
  if (b < INT64_MIN || b > INT64_MAX) return undefined
  return Number(b)
}

/** containerd's getUserFromImage: `{uid}` or `{username}`, or `{}` for ''. */
export function imageUserToCri(user: string): KubeletImageUser {
  if (user === '') return {}
  const colon = user.indexOf(':')
  const part = colon === -1 ? user : user.slice(0, colon)
  const uid = parseInt64(part)
  return uid !== undefined ? { uid } : { username: part }
}

/** The kubelet's getImageUser: neither uid nor username means uid 0. */
export function kubeletImageUser(user: string): KubeletImageUser {
  const cri = imageUserToCri(user)
  if (cri.uid !== undefined) return cri
  if (cri.username) return cri
  return { uid: 0 }
}

/** Splits `user[:group]` into numeric and named parts as written. */
export function splitUserSpec(raw: string): {
  uid?: number
  gid?: number
  name?: string
  group?: string
} {
  const colon = raw.indexOf(':')
  const u = colon === -1 ? raw : raw.slice(0, colon)
  const g = colon === -1 ? undefined : raw.slice(colon + 1)
  const out: { uid?: number; gid?: number; name?: string; group?: string } = {}
  const uid = parseInt64(u)
  if (uid !== undefined) out.uid = uid
  else if (u !== '') out.name = u
  if (g !== undefined && g !== '') {
    const gid = parseInt64(g)
    if (gid !== undefined) out.gid = gid
    else out.group = g
  }
  return out
}
