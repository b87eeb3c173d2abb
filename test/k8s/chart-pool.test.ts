/**
 * Charts rendered on worker threads (k8s/chart-pool.ts) give the report one thread gives:
 * the bundled CLI is run with --jobs 1 and with workers on the same repository, and the
 * SARIF and JSON reports are compared whole (findings, their values-file and template
 * lines, suppressions, render failures, notices, identities).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeShared, projectRoot, sharedPath } from '../helpers/shared.js'
import { MAX_JOBS, scanJobs } from '../../src/core/worker-entry.js'

const cli = join(projectRoot, 'dist', 'cli', 'index.js')

function scanWith(root: string, jobs: string, format: 'sarif' | 'json'): string {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build')
  const run = spawnSync(
    process.execPath,
    [cli, 'scan', root, '-f', format, '--fail-on', 'none', '--offline', '--jobs', jobs],
    { maxBuffer: 1 << 30, encoding: 'utf8', env: { ...process.env, KUBE_WHOAMI_JOBS: '' } },
  )
  expect(run.stderr).not.toMatch(/internal error|chart worker/i)
  expect(run.status).toBe(0)
  // The scan's duration, and how many charts workers took, are all that may differ.
  return run.stdout
    .replace(/"durationMs": \d+(\.\d+)?/g, '"durationMs": 0')
    .replace(/"chartsOnWorkers": \d+/g, '"chartsOnWorkers": 0')
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-{{ .Chart.Name }}
spec:
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: x}
    spec:
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: app
          image: {{ .Values.image }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
`

/** Small charts: plain, suppressed by a directive, failing in one template, over budget in another. */
function smallCharts(root: string): void {
  // First in order, so the main thread takes it and the workers, started meanwhile, the rest.
  writeTree(root, {
    'charts/a-slow/Chart.yaml': 'apiVersion: v2\nname: a-slow\nversion: 1.0.0\n',
    'charts/a-slow/values.yaml': 'steps: 400000\n',
    'charts/a-slow/templates/cm.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: slow\ndata:\n  n: "{{ range until (int .Values.steps) }}{{ end }}x"\n',
  })
  for (let i = 0; i < 5; i++) {
    writeTree(root, {
      [`charts/app${i}/Chart.yaml`]: `apiVersion: v2\nname: app${i}\nversion: 0.1.${i}\n`,
      [`charts/app${i}/values.yaml`]:
        `image: nginx:1.${i}\npodSecurityContext:\n` +
        (i === 0 ? '  # kube-whoami ignore=pss-run-as-user reviewed\n' : '') +
        `  runAsUser: ${i < 2 ? 0 : 1000 + i}\nsecurityContext:\n  privileged: ${i % 2 === 0}\n`,
      [`charts/app${i}/templates/deployment.yaml`]: DEPLOYMENT,
      ...(i === 2
        ? {
            [`charts/app${i}/templates/broken.yaml`]:
              '{{ required "set .Values.must" .Values.must }}\n',
          }
        : {}),
      // Over the per-call budget: the worker stops it as the main thread would.
      ...(i === 3
        ? { [`charts/app${i}/templates/cm.yaml`]: 'data: {{ seq 1 100000000 | len }}\n' }
        : {}),
      // Too deep to send as it is: the main thread renders this chart itself.
      ...(i === 4
        ? {
            [`charts/app${i}/templates/deep.yaml`]:
              'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\n' +
              'extra: {{ range until 1500 }}[{{ end }}{{ range until 1500 }}]{{ end }}\n',
          }
        : {}),
    })
  }
}

