/**
 * The passwd/group view of an image as the build goes: distribution
 * defaults, accounts the base-image fact knows, then what RUN creates.
 */
import { distroAccounts } from './distro.js'
import type { BaseImageFact, Distro, GroupAccount, UserAccount } from './types.js'

export class AccountTable {
  users = new Map<string, UserAccount>()
  groups = new Map<string, GroupAccount>()

  clone(): AccountTable {
    const t = new AccountTable()
    t.users = new Map(this.users)
    t.groups = new Map(this.groups)
    return t
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
