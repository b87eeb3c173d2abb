/** Shared wording for the rules over containers Docker starts. */
import type { Setting } from '../../docker/types.js'

export const DOCKER_TAGS = ['docker', 'compose', 'security']

/** A setting as written: `privileged: true`, `cap_add: SYS_ADMIN`, `--cap-add SYS_ADMIN`, `--privileged`. */
export function said(s: Setting<unknown>, shown: string = String(s.value)): string {
  if (s.written.startsWith('-')) {
    const bare = typeof s.value === 'boolean' && s.value
    return bare ? s.written : `${s.written} ${shown}`
  }
  return `${s.written}: ${shown}`
}

/** Stable finding key of a setting: what it says, never where. */
export function keyOf(s: Setting<unknown>, extra = ''): string {
  return `${s.written.replace(/^-+/, '')}=${String(s.value)}${extra}`
}
