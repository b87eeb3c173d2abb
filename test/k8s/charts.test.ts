/**
 * Charts in a scan are rendered leniently where helm refuses them: a dependency listed in
 * Chart.yaml but not vendored (no `helm dependency build` yet) is read from its `file://`
 * folder, else from a chart of the same name in the repository whose version fits, else left
 * out with a warning at the Chart.yaml entry; each template renders on its own error
 * boundary, so one failing template leaves the others scanned. `kube-whoami render` keeps
 * helm's refusal.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChartConfig } from '../../src/config/types.js'
import { runRender } from '../../src/helm/render-command.js'
import { scan } from '../../src/scan.js'
import { fixturesRoot } from '../rules/fixture-harness.js'

const at = { file: '.kube-whoami.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }

const fixture = (name: string) => join(fixturesRoot, 'helm-render-error', name)

describe('charts with dependencies that are not vendored', () => {
  it('scans the chart without them and says which are left out, at their Chart.yaml line', async () => {
    const result = await scan({ root: fixture('dont-fire-unvendored-dependency') })
    expect(result.workloads.map((w) => w.object.kind)).toEqual(['Deployment'])
    expect(result.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    const notice = result.notices.find((n) => n.message.includes('not vendored'))
    expect(notice).toMatchObject({
      level: 'warning',
      range: { file: 'charts/api/Chart.yaml', startLine: 5 },
    })
    expect(notice?.message).toContain('dependency "redis" is not vendored in charts/')
  })

  it('still fails, naming the missing dependency, when the chart needs its templates', async () => {
    const result = await scan({ root: fixture('fire-unvendored-library') })
    const [f] = result.findings.filter((x) => x.ruleId === 'helm-render-error')
    expect(f.range).toMatchObject({ file: 'charts/api/templates/deployment.yaml', startLine: 4 })
    expect(f.message).toContain('no template "common.names.fullname"')
    expect(f.message).toContain('not vendored in charts/: common')
    expect(f.message).not.toContain('--debug')
  })

  it('reads a file:// dependency from its folder; the library chart itself is not a failure', async () => {
    const result = await scan({ root: fixture('dont-fire-local-dependency') })
    expect(result.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    expect(result.workloads.map((w) => w.object.name)).toEqual(['release-name-api'])
    const notes = result.notices.filter((n) => n.range?.file?.endsWith('Chart.yaml'))
    expect(notes.map((n) => [n.level, n.range?.file, n.range?.startLine])).toEqual([
      ['note', 'charts/api/Chart.yaml', 5],
      ['note', 'charts/partials/Chart.yaml', 1],
    ])
    expect(notes[0].message).toContain('read from its file:// folder')
  })
})

describe('lenient rendering: one failing template does not drop the others', () => {
  const root = fixture('fire-template-boundary')

  it('reports each failing template at its line and scans the templates that rendered', async () => {
    const result = await scan({ root })
    const errors = result.findings.filter((f) => f.ruleId === 'helm-render-error')
    expect(errors.map((f) => `${f.range.file}:${f.range.startLine}`)).toEqual([
      'charts/shop/templates/configmap.yaml:6',
      'charts/shop/templates/secret.yaml:6',
    ])
    const [required, nil] = errors
    expect(nil.message).toContain('nil pointer evaluating interface {}.auth')
    expect(nil.message).toContain('shop/templates/secret.yaml is left out of the scan')
    expect(nil.message).toContain('not vendored in charts/: mongodb, minio')
    // required: the value can be given in the config file; the values line that fed it.
    expect(required.message).toContain('mongodb.auth.database is required')
    expect(required.message).toContain('give the value in .kube-whoami.yaml')
    expect(required.related).toEqual([
      expect.objectContaining({
        range: expect.objectContaining({ file: 'charts/shop/values.yaml', startLine: 8 }),
      }),
    ])
    expect(result.workloads.map((w) => w.object.name).sort()).toEqual([
      'release-name-shop',
      'release-name-worker',
    ])
  })

  it('finds the kubelet refusals in the templates that rendered, saying the render is lenient', async () => {
    const result = await scan({ root })
    const kubelet = result.findings.filter((f) => f.ruleId.startsWith('runasnonroot-'))
    expect(kubelet.map((f) => [f.ruleId, f.range.file])).toEqual([
      ['runasnonroot-image-user-name', 'charts/shop/templates/deployment.yaml'],
      ['runasnonroot-image-root', 'charts/shop/templates/worker.yaml'],
    ])
    for (const f of kubelet) {
      expect(f.message).toContain(
        '[lenient render of charts/shop, which helm template refuses: 2 templates left out; without mongodb, minio]',
      )
    }
  })

  it('warns at each Chart.yaml entry left out, and renders a value given in charts:', async () => {
    const result = await scan({ root })
    const warnings = result.notices.filter((n) => n.message.includes('not vendored'))
    expect(warnings.map((n) => [n.level, n.range?.startLine])).toEqual([
      ['warning', 5],
      ['warning', 9],
    ])
    expect(warnings[0].message).toContain('default values treated as empty')
    const charts: ChartConfig[] = [
      {
        path: 'charts/shop',
        range: at,
        variants: [
          {
            values: [],
            set: ['mongodb.auth.database=shop', 'minio.auth.rootUser=admin'],
            setString: [],
            setFile: [],
            setJson: [],
            apiVersions: [],
            range: at,
          },
        ],
      },
    ]
    const given = await scan({ root, charts })
    expect(given.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    expect(given.workloads).toHaveLength(2)
  })

  it("kube-whoami render still refuses the chart with helm's message", async () => {
    let err = ''
    const code = await runRender(['charts/shop'], {
      cwd: root,
      stdout: () => {},
      stderr: (s) => (err += s),
    })
    expect(code).toBe(1)
    expect(err).toBe(
      'Error: an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: mongodb, minio\n',
    )
  })
})

describe('a dependency taken from the repository', () => {
  it('uses a same-name chart whose version fits, with a notice naming its folder', async () => {
    const result = await scan({ root: fixture('dont-fire-repository-dependency') })
    expect(result.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    expect(result.workloads.map((w) => w.object.name)).toEqual(['release-name-api'])
    const notice = result.notices.find((n) => n.message.includes('not vendored'))
    expect(notice).toMatchObject({
      level: 'note',
      range: { file: 'charts/api/Chart.yaml', startLine: 5 },
    })
    expect(notice?.message).toContain('read from charts/common (2.5.0)')
  })

  it('takes it also when only the dependent chart is scanned', async () => {
    const result = await scan({
      root: fixture('dont-fire-repository-dependency'),
      paths: ['charts/api'],
    })
    expect(result.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    expect(result.workloads.map((w) => w.object.name)).toEqual(['release-name-api'])
  })

  it('leaves out a same-name chart whose version does not fit, and says which', async () => {
    const result = await scan({ root: fixture('fire-repository-dependency-version') })
    const notice = result.notices.find((n) => n.message.includes('not vendored'))
    expect(notice?.level).toBe('warning')
    expect(notice?.message).toContain('(charts/common is version 3.1.0, outside "2.x.x")')
    const [f] = result.findings.filter((x) => x.ruleId === 'helm-render-error')
    expect(f.message).toContain('no template "common.names.fullname"')
  })
})

describe('values that break values.schema.json', () => {
  it('are reported, and the chart is still scanned as rendered', async () => {
    const result = await scan({ root: fixture('fire-values-schema') })
    const [f] = result.findings.filter((x) => x.ruleId === 'helm-render-error')
    expect(f.message).toContain("values don't meet the specifications of the schema")
    expect(f.message).toContain('the chart is still scanned as rendered')
    expect(result.workloads).toHaveLength(1)
  })
})
