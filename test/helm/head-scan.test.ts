/**
 * The head scanner (src/helm/head-scan.ts) may only ever vouch for documents that the full
 * decoder accepts, and the head of the entries it extracts must be the head of the whole
 * document. Checked on every document helm printed for the shared corpus, on hand-made
 * documents at the edges of its subset (tabs, quotes over lines, flow collections, keys
 * that do not decode), and on seeded random documents built from those pieces.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { headEntries } from '../../src/helm/head-scan.js'
import { decodeHead, decodeWholeDocument } from '../../src/helm/head.js'
import { splitManifests } from '../../src/helm/manifests.js'
import { describeShared } from '../helpers/shared.js'
import { corpusRoot } from './corpus.js'

function outcome(f: () => unknown): string {
  try {
    return JSON.stringify(f())
  } catch (e) {
    return `error: ${(e as Error).message}`
  }
}

/** Scanner and full decoder agree; returns whether the scanner vouched for the document. */
function agrees(doc: string): boolean {
  const entries = headEntries(doc)
  const whole = outcome(() => decodeWholeDocument(doc))
  expect(
    outcome(() => decodeHead(doc)),
    doc,
  ).toBe(whole)
  if (entries === undefined) return false
  expect(whole, doc).not.toMatch(/^error: error converting YAML to JSON/)
  expect(
    outcome(() => decodeWholeDocument(entries)),
    doc,
  ).toBe(whole)
  return true
}

