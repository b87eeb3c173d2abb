/**
 * Discovery: what a scan reads and what it leaves out, and that nothing is left out
 * silently (oversized files and vendored code get a notice).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { discover, MAX_FILE_BYTES } from '../../src/discover/walk.js'

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n'

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-discover-'))
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
  return root
}

describe('discover', () => {
  it('sorts files by what the scan does with them; chart files are not manifests', () => {
    const root = tree({
      'deploy/app.yaml': pod,
      Dockerfile: 'FROM alpine\n',
      'services/api/Dockerfile.prod': 'FROM alpine\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'docker-compose.yml': 'services: {}\n',
      'skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\n',
      Makefile: 'all:\n\ttrue\n',
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'charts/web/templates/deployment.yaml': pod,
      'charts/web/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    })
    const d = discover({ root })
    expect(d.manifests).toEqual(['deploy/app.yaml'])
    expect(d.charts).toEqual(['charts/web'])
    expect(d.dockerfiles).toEqual(['Dockerfile', 'services/api/Dockerfile.prod'])
    expect(d.workflows).toEqual(['.github/workflows/ci.yml'])
    expect(d.compose).toEqual(['docker-compose.yml'])
    expect(d.skaffold).toEqual(['skaffold.yaml'])
    expect(d.scripts).toEqual(['Makefile'])
    expect(d.notices).toEqual([])
  })

  it('honours nested .gitignore files and excludes; never enters node_modules', () => {
    const root = tree({
      '.gitignore': 'generated/\n',
      'generated/a.yaml': pod,
      'apps/.gitignore': '*.local.yaml\n',
      'apps/a.local.yaml': pod,
      'apps/b.yaml': pod,
      'legacy/c.yaml': pod,
      'node_modules/pkg/d.yaml': pod,
    })
    expect(discover({ root, exclude: ['legacy/**'] }).manifests).toEqual(['apps/b.yaml'])
  })

  it('skips vendored Go modules with a notice, and scans them when named', () => {
    const root = tree({
      'vendor/modules.txt': '# github.com/x/y v1.0.0\n',
      'vendor/github.com/x/y/Dockerfile': 'FROM alpine\n',
      'tools/vendor/keep.yaml': pod,
    })
    const d = discover({ root })
    expect(d.dockerfiles).toEqual([])
    // Without modules.txt a folder called vendor is the project's own.
    expect(d.manifests).toEqual(['tools/vendor/keep.yaml'])
    expect(d.notices).toMatchObject([
      { level: 'note', range: { file: 'vendor/modules.txt', startLine: 1 } },
    ])
    expect(d.notices[0].message).toContain('skipped vendor/: vendored Go modules')
    expect(discover({ root, paths: ['vendor'] }).dockerfiles).toEqual([
      'vendor/github.com/x/y/Dockerfile',
    ])
  })

  it('skips an oversized file with a warning naming it', () => {
    const root = tree({ 'big.yaml': pod + '#'.repeat(MAX_FILE_BYTES) })
    const d = discover({ root })
    expect(d.manifests).toEqual([])
    expect(d.notices).toMatchObject([{ level: 'warning', range: { file: 'big.yaml' } }])
  })
})
