import { describe, expect, it } from 'vitest'
import { readYaml } from '../../src/yaml/read.js'

describe('readYaml: Kubernetes (go-yaml v2) scalars', () => {
  it('reads YAML 1.1 booleans, octal and hex ints, underscores, floats, and keeps timestamps as strings', () => {
    const { documents } = readYaml(
      [
        'a: yes',
        'b: On',
        'c: n',
        'd: 0644',
        'e: 0x1F',
        'f: 1_000',
        'g: 1e3',
        'h: 2001-12-14',
        'i: .inf',
        'j: ~',
        'k: "yes"',
        'l: 0o17',
        'm: 1:20',
        'nn: 09',
        'o: !!str 12',
        'p:',
      ].join('\n'),
      'x.yaml',
    )
    expect(documents[0].value).toEqual({
      a: true,
      b: true,
      c: false,
      d: 420,
      e: 31,
      f: 1000,
      g: 1000,
      h: '2001-12-14',
      i: Infinity,
      j: null,
      k: 'yes',
      l: 15,
      m: '1:20',
      nn: 9,
      o: '12',
      p: null,
    })
  })

  it('reports duplicate keys with the position of the second key', () => {
    const { documents } = readYaml('spec:\n  a: 1\n  a: 2\n', 'dup.yaml')
    expect(documents[0].problems).toHaveLength(1)
    expect(documents[0].problems[0].message).toMatch(/unique/)
    expect(documents[0].problems[0].range).toMatchObject({
      file: 'dup.yaml',
      startLine: 3,
      startColumn: 3,
    })
  })

  it('splits multi-document files and keeps each document independent', () => {
    const { documents } = readYaml('a: 1\n---\nb: [1, 2\n---\nc: 3\n', 'm.yaml')
    expect(documents).toHaveLength(3)
    expect(documents[0].problems).toEqual([])
    expect(documents[1].problems.length).toBeGreaterThan(0)
    expect(documents[2].value).toEqual({ c: 3 })
  })

  it('gives exact ranges for a pair, its key and its value', () => {
    const src = 'spec:\n  containers:\n    - name: web\n      ports:\n        - hostPort: 9000\n'
    const doc = readYaml(src, 'p.yaml').documents[0]
    const path = ['spec', 'containers', 0, 'ports', 0, 'hostPort']
    expect(doc.rangeOf(path)).toEqual({
      file: 'p.yaml',
      startLine: 5,
      startColumn: 11,
      endLine: 5,
      endColumn: 25,
    })
    expect(doc.rangeOf(path, 'key')).toMatchObject({ startColumn: 11, endColumn: 19 })
    expect(doc.rangeOf(path, 'value')).toMatchObject({ startColumn: 21, endColumn: 25 })
    expect(doc.rangeOf(['spec', 'nope'])).toBeUndefined()
  })

  it('resolves merge keys for values and for positions', () => {
    const src = 'base: &b\n  runAsUser: 0\npod:\n  <<: *b\n  fsGroup: 2\n'
    const doc = readYaml(src, 'merge.yaml').documents[0]
    expect(doc.value).toEqual({ base: { runAsUser: 0 }, pod: { runAsUser: 0, fsGroup: 2 } })
    expect(doc.rangeOf(['pod', 'runAsUser'])).toMatchObject({ startLine: 2, startColumn: 3 })
  })

  it('reads YAML 1.1 boolean keys as Kubernetes does (the key `n` becomes "false")', () => {
    expect(readYaml('n: 1\non: 2\n', 'k.yaml').documents[0].value).toEqual({ false: 1, true: 2 })
  })

  it('reads JSON files too', () => {
    const doc = readYaml('{"kind": "Pod", "spec": {"hostPID": true}}', 'p.json').documents[0]
    expect(doc.value).toEqual({ kind: 'Pod', spec: { hostPID: true } })
    expect(doc.rangeOf(['spec', 'hostPID'])).toMatchObject({ startLine: 1, startColumn: 26 })
  })

  it('bounds alias expansion instead of exploding', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(9)
          .fill(i === 1 ? '*a' : '*' + 'b'.repeat(i - 1))
          .join(',')}]`,
      )
    const doc = readYaml(bomb.join('\n'), 'bomb.yaml').documents[0]
    expect(() => doc.value).toThrow(/alias/i)
  })
})
