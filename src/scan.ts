/**
 * scan(): the one function the CLI and the action call. Orchestration only: discover files,
 * load models, link images, run rules, apply settings, and return everything reporters need.
 */
import { FileRefused, readRootFile } from './core/root-files.js'
import { decodeFile, normalizeYamlBreaks } from './core/decode.js'
import type { Finding, Level, Notice } from './core/finding.js'
import { fingerprintOf, lineTextAt } from './core/fingerprint.js'
import type { ContainerIdentity } from './core/identity.js'
import type { SourceRange } from './core/range.js'
import { compareRanges } from './core/range.js'
import { discover, type Discovery } from './discover/walk.js'
import { analyseImages, imageLookupRequests, linkImages } from './identity/analyse.js'
import { lookupFailureNotices } from './identity/registry-notices.js'
import { NO_REGISTRY_FACTS, registryFacts } from './images/registry-facts.js'
import { lookupImages, type LookupSettings, type LookupStats } from './registry/index.js'
import type { ConfigImage, GithubContext } from './images/links/types.js'
import type { ChartConfig } from './config/types.js'
import type { ChartRendering, LoadedChart } from './k8s/charts.js'
import type { ChartLoadOptions } from './k8s/chart-pool.js'
import type { KustomizeConfig, KustomizeProblem, KustomizeRendering } from './k8s/kustomizations.js'
import { PhaseTracker, type ProgressListener, type ScanPhase } from './scan-progress.js'
import { loadManifest } from './k8s/load.js'
import { namespacePolicies } from './k8s/namespaces.js'
import { runtimeClassHandlers } from './k8s/runtime-classes.js'
import type { K8sObject } from './k8s/objects.js'
import { toWorkload, type Workload } from './k8s/workload.js'
import { RULES } from './rules/index.js'
import { configureRules } from './report/severity.js'
import { suppressFindings, type SuppressOptions } from './suppress/index.js'
import { applyBaseline } from './baseline/apply.js'
import { groupByEditLocation } from './findings/group.js'
import {
  type FindingSubject,
  makeFinding,
  subjectOfObject,
  withRemediation,
} from './rules/report.js'
import type { DockerfileSubject, Rule, RuleContext, RuleSettings } from './rules/types.js'
import type { PssRule } from './rules/pod/define-pss.js'
import { DEFAULT_PSS, type PssPolicy, whyCheckNeverRuns } from './rules/pod/pss-policy.js'
import { pushAll } from './core/arrays.js'
import { mentionsKubeWhoami } from './suppress/directive-files.js'
import { DEFAULT_FINDINGS, type ScanLimits } from './core/budget.js'

export interface ScanOptions {
  /** Absolute path of the scanned root; findings are relative to it. */
  root: string
  /** Sub-paths to scan (default: the whole root). */
  paths?: string[]
  exclude?: string[]
  pss?: PssPolicy
  /** Per-rule level overrides; `off` disables the rule. */
  ruleLevels?: Record<string, Level | 'off'>
  ruleOptions?: Record<string, Record<string, unknown>>
  /** Where the config file sets each rule (`rules.<id>`), for warnings about entries that cannot fire. */
  ruleEntries?: Record<string, SourceRange>
  /** The configuration file's `images:` links. */
  configImages?: ConfigImage[]
  /** What the action knows of the repository (for `${{ github.repository }}` in workflows). */
  github?: GithubContext
  /** Config excludes per rule and the baseline, applied with inline suppressions after the rules. */
  suppress?: SuppressOptions
  /** The configuration file's `charts:`: how to render each chart (values, --set, variants). */
  charts?: ChartConfig[]
  /** The configuration file's `kustomize:`: kustomizations to build besides the overlays nothing includes. */
  kustomize?: KustomizeConfig[]
  /** The configuration file's `limits:`: budgets for charts, kustomizations and findings. */
  limits?: ScanLimits
  /** Told as each phase starts, advances and ends (progress on long scans). */
  onProgress?: ProgressListener
  /**
   * Registry lookups of image facts. Absent: none (the shipped table alone); the CLI and the
   * action turn them on. `offline` answers from the cache only.
   */
  registry?: LookupSettings
  /**
   * Threads rendering charts, this one included (default 1). More are used only from a
   * bundle (core/worker-entry.ts) and for four charts or more.
   */
  jobs?: number
  /** With jobs above 1: workers start only for at least this many charts (default 4). */
  workersFromCharts?: number
}

