/**
 * A loopback stand-in for api.github.com: every request is checked against GitHub's
 * OpenAPI description (endpoint, method, parameters, body), and every answer is one GitHub
 * documents for that endpoint (checked against the description too). Scenarios choose the
 * answers: an accepted upload, or the 403/404/413 of repositories without code scanning.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { GithubOpenApi } from './github-openapi.js'

export interface UploadAnswer {
  status: number
  message?: string
}

export interface FakeGithubOptions {
  /** The upload endpoint's answer; 202 when absent. */
  upload?: UploadAnswer
  /** Successive `processing_status` answers of the status endpoint (the last one repeats). */
  processing?: Array<'pending' | 'complete' | 'failed'>
  /** Files of the pull request (`GET .../pulls/{n}/files`). */
  pullFiles?: Array<{ filename: string; status: string }>
  /** The status of the pull request files endpoint when it should fail. */
  pullFilesStatus?: number
  /** The token the action must send. */
  token?: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
  operationId?: string
}

export const SARIF_ID = '47177e22-5596-11eb-80a1-c1e54ef945c6'

export class FakeGithub {
  readonly requests: RecordedRequest[] = []
  /** Every way a request or an answer strayed from GitHub's description. */
  readonly problems: string[] = []
  private statusCalls = 0

  private constructor(
    private readonly server: Server,
    private readonly openapi: GithubOpenApi,
    private readonly options: FakeGithubOptions,
  ) {}

  static async start(openapi: GithubOpenApi, options: FakeGithubOptions = {}): Promise<FakeGithub> {
    const server = createServer()
    const fake = new FakeGithub(server, openapi, options)
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      fake.handle(req, res).catch((e: Error) => {
        fake.problems.push(`fake server error: ${e.message}`)
        res.writeHead(500).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** Requests for one operation, e.g. `code-scanning/upload-sarif`. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId)
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const raw = await readBody(req)
    let body: unknown
    if (raw.length) {
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
        this.problems.push(`${req.method} ${url.pathname}: body is not sent as application/json`)
      try {
        body = JSON.parse(raw)
      } catch {
        this.problems.push(`${req.method} ${url.pathname}: body is not JSON`)
      }
    }
    const method = req.method ?? 'GET'
    const checked = this.openapi.checkRequest(method, url, body)
    for (const p of checked.problems) this.problems.push(`${method} ${url.pathname}: ${p}`)
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      operationId: checked.operationId,
    })
    const auth = req.headers.authorization ?? ''
    if (
      this.options.token &&
      auth !== `token ${this.options.token}` &&
      auth !== `Bearer ${this.options.token}`
    )
      this.problems.push(
        `${method} ${url.pathname}: authorization header "${auth}" does not carry the token`,
      )

    const [status, answer] = this.answer(checked.operationId, url)
    if (checked.operationId)
      for (const p of this.openapi.checkResponse(checked.operationId, status, answer))
        this.problems.push(`fake answer to ${checked.operationId}: ${p}`)
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    res.end(answer === undefined ? '' : JSON.stringify(answer))
  }

  private answer(operationId: string | undefined, url: URL): [number, unknown] {
    const repoUrl = `${this.url}${url.pathname.replace(/\/code-scanning\/.*$|\/pulls\/.*$/, '')}`
    switch (operationId) {
      case 'code-scanning/upload-sarif': {
        const upload = this.options.upload
        if (!upload || upload.status === 202)
          return [202, { id: SARIF_ID, url: `${repoUrl}/code-scanning/sarifs/${SARIF_ID}` }]
        return [upload.status, error(upload.status, upload.message)]
      }
      case 'code-scanning/get-sarif': {
        const seq = this.options.processing ?? ['complete']
        const state = seq[Math.min(this.statusCalls++, seq.length - 1)]
        return [
          200,
          {
            processing_status: state,
            analyses_url:
              state === 'pending' ? null : `${repoUrl}/code-scanning/analyses?sarif_id=${SARIF_ID}`,
            errors:
              state === 'failed' ? ['locationFromSarifResult: expected artifact location'] : null,
          },
        ]
      }
      case 'pulls/list-files': {
        if (this.options.pullFilesStatus)
          return [this.options.pullFilesStatus, error(this.options.pullFilesStatus)]
        const page = Number(url.searchParams.get('page') ?? '1')
        const perPage = Number(url.searchParams.get('per_page') ?? '30')
        const files = (this.options.pullFiles ?? []).slice((page - 1) * perPage, page * perPage)
        return [200, files.map((f) => diffEntry(repoUrl, f.filename, f.status))]
      }
      default:
        return [404, error(404)]
    }
  }
}

function error(status: number, message?: string): Record<string, string> {
  const text =
    message ??
    (status === 404
      ? 'Not Found'
      : status === 413
        ? 'Payload Too Large'
        : status === 403
          ? 'Forbidden'
          : 'Error')
  return {
    message: text,
    documentation_url:
      'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data',
    status: String(status),
  }
}

function diffEntry(repoUrl: string, filename: string, status: string): Record<string, unknown> {
  const sha = 'bbcd538c8e72b8c175046e27cc8f907076331401'
  const web = repoUrl.replace('/repos/', '/')
  return {
    sha,
    filename,
    status,
    additions: 3,
    deletions: 1,
    changes: 4,
    blob_url: `${web}/blob/${sha}/${filename}`,
    raw_url: `${web}/raw/${sha}/${filename}`,
    contents_url: `${repoUrl}/contents/${filename}?ref=${sha}`,
    patch: '@@ -1,3 +1,5 @@\n-a\n+b\n+c\n+d',
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
