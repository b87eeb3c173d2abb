/**
 * The `.kube-whoami.yaml` configuration file: read as YAML 1.2 (so `off` stays a word),
 * validated against schema/kube-whoami.schema.json, and turned into the settings the
 * scanner, the image linker and the chart renderer take. Every error is a ConfigError
 * (a usage error, exit code 2) at the line to edit. The CLI and the action share it.
 */
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, join, posix, relative } from 'node:path'
import { parseAllDocuments } from 'yaml'
import type { SourceRange } from '../core/range.js'
import type { ConfigImage } from '../images/links/types.js'
import { isDict, type Dict } from '../k8s/fields.js'
import { type PssLevel, pssVersionProblem } from '../rules/pod/pss-policy.js'
import { YamlDocument, YamlText, type YamlPath } from '../yaml/read.js'
import { FileRefused, readRegularFile, readRootText, resolveInRoot } from '../core/root-files.js'
import { ConfigError, ProblemCollector } from './errors.js'
import type {
  ChartConfig,
  ChartVariant,
  ConfigLimits,
  Config,
  KustomizeEntry,
  LoadedConfig,
  RegistriesConfig,
  RuleExclude,
  RuleSetting,
} from './types.js'
import { CONFIG_FILE_NAMES } from './file.js'
import { label, validateConfig } from './validate.js'
import { addDuplicateKeyErrors } from '../yaml/unique-keys.js'
import { nestingPasses } from '../yaml/depth.js'

export type * from './types.js'
export { CONFIG_FILE_NAMES }

/**
 * Reads the config file: the explicit path (relative to `root` unless absolute), else
 * `.kube-whoami.yaml` at the root when present. `knownRules` are the rule ids of the
 * running build, for "unknown rule" errors and their did-you-mean hints.
 */
export function loadConfig(
  root: string,
  explicit?: string,
  knownRules: readonly string[] = [],
): LoadedConfig {
  let abs: string | undefined
  if (explicit) {
    abs = isAbsolute(explicit) ? explicit : join(root, explicit)
    if (!existsSync(abs)) throw new ConfigError(`config file not found: ${explicit}`)
  } else {
    abs = CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p))
    if (!abs) return { config: {} }
  }
  const rel = relative(root, abs).split('\\').join('/')
  const inRoot = rel !== '' && rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel)
  const file = inRoot ? rel : abs
  let text: string
  try {
    // The repository's own config is read like any of its files (symbolic links cannot lead
    // out of it); a file named on the command line outside the root is the user's choice.
    text = inRoot ? readRootText(root, rel) : readRegularFile(abs, file).toString('utf8')
  } catch (e) {
    throw new ConfigError(
      e instanceof FileRefused
        ? `configuration file ${e.message}: not read`
        : `cannot read ${file}: ${(e as Error).message}`,
    )
  }
  const problems = new ProblemCollector()
  const parsed = parse(text, file, knownRules, problems)
  if (!parsed) return { config: {}, file }
  checkPaths(root, parsed.doc, parsed.value, parsed.config, problems)
  problems.throwIfAny()
  return { config: parsed.config, file }
}

/** Parses and validates configuration text; `file` is the name used in positions. */
export function parseConfig(
  text: string,
  file: string,
  knownRules: readonly string[] = [],
): Config {
  const problems = new ProblemCollector()
  const config = parse(text, file, knownRules, problems)?.config ?? {}
  problems.throwIfAny()
  return config
}

function parse(
  text: string,
  file: string,
  knownRules: readonly string[],
  problems: ProblemCollector,
): { doc: YamlDocument; value: Dict; config: Config } | undefined {
  const doc = readConfigDocument(text, file)
  if (!doc) return undefined
  const value = doc.value
  if (value === null || value === undefined) return undefined
  if (!isDict(value)) throw new ConfigError('the configuration must be a mapping', doc.contentRange)
  validateConfig(doc, value, knownRules)
  return { doc, value, config: build(doc, value, problems) }
}