export interface RegistrySummary {
  /** `14 images: 9 from cache, 4 looked up in 3 registries, 1 failed (…)`. */
  summary: string
  stats: LookupStats
  /** The image references looked up (or answered from the cache). */
  refs: string[]
}

export interface ScanStats {
  files: number
  manifests: number
  /** Chart renderings (a chart with variants counts once per variant). */
  charts: number
  /** Of those, how many were rendered on worker threads (see `jobs`). */
  chartsOnWorkers: number
  /** Kustomizations built (overlays). */
  kustomizations: number
  dockerfiles: number
  objects: number
  workloads: number
  durationMs: number
}

export interface ScanResult {
  root: string
  findings: Finding[]
  notices: Notice[]
  /** Rules that ran (or could report), for SARIF's rule table. */
  rules: readonly Rule[]
  settings: RuleSettings
  workloads: Workload[]
  /** Who each container runs as, and whether the kubelet will start it. */
  identities: ContainerIdentity[]
  discovery: Discovery
  stats: ScanStats
  /** What the registry lookups did, when they were on and there was something to look up. */
  registry?: RegistrySummary
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now()
  const settings: RuleSettings = { pss: options.pss ?? DEFAULT_PSS }
  const levelOf = (rule: Rule): Level | 'off' => options.ruleLevels?.[rule.id] ?? rule.meta.severity
  const rules = configureRules(RULES, options.ruleLevels)
  const enabled = new Map(rules.map((r) => [r.id, r]))

  const phase = (name: ScanPhase, total: number) =>
    new PhaseTracker(options.onProgress, name, total)
  const finding = phase('discover', 1)
  const discovery = discover({ root: options.root, paths: options.paths, exclude: options.exclude })
  const rediscover = Boolean(options.paths?.length || options.exclude?.length)
  // Worker threads for charts start now, loading the engine while this thread reads the rest.
  const chartPool =
    (options.jobs ?? 1) > 1 && discovery.charts.length
      ? (await import('./k8s/chart-pool.js')).startChartPool({
          root: options.root,
          discoveredCharts: discovery.charts,
          rediscover,
          limits: options.limits?.budget,
          jobs: options.jobs ?? 1,
          workersFromCharts: options.workersFromCharts,
        })
      : undefined
  finding.step()
  finding.end()
  const findings: Finding[] = []
  const notices: Notice[] = [...discovery.notices, ...idleRuleEntries(options, settings.pss)]
  const texts = new Map<string, string | undefined>()
  const readFile = (rel: string): string | undefined => {
    if (!texts.has(rel))
      texts.set(rel, readText(options.root, rel, notices, /\.(ya?ml|json)$/i.test(rel)))
    return texts.get(rel)
  }

  const inScope = (dir: string) =>
    !options.paths?.length ||
    options.paths.some((p) => dir === p || dir.startsWith(p.replace(/\/+$/, '') + '/'))

  // Findings are kept up to a budget: a repository can repeat one problem without end.
  const maxFindings = options.limits?.findings ?? DEFAULT_FINDINGS
  let findingsOverBudget = 0
  const roomForFinding = (): boolean => {
    if (findings.length < maxFindings) return true
    findingsOverBudget++
    return false
  }

