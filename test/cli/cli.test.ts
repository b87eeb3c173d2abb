import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOOL_VERSION } from '../../src/core/project.js'
import { projectRoot } from '../helpers/shared.js'
import { runCli } from './run-cli.js'

function tempRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-cli-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  return root
}

const PRIVILEGED = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: registry.example/app:1
      securityContext:
        privileged: true
`

describe('kube-whoami CLI', () => {
  it('prints its version and help', async () => {
    expect((await runCli(['--version'], projectRoot)).stdout).toBe(`${TOOL_VERSION}\n`)
    const help = await runCli(['--help'], projectRoot)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/--fail-on LEVEL/)
    expect(help.stdout).toMatch(/Exit codes:/)
  })

  it('prints the help of every command, with -h and --help, and exit 0', async () => {
    for (const [command, marker] of [
      ['scan', /kube-whoami scan \[PATH\.\.\.\] \[options\]/],
      ['baseline', /kube-whoami baseline \[PATH\.\.\.\] \[options\]/],
      ['init', /kube-whoami init \[PATH\] \[options\]/],
      ['render', /kube-whoami render \[NAME\] CHART \[flags\]/],
    ] as const) {
      for (const flag of ['-h', '--help']) {
        const res = await runCli([command, flag], projectRoot)
        expect(res.code, `${command} ${flag}`).toBe(0)
        expect(res.stderr).toBe('')
        expect(res.stdout).toMatch(marker)
        expect(res.stdout).toMatch(/-h, --help/)
      }
    }
    // `kube-whoami PATH --help` is the scan command's help.
    expect((await runCli(['demo', '--help'], projectRoot)).stdout).toMatch(/kube-whoami scan/)
  })

  it('lists every helm template flag in render --help, marked by what render does with it', async () => {
    const help = (await runCli(['render', '--help'], projectRoot)).stdout
    const sections = help.split(/\n(?=\S)/)
    const section = (title: RegExp) => sections.find((s) => title.test(s)) ?? ''
    expect(section(/^Flags \(same effect/)).toMatch(/--set-string stringArray/)
    expect(section(/^Accepted, no effect/)).toMatch(/--dependency-update .*never downloaded/)
    expect(section(/^Not supported/)).toMatch(/--output-dir string .*standard output only/)
    const refused = await runCli(['render', '--output-dir', 'out', 'chart'], projectRoot)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      'Error: flag --output-dir is not supported by kube-whoami render: output goes to standard output only\n',
    )
  })

  it('words usage errors plainly, with no stray quotes, and exits 2', async () => {
    const unknown = await runCli(['scan', '--formt', 'json'], projectRoot)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(
      'kube-whoami scan: unknown option --formt (did you mean --format?)\nRun kube-whoami scan --help for usage.\n',
    )
    const missing = await runCli(['baseline', '--output'], projectRoot)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^kube-whoami baseline: option --output needs a value\n/)
    const flagValue = await runCli(['init', '--force=yes'], projectRoot)
    expect(flagValue.code).toBe(2)
    expect(flagValue.stderr).toMatch(/^kube-whoami init: option --force takes no value\n/)
  })

  it('kustomize prints what kubectl kustomize prints, errors as kubectl does', async () => {
    const help = await runCli(['kustomize', '--help'], projectRoot)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/kube-whoami kustomize \[DIR\] \[flags\]/)
    const root = tempRepo({
      'kustomization.yaml': 'namePrefix: x-\nresources:\n  - pod.yaml\n',
      'pod.yaml': PRIVILEGED,
    })
    const ok = await runCli(['kustomize', '.'], root)
    expect(ok).toEqual({
      code: 0,
      stdout:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x-p\nspec:\n  containers:\n  - image: registry.example/app:1\n    name: app\n    securityContext:\n      privileged: true\n',
      stderr: '',
    })
    const bad = await runCli(['kustomize', 'pod.yaml'], root)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(
      /^error: must build at directory: '.*pod\.yaml': file is not directory\n$/,
    )
    expect((await runCli(['kustomize', '--frob'], root)).code).toBe(1)
  })

  it('scans the demo: stylish text, exit 1 on errors, exit 0 with --fail-on none', async () => {
    const res = await runCli(['scan', 'demo'], projectRoot)
    expect(res.code).toBe(1)
    expect(res.stdout).toMatch(/^deploy\/node-agent\.yaml$/m)
    expect(res.stdout).toMatch(
      /^ {2}26:13 +error +violates PodSecurity "baseline:latest": privileged \(container "agent"/m,
    )
    expect(res.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/)
    expect((await runCli(['demo', '--fail-on', 'none'], projectRoot)).code).toBe(0)
  })

  it('fails on warnings only when asked', async () => {
    const root = tempRepo({ 'pod.yaml': PRIVILEGED.replace('privileged: true', 'runAsUser: 0') })
    expect((await runCli([], root)).code).toBe(0)
    expect((await runCli(['--fail-on', 'warning'], root)).code).toBe(1)
    expect((await runCli(['--severity', 'error'], root)).stdout).toMatch(/no problems found/)
  })

  it('honours --pss-level and --pss-version', async () => {
    const root = tempRepo({ 'pod.yaml': PRIVILEGED })
    const json = async (...args: string[]) =>
      JSON.parse((await runCli(['-f', 'json', ...args], root)).stdout)
    const restricted = await json()
    expect(restricted.settings.pss).toEqual({ level: 'restricted', version: 'latest' })
    expect(restricted.findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'pss-run-as-non-root',
    )
    const baseline = await json('--pss-level', 'baseline')
    expect(baseline.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['pss-privileged'])
    expect((await json('--pss-level', 'privileged')).findings).toEqual([])
    const old = await json('--pss-version', 'v1.7')
    expect(old.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'pss-allow-privilege-escalation',
    )
  })

  it('reads pss, exclude and rules from .kube-whoami.yaml', async () => {
    const root = tempRepo({
      'pod.yaml': PRIVILEGED,
      'vendor/pod.yaml': PRIVILEGED,
      '.kube-whoami.yaml':
        'pss:\n  level: baseline\nexclude: ["vendor/**"]\nrules:\n  pss-privileged: warning\n',
    })
    const out = JSON.parse((await runCli(['-f', 'json'], root)).stdout)
    expect(
      out.findings.map((f: { ruleId: string; level: string; range: { file: string } }) => [
        f.ruleId,
        f.level,
        f.range.file,
      ]),
    ).toEqual([['pss-privileged', 'warning', 'pod.yaml']])
  })

  it('reports usage and configuration errors with exit code 2 and a position', async () => {
    const root = tempRepo({ '.kube-whoami.yaml': 'pss:\n  levle: baseline\n' })
    const bad = await runCli([], root)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      'kube-whoami: .kube-whoami.yaml:2:3: unknown key "pss.levle" (did you mean "level"?)\n',
    )
    expect((await runCli(['--format', 'xml'], projectRoot)).code).toBe(2)
    expect((await runCli(['--pss-version', 'v2.0'], projectRoot)).stderr).toMatch(
      /--pss-version must be/,
    )
    expect((await runCli(['--nope'], projectRoot)).code).toBe(2)
    expect((await runCli(['does-not-exist'], projectRoot)).stderr).toMatch(
      /path not found: does-not-exist/,
    )
    const unknownRule = tempRepo({ '.kube-whoami.yaml': 'rules:\n  pss-privilegd: off\n' })
    expect((await runCli([], unknownRule)).stderr).toMatch(
      /unknown rule "pss-privilegd" \(did you mean "pss-privileged"\?\)/,
    )
  })

  it('writes SARIF and JSON to --output files', async () => {
    const root = tempRepo({ 'pod.yaml': PRIVILEGED })
    const res = await runCli(['-f', 'sarif', '-o', 'out.sarif'], root)
    expect(res.stdout).toBe('')
    expect(existsSync(join(root, 'out.sarif'))).toBe(true)
  })

  it('keeps scanning after a broken YAML document and reports it as a finding', async () => {
    const root = tempRepo({
      'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: [x\n---\n' + PRIVILEGED,
    })
    const out = JSON.parse((await runCli(['-f', 'json'], root)).stdout)
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(['yaml-parse-error', 'pss-privileged']),
    )
  })

  it('the bundled CLI writes large output completely through a pipe', () => {
    const cli = join(projectRoot, 'dist', 'cli', 'index.js')
    if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build')
    const docs = Array.from({ length: 600 }, (_, i) =>
      PRIVILEGED.replace('name: p', `name: p${i}`),
    ).join('---\n')
    const root = tempRepo({ 'many.yaml': docs })
    const run = spawnSync(process.execPath, [cli, 'scan', '-f', 'json'], {
      cwd: root,
      maxBuffer: 1 << 30,
    })
    expect(run.status).toBe(1)
    const out = JSON.parse(run.stdout.toString('utf8'))
    expect(out.findings.length).toBeGreaterThan(600 * 4)
    expect(run.stdout.length).toBeGreaterThan(1 << 20)
  })
})