/** The one YAML document of a config file (YAML 1.2), or undefined when it is empty. */
function readConfigDocument(source: string, file: string): YamlDocument | undefined {
  const text = new YamlText(file, source)
  const deep = nestingPasses(source, MAX_CONFIG_DEPTH)
  if (deep !== undefined) {
    // Before parsing, the line counter is empty: count lines here.
    const line = source.slice(0, deep).split('\n').length
    const column = deep - source.lastIndexOf('\n', deep - 1)
    throw new ConfigError(`the configuration nests deeper than ${MAX_CONFIG_DEPTH} levels`, {
      file,
      startLine: line,
      startColumn: column,
      endLine: line,
      endColumn: column + 1,
    })
  }
  const docs = parseAllDocuments(source, {
    lineCounter: text.lineCounter,
    // Checked in linear time below (unique-keys.ts): the package's own check is quadratic.
    uniqueKeys: false,
    prettyErrors: false,
  })
  const list = Array.isArray(docs) ? docs : []
  const parsed = list.map((d, i) => {
    addDuplicateKeyErrors(d)
    const problems = d.errors.map((err) => {
      const span = { start: err.pos[0], end: Math.max(err.pos[0], err.pos[1]) }
      const message = err.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()
      return { message, span, range: text.rangeOfSpan(span) }
    })
    return new YamlDocument(text, i, d, problems)
  })
  for (const d of parsed) {
    if (d.problems.length) throw new ConfigError(d.problems[0].message, d.problems[0].range)
    try {
      void d.value
    } catch (e) {
      // The yaml library refuses aliases that expand without bound (a "billion laughs").
      const alias = /(^|[\s,[{:-])\*[^\s,\]}]+/.exec(source)
      const at = alias ? alias.index + alias[1].length : 0
      throw new ConfigError(
        `the configuration cannot be read: ${(e as Error).message.replace(/ indicates a resource exhaustion attack$/, ' (an alias bomb?)')}`,
        text.rangeOfSpan({ start: at, end: at + 1 }),
      )
    }
  }
  const nonEmpty = parsed.filter((d) => !d.isEmpty)
  if (nonEmpty.length > 1) {
    throw new ConfigError(
      'the configuration must be a single YAML document',
      nonEmpty[1].contentRange,
    )
  }
  return nonEmpty[0]
}

/** A configuration is a few levels deep; the YAML reader recurses per level. */
const MAX_CONFIG_DEPTH = 64

function build(doc: YamlDocument, value: Dict, problems: ProblemCollector): Config {
  const at = (path: YamlPath, part: 'key' | 'value' | 'pair' = 'pair'): SourceRange =>
    doc.rangeOf(path, part) ?? doc.contentRange
  const config: Config = {}

  if (Array.isArray(value.images)) {
    config.images = value.images.map((raw, i): ConfigImage => {
      const e = raw as Dict
      const image: ConfigImage = {
        image: e.image as string,
        dockerfile: e.dockerfile as string,
        range: at(['images', i, 'image']),
        dockerfileRange: at(['images', i, 'dockerfile'], 'value'),
      }
      if (typeof e.target === 'string') image.target = e.target
      if (typeof e.context === 'string') image.context = e.context
      if (isDict(e.args)) image.args = scalarTexts(doc, ['images', i, 'args'], e.args)
      return image
    })
  }

  if (Array.isArray(value.charts)) {
    config.charts = value.charts.map((raw, i) => chartOf(doc, raw as Dict, i))
  }

  if (Array.isArray(value.kustomize)) {
    config.kustomize = value.kustomize.map((raw, i) => {
      const e = raw as Dict
      const entry: KustomizeEntry = {
        path: normalisePath(e.path as string),
        range: at(['kustomize', i, 'path'], 'value'),
      }
      if (e.loadRestrictor === 'rootOnly' || e.loadRestrictor === 'none')
        entry.loadRestrictor = e.loadRestrictor
      return entry
    })
  }

  if (isDict(value.pss)) {
    const pss: Config['pss'] = {}
    if (typeof value.pss.level === 'string') pss.level = value.pss.level as PssLevel
    if (typeof value.pss.version === 'string') {
      const problem = pssVersionProblem(value.pss.version)
      if (problem) problems.add(`pss.version ${problem}`, at(['pss', 'version'], 'value'))
      else pss.version = value.pss.version
    }
    config.pss = pss
  }

  if (Array.isArray(value.exclude)) config.exclude = value.exclude as string[]

  if (isDict(value.rules)) {
    const levels: Record<string, RuleSetting> = {}
    const options: Record<string, Record<string, unknown>> = {}
    const excludes: RuleExclude[] = []
    const entries: Record<string, SourceRange> = {}
    for (const [id, setting] of Object.entries(value.rules)) {
      entries[id] = at(['rules', id], 'key')
      if (typeof setting === 'string') {
        levels[id] = setting as RuleSetting
        continue
      }
      if (!isDict(setting)) continue
      if (typeof setting.level === 'string') levels[id] = setting.level as RuleSetting
      if (isDict(setting.options)) options[id] = setting.options
      if (Array.isArray(setting.exclude)) {
        excludes.push({
          ruleId: id,
          globs: (setting.exclude as string[]).map((glob, g) => ({
            value: glob,
            range: at(['rules', id, 'exclude', g], 'value'),
          })),
          reason: typeof setting.reason === 'string' ? setting.reason : undefined,
          range: at(['rules', id], 'key'),
        })
      }
    }
    config.rules = levels
    config.ruleEntries = entries
    if (Object.keys(options).length) config.ruleOptions = options
    if (excludes.length) config.ruleExcludes = excludes
  }

  if (typeof value.baseline === 'string') {
    config.baseline = { value: value.baseline, range: at(['baseline'], 'value') }
  }
  if (isDict(value.registries)) {
    const r = value.registries
    const registries: RegistriesConfig = {}
    if (typeof r.lookup === 'boolean') registries.lookup = r.lookup
    if (typeof r.platform === 'string') registries.platform = r.platform
    if (Array.isArray(r.insecure)) registries.insecure = r.insecure.map(String)
    if (typeof r.timeoutSeconds === 'number') registries.timeoutSeconds = r.timeoutSeconds
    if (typeof r.maxLayerBytes === 'number') registries.maxLayerBytes = r.maxLayerBytes
    config.registries = registries
  }

  if (isDict(value.limits)) {
    const limits: ConfigLimits = {}
    for (const key of LIMIT_KEYS) {
      const v = value.limits[key]
      if (typeof v === 'number') limits[key] = v
    }
    config.limits = limits
  }
  return config
}

