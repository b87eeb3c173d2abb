import { describe, expect, it } from 'vitest'
import type { RunContext } from '../../src/action/event.js'
import { planUpload, uploadTarget } from '../../src/action/publish.js'

const sha = 'a'.repeat(40)
const head = 'b'.repeat(40)
const ctx = (over: Partial<RunContext> = {}): RunContext => ({
  workspace: '/w',
  repository: 'acme/shop',
  owner: 'acme',
  repo: 'shop',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  sha,
  ref: 'refs/heads/main',
  eventName: 'push',
  dependabot: false,
  problems: [],
  ...over,
})
const pr = { number: 7, headSha: head, baseSha: 'c'.repeat(40), fromFork: false }

describe('upload plan', () => {
  it('uploads for the pushed commit and branch', () => {
    expect(planUpload('auto', ctx(), { repoRoot: '/w' }, 't')).toEqual({
      upload: true,
      ref: 'refs/heads/main',
      sha,
      notes: [],
    })
  })

  it('uses the pull request’s merge ref, or its head ref when the head was checked out', () => {
    const c = ctx({ eventName: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: pr })
    expect(uploadTarget(c, { repoRoot: '/w' })).toMatchObject({ ref: 'refs/pull/7/merge', sha })
    expect(uploadTarget(c, { repoRoot: '/w', head })).toMatchObject({
      ref: 'refs/pull/7/head',
      sha: head,
    })
  })

  it('on pull_request_target uploads for what was checked out, on the base branch', () => {
    const c = ctx({
      eventName: 'pull_request_target',
      ref: 'refs/heads/main',
      pullRequest: { ...pr, fromFork: true },
    })
    expect(planUpload('auto', c, { repoRoot: '/w' }, 't')).toMatchObject({
      upload: true,
      ref: 'refs/heads/main',
      sha,
    })
  })

  it('uploads a manual scan of another ref as the commit checked out', () => {
    const c = ctx({ eventName: 'workflow_dispatch' })
    const onBranch = uploadTarget(c, { repoRoot: '/w', head, headRef: 'refs/heads/release-1.2' })
    expect(onBranch).toMatchObject({ ref: 'refs/heads/release-1.2', sha: head })
    expect(onBranch!.notes[0]).toMatch(/is not GITHUB_SHA/)
    expect(uploadTarget(c, { repoRoot: '/w', head })).toMatchObject({
      ref: 'refs/heads/main',
      sha: head,
    })
    expect(uploadTarget(ctx({ ref: 'main' }), { repoRoot: '/w' })).toMatchObject({
      ref: 'refs/heads/main',
    })
  })

  it('skips in auto mode when the token is read-only, but tries when told to', () => {
    const fork = ctx({ eventName: 'pull_request', pullRequest: { ...pr, fromFork: true } })
    expect(planUpload('auto', fork, { repoRoot: '/w' }, 't')).toEqual({
      upload: false,
      reason:
        'pull requests from forks get a read-only token, which cannot upload to code scanning',
    })
    expect(planUpload('true', fork, { repoRoot: '/w' }, 't').upload).toBe(true)
    expect(planUpload('auto', ctx({ dependabot: true }), { repoRoot: '/w' }, 't')).toMatchObject({
      upload: false,
      reason: /Dependabot/,
    })
  })

  it('explains every other reason not to upload', () => {
    expect(planUpload('false', ctx(), { repoRoot: '/w' }, 't')).toEqual({
      upload: false,
      reason: 'upload is off (`upload: false`)',
    })
    expect(planUpload('true', ctx(), { repoRoot: '/w' }, undefined)).toEqual({
      upload: false,
      reason: 'there is no token (input `token`)',
    })
    expect(
      planUpload('auto', ctx({ owner: undefined, repo: undefined }), { repoRoot: '/w' }, 't'),
    ).toMatchObject({ upload: false, reason: /GITHUB_REPOSITORY/ })
    expect(planUpload('auto', ctx({ sha: undefined }), { repoRoot: '/w' }, 't')).toMatchObject({
      upload: false,
      reason: /GITHUB_SHA/,
    })
  })
})
