/**
 * Chart loading, .helmignore, dependencies (condition, tags, alias, import-values, v1
 * requirements.yaml, .tgz subcharts, library charts), globals and coalescing: each case
 * is checked for its meaning and, where the helm binary is available, against helm.
 */
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { loadChart } from '../../src/helm/load.js'
import { HelmIgnore } from '../../src/helm/helmignore.js'
import { renderChart } from '../../src/helm/render.js'
import { describeHelm } from '../helpers/helm.js'
import { chartYaml, ours, tgz, theirs, writeTree } from './fixtures.js'

const dump = 'v: {{ toJson .Values }}\n'

interface Case {
  name: string
  files: Record<string, string | Uint8Array>
  args?: string[]
  check?: (out: string, err: string) => void
}

const cases: Case[] = [
  {
    name: 'condition and tags decide which subcharts render',
    files: {
      'c/Chart.yaml': chartYaml(
        'c',
        'dependencies:\n- name: a\n  version: 0.1.0\n  repository: ""\n  condition: a.enabled\n- name: b\n  version: 0.1.0\n  repository: ""\n  tags: [bee]\n- name: d\n  version: 0.1.0\n  repository: ""\n  condition: missing.flag,d.on\n',
      ),
      'c/values.yaml': 'a:\n  enabled: false\ntags:\n  bee: false\nd:\n  on: true\n',
      'c/charts/a/Chart.yaml': chartYaml('a'),
      'c/charts/a/templates/x.yaml': 'kind: A\n',
      'c/charts/b/Chart.yaml': chartYaml('b'),
      'c/charts/b/templates/x.yaml': 'kind: B\n',
      'c/charts/d/Chart.yaml': chartYaml('d'),
      'c/charts/d/templates/x.yaml': 'kind: D\nv: {{ toJson .Values }}\n',
    },
    check: (out) => {
      expect(out).not.toContain('kind: A')
      expect(out).not.toContain('kind: B')
      expect(out).toContain('# Source: c/charts/d/templates/x.yaml')
    },
  },
  {
    name: 'an alias renames a copy of the subchart; globals reach every subchart',
    files: {
      'c/Chart.yaml': chartYaml(
        'c',
        'dependencies:\n- name: sub\n  version: ">=0.1.0"\n  repository: ""\n  alias: first\n- name: sub\n  version: "0.1.x"\n  repository: ""\n  alias: second\n',
      ),
      'c/values.yaml': 'global:\n  region: eu\nfirst:\n  who: one\nsecond:\n  who: two\n',
      'c/charts/sub/Chart.yaml': chartYaml('sub'),
      'c/charts/sub/values.yaml': 'who: nobody\nglobal:\n  region: us\n  zone: a\n',
      'c/charts/sub/templates/x.yaml':
        'name: {{ .Chart.Name }}\nwho: {{ .Values.who }}\nglobal: {{ toJson .Values.global }}\n',
    },
    check: (out) => {
      expect(out).toContain(
        '# Source: c/charts/first/templates/x.yaml\nname: first\nwho: one\nglobal: {"region":"eu","zone":"a"}',
      )
      expect(out).toContain('# Source: c/charts/second/templates/x.yaml\nname: second\nwho: two')
    },
  },
  {
    name: 'import-values in both forms',
    files: {
      'c/Chart.yaml': chartYaml(
        'c',
        'dependencies:\n- name: sub\n  version: 0.1.0\n  repository: ""\n  import-values:\n  - data\n  - child: deep.inner\n    parent: imported\n',
      ),
      'c/values.yaml': 'imported:\n  own: parent\n',
      'c/templates/x.yaml': dump,
      'c/charts/sub/Chart.yaml': chartYaml('sub'),
      'c/charts/sub/values.yaml':
        'exports:\n  data:\n    fromExports: 1\ndeep:\n  inner:\n    own: child\n    more: 2\n',
    },
    check: (out) => {
      expect(out).toContain('"fromExports":1')
      expect(out).toContain('"imported":{"more":2,"own":"parent"}')
    },
  },
  {
    name: 'apiVersion v1 chart with requirements.yaml and a packaged subchart',
    files: {
      'c/Chart.yaml': 'apiVersion: v1\nname: c\nversion: 1.0.0\n',
      'c/requirements.yaml':
        'dependencies:\n- name: packed\n  version: 0.1.0\n  repository: ""\n  condition: packed.enabled\n',
      'c/values.yaml': 'packed:\n  enabled: true\n  msg: hi\n',
      'c/templates/x.yaml': 'files:{{ range $k, $_ := .Files }} {{ $k }}{{ end }}\n',
      'c/charts/packed-0.1.0.tgz': tgz('packed', {
        'Chart.yaml': chartYaml('packed'),
        'values.yaml': 'msg: default\n',
        'templates/y.yaml': 'msg: {{ .Values.msg }}\n',
      }),
    },
    check: (out) => {
      expect(out).toContain('files: requirements.yaml')
      expect(out).toContain('# Source: c/charts/packed/templates/y.yaml\nmsg: hi')
    },
  },
  {
    name: 'null deletes a default; a table does not replace a scalar (warning)',
    files: {
      'c/Chart.yaml': chartYaml('c'),
      'c/values.yaml': 'a:\n  b: 1\n  c: 2\nd: scalar\n',
      'c/templates/x.yaml': dump,
      'over.yaml': 'a:\n  b: null\nd:\n  x: 1\n',
    },
    args: ['-f', 'over.yaml'],
    check: (out) => {
      expect(out).toContain('"a":{"c":2}')
    },
  },
  {
    name: '.helmignore hides files from .Files and templates',
    files: {
      'c/Chart.yaml': chartYaml('c'),
      'c/.helmignore': '# comment\n*.bak\nsecret/\n/top.txt\n',
      'c/templates/x.yaml': 'files:{{ range $k, $_ := .Files }} {{ $k }}{{ end }}\n',
      'c/templates/old.yaml.bak': 'kind: Old\n',
      'c/top.txt': 't',
      'c/sub/top.txt': 's',
      'c/a.bak': 'b',
      'c/keep.bak': 'k',
      'c/secret/x': 'x',
      'c/conf/app.conf': 'c',
    },
    check: (out) => {
      expect(out).not.toContain('kind: Old')
    },
  },
  {
    name: 'library subchart helpers, .Files.Glob ranging and AsConfig',
    files: {
      'c/Chart.yaml': chartYaml(
        'c',
        'dependencies:\n- name: lib\n  version: 0.1.0\n  repository: ""\n',
      ),
      'c/charts/lib/Chart.yaml': chartYaml('lib', 'type: library\n'),
      'c/charts/lib/templates/_h.tpl': '{{- define "lib.name" -}}lib-{{ .Chart.Name }}{{- end }}',
      'c/charts/lib/templates/ignored.yaml': 'kind: NotRendered\n',
      'c/conf/a.conf': 'A=1\n',
      'c/conf/b.conf': 'B=2\n',
      'c/templates/cm.yaml':
        'kind: ConfigMap\nname: {{ include "lib.name" . }}\ndata:\n{{ (.Files.Glob "conf/*").AsConfig | indent 2 }}\nkeys:\n{{- range $path, $_ := .Files.Glob "conf/**" }}\n- {{ $path }}\n{{- end }}\nlines: {{ toJson (.Files.Lines "conf/a.conf") }}\n',
    },
    check: (out) => {
      expect(out).toContain('name: lib-c')
      expect(out).toContain('  a.conf: |\n    A=1')
      expect(out).not.toContain('NotRendered')
    },
  },
]

