import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { starterConfig, yamlScalar } from '../../src/config/starter.js'
import { RULES } from '../../src/rules/index.js'
import { runCli } from '../cli/run-cli.js'
import { projectRoot } from '../helpers/shared.js'

const RULE_IDS = RULES.map((r) => r.id)
const links = join(projectRoot, '__fixtures__', 'links')

function copyFixture(name: string): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-init-'))
  cpSync(join(links, name), root, { recursive: true })
  return root
}

function addChart(root: string) {
  const files: Record<string, string> = {
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
    'charts/api/values.yaml': 'replicas: 1\n',
    'charts/api/values-prod.yaml': 'replicas: 3\n',
    'charts/api/values.dev.yaml': 'replicas: 1\n',
    'charts/api/templates/deploy.yaml': 'kind: Deployment\n',
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
}

/** Every commented-out top-level block made live (`# exclude:` and the `#   ...` lines under it). */
function uncommentBlocks(text: string): string {
  let inBlock = false
  return text
    .split('\n')
    .map((l) => {
      const header = /^# ((images|charts|pss|rules|exclude|baseline):.*)$/.exec(l)
      if (header) {
        inBlock = true
        return header[1]
      }
      if (inBlock && /^# {2}/.test(l)) return l.slice(2)
      inBlock = false
      return l
    })
    .join('\n')
}

describe('kube-whoami init', () => {
  it('writes a starter config with the image links and charts it finds, valid against the schema', async () => {
    const root = copyFixture('workflow-metadata')
    addChart(root)
    const res = await runCli(['init'], root)
    expect(res.stderr).toBe('')
    expect(res.code).toBe(0)
    expect(res.stdout.split('\n')).toEqual([
      expect.stringMatching(
        /^kube-whoami: wrote \/.+\/\.kube-whoami\.yaml \(\d+ image links, 1 chart\)$/,
      ),
      '  charts/api: rendered as default, prod, dev; prod adds charts/api/values-prod.yaml, dev adds charts/api/values.dev.yaml on top of values.yaml, which can add findings',
      'Review it, then run: kube-whoami scan .',
      '',
    ])
    expect(res.stdout).toContain(join(root, '.kube-whoami.yaml'))
    const text = readFileSync(join(root, '.kube-whoami.yaml'), 'utf8')
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/kube-whoami/kube-whoami/main/schema/kube-whoami.schema.json',
    )
    const config = parseConfig(text, '.kube-whoami.yaml', RULE_IDS)
    expect(config.images).toContainEqual(
      expect.objectContaining({
        image: 'ghcr.io/acme/worker',
        dockerfile: 'services/worker/Dockerfile',
      }),
    )
    expect(config.images).toContainEqual(
      expect.objectContaining({
        image: 'ghcr.io/acme/api',
        target: 'runtime',
        args: { APP_UID: '10001' },
      }),
    )
    expect(text).toMatch(
      /- image: ghcr\.io\/acme\/worker {3}# workflow \.github\/workflows\/release\.yml:\d+\n/,
    )
    expect(config.charts).toEqual([
      expect.objectContaining({
        path: 'charts/api',
        variants: [
          expect.objectContaining({ name: 'default', values: [] }),
          expect.objectContaining({ name: 'prod', values: ['charts/api/values-prod.yaml'] }),
          expect.objectContaining({ name: 'dev', values: ['charts/api/values.dev.yaml'] }),
        ],
      }),
    ])
    expect(config.pss).toEqual({ level: 'restricted', version: 'latest' })
    // The scan reads it as it is.
    expect((await runCli(['scan', '--fail-on', 'none'], root)).code).toBe(0)
    // Every commented block is valid once uncommented.
    const live = parseConfig(uncommentBlocks(text), '.kube-whoami.yaml', RULE_IDS)
    expect(live.rules).toEqual({ 'container-runs-as-root': 'warning' })
    expect(live.exclude).toEqual(['vendor/**'])
    expect(live.baseline?.value).toBe('.kube-whoami-baseline.json')
  })

  it('init PATH writes into PATH, and scan PATH and baseline PATH read that config', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'kw-init-'))
    const root = join(outer, 'repo')
    cpSync(join(links, 'workflow-metadata'), root, { recursive: true })
    const init = await runCli(['init', 'repo'], outer)
    expect(init.code).toBe(0)
    expect(init.stdout).toContain(`wrote ${join(root, '.kube-whoami.yaml')}`)
    expect(init.stdout).toMatch(/Review it, then run: kube-whoami scan repo\n$/)
    // A config in PATH with another policy level shows that scan PATH reads it.
    const written = readFileSync(join(root, '.kube-whoami.yaml'), 'utf8')
    expect(written).toMatch(/^ {2}level: restricted/m)
    writeFileSync(
      join(root, '.kube-whoami.yaml'),
      written.replace(/^ {2}level: restricted/m, '  level: privileged'),
    )
    const json = await runCli(['scan', 'repo', '--format', 'json', '--fail-on', 'none'], outer)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout).settings.pss.level).toBe('privileged')
    // Paths are relative to PATH, the root.
    expect(JSON.stringify(JSON.parse(json.stdout).findings)).not.toContain('repo/')
    const baseline = await runCli(['baseline', 'repo'], outer)
    expect(baseline.code).toBe(0)
    expect(readFileSync(join(root, '.kube-whoami-baseline.json'), 'utf8')).toMatch(/"findings"/)
  })

  it('lists competing builds of one image as comments for the user to choose', async () => {
    const root = copyFixture('ambiguity')
    const res = await runCli(['init', '-o', '-'], root)
    expect(res.code).toBe(0)
    expect(res.stdout).toMatch(
      /# ghcr\.io\/acme\/api is built by 2 builds; keep the one that is deployed:/,
    )
    expect(parseConfig(res.stdout, 'c.yaml', RULE_IDS).images ?? []).toEqual([])
  })

  it('never overwrites a config without --force', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kw-init-'))
    writeFileSync(join(root, '.kube-whoami.yaml'), 'pss: {level: baseline}\n')
    const res = await runCli(['init'], root)
    expect(res.code).toBe(2)
    expect(res.stderr).toMatch(/\.kube-whoami\.yaml already exists; pass --force to overwrite it/)
    expect(readFileSync(join(root, '.kube-whoami.yaml'), 'utf8')).toBe('pss: {level: baseline}\n')
    expect((await runCli(['init', '--force'], root)).code).toBe(0)
    expect(readFileSync(join(root, '.kube-whoami.yaml'), 'utf8')).toMatch(/^# yaml-language-server/)
  })

  it('an empty repository gets every section as a commented example', () => {
    const text = starterConfig({ links: [], charts: [] })
    expect(parseConfig(text, 'c.yaml', RULE_IDS)).toEqual({
      pss: { level: 'restricted', version: 'latest' },
    })
    const live = parseConfig(uncommentBlocks(text), 'c.yaml', RULE_IDS)
    expect(Object.keys(live).sort()).toEqual([
      'baseline',
      'charts',
      'exclude',
      'images',
      'pss',
      'ruleExcludes',
      'rules',
    ])
    expect(live.images?.[0]).toMatchObject({
      image: 'ghcr.io/acme/api',
      args: { APP_UID: '10001' },
    })
    expect(live.charts?.[0].variants[0].set).toEqual(['image.tag=1.2.3'])
  })

  it('quotes scalars YAML would read as something else', () => {
    expect(yamlScalar('ghcr.io/acme/api')).toBe('ghcr.io/acme/api')
    expect(yamlScalar('services/api/Dockerfile')).toBe('services/api/Dockerfile')
    expect(yamlScalar('.')).toBe('.')
    for (const s of ['on', 'no', '1.10', '10001', '.inf', 'a: b', '#x', '', 'key:'])
      expect(yamlScalar(s)).toBe(JSON.stringify(s))
  })
})
