/**
 * The package as npm publishes it: `npm pack`, then `npx ./kube-whoami-<version>.tgz scan DIR`
 * in an empty folder, as the README tells a user to try it. The bundle carries every
 * dependency, so the tarball installs with nothing from the registry.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOOL_VERSION } from '../../src/core/project.js'
import { projectRoot } from '../helpers/shared.js'

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string
  engines: { node: string }
  files: string[]
  repository: { url: string }
  dependencies?: Record<string, string>
}

describe('the npm package', () => {
  it('declares what npm and users need, and the version the CLI prints', () => {
    expect(pkg.version).toBe(TOOL_VERSION)
    expect(pkg.repository.url).toMatch(/github\.com\/kube-whoami\/kube-whoami/)
    expect(pkg.engines.node).toBe('>=20.19')
    // Everything is bundled into dist/cli: nothing to install at run time.
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('packs into a tarball that npx runs in an empty folder', () => {
    const work = mkdtempSync(join(tmpdir(), 'kw-pack-'))
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    })
    const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[]
    const files = packed.files.map((f) => f.path)
    expect(files).toContain('dist/cli/index.js')
    expect(files).toContain('docs/rules/runasnonroot-image-root.md')
    expect(files).toContain('schema/kube-whoami.schema.json')
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([])

    const repo = join(work, 'repo')
    cpSync(join(projectRoot, 'demo'), repo, { recursive: true })
    const empty = join(work, 'empty')
    mkdirSync(empty)
    cpSync(join(work, packed.filename), join(empty, packed.filename))
    const res = spawnSync(
      'npx',
      ['--yes', `./${packed.filename}`, 'scan', '../repo', '--format', 'json', '--fail-on', 'none'],
      {
        cwd: empty,
        encoding: 'utf8',
        env: {
          ...process.env,
          npm_config_cache: join(work, 'npm-cache'),
          npm_config_offline: 'true',
          npm_config_update_notifier: 'false',
        },
      },
    )
    expect(res.stderr).toBe('')
    expect(res.status).toBe(0)
    const report = JSON.parse(res.stdout) as { findings: { ruleId: string }[] }
    expect(report.findings.map((f) => f.ruleId)).toContain('runasnonroot-runasuser-zero')
  }, 120_000)
})
