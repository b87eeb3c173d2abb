/**
 * Adopting kube-whoami in a repository with 200 findings: write a baseline, suppress three
 * findings with reasons, turn two rules off, get a clean pull-request check — and fail again
 * on the first new problem. Run through the CLI entry in-process and through the bundle.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type * as Sarif from 'sarif'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../helpers/shared.js'
import { githubSarifProblems, sarifSchemaErrors } from '../helpers/sarif.js'
import { runCli } from '../cli/run-cli.js'

/** A pod breaking five restricted checks: privileged, privilege escalation, runAsNonRoot, seccomp, capabilities. */
const pod = (i: number) => `apiVersion: v1
kind: Pod
metadata:
  name: app-${i}
  namespace: shop
spec:
  containers:
    - name: app
      image: registry.example/app-${i}:1.0
      securityContext:
        privileged: true
`

function writeFiles(root: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
}

function makeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-adopt-'))
  const files: Record<string, string> = {}
  for (let i = 0; i < 40; i++) files[`apps/app-${i}.yaml`] = pod(i)
  writeFiles(root, files)
  return root
}

type Run = (
  argv: string[],
  cwd: string,
) => Promise<{ code: number; stdout: string; stderr: string }>

const inProcess: Run = (argv, cwd) => runCli(argv, cwd)

const bundle: Run = async (argv, cwd) => {
  const cli = join(projectRoot, 'dist', 'cli', 'index.js')
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build')
  const r = spawnSync(process.execPath, [cli, ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

async function adoption(run: Run) {
  const root = makeRepo()

  // 200 findings today: the check fails.
  const first = JSON.parse((await run(['scan', '-f', 'json'], root)).stdout)
  expect(first.findings.length).toBe(200)
  expect((await run(['scan'], root)).code).toBe(1)

  // Accept them all in a baseline.
  const written = await run(['baseline'], root)
  expect(written.code).toBe(0)
  expect(written.stdout).toMatch(
    /^kube-whoami: wrote \.kube-whoami-baseline\.json with 200 findings\n/,
  )
  const baselineFile = JSON.parse(readFileSync(join(root, '.kube-whoami-baseline.json'), 'utf8'))
  expect(baselineFile.findings).toHaveLength(200)

  // Three findings accepted in place with a reason; two rules off; the baseline in the config.
  const edited = readFileSync(join(root, 'apps/app-0.yaml'), 'utf8').replace(
    '        privileged: true\n',
    '        # kube-whoami ignore=pss-privileged the device plugin needs /dev access\n        privileged: true\n',
  )
  writeFiles(root, {
    'apps/app-0.yaml': edited,
    'apps/app-1.yaml': readFileSync(join(root, 'apps/app-1.yaml'), 'utf8').replace(
      '    - name: app\n',
      '    # kube-whoami ignore=pss-allow-privilege-escalation,pss-run-as-non-root vendor image, tracked in SEC-7\n    - name: app\n',
    ),
    '.kube-whoami.yaml': [
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/kube-whoami/kube-whoami/main/schema/kube-whoami.schema.json',
      'baseline: .kube-whoami-baseline.json',
      'rules:',
      '  pss-seccomp-restricted: off       # the nodes run --seccomp-default',
      '  pss-capabilities-restricted: off  # decided in ADR-12',
      '',
    ].join('\n'),
  })

  // The pull-request check: clean, even failing on notes, with everything still in SARIF.
  const clean = await run(['scan', '--fail-on', 'note'], root)
  expect(clean.stderr).toBe('')
  expect(clean.code).toBe(0)
  expect(clean.stdout).toMatch(/✔ no problems found \(3 suppressed, 117 in the baseline\)/)
  expect(clean.stdout).toMatch(
    /80 entries of the baseline \.kube-whoami-baseline\.json matched no finding/,
  )

  const sarifRun = await run(['scan', '-f', 'sarif', '-o', 'out.sarif', '--fail-on', 'note'], root)
  expect(sarifRun.code).toBe(0)
  const log = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8')) as Sarif.Log
  expect(sarifSchemaErrors(log)).toEqual([])
  expect(githubSarifProblems(log)).toEqual([])
  const results = log.runs[0].results!
  expect(results).toHaveLength(120)
  expect(results.every((r) => r.suppressions?.length === 1)).toBe(true)
  const inSource = results.filter((r) => r.suppressions![0].kind === 'inSource')
  expect(inSource.map((r) => [r.ruleId, r.suppressions![0].justification]).sort()).toEqual([
    ['pss-allow-privilege-escalation', 'vendor image, tracked in SEC-7'],
    ['pss-privileged', 'the device plugin needs /dev access'],
    ['pss-run-as-non-root', 'vendor image, tracked in SEC-7'],
  ])
  const ruleIds = log.runs[0].tool.driver.rules!.map((r) => r.id)
  expect(ruleIds).not.toContain('pss-seccomp-restricted')
  expect(ruleIds).not.toContain('pss-capabilities-restricted')

  // The first new problem, in a file whose lines moved: the check fails on it, and only on it.
  writeFiles(root, {
    'apps/app-7.yaml': `# App 7\n# owned by the shop team\n\n${pod(7).replace('spec:\n', 'spec:\n  hostNetwork: true\n')}`,
  })
  const failing = await run(['scan', '-f', 'json', '--fail-on', 'note'], root)
  expect(failing.code).toBe(1)
  const report = JSON.parse(failing.stdout)
  const reported = report.findings.filter((f: { suppression?: unknown }) => !f.suppression)
  expect(
    reported.map(
      (f: { ruleId: string; range: { file: string; startLine: number } }) =>
        `${f.ruleId} ${f.range.file}:${f.range.startLine}`,
    ),
  ).toEqual(['pss-host-namespaces apps/app-7.yaml:10'])
  const text = await run(['scan'], root)
  expect(text.code).toBe(1)
  expect(text.stdout).toMatch(
    /✖ 1 problem \(1 error, 0 warnings\) and 3 suppressed, 117 in the baseline/,
  )
}

describe('adopting kube-whoami: baseline, three suppressions, two rules off, fail on the first new problem', () => {
  it('through the CLI entry in-process', () => adoption(inProcess))
  it('through the bundled dist/cli/index.js', () => adoption(bundle))
})
