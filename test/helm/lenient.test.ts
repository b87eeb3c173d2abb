/**
 * Lenient rendering (scans only): each template file renders on its own error boundary —
 * a file that does not parse, fails to execute, or renders a document helm cannot decode is
 * left out and reported — while a strict render (`kube-whoami render`) keeps helm's refusal.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderChart } from '../../src/helm/render.js'

function chart(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-lenient-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  return root
}

const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: "1"\n`

describe('lenient rendering', () => {
  const root = chart({
    'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
    'c/values.yaml': 'db:\n  host: h\n',
    'c/templates/a-good.yaml': configMap('good'),
    'c/templates/b-parse.yaml': '{{ define "b.helper" }}x{{ end }}\n{{ if }}\n',
    'c/templates/c-exec.yaml': 'port: {{ .Values.db.port.number }}\n',
    'c/templates/d-head.yaml': 'apiVersion: v1\nkind: [ConfigMap\n',
    'c/templates/e-uses-parse.yaml': 'x: {{ include "b.helper" . }}\n',
  })

  it('leaves out each failing file and keeps the others', () => {
    const r = renderChart('c', { cwd: root, lenient: true, trace: true })
    expect(r.ok).toBe(true)
    expect(r.documents.map((d) => d.source)).toEqual(['c/templates/a-good.yaml'])
    expect(r.failures?.map((f) => [f.kind, f.template, f.file, f.line])).toEqual([
      ['template', 'c/templates/b-parse.yaml', 'c/templates/b-parse.yaml', 2],
      // In helm's order of execution (reverse lexical); a file left out takes its defines with it.
      ['template', 'c/templates/e-uses-parse.yaml', 'c/templates/e-uses-parse.yaml', 1],
      ['template', 'c/templates/c-exec.yaml', 'c/templates/c-exec.yaml', 1],
      ['manifest', 'c/templates/d-head.yaml', 'c/templates/d-head.yaml', undefined],
    ])
    const exec = r.failures![2]
    expect(exec.message).toContain('nil pointer evaluating interface {}.number')
    // The values line under which the nil was read.
    expect(exec.related).toEqual([
      {
        range: expect.objectContaining({ file: 'c/values.yaml', startLine: 1 }),
        message: 'the value it read',
      },
    ])
  })

  it('a strict render fails as helm does, on the first error', () => {
    const r = renderChart('c', { cwd: root })
    expect(r.ok).toBe(false)
    expect(r.error?.message).toBe(
      'parse error at (c/templates/b-parse.yaml:2): missing value for if\n\nUse --debug flag to render out invalid YAML',
    )
    expect(r.failures).toBeUndefined()
  })

  it('names the helper line that failed inside an include', () => {
    const r2 = chart({
      'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'c/templates/_helpers.tpl': '{{ define "port" }}\n{{ .Values.db.port.number }}\n{{ end }}\n',
      'c/templates/cm.yaml': 'p: {{ include "port" . }}\n',
    })
    const r = renderChart('c', { cwd: r2, lenient: true, trace: true })
    const [f] = r.failures!
    expect(f.file).toBe('c/templates/cm.yaml')
    expect(f.related?.[0]).toMatchObject({
      range: { file: 'c/templates/_helpers.tpl', startLine: 2 },
      message: 'the action that failed',
    })
  })
})
