/**
 * What helm template prints: kind install order, hooks and tests after the manifests,
 * crds/ only with --include-crds, --show-only, --skip-tests, --no-hooks, --kube-version,
 * --api-versions, empty output, and the wording of template and YAML failures.
 */
import { describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { sortManifests, splitManifests } from '../../src/helm/manifests.js'
import { renderChart } from '../../src/helm/render.js'
import { describeHelm } from '../helpers/helm.js'
import { chartYaml, ours, theirs, writeTree } from './fixtures.js'

const ordering: Record<string, string> = {
  'c/Chart.yaml': chartYaml('c'),
  'c/crds/crd.yaml':
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things.example.com\n',
  'c/templates/a-deploy.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n',
  'c/templates/b-misc.yaml':
    '# only a comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n---\nkind: Zebra\n---\nkind: Aardvark\n',
  'c/templates/hooks.yaml':
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pre\n  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook-weight: "5"\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: t\n  annotations:\n    "helm.sh/hook": test\n',
  'c/templates/empty.yaml': '{{- if false }}\nkind: Never\n{{- end }}\n   \n',
  'c/templates/NOTES.txt': 'Thanks {{ .Release.Name }}',
  'c/templates/caps.yaml':
    'kube: {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Minor }} {{ .Capabilities.KubeVersion.GitVersion }}\nhas: {{ .Capabilities.APIVersions.Has "example.com/v1" }} {{ .Capabilities.APIVersions.Has "apps/v1" }}\nhelm: {{ .Capabilities.HelmVersion.Version }}\nrel: {{ toJson .Release }}\nchart: {{ .Chart.Name }} {{ .Chart.IsRoot }} {{ .Template.Name }} {{ .Template.BasePath }}\n',
}

const flagCases: { name: string; args: string[] }[] = [
  { name: 'default ordering', args: [] },
  { name: '--include-crds', args: ['--include-crds'] },
  { name: '--skip-tests', args: ['--skip-tests'] },
  { name: '--no-hooks', args: ['--no-hooks'] },
  {
    name: '--show-only',
    args: ['--show-only', 'templates/b-misc.yaml', '-s', 'templates/hooks.yaml'],
  },
  { name: '--show-only missing', args: ['--show-only', 'templates/nope.yaml'] },
  {
    name: '--kube-version and --api-versions',
    args: [
      '--kube-version',
      '1.29.3-gke.1',
      '--api-versions',
      'example.com/v1,foo/v2',
      '-a',
      'bar/v1',
    ],
  },
  { name: 'invalid --kube-version', args: ['--kube-version', 'banana'] },
  { name: 'namespace and release name', args: ['-n', 'prod', '--is-upgrade'] },
]

const errorCases: { name: string; files: Record<string, string>; args?: string[] }[] = [
  { name: 'parse error', files: { 'c/templates/x.yaml': '{{ if }}' } },
  { name: 'unknown function', files: { 'c/templates/x.yaml': '{{ .Values.x | nope }}' } },
  { name: 'nil pointer', files: { 'c/templates/x.yaml': 'a: {{ .Values.a.b.c }}' } },
  {
    name: 'error inside include',
    files: {
      'c/templates/_h.tpl': '{{- define "h" }}{{ .x.y.z }}{{ end }}',
      'c/templates/x.yaml': 'a: {{ include "h" . }}',
    },
  },
  {
    name: 'required',
    files: { 'c/templates/x.yaml': 'a: {{ required "need .Values.x" .Values.x }}' },
  },
  {
    name: 'fail inside include',
    files: {
      'c/templates/_h.tpl': '{{- define "h" }}{{ fail "nope" }}{{ end }}',
      'c/templates/x.yaml': 'a:\n  b: {{ include "h" . }}',
    },
  },
  { name: 'tpl error', files: { 'c/templates/x.yaml': '{{ tpl "{{ .x.y.z }}" . }}' } },
  {
    name: 'include of a missing template',
    files: { 'c/templates/x.yaml': '{{ include "missing" . }}' },
  },
  { name: 'invalid YAML output', files: { 'c/templates/x.yaml': 'a: b: c\n' } },
  { name: 'document that is a list', files: { 'c/templates/x.yaml': '- a\n- b\n' } },
  {
    name: 'bad annotation type',
    files: { 'c/templates/x.yaml': 'metadata:\n  annotations:\n    x: {a: 1}\n' },
  },
  { name: 'unknown anchor', files: { 'c/templates/x.yaml': 'a: *nope\n' } },
  { name: 'fail in NOTES.txt', files: { 'c/templates/NOTES.txt': '{{ fail "notes" }}' } },
  { name: 'nothing rendered', files: { 'c/templates/x.yaml': '{{/* nothing */}}' } },
  {
    name: 'kubeVersion constraint',
    files: { 'c/Chart.yaml': chartYaml('c', 'kubeVersion: "<1.20"\n') },
  },
  { name: 'library chart', files: { 'c/Chart.yaml': chartYaml('c', 'type: library\n') } },
  {
    name: 'deprecated chart',
    files: { 'c/Chart.yaml': chartYaml('c', 'deprecated: true\n'), 'c/templates/x.yaml': 'a: 1\n' },
  },
  {
    name: 'invalid release name',
    files: { 'c/templates/x.yaml': 'a: 1\n' },
    args: ['Bad_Name', 'c'],
  },
  {
    name: 'values file parse error',
    files: { 'c/templates/x.yaml': 'a: 1\n', 'bad.yaml': 'a: [1, 2\n' },
    args: ['x', 'c', '-f', 'bad.yaml'],
  },
  {
    name: 'missing values file',
    files: { 'c/templates/x.yaml': 'a: 1\n' },
    args: ['x', 'c', '-f', 'nope.yaml'],
  },
]

describe('manifest splitting and ordering', () => {
  it('splits on --- lines like releaseutil.SplitManifests', () => {
    // The separator eats trailing whitespace, so a second `---` right after it and an
    // indented `---` are content, exactly as with Go's regexp.
    const text0 = '\n\na: 1\n---\n\n---   \nb: 2\n  ---\nc: 3\n---\nd: 4'
    expect(splitManifests(text0).map((d) => d.content)).toEqual([
      'a: 1',
      '---   \nb: 2\n  ---\nc: 3',
      'd: 4',
    ])
    const reference = text0
      .trim()
      .split(/(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/)
      .filter((d) => d !== '')
      .map((d) => d.trim())
    expect(splitManifests(text0).map((d) => d.content)).toEqual(reference)
    const text = 'x: 1\n---\ny: 2\n'
    for (const d of splitManifests(text))
      expect(text.slice(d.offset, d.offset + d.content.length)).toBe(d.content)
  })

  it('orders kinds by install order, unknown kinds last and alphabetically, hooks apart', () => {
    const files = new Map([
      [
        'c/templates/a.yaml',
        'kind: Deployment\n---\nkind: Zeta\n---\nkind: Alpha\n---\nkind: Namespace\n',
      ],
      [
        'c/templates/b.yaml',
        'kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: post-install,TEST-SUCCESS\n',
      ],
      ['c/templates/_partial.yaml', 'kind: Secret\n'],
    ])
    const r = sortManifests(files)
    expect(r.manifests.map((m) => m.head.kind)).toEqual([
      'Namespace',
      'Deployment',
      'Alpha',
      'Zeta',
    ])
    expect(r.hooks.map((h) => h.events)).toEqual([['post-install', 'test']])
  })
})

describe('flags and failures (ours)', () => {
  it('prints a single newline when nothing renders', async () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/templates/x.yaml': '{{/* nothing */}}',
    })
    try {
      const r = await ours(['c'], dir)
      expect(r).toEqual({ code: 0, stdout: '\n', stderr: '' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reports fail/required at the outermost template position, as helm does', async () => {
    const dir = writeTree({ 'c/Chart.yaml': chartYaml('c'), ...errorCases[5].files })
    try {
      const r = await ours(['c'], dir)
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        'Error: execution error at (c/templates/x.yaml:2:8): nope\n\nUse --debug flag to render out invalid YAML\n',
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describeHelm('flags and failures against helm', (helm) => {
  for (const c of flagCases) {
    it(c.name, async () => {
      const dir = writeTree(ordering)
      try {
        const args = ['release-name', 'c', ...c.args]
        const want = theirs(helm, args, dir)
        const got = await ours(args, dir)
        expect(got.stdout).toBe(want.stdout)
        expect(got.stderr).toBe(want.stderr)
        expect(got.code).toBe(want.code)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
  for (const c of errorCases) {
    it(c.name, async () => {
      const dir = writeTree({ 'c/Chart.yaml': chartYaml('c'), ...c.files })
      try {
        const args = c.args ?? ['release-name', 'c']
        const want = theirs(helm, args, dir)
        const got = await ours(args, dir)
        expect(got.stderr).toBe(want.stderr)
        expect(got.stdout).toBe(want.stdout)
        expect(got.code).toBe(want.code)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})

describe('untrusted charts', () => {
  it('stops runaway output with a clear error', () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/templates/x.yaml': '{{ range until 100000 }}line {{ . }}\n{{ end }}',
    })
    try {
      const r = renderChart('c', { cwd: dir, limits: { maxOutput: 10_000 } })
      expect(r.ok).toBe(false)
      expect(r.error?.message).toMatch(/rendered output exceeds the limit of 10000 characters/)
      expect(r.error?.file).toBe('c/templates/x.yaml')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stops a render that runs too long', () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/templates/_h.tpl': '{{- define "slow" }}{{ range until 2000 }}{{ . }}{{ end }}{{ end }}',
      'c/templates/x.yaml': '{{ range until 100000 }}{{ include "slow" . | len }}{{ end }}',
    })
    try {
      const r = renderChart('c', { cwd: dir, limits: { timeMs: 200 } })
      expect(r.ok).toBe(false)
      expect(r.error?.message).toMatch(/took longer than the budget of 200 ms/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('bounds recursive includes like helm', () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/templates/_h.tpl': '{{- define "loop" }}{{ include "loop" . }}{{ end }}',
      'c/templates/x.yaml': 'a: {{ include "loop" . }}',
    })
    try {
      const r = renderChart('c', { cwd: dir })
      expect(r.ok).toBe(false)
      expect(r.error?.message).toMatch(
        /rendering template has a nested reference name: loop|exceeded maximum template depth/,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('keeps .Files inside the chart', () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'secret.txt': 'do not read',
      'c/templates/x.yaml':
        'a: {{ .Files.Get "../secret.txt" | quote }}\nb: {{ .Files.Get "/etc/passwd" | quote }}\n',
    })
    try {
      const r = renderChart('c', { cwd: dir })
      expect(r.output).toContain('a: ""\nb: ""')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
