/** Paths relative to the scanned root, always with forward slashes. */
import { posix } from 'node:path'

/**
 * Joins `base` and `p` (relative to the root) and normalises. Returns undefined when the
 * result leaves the root or `p` is absolute: such a path cannot name a file we scanned.
 */
export function joinRel(base: string, p: string): string | undefined {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return undefined
  const joined = posix.normalize(posix.join(base || '.', p.replace(/\\/g, '/')))
  const trimmed = joined.replace(/\/+$/, '') || '.'
  if (trimmed === '..' || trimmed.startsWith('../')) return undefined
  return trimmed === '' ? '.' : trimmed.replace(/^\.\//, '')
}

export function dirOf(rel: string): string {
  const d = posix.dirname(rel)
  return d === '' ? '.' : d
}

export function baseOf(rel: string): string {
  return posix.basename(rel)
}

/** True for build contexts that are not local folders (git URLs, tarballs, stdin). */
export function isRemoteContext(ctx: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i.test(ctx) || ctx === '-'
}
