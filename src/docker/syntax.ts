/**
 * The small value syntaxes Docker, Podman and Compose share: volume specs
 * (`SRC:DST[:OPTS]`), `--mount` CSV, port specs (`[IP:][HOST:]CONTAINER[/PROTO]`),
 * capability names, security options (`key=value`, or the legacy `key:value`) and
 * `name[:group]` users. Values may hold holes (unresolved variables); those parts stay
 * unknown.
 */
import { posix } from 'node:path'
import { hasEncodedHoles } from '../images/template.js'
import type { MountSetting } from './types.js'

/** The capabilities Docker (moby) grants a container by default. */
export const DOCKER_DEFAULT_CAPS: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
])

/** Podman's default set (containers.conf since Podman 4): Docker's without AUDIT_WRITE, MKNOD and NET_RAW. */
export const PODMAN_DEFAULT_CAPS: ReadonlySet<string> = new Set(
  [...DOCKER_DEFAULT_CAPS].filter((c) => !['AUDIT_WRITE', 'MKNOD', 'NET_RAW'].includes(c)),
)

/** `cap_net_admin` → `NET_ADMIN`; `all` → `ALL`. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '')
}

/** A security option as Docker reads it: `seccomp=unconfined`, legacy `seccomp:unconfined`, `no-new-privileges`. */
export function parseSecurityOpt(text: string): { key: string; value: string } {
  const t = text.trim()
  const eq = t.indexOf('=')
  const colon = t.indexOf(':')
  const at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon)
  if (at < 0) return { key: t.toLowerCase(), value: '' }
  return { key: t.slice(0, at).trim().toLowerCase(), value: t.slice(at + 1).trim() }
}

/** Whether a security option turns no_new_privs on (`no-new-privileges`, `=true`, `:true`). */
export function isNoNewPrivileges(text: string): boolean {
  const { key, value } = parseSecurityOpt(text)
  if (key !== 'no-new-privileges') return false
  return value === '' || /^(true|1)$/i.test(value)
}

/** Security options that switch a confinement off, with what they switch off. */
export function unconfinedOption(text: string): string | undefined {
  const { key, value } = parseSecurityOpt(text)
  const v = value.toLowerCase()
  if (key === 'seccomp' && v === 'unconfined') return 'the seccomp filter'
  if (key === 'apparmor' && v === 'unconfined') return 'the AppArmor profile'
  if (key === 'label' && v === 'disable') return 'SELinux labelling'
  if (key === 'systempaths' && v === 'unconfined') return 'the masking of /proc and /sys paths'
  if (key === 'unmask' && v !== '')
    return `the masking of ${value === 'ALL' ? 'every /proc and /sys path' : value}`
  return undefined
}

type MountParts = Pick<MountSetting, 'type' | 'source' | 'target' | 'readOnly'>

/** Whether a volume source names a host path (a bind mount) rather than a named volume. */
export function isHostPath(source: string): boolean {
  return (
    source.startsWith('/') ||
    source.startsWith('.') ||
    source.startsWith('~') ||
    source.includes('/') ||
    /^[A-Za-z]:[\\/]/.test(source) ||
    source.startsWith('\\\\') ||
    // `${PWD}:/src`, `$(pwd):/work` (shown as `${$(pwd)}`): a variable standing for a path.
    source.startsWith('${')
  )
}

/** `-v` / Compose short syntax: `[SOURCE:]TARGET[:OPTIONS]` (Windows drive letters kept). */
export function parseVolumeSpec(spec: string): MountParts {
  const parts: string[] = []
  for (const p of spec.split(':')) {
    const last = parts[parts.length - 1]
    // `C:\data:/data`: a drive letter is not a separator.
    if (last !== undefined && /^[A-Za-z]$/.test(last) && parts.length === 1 && /^[\\/]/.test(p))
      parts[parts.length - 1] = `${last}:${p}`
    else parts.push(p)
  }
  if (parts.length === 1) return { type: 'volume', target: parts[0], readOnly: false }
  const [source, target, options = ''] = parts
  const opts = options.split(',').map((o) => o.trim())
  const readOnly = opts.includes('ro') || opts.includes('readonly')
  if (source === '') return { type: 'volume', target, readOnly }
  return { type: isHostPath(source) ? 'bind' : 'volume', source, target, readOnly }
}

/** `--mount type=bind,source=/,target=/host,readonly` (CSV; quotes around fields removed). */
export function parseMountFlag(spec: string): MountParts {
  const fields = new Map<string, string>()
  for (const raw of spec.split(',')) {
    const f = raw.trim().replace(/^"(.*)"$/, '$1')
    const eq = f.indexOf('=')
    fields.set(
      (eq < 0 ? f : f.slice(0, eq)).trim().toLowerCase(),
      eq < 0 ? '' : f.slice(eq + 1).trim(),
    )
  }
  const type = fields.get('type') ?? 'volume'
  const source = fields.get('source') ?? fields.get('src')
  const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst')
  const ro = fields.has('readonly') ? fields.get('readonly') : fields.get('ro')
  return {
    type: type === 'bind' || type === 'volume' || type === 'tmpfs' ? type : 'other',
    source: source || undefined,
    target,
    readOnly: ro !== undefined && (ro === '' || /^(true|1)$/i.test(ro)),
  }
}

/** A host path as the kernel sees it: `//var/run/docker.sock/` → `/var/run/docker.sock`. */
export function normalizeHostPath(path: string): string | undefined {
  if (!path.startsWith('/') || path.includes('${') || hasEncodedHoles(path)) return undefined
  const n = posix.normalize(path)
  return n.length > 1 ? n.replace(/\/+$/, '') : n
}

/** The container side of a port spec: `8080:80/tcp` → 80, `127.0.0.1:53:53/udp` → 53. */
export function parsePortSpec(spec: string): {
  containerPort?: number
  containerPortEnd?: number
  protocol: string
} {
  let text = spec.trim()
  let protocol = 'tcp'
  const slash = text.lastIndexOf('/')
  if (slash >= 0) {
    protocol = text.slice(slash + 1).toLowerCase() || 'tcp'
    text = text.slice(0, slash)
  }
  const container = text.slice(text.lastIndexOf(':') + 1)
  const m = /^(\d+)(?:-(\d+))?$/.exec(container)
  if (!m) return { protocol }
  const start = Number(m[1])
  return { containerPort: start, containerPortEnd: m[2] ? Number(m[2]) : start, protocol }
}
