/**
 * Whether to upload to code scanning, and as which commit and ref. `upload: auto` uploads
 * only when the token can: not on pull requests from forks or Dependabot runs (read-only
 * tokens) and not without a token; a 403/404 answer then means "not here" rather than an error.
 */
import type { Checkout } from './checkout.js'
import { readOnlyTokenReason, type RunContext } from './event.js'
import type { UploadMode } from './inputs.js'

export type UploadPlan =
  { upload: true; ref: string; sha: string; notes: string[] } | { upload: false; reason: string }

export function planUpload(
  mode: UploadMode,
  ctx: RunContext,
  checkout: Checkout,
  token: string | undefined,
): UploadPlan {
  if (mode === 'false') return { upload: false, reason: 'upload is off (`upload: false`)' }
  if (!ctx.owner || !ctx.repo) return { upload: false, reason: 'GITHUB_REPOSITORY is not set' }
  if (!token) return { upload: false, reason: 'there is no token (input `token`)' }
  if (mode === 'auto') {
    const readOnly = readOnlyTokenReason(ctx)
    if (readOnly)
      return { upload: false, reason: `${readOnly}, which cannot upload to code scanning` }
  }
  const target = uploadTarget(ctx, checkout)
  if (!target)
    return {
      upload: false,
      reason: 'the commit and ref to upload for are unknown (GITHUB_SHA, GITHUB_REF)',
    }
  return { upload: true, ...target }
}

/**
 * The scanned commit and a full ref for it. On a pull request GitHub wants the PR's ref:
 * `refs/pull/N/merge` for the merge commit the runner checks out, `refs/pull/N/head` when
 * the workflow checked out the head. A manual scan of another ref is uploaded as the commit
 * actually checked out, on the branch HEAD is on when there is one.
 */
export function uploadTarget(
  ctx: RunContext,
  checkout: Checkout,
): { ref: string; sha: string; notes: string[] } | undefined {
  const notes: string[] = []
  const sha = checkout.head ?? ctx.sha
  if (!sha) return undefined
  const pr = ctx.pullRequest
  if (pr && ctx.eventName !== 'pull_request_target') {
    if (sha === pr.headSha) return { ref: `refs/pull/${pr.number}/head`, sha, notes }
    return { ref: `refs/pull/${pr.number}/merge`, sha, notes }
  }
  let ref = ctx.ref
  if (ctx.sha && sha !== ctx.sha) {
    if (checkout.headRef) ref = checkout.headRef
    notes.push(
      `the checked-out commit ${sha.slice(0, 12)} is not GITHUB_SHA ${ctx.sha.slice(0, 12)}; uploading for ${sha.slice(0, 12)} on ${ref ?? 'an unknown ref'}`,
    )
  }
  if (!ref) return undefined
  if (!ref.startsWith('refs/')) ref = `refs/heads/${ref}`
  return { ref, sha, notes }
}
