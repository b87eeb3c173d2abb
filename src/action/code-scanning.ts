/**
 * The code scanning part of a run: decide, upload, wait, and say what happened in the log
 * (one warning at most when the upload cannot happen) and in one line of the job summary.
 */
import * as core from '@actions/core'
import { REPOSITORY_URL, TOOL_NAME } from '../core/project.js'
import { code, link, plural } from '../report/github/markdown.js'
import type { toSarif } from '../report/sarif.js'
import { uploadSarif, type UploadOutcome } from '../report/github/upload.js'
import type { Checkout } from './checkout.js'
import type { RunContext } from './event.js'
import type { githubApis } from './github-api.js'
import type { ActionInputs } from './inputs.js'
import { fileUri } from './paths.js'
import { planUpload } from './publish.js'
import type { WarningCounter } from './warnings.js'

const ISSUES_URL = `${REPOSITORY_URL}/issues`
/** How long to wait for code scanning to process an upload. */
const PROCESSING_TIMEOUT_MS = 120_000

export type UploadResult = UploadOutcome | { status: 'skipped'; reason: string }

export async function uploadStep(
  inputs: ActionInputs,
  ctx: RunContext,
  checkout: Checkout,
  apis: ReturnType<typeof githubApis> | undefined,
  sarif: ReturnType<typeof toSarif>,
  startedAt: Date,
  warnings: WarningCounter,
): Promise<UploadResult> {
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

export function uploadLine(outcome: UploadResult, ctx: RunContext, mode: string): string {
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
