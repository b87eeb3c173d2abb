/**
 * Kustomize overlays in a scan: which kustomizations are built, which files are then not
 * scanned on their own, and where findings in built objects point (the patch line that set
 * a field, the base line otherwise, the `images:` entry for a rewritten image), with the
 * overlays that rendered them.
 */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveLoc } from '../../src/k8s/source.js'
import { planKustomizations } from '../../src/k8s/kustomizations.js'
import { discover } from '../../src/discover/walk.js'
import { scan } from '../../src/scan.js'

function repo(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kw-kustomize-scan-')))
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true })
    writeFileSync(join(root, f), text)
  }
  return root
}

const base = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`

const privilegedPatch = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          securityContext:
            privileged: true
`

const overlay = (extra = '') => `resources:
  - ../../base
namespace: prod
patches:
  - path: privileged.yaml
images:
  - name: ghcr.io/acme/api
    newName: ghcr.io/acme/api-hardened
    newTag: "2.0.0"
${extra}`

function files(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'base/deployment.yaml': base,
    'overlays/prod/kustomization.yaml': overlay(),
    'overlays/prod/privileged.yaml': privilegedPatch,
    ...extra,
  }
}

describe('kustomize overlays in a scan', () => {
  it('finds kustomization files and builds only the overlays nothing includes', () => {
    const root = repo(files({ 'overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\n' }))
    const d = discover({ root })
    expect(d.kustomizations.sort()).toEqual([
      'base/kustomization.yaml',
      'overlays/dev/kustomization.yaml',
      'overlays/prod/kustomization.yaml',
    ])
    expect(d.manifests).not.toContain('base/kustomization.yaml')
    const plan = planKustomizations(root, d.kustomizations)
    expect(plan.renderings.map((r) => r.dir)).toEqual(['overlays/dev', 'overlays/prod'])
    expect([...plan.patchFiles]).toEqual(['overlays/prod/privileged.yaml'])
  })

  it('reports a field a patch set at the patch line, with the overlay as related location', async () => {
    const root = repo(files())
    const result = await scan({ root })
    const f = result.findings.filter((x) => x.ruleId === 'pss-privileged')
    expect(f).toHaveLength(1)
    expect(f[0].range.file).toBe('overlays/prod/privileged.yaml')
    expect(f[0].range.startLine).toBe(11)
    expect(f[0].related.map((r) => r.message)).toContain(
      'rendered by the kustomize overlay overlays/prod',
    )
    expect(f[0].identity.source).toBe('kustomize:overlays/prod/privileged.yaml')
  })

  it('does not scan bases and patches on their own', async () => {
    const root = repo(files())
    const result = await scan({ root })
    expect(result.stats.kustomizations).toBe(1)
    // The patch alone would be a Deployment with no securityContext at pod level.
    expect(
      result.findings
        .filter((x) => x.range.file === 'overlays/prod/privileged.yaml')
        .map((x) => x.ruleId),
    ).toEqual(['pss-privileged'])
    expect(result.workloads).toHaveLength(1)
    expect(result.workloads[0].object.namespace).toBe('prod')
  })

  it('points an image rewritten by images: at the kustomization entry', async () => {
    const root = repo(files())
    const result = await scan({ root })
    const w = result.workloads[0]
    const c = w.pod.containers[0]
    expect(c.image).toBe('ghcr.io/acme/api-hardened:2.0.0')
    const loc = resolveLoc({
      source: w.object.source,
      path: [...w.object.basePath, 'spec', 'template', 'spec', 'containers', 0, 'image'],
    })
    expect(loc.range.file).toBe('overlays/prod/kustomization.yaml')
    expect(loc.range.startLine).toBe(7)
  })

  it('one finding per edited line when several overlays build the same base', async () => {
    const broken = base.replace('runAsNonRoot: true', 'runAsNonRoot: false')
    const root = repo({
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'base/deployment.yaml': broken,
      'overlays/a/kustomization.yaml': 'resources:\n  - ../../base\nnamespace: a\n',
      'overlays/b/kustomization.yaml': 'resources:\n  - ../../base\nnamespace: b\n',
    })
    const result = await scan({ root })
    const f = result.findings.filter((x) => x.ruleId === 'pss-run-as-non-root')
    expect(f).toHaveLength(1)
    expect(f[0].range.file).toBe('base/deployment.yaml')
    expect(f[0].related.map((r) => r.message).sort()).toEqual([
      'rendered by the kustomize overlay overlays/a',
      'rendered by the kustomize overlay overlays/b',
    ])
  })

  it('a failing overlay is a finding, and its base is still scanned on its own', async () => {
    const root = repo(
      files({
        'overlays/prod/kustomization.yaml': overlay().replace('privileged.yaml', 'missing.yaml'),
      }),
    )
    const result = await scan({ root })
    const errors = result.findings.filter((x) => x.ruleId === 'kustomize-build-error')
    expect(errors).toHaveLength(1)
    expect(errors[0].range).toMatchObject({
      file: 'overlays/prod/kustomization.yaml',
      startLine: 5,
    })
    expect(errors[0].message).toMatch(
      /^kubectl kustomize overlays\/prod fails: failed to get the patch file from path\(missing\.yaml\)/,
    )
    // The file the overlay no longer names as a patch is a manifest of its own again.
    expect(result.workloads.map((w) => w.object.source.id).sort()).toEqual([
      'kustomize:base',
      'overlays/prod/privileged.yaml',
    ])
  })

  it('builds a config kustomize: entry even when an overlay includes it', async () => {
    const root = repo(files())
    const result = await scan({ root, kustomize: [{ path: 'base' }] })
    expect(result.stats.kustomizations).toBe(2)
    expect(result.workloads.map((w) => w.object.namespace ?? '').sort()).toEqual(['', 'prod'])
  })

  it('leaves plugins and remote resources out with a notice and builds the rest', async () => {
    const root = repo(
      files({
        'overlays/prod/kustomization.yaml': overlay(
          'transformers:\n  - plugin.yaml\ncomponents: []\n',
        ).replace('  - ../../base\n', '  - ../../base\n  - https://example.com/crds.yaml\n'),
        'overlays/prod/plugin.yaml':
          'apiVersion: acme.example.com/v1\nkind: SopsDecrypt\nmetadata:\n  name: x\n',
      }),
    )
    const result = await scan({ root })
    expect(result.findings.filter((x) => x.ruleId === 'kustomize-build-error')).toEqual([])
    const n = result.notices.find((x) => x.message.includes('SopsDecrypt'))
    expect(n?.range).toMatchObject({ file: 'overlays/prod/kustomization.yaml', startLine: 12 })
    const remote = result.notices.find((x) => x.message.includes('https://example.com/crds.yaml'))
    expect(remote?.range).toMatchObject({ file: 'overlays/prod/kustomization.yaml', startLine: 3 })
    expect(result.workloads).toHaveLength(1)
  })

  it('renders helmCharts with the own Helm engine, and the chart not again on its own', async () => {
    const root = repo({
      'app/kustomization.yaml':
        'helmCharts:\n  - name: web\n    releaseName: shop\n    valuesInline:\n      replicas: 2\nnamespace: shop\n',
      'app/charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'app/charts/web/values.yaml': 'replicas: 1\n',
      'app/charts/web/templates/deploy.yaml': base
        .replace('name: api\n', 'name: {{ .Release.Name }}-web\n')
        .replace('spec:\n  selector', 'spec:\n  replicas: {{ .Values.replicas }}\n  selector'),
    })
    const result = await scan({ root })
    expect(result.stats.charts).toBe(0)
    expect(
      result.workloads.map((w) => [w.object.name, w.object.namespace, w.object.source.id]),
    ).toEqual([['shop-web', 'shop', 'kustomize:app']])
    expect(result.workloads[0].object.value).toMatchObject({ spec: { replicas: 2 } })
  })
})