describe('chart loading and values', () => {
  it('loads a packaged subchart and records where files came from', () => {
    const dir = writeTree(cases[3].files)
    try {
      const c = loadChart(join(dir, 'c'), { root: dir })
      expect(c.metadata.apiVersion).toBe('v1')
      expect(c.metadata.dependencies?.[0].name).toBe('packed')
      const sub = c.dependencies[0]
      expect(sub.name).toBe('packed')
      expect(sub.templates[0].origin).toEqual({
        path: 'c/charts/packed-0.1.0.tgz',
        archive: 'c/charts/packed-0.1.0.tgz',
      })
      expect(c.templates[0].origin.path).toBe('c/templates/x.yaml')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('applies .helmignore rules as Helm does, not as git does', () => {
    const r = HelmIgnore.parse('*.bak\n!keep.bak\nsecret/\n/top.txt\ndocs/*.md\n')
    expect(r.ignores('a.bak', false)).toBe(true)
    expect(r.ignores('deep/dir/a.bak', false)).toBe(true)
    // The first matching rule decides; a negation listed later cannot re-include.
    expect(r.ignores('keep.bak', false)).toBe(true)
    expect(r.ignores('secret', true)).toBe(true)
    expect(r.ignores('secret', false)).toBe(true)
    expect(r.ignores('top.txt', false)).toBe(true)
    expect(r.ignores('sub/top.txt', false)).toBe(true)
    expect(r.ignores('docs/a.md', false)).toBe(true)
    expect(r.ignores('docs/deep/a.md', false)).toBe(true)
    expect(() => HelmIgnore.parse('a/**/b')).toThrow('double-star (**) syntax is not supported')
    const defaults = HelmIgnore.empty()
    defaults.addDefaults()
    expect(defaults.ignores('templates/.hidden.yaml', false)).toBe(true)
    expect(defaults.ignores('templates/x.yaml', false)).toBe(false)
  })

  it('leaves out symbolic links that leave the scanned directory, and says so', async () => {
    const { symlinkSync } = await import('node:fs')
    const dir = writeTree({ 'c/Chart.yaml': chartYaml('c'), 'outside/secret.txt': 's' })
    try {
      symlinkSync(join(dir, 'outside', 'secret.txt'), join(dir, 'c', 'leak.txt'))
      const r = renderChart('c', { cwd: dir, root: join(dir, 'c') })
      expect(r.ok).toBe(true)
      expect(r.chart?.files.map((f) => f.name)).toEqual([])
      expect(r.refusedLinks).toEqual([
        { path: 'leak.txt', target: join(dir, 'outside', 'secret.txt') },
      ])
      expect(r.warnings).toContain(
        'level=WARN msg="symbolic link leaves the scanned directory; not followed" path=leak.txt',
      )
      // Inside the boundary the link is followed, as helm does, with helm's log line.
      const ok = renderChart('c', { cwd: dir, root: dir })
      expect(ok.ok).toBe(true)
      expect(ok.chart?.files.map((f) => f.name)).toEqual(['leak.txt'])
      expect(ok.warnings).toBe(
        `level=INFO msg="found symbolic link in path. Contents of linked file included and used" path=${join(dir, 'c', 'leak.txt')} resolved=${join(dir, 'outside', 'secret.txt')}\n`,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reports a missing dependency like helm', () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml(
        'c',
        'dependencies:\n- name: gone\n  version: 1.0.0\n  repository: ""\n',
      ),
    })
    try {
      const r = renderChart('c', { cwd: dir })
      expect(r.error?.message).toBe(
        'an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: gone',
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  for (const c of cases) {
    it(c.name, async () => {
      const dir = writeTree(c.files)
      try {
        const r = await ours(['release-name', 'c', ...(c.args ?? [])], dir)
        expect(r.stderr).not.toMatch(/^Error/m)
        c.check?.(r.stdout, r.stderr)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})

describeHelm('chart cases against helm', (helm) => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = writeTree(c.files)
      try {
        const args = ['release-name', 'c', ...(c.args ?? [])]
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
})

describe('coalescing', () => {
  it('merges maps, replaces scalars and lists, and deletes keys set to null', async () => {
    const { coalesceTables } = await import('../../src/helm/coalesce.js')
    const warnings: string[] = []
    const dst = { a: { x: 1, gone: null }, list: [1], s: 'user', t: { deep: 1 } }
    const src = { a: { y: 2, gone: 'default' }, list: [2, 3], s: 'chart', t: 'scalar', u: 'new' }
    const out = coalesceTables(dst, src, (m) => warnings.push(m))
    expect(out).toEqual({ a: { x: 1, y: 2 }, list: [1], s: 'user', t: { deep: 1 }, u: 'new' })
    expect(warnings).toEqual([
      'warning: destination for t is a table. Ignoring non-table value (scalar)',
    ])
  })

  it('keeps nulls when merging (MergeTables)', async () => {
    const { mergeTables } = await import('../../src/helm/coalesce.js')
    expect(mergeTables({ a: null }, { a: 1, b: 2 }, () => {})).toEqual({ a: null, b: 2 })
  })

  it('keeps the origin of the value that won', () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/values.yaml': 'a:\n  b: 1\n  c: 2\n',
      'o.yaml': 'a:\n  b: 3\n',
      'c/templates/x.yaml': 'b: {{ .Values.a.b }}\n',
    })
    try {
      const r = renderChart('c', { cwd: dir, valuesFiles: ['o.yaml'], trace: true })
      const reads = r.documents[0].trace!.reads.filter((x) => x.key === 'b')
      expect(reads).toHaveLength(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
