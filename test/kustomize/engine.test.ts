/**
 * The kustomize engine's parts on the inputs that decide kustomize's behaviour: how kyaml
 * reads scalars (go-yaml v3) and documents, what the printed output makes of them, the
 * strict kustomization decoding, image references, the load restrictor and the fence, and
 * where a built field says it was written.
 */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build, renderResources } from '../../src/kustomize/build.js'
import { resourceYaml } from '../../src/kustomize/encode.js'
import { splitImage } from '../../src/kustomize/images.js'
import { loadKustomization } from '../../src/kustomize/kustomization.js'
import { readKyamlStream } from '../../src/kustomize/parse.js'
import { findPath, placeOf } from '../../src/kustomize/source-map.js'

function tree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kw-kustomize-engine-')))
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true })
    writeFileSync(join(root, f), text)
  }
  return root
}

describe('kyaml reading', () => {
  it('tags scalars as go-yaml v3 does', () => {
    const [n] = readKyamlStream('a: yes\nb: 0777\nc: "1"\nd: 1.5\ne: ~\nf: on\ng: 0x1F\n', 'x.yaml')
    const tags = Object.fromEntries([...n.entries()].map(([k, v]) => [k.value, v.tag]))
    expect(tags).toEqual({
      a: '!!str',
      b: '!!int',
      c: '!!str',
      d: '!!float',
      e: '!!null',
      f: '!!str',
      g: '!!int',
    })
  })

  it('splits documents on --- lines only after a line break and drops empty ones', () => {
    const docs = readKyamlStream('---\na: 1\n---\n# only a comment\n--- # x\nb: 2\n---\n', 'x.yaml')
    expect(docs.map((d) => d.fieldNames())).toEqual([['a'], ['b']])
    expect(() => readKyamlStream('a: 1\n--- b: 2\n', 'x.yaml')).toThrow(
      'invalid document separator: --- b: 2',
    )
  })

  it('expands anchors and merge keys (the map wins over what it merges)', () => {
    const [n] = readKyamlStream('base: &b {x: 1, y: 2}\nmine:\n  <<: *b\n  y: 3\n', 'x.yaml')
    expect(resourceYaml(n)).toBe('base:\n  x: 1\n  "y": 2\nmine:\n  x: 1\n  "y": 3\n')
  })

  it('bounds alias expansion', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n'
    for (let i = 1; i < 8; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`
    expect(() => readKyamlStream(text, 'x.yaml')).toThrow(/more than 1000000 nodes/)
  })

  it('keeps offsets in the file, also across CRLF line ends', () => {
    const text = 'a: 1\r\nb: two\r\n'
    const [n] = readKyamlStream(text, 'x.yaml')
    const src = n.field('b')!.src!
    expect(text.slice(src.start, src.end)).toBe('two')
  })
})

describe('printed output', () => {
  it('prints what kubectl kustomize prints for strings that look like other types', () => {
    const [n] = readKyamlStream(
      'k: "yes"\nn: "0777"\nt: 2001-12-14\nm: "a: b"\nl: |\n  x\n  y\n',
      'x.yaml',
    )
    // Checked against kubectl kustomize v1.35.2: keys sorted, "n" and "yes" quoted for YAML
    // 1.1 readers, the timestamp turned into RFC 3339 by go-yaml v3's time.Time.
    expect(resourceYaml(n)).toBe(
      'k: "yes"\nl: |\n  x\n  y\nm: \'a: b\'\n"n": "0777"\nt: "2001-12-14T00:00:00Z"\n',
    )
  })
})

describe('kustomization files', () => {
  it('refuses unknown fields with encoding/json wording (keys in sorted order)', () => {
    expect(() => loadKustomization('zeta: 1\nresource:\n- a\n', 'k.yaml', '/d')).toThrow(
      'invalid Kustomization: json: unknown field "resource"',
    )
  })

  it('reads YAML 1.1 scalars into typed fields', () => {
    expect(() => loadKustomization('namePrefix: yes\n', 'k.yaml', '/d')).toThrow(
      'invalid Kustomization: json: cannot unmarshal bool into Go struct field Kustomization.namePrefix of type string',
    )
  })

  it('folds deprecated fields in and warns about them', () => {
    const { k, warnings } = loadKustomization(
      'bases:\n- ../b\nresources:\n- r.yaml\n',
      'k.yaml',
      '/d',
    )
    expect(k.resources).toEqual(['r.yaml', '../b'])
    expect(warnings[0]).toMatch(/^# Warning: 'bases' is deprecated/)
  })

  it('calls a kustomization with nothing in it empty', () => {
    expect(() =>
      loadKustomization('apiVersion: kustomize.config.k8s.io/v1beta1\n', 'k.yaml', '/d'),
    ).toThrow('kustomization.yaml is empty')
  })
})

describe('image references', () => {
  it('splits name, tag and digest as kustomize does (a registry port is not a tag)', () => {
    expect(splitImage('nginx')).toEqual({ name: 'nginx', tag: '', digest: '' })
    expect(splitImage('reg:5000/team/app:1.2')).toEqual({
      name: 'reg:5000/team/app',
      tag: '1.2',
      digest: '',
    })
    expect(splitImage('app@sha256:abc')).toEqual({ name: 'app', tag: '', digest: 'sha256:abc' })
    expect(splitImage('app:1@sha256:abc')).toEqual({ name: 'app', tag: '1', digest: 'sha256:abc' })
  })
})

describe('load restrictor and fence', () => {
  const files = {
    'outside.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: out\n',
    'repo/app/kustomization.yaml': 'resources:\n- ../shared.yaml\n',
    'repo/shared.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n',
    'repo/escape/kustomization.yaml': 'resources:\n- ../../outside.yaml\n',
  }

  it('refuses a file outside the kustomization folder unless LoadRestrictionsNone', () => {
    const root = tree(files)
    expect(() => build(join(root, 'repo/app'))).toThrow(
      /security; file '.*shared\.yaml' is not in or below '.*app'/,
    )
    const out = renderResources(build(join(root, 'repo/app'), { restrictor: 'none' }).resources)
    expect(out).toContain('name: shared')
  })

  it('never leaves the fence, whatever the restrictor', () => {
    const root = tree(files)
    expect(() =>
      build(join(root, 'repo/escape'), { restrictor: 'none', fence: join(root, 'repo') }),
    ).toThrow(/outside the scanned repository/)
  })
})

describe('source places', () => {
  it('a field a patch set points into the patch; the rest into the base', () => {
    const root = tree({
      'kustomization.yaml': 'resources:\n- d.yaml\npatches:\n- path: p.yaml\n',
      'd.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 1\n  paused: false\n',
      'p.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 3\n',
    })
    const [r] = build(root).resources
    const replicas = placeOf(findPath(r.node, ['spec', 'replicas']), 'value')!
    expect(replicas.file).toBe(join(root, 'p.yaml'))
    const paused = placeOf(findPath(r.node, ['spec', 'paused']), 'value')!
    expect(paused.file).toBe(join(root, 'd.yaml'))
  })
})
