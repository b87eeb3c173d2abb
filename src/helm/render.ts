/**
 * `helm template` as a library: values merged from -f/--set*, the chart loaded and its
 * dependencies processed, values coalesced and checked against values.schema.json, the
 * templates rendered, documents split and ordered by kind with hooks last, and the text
 * helm prints — plus, per document, where its text came from (see source-map.ts).
 *
 * Failures carry Helm's exact wording and, where one is known, the file and line to fix.
 */
import { readFileSync } from 'node:fs'
import { FileRefused } from '../core/root-files.js'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { isGoMap, type GoMap, type GoValue } from '../template/value.js'
import type { Chart } from './chart.js'
import { ChartLoadError, loadChart } from './load.js'
import { coalesceValues, CoalesceError } from './coalesce.js'
import { processDependencies } from './dependencies.js'
import {
  failurePlaces,
  RenderError,
  renderTemplates,
  type EngineLimits,
  budgetMessage,
  type RenderedTemplate,
  type TemplateFailure,
} from './engine.js'
import { LineLogger } from './log.js'
import {
  capabilitiesObject,
  defaultKubeVersion,
  helmDefaults,
  parseKubeVersion,
  releaseObject,
  type KubeVersion,
} from './objects.js'
import { ManifestParseError, sortManifests, splitManifests, type Manifest } from './manifests.js'
import { goTrimSpace } from './go-text.js'
import { goMatch } from './glob.js'
import { mergeMaps, readValuesYaml, type ValuesParseError } from './values-yaml.js'
import {
  parseSetFileInto,
  parseSetInto,
  parseSetJsonInto,
  parseSetLiteralInto,
  parseSetStringInto,
} from './strvals.js'
import { isCompatibleRange } from './semver.js'
import { validateAgainstSchema } from './schema/validate.js'
import { setSite, siteOf, siteRange, type FileSite, type ValueSite } from './origins.js'
import type { FileTrace } from './trace.js'
import type { ChartFile } from './chart.js'
import { setCertificateKeyReuse } from './funcs/crypto/sprig-crypto.js'
import { withRandomSeed } from './funcs/random.js'
import type { SourceRange } from '../core/range.js'
import { activeBudget, BudgetExceeded, withBudget, type BudgetLimits } from '../core/budget.js'
import { resolveUnvendored, type RepositoryChart, type UnvendoredDependency } from './unvendored.js'

export interface RenderOptions {
  /** Release name (default `release-name`, as helm template uses). */
  releaseName?: string
  /** `.Release.Namespace` (default `default`). */
  namespace?: string
  /** -f files, resolved against `cwd`. */
  valuesFiles?: string[]
  set?: string[]
  setString?: string[]
  setFile?: string[]
  setJson?: string[]
  setLiteral?: string[]
  /** --kube-version */
  kubeVersion?: string
  /** --api-versions (added to Helm's defaults) */
  apiVersions?: string[]
  includeCrds?: boolean
  skipTests?: boolean
  noHooks?: boolean
  showOnly?: string[]
  isUpgrade?: boolean
  skipSchemaValidation?: boolean
  /** Directory relative paths are resolved against (default: process.cwd()). */
  cwd?: string
  /**
   * Reads a -f values file or a --set-file file by the path the user gave (default: the file
   * system, relative to `cwd`). Scans pass a reader that stays inside the scanned root, since
   * the paths come from the repository's own configuration. Throws with a reason.
   */
  readUserFile?: (path: string) => string
  /** Directory source ranges are relative to (default: cwd). */
  root?: string
  /** Record what produced each output range (for findings that point at values/templates). */
  trace?: boolean
  /**
   * Output limit and the chart's budget (time, memory, per-call sizes, keys): untrusted charts
   * stop with a failure saying which limit, instead of running until killed.
   */
  limits?: Partial<EngineLimits & BudgetLimits>
  /**
   * Reuse one RSA key per process for genCA, genSelfSignedCert and genSignedCert instead
   * of a fresh key per call (helm's behaviour, a few hundred ms each): certificates keep
   * their shape, only keys repeat. For scans, never for `render` output.
   */
  reuseCertificateKeys?: boolean
  /**
   * Draw the template functions' randomness (randAlphaNum, uuidv4, randInt, shuffle, salts,
   * IVs, certificate serials) from this seed instead of the system: the same chart then
   * renders the same text every time. For scans, never for `render` output.
   */
  randomSeed?: string
  /**
   * Scans only, never `render`: where helm refuses the chart, render what can be rendered.
   * Dependencies not vendored in charts/ are resolved (unvendored.ts) or left out; each
   * template file renders on its own error boundary; values that break values.schema.json
   * and an incompatible kubeVersion are reported and the render goes on. What helm would
   * have refused is in `failures`; `output` holds the rest.
   */
  lenient?: boolean
  /** With lenient: the repository's charts, for dependencies neither vendored nor file://. */
  repositoryCharts?: () => readonly RepositoryChart[]
  /** Each chart file read from a directory: its path relative to `root`, and its bytes. */
  fileRead?: (path: string, data: Uint8Array) => void
}

