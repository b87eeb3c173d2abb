/**
 * Charts in a scan: a dependency listed in Chart.yaml but not vendored (no `helm dependency
 * build` yet) leaves the chart's own templates scanned, with a warning at the Chart.yaml
 * entry, where `helm template` would refuse the whole chart; a `file://` dependency is read
 * from its folder, as `helm dependency build` would vendor it.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { fixturesRoot } from '../rules/fixture-harness.js'

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
