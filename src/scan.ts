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
import { analyseImages } from './identity/analyse.js'
import type { ConfigImage, GithubContext } from './images/links/types.js'
import type { ChartConfig } from './config/types.js'
import { type ChartRendering, loadChart, repositoryCharts } from './k8s/charts.js'
import {
  fallbackRenderings,
  type KustomizeConfig,
  type KustomizeProblem,
  type KustomizeRendering,
  loadKustomize,
  mergeOverlayFindings,
  planKustomizations,
} from './k8s/kustomizations.js'
import { loadManifest } from './k8s/load.js'
import { namespacePolicies } from './k8s/namespaces.js'
import type { K8sObject } from './k8s/objects.js'
import { toWorkload, type Workload } from './k8s/workload.js'
import { RULES } from './rules/index.js'
import { configureRules } from './report/severity.js'
import { suppressFindings, type SuppressOptions } from './suppress/index.js'
import { type FindingSubject, makeFinding, subjectOfObject } from './rules/report.js'
import type { DockerfileSubject, Rule, RuleContext, RuleSettings } from './rules/types.js'
import { DEFAULT_PSS, type PssPolicy } from './rules/pod/pss-policy.js'
import { pushAll } from './core/arrays.js'
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
}

export interface ScanStats {
  files: number
  manifests: number
  /** Chart renderings (a chart with variants counts once per variant). */
  charts: number
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
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now()
  const settings: RuleSettings = { pss: options.pss ?? DEFAULT_PSS }
  const levelOf = (rule: Rule): Level | 'off' => options.ruleLevels?.[rule.id] ?? rule.meta.severity
  const rules = configureRules(RULES, options.ruleLevels)
  const enabled = new Map(rules.map((r) => [r.id, r]))

  const discovery = discover({ root: options.root, paths: options.paths, exclude: options.exclude })
  const findings: Finding[] = []
  const notices: Notice[] = [...discovery.notices]
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
  const plan = planKustomizations(
    options.root,
    discovery.kustomizations,
    options.kustomize?.filter((c) => inScope(c.path)),
  )
  const consumed = new Set<string>(plan.patchFiles)
  for (const f of discovery.kustomizations) consumed.add(f)
  let kustomizations = 0
  // Charts a kustomization's helmCharts renders are scanned through it, with its values.
  const consumedCharts = new Set<string>()
  const queue: KustomizeRendering[] = [...plan.renderings]
  const built = new Set<string>()
  // A failure inside a base fails every overlay over it, and the base again when it is built
  // on its own: one finding per place, from the build closest to it (the last one).
  const buildProblems = new Map<string, KustomizeProblem>()
  while (queue.length) {
    const r = queue.shift()!
    if (built.has(r.dir)) continue
    built.add(r.dir)
    const loaded = loadKustomize(options.root, r, options.limits?.budget)
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
    } else if (!loaded.stopped) pushAll(queue, fallbackRenderings(plan, r.dir, built))
  }
  for (const p of buildProblems.values()) {
    inputFinding('kustomize-build-error', p.message, p.range, p.key, undefined, p.related)
  }

  let manifests = 0
  for (const file of discovery.manifests) {
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
  let charts = 0
  // A dependency not vendored may sit elsewhere in the repository, outside the paths scanned.
  const chartContext = {
    limits: options.limits?.budget,
    repositoryCharts: repositoryCharts(options.root, () =>
      options.paths?.length || options.exclude?.length
        ? discover({ root: options.root }).charts
        : discovery.charts,
    ),
  }
  for (const rendering of chartRenderings(
    discovery.charts.filter((c) => !consumedCharts.has(c)),
    options.charts?.filter((c) => inScope(c.path)),
  )) {
    const loaded = loadChart(options.root, rendering, chartContext)
    charts++
    pushAll(objects, loaded.objects)
    pushAll(notices, loaded.notices)
    for (const p of loaded.problems) {
      inputFinding('helm-render-error', p.message, p.range, p.key, undefined, p.related)
    }
  }
  const workloads = objects.map(toWorkload).filter((w): w is Workload => w !== undefined)
  settings.namespaces = namespacePolicies(objects)

  const images = analyseImages({
    discovery,
    workloads,
    configImages: options.configImages,
    github: options.github,
    readFile,
  })
  pushAll(notices, images.notices)

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
            configured ? { ...input, level: configured as Level } : input,
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
  }

  // Dockerfiles: every discovered one at its default target, plus every target a workload runs.
  let dockerfiles = 0
  for (const file of discovery.dockerfiles) {
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
          message: `${image.file} (target ${target}): ${p.message}`,
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

  if (findingsOverBudget > 0) {
    notices.push({
      level: 'warning',
      message: `the scan kept its first ${maxFindings} findings (limits.findings) and left out ${findingsOverBudget} more: fix or suppress the problem that repeats, or raise limits.findings`,
    })
  }
  const merged = mergeOverlayFindings(findings)
  findings.length = 0
  pushAll(findings, merged)
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
  })
  pushAll(notices, suppressed.notices)
  return {
    root: options.root,
    findings: suppressed.findings,
    notices,
    rules,
    settings,
    workloads,
    identities: images.identities,
    discovery,
    stats: {
      files:
        discovery.manifests.length +
        discovery.dockerfiles.length +
        discovery.charts.length +
        discovery.kustomizations.length +
        discovery.workflows.length,
      manifests,
      charts,
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
