/**
 * The two GitHub APIs the action calls, through @actions/github's Octokit (which honours
 * GITHUB_API_URL, so GitHub Enterprise Server works, and the runner's proxy settings).
 */
import { getOctokit } from '@actions/github'
import type { PullsApi } from './changed.js'
import type { CodeScanningApi } from '../report/github/upload.js'
import { TOOL_NAME, TOOL_VERSION } from '../core/project.js'

/** A request that takes longer than this is abandoned; the step goes on without it. */
const REQUEST_TIMEOUT_MS = 60_000

export function githubApis(
  token: string,
  apiUrl: string,
): { codeScanning: CodeScanningApi; pulls: PullsApi } {
  const octokit = getOctokit(token, {
    baseUrl: apiUrl,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
  })
  const signal = () => ({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } })
  return {
    codeScanning: {
      async uploadSarif(params) {
        const res = await octokit.rest.codeScanning.uploadSarif({ ...params, ...signal() })
        return { id: res.data.id, url: res.data.url }
      },
      async getSarif(params) {
        const res = await octokit.rest.codeScanning.getSarif({ ...params, ...signal() })
        return res.data
      },
    },
    pulls: {
      async listFiles(params) {
        const res = await octokit.rest.pulls.listFiles({ ...params, ...signal() })
        return res.data
      },
    },
  }
}
