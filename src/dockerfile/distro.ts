/**
 * Distribution facts the user-creation commands depend on: which `adduser`
 * a base ships (BusyBox or Debian's), and the accounts and groups its
 * /etc/passwd and /etc/group carry out of the box (Alpine's `www-data` group
 * is 82 and `nogroup` 65533; Debian's `users` is 100 and `nogroup` 65534).
 * Sources: alpine-baselayout /etc/group and /etc/passwd, Debian base-passwd,
 * distroless common/BUILD.bazel.
 */
import type { Distro } from './types.js'

export interface DistroAccounts {
  users: [name: string, uid: number, gid: number][]
  groups: [name: string, gid: number][]
}

const ROOT: DistroAccounts = { users: [['root', 0, 0]], groups: [['root', 0]] }

const ACCOUNTS: Record<Distro, DistroAccounts> = {
  alpine: {
    users: [
      ['root', 0, 0],
      ['bin', 1, 1],
      ['daemon', 2, 2],
      ['nobody', 65534, 65534],
    ],
    groups: [
      ['root', 0],
      ['bin', 1],
      ['daemon', 2],
      ['wheel', 10],
      ['www-data', 82],
      ['users', 100],
      ['nogroup', 65533],
      ['nobody', 65534],
    ],
  },
  busybox: {
    users: [
      ['root', 0, 0],
      ['daemon', 1, 1],
      ['bin', 2, 2],
      ['nobody', 65534, 65534],
    ],
    groups: [
      ['root', 0],
      ['daemon', 1],
      ['bin', 2],
      ['www-data', 33],
      ['users', 100],
      ['nogroup', 65534],
    ],
  },
  debian: {
    users: [
      ['root', 0, 0],
      ['daemon', 1, 1],
      ['bin', 2, 2],
      ['sys', 3, 3],
      ['www-data', 33, 33],
      ['nobody', 65534, 65534],
    ],
    groups: [
      ['root', 0],
      ['daemon', 1],
      ['bin', 2],
      ['sys', 3],
      ['adm', 4],
      ['www-data', 33],
      ['staff', 50],
      ['users', 100],
      ['nogroup', 65534],
    ],
  },
  ubuntu: {
    users: [
      ['root', 0, 0],
      ['daemon', 1, 1],
      ['bin', 2, 2],
      ['sys', 3, 3],
      ['www-data', 33, 33],
      ['nobody', 65534, 65534],
    ],
    groups: [
      ['root', 0],
      ['daemon', 1],
      ['bin', 2],
      ['sys', 3],
      ['adm', 4],
      ['www-data', 33],
      ['staff', 50],
      ['users', 100],
      ['nogroup', 65534],
    ],
  },
  rhel: {
    users: [
      ['root', 0, 0],
      ['bin', 1, 1],
      ['daemon', 2, 2],
      ['nobody', 65534, 65534],
    ],
    groups: [
      ['root', 0],
      ['bin', 1],
      ['daemon', 2],
      ['wheel', 10],
      ['users', 100],
      ['nobody', 65534],
    ],
  },
  distroless: {
    users: [
      ['root', 0, 0],
      ['nobody', 65534, 65534],
      ['nonroot', 65532, 65532],
    ],
    groups: [
      ['root', 0],
      ['tty', 5],
      ['staff', 50],
      ['nonroot', 65532],
      ['nobody', 65534],
    ],
  },
  scratch: { users: [], groups: [] },
  windows: { users: [], groups: [] },
}

export function distroAccounts(d: Distro | undefined): DistroAccounts {
  return d ? ACCOUNTS[d] : ROOT
}

