/**
 * Issue 16, part 2: every chart rendering and kustomize build ends within its budget, and a
 * budget that runs out is a finding at the chart while the rest of the repository is scanned.
 * The inputs are the red-team's: a few lines each that ask for unbounded work. Budgets are
 * made small here (a second) so the suite stays fast; the defaults are checked once.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderChart } from '../../src/helm/render.js'
import { DEFAULT_BUDGET, withBudget, work } from '../../src/core/budget.js'
import { runCli } from '../cli/run-cli.js'

function tree(files: Record<string, string>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'kw-budget-')), 'repo')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  return root
}

const chart = (template: string) => ({
  'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
  'c/templates/x.yaml': template,
})

/** Renders `template` as a scan does (lenient, keys reused) under a one-second budget. */
function render(template: string, limits: Record<string, number> = {}) {
  const root = tree(chart(template))
  const started = performance.now()
  const r = renderChart('c', {
    cwd: root,
    lenient: true,
    reuseCertificateKeys: true,
    limits: { timeMs: 1000, ...limits },
  })
  const failures = [r.error?.message ?? '', ...(r.failures ?? []).map((f) => f.message)]
  return { r, ms: performance.now() - started, text: failures.join('\n') }
}

const dag = (fn: string) => {
  let t = '{{- $d := dict "leaf" "x" }}\n'
  for (let i = 0; i < 40; i++) t += '{{- $d = dict "l" $d "r" $d }}\n'
  return `${t}data: {{ ${fn} $d | len }}\n`
}

