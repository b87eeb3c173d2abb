/**
 * The GitHub Action: inputs -> the same scan() as the CLI -> SARIF file, code scanning
 * upload, log, annotations, job summary and outputs -> pass or fail. Every report is written
 * before the step is failed, so a failing step always shows why.
 */
import { appendFileSync, mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import * as actionsCache from '@actions/cache'
import * as core from '@actions/core'
import { REPOSITORY_URL } from '../core/project.js'
import { ConfigError, formatProblem } from '../config/errors.js'
import { type Finding, type Level, LEVEL_ORDER } from '../core/finding.js'
import { atOrAbove, countByLevel } from '../report/filter.js'
import { failingFindings } from '../report/severity.js'
import { planAnnotations, hiddenAnnotationsText } from '../report/github/annotations.js'
import { stopCommandsToken, workflowCommand } from '../report/github/commands.js'
import { code, md, plural } from '../report/github/markdown.js'
import { renderSummary, STEP_SUMMARY_LIMIT } from '../report/github/summary.js'
import { identitiesTable } from '../report/identities.js'
import { toSarif } from '../report/sarif.js'
import { toText } from '../report/text.js'
import { scan } from '../scan.js'
import { changedFilter, listChangedFiles } from './changed.js'
import { inspectCheckout, layoutScan, type ScanLayout } from './checkout.js'
import { uploadLine, uploadStep } from './code-scanning.js'
import { readRunContext } from './event.js'
import { githubApis } from './github-api.js'
import { InputError, readInputs } from './inputs.js'
import { resolveOptions } from './options.js'
import { logGroups } from './progress.js'
import { blobUrl, workspaceFile, workspacePath, writeReplacing } from './paths.js'
import { WarningCounter } from './warnings.js'
import { cacheKey, restoreLookupCache, saveLookupCache } from './registry-cache.js'
import { DEFAULT_PLATFORM, defaultCacheDir } from '../registry/index.js'
import { type Scrub, secretScrubber } from './secrets.js'

const ISSUES_URL = `${REPOSITORY_URL}/issues`

type Env = Record<string, string | undefined>

export async function run(env: Env = process.env): Promise<void> {
  let layout: ScanLayout | undefined
  try {
    await runAction(env, (l) => (layout = l))
  } catch (e) {
    if (e instanceof ConfigError) {
      reportConfigError(e, layout, env)
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
  const scrub = secretScrubber([inputs.token, inputs.registryToken])
  const ctx = readRunContext(env)
  const warnings = new WarningCounter()
  for (const p of ctx.problems) warnings.warn(p)

  const checkout = inspectCheckout(ctx.workspace, resolve(ctx.workspace, inputs.paths[0]))
  const layout = layoutScan(ctx.workspace, checkout.repoRoot, inputs.paths)
  onLayout(layout)
  const options = await resolveOptions(inputs, layout, ctx.workspace, ctx, env)
  if (options.configFile) core.info(`Configuration: ${options.configFile}`)
  if (inputs.failOn !== 'none' && rank(inputs.failOn) < rank(inputs.severity))
    core.info(
      `Note: fail-on (${inputs.failOn}) is below severity (${inputs.severity}): the step can fail on findings that are not reported.`,
    )

  // The lookup cache of earlier runs, so a re-run asks no registry.
  const cacheDir = defaultCacheDir(env)
  const restoredKey = options.scan.registry
    ? await restoreLookupCache(actionsCache, cacheDir, (l) => core.info(l))
    : undefined
  const result = await scan({ ...options.scan, onProgress: logGroups() })
  if (result.registry) {
    core.info(`Registry lookups: ${result.registry.summary}`)
    if (!options.scan.registry?.offline && result.registry.refs.length)
      await saveLookupCache(
        actionsCache,
        cacheDir,
        cacheKey(
          result.registry.refs,
          options.scan.registry?.platform ?? DEFAULT_PLATFORM,
          startedAt,
        ),
        restoredKey,
        (l) => core.info(l),
      )
  }
  const rules = new Map(result.rules.map((r) => [r.id, r.meta]))
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
  const failing = failingFindings(result.findings, inputs.failOn).filter(keep)

  // SARIF: everything at or above `severity`, suppressed findings marked as such.
  const sarifText = scrub(
    JSON.stringify(
      toSarif(atSeverity.concat(suppressed), result.rules, result.notices, {
        category: inputs.category,
        root: layout.scanRoot,
      }),
      null,
      2,
    ),
  )
  const sarif = JSON.parse(sarifText) as ReturnType<typeof toSarif>
  const sarifPath = workspaceFile(ctx.workspace, inputs.sarifFile, 'sarif-file', { output: true })
  const sarifOutput = workspacePath(ctx.workspace, sarifPath)
  // A report that cannot be written fails the step, but only after every other report.
  let sarifError: string | undefined
  try {
    mkdirSync(dirname(sarifPath), { recursive: true })
    writeReplacing(sarifPath, sarifText + '\n')
    core.info(
      `SARIF report written to ${sarifOutput} (${plural(sarif.runs[0].results?.length ?? 0, 'result')}).`,
    )
  } catch (e) {
    sarifError = `kube-whoami: cannot write the SARIF report to ${sarifOutput} (input sarif-file): ${(e as Error).message}`
  }

  const uploaded = await uploadStep(inputs, ctx, checkout, apis, sarif, startedAt, warnings)
  delivery.unshift(uploadLine(uploaded, ctx, inputs.upload))

  // Suppressed findings are counted apart in the text report (inline, config, baseline).
  printReport(
    result.identities,
    reported.concat(suppressed.filter(keep)),
    result.notices,
    (id) => rules.get(id)?.securitySeverity ?? 0,
    scrub,
  )

  if (inputs.annotations) {
    const ownErrors = (failing.length > 0 ? 1 : 0) + (sarifError ? 1 : 0)
    const plan = planAnnotations(reported, {
      repoPath: layout.repoPath,
      ruleTitle: (id) => rules.get(id)?.title,
      severity: (id) => rules.get(id)?.securitySeverity ?? 0,
      reserved: { error: ownErrors, warning: warnings.count },
    })
    for (const line of plan.lines) process.stdout.write(scrub(line) + '\n')
    const hidden = hiddenAnnotationsText(plan)
    if (hidden) {
      core.info(
        `${hidden} Every finding is in ${sarifOutput} and, as far as it fits, in the job summary.`,
      )
      delivery.push(`Annotations: ${hidden}`)
    } else if (reported.length) {
      delivery.push(`Annotations: all ${plural(reported.length, 'finding')} shown.`)
    }
  } else {
    delivery.push('Annotations: off (`annotations: false`).')
  }
  delivery.push(
    sarifError
      ? `SARIF report: not written (${md(sarifError)}).`
      : `SARIF report: ${code(sarifOutput)}.`,
  )
  if (options.configFile) delivery.push(`Configuration: ${code(options.configFile)}.`)

  const summaryFile = env.GITHUB_STEP_SUMMARY
  if (inputs.summary && summaryFile) {
    writeSummary(summaryFile, () =>
      scrub(
        renderSummary(
          {
            findings: reported,
            suppressed: suppressed.filter(keep),
            rule: (id) => rules.get(id),
            identities: result.identities,
            notices: result.notices,
            outcome: { failOn: inputs.failOn, failing: countByLevel(failing) },
            policy: `${result.settings.pss.level}:${result.settings.pss.label}`,
            stats: result.stats,
            delivery,
            repoPath: layout.repoPath,
            links: {
              lines: (file, start, end) => blobUrl(ctx, checkout.head ?? ctx.sha, file, start, end),
            },
            ...(sarifError ? {} : { sarifFile: sarifOutput }),
          },
          summaryBudget(summaryFile),
        ),
      ),
    )
  }

  const counts = countByLevel(reported)
  setOutputs({
    'sarif-file': sarifError ? '' : sarifOutput,
    findings: String(reported.length),
    errors: String(counts.error),
    warnings: String(counts.warning),
    notes: String(counts.note),
    'sarif-id': uploaded?.status === 'uploaded' ? uploaded.id : '',
  })

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
  if (sarifError) core.setFailed(sarifError)
}

/**
 * A configuration error stops the step before anything is scanned: every problem is an error
 * annotation on its line (or a log error), and the job summary says what to fix, since the
 * summary is where a reviewer looks first.
 */
function reportConfigError(e: ConfigError, layout: ScanLayout | undefined, env: Env): void {
  const lines: string[] = []
  for (const p of e.problems) {
    const file = p.range && layout?.repoPath(p.range.file)
    const where = p.range
      ? `${file ?? p.range.file}:${p.range.startLine}:${p.range.startColumn}`
      : ''
    lines.push(where ? `${code(where)}: ${md(p.message)}` : md(p.message))
    if (p.range && file) {
      core.error(p.message, {
        title: 'kube-whoami: configuration error',
        file,
        startLine: p.range.startLine,
        startColumn: p.range.startColumn,
      })
    } else {
      core.error(`kube-whoami: ${formatProblem(p)}`)
    }
  }
  const n = e.problems.length
  core.setFailed(
    `kube-whoami: the configuration has ${plural(n, 'problem')}; nothing was scanned. Fix ${n === 1 ? 'it' : 'them'} and re-run.`,
  )
  const summaryFile = env.GITHUB_STEP_SUMMARY
  if (summaryFile && core.getInput('summary') !== 'false') {
    writeSummary(summaryFile, () =>
      [
        '## kube-whoami: configuration error',
        '',
        `Nothing was scanned: the configuration has ${plural(n, 'problem')}.`,
        '',
        ...lines.map((l) => `- ${l}`),
      ].join('\n'),
    )
  }
}

/** The findings as text in the log, where nothing from the repository can act as a command. */
function printReport(
  identities: Parameters<typeof identitiesTable>[0],
  reported: readonly Finding[],
  notices: Parameters<typeof toText>[1],
  severity: (ruleId: string) => number,
  scrub: Scrub,
): void {
  const token = stopCommandsToken()
  core.startGroup(
    `kube-whoami: ${plural(reported.filter((f) => !f.suppression).length, 'finding')}`,
  )
  process.stdout.write(workflowCommand('stop-commands', [], token) + '\n')
  process.stdout.write(
    // The log is folded and searched: every finding in full, not the summary.
    scrub(
      identitiesTable(identities) +
        toText(reported, notices, { color: true, verbose: true, severity }),
    ),
  )
  process.stdout.write(`::${token}::\n`)
  core.endGroup()
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

/**
 * The step's outputs. GITHUB_OUTPUT is the runner's file; when it cannot be written (a folder,
 * a full disk) the reports are already out, so that is a warning, not a crash.
 */
function setOutputs(outputs: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'EISDIR' ? 'it is a folder' : (e as Error).message
    core.warning(
      `The step outputs (findings, errors, sarif-file, …) could not be written to GITHUB_OUTPUT (${process.env.GITHUB_OUTPUT ?? ''}): ${why}.`,
    )
  }
}

function rank(level: Level): number {
  return LEVEL_ORDER[level]
}
