/**
 * Property-based differential tests: random values files and templates built from the
 * constructs real charts use, rendered by helm and by us; stdout, stderr and exit status
 * must be identical.
 */
import { expect, it } from 'vitest'
import fc from 'fast-check'
import { rmSync } from 'node:fs'
import { describeHelm } from '../helpers/helm.js'
import { chartYaml, ours, theirs, writeTree } from './fixtures.js'

type V = null | boolean | number | string | V[] | { [k: string]: V }

const keyArb = fc.constantFrom(
  'a',
  'b',
  'name',
  'image',
  'tag',
  'port',
  'enabled',
  'list',
  'x-y',
  'on',
)
const stringArb = fc.oneof(
  fc.constantFrom(
    '',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'null',
    '~',
    '0644',
    '0x1F',
    '1e3',
    '1_000',
    '.inf',
    'true',
    '12:30',
    'a: b',
    '#x',
    'x #y',
    '- z',
    'é€',
    'multi\nline',
    ' padded ',
    '{{ .Values.a }}',
    '2001-12-14',
  ),
  fc.string({ maxLength: 12 }),
)
const numberArb = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0, 1000000, 12345678, 2 ** 53, 0.5, -1.25, 1e21, 3.0e-5),
)
const scalarArb: fc.Arbitrary<V> = fc.oneof(stringArb, numberArb, fc.boolean(), fc.constant(null))
const valueArb: fc.Arbitrary<V> = fc.letrec<{ v: V }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(keyArb, tie('v'), { maxKeys: 4 }),
  ),
})).v
const valuesArb = fc.dictionary(keyArb, valueArb, { minKeys: 1, maxKeys: 5 })

/** A block-style YAML emitter: plain scalars where YAML reads them back as text, so 1.1 rules apply. */
function toYamlText(v: V, indent: string): string {
  if (v === null) return ' null\n'
  if (typeof v === 'boolean' || typeof v === 'number') return ` ${String(v)}\n`
  if (typeof v === 'string') {
    const plain = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/.test(v) && !v.endsWith(' ')
    return ` ${plain ? v : JSON.stringify(v)}\n`
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return ' []\n'
    return (
      '\n' + v.map((x) => `${indent}-${toYamlText(x, indent + '  ').replace(/^\n/, `\n`)}`).join('')
    )
  }
  const keys = Object.keys(v)
  if (keys.length === 0) return ' {}\n'
  return (
    '\n' +
    keys.map((k) => `${indent}${JSON.stringify(k)}:${toYamlText(v[k], indent + '  ')}`).join('')
  )
}

const pathArb = fc
  .array(keyArb, { minLength: 1, maxLength: 3 })
  .map((ks) => ks.map((k) => (/^[a-z]+$/.test(k) ? `.${k}` : ` ${JSON.stringify(k)}`)))
function valuesRef(p: string[]): string {
  // Keys with dashes need index; build `(index .Values "x-y" ...)` when required.
  if (p.every((s) => s.startsWith('.'))) return `.Values${p.join('')}`
  return `(index .Values ${p.map((s) => (s.startsWith('.') ? JSON.stringify(s.slice(1)) : s.trim())).join(' ')})`
}

const snippetArb = pathArb.chain((p) => {
  const ref = valuesRef(p)
  return fc.constantFrom(
    `s: {{ ${ref} | toJson }}`,
    `s: {{ ${ref} | quote }}`,
    `s: {{ ${ref} | default "dflt" | toString | quote }}`,
    `s: {{ printf "%v|%T" ${ref} ${ref} | quote }}`,
    `s: {{ kindOf ${ref} | quote }}`,
    `s: {{ empty ${ref} }}`,
    `s:\n  {{- toYaml ${ref} | nindent 2 }}`,
    `s: {{ include "t.h" ${ref} | quote }}`,
    `s: {{ tpl (toYaml ${ref}) $ | quote }}`,
    `s:{{ with ${ref} }} {{ toJson . | quote }}{{ else }} none{{ end }}`,
    `s: {{ if ${ref} }}yes{{ else }}no{{ end }}`,
    `s: "{{ range $k, $v := ${ref} }}{{ $k }}={{ $v | toJson | replace "\\"" "'" }};{{ end }}"`,
    `s: {{ ${ref} | toYaml | fromYaml | toJson | quote }}`,
    `s: {{ ${ref} | toPrettyJson | quote }}`,
  )
})

describeHelm('random charts against helm', (helm) => {
  it('renders identical output for random values and templates', async () => {
    await fc.assert(
      fc.asyncProperty(
        valuesArb,
        fc.array(snippetArb, { minLength: 1, maxLength: 5 }),
        async (values, snippets) => {
          const template = snippets.map((s, i) => s.replace(/^s:/, `s${i}:`)).join('\n') + '\n'
          const dir = writeTree({
            'c/Chart.yaml': chartYaml('c'),
            'c/values.yaml': toYamlText(values as V, '').replace(/^\n/, ''),
            'c/templates/_h.tpl': '{{- define "t.h" -}}{{ toJson . }}{{- end }}',
            'c/templates/x.yaml': template,
          })
          try {
            const want = theirs(helm, ['c'], dir)
            const got = await ours(['c'], dir)
            expect(got.stdout).toBe(want.stdout)
            expect(got.stderr).toBe(want.stderr)
            expect(got.code).toBe(want.code)
          } finally {
            rmSync(dir, { recursive: true, force: true })
          }
        },
      ),
      { numRuns: Number(process.env.KW_HELM_FUZZ_RUNS ?? 60), endOnFailure: true },
    )
  }, 600_000)
})
