import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FastYamlDocument, readManifestYaml } from '../../src/yaml/fast-document.js'
import { readYaml, type YamlPath } from '../../src/yaml/read.js'
import { splitKubernetesStream } from '../../src/yaml/stream.js'
import { describeShared, sharedPath } from '../helpers/shared.js'

/** Every path to a leaf or a collection of a decoded value. */
function paths(v: unknown, prefix: YamlPath = []): YamlPath[] {
  const out: YamlPath[] = [prefix]
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])))
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]))
  return out
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? walk(p) : n.endsWith('.yaml') ? [p] : []
  })
}

describe('fast manifest reader', () => {
  it('splits streams as Kubernetes does: `---` lines may carry a comment, not content', () => {
    expect(splitKubernetesStream('a: 1\n--- # next\nb: 2\n---\n')!.map((c) => c.text)).toEqual([
      'a: 1\n',
      'b: 2\n',
    ])
    expect(splitKubernetesStream('a: 1\n--- b: 2\n')).toBeUndefined()
  })

  it('uses the fast reader for ordinary manifests, with positions and YAML 1.1 values', () => {
    const { documents } = readManifestYaml(
      'kind: Pod\non: yes\nmode: 0644\n---\n# only a comment\n',
      'p.yaml',
    )
    expect(documents[0]).toBeInstanceOf(FastYamlDocument)
    expect(documents[0].value).toEqual({ kind: 'Pod', true: true, mode: 420 })
    expect(documents[0].rangeOf(['true'])).toMatchObject({
      startLine: 2,
      startColumn: 1,
      endColumn: 8,
    })
    expect(documents[1].isEmpty).toBe(true)
  })

  it('answers the same places after letting its tree go, whichever document was asked last', () => {
    const src =
      'kind: Pod\nbase: &b\n  user: 1000\nspec:\n  <<: *b\n  on: yes\n---\n# empty\n---\n' +
      'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: x\n'
    const kept = readManifestYaml(src, 'm.yaml').documents
    const released = readManifestYaml(src, 'm.yaml').documents
    for (const d of released) (d as FastYamlDocument).releaseTree()
    const asked: YamlPath[] = [
      ['spec', 'user'],
      ['spec', 'true'],
      ['spec', 'template', 'spec', 'containers', 0, 'image'],
      ['spec', 'missing'],
      ['kind'],
    ]
    // Documents in turn, twice: each is read again from the text when asked after another.
    for (const round of [0, 1]) {
      released.forEach((d, i) => {
        expect(d.value, `round ${round} doc ${i}`).toEqual(kept[i].value)
        expect(d.isEmpty).toBe(kept[i].isEmpty)
        expect(d.contentRange).toEqual(kept[i].contentRange)
        for (const p of asked) {
          expect(d.has(p), `${i} ${p.join('.')}`).toBe(kept[i].has(p))
          for (const part of ['pair', 'key', 'value'] as const)
            expect(d.rangeOf(p, part)).toEqual(kept[i].rangeOf(p, part))
        }
      })
    }
    expect(released[0].has(['spec', 'user'])).toBe(true)
    expect(released[1].isEmpty).toBe(true)
    expect(
      released[2].rangeOf(['spec', 'template', 'spec', 'containers', 0, 'image']),
    ).toMatchObject({
      startLine: 16,
    })
  })

  it('reports duplicate keys the way strict decoding does, and keeps the last value', () => {
    const doc = readManifestYaml('spec:\n  image: a\n  image: b\n', 'd.yaml').documents[0]
    expect(doc.problems.map((p) => [p.message, p.range.startLine, p.range.startColumn])).toEqual([
      ['key "image" already set in map (first set at line 2)', 3, 3],
    ])
    expect(doc.value).toEqual({ spec: { image: 'b' } })
  })

  it('reports each duplicate against the first key of its name, in small and large maps', () => {
    const problems = (src: string) =>
      readManifestYaml(src, 'd.yaml').documents[0].problems.map((p) => [
        p.message,
        p.range.startLine,
      ])
    // YAML 1.1: `on` and `true` are the same key.
    expect(problems('a: 1\non: 2\ntrue: 3\na: 4\na: 5\n')).toEqual([
      ['key "true" already set in map (first set at line 2)', 3],
      ['key "a" already set in map (first set at line 1)', 4],
      ['key "a" already set in map (first set at line 1)', 5],
    ])
    const large = Array.from({ length: 10 }, (_, i) => `k${i}: ${i}\n`).join('') + 'k3: x\nk3: y\n'
    expect(problems(large)).toEqual([
      ['key "k3" already set in map (first set at line 4)', 11],
      ['key "k3" already set in map (first set at line 4)', 12],
    ])
  })

  it('follows merge keys and aliases for values and positions', () => {
    const doc = readManifestYaml(
      'base: &b\n  runAsUser: 0\npod:\n  <<: *b\n  fsGroup: 2\n',
      'm.yaml',
    ).documents[0]
    expect(doc.value).toEqual({ base: { runAsUser: 0 }, pod: { runAsUser: 0, fsGroup: 2 } })
    expect(doc.rangeOf(['pod', 'runAsUser'])).toMatchObject({ startLine: 2, startColumn: 3 })
  })

  it('falls back to the full parser for broken YAML, keeping its diagnostics', () => {
    const { documents } = readManifestYaml('a: 1\n---\nb: [1, 2\n', 'bad.yaml')
    expect(documents[1].problems.length).toBeGreaterThan(0)
    expect(documents[0].value).toEqual({ a: 1 })
  })

  it('bounds alias expansion', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) {
      const prev = i === 1 ? '*a' : '*' + 'b'.repeat(i - 1)
      bomb.push(`${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(9).fill(prev).join(',')}]`)
    }
    const { documents } = readManifestYaml(bomb.join('\n'), 'bomb.yaml')
    expect(() => documents[0].value).toThrow()
  })
})

describeShared(
  ['conformance', 'psa'],
  'fast reader = yaml package on all 4537 PSA fixtures',
  () => {
    it('gives the same values and the same range for every node (collections: the same start)', () => {
      let nodes = 0
      for (const file of walk(sharedPath('conformance', 'psa'))) {
        const text = readFileSync(file, 'utf8')
        const fast = readManifestYaml(text, 'f.yaml').documents
        const full = readYaml(text, 'f.yaml').documents
        expect(fast.map((d) => d.value)).toEqual(full.map((d) => d.value))
        fast.forEach((d, i) => {
          for (const p of paths(d.value).slice(1)) {
            nodes++
            const v = p.reduce<unknown>(
              (o, k) => (o as Record<string, unknown>)[k as string],
              d.value,
            )
            const scalar = v === null || typeof v !== 'object'
            for (const part of ['pair', 'key', 'value'] as const) {
              const a = d.rangeOf(p, part)
              const b = full[i].rangeOf(p, part)
              // The yaml package ends a block collection after its last line break; the fast
              // reader at its last character. Starts, and whole scalars, must agree.
              if (scalar || (part === 'key' && typeof p[p.length - 1] === 'string'))
                expect(a, `${file} ${p.join('.')} ${part}`).toEqual(b)
              else
                expect([a?.startLine, a?.startColumn], `${file} ${p.join('.')} ${part}`).toEqual([
                  b?.startLine,
                  b?.startColumn,
                ])
            }
          }
        })
      }
      expect(nodes).toBeGreaterThan(100_000)
    })
  },
)