const LIMIT_KEYS = [
  'renderSeconds',
  'renderMemoryMiB',
  'valueSize',
  'listLength',
  'keyGenerations',
  'findings',
] as const satisfies readonly (keyof ConfigLimits)[]

function chartOf(doc: YamlDocument, e: Dict, i: number): ChartConfig {
  const base: YamlPath = ['charts', i]
  const range = doc.rangeOf([...base, 'path']) ?? doc.contentRange
  const own = renderSettings(doc, base, e)
  const variants: ChartVariant[] = []
  if (isDict(e.variants) && Object.keys(e.variants).length) {
    for (const [name, raw] of Object.entries(e.variants)) {
      const path = [...base, 'variants', name]
      const v = renderSettings(doc, path, (raw ?? {}) as Dict)
      variants.push({
        name,
        releaseName: v.releaseName ?? own.releaseName,
        namespace: v.namespace ?? own.namespace,
        values: [...own.values, ...v.values],
        set: [...own.set, ...v.set],
        setString: [...own.setString, ...v.setString],
        setFile: [...own.setFile, ...v.setFile],
        setJson: [...own.setJson, ...v.setJson],
        kubeVersion: v.kubeVersion ?? own.kubeVersion,
        apiVersions: [...own.apiVersions, ...v.apiVersions],
        range: doc.rangeOf(path, 'key') ?? range,
      })
    }
  } else {
    variants.push({ ...own, range })
  }
  return { path: normalisePath(e.path as string), variants, range }
}

function renderSettings(doc: YamlDocument, base: YamlPath, e: Dict): Omit<ChartVariant, 'range'> {
  const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : [])
  const sets = (key: string): string[] => {
    const v = e[key]
    if (Array.isArray(v)) return v as string[]
    if (!isDict(v)) return []
    return Object.entries(scalarTexts(doc, [...base, key], v)).map(([k, s]) => `${k}=${s}`)
  }
  const out: Omit<ChartVariant, 'range'> = {
    values: strings(e.values).map(normalisePath),
    set: sets('set'),
    setString: sets('setString'),
    setFile: sets('setFile'),
    setJson: sets('setJson'),
    apiVersions: strings(e.apiVersions),
  }
  if (typeof e.releaseName === 'string') out.releaseName = e.releaseName
  if (typeof e.namespace === 'string') out.namespace = e.namespace
  if (typeof e.kubeVersion === 'string') out.kubeVersion = e.kubeVersion
  return out
}

/**
 * Mapping values as the text a person wrote: build arguments and --set values are strings
 * to Docker and Helm, so `APP_UID: 010001` stays `010001` rather than a number.
 */
function scalarTexts(doc: YamlDocument, path: YamlPath, map: Dict): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(map)) {
    if (typeof v === 'string') {
      out[k] = v
      continue
    }
    const span = doc.spanOf([...path, k], 'value')
    out[k] = span ? doc.text.source.slice(span.start, span.end).trim() : String(v)
  }
  return out
}

