/**
 * The ids account tools pick, predicted, against the real tools: shadow's useradd/groupadd
 * and Debian's adduser/addgroup run on throw-away /etc/passwd and /etc/group (a private mount
 * namespace with a copy of /etc bound over it). BusyBox adduser/addgroup are checked when a
 * busybox with those applets is installed (Debian's packages build them out).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildImageModel, parseDockerfile } from '../../src/dockerfile/index.js'
import { allocateId } from '../../src/dockerfile/id-allocation.js'
import type { BaseImageFact } from '../../src/images/base-images.js'
import { skipSuite } from '../helpers/shared.js'

const strict = process.env.KUBE_WHOAMI_REQUIRE_REGISTRY === '1'

function sandboxWorks(): string | undefined {
  if (process.platform !== 'linux') return 'not Linux'
  const r = spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind /tmp /mnt && echo ok'], {
    encoding: 'utf8',
  })
  if (r.stdout?.trim() !== 'ok')
    return `no private mount namespace (unshare -m: ${r.stderr?.trim() || r.error?.message})`
  return undefined
}

function has(cmd: string, ...args: string[]): boolean {
  return spawnSync(cmd, args, { encoding: 'utf8' }).error === undefined
}

interface Files {
  passwd: [string, number, number][]
  group: [string, number][]
}

/** Runs `cmd` with these passwd/group files as /etc's; returns the files afterwards. */
function runTool(etc: string, files: Files, cmd: string[]): { passwd: string; group: string } {
  const passwd =
    files.passwd.map(([n, u, g]) => `${n}:x:${u}:${g}::/nonexistent:/bin/sh`).join('\n') + '\n'
  const group = files.group.map(([n, g]) => `${n}:x:${g}:`).join('\n') + '\n'
  writeFileSync(join(etc, 'passwd'), passwd)
  writeFileSync(join(etc, 'group'), group)
  writeFileSync(
    join(etc, 'shadow'),
    files.passwd.map(([n]) => `${n}:*:19000:0:99999:7:::`).join('\n') + '\n',
  )
  writeFileSync(join(etc, 'gshadow'), files.group.map(([n]) => `${n}:*::`).join('\n') + '\n')
  execFileSync('unshare', ['-m', 'sh', '-c', 'mount --bind "$0" /etc && exec "$@"', etc, ...cmd], {
    stdio: 'ignore',
  })
  return {
    passwd: readFileSync(join(etc, 'passwd'), 'utf8'),
    group: readFileSync(join(etc, 'group'), 'utf8'),
  }
}

