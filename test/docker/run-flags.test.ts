import { describe, expect, it } from 'vitest'
import { parseRunArgs, splitOptions, type Word } from '../../src/docker/run/flags.js'

/** Words of one line, each with its exact column, as the shell walk hands them over. */
function words(line: string): Word[] {
  const out: Word[] = []
  for (const m of line.matchAll(/\S+/g)) {
    const start = m.index
    out.push({
      text: m[0],
      range: {
        file: 'x.sh',
        startLine: 1,
        startColumn: start + 1,
        endLine: 1,
        endColumn: start + 1 + m[0].length,
      },
    })
  }
  return out
}

const flags = (line: string) =>
  parseRunArgs(words(line)).flags.map((f) => [f.name, f.written, f.value ?? null])

describe('docker run options, read as pflag reads them', () => {
  it('takes values after the option, after =, and glued to a short option', () => {
    expect(flags('--user root -u 1000 --user=app -uapp -u=0:0 img')).toEqual([
      ['user', '--user', 'root'],
      ['user', '-u', '1000'],
      ['user', '--user', 'app'],
      ['user', '-u', 'app'],
      ['user', '-u', '0:0'],
    ])
  })

  it('reads clustered short options; the first that takes a value takes the rest or the next word', () => {
    expect(flags('-it --rm -itu root -dv /a:/b img')).toEqual([
      ['interactive', '-i', null],
      ['tty', '-t', null],
      ['rm', '--rm', null],
      ['interactive', '-i', null],
      ['tty', '-t', null],
      ['user', '-u', 'root'],
      ['detach', '-d', null],
      ['volume', '-v', '/a:/b'],
    ])
  })

  it('stops at the image; the rest is the command, even when it looks like options', () => {
    const r = parseRunArgs(words('--rm --privileged alpine:3.20 sh -c --user'))
    expect(r.image?.text).toBe('alpine:3.20')
    expect(r.args.map((a) => a.text)).toEqual(['sh', '-c', '--user'])
    expect(r.flags.map((f) => f.name)).toEqual(['rm', 'privileged'])
  })

  it('reads booleans with =false, aliases, and -- before the image', () => {
    expect(flags('--privileged=false --net host --read-only -- img')).toEqual([
      ['privileged', '--privileged', 'false'],
      ['network', '--net', 'host'],
      ['read-only', '--read-only', null],
    ])
    expect(parseRunArgs(words('--rm -- img cmd')).image?.text).toBe('img')
  })

  it('takes an unknown long option to need a value, so that it never eats the image as a boolean would', () => {
    const r = parseRunArgs(words('--gpus all --platform linux/amd64 img'))
    expect(r.image?.text).toBe('img')
  })

  it('keeps the exact column of each option, and spans its value on the same line', () => {
    const [u, v] = parseRunArgs(words('docker run --user root -v /:/host img').slice(2)).flags
    expect([u.range.startColumn, u.range.endColumn]).toEqual([12, 23])
    expect([v.range.startColumn, v.range.endColumn]).toEqual([24, 34])
  })
})

describe('options: of a GitHub job container', () => {
  it('splits at blanks, keeps double-quoted groups whole, and gives offsets', () => {
    expect(splitOptions('--health-cmd "pg_isready -U app"  --user 1001')).toEqual([
      { text: '--health-cmd', start: 0, end: 12 },
      { text: 'pg_isready -U app', start: 13, end: 32 },
      { text: '--user', start: 34, end: 40 },
      { text: '1001', start: 41, end: 45 },
    ])
  })
})
