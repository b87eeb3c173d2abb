/**
 * The GitHub Action: inputs -> the same scan() as the CLI -> SARIF file, code scanning
 * upload, log, annotations, job summary and outputs -> pass or fail. Every report is written
 * before the step is failed, so a failing step always shows why.
 */
import { appendFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as core from '@actions/core'
import { ConfigError } from '../config/errors.js'
import { type Finding, type Level, LEVEL_ORDER } from '../core/finding.js'
import { TOOL_NAME } from '../core/project.js'
import { atOrAbove, countByLevel } from '../report/filter.js'
import { planAnnotations, hiddenAnnotationsText } from '../report/github/annotations.js'
import { stopCommandsToken, workflowCommand } from '../report/github/commands.js'
import { code, link, plural } from '../report/github/markdown.js'
import { renderSummary, STEP_SUMMARY_LIMIT } from '../report/github/summary.js'
import { uploadSarif, type UploadOutcome } from '../report/github/upload.js'
import { identitiesTable } from '../report/identities.js'
import { toSarif } from '../report/sarif.js'
import { toText } from '../report/text.js'
import { scan } from '../scan.js'
import { changedFilter, listChangedFiles } from './changed.js'
import { inspectCheckout, layoutScan, type ScanLayout } from './checkout.js'
import { readRunContext, type RunContext } from './event.js'
import { githubApis } from './github-api.js'
import { InputError, readInputs } from './inputs.js'
import { resolveOptions } from './options.js'
import { planUpload } from './publish.js'

const ISSUES_URL = 'https://github.com/kube-whoami/kube-whoami/issues'
/** How long to wait for code scanning to process an upload. */
const PROCESSING_TIMEOUT_MS = 120_000

type Env = Record<string, string | undefined>

export async function run(env: Env = process.env): Promise<void> {
  let layout: ScanLayout | undefined
  try {
    await runAction(env, (l) => (layout = l))
  } catch (e) {
    if (e instanceof ConfigError) {
      const file = e.range && layout?.repoPath(e.range.file)
      if (e.range && file) {
        core.error(e.message, {
          title: 'kube-whoami: configuration error',
          file,
          startLine: e.range.startLine,
          startColumn: e.range.startColumn,
        })
        process.exitCode = core.ExitCode.Failure
      } else {
        core.setFailed(`kube-whoami: configuration error: ${e.message}`)
      }
    } else if (e instanceof InputError) {
      core.setFailed(`kube-whoami: ${e.message}`)
    } else {
      const err = e instanceof Error ? e : new Error(String(e))
      core.info(`Internal error details:\n${err.stack ?? err.message}`)
      core.setFailed(
        `kube-whoami stopped on an internal error: ${err.message}. Please report it at ${ISSUES_URL} with the step log.`,
      )
    }
  }
}

async function runAction(env: Env, onLayout: (layout: ScanLayout) => void): Promise<void> {
  const startedAt = new Date()
  const inputs = readInputs((name) => core.getInput(name))
  if (inputs.token) core.setSecret(inputs.token)
  const ctx = readRunContext(env)
  const warnings = new WarningCounter()
  for (const p of ctx.problems) warnings.warn(p)

  const checkout = inspectCheckout(ctx.workspace)
  const layout = layoutScan(ctx.workspace, checkout.repoRoot, inputs.paths)
  onLayout(layout)
  const options = resolveOptions(inputs, layout, ctx.workspace, ctx)
  if (options.configFile) core.info(`Configuration: ${options.configFile}`)
  if (options.baseline)
    warnings.warn(
      `input baseline: this version of kube-whoami cannot apply baselines yet; ${inputs.baseline} was not used.`,
    )
  if (inputs.failOn !== 'none' && rank(inputs.failOn) < rank(inputs.severity))
    core.info(
      `Note: fail-on (${inputs.failOn}) is below severity (${inputs.severity}): the step can fail on findings that are not reported.`,
    )

  const result = await scan(options.scan)
  const ruleTitle = new Map(result.rules.map((r) => [r.id, r.meta.title]))
  const ruleScore = new Map(result.rules.map((r) => [r.id, r.meta.securitySeverity]))
  const suppressed = result.findings.filter((f) => f.suppression)
  const atSeverity = atOrAbove(result.findings, inputs.severity)

  const apis = inputs.token ? githubApis(inputs.token, ctx.apiUrl) : undefined
  const delivery: string[] = []

  // Changed files only: what the step reports and fails on, never what the SARIF holds.
  let keep: (f: Finding) => boolean = () => true
  if (inputs.changedFilesOnly) {
    if (!ctx.pullRequest) {
      core.info(
        'changed-files-only: this run is not for a pull request; every finding is reported.',
      )
    } else {
      const { changed, problems } = await listChangedFiles(
        ctx.pullRequest,
        { owner: ctx.owner, repo: ctx.repo, root: checkout.repoRoot },
        apis?.pulls,
      )
      if (changed) {
        for (const p of problems) core.info(`changed-files-only: ${p}`)
        const charts = result.discovery.charts
          .map((c) => (c === '.' ? layout.repoPath('') : layout.repoPath(c)))
          .filter((c): c is string => c !== undefined)
        keep = changedFilter(changed.files, charts, layout.repoPath)
        const outside = atSeverity.filter((f) => !keep(f)).length
        const text = `Changed files only: ${plural(changed.files.size, 'file')} changed (from ${changed.source}); ${plural(outside, 'finding')} in other files ${outside === 1 ? 'is' : 'are'} not reported and cannot fail the step.`
        core.info(text)
        delivery.push(text)
      } else {
        warnings.warn(
          `changed-files-only: ${problems.join('; ')}. Reporting findings in every file. Give the job \`pull-requests: read\`, or check out with \`fetch-depth: 2\`.`,
        )
      }
    }
  }
  const reported = atSeverity.filter(keep)
  const failing =
    inputs.failOn === 'none' ? [] : atOrAbove(result.findings, inputs.failOn).filter(keep)

  // SARIF: everything at or above `severity`, suppressed findings marked as such.
  const sarif = toSarif(atSeverity.concat(suppressed), result.rules, result.notices, {
    category: inputs.category,
    root: layout.scanRoot,
  })
  const sarifPath = resolve(ctx.workspace, inputs.sarifFile)
  mkdirSync(dirname(sarifPath), { recursive: true })
  writeFileSync(sarifPath, JSON.stringify(sarif, null, 2) + '\n')
  const sarifOutput = workspacePath(ctx.workspace, sarifPath)
  core.info(
    `SARIF report written to ${sarifOutput} (${plural(sarif.runs[0].results?.length ?? 0, 'result')}).`,
  )

  const uploaded = await upload(inputs, ctx, checkout, apis, sarif, startedAt, warnings)
  delivery.unshift(uploadLine(uploaded, ctx, inputs.upload))

  printReport(result.identities, reported, result.notices)

  if (inputs.annotations) {
    const willFail = failing.length > 0
    const plan = planAnnotations(reported, {
      repoPath: layout.repoPath,
      ruleTitle: (id) => ruleTitle.get(id),
      priority: (f) => ruleScore.get(f.ruleId) ?? 0,
      reserved: { error: willFail ? 1 : 0, warning: warnings.count },
    })
    for (const line of plan.lines) process.stdout.write(line + '\n')
    const hidden = hiddenAnnotationsText(plan)
    if (hidden) {
      core.info(`${hidden} Every finding is in the job summary and in ${sarifOutput}.`)
      delivery.push(`Annotations: ${hidden}`)
    } else if (reported.length) {
      delivery.push(`Annotations: all ${plural(reported.length, 'finding')} shown.`)
    }
  } else {
    delivery.push('Annotations: off (`annotations: false`).')
  }
  delivery.push(`SARIF report: ${code(sarifOutput)}.`)
  if (options.configFile) delivery.push(`Configuration: ${code(options.configFile)}.`)

  const summaryFile = env.GITHUB_STEP_SUMMARY
  if (inputs.summary && summaryFile) {
    writeSummary(summaryFile, () =>
      renderSummary(
        {
          findings: reported,
          ruleTitle: (id) => ruleTitle.get(id),
          identities: result.identities,
          notices: result.notices,
          outcome: { failOn: inputs.failOn, failing: failing.length },
          policy: `${options.pss.level}:${options.pss.label}`,
          stats: result.stats,
          delivery,
          repoPath: layout.repoPath,
          links: {
            lines: (file, start, end) => blobUrl(ctx, checkout.head ?? ctx.sha, file, start, end),
          },
          sarifFile: sarifOutput,
        },
        summaryBudget(summaryFile),
      ),
    )
  }

  const counts = countByLevel(reported)
  core.setOutput('sarif-file', sarifOutput)
  core.setOutput('findings', String(reported.length))
  core.setOutput('errors', String(counts.error))
  core.setOutput('warnings', String(counts.warning))
  core.setOutput('notes', String(counts.note))
  core.setOutput('sarif-id', uploaded?.status === 'uploaded' ? uploaded.id : '')

  if (failing.length) {
    const byLevel = countByLevel(failing)
    const parts = (['error', 'warning', 'note'] as const)
      .filter((l) => byLevel[l])
      .map((l) => plural(byLevel[l], l))
    const unreported = failing.filter((f) => rank(f.level) < rank(inputs.severity)).length
    core.setFailed(
      `kube-whoami: ${parts.join(', ')} at or above fail-on (${inputs.failOn}).` +
        (unreported
          ? ` ${unreported} of them are below severity (${inputs.severity}) and not reported.`
          : '') +
        ' See the annotations and the job summary.',
    )
  }
}

/** Counts warning annotations this step issues itself, which share GitHub's per-level limit with findings. */
class WarningCounter {
  count = 0
  warn(message: string): void {
    this.count++
    core.warning(message, { title: 'kube-whoami' })
  }
}

async function upload(
  inputs: ReturnType<typeof readInputs>,
  ctx: RunContext,
  checkout: ReturnType<typeof inspectCheckout>,
  apis: ReturnType<typeof githubApis> | undefined,
  sarif: ReturnType<typeof toSarif>,
  startedAt: Date,
  warnings: WarningCounter,
): Promise<UploadOutcome | { status: 'skipped'; reason: string }> {
  const plan = planUpload(inputs.upload, ctx, checkout, inputs.token)
  if (!plan.upload) {
    if (inputs.upload === 'true') warnings.warn(`Code scanning upload skipped: ${plan.reason}.`)
    else core.info(`Code scanning upload skipped: ${plan.reason}.`)
    return { status: 'skipped', reason: plan.reason }
  }
  for (const n of plan.notes) core.info(n)
  core.info(`Uploading to code scanning for ${plan.sha} (${plan.ref})...`)
  const outcome = await uploadSarif(
    apis!.codeScanning,
    {
      owner: ctx.owner!,
      repo: ctx.repo!,
      commitSha: plan.sha,
      ref: plan.ref,
      log: sarif,
      checkoutUri: fileUri(checkout.repoRoot),
      startedAt,
      toolName: TOOL_NAME,
    },
    {
      fork: ctx.pullRequest?.fromFork && ctx.eventName !== 'pull_request_target',
      dependabot: ctx.dependabot,
    },
    inputs.waitForProcessing ? { timeoutMs: PROCESSING_TIMEOUT_MS } : undefined,
  )
  if (outcome.status === 'failed') {
    warnings.warn(
      `Code scanning upload failed: ${outcome.reason} ${outcome.fix} The findings are in the annotations and the job summary; the step does not fail for this.`,
    )
    return outcome
  }
  core.info(`Uploaded to code scanning: id ${outcome.id}.`)
  if (outcome.dropped)
    warnings.warn(
      `Code scanning accepts ${plural(25_000, 'result')} per run: the ${plural(outcome.dropped, 'least severe result')} were left out of the upload (the SARIF file keeps them).`,
    )
  if (outcome.processing === 'failed')
    warnings.warn(
      `Code scanning could not process the upload: ${(outcome.errors ?? []).join('; ') || 'no reason given'}. Please report this at ${ISSUES_URL}.`,
    )
  else if (outcome.processing) core.info(`Code scanning processing: ${outcome.processing}.`)
  return outcome
}

function uploadLine(
  outcome: UploadOutcome | { status: 'skipped'; reason: string },
  ctx: RunContext,
  mode: string,
): string {
  if (outcome.status === 'skipped') return `Code scanning: not uploaded, because ${outcome.reason}.`
  if (outcome.status === 'failed')
    return `Code scanning: not uploaded (\`upload: ${mode}\`), because ${outcome.reason} ${outcome.fix}`
  const query = ctx.pullRequest
    ? `pr:${ctx.pullRequest.number} tool:${TOOL_NAME}`
    : `tool:${TOOL_NAME}`
  const alerts =
    ctx.repository &&
    `${ctx.serverUrl}/${ctx.repository}/security/code-scanning?query=${encodeURIComponent(query)}`
  const state =
    outcome.processing === 'complete'
      ? ' and processed'
      : outcome.processing
        ? ` (processing: ${outcome.processing})`
        : ''
  return `Code scanning: uploaded${state}, id ${code(outcome.id)}: ${link('view the alerts', alerts)}.`
}

/** The findings as text in the log, where nothing from the repository can act as a command. */
function printReport(
  identities: Parameters<typeof identitiesTable>[0],
  reported: readonly Finding[],
  notices: Parameters<typeof toText>[1],
): void {
  const token = stopCommandsToken()
  core.startGroup(`kube-whoami: ${plural(reported.length, 'finding')}`)
  process.stdout.write(workflowCommand('stop-commands', [], token) + '\n')
  process.stdout.write(
    identitiesTable(identities) + toText(reported, notices, { color: true, links: true }),
  )
  process.stdout.write(`::${token}::\n`)
  core.endGroup()
}

/** A link to lines of a file at the scanned commit. */
function blobUrl(
  ctx: RunContext,
  sha: string | undefined,
  file: string,
  start?: number,
  end?: number,
): string | undefined {
  if (!ctx.repository || !sha) return undefined
  const path = file.split('/').map(encodeURIComponent).join('/')
  const anchor = start ? `#L${start}-L${end ?? start}` : ''
  return `${ctx.serverUrl}/${ctx.repository}/blob/${sha}/${path}${anchor}`
}

function summaryBudget(file: string): number {
  let used = 0
  try {
    used = statSync(file).size
  } catch {
    // A missing file is created by the append.
  }
  return Math.max(0, STEP_SUMMARY_LIMIT - used - 4096)
}

function writeSummary(file: string, render: () => string): void {
  try {
    const text = render()
    if (text) appendFileSync(file, text + '\n')
  } catch (e) {
    core.warning(`The job summary could not be written: ${(e as Error).message}`)
  }
}

function workspacePath(workspace: string, abs: string): string {
  const rel = relative(workspace, abs)
  if (rel.startsWith('..') || isAbsolute(rel)) return abs
  return sep === '/' ? rel : rel.split(sep).join('/')
}

function fileUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : href + '/'
}

function rank(level: Level): number {
  return LEVEL_ORDER[level]
}
