/**
 * End-to-end: the bundled action (dist/index.js) run as a separate process the way the
 * runner runs it, under Node 20 (the system node) and Node 24 (what GitHub runs node24
 * actions with), against a loopback GitHub that checks every request with GitHub's OpenAPI
 * description.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import type * as Sarif from 'sarif'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'
import { allSarifProblems, githubSarifProblems, sarifSchemaErrors } from '../helpers/sarif.js'
import { projectRoot } from '../helpers/shared.js'
import { bundleIsStale, copyBundle } from './bundle.js'
import { FakeGithub, SARIF_ID, type FakeGithubOptions } from './fake-github.js'
import { GithubOpenApi } from './github-openapi.js'
import { pullRequestEvent, pushEvent, workflowDispatchEvent } from './payloads.js'
import {
  BASE_SHA,
  HEAD_SHA,
  MERGE_SHA,
  REPO,
  runAction,
  TOKEN,
  workspaceFrom,
  type ActionRun,
  type RunOptions,
} from './run-action.js'

const fixture = join(projectRoot, '__fixtures__', 'action-repo')
const node24 = join(projectRoot, 'test', 'node24', 'node_modules', '.bin', 'node')
const requireNode24 = process.env.KUBE_WHOAMI_REQUIRE_NODE24 === '1'

let openapi: GithubOpenApi
let bundle: string
beforeAll(() => {
  const stale = bundleIsStale()
  if (stale) console.info(`[e2e] building dist/ (${stale})`)
  bundle = copyBundle()
  openapi = new GithubOpenApi()
}, 600_000)

const fakes: FakeGithub[] = []
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()))
})

async function github(options: FakeGithubOptions = {}): Promise<FakeGithub> {
  const fake = await FakeGithub.start(openapi, { token: TOKEN, ...options })
  fakes.push(fake)
  return fake
}

function version(bin: string): string {
  return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()
}

const runtimes: { label: string; bin: string }[] = [
  { label: `system node ${process.version}`, bin: process.execPath },
]
if (existsSync(node24)) {
  runtimes.push({ label: `Node 24 (${version(node24)})`, bin: node24 })
} else if (requireNode24) {
  throw new Error(
    `Node 24 is required (KUBE_WHOAMI_REQUIRE_NODE24=1) but ${node24} is missing: run npm ci --prefix test/node24`,
  )
} else {
  console.warn(
    `[skip] action e2e under Node 24: ${node24} is missing (npm ci --prefix test/node24 installs it).`,
  )
  describe.skip('action end-to-end under Node 24 (skipped: test/node24 not installed)', () => {
    it('runs', () => undefined)
  })
}

const prPayload = (o: { fork?: boolean; sender?: string } = {}) =>
  pullRequestEvent(openapi, {
    number: 42,
    base: REPO,
    ...(o.fork ? { head: { owner: 'mallory', name: 'shop' } } : {}),
    baseSha: BASE_SHA,
    headSha: HEAD_SHA,
    sender: o.sender,
  })

const levels = (log: Sarif.Log | undefined) => {
  const out = { error: 0, warning: 0, note: 0 }
  for (const r of log?.runs[0].results ?? []) if (!r.suppressions?.length) out[r.level as 'error']++
  return out
}

function uri(r: Sarif.Result): string {
  return r.locations![0].physicalLocation!.artifactLocation!.uri!
}

/** The step failed with a message, and never with a bare stack trace. */
function expectCleanFailure(run: ActionRun, message: RegExp): void {
  expect(run.code).toBe(1)
  const errors = run.commands.filter((c) => c.name === 'error' && !c.properties.file)
  expect(errors.map((e) => e.data)).toContainEqual(expect.stringMatching(message))
  expect(run.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m)
}

