/**
 * Chart findings a person can act on: one finding per values key or template line that
 * fixes it (listing every container it affects), pointed at the values key that feeds the
 * missing field's block, and fingerprints that stay put from scan to scan, across release
 * names and namespaces, and with helm-test pods named by randAlphaNum.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBaseline, serializeBaseline } from '../../src/baseline/format.js'
import { parseBaseline } from '../../src/baseline/read.js'
import { renderChart } from '../../src/helm/render.js'
import { toSarif } from '../../src/report/sarif.js'
import { scan } from '../../src/scan.js'
import { projectRoot } from '../helpers/shared.js'

const at = { file: '.kube-whoami.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
const fixture = (name: string) => join(projectRoot, '__fixtures__', 'findings', name)

async function sarifFingerprints(root: string, extra: Parameters<typeof scan>[0] = { root }) {
  const result = await scan({ ...extra, root })
  const log = toSarif(result.findings, result.rules, result.notices)
  return {
    result,
    fingerprints: (log.runs[0].results ?? []).map((r) => [
      r.ruleId,
      r.partialFingerprints?.['kubeWhoami/v1'],
    ]),
  }
}

describe('fingerprints of chart findings', () => {
  const root = fixture('chart-test-pods')

  it('are identical over two scans of a chart whose test pod is named by randAlphaNum', async () => {
    const a = await sarifFingerprints(root)
    const b = await sarifFingerprints(root)
    expect(a.fingerprints.length).toBeGreaterThan(0)
    expect(b.fingerprints).toEqual(a.fingerprints)
    // The report itself is the same too: scans render random functions from a fixed seed.
    const names = (r: typeof a.result) => r.workloads.map((w) => w.object.name)
    expect(names(b.result)).toEqual(names(a.result))
    expect(names(a.result).some((n) => /^release-name-web-test-[a-z0-9]{5}$/.test(n ?? ''))).toBe(
      true,
    )
  })

  it('do not change with the release name or the namespace', async () => {
    const a = await sarifFingerprints(root)
    const b = await sarifFingerprints(root, {
      root,
      charts: [
        {
          path: 'charts/web',
          range: at,
          variants: [
            {
              releaseName: 'prod',
              namespace: 'shop',
              values: [],
              set: [],
              setString: [],
              setFile: [],
              setJson: [],
              apiVersions: [],
              range: at,
            },
          ],
        },
      ],
    })
    expect(b.result.workloads.map((w) => w.object.name)).toContain('prod-web')
    expect(b.fingerprints).toEqual(a.fingerprints)
  })

  it('a baseline of the chart stays clean on the next scan', async () => {
    const first = await scan({ root })
    const doc = createBaseline(first.findings)
    const baseline = parseBaseline(serializeBaseline(doc), 'baseline.json')
    const second = await scan({ root, suppress: { baseline } })
    expect(second.findings.filter((f) => !f.suppression)).toEqual([])
    expect(second.notices.filter((n) => n.message.includes('baseline'))).toEqual([])
  })

  it('a baseline written with the rendered names of earlier versions still matches', async () => {
    const first = await scan({ root })
    // Earlier versions fingerprinted each container's finding with the object's rendered name.
    const entries = first.findings.flatMap((f) =>
      (f.affects ?? []).flatMap((a) =>
        (a.previousFingerprints ?? [a.fingerprint]).map((fingerprint) => ({
          fingerprint,
          ruleId: f.ruleId,
        })),
      ),
    )
    const baseline = parseBaseline(
      JSON.stringify({ version: 1, findings: entries }),
      'old-baseline.json',
    )
    const second = await scan({ root, suppress: { baseline } })
    expect(second.findings.filter((f) => !f.suppression)).toEqual([])
    expect(second.notices.map((n) => n.message).join('\n')).toMatch(
      /findings match the baseline old-baseline.json through the fingerprints of each place/,
    )
  })

  it('scans render randomness from a seed; render keeps helm randomness', () => {
    const chart = join(root, 'charts', 'web')
    const seeded = () => renderChart(chart, { randomSeed: 'x' }).output
    expect(seeded()).toEqual(seeded())
    const names = new Set(
      [1, 2, 3].map((i) => /web-test-(\w+)/.exec(renderChart(chart).output)?.[1] ?? String(i)),
    )
    expect(names.size).toBeGreaterThan(1)
  })
})

describe('one finding per place a person edits', () => {
  it('two Deployments fed by one values key share one finding per rule, with both as related locations', async () => {
    const result = await scan({ root: fixture('chart-test-pods') })
    const ape = result.findings.filter((f) => f.ruleId === 'pss-allow-privilege-escalation')
    const atValues = ape.find((f) => f.range.file === 'charts/web/values.yaml')
    expect(atValues?.range.startLine).toBe(6)
    expect(atValues?.affects?.map((a) => [a.object, a.container])).toEqual([
      ['Deployment "release-name-web"', 'web'],
      ['Deployment "release-name-worker"', 'worker'],
    ])
    expect(atValues?.message).toContain(
      "This chart takes the container's securityContext from `.Values.securityContext`: add `allowPrivilegeEscalation: false` there.",
    )
    expect(atValues?.message).toContain('containers "web", "worker" must set')
    expect(atValues?.message).toContain(
      'Affects Deployment "release-name-web" (container web) and Deployment "release-name-worker" (container worker).',
    )
    const sarif = toSarif(result.findings, result.rules, result.notices)
    const res = sarif.runs[0].results?.find(
      (r) =>
        r.ruleId === 'pss-allow-privilege-escalation' &&
        r.locations?.[0].physicalLocation?.artifactLocation?.uri === 'charts/web/values.yaml',
    )
    const related = res?.relatedLocations?.map((r) => [
      r.physicalLocation?.artifactLocation?.uri,
      r.physicalLocation?.region?.startLine,
      r.message?.text,
    ])
    expect(related).toContainEqual([
      'charts/web/templates/deployment.yaml',
      20,
      'affects Deployment "release-name-web" (container web)',
    ])
    expect(related).toContainEqual([
      'charts/web/templates/worker.yaml',
      19,
      'affects Deployment "release-name-worker" (container worker)',
    ])
    // The helm-test pod has no value to set: its own finding, at its template.
    const test = ape.find((f) => f.range.file.endsWith('test-connection.yaml'))
    expect(test?.message).toContain('The chart offers no way to set it')
  })

  it('plain manifests keep one finding per container', async () => {
    const result = await scan({ root: join(projectRoot, 'demo') })
    const plain = result.findings.filter((f) => f.range.file.startsWith('deploy/'))
    expect(plain.length).toBeGreaterThan(0)
    for (const f of plain) expect(f.affects?.length ?? 1).toBe(1)
  })
})

describe('missing fields in charts point at the values that feed them', () => {
  const root = fixture('values-feeds')
  const at = async () => {
    const result = await scan({ root })
    return (rule: string, object: string) =>
      result.findings.find(
        (f) => f.ruleId === rule && f.affects?.some((a) => a.container === object),
      )
  }

  it('a block rendered whole from a value (toYaml): that values key', async () => {
    const find = await at()
    const f = find('pss-allow-privilege-escalation', 'api')
    expect(f?.range).toMatchObject({ file: 'charts/feeds/values.yaml', startLine: 2 })
    expect(f?.fix).toBe(
      "This chart takes the container's securityContext from `.Values.api.securityContext`: add `allowPrivilegeEscalation: false` there.",
    )
    expect(f?.related[0]).toMatchObject({
      range: { file: 'charts/feeds/templates/api.yaml', startLine: 20 },
      message: 'template that reads .Values.api.securityContext',
    })
  })

  it('a pod block behind `with` over an empty map: that key, for every container of the pod', async () => {
    const find = await at()
    const f = find('pss-run-as-non-root', 'sidecar')
    expect(f?.range).toMatchObject({ file: 'charts/feeds/values.yaml', startLine: 4 })
    expect(f?.affects?.map((a) => a.container)).toEqual(['api', 'sidecar', 'bitnami'])
    expect(f?.fix).toContain("takes the pod's securityContext from `.Values.podSecurityContext`")
  })

  it('a field written only when a value is set: that value', async () => {
    const find = await at()
    const f = find('pss-seccomp-restricted', 'batch')
    expect(f?.range).toMatchObject({ file: 'charts/feeds/values.yaml', startLine: 5 })
    expect(f?.fix).toContain('seccompProfile only from `.Values.seccompProfile`')
  })

  it('a block switched off by `enabled: false`: that key, and says to switch it on', async () => {
    const find = await at()
    const f = find('pss-allow-privilege-escalation', 'bitnami')
    expect(f?.range).toMatchObject({ file: 'charts/feeds/values.yaml', startLine: 6 })
    expect(f?.fix).toContain('and set `enabled: true` in it')
    // Its pod block is written after the containers, from podSecurityContext.
    const pod = find('pss-seccomp-restricted', 'bitnami')
    expect(pod?.range).toMatchObject({ file: 'charts/feeds/values.yaml', startLine: 4 })
  })

  it('a block the template writes itself: its template line, and the chart offers no way to set it', async () => {
    const find = await at()
    const f = find('pss-allow-privilege-escalation', 'batch')
    expect(f?.range).toMatchObject({ file: 'charts/feeds/templates/batch.yaml', startLine: 12 })
    expect(f?.fix).toMatch(/^The chart offers no way to set it: the template writes/)
  })

  it('a default block the template writes unless a value replaces it: that value', async () => {
    const find = await at()
    const f = find('pss-capabilities-restricted', 'server')
    expect(f?.range).toMatchObject({ file: 'charts/feeds/values.yaml', startLine: 12 })
    expect(f?.fix).toBe(
      "This chart writes the container's securityContext itself unless `.Values.server.securityContext.container` is set, which replaces it: set `.Values.server.securityContext.container` with `capabilities: {drop: [ALL]}` and the fields of the template's default.",
    )
    // The pod offers no value; seccomp is valid in the container's block, so it goes there.
    const seccomp = find('pss-seccomp-restricted', 'server')
    expect(seccomp?.range).toMatchObject({ file: 'charts/feeds/values.yaml', startLine: 12 })
    expect(seccomp?.fix).toContain('with `seccompProfile: {type: RuntimeDefault}`')
  })

  it('no securityContext and no value: the container in its template', async () => {
    const find = await at()
    const f = find('pss-allow-privilege-escalation', 'sidecar')
    expect(f?.range).toMatchObject({ file: 'charts/feeds/templates/api.yaml', startLine: 21 })
    expect(f?.fix).toContain('writes no securityContext for the container')
  })
})
