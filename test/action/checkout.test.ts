import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inspectCheckout, layoutScan } from '../../src/action/checkout.js'
import { InputError } from '../../src/action/inputs.js'
import { gitRepo } from './git-repo.js'

function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-ws-'))
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true })
    writeFileSync(join(dir, f), '')
  }
  return dir
}

describe('checkout', () => {
  it('finds HEAD and its branch in a repository at the workspace root', () => {
    const repo = gitRepo()
    repo.write({ 'a.yaml': 'x' })
    const head = repo.commit('one')
    expect(inspectCheckout(repo.dir)).toEqual({
      repoRoot: repo.dir,
      head,
      headRef: 'refs/heads/main',
    })
    repo.git('checkout', '-q', '--detach')
    expect(inspectCheckout(repo.dir)).toEqual({ repoRoot: repo.dir, head })
  })

  it('uses a repository checked out into a folder of the workspace (actions/checkout path:)', () => {
    const ws = folder(['other/readme'])
    const repo = gitRepo(join(ws, 'src'))
    repo.commit('empty')
    const c = inspectCheckout(ws, join(ws, 'src'))
    expect(c.repoRoot).toBe(join(ws, 'src'))
    expect(c.head).toMatch(/^[0-9a-f]{40}$/)
  })

  it('ignores a repository around the workspace, and works without git', () => {
    const repo = gitRepo()
    repo.commit('empty')
    mkdirSync(join(repo.dir, 'inner'))
    expect(inspectCheckout(join(repo.dir, 'inner'))).toEqual({ repoRoot: join(repo.dir, 'inner') })
    const plain = folder(['a.yaml'])
    expect(inspectCheckout(plain)).toEqual({ repoRoot: plain })
    expect(inspectCheckout(plain, join(plain, 'a.yaml'))).toEqual({ repoRoot: plain })
    expect(inspectCheckout(plain, join(plain, 'missing'))).toEqual({ repoRoot: plain })
  })

  it('lays out paths relative to the repository root, like the CLI', () => {
    const ws = folder(['deploy/a.yaml', 'charts/api/Chart.yaml'])
    const all = layoutScan(ws, ws, ['.'])
    expect(all).toMatchObject({ scanRoot: ws, paths: [] })
    expect(all.repoPath('deploy/a.yaml')).toBe('deploy/a.yaml')
    expect(layoutScan(ws, ws, ['deploy', './charts/api/']).paths).toEqual(['deploy', 'charts/api'])
  })

  it('maps paths when the repository is a folder of the workspace', () => {
    const ws = folder(['src/deploy/a.yaml', 'tools/x.yaml'])
    const inRepo = layoutScan(ws, join(ws, 'src'), ['src/deploy'])
    expect(inRepo).toMatchObject({ scanRoot: join(ws, 'src'), paths: ['deploy'] })
    expect(inRepo.repoPath('deploy/a.yaml')).toBe('deploy/a.yaml')
    // One path outside the repository becomes the scan root; its files have no repository path.
    const outside = layoutScan(ws, join(ws, 'src'), ['tools'])
    expect(outside).toMatchObject({ scanRoot: join(ws, 'tools'), paths: [] })
    expect(outside.repoPath('x.yaml')).toBeUndefined()
  })

  it('rejects paths that do not exist, or several paths not all in the repository', () => {
    const ws = folder(['src/a.yaml', 'tools/x.yaml'])
    expect(() => layoutScan(ws, ws, ['nope'])).toThrow(
      new InputError('input path: nope does not exist in the workspace'),
    )
    expect(() => layoutScan(ws, join(ws, 'src'), ['src', 'tools'])).toThrow(
      /input path: tools is outside the repository/,
    )
  })
})
