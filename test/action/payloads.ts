/**
 * Event payloads as the runner writes them to GITHUB_EVENT_PATH, built from the examples in
 * GitHub's OpenAPI description and checked against its webhook schemas (`x-webhooks`), so
 * the action reads the same shapes it meets on GitHub.
 */
import { expect } from 'vitest'
import type { GithubOpenApi } from './github-openapi.js'

type Json = Record<string, unknown>

export interface RepoNames {
  owner: string
  name: string
}

/** A repository object of a webhook payload for `owner/name`. */
function repository(openapi: GithubOpenApi, repo: RepoNames, fork = false): Json {
  const pr = openapi.example('pull-request') as Json
  const base = structuredClone((pr.base as Json).repo as Json)
  const full = `${repo.owner}/${repo.name}`
  const rewrite = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/octocat\/Hello-World/g, full)
    if (Array.isArray(v)) return v.map(rewrite)
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x)]))
    return v
  }
  const out = rewrite(base) as Json
  out.name = repo.name
  out.full_name = full
  out.fork = fork
  out.visibility = 'public'
  out.owner = { ...(out.owner as Json), login: repo.owner }
  return out
}

function user(openapi: GithubOpenApi, login: string): Json {
  return { ...(openapi.example('simple-user') as Json), login }
}

export interface PullRequestEventOptions {
  action?: 'opened' | 'synchronize'
  number: number
  base: RepoNames
  /** The head repository: the base repository unless the pull request comes from a fork. */
  head?: RepoNames
  baseSha: string
  headSha: string
  sender?: string
  changedFiles?: number
}

export function pullRequestEvent(openapi: GithubOpenApi, o: PullRequestEventOptions): Json {
  const pr = openapi.example('pull-request') as Json
  const fork = !!o.head && (o.head.owner !== o.base.owner || o.head.name !== o.base.name)
  const baseRepo = repository(openapi, o.base)
  const headRepo = fork ? repository(openapi, o.head!, true) : baseRepo
  pr.number = o.number
  pr.state = 'open'
  pr.merged = false
  pr.changed_files = o.changedFiles ?? 3
  pr.requested_teams = []
  pr.base = {
    ...(pr.base as Json),
    sha: o.baseSha,
    repo: baseRepo,
    ref: 'main',
    label: `${o.base.owner}:main`,
  }
  pr.head = {
    ...(pr.head as Json),
    sha: o.headSha,
    repo: headRepo,
    ref: 'feature',
    label: `${(o.head ?? o.base).owner}:feature`,
  }
  const payload: Json = {
    action: o.action ?? 'opened',
    number: o.number,
    pull_request: pr,
    repository: baseRepo,
    sender: user(openapi, o.sender ?? 'octocat'),
  }
  if (payload.action === 'synchronize') {
    payload.before = o.baseSha
    payload.after = o.headSha
  }
  checkWebhook(openapi, `webhook-pull-request-${payload.action as string}`, payload)
  return payload
}

export function workflowDispatchEvent(
  openapi: GithubOpenApi,
  o: { repo: RepoNames; ref: string; inputs: Record<string, string>; sender?: string },
): Json {
  const payload: Json = {
    inputs: o.inputs,
    ref: o.ref,
    repository: repository(openapi, o.repo),
    sender: user(openapi, o.sender ?? 'octocat'),
    workflow: '.github/workflows/kube-whoami.yml',
  }
  checkWebhook(openapi, 'webhook-workflow-dispatch', payload)
  return payload
}

export function pushEvent(
  openapi: GithubOpenApi,
  o: { repo: RepoNames; ref: string; before: string; after: string; sender?: string },
): Json {
  const sender = user(openapi, o.sender ?? 'octocat')
  const payload: Json = {
    ref: o.ref,
    before: o.before,
    after: o.after,
    base_ref: null,
    created: false,
    deleted: false,
    forced: false,
    compare: `https://github.com/${o.repo.owner}/${o.repo.name}/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    commits: [],
    head_commit: null,
    pusher: {
      name: sender.login,
      email: `${(sender.login as string).replace(/\[bot\]$/, '')}@users.noreply.github.com`,
    },
    repository: repository(openapi, o.repo),
    sender,
  }
  // The push schema's repository differs from other webhooks' (timestamps as numbers).
  const repo = payload.repository as Json
  repo.created_at = 1_700_000_000
  repo.pushed_at = 1_700_000_100
  repo.stargazers = repo.stargazers_count ?? 0
  repo.master_branch = 'main'
  checkWebhook(openapi, 'webhook-push', payload)
  return payload
}

function checkWebhook(openapi: GithubOpenApi, schema: string, payload: Json): void {
  const validate = openapi.webhookValidator(schema)
  const ok = validate(payload)
  expect(ok ? [] : (validate.errors ?? []).slice(0, 10), `${schema} payload`).toEqual([])
}