/** The distribution an image reference most likely is, from its name and tag. */
export function guessDistro(ref: string): Distro | undefined {
  const r = ref.toLowerCase()
  if (r === 'scratch') return 'scratch'
  const at = r.indexOf('@')
  const noDigest = at === -1 ? r : r.slice(0, at)
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest
  const tag = colon > slash ? noDigest.slice(colon + 1) : ''
  const name = repo.slice(repo.lastIndexOf('/') + 1)
  if (
    repo.includes('windows') ||
    repo.includes('nanoserver') ||
    /ltsc|servercore|nanoserver/.test(tag)
  )
    return 'windows'
  if (repo.includes('distroless') || repo.startsWith('cgr.dev/chainguard/static'))
    return 'distroless'
  if (name === 'alpine' || /(^|[-.])alpine/.test(tag) || name.endsWith('-alpine')) return 'alpine'
  if (name === 'busybox' || name.startsWith('busybox-')) return 'busybox'
  if (
    name === 'ubuntu' ||
    /(^|-)(noble|jammy|focal|bionic|oracular|plucky|questing)($|-)/.test(tag)
  )
    return 'ubuntu'
  if (
    name === 'debian' ||
    name === 'minideb' ||
    /(^|-)(bookworm|bullseye|buster|trixie|stretch|sid|forky)($|-)/.test(tag)
  )
    return 'debian'
  if (
    /(^|\/)(ubi\d*|ubi\d+-\w+|fedora|centos|rockylinux|almalinux|amazonlinux|oraclelinux)($|\/)/.test(
      repo,
    )
  )
    return 'rhel'
  if (/^ubi\d/.test(name) || /\/ubi\d+\//.test(repo)) return 'rhel'
  // Official language images default to Debian.
  if (
    /^(node|python|golang|ruby|rust|php|openjdk|perl|httpd|nginx|postgres|redis|mongo)$/.test(
      name,
    ) &&
    tag !== ''
  )
    return 'debian'
  return undefined
}

/** A distribution implied by a package manager used in RUN. */
export function distroFromCommand(cmd: string): Distro | undefined {
  switch (cmd) {
    case 'apk':
      return 'alpine'
    case 'apt-get':
    case 'apt':
    case 'dpkg':
      return 'debian'
    case 'microdnf':
    case 'dnf':
    case 'yum':
    case 'rpm':
      return 'rhel'
  }
  return undefined
}

const DEBIAN_USERS = [
  'root',
  'daemon',
  'bin',
  'sys',
  'sync',
  'games',
  'man',
  'lp',
  'mail',
  'news',
  'uucp',
  'proxy',
  'www-data',
  'backup',
  'list',
  'irc',
  'gnats',
  '_apt',
  'nobody',
]
const DEBIAN_GROUPS = [
  'root',
  'daemon',
  'bin',
  'sys',
  'adm',
  'tty',
  'disk',
  'lp',
  'mail',
  'news',
  'uucp',
  'man',
  'proxy',
  'kmem',
  'dialout',
  'fax',
  'voice',
  'cdrom',
  'floppy',
  'tape',
  'sudo',
  'audio',
  'dip',
  'www-data',
  'backup',
  'operator',
  'list',
  'irc',
  'src',
  'gnats',
  'shadow',
  'utmp',
  'video',
  'sasl',
  'plugdev',
  'staff',
  'games',
  'users',
  'nogroup',
]
const ALPINE_USERS = [
  'root',
  'bin',
  'daemon',
  'adm',
  'lp',
  'sync',
  'shutdown',
  'halt',
  'mail',
  'news',
  'uucp',
  'operator',
  'man',
  'postmaster',
  'cron',
  'ftp',
  'sshd',
  'at',
  'squid',
  'xfs',
  'games',
  'cyrus',
  'vpopmail',
  'ntp',
  'smmsp',
  'guest',
  'nobody',
]
const ALPINE_GROUPS = [
  'root',
  'bin',
  'daemon',
  'sys',
  'adm',
  'tty',
  'disk',
  'lp',
  'mem',
  'kmem',
  'wheel',
  'floppy',
  'mail',
  'news',
  'uucp',
  'man',
  'cron',
  'console',
  'audio',
  'cdrom',
  'dialout',
  'ftp',
  'sshd',
  'input',
  'at',
  'tape',
  'video',
  'netdev',
  'kvm',
  'games',
  'shadow',
  'cdrw',
  'www-data',
  'usb',
  'vpopmail',
  'users',
  'ntp',
  'nofiles',
  'smmsp',
  'locate',
  'abuild',
  'utmp',
  'ping',
  'nogroup',
  'nobody',
]
const RHEL_USERS = [
  'root',
  'bin',
  'daemon',
  'adm',
  'lp',
  'sync',
  'shutdown',
  'halt',
  'mail',
  'operator',
  'games',
  'ftp',
  'nobody',
  'tss',
  'systemd-coredump',
  'dbus',
]
const RHEL_GROUPS = [
  'root',
  'bin',
  'daemon',
  'sys',
  'adm',
  'tty',
  'disk',
  'lp',
  'mem',
  'kmem',
  'wheel',
  'cdrom',
  'mail',
  'man',
  'dialout',
  'floppy',
  'games',
  'tape',
  'video',
  'ftp',
  'lock',
  'audio',
  'users',
  'nobody',
  'utmp',
  'utempter',
  'input',
  'kvm',
  'render',
  'tss',
  'systemd-journal',
  'dbus',
]

/**
 * Every account name a distribution's stock /etc/passwd and /etc/group hold
 * (Debian base-passwd, alpine-baselayout, RHEL setup, BusyBox image,
 * distroless), for telling that a USER name cannot exist. Undefined when the
 * distribution is unknown.
 */
export function stockAccountNames(
  d: Distro | undefined,
): { users: string[]; groups: string[] } | undefined {
  switch (d) {
    case 'debian':
      return { users: DEBIAN_USERS, groups: DEBIAN_GROUPS }
    case 'ubuntu':
      return { users: [...DEBIAN_USERS, 'ubuntu'], groups: [...DEBIAN_GROUPS, 'ubuntu'] }
    case 'alpine':
      return { users: ALPINE_USERS, groups: ALPINE_GROUPS }
    case 'rhel':
      return { users: RHEL_USERS, groups: RHEL_GROUPS }
    case 'busybox':
      return {
        users: ['root', 'daemon', 'bin', 'sys', 'sync', 'mail', 'www-data', 'operator', 'nobody'],
        groups: [
          'root',
          'daemon',
          'bin',
          'sys',
          'adm',
          'tty',
          'disk',
          'lp',
          'mail',
          'kmem',
          'wheel',
          'cdrom',
          'dialout',
          'floppy',
          'video',
          'audio',
          'tape',
          'www-data',
          'operator',
          'utmp',
          'plugdev',
          'staff',
          'lock',
          'netdev',
          'users',
          'nogroup',
        ],
      }
    case 'distroless':
      return {
        users: ['root', 'nobody', 'nonroot'],
        groups: ['root', 'tty', 'staff', 'nonroot', 'nobody'],
      }
    case 'scratch':
      return { users: [], groups: [] }
    default:
      return undefined
  }
}
