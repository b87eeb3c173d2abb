import { randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import type * as Sarif from 'sarif'
import { describe, expect, it } from 'vitest'
import { toSarif } from '../../../src/report/sarif.js'
import { RULES } from '../../../src/rules/index.js'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { githubApis } from '../../../src/action/github-api.js'
import {
  explainUploadError,
  limitResults,
  networkFailure,
  uploadSarif,
  type CodeScanningApi,
  type SarifStatus,
  type UploadSarifParams,
} from '../../../src/report/github/upload.js'
import { finding } from './findings.js'

const log = (n = 2): Sarif.Log =>
  toSarif(
    Array.from({ length: n }, (_, i) =>
      finding('pss-privileged', i % 2 ? 'warning' : 'error', 'a.yaml', i + 1),
    ),
    RULES,
    [],
  )

const req = (l: Sarif.Log = log()) => ({
  owner: 'acme',
  repo: 'shop',
  commitSha: 'a'.repeat(40),
  ref: 'refs/pull/7/merge',
  log: l,
  checkoutUri: 'file:///home/runner/work/shop/shop/',
  startedAt: new Date('2026-11-20T10:11:12.345Z'),
  toolName: 'kube-whoami',
})

class StatusError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function api(
  opts: {
    upload?: () => Promise<{ id?: string; url?: string }>
    statuses?: Array<SarifStatus | Error>
  } = {},
) {
  const uploads: UploadSarifParams[] = []
  let polls = 0
  const client: CodeScanningApi = {
    async uploadSarif(p) {
      uploads.push(p)
      return opts.upload ? opts.upload() : { id: 'sarif-1', url: 'https://api.github.com/x' }
    },
    async getSarif() {
      const seq = opts.statuses ?? [{ processing_status: 'complete' }]
      const next = seq[Math.min(polls++, seq.length - 1)]
      if (next instanceof Error) throw next
      return next
    },
  }
  return { client, uploads, polls: () => polls }
}

/** A clock that only moves when the code sleeps. */
function clock() {
  let t = 0
  const sleeps: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      t += ms
    },
    sleeps,
  }
}