describe.each(runtimes)('action end-to-end on $label', ({ bin }) => {
  /** Runs the action; every SARIF it writes passes the schema and GitHub's rules (the Multitool too, where a test asks). */
  const run = async (o: Omit<RunOptions, 'node' | 'bundle'>) => {
    const res = await runAction({ node: bin, bundle, ...o })
    if (res.sarif)
      expect([...sarifSchemaErrors(res.sarif), ...githubSarifProblems(res.sarif)]).toEqual([])
    return res
  }

  it('on a pull request: uploads to code scanning, annotates, summarises, sets outputs, fails on errors', async () => {
    const gh = await github({ processing: ['pending', 'complete'] })
    const workspace = workspaceFrom(fixture)
    const res = await run({
      workspace,
      eventName: 'pull_request',
      payload: prPayload(),
      ref: 'refs/pull/42/merge',
      sha: MERGE_SHA,
      apiUrl: gh.url,
    })
    expect(gh.problems).toEqual([])
    expect(res.code).toBe(1)

    // SARIF: valid for GitHub, every finding of the fixture.
    expect(res.outputs['sarif-file']).toBe('kube-whoami.sarif')
    expect(allSarifProblems(res.sarif!)).toEqual([])
    const results = res.sarif!.runs[0].results!
    const at = (rule: string, file: string) =>
      results.find((r) => r.ruleId === rule && uri(r) === file)
    expect(
      at('pss-privileged', 'deploy/node-agent.yaml')?.locations![0].physicalLocation!.region!
        .startLine,
    ).toBe(24)
    const refused = results.find(
      (r) => r.ruleId!.startsWith('runasnonroot-image-') && uri(r) === 'deploy/migrate.yaml',
    )
    expect(refused?.relatedLocations?.[0].physicalLocation?.artifactLocation?.uri).toBe(
      'services/api/Dockerfile',
    )
    expect(results.some((r) => uri(r).startsWith('vendor/'))).toBe(false)
    // The chart (rendered per .kube-whoami.yaml): the finding is on the values.yaml line.
    const chart = at('runasnonroot-image-user-name', 'charts/api/values.yaml')
    expect(chart?.locations![0].physicalLocation!.region!.startLine).toBe(8)
    expect(chart?.relatedLocations?.map((l) => l.physicalLocation?.artifactLocation?.uri)).toEqual([
      'charts/api/templates/deployment.yaml',
      'services/api/Dockerfile',
    ])

    // Outputs agree with the SARIF.
    const counts = levels(res.sarif)
    expect(res.outputs).toMatchObject({
      findings: String(results.length),
      errors: String(counts.error),
      warnings: String(counts.warning),
      notes: String(counts.note),
      'sarif-id': SARIF_ID,
    })
    expect(counts.error).toBeGreaterThan(0)

    // The upload: the same SARIF, for the merge commit on the PR's merge ref.
    const [upload] = gh.calls('code-scanning/upload-sarif')
    expect(gh.calls('code-scanning/upload-sarif')).toHaveLength(1)
    const body = upload.body as Record<string, string>
    expect(body).toMatchObject({
      commit_sha: MERGE_SHA,
      ref: 'refs/pull/42/merge',
      tool_name: 'kube-whoami',
      checkout_uri: pathToFileURL(workspace).href + '/',
    })
    expect(Date.parse(body.started_at)).toBeGreaterThan(Date.now() - 600_000)
    expect(JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'))).toEqual(
      res.sarif,
    )
    expect(upload.path).toBe(`/repos/${REPO.owner}/${REPO.name}/code-scanning/sarifs`)
    // Waited for processing: pending, then complete.
    expect(gh.calls('code-scanning/get-sarif').length).toBe(2)

    // Annotations: repository paths, positions, titles; errors first; room kept for the failure.
    const privileged = res.annotations.find((a) =>
      a.data.startsWith('violates PodSecurity "baseline:latest": privileged'),
    )
    expect(privileged).toMatchObject({
      name: 'error',
      properties: { file: 'deploy/node-agent.yaml', line: '24', col: '13', endLine: '24' },
    })
    expect(privileged!.properties.title).toMatch(/\(pss-privileged\)$/)
    expect(privileged!.data).toContain(
      'https://github.com/kube-whoami/kube-whoami/blob/main/docs/rules/pss-privileged.md',
    )
    const findingAnnotations = res.annotations.filter((a) => a.properties.file)
    const order = findingAnnotations.map(
      (a) => ({ error: 0, warning: 1, notice: 2 })[a.name as 'error'],
    )
    expect(order).toEqual([...order].sort())
    const migrate = findingAnnotations.find((a) => a.properties.file === 'deploy/migrate.yaml')
    expect(migrate?.data).toMatch(/↳ services\/api\/Dockerfile:13: /)
    const last = res.commands.at(-1)!
    expect(last.name).toBe('error')
    expect(last.data).toMatch(/^kube-whoami: \d+ errors? at or above fail-on \(error\)/)

    // Job summary: verdict, totals, who runs as whom, links at the scanned commit, upload state.
    const s = res.summary
    expect(s).toMatch(/^## kube-whoami$/m)
    expect(s).toContain(`❌ **${counts.error} error`)
    expect(s).toContain(`| 🔴 Errors | ${counts.error} |`)
    expect(s).toContain('### Who runs as whom')
    expect(s).toMatch(
      /\[CronJob\/shop\/migrate\]\(https:\/\/github\.com\/acme\/shop\/blob\/[0-9a-f]{40}\/deploy\/migrate\.yaml#L\d+-L\d+\) \| `migrate` \| `ghcr\.io\/acme\/api:1\.8\.0` \| \[services\/api\/Dockerfile\]/,
    )
    expect(s).toMatch(/`0:0 \(root\)`.*\| ❌ refused: container has runAsNonRoot/)
    expect(s).toContain(
      `[24](https://github.com/acme/shop/blob/${MERGE_SHA}/deploy/node-agent.yaml#L24-L24)`,
    )
    expect(s).toContain(
      '[`pss-privileged`](https://github.com/kube-whoami/kube-whoami/blob/main/docs/rules/pss-privileged.md)',
    )
    expect(s).toContain(`Code scanning: uploaded and processed, id \`${SARIF_ID}\``)
    expect(s).toContain('security/code-scanning?query=pr%3A42%20tool%3Akube-whoami')
    expect(s).toContain('Configuration: `.kube-whoami.yaml`')
  })

  describe('fail-on decides the exit code, independently of severity', () => {
    const cases: Array<[string, string, string | undefined, number]> = [
      ['.', 'error', undefined, 1],
      ['.', 'warning', undefined, 1],
      ['.', 'note', undefined, 1],
      ['.', 'none', undefined, 0],
      // Warnings and notes only.
      ['deploy/worker.yaml', 'error', undefined, 0],
      ['deploy/worker.yaml', 'warning', undefined, 1],
      ['deploy/worker.yaml', 'note', undefined, 1],
      ['deploy/worker.yaml', 'none', undefined, 0],
      // Reported: nothing; failing: the warnings all the same.
      ['deploy/worker.yaml', 'warning', 'error', 1],
    ]
    it.each(cases)(
      'path %s, fail-on %s, severity %s: exit %i',
      async (path, failOn, severity, code) => {
        const res = await run({
          workspace: workspaceFrom(fixture),
          eventName: 'push',
          payload: pushEvent(openapi, {
            repo: REPO,
            ref: 'refs/heads/main',
            before: BASE_SHA,
            after: MERGE_SHA,
          }),
          ref: 'refs/heads/main',
          sha: MERGE_SHA,
          inputs: { path, 'fail-on': failOn, upload: 'false', ...(severity ? { severity } : {}) },
        })
        expect(res.code).toBe(code)
        if (code === 1)
          expect(res.commands.at(-1)!.data).toMatch(
            new RegExp(`at or above fail-on \\(${failOn}\\)`),
          )
        if (severity) {
          expect(res.outputs.findings).toBe('0')
          expect(res.commands.at(-1)!.data).toMatch(/below severity \(error\) and not reported/)
          expect(res.sarif!.runs[0].results).toEqual([])
        }
        if (path !== '.')
          expect(res.sarif!.runs[0].results!.every((r) => uri(r) === path)).toBe(true)
      },
    )
  })

  it('on a pull request from a fork: does not try to upload, still annotates and summarises', async () => {
    const gh = await github()
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'pull_request',
      payload: prPayload({ fork: true, sender: 'mallory' }),
      ref: 'refs/pull/42/merge',
      sha: MERGE_SHA,
      apiUrl: gh.url,
      env: { GITHUB_ACTOR: 'mallory' },
    })
    expect(gh.requests).toEqual([])
    expect(res.code).toBe(1)
    expect(res.outputs['sarif-id']).toBe('')
    expect(res.annotations.filter((a) => a.properties.file).length).toBeGreaterThan(0)
    expect(res.summary).toContain(
      'Code scanning: not uploaded, because pull requests from forks get a read-only token',
    )
    expect(res.annotations.filter((a) => a.name === 'warning' && !a.properties.file)).toEqual([])
  })

  it('for a Dependabot push: does not try to upload', async () => {
    const gh = await github()
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'push',
      payload: pushEvent(openapi, {
        repo: REPO,
        ref: 'refs/heads/dependabot/npm/x',
        before: BASE_SHA,
        after: MERGE_SHA,
        sender: 'dependabot[bot]',
      }),
      ref: 'refs/heads/dependabot/npm/x',
      sha: MERGE_SHA,
      apiUrl: gh.url,
      inputs: { 'fail-on': 'none' },
      env: { GITHUB_ACTOR: 'dependabot[bot]' },
    })
    expect(gh.requests).toEqual([])
    expect(res.code).toBe(0)
    expect(res.summary).toContain('Dependabot runs get a read-only token')
  })

  const refusals: Array<[string, { status: number; message?: string }, string, RegExp]> = [
    [
      'a private repository without code scanning (403)',
      {
        status: 403,
        message:
          'Code scanning is not enabled for this repository. Please enable code scanning in the repository settings.',
      },
      'auto',
      /code scanning is not enabled for this repository \(HTTP 403\).*set `upload: false`/,
    ],
    [
      'a token without security-events: write (403)',
      { status: 403, message: 'Resource not accessible by integration' },
      'true',
      /may not upload code scanning results.*`permissions: \{ contents: read, security-events: write \}`/,
    ],
    [
      'a repository the token cannot see (404)',
      { status: 404 },
      'auto',
      /not found for this token \(HTTP 404\)/,
    ],
    [
      'a report over the size limit (413)',
      { status: 413 },
      'true',
      /too large for code scanning.*job matrix/,
    ],
  ]
  it.each(refusals)(
    'falls back to annotations and the summary for %s',
    async (_, answer, upload, warning) => {
      const gh = await github({ upload: answer })
      const res = await run({
        workspace: workspaceFrom(fixture),
        eventName: 'push',
        payload: pushEvent(openapi, {
          repo: REPO,
          ref: 'refs/heads/main',
          before: BASE_SHA,
          after: MERGE_SHA,
        }),
        ref: 'refs/heads/main',
        sha: MERGE_SHA,
        apiUrl: gh.url,
        inputs: { upload, 'fail-on': 'none' },
      })
      expect(gh.problems).toEqual([])
      expect(gh.calls('code-scanning/upload-sarif')).toHaveLength(1)
      expect((gh.calls('code-scanning/upload-sarif')[0].body as { ref: string }).ref).toBe(
        'refs/heads/main',
      )
      expect(res.code).toBe(0)
      const warnings = res.annotations.filter((a) => a.name === 'warning' && !a.properties.file)
      expect(warnings).toHaveLength(1)
      expect(warnings[0].data).toMatch(warning)
      expect(warnings[0].data).toMatch(/the step does not fail for this/)
      expect(res.annotations.filter((a) => a.properties.file).length).toBeGreaterThan(0)
      expect(res.summary).toMatch(/Code scanning: not uploaded \(`upload: (auto|true)`\), because /)
      expect(res.outputs['sarif-id']).toBe('')
      expect(res.outputs.findings).toBe(String(res.sarif!.runs[0].results!.length))
    },
  )

  it('on a manual scan (workflow_dispatch) of one folder, with its own category', async () => {
    const gh = await github()
    const payload = workflowDispatchEvent(openapi, {
      repo: REPO,
      ref: 'refs/heads/main',
      inputs: { path: 'deploy', ref: '' },
    })
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'workflow_dispatch',
      payload,
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      apiUrl: gh.url,
      // As the README's workflow passes them: `${{ inputs.path || '.' }}`.
      inputs: {
        path: (payload.inputs as { path: string }).path,
        category: 'deploy',
        'wait-for-processing': 'false',
      },
    })
    expect(gh.problems).toEqual([])
    expect(res.code).toBe(1)
    expect(allSarifProblems(res.sarif!)).toEqual([])
    expect(res.sarif!.runs[0].automationDetails!.id).toBe('deploy/')
    expect(res.sarif!.runs[0].results!.every((r) => uri(r).startsWith('deploy/'))).toBe(true)
    const body = gh.calls('code-scanning/upload-sarif')[0].body as Record<string, string>
    expect(body).toMatchObject({ commit_sha: MERGE_SHA, ref: 'refs/heads/main' })
    expect(gh.calls('code-scanning/get-sarif')).toEqual([])
    expect(res.summary).toContain('Code scanning: uploaded, id')
  })

  it('on a manual scan of another ref: uploads for the commit checked out, on its branch', async () => {
    const gh = await github()
    const workspace = workspaceFrom(fixture)
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      }).trim()
    git('init', '-q', '-b', 'release-1.2')
    git('add', '-A')
    git('commit', '-q', '-m', 'fixture')
    const head = git('rev-parse', 'HEAD')
    const res = await run({
      workspace,
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent(openapi, {
        repo: REPO,
        ref: 'refs/heads/main',
        inputs: { path: '.', ref: 'release-1.2' },
      }),
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      apiUrl: gh.url,
      inputs: { 'fail-on': 'none', 'wait-for-processing': 'false' },
    })
    expect(gh.problems).toEqual([])
    expect(gh.calls('code-scanning/upload-sarif')[0].body).toMatchObject({
      commit_sha: head,
      ref: 'refs/heads/release-1.2',
    })
    expect(res.summary).toContain(
      `https://github.com/acme/shop/blob/${head}/deploy/node-agent.yaml#L24-L24`,
    )
  })

  it('with changed-files-only on a pull request: reports and fails only on changed files, SARIF keeps all', async () => {
    const gh = await github({
      pullFiles: [
        { filename: 'deploy/worker.yaml', status: 'modified' },
        { filename: 'README.md', status: 'modified' },
        { filename: 'deploy/node-agent.yaml', status: 'removed' },
      ],
    })
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'pull_request',
      payload: prPayload(),
      ref: 'refs/pull/42/merge',
      sha: MERGE_SHA,
      apiUrl: gh.url,
      inputs: { 'changed-files-only': 'true', upload: 'false' },
    })
    expect(gh.problems).toEqual([])
    const [list] = gh.calls('pulls/list-files')
    expect(list.path).toBe('/repos/acme/shop/pulls/42/files')
    expect(list.query.get('per_page')).toBe('100')
    // Only warnings and notes in deploy/worker.yaml: nothing fails.
    expect(res.code).toBe(0)
    expect(res.outputs.errors).toBe('0')
    const files = new Set(
      res.annotations.filter((a) => a.properties.file).map((a) => a.properties.file),
    )
    expect([...files]).toEqual(['deploy/worker.yaml'])
    expect(Number(res.outputs.findings)).toBe(
      res.sarif!.runs[0].results!.filter((r) => uri(r) === 'deploy/worker.yaml').length,
    )
    expect(res.sarif!.runs[0].results!.some((r) => uri(r) === 'deploy/node-agent.yaml')).toBe(true)
    expect(res.summary).toMatch(
      /Changed files only: 2 files changed \(from the pull request\); \d+ findings in other files are not reported/,
    )
    expect(res.summary).not.toContain('#### [deploy/node-agent.yaml]')
  })

  it('changed-files-only keeps a pod finding when the Dockerfile behind it changed', async () => {
    const gh = await github({
      pullFiles: [{ filename: 'services/api/Dockerfile', status: 'modified' }],
    })
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'pull_request',
      payload: prPayload(),
      ref: 'refs/pull/42/merge',
      sha: MERGE_SHA,
      apiUrl: gh.url,
      inputs: { 'changed-files-only': 'true', upload: 'false' },
    })
    const files = new Set(
      res.annotations.filter((a) => a.properties.file).map((a) => a.properties.file),
    )
    expect([...files].sort()).toEqual([
      'charts/api/values.yaml',
      'deploy/migrate.yaml',
      'services/api/Dockerfile',
    ])
    expect(res.code).toBe(1)
  })

  it('changed-files-only counts a change to a chart’s helpers as a change to the whole chart', async () => {
    const gh = await github({
      pullFiles: [{ filename: 'charts/api/templates/_helpers.tpl', status: 'modified' }],
    })
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'pull_request',
      payload: prPayload(),
      ref: 'refs/pull/42/merge',
      sha: MERGE_SHA,
      apiUrl: gh.url,
      inputs: { 'changed-files-only': 'true', upload: 'false' },
    })
    const files = new Set(
      res.annotations.filter((a) => a.properties.file).map((a) => a.properties.file),
    )
    expect([...files]).toEqual(['charts/api/values.yaml'])
    expect(res.code).toBe(1)
  })

  it('with a baseline: fails only on new findings, the accepted ones suppressed in the SARIF', async () => {
    const workspace = workspaceFrom(fixture)
    const written = await runCli(['baseline', '-o', 'ci/baseline.json'], workspace)
    expect(written.code).toBe(0)
    writeFileSync(
      join(workspace, 'deploy', 'new.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: new\nspec:\n  containers:\n    - name: c\n      image: registry.example/c:1\n      securityContext:\n        privileged: true\n',
    )
    const res = await run({
      workspace,
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      inputs: { baseline: 'ci/baseline.json', upload: 'false' },
    })
    expect(res.code).toBe(1)
    const files = new Set(
      res.annotations.filter((a) => a.properties.file).map((a) => a.properties.file),
    )
    expect([...files]).toEqual(['deploy/new.yaml'])
    const results = res.sarif!.runs[0].results!
    const accepted = results.filter((r) => r.suppressions?.length)
    expect(accepted.length).toBeGreaterThan(10)
    expect(accepted.every((r) => r.suppressions![0].kind === 'external')).toBe(true)
    expect(
      results.filter((r) => !r.suppressions?.length).every((r) => uri(r) === 'deploy/new.yaml'),
    ).toBe(true)
    expect(res.outputs.findings).toBe(String(results.length - accepted.length))
    expect(res.summary).toContain(`${accepted.length} findings accepted in the baseline`)
    expect(allSarifProblems(res.sarif!)).toEqual([])
  })

  it('shows the most severe annotations within GitHub limits and says how many were left out', async () => {
    const workspace = workspaceFrom(fixture)
    mkdirSync(join(workspace, 'many'))
    for (let i = 0; i < 14; i++) {
      writeFileSync(
        join(workspace, 'many', `pod-${String(i).padStart(2, '0')}.yaml`),
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  hostNetwork: true\n  containers:\n    - name: c\n      image: registry.example/c:1\n      securityContext:\n        privileged: true\n`,
      )
    }
    const res = await run({
      workspace,
      eventName: 'push',
      payload: pushEvent(openapi, {
        repo: REPO,
        ref: 'refs/heads/main',
        before: BASE_SHA,
        after: MERGE_SHA,
      }),
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      inputs: { upload: 'false' },
    })
    const counts = levels(res.sarif)
    expect(counts.error).toBeGreaterThan(30)
    const shown = (name: string) =>
      res.annotations.filter((a) => a.name === name && a.properties.file).length
    // One error slot is the step's own failure message.
    expect(shown('error')).toBe(9)
    expect(shown('warning')).toBe(Math.min(10, counts.warning))
    expect(res.commands.filter((c) => c.name === 'error')).toHaveLength(10)
    const hidden = `${counts.error - 9} errors`
    expect(res.stdout).toContain(`${hidden}`)
    expect(res.summary).toMatch(
      new RegExp(
        `Annotations: ${hidden}.* not shown as annotations: GitHub shows at most 10 annotations per level for a step`,
      ),
    )
    expect(allSarifProblems(res.sarif!)).toEqual([])
  })

  it('writes no annotations or summary when both are off, and still fails', async () => {
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'schedule',
      payload: { schedule: '0 4 * * 1' },
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      inputs: { annotations: 'false', summary: 'false', upload: 'false' },
    })
    expect(res.code).toBe(1)
    expect(res.annotations.map((a) => a.name)).toEqual(['error'])
    expect(res.summary).toBe('')
    expect(Number(res.outputs.errors)).toBeGreaterThan(0)
  })

  it('stops with a clear message on a bad input', async () => {
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      inputs: { 'fail-on': 'critical' },
    })
    expectCleanFailure(
      res,
      /^kube-whoami: input fail-on must be one of error, warning, note, none, not "critical"$/,
    )
    expect(res.outputs).toEqual({})
  })

  it('still reports everything when the SARIF file cannot be written, then fails', async () => {
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      inputs: {
        'sarif-file': 'deploy/node-agent.yaml/kw.sarif',
        'fail-on': 'none',
        upload: 'false',
      },
    })
    expectCleanFailure(
      res,
      /^kube-whoami: cannot write the SARIF report to deploy\/node-agent\.yaml\/kw\.sarif \(input sarif-file\): E[A-Z]+: /,
    )
    expect(res.annotations.filter((a) => a.properties.file).length).toBeGreaterThan(0)
    expect(res.summary).toContain('SARIF report: not written')
    expect(res.outputs['sarif-file']).toBe('')
  })

  it('points at the line of a configuration error', async () => {
    const workspace = workspaceFrom(fixture)
    writeFileSync(
      join(workspace, '.kube-whoami.yaml'),
      'pss:\n  levle: baseline\nexclude: vendor\n',
    )
    const res = await run({ workspace, eventName: 'push', ref: 'refs/heads/main', sha: MERGE_SHA })
    expect(res.code).toBe(1)
    // Every problem at once, each on its line.
    const [first, second] = res.annotations.filter((a) => a.properties.file)
    expect(first).toMatchObject({
      name: 'error',
      properties: { file: '.kube-whoami.yaml', line: '2', col: '3' },
    })
    expect(first.data).toMatch(/unknown key "pss.levle" \(did you mean "level"\?\)/)
    expect(second).toMatchObject({ properties: { file: '.kube-whoami.yaml', line: '3' } })
    expect(second.data).toMatch(/exclude must be a list/)
    // And in the job summary, where a reviewer looks first.
    expect(res.summary).toContain('## kube-whoami: configuration error')
    expect(res.summary).toContain(
      '- `.kube-whoami.yaml:2:3`: unknown key "pss.levle" (did you mean "level"?)',
    )
  })

  it('stops with a clear message when the path does not exist', async () => {
    const res = await run({
      workspace: workspaceFrom(fixture),
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: MERGE_SHA,
      inputs: { path: 'charts/missing' },
    })
    expectCleanFailure(
      res,
      /^kube-whoami: input path: charts\/missing does not exist in the workspace$/,
    )
  })
})
