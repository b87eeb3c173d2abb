/**
 * A pull request writes the scanned repository, its .kube-whoami.yaml, its charts and its
 * symbolic links. None of it may make the scan read a file outside the repository (or in
 * .git, where actions/checkout keeps its credential) into the report, and the action never
 * writes its token into the SARIF file or the job summary. Each case plants a secret outside
 * the repository and checks that no byte of it appears in any output: text, JSON, SARIF,
 * and for the action also the log, annotations and summary.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'
import { bundleIsStale, copyBundle } from '../action/bundle.js'
import { runAction, MERGE_SHA, TOKEN, type ActionRun } from '../action/run-action.js'

const SECRET = 'KW-SECRET-5f1e0c9a7b3d'

const CHART = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: leaky\nversion: 1.0.0\n',
  'chart/values.yaml': 'leak: ""\n',
  'chart/templates/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    leak: {{ .Values.leak | quote }}
spec:
  containers:
    - name: app
      image: "registry.example/app:{{ .Values.leak | trunc 60 }}"
{{- if .Values.leak }}
{{ fail (printf "leaked: %s" .Values.leak) }}
{{- end }}
`,
}

/** A repository in `<tmp>/repo` and a secret file beside it, outside the repository. */
function setup(files: Record<string, string>): { root: string; secretFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kw-leak-'))
  const root = join(dir, 'repo')
  const secretFile = join(dir, 'secret.txt')
  writeFileSync(secretFile, `${SECRET}\n`)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  mkdirSync(root, { recursive: true })
  return { root, secretFile }
}

function link(root: string, name: string, target: string): void {
  mkdirSync(dirname(join(root, name)), { recursive: true })
  symlinkSync(target, join(root, name))
}

/** Every report format of a scan; none may hold the secret. */
async function everyOutput(root: string, args: string[] = []) {
  const out: { format: string; code: number; stdout: string; stderr: string }[] = []
  for (const format of ['text', 'json', 'sarif']) {
    const res = await runCli(['scan', '.', '--format', format, '--fail-on', 'none', ...args], root)
    out.push({ format, ...res })
  }
  return out
}

function expectNoSecret(outputs: { stdout: string; stderr: string }[], secret = SECRET) {
  for (const o of outputs) {
    expect(o.stdout).not.toContain(secret)
    expect(o.stderr).not.toContain(secret)
  }
}