  const inputKeys = new Map<string, number>()
  /** A finding produced while reading input (YAML, Dockerfile), under an input rule's id. */
  const inputFinding = (
    ruleId: string,
    message: string,
    range: SourceRange,
    key: string,
    level?: Level,
    related: Finding['related'] = [],
  ) => {
    const rule = enabled.get(ruleId)
    if (!rule || !roomForFinding()) return
    // Content-based: the problem and the text of its line, never the line number.
    const base = `${key} @ ${lineTextAt(readFile(range.file), range.startLine)}`
    const n = (inputKeys.get(`${range.file}\u0000${base}`) ?? 0) + 1
    inputKeys.set(`${range.file}\u0000${base}`, n)
    const identity = { ruleId, source: range.file, path: n > 1 ? `${base}#${n}` : base }
    const configured = options.ruleLevels?.[ruleId]
    findings.push({
      ruleId,
      level: (configured ?? level ?? rule.meta.severity) as Level,
      message,
      range,
      related,
      identity,
      fingerprint: fingerprintOf(identity),
    })
  }

  const objects: K8sObject[] = []
  // Kustomize overlays first: the files they read are scanned through them, not on their own,
  // and files any kustomization names as a patch are never workloads by themselves.
  const kustomizeConfigs = options.kustomize?.filter((c) => inScope(c.path))
  // The kustomize engine (a chunk of its own) is loaded only for a tree with kustomizations.
  const kustomize =
    discovery.kustomizations.length || kustomizeConfigs?.length
      ? await import('./k8s/kustomizations.js')
      : undefined
  const plan = kustomize?.planKustomizations(
    options.root,
    discovery.kustomizations,
    kustomizeConfigs,
  )
  const consumed = new Set<string>(plan?.patchFiles)
  for (const f of discovery.kustomizations) consumed.add(f)
  let kustomizations = 0
  // Charts a kustomization's helmCharts renders are scanned through it, with its values.
  const consumedCharts = new Set<string>()
  const queue: KustomizeRendering[] = [...(plan?.renderings ?? [])]
  const built = new Set<string>()
  // A failure inside a base fails every overlay over it, and the base again when it is built
  // on its own: one finding per place, from the build closest to it (the last one).
  const buildProblems = new Map<string, KustomizeProblem>()
  const overlays = phase('kustomize', queue.length)
  while (queue.length) {
    const r = queue.shift()!
    if (built.has(r.dir)) continue
    built.add(r.dir)
    const loaded = kustomize!.loadKustomize(options.root, r, options.limits?.budget)
    overlays.step(r.dir)
    kustomizations++
    pushAll(objects, loaded.objects)
    pushAll(notices, loaded.notices)
    for (const p of loaded.problems) {
      const where = `${p.range.file}:${p.range.startLine}:${p.range.startColumn}`
      buildProblems.delete(where)
      buildProblems.set(where, p)
    }
    if (loaded.ok) {
      for (const f of loaded.read) consumed.add(f)
      for (const c of loaded.charts) consumedCharts.add(c)
    } else if (!loaded.stopped) {
      const fallbacks = kustomize!.fallbackRenderings(plan!, r.dir, built)
      overlays.grow(fallbacks.length)
      pushAll(queue, fallbacks)
    }
  }
  overlays.end()
  for (const p of buildProblems.values()) {
    inputFinding('kustomize-build-error', p.message, p.range, p.key, undefined, p.related)
  }

