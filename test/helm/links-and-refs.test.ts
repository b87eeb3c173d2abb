/**
 * Symbolic links in charts and `$ref`s of values.schema.json that are never fetched: links
 * inside the scanned directory are followed with helm's log line, links leaving it are left
 * out and said; a remote or file `$ref` is never fetched and said, on stderr for `render`
 * and as a notice in scans.
 */
import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { describeHelm } from '../helpers/helm.js'
import { chartYaml, ours, theirs, writeTree } from './fixtures.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/**
 * A repository whose chart `c` reaches a library chart through charts/lib -> ../../lib
 * (rook-ceph's layout) and its CRDs through crds -> ../crds.
 */
function linkedRepo(): string {
  const dir = realpathSync(
    writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: {{ include "lib.x" . }}\n',
      'lib/Chart.yaml': chartYaml('lib', 'type: library\n'),
      'lib/templates/_x.tpl': '{{ define "lib.x" }}hello{{ end }}\n',
      'crds/thing.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: things.example.com\n',
      'outside/secret.txt': 'not yours\n',
    }),
  )
  dirs.push(dir)
  mkdirSync(join(dir, 'c', 'charts'))
  symlinkSync('../../lib', join(dir, 'c', 'charts', 'lib'))
  symlinkSync('../crds', join(dir, 'c', 'crds'))
  return dir
}

describeHelm('symbolic links against helm', (helm) => {
  it('prints helm\'s "found symbolic link in path" lines and the same output', async () => {
    const dir = linkedRepo()
    const args = ['release-name', 'c', '--include-crds']
    const want = theirs(helm, args, dir)
    const got = await ours(args, dir)
    expect(want.stderr).toContain('found symbolic link in path')
    expect(got.stderr).toBe(want.stderr)
    expect(got.stdout).toBe(want.stdout)
    expect(got.code).toBe(want.code)
  })

  it("a urn: $ref: helm's own warning, permissive as helm is", async () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/values.yaml': 'a: 1\n',
      'c/values.schema.json': '{"properties": {"a": {"$ref": "urn:example:thing"}}}',
      'c/templates/cm.yaml': 'a: {{ .Values.a }}\n',
    })
    dirs.push(dir)
    const args = ['release-name', 'c']
    const want = theirs(helm, args, dir)
    const got = await ours(args, dir)
    expect(got.stderr).toBe(want.stderr)
    expect(got.stdout).toBe(want.stdout)
  })
})

describe('what kube-whoami does not follow or fetch', () => {
  it('render: a link that leaves the directory is left out, with a line on stderr', async () => {
    const dir = realpathSync(
      writeTree({ 'c/Chart.yaml': chartYaml('c'), 'outside/secret.txt': 'not yours\n' }),
    )
    dirs.push(dir)
    symlinkSync('../outside/secret.txt', join(dir, 'c', 'leak.txt'))
    // Rendered from inside the chart: the boundary is the chart's folder.
    const got = await ours(['.'], join(dir, 'c'))
    expect(got.code).toBe(0)
    expect(got.stderr).toBe(
      `level=WARN msg="symbolic link leaves the scanned directory; not followed" path=leak.txt resolved=${join(dir, 'outside', 'secret.txt')}\n`,
    )
  })

  it('render: a remote $ref is not fetched, and stderr says the values are not checked', async () => {
    const dir = writeTree({
      'c/Chart.yaml': chartYaml('c'),
      'c/values.yaml': 'a: 1\n',
      'c/values.schema.json':
        '{"properties": {"a": {"$ref": "https://schemas.example.invalid/a.json"}, "b": {"$ref": "file:///etc/b.json"}}}',
      'c/templates/cm.yaml': 'a: {{ .Values.a }}\n',
    })
    dirs.push(dir)
    const got = await ours(['c', '--set', 'b=2'], dir)
    expect(got.code).toBe(0)
    expect(got.stderr).toBe(
      [
        'level=WARN msg="values.schema.json $ref not fetched (kube-whoami reads no remote schema and no file outside the chart); the values are not checked against it" chart=c ref=https://schemas.example.invalid/a.json',
        'level=WARN msg="values.schema.json $ref not fetched (kube-whoami reads no remote schema and no file outside the chart); the values are not checked against it" chart=c ref=file:///etc/b.json',
        '',
      ].join('\n'),
    )
  })

  it('scan: links inside the repository are followed quietly; the others and unfetched $refs are notices', async () => {
    const dir = linkedRepo()
    symlinkSync('/etc/hostname', join(dir, 'c', 'host.txt'))
    writeFileSync(join(dir, 'c', 'values.yaml'), 'a: 1\n')
    writeFileSync(
      join(dir, 'c', 'values.schema.json'),
      '{"properties": {"a": {"$ref": "https://schemas.example.invalid/a.json"}}}',
    )
    const result = await scan({ root: dir })
    expect(result.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    // The ConfigMap rendered through the linked library (the CRD is also read as a manifest).
    expect(result.findings.filter((f) => f.ruleId === 'helm-render-error')).toEqual([])
    expect(result.stats.charts).toBe(2)
    const notices = result.notices.filter((n) => n.range?.file?.startsWith('c/'))
    expect(notices.map((n) => [n.level, n.range?.file])).toEqual([
      ['warning', 'c/host.txt'],
      ['warning', 'c/values.schema.json'],
    ])
    expect(notices[0].message).toContain(
      'symbolic link c/host.txt points outside the scanned repository (-> /etc/hostname)',
    )
    expect(notices[1].message).toContain(
      'refers to https://schemas.example.invalid/a.json, which kube-whoami never fetches',
    )
    expect(result.notices.some((n) => n.message.includes('found symbolic link'))).toBe(false)
  })
})
