/**
 * Uploading SARIF to GitHub code scanning through the REST API
 * (`POST /repos/{owner}/{repo}/code-scanning/sarifs`), optionally waiting for GitHub to
 * process it, and turning every way it can fail into a reason and a fix. An upload that
 * cannot happen (no code scanning, a fork's read-only token, a missing permission, a file
 * too large) is never an error of the scan: the caller falls back to annotations and the
 * job summary.
 */
import { gzipSync } from 'node:zlib'
import type * as Sarif from 'sarif'
import { LEVEL_ORDER, type Level } from '../../core/finding.js'

/** GitHub's limit on the gzip-compressed SARIF of one upload. */
export const MAX_UPLOAD_GZIP_BYTES = 10 * 1024 * 1024
/** Results per run GitHub accepts; a run with more is rejected whole. */
export const MAX_RESULTS_PER_RUN = 25_000

export interface UploadSarifParams {
  owner: string
  repo: string
  commit_sha: string
  ref: string
  sarif: string
  checkout_uri?: string
  started_at?: string
  tool_name?: string
}

export interface SarifStatus {
  processing_status?: 'pending' | 'complete' | 'failed' | string
  analyses_url?: string | null
  errors?: readonly string[] | null
}

/** The two code scanning endpoints, so tests can stand in for GitHub. Errors carry `status`. */
export interface CodeScanningApi {
  uploadSarif(params: UploadSarifParams): Promise<{ id?: string; url?: string }>
  getSarif(params: { owner: string; repo: string; sarif_id: string }): Promise<SarifStatus>
}

export interface UploadRequest {
  owner: string
  repo: string
  commitSha: string
  ref: string
  log: Sarif.Log
  checkoutUri?: string
  startedAt?: Date
  toolName: string
}

export interface UploadContext {
  /** The run is for a pull request from a fork (read-only token). */
  fork?: boolean
  /** The run was triggered by Dependabot (read-only token). */
  dependabot?: boolean
}

export interface WaitOptions {
  /** Stop polling after this long; the upload itself still stands. */
  timeoutMs: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export type UploadOutcome =
  | {
      status: 'uploaded'
      id: string
      url?: string
      /** After waiting: `complete`, `failed`, or `pending` when the wait ran out. */
      processing?: string
      errors?: readonly string[]
      analysesUrl?: string
      /** Results left out to stay within GitHub's limits. */
      dropped: number
    }
  | { status: 'failed'; httpStatus?: number; reason: string; fix: string; unavailable: boolean }

export function encodeSarif(log: Sarif.Log): string {
  return gzipSync(Buffer.from(JSON.stringify(log), 'utf8')).toString('base64')
}

/**
 * Keeps the most severe results when a run has more than GitHub accepts, since a run over
 * the limit is rejected whole. The SARIF file on disk keeps everything.
 */
export function limitResults(
  log: Sarif.Log,
  max = MAX_RESULTS_PER_RUN,
): { log: Sarif.Log; dropped: number } {
  let dropped = 0
  const runs = log.runs.map((run) => {
    const results = run.results ?? []
    if (results.length <= max) return run
    dropped += results.length - max
    const rank = (r: Sarif.Result) => LEVEL_ORDER[(r.level ?? 'warning') as Level] ?? 0
    const kept = results
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(b.r) - rank(a.r) || a.i - b.i)
      .slice(0, max)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.r)
    return { ...run, results: kept }
  })
  return { log: { ...log, runs }, dropped }
}

export async function uploadSarif(
  api: CodeScanningApi,
  req: UploadRequest,
  context: UploadContext = {},
  wait?: WaitOptions,
): Promise<UploadOutcome> {
  const { log, dropped } = limitResults(req.log)
  const sarif = encodeSarif(log)
  const gzipBytes = Math.floor((sarif.length * 3) / 4)
  if (gzipBytes > MAX_UPLOAD_GZIP_BYTES) return explainUploadError(413, '', context)
  let id: string | undefined
  let url: string | undefined
  try {
    const res = await api.uploadSarif({
      owner: req.owner,
      repo: req.repo,
      commit_sha: req.commitSha,
      ref: req.ref,
      sarif,
      ...(req.checkoutUri ? { checkout_uri: req.checkoutUri } : {}),
      ...(req.startedAt
        ? { started_at: req.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z') }
        : {}),
      tool_name: req.toolName,
    })
    id = res.id
    url = res.url
  } catch (e) {
    const network = networkFailure(e)
    if (network) return explainUploadError(undefined, network, context)
    return explainUploadError(statusOf(e), messageOf(e), context)
  }
  if (!id)
    return explainUploadError(undefined, 'GitHub accepted the upload but returned no id', context)
  const out: UploadOutcome = { status: 'uploaded', id, url, dropped }
  if (wait) Object.assign(out, await waitForProcessing(api, req, id, wait))
  return out
}

/** Polls the upload's status with growing pauses until it settles or the time is up. */
async function waitForProcessing(
  api: CodeScanningApi,
  req: UploadRequest,
  id: string,
  options: WaitOptions,
): Promise<{ processing: string; errors?: readonly string[]; analysesUrl?: string }> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const deadline = now() + options.timeoutMs
  let pause = 1000
  for (;;) {
    try {
      const status = await api.getSarif({ owner: req.owner, repo: req.repo, sarif_id: id })
      if (status.processing_status === 'complete' || status.processing_status === 'failed') {
        return {
          processing: status.processing_status,
          ...(status.errors?.length ? { errors: status.errors } : {}),
          ...(status.analyses_url ? { analysesUrl: status.analyses_url } : {}),
        }
      }
    } catch (e) {
      // Right after an upload the id can be unknown for a moment (404); other errors end the wait.
      const network = networkFailure(e)
      if (network) return { processing: `unknown (GitHub could not be reached: ${network})` }
      if (statusOf(e) !== 404) return { processing: `unknown (${messageOf(e)})` }
    }
    const left = deadline - now()
    if (left <= 0) return { processing: 'pending' }
    await sleep(Math.min(pause, left))
    pause = Math.min(pause * 2, 15_000)
  }
}