  let manifests = 0
  const reading = phase('manifests', discovery.manifests.length)
  for (const file of discovery.manifests) {
    reading.step()
    if (consumed.has(file)) continue
    const text = readFile(file)
    if (text === undefined) continue
    const loaded = loadManifest(text, file)
    if (!loaded.relevant) continue
    manifests++
    pushAll(objects, loaded.objects)
    if (loaded.template) {
      notices.push({
        level: 'note',
        message: `${file} holds Go template actions ({{ … }}) and is not YAML until rendered (${loaded.template.message}): not scanned; scan its rendered output instead`,
        range: loaded.template.range,
      })
    }
    for (const p of loaded.problems) {
      inputFinding(
        'yaml-parse-error',
        `${p.message}: kubectl and the API server cannot read this document, so it is not checked.`,
        p.range,
        p.message,
      )
    }
  }
  reading.end()
  let charts = 0
  const renderings = chartRenderings(
    discovery.charts.filter((c) => !consumedCharts.has(c)),
    options.charts?.filter((c) => inScope(c.path)),
  )
  // Chart files the renderer read without a directive in them (see suppressFindings).
  const withoutDirectives = new Set<string>()
  const renderingCharts = phase('charts', renderings.length)
  let chartsOnWorkers = 0
  let loadedCharts: LoadedChart[] = []
  if (!renderings.length) chartPool?.close()
  else {
    // The Helm engine is loaded (a chunk of its own in the bundle) only for a tree with charts.
    const engine = await import('./k8s/charts.js')
    const chartLoad: ChartLoadOptions = {
      renderings,
      context: {
        limits: options.limits?.budget,
        fileRead: (path: string, data: Uint8Array) => {
          if (!mentionsKubeWhoami(data)) withoutDirectives.add(path)
        },
        // A dependency not vendored may sit elsewhere in the repository, outside the paths scanned.
        repositoryCharts: engine.repositoryCharts(options.root, () =>
          rediscover ? discover({ root: options.root }).charts : discovery.charts,
        ),
      },
      withoutDirectives: (p) => withoutDirectives.add(p),
      onLoaded: (i) =>
        renderingCharts.step(
          renderings[i].variant
            ? `${renderings[i].chart} (${renderings[i].variant})`
            : renderings[i].chart,
        ),
      loadChart: engine.loadChart,
    }
    const done = chartPool
      ? await chartPool.load(chartLoad)
      : (await import('./k8s/chart-pool.js')).loadChartsHere(options.root, chartLoad)
    loadedCharts = done.loaded
    chartsOnWorkers = done.onWorkers
    // The trees are about a third of the heap after a chart-heavy render, and the rules,
    // reports and annotations that follow allocate on top of it.
    engine.forgetParsedTemplates()
  }
  for (const loaded of loadedCharts) {
    charts++
    pushAll(objects, loaded.objects)
    pushAll(notices, loaded.notices)
    for (const p of loaded.problems) {
      inputFinding('helm-render-error', p.message, p.range, p.key, undefined, p.related)
    }
  }
  renderingCharts.end()
  const workloads = objects.map(toWorkload).filter((w): w is Workload => w !== undefined)
  settings.namespaces = namespacePolicies(objects)

  const linking = phase('images', 1)
  const imageInput = {
    discovery,
    workloads,
    configImages: options.configImages,
    github: options.github,
    readFile,
    runtimeClasses: runtimeClassHandlers(objects),
  }
  const linked = linkImages(imageInput)
  linking.step()
  linking.end()
  // Registry facts are fetched before the models and rules, which stay synchronous and pure.
  let registry = NO_REGISTRY_FACTS
  let registrySummary: RegistrySummary | undefined
  const requests = options.registry ? imageLookupRequests(imageInput, linked) : []
  if (options.registry && requests.length) {
    const looking = phase('registry', 1)
    const report = await lookupImages(requests, options.registry)
    looking.step()
    looking.end()
    registry = registryFacts(report)
    registrySummary = {
      summary: report.summary,
      stats: report.stats,
      refs: requests.map((r) => r.ref),
    }
    for (const message of report.notes) notices.push({ level: 'note', message })
  }
  const images = analyseImages(imageInput, linked, registry)
  pushAll(notices, images.notices)
  pushAll(notices, lookupFailureNotices(requests, registry, images))