describe('charts rendered on worker threads', () => {
  it('report exactly what one thread reports (small charts, a directive, a failing template, a budget)', () => {
    const root = mkdtempSync(join(tmpdir(), 'kw-pool-'))
    smallCharts(root)
    for (const format of ['sarif', 'json'] as const) {
      const one = scanWith(root, '1', format)
      expect(scanWith(root, '3', format)).toBe(one)
    }
    const report = JSON.parse(
      spawnSync(process.execPath, [cli, 'scan', root, '-f', 'json', '--offline', '-j', '3'], {
        encoding: 'utf8',
      }).stdout,
    ) as {
      findings: { ruleId: string; suppression?: unknown }[]
      stats: { charts: number; chartsOnWorkers: number }
    }
    // Workers did render: the main thread was busy with the slow chart.
    expect(report.stats.charts).toBe(6)
    expect(report.stats.chartsOnWorkers).toBeGreaterThan(0)
    // The places come from the workers' source maps: values files, not rendered text.
    const rules = new Set(report.findings.map((f) => f.ruleId))
    expect(rules.has('helm-render-error')).toBe(true)
    expect(JSON.stringify(report)).toMatch(
      /helm template charts\/app3 fails: template: app3\/templates\/cm\.yaml/,
    )
    expect(report.findings.some((f) => f.suppression)).toBe(true)
    expect(JSON.stringify(report)).toMatch(/charts\/app0\/values\.yaml/)
  })

  it('reads --jobs and KUBE_WHOAMI_JOBS, and refuses what is not a count', () => {
    expect(scanJobs('2', {})).toEqual({ jobs: 2, workersFromCharts: 4 })
    expect(scanJobs(undefined, { KUBE_WHOAMI_JOBS: '3' })).toEqual({
      jobs: 3,
      workersFromCharts: 4,
    })
    expect(scanJobs('1', { KUBE_WHOAMI_JOBS: '3' })).toEqual({ jobs: 1, workersFromCharts: 4 })
    // By default: the cores up to MAX_JOBS; below 4 cores, workers only for many charts.
    expect(scanJobs(undefined, {}, 2)).toEqual({ jobs: 2, workersFromCharts: 64 })
    expect(scanJobs(undefined, {}, 4)).toEqual({ jobs: 4, workersFromCharts: 4 })
    expect(scanJobs(undefined, { KUBE_WHOAMI_JOBS: '' }, 16)).toEqual({
      jobs: MAX_JOBS,
      workersFromCharts: 4,
    })
    expect(scanJobs('0', {})).toEqual({ error: expect.stringContaining('--jobs') })
    expect(scanJobs(undefined, { KUBE_WHOAMI_JOBS: 'many' })).toEqual({
      error: expect.stringContaining('KUBE_WHOAMI_JOBS'),
    })
    const root = mkdtempSync(join(tmpdir(), 'kw-pool-'))
    const run = spawnSync(process.execPath, [cli, 'scan', root, '--jobs', 'x'], {
      encoding: 'utf8',
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/--jobs must be a whole number/)
  })
})

describeShared(['corpus', 'helm'], 'charts rendered on worker threads, helm corpus', () => {
  it('report exactly what one thread reports on every corpus chart at once', () => {
    const corpus = sharedPath('corpus', 'helm')
    const root = mkdtempSync(join(tmpdir(), 'kw-pool-corpus-'))
    const charts = readdirSync(corpus).filter((n) => existsSync(join(corpus, n, 'chart')))
    for (const name of charts) {
      cpSync(join(corpus, name, 'chart'), join(root, name), { recursive: true })
    }
    expect(charts.length).toBeGreaterThanOrEqual(40)
    const one = scanWith(root, '1', 'sarif')
    expect(scanWith(root, '4', 'sarif')).toBe(one)
    expect(JSON.parse(one).runs[0].results.length).toBeGreaterThan(100)
    // The JSON report holds every finding, notice and identity, and says who rendered what.
    const json = scanWith(root, '1', 'json')
    const run = spawnSync(
      process.execPath,
      [cli, 'scan', root, '-f', 'json', '--fail-on', 'none', '--offline', '--jobs', '4'],
      { maxBuffer: 1 << 30, encoding: 'utf8' },
    )
    expect(JSON.parse(run.stdout).stats.chartsOnWorkers).toBeGreaterThan(0)
    expect(
      run.stdout
        .replace(/"durationMs": \d+(\.\d+)?/g, '"durationMs": 0')
        .replace(/"chartsOnWorkers": \d+/g, '"chartsOnWorkers": 0'),
    ).toBe(json)
  }, 240_000)
})
