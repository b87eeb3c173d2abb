import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/errors.js'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { scanOptionsFromConfig } from '../../src/config/scan-options.js'
import { CONFIG_SCHEMA } from '../../src/config/schema.generated.js'
import { RULES } from '../../src/rules/index.js'
import { projectRoot } from '../helpers/shared.js'

const RULE_IDS = RULES.map((r) => r.id)
const fixtures = join(projectRoot, '__fixtures__', 'config')

/** The message of the ConfigError a config text raises ("file:line:col: message"). */
function errorOf(text: string, rules: readonly string[] = RULE_IDS): string {
  try {
    parseConfig(text, '.kube-whoami.yaml', rules)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
  throw new Error('no error for:\n' + text)
}

describe('configuration errors: exact positions and words', () => {
  const cases: [string, string][] = [
    ['pss:\n  levle: baseline\n', '2:3: unknown key "pss.levle" (did you mean "level"?)'],
    ['imagse: []\n', '1:1: unknown key "imagse" (did you mean "images"?)'],
    ['basline: b.json\n', '1:1: unknown key "basline" (did you mean "baseline"?)'],
    [
      'rules:\n  pss-privilegd: off\n',
      '2:3: unknown rule "pss-privilegd" (did you mean "pss-privileged"?)',
    ],
    [
      'rules:\n  pss-privileged: warnin\n',
      '2:19: rules.pss-privileged must be "off", "error", "warning" or "note", not "warnin" (did you mean "warning"?)',
    ],
    [
      'rules:\n  pss-privileged: 3\n',
      '2:19: rules.pss-privileged must be off, error, warning or note, or a mapping with level, exclude, reason and options, not 3',
    ],
    [
      'rules:\n  pss-privileged:\n    levl: off\n',
      '3:5: unknown key "rules.pss-privileged.levl" (did you mean "level"?)',
    ],
    [
      'rules:\n  pss-privileged:\n    exclude: legacy/**\n',
      '3:14: rules.pss-privileged.exclude must be a list, not "legacy/**"',
    ],
    [
      'pss:\n  level: strict\n',
      '2:10: pss.level must be "privileged", "baseline" or "restricted", not "strict"',
    ],
    ['pss:\n  version: 1.30\n', '2:12: pss.version must be a string, not 1.30'],
    ['pss:\n  version: v2.0\n', '2:12: pss.version must be "latest" or "v1.N", not "v2.0"'],
    ['pss: baseline\n', '1:6: pss must be a mapping, not "baseline"'],
    ['exclude: vendor/**\n', '1:10: exclude must be a list, not "vendor/**"'],
    ['exclude:\n  - ""\n', '2:5: exclude[0] must not be empty'],
    ['images:\n  - image: a\n', '2:5: images[0] needs "dockerfile"'],
    [
      'images:\n  - image: a\n    dockerfile: D\n    tagret: x\n',
      '4:5: unknown key "images[0].tagret" (did you mean "target"?)',
    ],
    [
      'images:\n  - image: a\n    dockerfile: D\n    args: [A=1]\n',
      '4:11: images[0].args must be a mapping, not a list',
    ],
    ['charts:\n  - values: [v.yaml]\n', '2:5: charts[0] needs "path"'],
    [
      'charts:\n  - path: c\n    set: 3\n',
      '3:10: charts[0].set must be a mapping of key: value or a list of key=value strings, not 3',
    ],
    [
      'charts:\n  - path: c\n    set: [replicas]\n',
      '3:11: charts[0].set[0] must be key=value, not "replicas"',
    ],
    [
      'charts:\n  - path: c\n    variants:\n      prod:\n        valuse: []\n',
      '5:9: unknown key "charts[0].variants.prod.valuse" (did you mean "values"?)',
    ],
    [
      'charts:\n  - path: c\n    variants:\n      "pr od": {}\n',
      "4:7: charts[0].variants.pr od variant names use letters, digits, '.', '_' and '-', not \"pr od\"",
    ],
    ['baseline: 3\n', '1:11: baseline must be a string, not 3'],
    ['- a\n', '1:1: the configuration must be a mapping'],
    ['pss: {level: baseline, level: restricted}\n', '1:24: Map keys must be unique'],
    [
      'pss:\n  level: [baseline\n',
      '3:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['pss: {}\n---\nrules: {}\n', '3:1: the configuration must be a single YAML document'],
  ]
  for (const [text, want] of cases) {
    it(want, () => expect(errorOf(text)).toBe(`.kube-whoami.yaml:${want}`))
  }

  it('every problem is reported at once, in file order', () => {
    expect(errorOf('rules:\n  pss-privilegd: off\npss:\n  levle: x\nexclude: a\n')).toBe(
      [
        '.kube-whoami.yaml:2:3: unknown rule "pss-privilegd" (did you mean "pss-privileged"?)',
        '.kube-whoami.yaml:4:3: unknown key "pss.levle" (did you mean "level"?)',
        '.kube-whoami.yaml:5:10: exclude must be a list, not "a"',
      ].join('\n'),
    )
  })

  it('a policy version newer than the newest known is refused, where it is written', () => {
    expect(errorOf('pss:\n  version: v1.99\n')).toBe(
      '.kube-whoami.yaml:2:12: pss.version v1.99 is newer than the newest policy this kube-whoami knows: use latest or v1.0 ... v1.37',
    )
    expect(parseConfig('pss:\n  version: v1.37\n', 'c.yaml', RULE_IDS).pss).toEqual({
      version: 'v1.37',
    })
  })

  it('rules the build knows are accepted even when the schema does not list them yet', () => {
    expect(
      parseConfig('rules:\n  brand-new-rule: note\n', 'c.yaml', [...RULE_IDS, 'brand-new-rule']),
    ).toEqual({
      rules: { 'brand-new-rule': 'note' },
    })
    expect(errorOf('rules:\n  brand-new-rule: note\n')).toMatch(/unknown rule "brand-new-rule"/)
  })
})

describe('a valid configuration', () => {
  it('reads every section, YAML 1.2 words and the text of scalars as written', () => {
    const { config, file } = loadConfig(join(fixtures, 'full'), undefined, RULE_IDS)
    expect(file).toBe('.kube-whoami.yaml')
    expect(config.images).toEqual([
      {
        image: 'ghcr.io/acme/api',
        dockerfile: 'services/api/Dockerfile',
        target: 'runtime',
        args: { APP_UID: '010001', DEBUG: 'false' },
        range: {
          file: '.kube-whoami.yaml',
          startLine: 3,
          startColumn: 5,
          endLine: 3,
          endColumn: 28,
        },
        dockerfileRange: {
          file: '.kube-whoami.yaml',
          startLine: 4,
          startColumn: 17,
          endLine: 4,
          endColumn: 40,
        },
      },
    ])
    const chart = config.charts![0]
    expect(chart.path).toBe('charts/api')
    expect(chart.variants.map((v) => ({ ...v, range: v.range.startLine }))).toEqual([
      {
        name: 'dev',
        releaseName: 'api',
        namespace: 'dev',
        values: ['charts/api/values-common.yaml', 'charts/api/values-dev.yaml'],
        set: ['image.tag=1.2.0', 'replicas=3'],
        setString: ['podAnnotations.team=platform'],
        setFile: [],
        setJson: [],
        kubeVersion: 'v1.31.0',
        apiVersions: ['monitoring.coreos.com/v1'],
        range: 17,
      },
      {
        name: 'prod',
        releaseName: 'api',
        namespace: 'prod',
        values: ['charts/api/values-common.yaml'],
        set: ['image.tag=1.2.0', 'replicas=3', 'image.tag=1.2.1'],
        setString: ['podAnnotations.team=platform'],
        setFile: [],
        setJson: [],
        kubeVersion: 'v1.31.0',
        apiVersions: ['monitoring.coreos.com/v1'],
        range: 20,
      },
    ])
    expect(config.pss).toEqual({ level: 'baseline', version: 'v1.30' })
    expect(config.rules).toEqual({
      'pss-host-ports': 'off',
      'container-runs-as-root': 'warning',
      'pss-privileged': 'note',
    })
    expect(config.ruleOptions).toEqual({ 'pss-privileged': { strict: true } })
    expect(config.ruleExcludes).toEqual([
      {
        ruleId: 'pss-privileged',
        globs: [
          {
            value: 'legacy/**',
            range: expect.objectContaining({ startLine: 30, startColumn: 15 }),
          },
        ],
        reason: 'replaced this quarter',
        range: expect.objectContaining({ startLine: 28, startColumn: 3 }),
      },
    ])
    expect(config.exclude).toEqual(['vendor/**'])
    expect(config.baseline).toEqual({
      value: '.kube-whoami-baseline.json',
      range: expect.objectContaining({ startLine: 35 }),
    })
  })

  it('an empty file, comments only, or empty sections are no configuration', () => {
    expect(parseConfig('', 'c.yaml')).toEqual({})
    expect(parseConfig('# nothing yet\n', 'c.yaml')).toEqual({})
    expect(parseConfig('rules:\nexclude:\nimages:\n', 'c.yaml')).toEqual({})
  })

  it('the fixture validates against the shipped JSON Schema with a plain validator too', () => {
    const schema = JSON.parse(
      readFileSync(join(projectRoot, 'schema', 'kube-whoami.schema.json'), 'utf8'),
    )
    expect(schema).toEqual(CONFIG_SCHEMA)
    const ajv = new Ajv({ strict: false })
    const validate = ajv.compile(schema)
    const config = parseConfig(
      readFileSync(join(fixtures, 'full', '.kube-whoami.yaml'), 'utf8'),
      'c.yaml',
    )
    expect(config.pss).toBeDefined()
    expect(validate({ pss: { level: 'baseline' }, rules: { 'pss-privileged': 'off' } })).toBe(true)
    expect(validate({ rules: { 'pss-privilegd': 'off' } })).toBe(false)
  })
})

describe('paths the configuration names', () => {
  const repo = (config: string) => {
    const root = mkdtempSync(join(tmpdir(), 'kw-config-'))
    mkdirSync(join(root, 'charts', 'api'), { recursive: true })
    writeFileSync(
      join(root, 'charts', 'api', 'Chart.yaml'),
      'apiVersion: v2\nname: api\nversion: 1.0.0\n',
    )
    writeFileSync(join(root, '.kube-whoami.yaml'), config)
    return root
  }
  const loadError = (config: string) => {
    try {
      loadConfig(repo(config), undefined, RULE_IDS)
    } catch (e) {
      return (e as Error).message
    }
    return 'no error'
  }
  it('a chart folder without Chart.yaml, a missing values file, a path outside the root', () => {
    expect(loadError('charts:\n  - path: charts/web\n')).toBe(
      '.kube-whoami.yaml:2:11: chart charts/web has no Chart.yaml',
    )
    expect(
      loadError('charts:\n  - path: charts/api\n    values: [charts/api/values-prod.yaml]\n'),
    ).toBe('.kube-whoami.yaml:3:14: values file charts/api/values-prod.yaml does not exist')
    expect(
      loadError(
        'charts:\n  - path: charts/api\n    variants:\n      prod:\n        values: [prod.yaml]\n',
      ),
    ).toBe('.kube-whoami.yaml:5:18: values file prod.yaml does not exist')
    expect(loadError('charts:\n  - path: ../elsewhere\n')).toBe(
      '.kube-whoami.yaml:2:11: chart ../elsewhere is outside the scanned root',
    )
    expect(loadError('baseline: /tmp/b.json\n')).toBe(
      '.kube-whoami.yaml:1:11: baseline /tmp/b.json is outside the scanned root',
    )
    // All of them in one run.
    expect(
      loadError(
        'charts:\n  - path: charts/web\n  - path: charts/api\n    values: [a.yaml, b.yaml]\nbaseline: ../b.json\n',
      ).split('\n'),
    ).toEqual([
      '.kube-whoami.yaml:2:11: chart charts/web has no Chart.yaml',
      '.kube-whoami.yaml:4:14: values file a.yaml does not exist',
      '.kube-whoami.yaml:4:22: values file b.yaml does not exist',
      '.kube-whoami.yaml:5:11: baseline ../b.json is outside the scanned root',
    ])
  })
  it('kustomize: entries name folders with a kustomization, inside the root', () => {
    expect(loadError('kustomize:\n  - path: deploy/base\n')).toBe(
      '.kube-whoami.yaml:2:11: kustomization deploy/base has no kustomization.yaml',
    )
    expect(loadError('kustomize:\n  - path: ../other\n')).toBe(
      '.kube-whoami.yaml:2:11: kustomization ../other is outside the scanned root',
    )
    expect(loadError('kustomize:\n  - path: charts/api\n    loadRestrictor: nope\n')).toMatch(
      /^\.kube-whoami\.yaml:3:21: kustomize\[0\]\.loadRestrictor must be/,
    )
    const root = repo('kustomize:\n  - path: deploy/base/\n    loadRestrictor: none\n')
    mkdirSync(join(root, 'deploy', 'base'), { recursive: true })
    writeFileSync(join(root, 'deploy', 'base', 'kustomization.yaml'), 'resources: []\n')
    const loaded = loadConfig(root, undefined, RULE_IDS)
    expect(scanOptionsFromConfig(root, loaded).kustomize).toEqual([
      {
        path: 'deploy/base',
        loadRestrictor: 'none',
        range: expect.objectContaining({ startLine: 2 }),
      },
    ])
  })
  it('a missing explicit config file, and a missing baseline the config names', () => {
    expect(() => loadConfig(repo(''), 'nope.yaml')).toThrow('config file not found: nope.yaml')
    const root = repo('baseline: accepted.json\n')
    const loaded = loadConfig(root, undefined, RULE_IDS)
    expect(() => scanOptionsFromConfig(root, loaded)).toThrow(
      '.kube-whoami.yaml:1:11: baseline file not found: accepted.json (write it with kube-whoami baseline)',
    )
    expect(
      scanOptionsFromConfig(root, loaded, { baseline: false }).suppress?.baseline,
    ).toBeUndefined()
  })
  it('command-line overrides win over the file', () => {
    const root = repo('pss:\n  level: baseline\n  version: v1.30\nexclude: [a/**]\n')
    const loaded = loadConfig(root, undefined, RULE_IDS)
    const opts = scanOptionsFromConfig(root, loaded, { pssVersion: 'v1.25', exclude: ['b/**'] })
    expect(opts.pss).toEqual({ level: 'baseline', minor: 25, label: 'v1.25' })
    expect(opts.exclude).toEqual(['a/**', 'b/**'])
    expect(() => scanOptionsFromConfig(root, loaded, { pssLevel: 'strict' })).toThrow(
      '--pss-level must be privileged, baseline or restricted, not "strict"',
    )
    expect(() =>
      scanOptionsFromConfig(root, loaded, { pssLevel: 'strict', pssVersion: 'v1.99' }),
    ).toThrow(
      '--pss-level must be privileged, baseline or restricted, not "strict"\n--pss-version v1.99 is newer than the newest policy this kube-whoami knows: use latest or v1.0 ... v1.37',
    )
  })
})