  const run = (
    rule: Rule,
    subject: FindingSubject,
    check: (ctx: RuleContext) => void,
    what: string,
  ) => {
    const configured = options.ruleLevels?.[rule.id]
    const level = levelOf(rule) as Level
    const ctx: RuleContext = {
      settings,
      options: options.ruleOptions?.[rule.id] ?? {},
      report: (input) => {
        if (!roomForFinding()) return
        findings.push(
          makeFinding(
            rule.id,
            level,
            subject,
            withRemediation(
              configured ? { ...input, level: configured as Level } : input,
              rule.meta.remediation,
            ),
          ),
        )
      },
    }
    try {
      check(ctx)
    } catch (e) {
      notices.push({
        level: 'error',
        message: `rule ${rule.id} failed on ${what}: ${(e as Error).message}`,
      })
    }
  }

  const checking = phase('rules', rules.length)
  for (const rule of rules) {
    if (rule.scope === 'workload') {
      for (const w of workloads)
        run(rule, subjectOfObject(w.object), (ctx) => rule.check(ctx, w), describe(w))
    } else if (rule.scope === 'docker') {
      for (const s of images.docker) {
        run(
          rule,
          { source: s.container.file, object: s.container.identity },
          (ctx) => rule.check(ctx, s),
          s.container.where,
        )
      }
    } else if (rule.scope === 'image-pod') {
      for (const s of images.subjects) {
        run(
          rule,
          subjectOfObject(s.workload.object),
          (ctx) => rule.check(ctx, s),
          describe(s.workload),
        )
      }
    }
    checking.step(rule.id)
  }
  checking.end()
  // Dockerfiles: every discovered one at its default target, plus every target a workload runs.
  let dockerfiles = 0
  const building = phase('dockerfiles', discovery.dockerfiles.length)
  for (const file of discovery.dockerfiles) {
    building.step()
    const df = images.catalog.dockerfile(file)
    if (!df) continue
    dockerfiles++
    for (const p of df.problems)
      inputFinding('dockerfile-parse-error', p.message, p.range, p.message, p.severity)
    if (df.stages.length) images.catalog.model(file)
  }
  // Problems of evaluating a target (an undefined variable in USER, an unknown target), once
  // per target. Notes (a base image the model cannot resolve) are not parse errors: notices.
  for (const image of images.catalog.builtModels()) {
    const target = image.target.name ?? `stage ${image.target.index}`
    for (const p of image.problems) {
      if (p.severity === 'note') {
        notices.push({
          level: 'note',
          message: `${image.file}${p.range ? `:${p.range.startLine}` : ''} (target ${target}): ${p.message}`,
          range: p.range,
        })
        continue
      }
      inputFinding(
        'dockerfile-parse-error',
        `${p.message} (target ${target})`,
        p.range,
        `${target}#${p.message}`,
        p.severity,
      )
    }
  }
  const dockerfileRules = rules.filter((r) => r.scope === 'dockerfile')
  for (const image of images.catalog.builtModels()) {
    const dockerfile = images.catalog.dockerfile(image.file)
    if (!dockerfile) continue
    const subject: DockerfileSubject = { dockerfile, image }
    const target = image.target.name ?? String(image.target.index)
    for (const rule of dockerfileRules) {
      if (rule.scope !== 'dockerfile') continue
      run(
        rule,
        { source: image.file, object: `target ${target}` },
        (ctx) => rule.check(ctx, subject),
        `${image.file} (${target})`,
      )
    }
  }

