/**
 * The passwd/group view of an image as the build goes: distribution
 * defaults, accounts the base-image fact knows, then what RUN creates.
 */
import { distroAccounts } from './distro.js'
import { type AllocationRule, allocateId, RULE_TOOL } from './id-allocation.js'
import type { BaseImageFact, Distro, GroupAccount, UserAccount } from './types.js'

export class AccountTable {
  users = new Map<string, UserAccount>()
  groups = new Map<string, GroupAccount>()
  /**
   * The image whose whole /etc/passwd and /etc/group the table started from
   * (`name@sha256:…`): ids a tool picks can then be predicted.
   */
  basis?: string

  clone(): AccountTable {
    const t = new AccountTable()
    t.users = new Map(this.users)
    t.groups = new Map(this.groups)
    t.basis = this.basis
    return t
  }

  /**
   * The id a tool would pick now, with the sentence that says how it is known; undefined
   * unless the base image's accounts are all known.
   */
  predict(
    kind: 'uid' | 'gid',
    rule: AllocationRule,
    alsoFreeAsGid = false,
  ): { id: number; note: string } | undefined {
    if (!this.basis) return undefined
    const uids = new Set([...this.users.values()].flatMap((u) => (u.uid === null ? [] : [u.uid])))
    const gids = new Set([...this.groups.values()].flatMap((g) => (g.gid === null ? [] : [g.gid])))
    // An earlier account whose id is itself unknown makes the next pick unknowable.
    const pending =
      kind === 'uid'
        ? [...this.users.values()].some((u) => u.uid === null)
        : [...this.groups.values()].some((g) => g.gid === null)
    if (pending) return undefined
    const id = allocateId(rule, kind === 'uid' ? uids : gids, alsoFreeAsGid ? gids : new Set())
    if (id === undefined) return undefined
    return {
      id,
      note: `${kind} ${id} predicted from ${this.basis} and ${RULE_TOOL[rule]}'s allocation rule`,
    }
  }

  seedDistro(d: Distro | undefined): void {
    const a = distroAccounts(d)
    for (const [name, gid] of a.groups) {
      if (!this.groups.has(name))
        this.groups.set(name, { name, gid, system: true, origin: 'distro' })
    }
    for (const [name, uid, gid] of a.users) {
      if (!this.users.has(name)) {
        this.users.set(name, {
          name,
          uid,
          gid,
          group: this.groupByGid(gid)?.name ?? null,
          system: true,
          origin: 'distro',
        })
      }
    }
  }

  seedFact(f: BaseImageFact): void {
    if (f.accountsComplete && f.groups) {
      // The image's own files replace the distribution's defaults.
      this.users.clear()
      this.groups.clear()
      for (const g of f.groups)
        this.groups.set(g.name, {
          name: g.name,
          gid: g.gid ?? null,
          system: false,
          origin: 'base-image',
        })
      this.basis = f.digest ? `${f.image}@${f.digest.slice(0, 19)}…` : f.image
    }
    for (const u of f.accounts) {
      this.users.set(u.name, {
        name: u.name,
        uid: u.uid ?? null,
        gid: u.gid ?? null,
        group: u.gid !== undefined ? (this.groupByGid(u.gid)?.name ?? null) : null,
        system: false,
        origin: 'base-image',
      })
    }
  }

  groupByGid(gid: number): GroupAccount | undefined {
    for (const g of this.groups.values()) if (g.gid === gid) return g
    return undefined
  }

  userByUid(uid: number): UserAccount | undefined {
    for (const u of this.users.values()) if (u.uid === uid) return u
    return undefined
  }

  /** A group given as name or number. */
  resolveGroup(spec: string): { name: string | null; gid: number | null; known: boolean } {
    if (/^\d+$/.test(spec)) {
      const gid = Number(spec)
      return { name: this.groupByGid(gid)?.name ?? null, gid, known: true }
    }
    const g = this.groups.get(spec)
    return { name: spec, gid: g?.gid ?? null, known: g !== undefined }
  }
}