function normalisePath(p: string): string {
  const n = posix.normalize(p.split('\\').join('/'))
  return n === '/' ? n : n.replace(/\/+$/, '').replace(/^\.\//, '') || '.'
}

/** Paths the config names must exist under the root: a wrong path is a usage error. */
function checkPaths(
  root: string,
  doc: YamlDocument,
  value: Dict,
  config: Config,
  problems: ProblemCollector,
): void {
  const at = (path: YamlPath) => doc.rangeOf(path, 'value') ?? doc.contentRange
  /** Whether `p` is written inside the root; a problem when it is not. */
  const inside = (p: string, range: SourceRange, what: string): boolean => {
    if (isAbsolute(p) || p === '..' || p.startsWith('../')) {
      problems.add(`${what} ${p} is outside the scanned root`, range)
      return false
    }
    return true
  }
  /** Whether `p` is a regular file that may be read (inside the root, not in .git). */
  const readable = (p: string, shown: string, range: SourceRange, what: string): void => {
    try {
      if (!statSync(resolveInRoot(root, p, shown)).isFile())
        problems.add(`${what} ${shown}: not a regular file: not read`, range)
    } catch (e) {
      if (!(e instanceof FileRefused)) throw e
      problems.add(
        e.reason === 'not found'
          ? `${what} ${shown} does not exist`
          : `${what} ${e.message}: not read`,
        range,
      )
    }
  }
  const charts = Array.isArray(value.charts) ? (value.charts as Dict[]) : []
  charts.forEach((raw, i) => {
    const chart = config.charts![i]
    const range = at(['charts', i, 'path'])
    if (inside(chart.path, range, 'chart') && !isFile(join(root, chart.path, 'Chart.yaml'))) {
      problems.add(`chart ${chart.path} has no Chart.yaml`, range)
    }
    const bases: YamlPath[] = [['charts', i]]
    if (isDict(raw.variants))
      for (const name of Object.keys(raw.variants)) bases.push(['charts', i, 'variants', name])
    for (const base of bases) {
      const valuesPath = [...base, 'values']
      const files = doc.nodeAt(valuesPath) ? (listAt(value, valuesPath) as string[]) : []
      files.forEach((f, j) => {
        const p = normalisePath(f)
        if (inside(p, at([...valuesPath, j]), 'values file'))
          readable(p, f, at([...valuesPath, j]), 'values file')
      })
      // --set-file reads a file into a value: a path out of the repository would put that
      // file's content into the rendered chart, its errors, and so into the report.
      for (const { path, range: r } of setFilePaths(doc, value, [...base, 'setFile'])) {
        const p = normalisePath(path)
        if (inside(p, r, 'setFile')) readable(p, path, r, 'setFile')
      }
    }
  })
  for (const k of config.kustomize ?? []) {
    if (
      inside(k.path, k.range, 'kustomization') &&
      !['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((n) =>
        isFile(join(root, k.path, n)),
      )
    ) {
      problems.add(`kustomization ${k.path} has no kustomization.yaml`, k.range)
    }
  }
  if (config.baseline && inside(config.baseline.value, config.baseline.range, 'baseline')) {
    try {
      resolveInRoot(root, config.baseline.value)
    } catch (e) {
      if (!(e instanceof FileRefused)) throw e
      // A missing baseline is reported where it is read, with how to write it.
      if (e.reason !== 'not found')
        problems.add(`baseline ${config.baseline.value} is ${e.reason}`, config.baseline.range)
    }
  }
}

/** The file paths of a `setFile` entry (mapping or list of `key=path[,key=path]`), with ranges. */
function setFilePaths(
  doc: YamlDocument,
  value: Dict,
  path: YamlPath,
): { path: string; range: SourceRange }[] {
  const node = doc.nodeAt(path)
  if (!node) return []
  let cur: unknown = value
  for (const step of path) cur = isDict(cur) || Array.isArray(cur) ? (cur as Dict)[step] : undefined
  const at = (p: YamlPath) => doc.rangeOf(p, 'value') ?? doc.contentRange
  const out: { path: string; range: SourceRange }[] = []
  if (isDict(cur)) {
    for (const [k, v] of Object.entries(cur))
      if (typeof v === 'string') out.push({ path: v, range: at([...path, k]) })
  } else if (Array.isArray(cur)) {
    cur.forEach((item, j) => {
      if (typeof item !== 'string') return
      for (const pair of item.split(',')) {
        const eq = pair.indexOf('=')
        if (eq > 0) out.push({ path: pair.slice(eq + 1), range: at([...path, j]) })
      }
    })
  }
  return out
}

function listAt(value: unknown, path: YamlPath): unknown[] {
  let cur = value
  for (const step of path) cur = isDict(cur) || Array.isArray(cur) ? (cur as Dict)[step] : undefined
  return Array.isArray(cur) ? cur : []
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

export { label as configPathLabel }
