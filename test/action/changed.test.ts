import { describe, expect, it } from 'vitest'
import { changedFilter, listChangedFiles, type PullsApi } from '../../src/action/changed.js'
import type { PullRequestInfo } from '../../src/action/event.js'
import { finding } from '../report/github/findings.js'
import { gitRepo } from './git-repo.js'

const pr: PullRequestInfo = { number: 7, fromFork: false, changedFiles: 250 }

function pages(total: number) {
  const calls: Array<{ page: number; per_page: number }> = []
  const api: PullsApi = {
    async listFiles(p) {
      calls.push({ page: p.page, per_page: p.per_page })
      const start = (p.page - 1) * p.per_page
      return Array.from({ length: Math.max(0, Math.min(p.per_page, total - start)) }, (_, i) => ({
        filename: `f${start + i}.yaml`,
        status: (start + i) % 10 === 0 ? 'removed' : 'modified',
      }))
    },
  }
  return { api, calls }
}

describe('changed files of a pull request', () => {
  it('pages through the API, leaving deleted files out', async () => {
    const { api, calls } = pages(250)
    const { changed, problems } = await listChangedFiles(
      pr,
      { owner: 'acme', repo: 'shop', root: '/nonexistent' },
      api,
    )
    expect(problems).toEqual([])
    expect(calls).toEqual([
      { page: 1, per_page: 100 },
      { page: 2, per_page: 100 },
      { page: 3, per_page: 100 },
    ])
    expect(changed!.source).toBe('the pull request')
    expect(changed!.files.size).toBe(225)
    expect(changed!.files.has('f1.yaml')).toBe(true)
    expect(changed!.files.has('f10.yaml')).toBe(false)
  })

  it('falls back to git (base...head, or the merge commit’s first parent) when the API cannot tell', async () => {
    const repo = gitRepo()
    repo.write({ 'a.yaml': '1', 'b.yaml': '1', 'gone.yaml': '1' })
    const base = repo.commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write({ 'b.yaml': '2', 'c.yaml': '1' })
    repo.git('rm', '-q', 'gone.yaml')
    const head = repo.commit('feature')
    const failing: PullsApi = {
      listFiles: () => Promise.reject(new Error('Resource not accessible by integration')),
    }
    const viaRange = await listChangedFiles(
      { ...pr, baseSha: base, headSha: head },
      { owner: 'acme', repo: 'shop', root: repo.dir },
      failing,
    )
    expect([...viaRange.changed!.files].sort()).toEqual(['b.yaml', 'c.yaml'])
    expect(viaRange.changed!.source).toBe('git')
    expect(viaRange.problems[0]).toMatch(
      /could not be listed through the API: Resource not accessible/,
    )

    // The runner's checkout of a pull request: the merge commit, base as first parent.
    repo.git('checkout', '-q', 'main')
    repo.write({ 'a.yaml': '2' })
    repo.commit('main moves on')
    repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'feature')
    const merge = await listChangedFiles(
      { number: 7, fromFork: false },
      { root: repo.dir },
      undefined,
    )
    expect([...merge.changed!.files].sort()).toEqual(['b.yaml', 'c.yaml'])
  })

  it('says why when neither the API nor git can tell', async () => {
    const huge = await listChangedFiles(
      { ...pr, changedFiles: 5000 },
      { owner: 'acme', repo: 'shop', root: '/nonexistent' },
      pages(1).api,
    )
    expect(huge.changed).toBeUndefined()
    expect(huge.problems).toEqual([
      'the pull request changes 5000 files; the API lists at most 3000',
      'git could not tell either (check out with `fetch-depth: 2` or more)',
    ])
  })
})

describe('changed files filter', () => {
  const same = (f: string) => f
  it('keeps findings in changed files, or whose related file changed', () => {
    const keep = changedFilter(new Set(['deploy/a.yaml', 'services/api/Dockerfile']), [], same)
    expect(keep(finding('r', 'error', 'deploy/a.yaml', 1))).toBe(true)
    expect(keep(finding('r', 'error', 'deploy/b.yaml', 1))).toBe(false)
    const related = finding('r', 'error', 'deploy/c.yaml', 1, {
      related: [
        {
          range: {
            file: 'services/api/Dockerfile',
            startLine: 3,
            startColumn: 1,
            endLine: 3,
            endColumn: 2,
          },
          message: 'USER root',
        },
      ],
    })
    expect(keep(related)).toBe(true)
  })

  it('counts a change to a chart’s values, helpers or Chart.yaml as a change to the whole chart, a template only as itself', () => {
    const charts = ['charts/api', 'charts/web']
    const values = changedFilter(new Set(['charts/api/values.yaml']), charts, same)
    expect(values(finding('r', 'error', 'charts/api/templates/deployment.yaml', 1))).toBe(true)
    expect(values(finding('r', 'error', 'charts/web/templates/deployment.yaml', 1))).toBe(false)
    const helpers = changedFilter(new Set(['charts/api/templates/_helpers.tpl']), charts, same)
    expect(helpers(finding('r', 'error', 'charts/api/templates/service.yaml', 1))).toBe(true)
    const template = changedFilter(new Set(['charts/api/templates/deployment.yaml']), charts, same)
    expect(template(finding('r', 'error', 'charts/api/templates/deployment.yaml', 1))).toBe(true)
    expect(template(finding('r', 'error', 'charts/api/templates/job.yaml', 1))).toBe(false)
    expect(template(finding('r', 'error', 'charts/api/values.yaml', 1))).toBe(false)
    const root = changedFilter(new Set(['Chart.yaml']), ['.'], same)
    expect(root(finding('r', 'error', 'templates/a.yaml', 1))).toBe(true)
  })

  it('ignores findings without a repository path', () => {
    const keep = changedFilter(new Set(['a.yaml']), [], () => undefined)
    expect(keep(finding('r', 'error', 'a.yaml', 1))).toBe(false)
  })
})
