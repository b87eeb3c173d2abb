/**
 * "Changed files only" on pull requests: which files the pull request changes (from the
 * REST API, else from git), and which findings concern them. The SARIF report keeps every
 * finding (code scanning filters by the diff itself); this limits annotations, the job
 * summary and the pass/fail gate, so that findings nobody touched do not block a pull request.
 */
import { networkFailure } from '../report/github/upload.js'
import type { Finding } from '../core/finding.js'
import type { PullRequestInfo } from './event.js'
import { git } from './checkout.js'

export interface PullFile {
  filename: string
  status?: string
  previous_filename?: string
}

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, one page. */
export interface PullsApi {
  listFiles(params: {
    owner: string
    repo: string
    pull_number: number
    per_page: number
    page: number
  }): Promise<PullFile[]>
}

export interface ChangedFiles {
  /** Repository paths of files the pull request adds or modifies (deleted files left out). */
  files: Set<string>
  source: string
}

/** The REST API lists at most this many files of a pull request. */
const API_MAX_FILES = 3000
const PER_PAGE = 100

export async function listChangedFiles(
  pr: PullRequestInfo,
  repo: { owner?: string; repo?: string; root: string },
  api: PullsApi | undefined,
): Promise<{ changed?: ChangedFiles; problems: string[] }> {
  const problems: string[] = []
  if (api && repo.owner && repo.repo && (pr.changedFiles ?? 0) <= API_MAX_FILES) {
    try {
      const files = new Set<string>()
      for (let page = 1; page <= API_MAX_FILES / PER_PAGE; page++) {
        const list = await api.listFiles({
          owner: repo.owner,
          repo: repo.repo,
          pull_number: pr.number,
          per_page: PER_PAGE,
          page,
        })
        for (const f of list) if (f.status !== 'removed') files.add(f.filename)
        if (list.length < PER_PAGE) break
      }
      return { changed: { files, source: 'the pull request' }, problems }
    } catch (e) {
      problems.push(
        `the pull request's files could not be listed through the API: ${networkFailure(e) ? `GitHub could not be reached (${networkFailure(e)})` : (e as Error).message}`,
      )
    }
  } else if ((pr.changedFiles ?? 0) > API_MAX_FILES) {
    problems.push(
      `the pull request changes ${pr.changedFiles} files; the API lists at most ${API_MAX_FILES}`,
    )
  }
  const fromGit = gitChangedFiles(repo.root, pr)
  if (fromGit) return { changed: { files: fromGit, source: 'git' }, problems }
  problems.push('git could not tell either (check out with `fetch-depth: 2` or more)')
  return { problems }
}

/** From git: base...head when both commits are present, else the merge commit against its first parent. */
function gitChangedFiles(root: string, pr: PullRequestInfo): Set<string> | undefined {
  const attempts: string[][] = []
  if (pr.baseSha && pr.headSha) attempts.push([`${pr.baseSha}...${pr.headSha}`])
  const parents = git(root, ['rev-list', '--parents', '-n', '1', 'HEAD'])?.split(' ') ?? []
  if (parents.length === 3) attempts.push(['HEAD^1', 'HEAD'])
  for (const range of attempts) {
    const out = git(root, [
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--diff-filter=d',
      ...range,
    ])
    if (out !== undefined) return new Set(out.split('\0').filter(Boolean))
  }
  return undefined
}

/**
 * Whether a finding concerns the changed files: its own file or a related one (the
 * Dockerfile behind a pod finding) changed. In a Helm chart, a change to anything but a
 * template of its own (values files, `_helpers.tpl`, Chart.yaml, subcharts) can change what
 * every template renders, so it counts as a change to every file of the chart.
 */
export function changedFilter(
  changed: ReadonlySet<string>,
  chartRoots: readonly string[],
  repoPath: (file: string) => string | undefined,
): (f: Finding) => boolean {
  const wholeCharts = chartRoots.filter((root) => {
    const prefix = root === '.' || root === '' ? '' : root + '/'
    for (const file of changed) {
      if (!file.startsWith(prefix)) continue
      const inChart = file.slice(prefix.length)
      const ownTemplate =
        /^templates\/(?:.*\/)?[^_/][^/]*$/.test(inChart) || inChart.startsWith('crds/')
      if (!ownTemplate) return true
    }
    return false
  })
  const touched = (file: string) => {
    const p = repoPath(file)
    if (p === undefined) return false
    if (changed.has(p)) return true
    return wholeCharts.some((root) => root === '.' || root === '' || p.startsWith(root + '/'))
  }
  return (f) => touched(f.range.file) || f.related.some((r) => touched(r.range.file))
}
