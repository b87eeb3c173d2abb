/**
 * The fast go-yaml v2 reader: the same values as the complete `yaml` package (configured
 * with go-yaml's scalar rules) on every YAML file and rendered document of the corpus,
 * go-yaml's wording for common mistakes, and exact spans for the source map.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { describeShared, sharedPath } from '../helpers/shared.js'
import {
  parseFirstDocument,
  parseFirstDocumentFast,
  parseFirstDocumentIfYaml,
} from '../../src/helm/goyaml/parse.js'
import { toGoValue } from '../../src/helm/goyaml/convert.js'
import { goYamlTags } from '../../src/yaml/schema.js'
import { splitManifests } from '../../src/helm/manifests.js'
import { readValuesYaml, splitYamlStream } from '../../src/helm/values-yaml.js'
import { siteOf, siteRange, type FileSite } from '../../src/helm/origins.js'
import type { GoMap } from '../../src/template/value.js'

function reference(src: string): unknown {
  const docs = parseAllDocuments(src, {
    schema: 'failsafe',
    customTags: goYamlTags,
    merge: true,
    uniqueKeys: false,
    version: '1.1',
    prettyErrors: false,
  })
  const d = (Array.isArray(docs) ? docs : [])[0]
  if (!d) return null
  if (d.errors.length) throw new Error(d.errors[0].message)
  return JSON.parse(JSON.stringify(d.toJS({ maxAliasCount: -1 }) ?? null))
}

function fast(src: string): unknown {
  return JSON.parse(JSON.stringify(toGoValue(parseFirstDocumentFast(src))))
}

function* yamlFiles(dir: string): Generator<string> {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) {
      if (n !== 'templates') yield* yamlFiles(p)
    } else if (/\.ya?ml$/.test(n)) {
      yield p
    }
  }
}

describe('go-yaml reader', () => {
  it('resolves YAML 1.1 scalars as go-yaml v2 does', () => {
    expect(
      fast(
        'a: yes\nb: off\nc: 0644\nd: 0x1F\ne: 1_000\nf: 1e3\ng: ~\nh: 2001-12-14\nj: "yes"\ny: 1\n',
      ),
    ).toEqual({
      a: true,
      b: false,
      c: 420,
      d: 31,
      e: 1000,
      f: 1000,
      g: null,
      h: '2001-12-14',
      j: 'yes',
      // `y` is a YAML 1.1 boolean, so the key is "true".
      true: 1,
    })
  })

  it('applies merge keys in order (a later key wins; earlier maps of a list win)', () => {
    expect(
      fast('b: &b {x: 1, q: 2}\nm:\n  x: 10\n  <<: *b\nl:\n  <<: [*b, {x: 5, z: 3}]\n  w: 7\n'),
    ).toEqual({
      b: { x: 1, q: 2 },
      m: { x: 1, q: 2 },
      l: { x: 1, q: 2, z: 3, w: 7 },
    })
  })

  it('folds quoted, plain and block scalars like libyaml', () => {
    const doc =
      'a: "x\\\n  y\n  z"\nb: \'p\n\n  q\'\nc: one\n  two\n\n  three\nd: |+\n  keep\n\ne: >-\n  f1\n  f2\n\n   more\n  last\n'
    expect(fast(doc)).toEqual(reference(doc))
  })

  it('words common mistakes like go-yaml', () => {
    const msg = (src: string): string => {
      try {
        parseFirstDocument(src)
        return 'ok'
      } catch (e) {
        return (e as Error).message
      }
    }
    expect(msg('a: b: c\n')).toBe('yaml: mapping values are not allowed in this context')
    expect(msg('a: b\n  c: d\n')).toBe(
      'yaml: line 2: mapping values are not allowed in this context',
    )
    expect(msg('a:\n  - b\n  c: 1\n')).toBe("yaml: line 2: did not find expected '-' indicator")
    expect(msg('a: b\n- c\n')).toBe('yaml: line 1: did not find expected key')
    expect(msg('metadata:\n\tname: x\n')).toBe(
      'yaml: line 2: found character that cannot start any token',
    )
    expect(msg('a: "x')).toBe('yaml: found unexpected end of stream')
    expect(msg('a: [1, 2\nb: 3')).toBe("yaml: line 1: did not find expected ',' or ']'")
  })

  it('answers null, without confirming, for text that is not YAML (a chart template)', () => {
    const template =
      '{{- if .Values.enabled }}\nkind: Pod\nspec:\n  {{- toYaml .Values.spec | nindent 2 }}\n{{- end }}\n'
    expect(() => parseFirstDocument(template)).toThrow()
    expect(parseFirstDocumentIfYaml(template)).toBeNull()
    expect(parseFirstDocumentIfYaml('['.repeat(20000))).toBeNull()
    // YAML the fast parser leaves to the complete one (an explicit key) still reads.
    const explicit = '? a\n: 1\nb: 2\n'
    expect(parseFirstDocumentIfYaml(explicit)).toEqual(parseFirstDocument(explicit))
    const plain = 'spec:\n  securityContext:\n    runAsUser: 0\n'
    expect(parseFirstDocumentIfYaml(plain)).toEqual(parseFirstDocument(plain))
    expect(parseFirstDocumentIfYaml(plain)).not.toBeNull()
  })

  it('records the span of every key and item', () => {
    const src = 'top:\n  runAsUser: 1000\n  list:\n    - a\n    - b\n'
    const v = readValuesYaml(src, 'values.yaml')
    const top = v.top as GoMap
    const r = siteRange(siteOf(top, 'runAsUser') as FileSite, true)
    expect(r).toEqual({
      file: 'values.yaml',
      startLine: 2,
      startColumn: 3,
      endLine: 2,
      endColumn: 18,
    })
    const item = siteRange(siteOf(top.list as object, 1) as FileSite, true)
    expect(item.startLine).toBe(5)
  })
})

describeShared(['corpus', 'helm'], 'go-yaml reader over the corpus', () => {
  it('agrees with the yaml package on every values file, CI file and rendered document', () => {
    const base = sharedPath('corpus', 'helm')
    let docs = 0
    const differences: string[] = []
    for (const chart of readdirSync(base)) {
      const dir = join(base, chart)
      if (!statSync(dir).isDirectory()) continue
      for (const file of yamlFiles(dir)) {
        const text = readFileSync(file, 'utf8')
        // The yaml package is slow on the megabyte CRD outputs: rendered documents of the
        // default variants up to 64 KB keep this test quick and still cover every chart.
        if (file.includes('/golden/') && !file.endsWith('/default.yaml')) continue
        const chunks = file.includes('/golden/')
          ? splitManifests(text).map((d) => d.content)
          : splitYamlStream(text).map((c) => c.text)
        for (const c0 of chunks) {
          // go-yaml clips a block scalar at the end of input without a line break; the
          // yaml package adds one. Compare on newline-terminated text.
          if (c0.length > 64 * 1024) continue
          const c = c0.endsWith('\n') ? c0 : `${c0}\n`
          let want: unknown
          try {
            want = reference(c)
          } catch {
            continue // not YAML (CRD templates kept as files), both reject it
          }
          docs++
          let got: unknown
          try {
            got = fast(c)
          } catch (e) {
            differences.push(`${file}: ${(e as Error).message}`)
            continue
          }
          if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(file)
        }
      }
    }
    expect(differences).toEqual([])
    expect(docs).toBeGreaterThan(1000)
  })
})
