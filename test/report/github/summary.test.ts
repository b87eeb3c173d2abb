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
  const dockerfileUser = {
    range: {
      file: 'services/api/Dockerfile',
      startLine: 13,
      startColumn: 1,
      endLine: 13,
      endColumn: 9,
    },
    message: 'USER root',
  }
  const findings = [
    finding('pss-privileged', 'error', 'deploy/a.yaml', 24, {
      properties: { pss: { level: 'baseline' } },
      fix: 'Remove securityContext.privileged.',
    }),
    finding('pss-privileged', 'error', 'deploy/b.yaml', 7, {
      properties: { pss: { level: 'baseline' } },
    }),
    finding('pss-run-as-non-root', 'warning', 'deploy/a.yaml', 30, {
      properties: { pss: { level: 'restricted' } },
    }),
    finding('runasnonroot-image-root', 'error', 'deploy/z.yaml', 18, {
      message:
        'The kubelet will refuse to start container "api": container has runAsNonRoot and image will run as root. The image is built here.',
      related: [dockerfileUser],
    }),
  ]
  const identities: ContainerIdentity[] = [
    identity,
    {
      ...identity,
      container: 'init',
      group: 'initContainers',
      build: undefined,
      user: { display: '1000', uidSource: 'runAsUser in the pod' },
      verdict: { kind: 'starts', message: '' },
    },
    {
      ...identity,
      container: 'cache',
      image: 'redis:8',
      build: undefined,
      user: { uid: 0, display: '0 (root)', uidSource: 'redis:* sets no USER' },
      verdict: { kind: 'runs-as-root', message: 'runs as root' },
    },
  ]
  const s = renderSummary(
    input({
      findings,
      identities,
      outcome: { failOn: 'warning', failing: { error: 3, warning: 1, note: 0 } },
      delivery: ['Code scanning: uploaded.'],
    }),
  )

  it('answers the headline first: the verdict, who will not start (reason and line), who runs as root', () => {
    expect(s).toContain('❌ **3 errors and 1 warning** fail this step (`fail-on: warning`).')
    // What fails the step is listed right under the verdict, in report order; the refusal is
    // listed by the lines that follow.
    const verdict = s.indexOf('fail this step')
    const listed = s.slice(verdict, s.indexOf('will not start'))
    expect(listed).toContain(
      '\n\n- 🔴 [deploy/a.yaml:24](https://github.com/acme/shop/blob/abc/deploy/a.yaml#L24-L24) pss-privileged at deploy/a.yaml:24 · `pss-privileged`\n- 🔴 [deploy/b.yaml:7]',
    )
    expect(listed).toContain('· `pss-run-as-non-root`')
    expect(listed).not.toContain('runasnonroot-image-root')
    expect(s).toContain('**❌ 1 of 3 containers will not start:** the kubelet refuses it.')
    expect(s).toContain(
      '- The kubelet will refuse to start container "api": container has runAsNonRoot and image will run as root — [deploy/z.yaml:18](https://github.com/acme/shop/blob/abc/deploy/z.yaml#L18-L18)',
    )
    expect(s).toContain('**⚠️ 1 container runs as root:** `cache` (Deployment/shop/api).')
    expect(s).toContain(
      '| 🔴 Errors | 🟡 Warnings | 🔵 Notes |\n| ---: | ---: | ---: |\n| 3 | 1 | 0 |',
    )
    expect(s).toContain(
      'Pod Security Standards policy `restricted:latest` · 3 files and 2 workloads scanned in 1.2 s',
    )
    expect(s).toContain('- Code scanning: uploaded.')
  })

  it('has a who-runs-as-whom table of four short columns, the evidence folded below it', () => {
    expect(s).toContain('| Workload / container | Image | User | Kubelet |')
    expect(s).toContain(
      '| [Deployment/<wbr>shop/<wbr>api](https://github.com/acme/shop/blob/abc/deploy/api.yaml#L1-L30) · `api` | ghcr.io/<wbr>acme/<wbr>api:<wbr>1.8.0 | 0:0\u00a0(root) | ❌\u00a0refused |',
    )
    expect(s).toContain(' · `init` (init) |')
    const details = s.slice(s.indexOf('<details><summary>Where each image and user come from'))
    expect(details).toContain(
      '- `api` in Deployment/shop/api: built from [services/api/Dockerfile](https://github.com/acme/shop/blob/abc/services/api/Dockerfile) target `runtime` (config images\\[0\\]); uid: USER root at services/api/Dockerfile:13; gid: primary group of root; kubelet: container has runAsNonRoot and image will run as root',
    )
    // No cell holds the long evidence.
    const table = s.slice(s.indexOf('| Workload / container'), s.indexOf('<details><summary>Where'))
    for (const line of table.split('\n')) expect(line.length).toBeLessThan(260)
  })

  it('orders findings by impact, with the fix and related lines, and folds totals by rule and notices', () => {
    const order = [
      '## kube-whoami',
      '### Who runs as whom',
      '### Findings',
      '#### Will not start: the kubelet refuses these containers (1)',
      '#### Breaks the baseline Pod Security level (2)',
      '#### Restricted hardening (1 warning)',
      '<details><summary>Findings by rule</summary>',
    ]
    const at = order.map((h) => s.indexOf(h))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(s).toContain(
      '- 🔴 **[deploy/a.yaml:24](https://github.com/acme/shop/blob/abc/deploy/a.yaml#L24-L24)** pss-privileged at deploy/a.yaml:24 · [`pss-privileged`](https://github.com/kube-whoami/kube-whoami/blob/main/docs/rules/pss-privileged.md)<br>Fix: Remove securityContext.privileged.',
    )
    expect(s).toContain(
      '<br>↳ [services/api/Dockerfile:13](https://github.com/acme/shop/blob/abc/services/api/Dockerfile#L13-L13) USER root',
    )
    expect(s).toContain('1 container lacks restricted hardening — runAsNonRoot (1). Set them in:')
    expect(s).toContain(
      '| [`pss-privileged`](https://github.com/kube-whoami/kube-whoami/blob/main/docs/rules/pss-privileged.md) Container runs privileged | high (8.8) | 2 | 0 | 0 |',
    )
  })

  it('shows containers Docker starts in a table of their own, and words the verdict as Docker', () => {
    const compose: ContainerIdentity = {
      runtime: 'docker',
      workload: {
        kind: 'Compose service',
        name: 'db',
        range: { file: 'compose.yaml', startLine: 4, startColumn: 3, endLine: 9, endColumn: 1 },
      },
      container: 'db',
      group: 'containers',
      image: 'ghcr.io/acme/db:1',
      user: { display: 'postgres', uidSource: 'user: postgres in compose.yaml' },
      verdict: {
        kind: 'refused',
        message:
          'Docker refuses to start it: unable to find user postgres: no matching entries in passwd file',
      },
      docker: { startedBy: 'compose.yaml service db', tool: 'docker', privileges: ['privileged'] },
    }
    const refusal = finding('docker-user-undefined', 'error', 'compose.yaml', 6, {
      message: 'Docker will refuse to start service "db": the image has no user postgres.',
    })
    const privileged = finding('docker-privileged', 'error', 'compose.yaml', 7)
    const only = renderSummary(input({ identities: [compose], findings: [privileged, refusal] }))
    expect(only).toContain('**❌ 1 of 1 containers will not start:** Docker refuses it.')
    expect(only).toContain('### Who runs as whom (Docker, Compose and workflow jobs)')
    expect(only).toContain('| Started by | Image | User | Docker | Host access |')
    expect(only).toContain(
      '| [compose.yaml service db](https://github.com/acme/shop/blob/abc/compose.yaml#L4-L9) | ghcr.io/<wbr>acme/<wbr>db:<wbr>1 | postgres | ❌\u00a0fails\u00a0to\u00a0start | privileged |',
    )
    expect(only).toContain(
      '- `db` in compose.yaml service db: not built here; uid: user: postgres in compose.yaml; docker: Docker refuses to start it',
    )
    // Docker's refusal first, then the host access the baseline level forbids in a pod.
    const refusedAt = only.indexOf('#### Will not start: Docker refuses these containers (1)')
    const hostAt = only.indexOf(
      '#### Gives the container host access (what the baseline Pod Security level forbids) (1)',
    )
    expect(refusedAt).toBeGreaterThan(0)
    expect(hostAt).toBeGreaterThan(refusedAt)
    const both = renderSummary(
      input({ identities: [identity, compose], findings: [refusal, ...findings] }),
    )
    expect(both).toContain(
      '**❌ 2 of 2 containers will not start:** the kubelet or Docker refuses them.',
    )
    expect(both).toContain('#### Docker, Compose and workflow jobs')
    expect(both).toContain(
      '#### Will not start: the kubelet or Docker refuses these containers (2)',
    )
  })

  it('lists at most five failing findings under the verdict, counting the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      finding('pss-privileged', 'error', `deploy/${i}.yaml`, 3, {
        properties: { pss: { level: 'baseline' } },
      }),
    )
    const s = renderSummary(
      input({
        findings: many,
        outcome: { failOn: 'error', failing: { error: 8, warning: 0, note: 0 } },
      }),
    )
    const head = s.slice(0, s.indexOf('| 🔴 Errors'))
    expect(head.match(/^- 🔴 /gm)).toHaveLength(5)
    expect(head).toContain('- …and 3 more under Findings')
  })

  it('folds a container rendered by several overlays into one row, and a long table below its first rows', () => {
    const overlay = (ns: string): ContainerIdentity => ({
      ...identity,
      workload: { ...identity.workload, namespace: ns },
    })
    const others = Array.from({ length: 25 }, (_, i): ContainerIdentity => ({
      ...identity,
      workload: {
        ...identity.workload,
        name: `app${i}`,
        range: { ...identity.workload.range, file: `deploy/app${i}.yaml` },
      },
      container: `app${i}`,
      build: undefined,
      user: { display: 'unknown', uidSource: 'unknown' },
      verdict: { kind: i < 20 ? 'unknown' : 'starts', message: '' },
    }))
    const s = renderSummary(
      input({
        identities: [...others.slice(0, 18), overlay('dev'), overlay('prod'), ...others.slice(18)],
      }),
    )
    // One row for the container both overlays render, named without a namespace.
    expect(s).toContain(
      '| [Deployment/<wbr>api](https://github.com/acme/shop/blob/abc/deploy/api.yaml#L1-L30) ×2 (dev, prod) · `api` |',
    )
    expect(s).toContain('- `api` in Deployment/api ×2 (dev, prod): built from')
    // 26 rows: the refused one and the first 14 others open, 11 folded with their verdicts.
    const table = s.slice(s.indexOf('### Who runs as whom'), s.indexOf('<details><summary>Where'))
    const [open, folded] = table.split('<details>')
    expect(open.match(/^\| \[/gm)).toHaveLength(15)
    expect(open).toContain('❌\u00a0refused')
    expect(folded).toMatch(/^<summary>11 more containers \(6 user unknown, 5 start\)<\/summary>/)
    expect(folded).toContain('| Workload / container | Image | User | Kubelet |')
    expect(folded.match(/^\| \[/gm)).toHaveLength(11)
  })

  it('says so when there are no workloads and no findings, and passes', () => {
    const s = renderSummary(input())
    expect(s).toContain('✅ No findings at or above `error` (`fail-on: error`).')
    expect(s).toContain('No workloads: nothing in the scanned files runs a container.')
    expect(s).toContain('No findings to report.')
    expect(s).not.toContain('Findings by rule')
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
    expect(s).toContain(
      '| 🔴 Errors | 🟡 Warnings | 🔵 Notes |\n| ---: | ---: | ---: |\n| 0 | 0 | 0 |',
    )
  })

  it('lists scan notices, up to a point', () => {
    const notices = Array.from({ length: 55 }, (_, i) => ({
      level: 'warning' as const,
      message: `skipped f${i}.yaml`,
      range: { file: `f${i}.yaml`, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    }))
    const s = renderSummary(input({ notices }))
    expect(s).toContain('<details><summary>Scan notices (55)</summary>')
    expect(s).toContain('- warning: `f0.yaml:1` skipped f0.yaml')
    expect(s).not.toContain('skipped f50.yaml')
    expect(s).toContain('- …and 5 more notices in the step log.')
  })

  it('stays under 1 MiB with a huge scan, saying what was left out', () => {
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
    const shownRows = (s.match(/^- 🔴|^- 🟡/gm) ?? []).length
    const m =
      /…([\d]+) more findings not shown: the job summary is limited to 1 MiB\. All findings are in `kube-whoami\.sarif`\./.exec(
        s,
      )
    expect(m).not.toBeNull()
    expect(Number(m![1]) + shownRows).toBe(findings.length)
    expect(s).toMatch(/…and \d+ more containers \(the summary is limited to 1 MiB\)\./)
    // Totals still count everything.
    const errors = findings.filter((f) => f.level === 'error').length
    expect(s).toContain(`| ${errors} | ${findings.length - errors} | 0 |`)
  })

  it('shows part of a section that alone is too big, and respects a smaller budget', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      finding('r', 'error', 'one.yaml', i + 1),
    )
    const s = renderSummary(input({ findings }), 60_000)
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(60_000)
    expect(s).toContain('#### Other findings (5000)')
    const shown = (s.match(/^- 🔴/gm) ?? []).length
    expect(shown).toBeGreaterThan(10)
    expect(s).toContain(`…${5000 - shown} more findings not shown`)
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