describe('head scanner', () => {
  it('reads the head fields of plain block documents', () => {
    const doc = [
      '# Source: x',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: "web"',
      '  labels:',
      '    app: web',
      '  annotations:',
      "    helm.sh/hook: 'pre-install'",
      '    helm.sh/hook-weight: "5"',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: c',
      '        args: ["--a", b]',
      '        command:',
      '          - sh',
      '          - -c',
      '          - |',
      '            echo: "not a key"',
      '',
      '            # not a comment',
      '        env: []',
      '        description: a long text folded by the',
      '          YAML emitter over "several" lines (like this)',
      "        note: 'a quote over",
      "          two lines'",
    ].join('\n')
    expect(agrees(doc)).toBe(true)
    expect(headEntries(doc)).toBe(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "web"\n  labels:\n    app: web\n  annotations:\n    helm.sh/hook: \'pre-install\'\n    helm.sh/hook-weight: "5"\n',
    )
    expect(decodeHead(doc)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        annotations: { 'helm.sh/hook': 'pre-install', 'helm.sh/hook-weight': '5' },
      },
    })
  })

  it('matches head keys as encoding/json does (any case, the last one wins)', () => {
    const doc = 'KIND: A\napiversion: v1\nkind: B\nMetaData:\n  Name: nm\nspec: {}\n'
    expect(agrees(doc)).toBe(true)
    expect(decodeHead(doc)).toEqual({
      apiVersion: 'v1',
      kind: 'B',
      metadata: { name: 'nm', annotations: null },
    })
  })

  it('keeps type errors of the head fields', () => {
    for (const doc of [
      'kind: [a]\n',
      'metadata: x\n',
      'metadata:\n  annotations: [a]\n',
      'metadata:\n  name:\n    a: b\n',
    ]) {
      expect(agrees(doc)).toBe(true)
      expect(outcome(() => decodeHead(doc))).toMatch(/^error: error unmarshaling JSON/)
    }
  })

  // Documents the full decoder rejects: the scanner must decline every one of them.
  const invalid = [
    'a: b\n\tc: d\n',
    'a: b\n  c: d\n',
    'a:\n  b: c\n d: e\n',
    'a: b: c\n',
    'a:\n- b\n  - c: d\n e: f\n',
    'a: "unclosed\n',
    'a: "bad \\q escape"\n',
    'a: "x" y\n',
    'a: |\n    x\n  y\n',
    'a: {b\n',
    'a: [b, [c]\n',
    'a: *nope\n',
    'a: !!int x\n',
    'a: .inf\n',
    '~: x\n',
    'null: x\n',
    '<<: 1\n',
    'a: b\n- c\n',
    '- a\nb: c\n',
    'a: %x\n',
    'a: @x\n',
    'a: `x`\n',
    'a: b #c\n  d\n',
    'a: "b"\n  c\n',
  ]
  it('declines documents that do not decode', () => {
    for (const doc of invalid) {
      expect(headEntries(doc), JSON.stringify(doc)).toBeUndefined()
      expect(outcome(() => decodeHead(doc))).toMatch(/^error: /)
      agrees(doc)
    }
  })

  // Valid documents outside the subset: declined, then decoded in full.
  it('leaves anchors, tags, flow maps and explicit keys to the full decoder', () => {
    for (const doc of [
      'a: &x 1\nb: *x\n',
      'kind: !!str Pod\n',
      'metadata: {name: n}\n',
      '? a\n: b\n',
      '- a\n',
      'a:\n  - - b\n',
      '"kind": Pod\n',
      'a: b\n\t\nc: d\n',
      'a: |\n  \tx\n',
      'a: b\n...\nc: d\n',
      'a:\tb\n',
      'a: b\r\nc: d\r',
      'a: \u0085b\n',
    ]) {
      expect(headEntries(doc), JSON.stringify(doc)).toBeUndefined()
      agrees(doc)
    }
  })

  it('reads CRLF documents as the decoder does', () => {
    expect(agrees('apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\n')).toBe(true)
  })

  it('agrees with the full decoder on seeded random documents', () => {
    let seed = 20261122
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const pick = <T>(a: T[]): T => a[rnd(a.length)]
    const scalars = [
      'v1',
      'Pod',
      'a b',
      'a: b',
      'a #c',
      'a#b',
      '"q"',
      '"a\\x41"',
      '"a\\q"',
      "'it''s'",
      "'a",
      '{}',
      '[]',
      '[a, "b"]',
      '[a,]',
      '[a b]',
      '.inf',
      '-.Inf',
      '~',
      'null',
      'yes',
      '0x1F',
      '&a x',
      '*a',
      '!!int x',
      '%x',
      '@x',
      '-x',
      '- x',
      ':x',
      'x:',
      'http://a',
      'a\tb',
      'a \t#c',
      '|',
      '|-',
      '>+',
      '|2',
      '"a" b',
      "'a' x",
      '{a: b}',
      ',x',
      '#',
    ]
    const keys = [
      'apiVersion',
      'kind',
      'metadata',
      'Kind',
      'name',
      'annotations',
      'spec',
      '"q"',
      "'k'",
      '~',
      '<<',
      '.inf',
      '-k',
      'a b',
      'a #b',
      '1',
      'true',
      'k\t',
      '',
    ]
    const gen = (depth: number, indent: number, out: string[]): void => {
      const seq = depth > 0 && rnd(3) === 0
      for (let i = 1 + rnd(4); i > 0; i--) {
        const ind = ' '.repeat(Math.max(0, indent + (rnd(12) === 0 ? pick([-1, 1, 2]) : 0)))
        if (rnd(15) === 0) out.push(ind + pick(['# c', '', '\t', '...', ' #x']))
        const head = seq ? '- ' : pick(keys) + ':' + (rnd(10) === 0 ? '' : ' ')
        const r = rnd(10)
        if (depth < 3 && r < 3) {
          out.push(ind + head.trimEnd())
          gen(depth + 1, indent + (seq ? 2 : pick([2, 2, 0, 1, 4])), out)
        } else if (r < 4) {
          out.push(ind + head + pick(['|', '|-', '>']))
          for (let k = rnd(4); k >= 0; k--) {
            out.push(' '.repeat(indent + pick([2, 4, 1, 0])) + pick(['t', 'a: b', '\tx', '- y']))
          }
        } else if (r < 5) {
          const q = pick(['"', "'"])
          out.push(ind + head + q + 'start')
          out.push(' '.repeat(rnd(6)) + pick(['mid', '', '\tm', 'a: b', "it''s", '\\']))
          out.push(' '.repeat(rnd(6)) + 'end' + q + pick(['', ' #c', ': x', ' x']))
        } else if (r < 6) {
          out.push(ind + head + pick(scalars))
          out.push(' '.repeat(indent + pick([1, 2, 0])) + pick(['more', 'a: b', '- x', '#c']))
        } else {
          out.push(ind + head + pick(scalars))
        }
      }
    }
    let vouched = 0
    for (let i = 0; i < 3000; i++) {
      const out: string[] = []
      gen(0, 0, out)
      const doc = out.join(rnd(20) === 0 ? '\r\n' : '\n').trim()
      if (doc !== '' && agrees(doc)) vouched++
    }
    // The pieces are chosen to be mostly invalid or outside the subset.
    expect(vouched).toBeGreaterThan(300)
  })
})

describeShared(['corpus', 'helm'], 'head scanner on every document helm printed', () => {
  it('agrees with the full decoder and vouches for nearly all of the text', () => {
    let bytes = 0
    let vouchedBytes = 0
    const root = corpusRoot()
    for (const chart of readdirSync(root)) {
      let goldens: string[]
      try {
        goldens = readdirSync(join(root, chart, 'golden')).filter((f) => f.endsWith('.yaml'))
      } catch {
        continue
      }
      for (const g of goldens) {
        const text = readFileSync(join(root, chart, 'golden', g), 'utf8')
        for (const d of splitManifests(text)) {
          // The printer's `# Source:` line is part of what helm decoded too.
          bytes += d.content.length
          if (agrees(d.content)) vouchedBytes += d.content.length
        }
      }
    }
    console.log(
      `[head-scan] vouched for ${((100 * vouchedBytes) / bytes).toFixed(1)}% of ${(bytes / 1e6).toFixed(1)} MB`,
    )
    expect(vouchedBytes / bytes).toBeGreaterThan(0.95)
  })
})