  building.end()
  if (findingsOverBudget > 0) {
    notices.push({
      level: 'warning',
      message: `the scan kept its first ${maxFindings} findings (limits.findings) and left out ${findingsOverBudget} more: fix or suppress the problem that repeats, or raise limits.findings`,
    })
  }
  findings.sort(
    (a, b) =>
      compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
  const suppressed = suppressFindings({
    findings: dedupe(findings),
    files: texts,
    readFile,
    objects,
    workloads,
    rules,
    knownRules: RULES.map((r) => r.id),
    options: options.suppress,
    wholeRoot: !options.paths?.length,
    root: options.root,
    chartRoots: discovery.charts,
    withoutDirectives,
  })
  pushAll(notices, suppressed.notices)
  const grouped = groupByEditLocation(suppressed.findings, readFile)
  pushAll(notices, applyBaseline(grouped, options.suppress?.baseline))
  return {
    root: options.root,
    findings: grouped,
    notices,
    rules,
    settings,
    workloads,
    identities: images.identities,
    discovery,
    ...(registrySummary ? { registry: registrySummary } : {}),
    stats: {
      files:
        discovery.manifests.length +
        discovery.dockerfiles.length +
        discovery.charts.length +
        discovery.kustomizations.length +
        discovery.workflows.length,
      manifests,
      charts,
      chartsOnWorkers,
      kustomizations,
      dockerfiles,
      objects: objects.length,
      workloads: workloads.length,
      durationMs: Math.round(performance.now() - started),
    },
  }
}

/**
 * Every chart root is rendered: with its `charts:` entry's variants when the config has one,
 * else once with helm template's defaults. Entries for charts discovery did not find (a
 * subchart rendered on its own) are rendered too.
 */
function chartRenderings(
  found: readonly string[],
  config: readonly ChartConfig[] = [],
): ChartRendering[] {
  const byPath = new Map(config.map((c) => [c.path.replace(/\/+$/, '') || '.', c]))
  const out: ChartRendering[] = []
  const add = (chart: string) => {
    const entry = byPath.get(chart)
    if (!entry) {
      out.push({ chart })
      return
    }
    for (const v of entry.variants) {
      out.push({
        chart,
        variant: v.name,
        releaseName: v.releaseName,
        namespace: v.namespace,
        values: v.values,
        set: v.set,
        setString: v.setString,
        setFile: v.setFile,
        setJson: v.setJson,
        kubeVersion: v.kubeVersion,
        apiVersions: v.apiVersions,
      })
    }
    byPath.delete(chart)
  }
  for (const chart of found) add(chart)
  for (const chart of [...byPath.keys()]) add(chart)
  return out
}

/** `rules:` entries for Pod Security rules that the configured policy never runs. */
function idleRuleEntries(options: ScanOptions, policy: PssPolicy): Notice[] {
  const out: Notice[] = []
  for (const [id, range] of Object.entries(options.ruleEntries ?? {})) {
    if (options.ruleLevels?.[id] === 'off') continue
    const rule = RULES.find((r) => r.id === id)
    const spec = rule && 'spec' in rule ? (rule as PssRule).spec : undefined
    const why = spec && whyCheckNeverRuns(spec, policy)
    if (why)
      out.push({
        level: 'warning',
        message: `rules.${id} can never fire: ${why}. Remove the entry, or change pss.level / pss.version.`,
        range,
      })
  }
  return out
}

function describe(w: Workload): string {
  return `${w.object.kind} ${w.object.name ?? ''} in ${w.object.source.id}`
}

/** The same finding reached twice (a Dockerfile target built for two workloads) is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.fingerprint}\u0000${f.range.file}:${f.range.startLine}:${f.range.startColumn}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function readText(
  root: string,
  file: string,
  notices: Notice[],
  yaml: boolean,
): string | undefined {
  let buf: Buffer
  try {
    buf = readRootFile(root, file)
  } catch (e) {
    const why = e instanceof FileRefused ? e.message : `${file}: ${(e as Error).message}`
    notices.push({ level: 'warning', message: `not read: ${why}` })
    return undefined
  }
  const decoded = decodeFile(buf)
  if (decoded.text === undefined) {
    notices.push({
      level: decoded.why === 'binary content' ? 'note' : 'warning',
      message: `skipped ${file}: ${decoded.why}`,
      range: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    })
    return undefined
  }
  return yaml ? normalizeYamlBreaks(decoded.text) : decoded.text
}