function idOf(text: string, name: string, field: number): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}:`))
  if (!line) throw new Error(`${name} was not created`)
  return Number(line.split(':')[field])
}

// Id sets that exercise each rule's edges: empty ranges, gaps, the top and bottom taken.
const CASES: Files[] = [
  { passwd: [['root', 0, 0]], group: [['root', 0]] },
  {
    passwd: [
      ['root', 0, 0],
      ['a', 100, 100],
      ['b', 101, 101],
      ['c', 999, 999],
      ['d', 997, 997],
      ['nobody', 65534, 65534],
    ],
    group: [
      ['root', 0],
      ['ga', 100],
      ['gb', 102],
      ['gc', 999],
      ['gd', 998],
      ['nogroup', 65534],
    ],
  },
  {
    passwd: [
      ['root', 0, 0],
      ['x', 500, 500],
    ],
    group: [
      ['root', 0],
      ['gx', 500],
      ['nogroup', 65534],
    ],
  },
  {
    passwd: [
      ['root', 0, 0],
      ['x', 101, 1],
      ['y', 500, 1],
    ],
    group: [
      ['root', 0],
      ['g1', 101],
      ['g2', 998],
      ['nogroup', 65534],
    ],
  },
  {
    passwd: [
      ['root', 0, 0],
      ['x', 500, 1],
      ['y', 999, 1],
    ],
    group: [
      ['root', 0],
      ['g1', 500],
      ['nogroup', 65534],
    ],
  },
  {
    passwd: [
      ['root', 0, 0],
      ['a', 100, 1],
      ['b', 101, 1],
      ['c', 103, 1],
      ['u', 1000, 1000],
      ['v', 1002, 1002],
    ],
    group: [
      ['root', 0],
      ['a', 100],
      ['b', 101],
      ['u', 1000],
      ['nogroup', 65534],
    ],
  },
]

const uids = (f: Files) => new Set(f.passwd.map((p) => p[1]))
const gids = (f: Files) => new Set(f.group.map((g) => g[1]))

const why = sandboxWorks()
const tools: { name: string; available: boolean; run: (f: Files, etc: string) => void }[] = [
  {
    name: 'useradd -r (uid, and the same-name group)',
    available: has('useradd', '--help'),
    run: (f, etc) => {
      const out = runTool(etc, f, ['useradd', '-r', 'app'])
      const uid = allocateId('shadow-system', uids(f))!
      expect(idOf(out.passwd, 'app', 2)).toBe(uid)
      const gid = gids(f).has(uid) ? allocateId('shadow-system', gids(f)) : uid
      expect(idOf(out.group, 'app', 2)).toBe(gid)
    },
  },
  {
    name: 'useradd (no -r)',
    available: has('useradd', '--help'),
    run: (f, etc) => {
      const out = runTool(etc, f, ['useradd', '-N', 'app'])
      expect(idOf(out.passwd, 'app', 2)).toBe(allocateId('shadow', uids(f)))
    },
  },
  {
    name: 'groupadd -r',
    available: has('groupadd', '--help'),
    run: (f, etc) => {
      const out = runTool(etc, f, ['groupadd', '-r', 'grp'])
      expect(idOf(out.group, 'grp', 2)).toBe(allocateId('shadow-system', gids(f)))
    },
  },
  {
    name: 'adduser --system (Debian)',
    available: has('adduser', '--version'),
    run: (f, etc) => {
      const out = runTool(etc, f, ['adduser', '--system', '--quiet', 'app'])
      expect(idOf(out.passwd, 'app', 2)).toBe(allocateId('debian-system', uids(f)))
    },
  },
  {
    name: 'adduser --system --group (Debian)',
    available: has('adduser', '--version'),
    run: (f, etc) => {
      const out = runTool(etc, f, ['adduser', '--system', '--group', '--quiet', 'app'])
      expect(idOf(out.group, 'app', 2)).toBe(allocateId('debian-system', gids(f)))
      expect(idOf(out.passwd, 'app', 2)).toBe(allocateId('debian-system', uids(f)))
    },
  },
  {
    name: 'addgroup --system (Debian)',
    available: has('addgroup', '--version'),
    run: (f, etc) => {
      const out = runTool(etc, f, ['addgroup', '--system', '--quiet', 'grp'])
      expect(idOf(out.group, 'grp', 2)).toBe(allocateId('debian-system', gids(f)))
    },
  },
  {
    name: 'busybox adduser -S -D',
    available:
      spawnSync('busybox', ['adduser', '--help'], { encoding: 'utf8' }).stderr?.includes('Usage') ??
      false,
    run: (f, etc) => {
      const out = runTool(etc, f, ['busybox', 'adduser', '-S', '-D', '-H', 'app'])
      expect(idOf(out.passwd, 'app', 2)).toBe(allocateId('busybox-system', uids(f)))
    },
  },
  {
    name: 'busybox adduser -D (own group)',
    available:
      spawnSync('busybox', ['adduser', '--help'], { encoding: 'utf8' }).stderr?.includes('Usage') ??
      false,
    run: (f, etc) => {
      const out = runTool(etc, f, ['busybox', 'adduser', '-D', '-H', 'app'])
      expect(idOf(out.passwd, 'app', 2)).toBe(allocateId('busybox', uids(f), gids(f)))
    },
  },
]

if (why) {
  if (strict) throw new Error(`id allocation against the real tools: ${why}`)
  skipSuite('id allocation against the real tools', why)
} else {
  describe('id allocation against the real tools', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-etc-'))
    const etc = join(dir, 'etc')
    cpSync('/etc', etc, {
      recursive: true,
      dereference: false,
      errorOnExist: false,
      force: true,
      filter: (src) => !src.includes('/ssl/private'),
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))
    for (const t of tools) {
      const test = t.available ? it : it.skip
      test(`${t.name}${t.available ? '' : ' (tool not installed here: apt-get install -y passwd adduser, or a busybox with adduser)'}`, () => {
        for (const f of CASES) t.run(f, etc)
      })
    }
  })
}

describe('predicted ids in the Dockerfile model', () => {
  const alpine: BaseImageFact = {
    row: 2,
    origin: 'registry',
    family: 'alpine:*',
    image: 'alpine:3.20',
    digest: `sha256:${'a'.repeat(64)}`,
    user: '',
    runAsNonRoot: 'refused-root',
    accounts: [
      { name: 'root', uid: 0, gid: 0 },
      { name: 'daemon', uid: 2, gid: 2 },
      { name: 'nobody', uid: 65534, gid: 65534 },
    ],
    groups: [
      { name: 'root', gid: 0 },
      { name: 'daemon', gid: 2 },
      { name: 'nogroup', gid: 65533 },
      { name: 'users', gid: 100 },
    ],
    accountsComplete: true,
    hasPasswd: true,
    source: 'test',
    confidence: 'verified',
  }
  const model = (text: string, fact: BaseImageFact | undefined) =>
    buildImageModel(parseDockerfile(text, 'Dockerfile'), {
      baseImages: () => fact,
    })

  it('predicts BusyBox adduser -S and addgroup -S from the base image accounts', () => {
    const m = model(
      'FROM alpine:3.20\nRUN addgroup -S app && adduser -S -G app app\nUSER app\n',
      alpine,
    )
    const app = m.createdUsers.find((u) => u.name === 'app')!
    // 100 is taken by the users group, so addgroup -S takes 101; adduser -S takes uid 100.
    expect(m.createdGroups.find((g) => g.name === 'app')?.gid).toBe(101)
    expect(app.uid).toBe(100)
    expect(app.gid).toBe(101)
    expect(app.note).toContain(
      `uid 100 predicted from alpine:3.20@sha256:aaaaaaaaaaaa… and BusyBox's allocation rule`,
    )
    expect(m.effectiveUser.resolvedUid).toBe(100)
  })

  it('predicts shadow useradd -r on a Debian base', () => {
    const debian: BaseImageFact = {
      ...alpine,
      image: 'debian:12',
      accounts: [
        { name: 'root', uid: 0, gid: 0 },
        { name: '_apt', uid: 42, gid: 65534 },
        { name: 'nobody', uid: 65534, gid: 65534 },
      ],
      groups: [
        { name: 'root', gid: 0 },
        { name: 'users', gid: 100 },
        { name: 'nogroup', gid: 65534 },
      ],
    }
    const m = model(
      'FROM debian:12\nRUN groupadd -r app && useradd -r -g app app\nUSER app\n',
      debian,
    )
    expect(m.createdGroups.find((g) => g.name === 'app')?.gid).toBe(999)
    expect(m.createdUsers.find((u) => u.name === 'app')?.uid).toBe(999)
  })

  it('stays unknown without the base image whole /etc/passwd', () => {
    const m = model('FROM alpine:3.20\nRUN adduser -S app\nUSER app\n', {
      ...alpine,
      accountsComplete: undefined,
      groups: undefined,
    })
    expect(m.createdUsers.find((u) => u.name === 'app')?.uid).toBeNull()
  })
})