const NOT_ENABLED =
  /advanced security must be enabled|code security must be enabled|code scanning is not enabled|not enabled for this repository/i
const NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i

/** Why an upload failed, what to do about it, and whether it means "code scanning is not available here". */
export function explainUploadError(
  status: number | undefined,
  message: string,
  context: UploadContext = {},
): Extract<UploadOutcome, { status: 'failed' }> {
  const said = message ? ` GitHub said: "${message.replace(/\s+-\s+https?:\/\/\S+$/, '')}".` : ''
  const fail = (reason: string, fix: string, unavailable: boolean) => ({
    status: 'failed' as const,
    ...(status !== undefined ? { httpStatus: status } : {}),
    reason,
    fix,
    unavailable,
  })
  const permissions =
    'Give the job `permissions: { contents: read, security-events: write }`, or set `upload: false`.'
  if (status === 403 || status === 404) {
    if (context.fork)
      return fail(
        `pull requests from forks get a read-only token, which cannot upload to code scanning (HTTP ${status}).${said}`,
        'Nothing to fix: the annotations and the job summary show the findings, and results reach code scanning from runs on the base repository (push).',
        true,
      )
    if (context.dependabot)
      return fail(
        `Dependabot runs get a read-only token, which cannot upload to code scanning (HTTP ${status}).${said}`,
        'Nothing to fix: the annotations and the job summary show the findings.',
        true,
      )
    if (NOT_ENABLED.test(message))
      return fail(
        `code scanning is not enabled for this repository (HTTP ${status}).${said}`,
        'Enable code scanning in the repository settings (private and internal repositories need GitHub Code Security), or set `upload: false`. The annotations and the job summary still show every finding.',
        true,
      )
    if (status === 403 && /rate limit/i.test(message))
      return fail(`the API rate limit was hit (HTTP 403).${said}`, 'Re-run the job later.', false)
    if (status === 403 || NOT_ACCESSIBLE.test(message))
      return fail(
        `the token may not upload code scanning results (HTTP ${status}: missing \`security-events: write\`).${said}`,
        permissions,
        true,
      )
    return fail(
      `the repository's code scanning API was not found for this token (HTTP 404): code scanning is not available, or the token cannot see the repository.${said}`,
      `Check that code scanning is available for the repository and that the \`token\` input can read it. ${permissions}`,
      true,
    )
  }
  if (status === 401)
    return fail(`the token was rejected (HTTP 401).${said}`, 'Check the `token` input.', true)
  if (status === 413)
    return fail(
      `the SARIF report is too large for code scanning (over ${MAX_UPLOAD_GZIP_BYTES / 1024 / 1024} MB compressed).${said}`,
      'Split the scan over a job matrix (one `path` and `category` per job), or raise `severity`. The SARIF file, annotations and job summary are unaffected.',
      false,
    )
  if (status === 400 || status === 422)
    return fail(
      `GitHub rejected the SARIF report (HTTP ${status}).${said}`,
      'Please report this at https://github.com/kube-whoami/kube-whoami/issues with the SARIF file attached.',
      false,
    )
  if (status === undefined)
    return fail(
      `GitHub could not be reached${message ? ` (${message})` : ''}: the upload did not happen.`,
      'Re-run the job; check GITHUB_API_URL and any proxy settings.',
      false,
    )
  return fail(
    `GitHub did not accept the upload (HTTP ${status}).${said}`,
    'Re-run the job later.',
    false,
  )
}

/**
 * What went wrong when a request never got an HTTP answer (DNS, refused, reset, timeout), or
 * undefined when GitHub answered. Octokit reports these as status 500 without a response.
 */
export function networkFailure(e: unknown): string | undefined {
  const err = e as { response?: unknown; cause?: unknown; name?: string; message?: string }
  if (!err || typeof err !== 'object' || err.response !== undefined) return undefined
  const causes: { code?: unknown; name?: unknown; message?: unknown }[] = []
  for (let c: unknown = err; c && typeof c === 'object' && causes.length < 5;) {
    causes.push(c as never)
    c = (c as { cause?: unknown }).cause
  }
  const code = causes.map((c) => c.code).find((c): c is string => typeof c === 'string')
  const timedOut = causes.some((c) => c.name === 'TimeoutError' || c.name === 'AbortError')
  if (timedOut) return 'the request timed out'
  const words: Record<string, string> = {
    ENOTFOUND: 'DNS lookup failed',
    EAI_AGAIN: 'DNS lookup failed',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed',
  }
  if (code) return `${words[code] ?? 'network error'}: ${code}`
  // No HTTP answer and no code: a failed fetch ("fetch failed", "bad port").
  if (err.cause !== undefined) return `network error: ${String(err.message ?? err.cause)}`
  return undefined
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status
  return typeof s === 'number' ? s : undefined
}

function messageOf(e: unknown): string {
  const data = (e as { response?: { data?: { message?: unknown } } })?.response?.data
  if (data && typeof data.message === 'string') return data.message
  return e instanceof Error ? e.message : String(e)
}