describe('nothing outside the repository is read into the report', () => {
  it('refuses a setFile path outside the root, absolute or relative, at its config line', async () => {
    for (const path of ['/proc/self/environ', '../secret.txt', '/dev/zero']) {
      const { root } = setup({
        ...CHART,
        '.kube-whoami.yaml': `charts:\n  - path: chart\n    setFile: { leak: ${JSON.stringify(path)} }\n`,
      })
      const res = await runCli(['scan', '.'], root)
      expect(res.code, path).toBe(2)
      expect(res.stderr).toBe(
        `kube-whoami: .kube-whoami.yaml:3:22: setFile ${path} is outside the scanned root\n`,
      )
      expect(res.stdout).toBe('')
    }
  })

  it('refuses a setFile or values file that is a symbolic link leading out of the root', async () => {
    const { root, secretFile } = setup({
      ...CHART,
      '.kube-whoami.yaml':
        'charts:\n  - path: chart\n    values: [chart/values-prod.yaml]\n    setFile: { leak: chart/leak.txt }\n',
    })
    link(root, 'chart/leak.txt', secretFile)
    link(root, 'chart/values-prod.yaml', secretFile)
    const res = await runCli(['scan', '.'], root)
    expect(res.code).toBe(2)
    expect(res.stderr.split('\n')).toEqual([
      'kube-whoami: .kube-whoami.yaml:3:14: values file chart/values-prod.yaml: outside the scanned root (a symbolic link leads out of it): not read',
      'kube-whoami: .kube-whoami.yaml:4:22: setFile chart/leak.txt: outside the scanned root (a symbolic link leads out of it): not read',
      '',
    ])
    expectNoSecret([res])
  })

  it('refuses a FIFO as setFile without waiting on it', async () => {
    const { root } = setup({
      ...CHART,
      '.kube-whoami.yaml': 'charts:\n  - path: chart\n    setFile: { leak: chart/pipe }\n',
    })
    execFileSync('mkfifo', [join(root, 'chart/pipe')])
    const res = await runCli(['scan', '.'], root)
    expect(res.code).toBe(2)
    expect(res.stderr).toMatch(/setFile chart\/pipe: not a regular file: not read/)
  })

  it('refuses a config file and a baseline that lead out of the root', async () => {
    const config = setup({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\n' })
    link(config.root, '.kube-whoami.yaml', config.secretFile)
    const res = await runCli(['scan', '.'], config.root)
    expect(res.code).toBe(2)
    expect(res.stderr).toBe(
      'kube-whoami: configuration file .kube-whoami.yaml: outside the scanned root (a symbolic link leads out of it): not read\n',
    )

    const baseline = setup({ '.kube-whoami.yaml': 'baseline: accepted.json\n' })
    link(baseline.root, 'accepted.json', baseline.secretFile)
    const res2 = await runCli(['scan', '.'], baseline.root)
    expect(res2.code).toBe(2)
    expect(res2.stderr).toMatch(
      /^kube-whoami: \.kube-whoami\.yaml:1:11: baseline accepted\.json is outside the scanned root\n/,
    )
    expectNoSecret([res, res2])
  })

  it('never reads .git: a compose .env linked to .git/config leaves the credential out', async () => {
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${SECRET}`).toString('base64')}`
    const { root } = setup({
      '.git/config': `[http "https://github.com/"]\n\textraheader = ${header}\n`,
      'compose.yaml': 'services:\n  api:\n    image: ${extraheader}\n    build: ./api\n',
      'api/Dockerfile': 'FROM alpine:3.20\nUSER 10001\n',
    })
    link(root, '.env', '.git/config')
    const outputs = await everyOutput(root)
    expectNoSecret(outputs, SECRET)
    expectNoSecret(outputs, header.slice(-20))
    expect(outputs[0].stdout + outputs[0].stderr).toMatch(
      /\.env: inside \.git \(through a symbolic link\)/,
    )
  })

  it('never renders a chart file linked into .git or out of the root', async () => {
    for (const target of ['../../.git/config', 'OUTSIDE']) {
      const { root, secretFile } = setup({ ...CHART, '.git/config': `token = ${SECRET}\n` })
      link(root, 'chart/templates/cm.yaml', target === 'OUTSIDE' ? secretFile : target)
      const outputs = await everyOutput(root)
      expectNoSecret(outputs)
      const json = JSON.parse(outputs[1].stdout) as { notices: { message: string }[] }
      expect(json.notices.map((n) => n.message)).toContainEqual(
        expect.stringMatching(
          /symbolic link chart\/templates\/cm\.yaml points (into \.git|outside the scanned repository)/,
        ),
      )
    }
  })
  it('never builds a kustomization from .git, out of the root, or a FIFO', async () => {
    const { root, secretFile } = setup({
      '.git/config': `token = ${SECRET}\n`,
      'deploy/kustomization.yaml':
        'resources:\n  - pod.yaml\n  - ../.git/config\npatches:\n  - path: leak.yaml\n',
      'deploy/pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1\n',
      'other/kustomization.yaml': 'resources:\n  - outside.yaml\n',
      'fifo/kustomization.yaml': 'resources:\n  - pipe.yaml\n',
    })
    link(root, 'deploy/leak.yaml', '../.git/config')
    link(root, 'other/outside.yaml', secretFile)
    execFileSync('mkfifo', [join(root, 'fifo/pipe.yaml')])
    const outputs = await everyOutput(root)
    expectNoSecret(outputs)
    const json = JSON.parse(outputs[1].stdout) as {
      findings: { ruleId: string; message: string }[]
    }
    const errors = json.findings.filter((f) => f.ruleId === 'kustomize-build-error')
    expect(errors.map((f) => f.message).join('\n')).toMatchInlineSnapshot(`
      "kubectl kustomize deploy fails: accumulating resources: accumulation err='accumulating resources from '../.git/config': security; file '.git/config' is not in or below 'deploy'': must build at directory: '.git/config': file is not directory
      kubectl kustomize fifo fails: accumulating resources: accumulation err='accumulating resources from 'pipe.yaml': open fifo/pipe.yaml: not a regular file': must build at directory: 'fifo/pipe.yaml': file is not directory
      kubectl kustomize other fails: accumulating resources: accumulation err='accumulating resources from 'outside.yaml': security; file 'other/outside.yaml' is not in or below 'other'': must build at directory: 'other/outside.yaml': file is not directory"
    `)
  })
})

describe('the action keeps its token and the workspace to itself', () => {
  let bundle: string
  beforeAll(() => {
    if (bundleIsStale()) throw new Error('dist/ is stale: run npm run build')
    bundle = copyBundle()
  }, 600_000)

  const workspace = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-leak-action-'))
    const ws = join(dir, 'workspace')
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(ws, name)), { recursive: true })
      writeFileSync(join(ws, name), text)
    }
    return ws
  }
  const run = (ws: string, inputs: Record<string, string> = {}): Promise<ActionRun> =>
    runAction({
      node: process.execPath,
      bundle,
      workspace: ws,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      inputs: { upload: 'false', ...inputs },
    })

  it('scrubs its token from the SARIF file, the summary and the log when the repository quotes it', async () => {
    const base64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    const ws = workspace({
      'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext: { runAsNonRoot: true }
  containers:
    - name: app
      image: registry.example/${TOKEN.toLowerCase()}:1
    - name: other
      image: "registry.example/app:${base64.slice(0, 20)}"
      securityContext: { privileged: true, runAsUser: 0 }
`,
      // Messages quote what the Dockerfile says: an instruction, a USER name.
      Dockerfile: `FROM alpine:3.20\n${TOKEN} run\nUSER ${TOKEN}\n`,
    })
    const res = await run(ws)
    const sarif = readFileSync(join(ws, 'kube-whoami.sarif'), 'utf8')
    expect(sarif).toContain('unknown instruction: ***')
    expect(res.summary).toContain('registry.example/')
    // The log registers the masks (the runner hides them); nothing else may hold the token.
    const log = res.stdout.replace(/^::add-mask::.*$/gm, '')
    for (const text of [sarif, res.summary, log, res.stderr]) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain(base64)
    }
  })

  it('refuses path, sarif-file, config and baseline inputs outside the workspace', async () => {
    const ws = workspace({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\n' })
    const cases: [Record<string, string>, RegExp][] = [
      [{ path: '../..' }, /^kube-whoami: input path: \.\.\/\.\. is outside the workspace$/],
      [{ path: '/etc' }, /^kube-whoami: input path: \/etc is outside the workspace$/],
      [
        { 'sarif-file': '../../x.sarif' },
        /^kube-whoami: input sarif-file: \.\.\/\.\.\/x\.sarif is outside the workspace$/,
      ],
      [{ config: '/etc/passwd' }, /^kube-whoami: input config: \/etc\/passwd is outside/],
      [{ baseline: '../b.json' }, /^kube-whoami: input baseline: \.\.\/b\.json is outside/],
    ]
    for (const [inputs, message] of cases) {
      const res = await run(ws, inputs)
      expect(res.code, JSON.stringify(inputs)).toBe(1)
      const errors = res.commands.filter((c) => c.name === 'error').map((c) => c.data)
      expect(errors).toContainEqual(expect.stringMatching(message))
      expect(res.stderr).not.toMatch(/^\s+at /m)
    }
  })

  it('replaces a symbolic link committed at the SARIF path instead of writing through it', async () => {
    const ws = workspace({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\n' })
    const victim = join(dirname(ws), 'victim.txt')
    writeFileSync(victim, 'untouched\n')
    symlinkSync(victim, join(ws, 'kube-whoami.sarif'))
    const res = await run(ws)
    expect(res.commands.filter((c) => c.name === 'error')).toEqual([])
    expect(res.code).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n')
    expect(lstatSync(join(ws, 'kube-whoami.sarif')).isSymbolicLink()).toBe(false)
    expect(JSON.parse(readFileSync(join(ws, 'kube-whoami.sarif'), 'utf8')).version).toBe('2.1.0')
  })
})
