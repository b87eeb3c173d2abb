import { describe, expect, it } from 'vitest'
import type { ContainerIdentity } from '../../../src/core/identity.js'
import { md, code, link } from '../../../src/report/github/markdown.js'
import {
  renderSummary,
  STEP_SUMMARY_LIMIT,
  type SummaryInput,
} from '../../../src/report/github/summary.js'
import { finding } from './findings.js'

const blob = (file: string, start?: number, end?: number) =>
  `https://github.com/acme/shop/blob/abc/${file}${start ? `#L${start}-L${end}` : ''}`

function input(over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    findings: [],
    rule: (id) =>
      id === 'pss-privileged'
        ? { title: 'Container runs privileged', securitySeverity: 8.8 }
        : undefined,
    identities: [],
    notices: [],
    outcome: { failOn: 'error', failing: { error: 0, warning: 0, note: 0 } },
    policy: 'restricted:latest',
    stats: { files: 3, workloads: 2, durationMs: 1234 },
    delivery: [],
    repoPath: (f) => f,
    links: { lines: blob },
    sarifFile: 'kube-whoami.sarif',
    ...over,
  }
}

const identity: ContainerIdentity = {
  workload: {
    kind: 'Deployment',
    name: 'api',
    namespace: 'shop',
    range: { file: 'deploy/api.yaml', startLine: 1, startColumn: 1, endLine: 30, endColumn: 1 },
  },
  container: 'api',
  group: 'containers',
  image: 'ghcr.io/acme/api:1.8.0',
  build: {
    dockerfile: 'services/api/Dockerfile',
    target: 'runtime',
    evidence: 'config images[0]',
    confidence: 'high',
  },
  user: {
    uid: 0,
    gid: 0,
    display: '0:0 (root)',
    uidSource: 'USER root at services/api/Dockerfile:13',
    gidSource: 'primary group of root',
  },
  verdict: { kind: 'refused', message: 'container has runAsNonRoot and image will run as root' },
}