/** One document of the output, in output order. */
export interface RenderedDocument {
  /** `chart/templates/x.yaml` (the `# Source:` line). */
  source: string
  /** The document text as printed (without the `---`/`# Source:` header). */
  text: string
  /** Offset of `text` within the file's rendered output (for the source map). */
  offsetInFile: number
  /** Offset of `text` within the whole `output`. */
  offsetInOutput: number
  kind: string
  apiVersion: string
  name: string
  hook?: string[]
  /** The chart file the document came from (a template, or a crds/ file). */
  file: ChartFile
  trace?: FileTrace
}

export interface RenderFailure {
  /** What helm prints after `Error: ` (without the trailing newline). */
  message: string
  /** The file to fix, relative to the scanned root, when known. */
  file?: string
  line?: number
  column?: number
}

/** Something helm refuses that a lenient render reported and went past. */
export interface LenientFailure extends RenderFailure {
  /**
   * template: that file was left out; manifest: that file's output was left out (a document
   * helm cannot decode); schema and kubeVersion: helm refuses the chart, everything rendered.
   */
  kind: 'template' | 'manifest' | 'schema' | 'kubeVersion'
  /** The template name (`chart/templates/x.yaml`) left out. */
  template?: string
  /**
   * The innermost template line that failed (a helper the file includes) and the values-file
   * line that fed the failing action, when known.
   */
  related?: { range: SourceRange; message: string }[]
}

export interface RenderResult {
  ok: boolean
  /** Exactly what `helm template` prints on stdout (empty on failure). */
  output: string
  /** Log lines helm prints on stderr (warnings), without the final `Error:` line. */
  warnings: string
  error?: RenderFailure
  documents: RenderedDocument[]
  /** The loaded chart (after dependency processing), when loading succeeded. */
  chart?: Chart
  /** Rendered template files by name, when rendering succeeded. */
  templates?: Map<string, RenderedTemplate>
  /** With lenient: the Chart.yaml dependencies not vendored, and how each was resolved. */
  unvendored?: UnvendoredDependency[]
  /** With lenient: what helm refuses, reported and gone past. */
  failures?: LenientFailure[]
  /** Symbolic links left out because they leave the scanned directory (path relative to the root). */
  refusedLinks?: { path: string; target: string }[]
  /**
   * `$ref`s of values.schema.json files that are never fetched (remote, or files outside the
   * chart): the values are not checked against them, where helm fetches them.
   */
  unfetchedSchemaRefs?: { ref: string; chart: string; file?: string }[]
}

const validReleaseName = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

class Failure extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
    /** Helm adds "Use --debug flag to render out invalid YAML" for failures after rendering began. */
    readonly afterRelease = false,
  ) {
    super(message)
  }
}

