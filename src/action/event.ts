/**
 * What the runner tells about the run: the GITHUB_* variables and the event payload at
 * GITHUB_EVENT_PATH. Read from an env object (not the process) so tests can give any event.
 */
import { readFileSync } from 'node:fs'

export interface PullRequestInfo {
  number: number
  headSha?: string
  baseSha?: string
  /** `owner/name` of the head and base repositories. */
  headRepo?: string
  baseRepo?: string
  /** The head is in another repository (a fork), or its repository is gone. */
  fromFork: boolean
  /** Files the pull request changes, as GitHub counts them. */
  changedFiles?: number
}

export interface RunContext {
  workspace: string
  repository?: string
  owner?: string
  repo?: string
  serverUrl: string
  apiUrl: string
  sha?: string
  ref?: string
  eventName?: string
  actor?: string
  pullRequest?: PullRequestInfo
  /** Triggered by Dependabot: the token is read-only whatever the workflow asks. */
  dependabot: boolean
  /** Problems reading the payload; the run goes on without it. */
  problems: string[]
}

type Env = Record<string, string | undefined>

export function readRunContext(env: Env, cwd: string = process.cwd()): RunContext {
  const problems: string[] = []
  const payload = readPayload(env.GITHUB_EVENT_PATH, problems)
  const repository = env.GITHUB_REPOSITORY || str(get(payload, 'repository', 'full_name'))
  const [owner, repo] = repository?.includes('/') ? repository.split('/', 2) : []
  const actor = env.GITHUB_ACTOR || undefined
  const sender = str(get(payload, 'sender', 'login'))
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    repository,
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    actor,
    pullRequest: pullRequestOf(payload),
    dependabot: actor === 'dependabot[bot]' || sender === 'dependabot[bot]',
    problems,
  }
}

function readPayload(path: string | undefined, problems: string[]): unknown {
  if (!path) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    problems.push(`cannot read the event payload ${path}: ${(e as Error).message}`)
    return undefined
  }
}

function pullRequestOf(payload: unknown): PullRequestInfo | undefined {
  const pr = get(payload, 'pull_request')
  const number = get(pr, 'number') ?? get(payload, 'number')
  if (!pr || typeof number !== 'number') return undefined
  const headRepo = str(get(pr, 'head', 'repo', 'full_name'))
  const baseRepo = str(get(pr, 'base', 'repo', 'full_name'))
  const changed = get(pr, 'changed_files')
  return {
    number,
    headSha: str(get(pr, 'head', 'sha')),
    baseSha: str(get(pr, 'base', 'sha')),
    headRepo,
    baseRepo,
    fromFork: !headRepo || headRepo !== baseRepo,
    ...(typeof changed === 'number' ? { changedFiles: changed } : {}),
  }
}

function get(value: unknown, ...keys: string[]): unknown {
  let v = value
  for (const k of keys) {
    if (!v || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[k]
  }
  return v
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined
}

/**
 * Whether the run's token is read-only whatever the workflow's `permissions:` say: pull
 * requests from forks (except pull_request_target, which runs with the base repository's
 * token) and runs Dependabot triggers.
 */
export function readOnlyTokenReason(ctx: RunContext): string | undefined {
  if (ctx.dependabot) return 'Dependabot runs get a read-only token'
  if (ctx.pullRequest?.fromFork && ctx.eventName !== 'pull_request_target')
    return 'pull requests from forks get a read-only token'
  return undefined
}
