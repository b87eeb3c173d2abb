/**
 * The id an account tool picks when it is given none, as each tool's source and manual say,
 * checked against the real tools where Debian ships them (test/dockerfile/id-allocation):
 *
 * - BusyBox `adduser` / `addgroup` (loginutils/adduser.c, addgroup.c): the first free id
 *   upwards from CONFIG_FIRST_SYSTEM_ID (100) with `-S`, else from CONFIG_LAST_SYSTEM_ID + 1
 *   (1000); `adduser` without a group also needs the uid free as a gid (its group gets it).
 * - shadow `useradd -r` / `groupadd -r` (find_new_uid.c, find_new_gid.c): one below the lowest
 *   id in use within SYS_UID_MIN..SYS_UID_MAX (101..999 when login.defs sets none), the top of
 *   the range when none is used, else the highest free id in the range. Without `-r`: one
 *   above the highest id in use within UID_MIN..UID_MAX (1000..60000), else UID_MIN.
 *   `useradd`'s same-name group takes the uid as its gid when that gid is free.
 * - Debian `adduser` / `addgroup` (adduser.conf): the first free id upwards from
 *   FIRST_SYSTEM_UID/GID (100) to 999 with `--system`, else from FIRST_UID/GID (1000).
 *
 * Only used when the base image's whole /etc/passwd and /etc/group are known.
 */

export type AllocationRule =
  'busybox-system' | 'busybox' | 'shadow-system' | 'shadow' | 'debian-system' | 'debian'

export const RULE_TOOL: Record<AllocationRule, string> = {
  'busybox-system': 'BusyBox',
  busybox: 'BusyBox',
  'shadow-system': 'shadow (useradd/groupadd -r)',
  shadow: 'shadow (useradd/groupadd)',
  'debian-system': 'Debian adduser --system',
  debian: 'Debian adduser',
}

function firstFree(used: (id: number) => boolean, from: number, to: number): number | undefined {
  for (let id = from; id <= to; id++) if (!used(id)) return id
  return undefined
}

/** The id the rule picks, given the ids in use; undefined when the range is full. */
export function allocateId(
  rule: AllocationRule,
  inUse: ReadonlySet<number>,
  /** Ids that must also be free (BusyBox adduser: the uid as a gid). */
  alsoFree: ReadonlySet<number> = new Set(),
): number | undefined {
  const used = (id: number) => inUse.has(id) || alsoFree.has(id)
  switch (rule) {
    case 'busybox-system':
      return firstFree(used, 100, 999)
    case 'busybox':
      return firstFree(used, 1000, 64999)
    case 'debian-system':
      return firstFree(used, 100, 999)
    case 'debian':
      return firstFree(used, 1000, 59999)
    case 'shadow-system': {
      const [min, max] = [101, 999]
      const inRange = [...inUse].filter((id) => id >= min && id <= max)
      const candidate = inRange.length ? Math.min(...inRange) - 1 : max
      if (candidate >= min && !used(candidate)) return candidate
      for (let id = max; id >= min; id--) if (!used(id)) return id
      return undefined
    }
    case 'shadow': {
      const [min, max] = [1000, 60000]
      const inRange = [...inUse].filter((id) => id >= min && id <= max)
      const candidate = inRange.length ? Math.max(...inRange) + 1 : min
      if (candidate <= max && !used(candidate)) return candidate
      return firstFree(used, min, max)
    }
  }
}