describe('job summary', () => {
  it('gives the verdict, totals by level and rule, the identity table and findings by file with links', () => {
    const findings = [
      finding('pss-privileged', 'error', 'deploy/a.yaml', 24, {
        related: [
          {
            range: {
              file: 'services/api/Dockerfile',
              startLine: 13,
              startColumn: 1,
              endLine: 13,
              endColumn: 9,
            },
            message: 'USER root',
          },
        ],
      }),
      finding('pss-privileged', 'error', 'deploy/b.yaml', 7),
      finding('pss-run-as-non-root', 'warning', 'deploy/a.yaml', 30),
    ]
    const s = renderSummary(
      input({
        findings,
        identities: [
          identity,
          {
            ...identity,
            container: 'init',
            group: 'initContainers',
            build: undefined,
            user: { display: '1000', uidSource: 'runAsUser in the pod' },
            verdict: { kind: 'starts', message: '' },
          },
        ],
        outcome: { failOn: 'warning', failing: { error: 2, warning: 1, note: 0 } },
        delivery: ['Code scanning: uploaded.'],
      }),
    )
    expect(s).toContain('❌ **2 errors and 1 warning** fail this step (`fail-on: warning`).')
    expect(s).toContain('| 🔴 Errors | 2 |\n| 🟡 Warnings | 1 |\n| 🔵 Notes | 0 |')
    expect(s).toContain(
      'Pod Security Standards policy `restricted:latest` · 3 files and 2 workloads scanned in 1.2 s',
    )
    expect(s).toContain('- Code scanning: uploaded.')
    expect(s).toContain(
      '| [`pss-privileged`](https://github.com/kube-whoami/kube-whoami/blob/main/docs/rules/pss-privileged.md) Container runs privileged | high (8.8) | 2 | 0 | 0 |',
    )
    expect(s).toContain(
      '| [Deployment/shop/api](https://github.com/acme/shop/blob/abc/deploy/api.yaml#L1-L30) | `api` | `ghcr.io/acme/api:1.8.0` | [services/api/Dockerfile](https://github.com/acme/shop/blob/abc/services/api/Dockerfile) target `runtime`<br>config images\\[0\\] | `0:0 (root)`<br>uid: USER root at services/api/Dockerfile:13<br>gid: primary group of root | ❌ refused: container has runAsNonRoot and image will run as root |',
    )
    expect(s).toContain(
      '| `init` (init) | `ghcr.io/acme/api:1.8.0` | — | `1000`<br>uid: runAsUser in the pod | ✅ starts |',
    )
    expect(s).toContain('#### [deploy/a.yaml](https://github.com/acme/shop/blob/abc/deploy/a.yaml)')
    expect(s).toContain(
      '| [24](https://github.com/acme/shop/blob/abc/deploy/a.yaml#L24-L24) | 🔴 error | [`pss-privileged`](https://github.com/kube-whoami/kube-whoami/blob/main/docs/rules/pss-privileged.md) | pss-privileged at deploy/a.yaml:24<br>↳ [services/api/Dockerfile:13](https://github.com/acme/shop/blob/abc/services/api/Dockerfile#L13-L13) USER root |',
    )
    // Sections in order.
    const order = [
      '## kube-whoami',
      '### Findings by rule',
      '### Who runs as whom',
      '### Findings by file',
    ]
    expect(order.map((h) => s.indexOf(h))).toEqual(
      order.map((h) => s.indexOf(h)).sort((a, b) => a - b),
    )
  })

  it('says so when there are no workloads and no findings, and passes', () => {
    const s = renderSummary(input())
    expect(s).toContain('✅ No findings at or above `error` (`fail-on: error`).')
    expect(s).toContain('No workloads: nothing in the scanned files runs a container.')
    expect(s).toContain('No findings to report.')
    expect(s).not.toContain('### Findings by rule')
    expect(
      renderSummary(
        input({ outcome: { failOn: 'none', failing: { error: 0, warning: 0, note: 0 } } }),
      ),
    ).toContain('Findings do not fail this step (`fail-on: none`).')
  })

  it('escapes text from the repository so it cannot add markup, links or columns', () => {
    const s = renderSummary(
      input({
        findings: [
          finding('r', 'error', 'deploy/x|y.yaml', 1, {
            message: 'a | b <script>alert(1)</script> [x](http://evil) *bold* `c`\nnext',
          }),
        ],
      }),
    )
    expect(s).toContain(
      'a \\| b \\<script\\>alert(1)\\</script\\> \\[x\\](http://evil) \\*bold\\* \\`c\\` next',
    )
    expect(s).not.toContain('<script>')
    expect(md('a&b')).toBe('a&amp;b')
    expect(code('x|y')).toBe('`x\\|y`')
    expect(code('a`b')).toBe('a\\`b')
    expect(link('t', 'https://x.example/a (1).yaml')).toBe(
      '[t](https://x.example/a%20%281%29.yaml)',
    )
  })

  it('counts suppressed and baseline findings apart', () => {
    const s = renderSummary(
      input({
        suppressed: [
          finding('a', 'error', 'a.yaml', 1, {
            suppression: { kind: 'external', via: 'baseline' },
          }),
          finding('a', 'error', 'a.yaml', 2, {
            suppression: { kind: 'external', via: 'baseline' },
          }),
          finding('b', 'warning', 'b.yaml', 1, {
            suppression: { kind: 'inSource', via: 'comment' },
          }),
        ],
      }),
    )
    expect(s).toContain(
      'Not counted: 1 finding suppressed in the source or the configuration, 2 findings accepted in the baseline.',
    )
    expect(s).toContain('| 🔴 Errors | 0 |')
  })

  it('lists scan notices, up to a point', () => {
    const notices = Array.from({ length: 55 }, (_, i) => ({
      level: 'warning' as const,
      message: `skipped f${i}.yaml`,
      range: { file: `f${i}.yaml`, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    }))
    const s = renderSummary(input({ notices }))
    expect(s).toContain('### Scan notices')
    expect(s).toContain('- warning: `f0.yaml:1` skipped f0.yaml')
    expect(s).not.toContain('skipped f50.yaml')
    expect(s).toContain('- …and 5 more notices in the step log.')
  })

  it('stays under 1 MiB with a huge scan, cutting at file boundaries and saying what was left out', () => {
    const long = 'x'.repeat(400)
    const findings = Array.from({ length: 40_000 }, (_, i) =>
      finding(
        'pss-privileged',
        i % 3 ? 'warning' : 'error',
        `deploy/f${String(Math.floor(i / 20)).padStart(5, '0')}.yaml`,
        (i % 20) + 1,
        { message: long },
      ),
    )
    const identities = Array.from({ length: 20_000 }, (_, i) => ({
      ...identity,
      container: `c${i}`,
    }))
    const s = renderSummary(input({ findings, identities }))
    const size = Buffer.byteLength(s)
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT)
    expect(size).toBeGreaterThan(STEP_SUMMARY_LIMIT * 0.9)
    const shownRows = (s.match(/^\| \[\d+\]\(/gm) ?? []).length
    const m =
      /…([\d]+) more findings in (\d+) files not shown: the job summary is limited to 1 MiB\. All findings are in `kube-whoami\.sarif`\./.exec(
        s,
      )
    expect(m).not.toBeNull()
    expect(Number(m![1]) + shownRows).toBe(findings.length)
    expect(s).toMatch(/…and \d+ more containers \(the summary is limited to 1 MiB\)\./)
    // Totals still count everything.
    expect(s).toContain(`| 🔴 Errors | ${findings.filter((f) => f.level === 'error').length} |`)
  })

  it('shows part of a file that alone is too big, and respects a smaller budget', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      finding('r', 'error', 'one.yaml', i + 1),
    )
    const s = renderSummary(input({ findings }), 60_000)
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(60_000)
    expect(s).toContain('#### [one.yaml]')
    const shown = (s.match(/^\| \[\d+\]\(/gm) ?? []).length
    expect(shown).toBeGreaterThan(10)
    expect(s).toContain(`…${5000 - shown} more findings in 1 file not shown`)
  })

  it('cuts even the fixed parts when the budget is tiny, at a line boundary', () => {
    const findings = Array.from({ length: 50 }, (_, i) =>
      finding(`rule-${i}`, 'error', 'a.yaml', i + 1),
    )
    const s = renderSummary(input({ findings }), 600)
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(600)
    expect(s).toMatch(/the rest of the summary was cut: job summaries are limited to 1 MiB\.\n$/)
    expect(renderSummary(input({ findings }), 10)).toBe('')
  })
})