function toSlash(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

/** values.Options.MergeValues */
function mergeUserValues(o: RenderOptions, cwd: string, root: string): GoMap {
  let base: GoMap = {}
  const read = o.readUserFile ?? ((p: string) => readFileSync(resolve(cwd, p), 'utf8'))
  for (const f of o.valuesFiles ?? []) {
    const abs = resolve(cwd, f)
    let text: string
    try {
      text = read(f)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      const why =
        code === 'ENOENT'
          ? 'no such file or directory'
          : code === 'EISDIR'
            ? 'is a directory'
            : e instanceof FileRefused
              ? e.reason
              : (e as Error).message
      throw new Failure(`open ${f}: ${why}`)
    }
    if (text.startsWith('\ufeff')) text = text.slice(1)
    const rel = toSlash(relative(root, abs))
    let current: GoMap
    try {
      current = readValuesYaml(text, rel)
    } catch (e) {
      const err = e as ValuesParseError
      throw new Failure(`failed to parse ${f}: ${err.message}`, rel, err.line, err.column)
    }
    base = mergeMaps(base, current)
  }
  for (const value of o.setJson ?? []) {
    const site = { kind: 'set' as const, argument: `--set-json ${value}` }
    const trimmed = goTrimSpace(value)
    if (trimmed.startsWith('{')) {
      let parsed: GoValue
      try {
        parsed = JSON.parse(trimmed) as GoValue
      } catch {
        throw new Failure(`failed parsing --set-json data JSON: ${value}`)
      }
      if (!isGoMap(parsed)) throw new Failure(`failed parsing --set-json data JSON: ${value}`)
      for (const k of Object.keys(parsed)) setSite(parsed, k, site)
      base = mergeMaps(base, parsed)
    } else {
      try {
        parseSetJsonInto(value, base, { site })
      } catch {
        throw new Failure(`failed parsing --set-json data ${value}`)
      }
    }
  }
  const apply = (
    list: string[] | undefined,
    flag: string,
    fn: (s: string, d: GoMap, site: { kind: 'set'; argument: string }) => void,
  ): void => {
    for (const value of list ?? []) {
      try {
        fn(value, base, { kind: 'set', argument: `${flag} ${value}` })
      } catch (e) {
        throw new Failure(`failed parsing ${flag} data: ${(e as Error).message}`)
      }
    }
  }
  apply(o.set, '--set', (s, d, site) => parseSetInto(s, d, { site }))
  apply(o.setString, '--set-string', (s, d, site) => parseSetStringInto(s, d, { site }))
  apply(o.setFile, '--set-file', (s, d, site) =>
    parseSetFileInto(
      s,
      d,
      (p) => {
        try {
          return read(p)
        } catch (e) {
          const why = e instanceof FileRefused ? e.reason : 'no such file or directory'
          throw new Error(`open ${p}: ${why}`, { cause: e })
        }
      },
      { site },
    ),
  )
  apply(o.setLiteral, '--set-literal', (s, d, site) => parseSetLiteralInto(s, d, { site }))
  return base
}

/** What `helm template` prints for --show-only: the matching documents, in file order. */
function showOnly(manifests: string, patterns: string[]): string {
  const docs = splitManifests(manifests).map((d) => d.content)
  const out: string[] = []
  for (const f of patterns) {
    let missing = true
    for (const m of docs) {
      const match = /# Source: [^/]+\/(.+)/.exec(m)
      if (!match) continue
      let ok: boolean
      try {
        ok = goMatch(f, match[1])
      } catch {
        ok = false
      }
      if (!ok) continue
      out.push(m)
      missing = false
    }
    if (missing) throw new Failure(`could not find template ${f} in chart`)
  }
  return out.map((m) => `---\n${m}\n`).join('')
}

/** Renders a chart like `helm template`. Never throws for bad input: failures are in `error`. */
export function renderChart(chartPath: string, options: RenderOptions = {}): RenderResult {
  return withRandomSeed(options.randomSeed, () => {
    if (options.reuseCertificateKeys !== true) return render(chartPath, options)
    setCertificateKeyReuse(true)
    try {
      return render(chartPath, options)
    } finally {
      setCertificateKeyReuse(false)
    }
  })
}

function render(chartPath: string, options: RenderOptions): RenderResult {
  return withBudget(options.limits, () => renderInBudget(chartPath, options))
}

function renderInBudget(chartPath: string, options: RenderOptions): RenderResult {
  const logger = new LineLogger()
  const cwd = resolve(options.cwd ?? process.cwd())
  const root = resolve(options.root ?? cwd)
  let chart: Chart | undefined
  let templates: Map<string, RenderedTemplate> | undefined
  let unvendored: UnvendoredDependency[] | undefined
  const lenient = options.lenient === true
  const failures: LenientFailure[] = []
  const refusedLinks: { path: string; target: string }[] = []
  const unfetchedSchemaRefs: { ref: string; chart: string; file?: string }[] = []
  const links = {
    fileRead: options.fileRead,
    symlink: (path: string, resolved: string) =>
      logger.log('INFO', 'found symbolic link in path. Contents of linked file included and used', [
        ['path', path],
        ['resolved', resolved],
      ]),
    refusedLink: (path: string, target: string) => {
      refusedLinks.push({ path, target })
      logger.log('WARN', 'symbolic link leaves the scanned directory; not followed', [
        ['path', path],
        ['resolved', target],
      ])
    },
  }
  /** What every return adds, whether the render succeeded or not. */
  const extras = (): Partial<RenderResult> => ({
    ...(refusedLinks.length ? { refusedLinks } : {}),
    ...(unfetchedSchemaRefs.length ? { unfetchedSchemaRefs } : {}),
  })
  try {
    const releaseName = options.releaseName ?? 'release-name'
    const vals = mergeUserValues(options, cwd, root)
    const absChart = isAbsolute(chartPath) ? chartPath : resolve(cwd, chartPath)
    try {
      chart = loadChart(absChart, {
        root,
        warn: (m) => logger.log('INFO', m),
        ...links,
      })
    } catch (e) {
      if (e instanceof ChartLoadError) {
        if (/^path ".*" not found$/.test(e.message))
          throw new Failure(`path "${chartPath}" not found`)
        throw new Failure(e.message, e.file, e.line, e.column)
      }
      throw e
    }
    const type = chart.metadata.type
    if (type !== '' && type !== 'application') {
      throw new Failure(`${type} charts are not installable`)
    }
    if (chart.metadata.deprecated) logger.log('WARN', 'this chart is deprecated')
    const reqs = chart.metadata.dependencies ?? []
    if (reqs.length > 0) {
      const names = new Set(chart.dependencies.map((d) => d.name))
      const missing = reqs.filter((r) => !names.has(r.name)).map((r) => r.name)
      if (missing.length > 0 && lenient) {
        unvendored = resolveUnvendored(chart, absChart, {
          root,
          warn: (m) => logger.log('INFO', m),
          repositoryCharts: options.repositoryCharts,
          links,
        })
      } else if (missing.length > 0) {
        throw new Failure(
          `an error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
        )
      }
    }
    if (releaseName.length > 53 || !validReleaseName.test(releaseName)) {
      const why =
        releaseName === ''
          ? 'no name provided'
          : `invalid release name, must match regex ${validReleaseName.source} and the length must not be longer than 53`
      const inner = `release name ${JSON.stringify(releaseName)}: ${why}`
      logger.log('ERROR', 'release name check failed', [['error', inner]])
      throw new Failure(`release name check failed: ${inner}`)
    }
    try {
      processDependencies(chart, vals, logger)
    } catch (e) {
      if (e instanceof CoalesceError) {
        logger.log('ERROR', 'chart dependencies processing failed', [['error', e.message]])
        throw new Failure(`chart dependencies processing failed: ${e.message}`)
      }
      throw e
    }
    let kube: KubeVersion = defaultKubeVersion
    if (options.kubeVersion) {
      try {
        kube = parseKubeVersion(options.kubeVersion)
      } catch (e) {
        throw new Failure(`invalid kube version '${options.kubeVersion}': ${(e as Error).message}`)
      }
    }
    const apiVersions = [...helmDefaults.apiVersions, ...splitApiVersions(options.apiVersions)]
    const capabilities = capabilitiesObject(kube, apiVersions)
    const isUpgrade = !!options.isUpgrade
    const top: GoMap = {
      Capabilities: capabilities,
      Release: releaseObject({
        name: releaseName,
        namespace: options.namespace ?? 'default',
        revision: 1,
        isInstall: !isUpgrade,
        isUpgrade,
      }),
    }
    let coalesced: GoMap
    try {
      coalesced = coalesceValues(chart, vals, (m) => logger.log('INFO', m))
    } catch (e) {
      if (e instanceof CoalesceError) throw new Failure(e.message)
      throw e
    }
    if (!options.skipSchemaValidation) {
      const err = validateAgainstSchema(chart, coalesced, (ref, c, file) => {
        if (ref.startsWith('urn:')) {
          // helm's own permissive fallback for URNs, with its warning.
          logger.log('WARN', 'unresolved URN reference ignored; using permissive schema', [
            ['urn', ref],
          ])
          return
        }
        unfetchedSchemaRefs.push({ ref, chart: c.name, file })
        logger.log(
          'WARN',
          'values.schema.json $ref not fetched (kube-whoami reads no remote schema and no file outside the chart); the values are not checked against it',
          [
            ['chart', c.name],
            ['ref', ref],
          ],
        )
      })
      if (err) {
        // The line to edit is the offending value's, when a values file set it.
        const site = err.values && err.failures[0] && fileSiteOfPath(err.values, err.failures[0])
        const at = site ? siteRange(site, true) : undefined
        const failure = new Failure(
          `values don't meet the specifications of the schema(s) in the following chart(s):\n${err.message}`,
          at?.file ?? err.file,
          at?.startLine ?? err.line,
          at?.startColumn,
        )
        if (!lenient) throw failure
        failures.push({ kind: 'schema', ...failureFields(failure) })
      }
    }
    top.Values = coalesced
    const md = chart.metadata
    if (md.kubeVersion !== '' && !isCompatibleRange(md.kubeVersion, kube.normalized)) {
      const failure = new Failure(
        `chart requires kubeVersion: ${md.kubeVersion} which is incompatible with Kubernetes ${kube.version}`,
        chart.origin.archive ?? joinPath(chart.origin.path, 'Chart.yaml'),
        undefined,
        undefined,
        true,
      )
      if (!lenient) throw failure
      failures.push({ kind: 'kubeVersion', ...failureFields(failure) })
    }
    const loaded = chart
    const onTemplateFailure = lenient
      ? ({ error, valueSite }: TemplateFailure): void => {
          const related: { range: SourceRange; message: string }[] = []
          const places = failurePlaces(error)
          const inner = places[places.length - 1]
          const innerFile = inner && places.length > 1 && fileOfTemplate(loaded, inner.template)
          if (innerFile) {
            const col = (inner.col ?? 0) + 1
            related.push({
              range: {
                file: innerFile,
                startLine: inner.line,
                startColumn: col,
                endLine: inner.line,
                endColumn: col + 1,
              },
              message: 'the action that failed',
            })
          }
          if (valueSite?.kind === 'file') {
            related.push({ range: siteRange(valueSite, false), message: 'the value it read' })
          }
          failures.push({
            kind: 'template',
            template: error.template,
            message: error.message,
            file: error.template ? fileOfTemplate(loaded, error.template) : undefined,
            line: error.line,
            column: error.column !== undefined ? error.column + 1 : undefined,
            related,
          })
        }
      : undefined
    try {
      templates = renderTemplates(chart, top, {
        trace: options.trace,
        limits: options.limits,
        onTemplateFailure,
      })
    } catch (e) {
      if (e instanceof RenderError) {
        const file = e.template ? fileOfTemplate(chart, e.template) : undefined
        throw new Failure(
          e.message,
          file,
          e.line,
          e.column !== undefined ? e.column + 1 : undefined,
          // helm's hint about --debug is about its errors, not about kube-whoami's budget.
          !activeBudget()?.exceeded,
        )
      }
      throw e
    }
    const result = assemble(chart, templates, options, logger, lenient ? failures : undefined)
    if (unvendored) result.unvendored = unvendored
    if (lenient) result.failures = failures
    return { ...result, ...extras() }
  } catch (e) {
    if (e instanceof BudgetExceeded) {
      return {
        ok: false,
        output: '',
        warnings: logger.text(),
        error: { message: budgetMessage(e.message) },
        documents: [],
        chart,
        templates,
        unvendored,
        failures: lenient ? failures : undefined,
        ...extras(),
      }
    }
    if (!(e instanceof Failure)) {
      // A bug here must not stop a scan of other charts: report it as this chart's failure.
      const deep = e instanceof RangeError && /call stack/i.test(e.message)
      return {
        ok: false,
        output: '',
        warnings: logger.text(),
        error: {
          message: deep
            ? 'kube-whoami stopped rendering: the chart nests deeper than its stack allows (Maximum call stack size exceeded); helm, whose stack grows, may go further'
            : `internal error while rendering: ${(e as Error)?.stack ?? String(e)}`,
        },
        documents: [],
        chart,
        templates,
        unvendored,
        failures: lenient ? failures : undefined,
        ...extras(),
      }
    }
    const message = e.afterRelease
      ? `${e.message}\n\nUse --debug flag to render out invalid YAML`
      : e.message
    return {
      ok: false,
      output: '',
      warnings: logger.text(),
      error: { message, file: e.file, line: e.line, column: e.column },
      documents: [],
      chart,
      templates,
      unvendored,
      failures: lenient ? failures : undefined,
      ...extras(),
    }
  }
}

function failureFields(f: Failure): RenderFailure {
  return { message: f.message, file: f.file, line: f.line, column: f.column }
}

/**
 * The values-file entry for an instance path of a schema failure: the deepest key on the
 * path that a values file set (a missing required key leaves the path at its parent).
 */
function fileSiteOfPath(values: GoMap, path: string[]): FileSite | undefined {
  let container: GoValue = values
  let found: ValueSite | undefined
  for (const seg of path) {
    if (container === null || typeof container !== 'object') break
    const key: string | number = Array.isArray(container) ? Number(seg) : seg
    const site = siteOf(container, key)
    if (site) found = site
    container = Array.isArray(container) ? container[key as number] : (container as GoMap)[seg]
  }
  return found?.kind === 'file' ? found : undefined
}

function joinPath(dir: string, name: string): string {
  return dir === '' || dir === '.' ? name : `${dir}/${name}`
}

function splitApiVersions(list: string[] | undefined): string[] {
  // pflag StringSlice: comma-separated, CSV quoting aside.
  const out: string[] = []
  for (const v of list ?? []) for (const p of v.split(',')) out.push(p)
  return out
}

/** The disk file (relative to the scanned root) of a template name like `chart/charts/sub/templates/x.yaml`. */
function fileOfTemplate(chart: Chart, name: string): string | undefined {
  const find = (c: Chart): string | undefined => {
    const prefix = `${c.fullPath()}/`
    if (!name.startsWith(prefix)) return undefined
    const rest = name.slice(prefix.length)
    for (const t of c.templates) if (t.name === rest) return t.origin.path
    for (const d of c.dependencies) {
      const r = find(d)
      if (r) return r
    }
    return undefined
  }
  return find(chart)
}

function assemble(
  chart: Chart,
  templates: Map<string, RenderedTemplate>,
  options: RenderOptions,
  logger: LineLogger,
  /** Lenient: a file whose output helm cannot decode is left out and reported here. */
  failures?: LenientFailure[],
): RenderResult {
  // NOTES.txt files are rendered (and can fail) but never printed.
  const files = new Map<string, string>()
  for (const [name, t] of templates) if (!name.endsWith('NOTES.txt')) files.set(name, t.text)
  let sorted
  for (;;) {
    try {
      sorted = sortManifests(files)
      break
    } catch (e) {
      if (!(e instanceof ManifestParseError)) throw e
      const t = templates.get(e.file)
      const file = t ? t.file.origin.path : undefined
      if (!failures) throw new Failure(e.message, file, undefined, undefined, true)
      failures.push({ kind: 'manifest', template: e.file, message: e.message, file })
      files.delete(e.file)
    }
  }
  for (const l of sorted.logs) logger.log('INFO', l.msg, l.attrs)
  const docs: RenderedDocument[] = []
  let manifest = ''
  const pushDoc = (m: Manifest, hook?: string[]): void => {
    const t = templates.get(m.name)!
    docs.push({
      source: m.name,
      text: m.content,
      offsetInFile: m.offset,
      offsetInOutput: -1,
      kind: m.head.kind,
      apiVersion: m.head.apiVersion,
      name: m.head.metadata?.name ?? '',
      hook,
      file: t.file,
      trace: t.trace,
    })
  }
  if (options.includeCrds) {
    for (const crd of chart.crdObjects()) {
      const text = Buffer.from(crd.file.data).toString('utf8')
      manifest += `---\n# Source: ${crd.filename}\n${text}\n`
    }
  }
  for (const m of sorted.manifests) {
    const header = `---\n# Source: ${m.name}\n`
    pushDoc(m)
    docs[docs.length - 1].offsetInOutput = manifest.length + header.length
    manifest += `${header}${m.content}\n`
  }
  // Only trailing whitespace can be trimmed here (the text starts with `---`).
  let out = `${goTrimSpace(manifest)}\n`
  if (!options.noHooks) {
    for (const h of sorted.hooks) {
      if (options.skipTests && h.events.includes('test')) continue
      const header = `---\n# Source: ${h.name}\n`
      pushDoc(h, h.events)
      docs[docs.length - 1].offsetInOutput = out.length + header.length
      out += `${header}${h.content}\n`
    }
  }
  if (options.showOnly && options.showOnly.length > 0) {
    out = showOnly(out, options.showOnly)
    const kept = new Set(splitManifests(out).map((d) => d.content))
    for (let i = docs.length - 1; i >= 0; i--) {
      if (!kept.has(`# Source: ${docs[i].source}\n${docs[i].text}`)) docs.splice(i, 1)
    }
    locateDocuments(out, docs)
  }
  return {
    ok: true,
    output: out,
    warnings: logger.text(),
    documents: docs,
    chart,
    templates,
  }
}

/** Fills offsetInOutput by walking the output in order. */
function locateDocuments(out: string, docs: RenderedDocument[]): void {
  let from = 0
  for (const d of docs) {
    const header = `# Source: ${d.source}\n`
    const at = out.indexOf(header + d.text, from)
    if (at < 0) continue
    d.offsetInOutput = at + header.length
    from = d.offsetInOutput + d.text.length
  }
}
