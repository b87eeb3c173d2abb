/**
 * Paths an image prepared for writing: chowned to a non-root owner or made group- or
 * world-writable in the Dockerfile, with their final owner and write bits.
 */
import type { SourceRange } from '../../core/range.js'
import type { ImageModel } from '../../dockerfile/index.js'
import { type ImageFacts, roleOf } from '../../identity/image-facts.js'
import { isDict, list, str } from '../../k8s/fields.js'
import type { ContainerView } from '../../k8s/workload.js'

export interface PreparedPath {
  path: string
  ownerUid?: number
  ownerGid?: number
  ownerText?: string
  /** Write bit for the group / for others after every chmod, when known. */
  groupWritable?: boolean
  worldWritable?: boolean
  ranges: SourceRange[]
}

/** Write bits of the owner, the group and others; undefined when unknown. */
export interface WriteBits {
  u?: boolean
  g?: boolean
  o?: boolean
}

/**
 * Applies a chmod mode (octal or symbolic) to the write bits. Symbolic copies (`g=u`) take
 * the source class's bit; the owner's starts out set (mkdir gives 0755, files 0644).
 */
export function applyMode(mode: string, bits: WriteBits): WriteBits {
  const out: WriteBits = { u: true, ...bits }
  if (/^[0-7]{3,4}$/.test(mode)) {
    const n = parseInt(mode, 8)
    return { u: (n & 0o200) !== 0, g: (n & 0o020) !== 0, o: (n & 0o002) !== 0 }
  }
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*|[ugo])$/.exec(clause)
    if (!m) return { u: undefined, g: undefined, o: undefined }
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1]
    const copy = /^[ugo]$/.test(m[3]) ? out[m[3] as 'u' | 'g' | 'o'] : undefined
    const w = copy ?? m[3].includes('w')
    for (const k of ['u', 'g', 'o'] as const) {
      if (!who.includes(k)) continue
      if (copy === undefined && /^[ugo]$/.test(m[3])) out[k] = undefined
      else if (m[2] === '+' && w) out[k] = true
      else if (m[2] === '-' && w) out[k] = false
      else if (m[2] === '=') out[k] = w
    }
  }
  return out
}

/**
 * An account's home directory (`/root`, `/home/NAME`). Giving a new account its home is how
 * accounts are made, not a sign that the program writes there; what is prepared inside it
 * (`/home/app/.cache`, or the home chowned recursively with the app in it) still counts.
 */
export function isHomeDir(path: string): boolean {
  return path === '/root' || /^\/home\/[^/]+$/.test(path)
}

/**
 * Final ownership and write bits per path, from the model's chown/chmod/COPY --chown records,
 * for the paths the build prepared for writing. What counts: a mode that lets the group or
 * others write, or a RUN chown/chgrp/install that hands a dedicated path to a non-root
 * account. What does not: ownership of copied content (COPY --chown), and the application
 * directory itself (the final WORKDIR and its parents, chowned so the files belong to the
 * app) or a home directory changed only on its own (see isHomeDir) unless others may write
 * there. Those are how images are tidied, not signs of where the program writes.
 */
export function preparedPaths(model: ImageModel): PreparedPath[] {
  const byPath = new Map<
    string,
    PreparedPath & { bits: WriteBits; owned: boolean; deep: boolean; runOwned: boolean }
  >()
  for (const change of model.chowns) {
    if (change.conditional || change.path.includes('$') || !change.path.startsWith('/')) continue
    const entry = byPath.get(change.path) ?? {
      path: change.path,
      ranges: [],
      bits: {},
      owned: false,
      deep: false,
      runOwned: false,
    }
    if (change.recursive) entry.deep = true
    if (change.owner) {
      const o = change.owner
      if (o.uid !== undefined || o.user !== undefined) {
        entry.ownerUid = o.uid
        entry.ownerText = o.raw
        entry.owned = true
      }
      if (o.gid !== undefined) entry.ownerGid = o.gid
      if (change.how.startsWith('RUN ')) entry.runOwned = true
    }
    if (change.mode) entry.bits = applyMode(change.mode, entry.bits)
    entry.ranges.push(change.range)
    byPath.set(change.path, entry)
  }
  const workdir = model.workdir?.path.replace(/\/+$/, '') || undefined
  const appDir = (p: string) =>
    workdir !== undefined && (p === workdir || p === '/' || workdir.startsWith(p + '/'))
  const out: PreparedPath[] = []
  for (const e of byPath.values()) {
    // The application and home directories count only when anyone may write there.
    if ((appDir(e.path) || (isHomeDir(e.path) && !e.deep)) && !e.bits.o) continue
    const forNonRoot =
      e.owned &&
      e.runOwned &&
      e.ownerUid !== 0 &&
      !(e.ownerUid === undefined && e.ownerText?.split(':')[0] === 'root')
    if (!forNonRoot && !e.bits.g && !e.bits.o) continue
    out.push({
      path: e.path,
      ownerUid: e.ownerUid,
      ownerGid: e.ownerGid,
      ownerText: e.ownerText,
      groupWritable: e.bits.g,
      worldWritable: e.bits.o,
      ranges: e.ranges,
    })
  }
  return out
}

/** Whether a path is under one of the container's volume mounts (the mount hides the image's files). */
export function mountedOver(c: ContainerView, path: string): string | undefined {
  for (const m of list(c.spec.volumeMounts)) {
    const mountPath = isDict(m) ? str(m.mountPath) : undefined
    if (!mountPath) continue
    if (covers(mountPath, path)) return mountPath
  }
  return undefined
}

/**
 * Another container of the scan runs the same image with a different command and mounts a
 * volume over the path: the path belongs to that program (images that bundle one binary per
 * component prepare paths for some of them only), and this container's program is not
 * taken to write there. The same command without the mount is still reported.
 */
export function preparedForAnotherRole(facts: ImageFacts, c: ContainerView, path: string): boolean {
  const role = roleOf(c)
  return (facts.runs ?? []).some(
    (r) => r.role !== role && r.mountPaths.some((mp) => covers(mp, path)),
  )
}

function covers(mountPath: string, path: string): boolean {
  const mp = mountPath.replace(/\/+$/, '') || '/'
  return path === mp || path.startsWith(mp === '/' ? '/' : mp + '/')
}

/** Whether a path is under a VOLUME of the image (containerd mounts those as writable volumes). */
export function underImageVolume(model: ImageModel, path: string): boolean {
  return model.volumes.some((v) => {
    const vp = v.path.replace(/\/+$/, '')
    return path === vp || path.startsWith(vp + '/')
  })
}

/** Groups the process has: its primary gid, fsGroup and supplementalGroups. */
export function processGroups(
  primary: number | undefined,
  podSc: Record<string, unknown>,
): Set<number> {
  const out = new Set<number>()
  if (primary !== undefined) out.add(primary)
  if (typeof podSc.fsGroup === 'number') out.add(podSc.fsGroup)
  for (const g of list(podSc.supplementalGroups)) if (typeof g === 'number') out.add(g)
  return out
}
