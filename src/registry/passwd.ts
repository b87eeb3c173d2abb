/** /etc/passwd and /etc/group as the C library reads them (colon-separated, `#` lines skipped). */
import type { GroupEntry, PasswdEntry } from './types.js'

const MAX_ID = 2 ** 32 - 1

function id(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return undefined
  const n = Number(text)
  return n <= MAX_ID ? n : undefined
}

export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = []
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('+') || line.startsWith('-')) continue
    const f = line.replace(/\r$/, '').split(':')
    const uid = id(f[2])
    const gid = id(f[3])
    if (!f[0] || uid === undefined || gid === undefined) continue
    const e: PasswdEntry = { name: f[0], uid, gid }
    if (f[5]) e.home = f[5]
    if (f[6]) e.shell = f[6]
    out.push(e)
  }
  return out
}

export function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = []
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('+') || line.startsWith('-')) continue
    const f = line.replace(/\r$/, '').split(':')
    const gid = id(f[2])
    if (!f[0] || gid === undefined) continue
    out.push({ name: f[0], gid, members: (f[3] ?? '').split(',').filter(Boolean) })
  }
  return out
}
