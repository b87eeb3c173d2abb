import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readOnlyTokenReason, readRunContext } from '../../src/action/event.js'

function payloadFile(payload: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kw-event-')), 'event.json')
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return file
}

const pr = (head: string | null) => ({
  action: 'opened',
  number: 7,
  pull_request: {
    number: 7,
    changed_files: 4,
    head: { sha: 'h'.repeat(40), repo: head === null ? null : { full_name: head } },
    base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
  },
  sender: { login: 'octocat' },
})

describe('run context', () => {
  it('reads the runner variables and a pull request payload', () => {
    const ctx = readRunContext({
      GITHUB_WORKSPACE: '/w',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_SHA: 'm'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_ACTOR: 'octocat',
      GITHUB_EVENT_PATH: payloadFile(pr('acme/shop')),
    })
    expect(ctx).toEqual({
      workspace: '/w',
      repository: 'acme/shop',
      owner: 'acme',
      repo: 'shop',
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      sha: 'm'.repeat(40),
      ref: 'refs/pull/7/merge',
      eventName: 'pull_request',
      actor: 'octocat',
      pullRequest: {
        number: 7,
        headSha: 'h'.repeat(40),
        baseSha: 'b'.repeat(40),
        headRepo: 'acme/shop',
        baseRepo: 'acme/shop',
        fromFork: false,
        changedFiles: 4,
      },
      dependabot: false,
      problems: [],
    })
    expect(readOnlyTokenReason(ctx)).toBeUndefined()
  })

  it('knows the read-only token cases: forks (not on pull_request_target), deleted forks, Dependabot', () => {
    const fork = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payloadFile(pr('mallory/shop')),
    })
    expect(fork.pullRequest?.fromFork).toBe(true)
    expect(readOnlyTokenReason(fork)).toBe('pull requests from forks get a read-only token')
    const gone = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payloadFile(pr(null)),
    })
    expect(readOnlyTokenReason(gone)).toBe('pull requests from forks get a read-only token')
    const target = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: payloadFile(pr('mallory/shop')),
    })
    expect(readOnlyTokenReason(target)).toBeUndefined()
    const bot = readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'dependabot[bot]' })
    expect(readOnlyTokenReason(bot)).toBe('Dependabot runs get a read-only token')
    const botSender = readRunContext({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: payloadFile({ sender: { login: 'dependabot[bot]' } }),
    })
    expect(botSender.dependabot).toBe(true)
  })

  it('goes on without a payload it cannot read, saying why', () => {
    const ctx = readRunContext({ GITHUB_EVENT_PATH: payloadFile('{not json') }, '/cwd')
    expect(ctx.workspace).toBe('/cwd')
    expect(ctx.pullRequest).toBeUndefined()
    expect(ctx.problems[0]).toMatch(/^cannot read the event payload .*event\.json: /)
    expect(readRunContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }).problems).toHaveLength(
      1,
    )
    expect(readRunContext({}).serverUrl).toBe('https://github.com')
  })

  it('takes the repository from the payload when GITHUB_REPOSITORY is missing', () => {
    const ctx = readRunContext({
      GITHUB_EVENT_PATH: payloadFile({ repository: { full_name: 'acme/shop' } }),
    })
    expect([ctx.owner, ctx.repo]).toEqual(['acme', 'shop'])
  })
})
