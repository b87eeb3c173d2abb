/** The registry module's readers on their own: challenges, tar streams, passwd and group, platforms. */
import { describe, expect, it } from 'vitest'
import { parseChallenges } from '../../src/registry/auth.js'
import { pickPlatform, parsePlatform, type Descriptor } from '../../src/registry/manifest.js'
import { parseGroup, parsePasswd } from '../../src/registry/passwd.js'
import { TarReader, type TarEntry } from '../../src/registry/tar.js'
import { retryDelay } from '../../src/registry/http.js'
import { tarOf } from '../helpers/oci.js'

describe('WWW-Authenticate', () => {
  it('reads the challenges registries send', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull',
        },
      },
    ])
    expect(
      parseChallenges('Basic realm="Registry Realm", Bearer realm="https://x/t",scope="a b"'),
    ).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
      { scheme: 'bearer', params: { realm: 'https://x/t', scope: 'a b' } },
    ])
    expect(parseChallenges('Bearer realm="a\\"b", error=insufficient_scope')).toEqual([
      { scheme: 'bearer', params: { realm: 'a"b', error: 'insufficient_scope' } },
    ])
  })
})

function readTar(
  buf: Buffer,
  chunk = 7,
): { entries: TarEntry[]; contents: Record<string, string> } {
  const entries: TarEntry[] = []
  const contents: Record<string, string> = {}
  const r = new TarReader({
    entry: (e) => (entries.push(e), e.path.startsWith('etc/') ? 1024 : 0),
    content: (e, d) => (contents[e.path] = d.toString()),
  })
  for (let i = 0; i < buf.length; i += chunk) r.push(buf.subarray(i, i + chunk))
  return { entries, contents }
}

function header(name: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(512)
  h.write(name, 0)
  h.write('0000644\0', 100)
  h.write(size.toString(8).padStart(11, '0') + '\0', 124)
  h.write('        ', 148)
  h.write(type, 156)
  h.write('ustar\0' + '00', 257, 'latin1')
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return h
}
const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)])

describe('tar reader', () => {
  it('finds files in any chunking, skipping the contents of the rest', () => {
    const tar = tarOf({ 'usr/bin/x': 'binary', 'etc/passwd': 'root:x:0:0::/root:/bin/sh\n' })
    for (const chunk of [1, 7, 512, 100000]) {
      const { entries, contents } = readTar(tar, chunk)
      expect(entries.map((e) => e.path)).toEqual(
        ['usr/', 'usr/bin/', 'usr/bin/x', 'etc/', 'etc/passwd'].map((p) => p.replace(/\/$/, '')),
      )
      expect(contents).toEqual({ 'etc/passwd': 'root:x:0:0::/root:/bin/sh\n' })
    }
  })

  it('reads pax path records and GNU long names', () => {
    const long = 'etc/' + 'd/'.repeat(60) + 'passwd'
    // The record length counts itself: fix it up.
    const record = (() => {
      const rest = ` path=${long}\n`
      let len = rest.length + 2
      while (`${len}${rest}`.length !== len) len++
      return Buffer.from(`${len}${rest}`)
    })()
    const gnuName = Buffer.from('etc/group\0')
    const tar = Buffer.concat([
      header('PaxHeader', record.length, 'x'),
      pad(record),
      header('short', 3, '0'),
      pad(Buffer.from('abc')),
      header('././@LongLink', gnuName.length, 'L'),
      pad(gnuName),
      header('truncated-name', 2, '0'),
      pad(Buffer.from('gg')),
      Buffer.alloc(1024),
    ])
    const { entries, contents } = readTar(tar)
    expect(entries.map((e) => e.path)).toEqual([long, 'etc/group'])
    expect(contents).toEqual({ [long]: 'abc', 'etc/group': 'gg' })
  })

  it('refuses a block that is not a tar header', () => {
    const r = new TarReader({ entry: () => 0, content: () => {} })
    expect(() => r.push(Buffer.alloc(512, 0x41))).toThrow(/wrong checksum/)
  })
})

describe('passwd and group', () => {
  it('read what libc reads and skip what it cannot', () => {
    expect(
      parsePasswd(
        'root:x:0:0:root:/root:/bin/ash\n# comment\nbroken\napp:x:1000:1000::/home/app:\n+nis\nbig:x:99999999999:1::/:/\n',
      ),
    ).toEqual([
      { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/ash' },
      { name: 'app', uid: 1000, gid: 1000, home: '/home/app' },
    ])
    expect(parseGroup('root:x:0:\nwheel:x:10:root,app\n')).toEqual([
      { name: 'root', gid: 0, members: [] },
      { name: 'wheel', gid: 10, members: ['root', 'app'] },
    ])
  })
})

describe('platform pick', () => {
  const d = (architecture: string, variant?: string, os = 'linux'): Descriptor => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${architecture
      .padEnd(64, '0')
      .slice(0, 64)
      .replace(/[^a-f0-9]/g, '0')}`,
    size: 1,
    platform: { os, architecture, ...(variant ? { variant } : {}) },
  })
  it('matches os, architecture and variant (arm64 means v8)', () => {
    const index = [
      d('unknown', undefined, 'unknown'),
      d('amd64'),
      d('arm', 'v6'),
      d('arm', 'v7'),
      d('arm64', 'v8'),
    ]
    expect(pickPlatform(index, parsePlatform('linux/amd64'))).toBe(index[1])
    expect(pickPlatform(index, parsePlatform('linux/arm'))).toBe(index[3])
    expect(pickPlatform(index, parsePlatform('linux/arm/v6'))).toBe(index[2])
    expect(pickPlatform(index, parsePlatform('linux/arm64'))).toBe(index[4])
    expect(pickPlatform(index, parsePlatform('linux/s390x'))).toBeUndefined()
  })
})

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryDelay('5', 0)).toBe(5000)
    expect(
      retryDelay('Wed, 21 Oct 2015 07:28:10 GMT', 0, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10000)
    expect(retryDelay(null, 2)).toBeGreaterThanOrEqual(2000)
  })
})
