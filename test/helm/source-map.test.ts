/**
 * The source map: a value set in a values file, passed through toYaml | nindent, include,
 * tpl, default, with and range, is traced back to the line of its key in the file that
 * won the merge; literal template text maps to its template line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describeShared, sharedPath } from '../helpers/shared.js'
import { parseYamlValue } from '../../src/yaml/read.js'
import { renderChart, type RenderedDocument, type RenderResult } from '../../src/helm/render.js'
import { sourceMapOf, type Located, type RenderSourceMap } from '../../src/helm/source-map.js'
import { chartYaml, writeTree } from './fixtures.js'

const files = {
  'app/Chart.yaml': chartYaml(
    'app',
    'dependencies:\n- name: sub\n  version: 0.1.0\n  repository: ""\n',
  ),
  'app/values.yaml': [
    'securityContext:', //                      1
    '  runAsUser: 1000', //                      2
    '  runAsNonRoot: true', //                   3
    'podSecurityContext:', //                    4
    '  fsGroup: 2000', //                        5
    'image:', //                                 6
    '  repository: nginx', //                    7
    '  tag: "1.27"', //                          8
    'name: ""', //                               9
    'extraEnv: |', //                           10
    '  - name: UID', //                         11
    '    value: "{{ .Values.securityContext.runAsUser }}"', // 12
    'ports:', //                                13
    '  - 8080', //                              14
    '  - 9090', //                              15
    'sub:', //                                  16
    '  user: 4242', //                          17
    '',
  ].join('\n'),
  'app/override.yaml': 'podSecurityContext:\n  fsGroup: 3000\n',
  'app/templates/_helpers.tpl':
    '{{- define "app.sc" -}}\n{{ toYaml .Values.securityContext }}\n{{- end }}\n{{- define "app.hardening" -}}\nallowPrivilegeEscalation: false\nreadOnlyRootFilesystem: true\n{{- end }}\n',
  'app/templates/deploy.yaml': [
    'apiVersion: apps/v1', //                                              1
    'kind: Deployment', //                                                 2
    'metadata:', //                                                        3
    '  name: {{ .Values.name | default "fallback" }}', //                  4
    'spec:', //                                                            5
    '  template:', //                                                      6
    '    spec:', //                                                        7
    '      securityContext:', //                                           8
    '        {{- toYaml .Values.podSecurityContext | nindent 8 }}', //     9
    '      containers:', //                                               10
    '        - name: main', //                                            11
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', // 12
    '          securityContext:', //                                      13
    '            {{- include "app.sc" . | nindent 12 }}', //              14
    '          env: {{ tpl .Values.extraEnv . | nindent 12 }}', //        15
    '          ports:', //                                                16
    '          {{- range .Values.ports }}', //                            17
    '            - containerPort: {{ . }}', //                            18
    '          {{- end }}', //                                            19
    '        - name: side', //                                            20
    '          securityContext: {{- include "app.hardening" . | nindent 12 }}', // 21
    '        - name: third', //                                           22
    '          {{- with .Values.securityContext }}', //                   23
    '          securityContext:', //                                      24
    '            runAsUser: {{ .runAsUser | default 1 }}', //             25
    '          {{- end }}', //                                            26
    '',
  ].join('\n'),
  'app/charts/sub/Chart.yaml': chartYaml('sub'),
  'app/charts/sub/values.yaml': 'user: 1\n',
  'app/charts/sub/templates/pod.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: sub\nspec:\n  securityContext:\n    runAsUser: {{ .Values.user }}\n',
}

let dir = ''
let result: RenderResult
let map: RenderSourceMap
let deploy: RenderedDocument

function at(doc: RenderedDocument, path: (string | number)[]): Located {
  const l = map.locatePath(doc, path)
  if (!l) throw new Error(`no location for ${path.join('.')}`)
  return l
}

function line(l: Located): string {
  return `${l.primary.file}:${l.primary.startLine}`
}

const containers = ['spec', 'template', 'spec', 'containers']

describe('source map', () => {
  beforeAll(() => {
    dir = writeTree(files)
    result = renderChart('app', {
      cwd: dir,
      valuesFiles: ['app/override.yaml'],
      set: ['image.tag=1.28'],
      trace: true,
    })
    expect(result.error).toBeUndefined()
    map = sourceMapOf(result)
    deploy = result.documents.find((d) => d.kind === 'Deployment')!
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('traces a value through toYaml | nindent to the file that won the merge', () => {
    const l = at(deploy, ['spec', 'template', 'spec', 'securityContext', 'fsGroup'])
    expect(line(l)).toBe('app/override.yaml:2')
    expect(l.related[0].range).toMatchObject({ file: 'app/templates/deploy.yaml', startLine: 9 })
  })

  it('traces through include to the values line, naming the helper', () => {
    const l = at(deploy, [...containers, 0, 'securityContext', 'runAsNonRoot'])
    expect(l.primary).toEqual({
      file: 'app/values.yaml',
      startLine: 3,
      startColumn: 3,
      endLine: 3,
      endColumn: 21,
    })
    const files = l.related.map((r) => `${r.range.file}:${r.range.startLine}`)
    expect(files).toContain('app/templates/deploy.yaml:14')
    expect(files).toContain('app/templates/_helpers.tpl:2')
  })

  it('traces a value read inside a tpl string', () => {
    expect(line(at(deploy, [...containers, 0, 'env', 0, 'value']))).toBe('app/values.yaml:2')
  })

  it('traces range elements and with bindings', () => {
    expect(line(at(deploy, [...containers, 0, 'ports', 1, 'containerPort']))).toBe(
      'app/values.yaml:15',
    )
    expect(line(at(deploy, [...containers, 2, 'securityContext', 'runAsUser']))).toBe(
      'app/values.yaml:2',
    )
  })

  it('points literal text written by a helper at the helper line', () => {
    const l = at(deploy, [...containers, 1, 'securityContext', 'readOnlyRootFilesystem'])
    expect(l.primary).toMatchObject({ file: 'app/templates/_helpers.tpl', startLine: 6 })
    expect(l.related[0].range).toMatchObject({ file: 'app/templates/deploy.yaml', startLine: 21 })
  })

  it('uses the template line when default supplied the value', () => {
    const l = at(deploy, ['metadata', 'name'])
    expect(l.primary).toMatchObject({ file: 'app/templates/deploy.yaml', startLine: 4 })
    expect(l.origin.value).toBeUndefined()
  })

  it('names every value that forms a scalar, --set arguments included', () => {
    const l = at(deploy, [...containers, 0, 'image'])
    expect(line(l)).toBe('app/values.yaml:7')
    expect(l.related.map((r) => r.message)).toContain('value set by --set image.tag=1.28')
  })

  it('maps literal template text to its line', () => {
    const l = at(deploy, ['kind'])
    expect(l.primary).toMatchObject({ file: 'app/templates/deploy.yaml', startLine: 2 })
    const byOffset = map.locateOffset(deploy, deploy.text.indexOf('containers:'))
    expect(byOffset?.primary).toMatchObject({ file: 'app/templates/deploy.yaml', startLine: 10 })
  })

  it('traces a subchart value set in the parent values file', () => {
    const pod = result.documents.find((d) => d.kind === 'Pod')!
    expect(pod.source).toBe('app/charts/sub/templates/pod.yaml')
    const l = at(pod, ['spec', 'securityContext', 'runAsUser'])
    expect(line(l)).toBe('app/values.yaml:17')
    expect(l.related[0].range).toMatchObject({
      file: 'app/charts/sub/templates/pod.yaml',
      startLine: 7,
    })
  })
})

describe('rendered documents', () => {
  it('point into the printed output', () => {
    const dir = writeTree(files)
    try {
      const r = renderChart('app', { cwd: dir })
      expect(r.documents.length).toBe(2)
      for (const d of r.documents) {
        expect(r.output.slice(d.offsetInOutput, d.offsetInOutput + d.text.length)).toBe(d.text)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describeShared(['corpus', 'helm'], 'source map over the corpus', () => {
  it('locates every scalar of every rendered document in a chart file', () => {
    const base = sharedPath('corpus', 'helm')
    let scalars = 0
    let fromValues = 0
    for (const name of [
      'bitnami-nginx',
      'grafana',
      'ingress-nginx',
      'podinfo',
      'prometheus',
      'vault',
    ]) {
      const r = renderChart('./chart', {
        cwd: join(base, name),
        root: join(base, name),
        trace: true,
      })
      expect(r.ok).toBe(true)
      const sm = sourceMapOf(r)
      for (const doc of r.documents) {
        const walk = (v: unknown, path: (string | number)[]): void => {
          if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]))
          else if (v !== null && typeof v === 'object') {
            for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
          } else {
            const l = sm.locatePath(doc, path)
            if (!l) return
            scalars++
            expect(existsSync(join(base, name, l.primary.file))).toBe(true)
            expect(l.primary.file.startsWith('chart/')).toBe(true)
            if (l.origin.value?.range) fromValues++
          }
        }
        walk(parseYamlValue(doc.text).value, [])
      }
    }
    expect(scalars).toBeGreaterThan(1000)
    // Most scalars in real charts come from values.
    expect(fromValues / scalars).toBeGreaterThan(0.2)
  })
})

describe('what a traced render keeps', () => {
  it('keeps no chart file through the traces once rendered, and renders .Files as helm does', () => {
    const d = writeTree({
      'files/Chart.yaml': chartYaml('files'),
      'files/values.yaml': 'user: 1000\n',
      'files/conf/app.conf': 'listen 8080\n',
      'files/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  app.conf: {{ .Files.Get "conf/app.conf" | quote }}\n  user: {{ .Values.user | quote }}\n',
    })
    try {
      const r = renderChart('files', { cwd: d, trace: true })
      expect(r.error).toBeUndefined()
      expect(r.output).toContain('app.conf: "listen 8080\\n"')
      const reads = r.documents.flatMap((doc) => doc.trace?.reads ?? [])
      const filesRead = reads.filter((x) => x.key === 'Files')
      expect(filesRead.length).toBeGreaterThan(0)
      // The `.Files` object a read kept is emptied: the chart's files can be collected.
      for (const x of filesRead) expect(Object.keys(x.value as object)).toEqual([])
      // Values reads keep their values: the source map still places them.
      const cm = r.documents.find((doc) => doc.kind === 'ConfigMap')!
      const l = sourceMapOf(r).locatePath(cm, ['data', 'user'])
      expect(`${l?.primary.file}:${l?.primary.startLine}`).toBe('files/values.yaml:1')
    } finally {
      rmSync(d, { recursive: true, force: true })
    }
  })
})
