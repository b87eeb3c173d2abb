/**
 * Paths an image prepared for writing: chowned to a non-root owner or made group- or
 * world-writable in the Dockerfile, with their final owner and write bits.
 */
import { posix } from 'node:path'
import type { SourceRange } from '../../core/range.js'
import type { ImageModel, OwnershipChange } from '../../dockerfile/index.js'
import { runtimeWrites, type RuntimeWrite } from '../../images/runtime-writes.js'
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

/** A runtime's write path inside the application directory the image prepared for its own user. */
export interface RuntimePreparedPath extends PreparedPath {
  write: RuntimeWrite
  /** The COPY --chown or chown that gave the directory to the image's user. */
  preparedBy: OwnershipChange
  /** The USER line the owner matches. */
  userText: string
  userRange?: SourceRange
}

/**
 * Where a known runtime writes (runtime-writes.ts) that fails without the write, inside the
 * application directory (the final WORKDIR or below) when the build gave that directory to
 * the account the image runs as (WORKDIR + COPY --chown or chown + USER of the same
 * account): that ownership is then a sign of writing, where on its own it is only how an
 * image is tidied (preparedPaths leaves it out).
 */
export function runtimePreparedPaths(model: ImageModel, c: ContainerView): RuntimePreparedPath[] {
  const eu = model.effectiveUser
  const userUid = eu.resolvedUid ?? eu.uid
  if (eu.raw === null || eu.raw === '' || userUid === 0 || eu.name === 'root') return []
  const workdir = model.workdir?.path.replace(/(.)\/+$/, '$1')
  if (workdir === undefined) return []
  const command = {
    command: stringList(c.spec.command),
    args: stringList(c.spec.args),
  }
  const out: RuntimePreparedPath[] = []
  for (const write of runtimeWrites(model, command)) {
    const app = write.appDir
    if (write.fact.within !== 'app' || write.fact.onFailure !== 'fails' || app === undefined) {
      continue
    }
    if (!(app === workdir || app.startsWith(workdir === '/' ? '/' : `${workdir}/`))) continue
    let owner: OwnershipChange | undefined
    let bits: WriteBits = {}
    for (const change of model.chowns) {
      if (change.conditional || change.path.includes('$')) continue
      const p = change.path.replace(/(.)\/+$/, '$1')
      // Given inside the working directory: the app's folder or the folder it was copied into.
      const inWorkdir = p === workdir || p.startsWith(workdir === '/' ? '/' : `${workdir}/`)
      if (!inWorkdir || !givesPath(model, change, p, write.path)) continue
      if (change.owner) owner = change
      if (change.mode) bits = applyMode(change.mode, bits)
    }
    const o = owner?.owner
    if (!owner || !o) continue
    const sameAccount =
      (o.uid !== undefined && userUid !== undefined && o.uid === userUid) ||
      (o.user !== undefined && eu.name !== undefined && o.user === eu.name)
    if (!sameAccount) continue
    out.push({
      path: write.path,
      ownerUid: o.uid,
      ownerGid: o.gid,
      ownerText: o.raw,
      groupWritable: bits.g,
      worldWritable: bits.o,
      ranges: [owner.range],
      write,
      preparedBy: owner,
      userText:
        eu.origin.kind === 'dockerfile'
          ? `USER ${eu.written ?? eu.raw} (line ${eu.origin.range.startLine})`
          : `USER ${eu.raw}`,
      userRange: eu.origin.kind === 'dockerfile' ? eu.origin.range : undefined,
    })
  }
  return out
}

/**
 * Whether an ownership change at `p` decides who may write `target`: a recursive chown owns
 * everything below, a plain one the path itself and what is created directly in it, and a
 * COPY --chown what it copies, which holds the folders below its destination only when it
 * copies a folder's contents (the build context `.`, a `dir/`, a folder of a build stage, the
 * Next.js standalone output, which always holds `.next`), not when it copies files.
 */
function givesPath(model: ImageModel, change: OwnershipChange, p: string, target: string): boolean {
  if (target === p) return true
  if (!target.startsWith(p === '/' ? '/' : `${p}/`)) return false
  if (change.how.startsWith('RUN')) return change.recursive === true || posix.dirname(target) === p
  const copy = model.copies.find((x) => x.range === change.instruction)
  return !!copy && copy.sources.some((src) => copiesFolderContents(src, copy.from !== undefined))
}

function copiesFolderContents(src: string, fromStage: boolean): boolean {
  if (src === '.' || src === './' || src.endsWith('/')) return true
  if (/(^|\/)\.next\/standalone$/.test(src)) return true
  // A path of a build stage without an extension is a folder (`/app`, `/rails`).
  return fromStage && src.startsWith('/') && !/\.[A-Za-z0-9]+$/.test(posix.basename(src))
}

function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined
  return v.map((x) => (typeof x === 'string' ? x : String(x)))
}

/** A path covered by one of several others (the same or a parent). */
export function coveredBy(path: string, others: readonly { path: string }[]): boolean {
  return others.some((o) => {
    const p = o.path.replace(/(.)\/+$/, '$1')
    return path === p || path.startsWith(p === '/' ? '/' : `${p}/`)
  })
}