describe('render budget', () => {
  it('stops a template loop of 10^10 steps at the time budget', () => {
    const { r, ms, text } = render(
      '{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}\n',
    )
    expect(r.ok).toBe(false)
    expect(text).toMatch(/kube-whoami stopped rendering: it took longer than the budget of 1 s/)
    expect(r.error?.file).toBe('c/templates/x.yaml')
    expect(ms).toBeLessThan(3000)
  })

  it('stops a loop inside an include (nested executions charge the same budget)', () => {
    const { r, ms, text } = render(
      '{{- define "spin" }}{{ range until 1000000 }}{{ end }}{{ end }}\n{{ range until 100000 }}{{ include "spin" . }}{{ end }}\n',
    )
    expect(r.ok).toBe(false)
    expect(text).toMatch(/took longer than the budget/)
    expect(ms).toBeLessThan(3000)
  })

  it.each(['htpasswd "u" "p"', 'derivePassword 1 "long" "p" "u" "s"'])(
    'stops a loop of %s (tens of ms a call, one unit of work) near the time budget',
    (call) => {
      // 100,000 calls take over an hour; one look at the clock per 4,096 units overshot by minutes.
      const { r, ms, text } = render(`{{ range until 100000 }}{{ ${call} | len }}{{ end }}\n`)
      expect(r.ok).toBe(false)
      expect(text).toMatch(/took longer than the budget of 1 s/)
      expect(ms).toBeLessThan(3000)
    },
  )

  it.each(['toYaml', 'toJson', 'toYamlPretty', 'toToml'])(
    'stops %s of a shared subtree 2^40 nodes wide',
    (fn) => {
      const { r, ms, text } = render(dag(fn))
      expect(r.ok).toBe(false)
      expect(text).toMatch(/kube-whoami stopped rendering: it (took longer|needed more)/)
      expect(ms).toBeLessThan(3000)
    },
  )

  it('stops a heap that grows past the memory budget', () => {
    // Each step keeps a new flat 1.3 MB string alive (repeat alone makes a rope of a few nodes).
    const { r, text } = render(
      '{{- $l := list }}{{ range until 100000 }}{{ $l = append $l (b64enc (repeat 1000000 (toString .))) }}{{ end }}\n',
      { heapBytes: 64 * 1024 * 1024, timeMs: 20_000 },
    )
    expect(r.ok).toBe(false)
    expect(text).toMatch(/it needed more than the budget of 64 MiB of memory/)
  })

  it.each([
    ['randAlphaNum 200000000', /randAlphaNum would make a value of 200000000 characters/],
    ['randBytes 200000000', /randBytes would make a value of/],
    ['repeat 200000000 "ab"', /repeat would make a value of 400000000 characters/],
    ['indent 1000000 (repeat 100 "\\n")', /indent would make a value of/],
    ['seq 1 100000000 | len', /seq would make a list of 100000000 elements/],
    ['until 100000000 | len', /until would make a list of 100000000 elements/],
    ['untilStep 0 100000000 1 | len', /untilStep would make a list of 100000000 elements/],
  ])('refuses {{ %s }} before allocating it, as an error of that call', (call, message) => {
    const { r, ms, text } = render(`a: {{ ${call} | len }}\nb: ok\n`)
    // An error of one call fails its template (lenient: the others render), not the budget.
    expect(r.ok).toBe(true)
    expect(text).toMatch(message)
    expect(text).toMatch(/error calling \w+: .* over kube-whoami's limit of \d+ for one call/)
    expect(ms).toBeLessThan(1000)
  })

  it('refuses a list doubled past the per-call limit (concat $l $l, 40 times)', () => {
    const { text } = render(
      '{{- $l := list 1 }}{{ range until 40 }}{{ $l = concat $l $l }}{{ end }}\n',
      // The per-call limit must stop it, not the clock of a loaded machine.
      { timeMs: 30_000 },
    )
    expect(text).toMatch(/error calling concat: concat would make a list of 2097152 elements/)
  })

  it('a scan generates one key per type however many genPrivateKey calls there are', () => {
    const { r, ms } = render(
      'data:\n{{- range until 300 }}\n  k{{ . }}: {{ genPrivateKey "ecdsa" | quote }}\n{{- end }}\n',
      { timeMs: 10_000 },
    )
    expect(r.ok).toBe(true)
    expect(
      new Set(r.output.match(/k\d+: "(-----BEGIN[^"]+)"/g)?.map((l) => l.split(': ')[1])).size,
    ).toBe(1)
    expect(ms).toBeLessThan(5000)
  })

  it('render (fresh keys, as helm) stops at the key budget', () => {
    const root = tree(
      chart(
        'data:\n{{- range until 5 }}\n  k{{ . }}: {{ genPrivateKey "ed25519" | quote }}\n{{- end }}\n',
      ),
    )
    const r = renderChart('c', { cwd: root, limits: { keyGenerations: 3 } })
    expect(r.ok).toBe(false)
    expect(r.error?.message).toMatch(/it generated more than the budget of 3 keys/)
  })

  it('budgets nest: an inner budget never outlives the outer one', () => {
    const started = Date.now()
    expect(() =>
      withBudget({ timeMs: 300 }, () =>
        withBudget({ timeMs: 60_000 }, () => {
          for (;;) work()
        }),
      ),
    ).toThrow(/took longer than the budget of 60 s/)
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('has the documented defaults', () => {
    expect(DEFAULT_BUDGET).toEqual({
      timeMs: 60_000,
      heapBytes: 1024 * 1024 * 1024,
      valueChars: 16 * 1024 * 1024,
      listItems: 1024 * 1024,
      keyGenerations: 100,
    })
  })
})

describe('budgets in a scan', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        privileged: true
`

  it('a chart past its budget is a helm-render-error at the chart; the rest is scanned', async () => {
    const root = tree({
      ...chart('{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}\n'),
      'pod.yaml': pod,
      '.kube-whoami.yaml': 'limits:\n  renderSeconds: 1\n',
    })
    const started = performance.now()
    const { code, stdout } = await runCli(
      ['scan', '.', '--format', 'json', '--fail-on', 'none'],
      root,
    )
    expect(code).toBe(0)
    expect(performance.now() - started).toBeLessThan(10_000)
    const findings = JSON.parse(stdout).findings as {
      ruleId: string
      message: string
      location: { file: string }
    }[]
    const stopped = findings.find((f) => f.ruleId === 'helm-render-error')
    expect(stopped?.message).toMatch(/it took longer than the budget of 1 s/)
    expect(findings.some((f) => f.ruleId === 'pss-privileged')).toBe(true)
  })

  it('a kustomize overlay that doubles its base 30 times stops at its budget', async () => {
    const files: Record<string, string> = {
      'k/l0/kustomization.yaml': 'resources: [pod.yaml]\n',
      'k/l0/pod.yaml': pod,
      'pod.yaml': pod.replace('name: p', 'name: plain'),
      '.kube-whoami.yaml': 'limits:\n  renderSeconds: 1\n',
    }
    for (let i = 1; i <= 30; i++) {
      files[`k/l${i}/a/kustomization.yaml`] = `namePrefix: a-\nresources: [../../l${i - 1}]\n`
      files[`k/l${i}/b/kustomization.yaml`] = `namePrefix: b-\nresources: [../../l${i - 1}]\n`
      files[`k/l${i}/kustomization.yaml`] = 'resources: [a, b]\n'
    }
    const root = tree(files)
    const started = performance.now()
    const { code, stdout } = await runCli(
      ['scan', '.', '--format', 'json', '--fail-on', 'none'],
      root,
    )
    expect(code).toBe(0)
    expect(performance.now() - started).toBeLessThan(15_000)
    const findings = JSON.parse(stdout).findings as { ruleId: string; message: string }[]
    expect(
      findings.find((f) => f.ruleId === 'kustomize-build-error' && /budget/.test(f.message))
        ?.message,
    ).toMatch(
      /kube-whoami stopped building the kustomize overlay k\/l30: it (took longer|needed more)/,
    )
    expect(findings.some((f) => f.ruleId === 'pss-privileged')).toBe(true)
  })

  it('keeps findings up to limits.findings and says how many more there were', async () => {
    const docs: string[] = []
    for (let i = 0; i < 50; i++) docs.push(pod.replace('name: p', `name: p${i}`))
    const root = tree({
      'pods.yaml': docs.join('---\n'),
      '.kube-whoami.yaml': 'limits:\n  findings: 20\n',
    })
    const { stdout } = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], root)
    const out = JSON.parse(stdout) as { findings: unknown[]; notices: { message: string }[] }
    expect(out.findings.length).toBeLessThanOrEqual(20)
    expect(out.notices.map((n) => n.message).join('\n')).toMatch(
      /kept its first 20 findings \(limits\.findings\) and left out \d+ more/,
    )
  })

  it('a limit out of its range is a configuration error at its line', async () => {
    const root = tree({ 'pod.yaml': pod, '.kube-whoami.yaml': 'limits:\n  renderSeconds: 0\n' })
    const { code, stderr } = await runCli(['scan', '.'], root)
    expect(code).toBe(2)
    expect(stderr).toMatch(/\.kube-whoami\.yaml:2/)
  })
})