describe('code scanning upload', () => {
  it('sends the gzip+base64 SARIF with commit, ref, checkout URI, tool and start time', async () => {
    const a = api()
    const out = await uploadSarif(a.client, req())
    expect(out).toEqual({
      status: 'uploaded',
      id: 'sarif-1',
      url: 'https://api.github.com/x',
      dropped: 0,
    })
    const [p] = a.uploads
    expect(p).toMatchObject({
      owner: 'acme',
      repo: 'shop',
      commit_sha: 'a'.repeat(40),
      ref: 'refs/pull/7/merge',
      checkout_uri: 'file:///home/runner/work/shop/shop/',
      started_at: '2026-11-20T10:11:12Z',
      tool_name: 'kube-whoami',
    })
    expect(JSON.parse(gunzipSync(Buffer.from(p.sarif, 'base64')).toString('utf8'))).toEqual(
      req().log,
    )
    expect(a.polls()).toBe(0)
  })

  it('waits for processing with growing pauses, through a 404 right after the upload', async () => {
    const c = clock()
    const a = api({
      statuses: [
        new StatusError(404, 'Not Found'),
        { processing_status: 'pending' },
        { processing_status: 'pending' },
        { processing_status: 'complete', analyses_url: 'https://api.github.com/a' },
      ],
    })
    const out = await uploadSarif(a.client, req(), {}, { timeoutMs: 120_000, ...c })
    expect(out).toMatchObject({
      status: 'uploaded',
      processing: 'complete',
      analysesUrl: 'https://api.github.com/a',
    })
    expect(c.sleeps).toEqual([1000, 2000, 4000])
  })

  it('reports processing errors, and stops waiting at the deadline', async () => {
    const failed = await uploadSarif(
      api({ statuses: [{ processing_status: 'failed', errors: ['bad location'] }] }).client,
      req(),
      {},
      { timeoutMs: 10_000, ...clock() },
    )
    expect(failed).toMatchObject({ processing: 'failed', errors: ['bad location'] })
    const c = clock()
    const pending = await uploadSarif(
      api({ statuses: [{ processing_status: 'pending' }] }).client,
      req(),
      {},
      { timeoutMs: 20_000, ...c },
    )
    expect(pending).toMatchObject({ status: 'uploaded', processing: 'pending' })
    expect(c.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000)
    const broken = await uploadSarif(
      api({ statuses: [new StatusError(500, 'boom')] }).client,
      req(),
      {},
      { timeoutMs: 20_000, ...clock() },
    )
    expect(broken).toMatchObject({ status: 'uploaded', processing: 'unknown (boom)' })
  })

  it('maps GitHub’s answers to a reason and a fix, marking "not available here" cases', async () => {
    const cases: Array<[number | undefined, string, object, RegExp, RegExp, boolean]> = [
      [
        403,
        'Advanced Security must be enabled for this repository to use code scanning.',
        {},
        /code scanning is not enabled for this repository \(HTTP 403\)/,
        /GitHub Code Security.*`upload: false`/,
        true,
      ],
      [
        403,
        'Code Security must be enabled for this repository to use code scanning.',
        {},
        /not enabled/,
        /Enable code scanning/,
        true,
      ],
      [
        404,
        'Code scanning is not enabled for this repository',
        {},
        /not enabled/,
        /Enable code scanning/,
        true,
      ],
      [
        403,
        'Resource not accessible by integration',
        {},
        /missing `security-events: write`/,
        /permissions: \{ contents: read, security-events: write \}/,
        true,
      ],
      [
        403,
        'Resource not accessible by integration',
        { fork: true },
        /pull requests from forks get a read-only token/,
        /Nothing to fix/,
        true,
      ],
      [
        403,
        'Resource not accessible by integration',
        { dependabot: true },
        /Dependabot runs get a read-only token/,
        /Nothing to fix/,
        true,
      ],
      [
        403,
        'API rate limit exceeded for installation ID 1.',
        {},
        /rate limit/,
        /Re-run the job later/,
        false,
      ],
      [
        404,
        'Not Found',
        {},
        /not found for this token \(HTTP 404\)/,
        /security-events: write/,
        true,
      ],
      [401, 'Bad credentials', {}, /token was rejected/, /`token` input/, true],
      [
        413,
        'Payload Too Large',
        {},
        /too large for code scanning \(over 10 MB compressed\)/,
        /job matrix/,
        false,
      ],
      [400, 'Invalid SARIF', {}, /rejected the SARIF report \(HTTP 400\)/, /report this/, false],
      [503, 'Service Unavailable', {}, /did not accept the upload \(HTTP 503\)/, /Re-run/, false],
      [
        undefined,
        'connection refused: ECONNREFUSED',
        {},
        /^GitHub could not be reached \(connection refused: ECONNREFUSED\): the upload did not happen\.$/,
        /GITHUB_API_URL/,
        false,
      ],
    ]
    for (const [status, message, ctx, reason, fix, unavailable] of cases) {
      const e = explainUploadError(status, message, ctx)
      expect(e.reason, `${status} ${message}`).toMatch(reason)
      expect(e.fix, `${status} ${message}`).toMatch(fix)
      expect(e.unavailable, `${status} ${message}`).toBe(unavailable)
      expect(e.httpStatus).toBe(status)
    }
    // Octokit's message carries the documentation URL; the reason quotes GitHub without it.
    expect(
      explainUploadError(
        403,
        'Resource not accessible by integration - https://docs.github.com/rest',
      ).reason,
    ).toContain('GitHub said: "Resource not accessible by integration".')
  })

  it('turns a thrown API error into a failed outcome, using the response message', async () => {
    const err = Object.assign(new StatusError(403, 'HttpError'), {
      response: { data: { message: 'Code scanning is not enabled for this repository.' } },
    })
    const out = await uploadSarif(api({ upload: () => Promise.reject(err) }).client, req())
    expect(out).toMatchObject({ status: 'failed', httpStatus: 403, unavailable: true })
    const noId = await uploadSarif(api({ upload: async () => ({}) }).client, req())
    expect(noId).toMatchObject({ status: 'failed' })
  })

  it('says GitHub could not be reached when the network fails, through the real Octokit', async () => {
    // A port that was just free: the connection is refused, with no HTTP answer.
    const server = createServer()
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as AddressInfo).port
    await new Promise<void>((r) => server.close(() => r()))
    const { codeScanning } = githubApis('token', `http://127.0.0.1:${port}`)
    const out = await uploadSarif(codeScanning, req())
    expect(out).toMatchObject({ status: 'failed', unavailable: false })
    expect(out.status === 'failed' && out.reason).toBe(
      'GitHub could not be reached (connection refused: ECONNREFUSED): the upload did not happen.',
    )
    // A real HTTP 500 from GitHub is still GitHub's answer, not a network failure.
    const answered = Object.assign(new StatusError(500, 'HttpError'), {
      response: { data: { message: 'Internal Server Error' } },
    })
    const http500 = await uploadSarif(api({ upload: () => Promise.reject(answered) }).client, req())
    expect(http500.status === 'failed' && http500.reason).toMatch(
      /did not accept the upload \(HTTP 500\)/,
    )
    const timeout = Object.assign(new StatusError(500, 'HttpError'), {
      cause: Object.assign(new Error('The operation was aborted due to timeout'), {
        name: 'TimeoutError',
      }),
    })
    expect(networkFailure(timeout)).toBe('the request timed out')
  })

  it('refuses before sending when the compressed report is over 10 MB', async () => {
    const l = log(1)
    l.runs[0].results![0].message.text = randomBytes(11 * 1024 * 1024).toString('base64')
    const a = api()
    const out = await uploadSarif(a.client, req(l))
    expect(out).toMatchObject({ status: 'failed', httpStatus: 413 })
    expect(a.uploads).toEqual([])
  })

  it('keeps the most severe results when a run is over GitHub’s result limit', () => {
    const l = log(10)
    const { log: limited, dropped } = limitResults(l, 4)
    expect(dropped).toBe(6)
    const results = limited.runs[0].results!
    expect(results.map((r) => r.level)).toEqual(['error', 'error', 'error', 'error'])
    expect(results.map((r) => r.locations![0].physicalLocation!.region!.startLine)).toEqual([
      1, 3, 5, 7,
    ])
    expect(l.runs[0].results).toHaveLength(10)
    expect(limitResults(l).dropped).toBe(0)
  })
})
