/**
 * Helm charts in the scanned tree, rendered the way `helm template` renders them (one or
 * more variants each) and read as Kubernetes objects whose places map back to values files
 * and templates.
 */
import { escapeRegex } from '../core/linear-regex.js'
import { readlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import { readRootText } from '../core/root-files.js'
import type { Notice } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import { renderChart, type LenientFailure } from '../helm/render.js'
import {
  readChartIdentity,
  type RepositoryChart,
  type UnvendoredDependency,
} from '../helm/unvendored.js'
import { sourceMapOf } from '../helm/source-map.js'
import { FastYamlDocument, readManifestYaml } from '../yaml/fast-document.js'
import { type K8sObject, objectsOfDocument } from './objects.js'
import { RenderedManifestSource } from './rendered.js'
import type { BudgetLimits } from '../core/budget.js'
import { normalizeYamlBreaks } from '../core/decode.js'

/** One way to render a chart (the config file's `charts:` entry or variant). */
export interface ChartRendering {
  /** Chart folder relative to the root. */
  chart: string
  /** Variant name, for messages and identities (undefined: the chart's default rendering). */
  variant?: string
  releaseName?: string
  namespace?: string
  values?: string[]
  set?: string[]
  setString?: string[]
  setFile?: string[]
  setJson?: string[]
  kubeVersion?: string
  apiVersions?: string[]
}

export interface ChartProblem {
  message: string
  range: SourceRange
  related: { range: SourceRange; message: string }[]
  /** A stable key for the finding's identity (not a line number). */
  key: string
}

export interface LoadedChart {
  objects: K8sObject[]
  /** The render failure, or YAML problems in the rendered output. */
  problems: ChartProblem[]
  notices: Notice[]
  documents: number
}

function label(r: ChartRendering): string {
  return r.variant ? `${r.chart} (${r.variant})` : r.chart
}

/**
 * The line naming a dependency in Chart.yaml (or a v1 chart's requirements.yaml); `nth`
 * counts entries of the same name (one chart under several aliases).
 */
function dependencyRange(
  root: string,
  chart: string,
  name: string,
  nth = 0,
): SourceRange | undefined {
  const entry = new RegExp(`^\\s*(?:-\\s+)?name:\\s*["']?${escapeRegex(name)}["']?\\s*(?:#.*)?$`)
  for (const file of ['Chart.yaml', 'requirements.yaml']) {
    const rel = chart === '.' ? file : `${chart}/${file}`
    let text: string
    try {
      text = readRootText(root, rel)
    } catch {
      continue
    }
    const lines = text.split('\n')
    const deps = lines.findIndex((l) => /^dependencies:/.test(l))
    if (deps < 0) continue
    for (let i = deps + 1; i < lines.length; i++) {
      if (/^\S/.test(lines[i]) && !lines[i].startsWith('-')) break
      const m = entry.exec(lines[i])
      if (!m || nth-- > 0) continue
      const col = lines[i].indexOf('name:') + 1
      return {
        file: rel,
        startLine: i + 1,
        startColumn: col,
        endLine: i + 1,
        endColumn: lines[i].length + 1,
      }
    }
  }
  return undefined
}

/** Every chart is rendered: the syntax trees kept for texts seen again are of no more use. */
export { clearParseCache as forgetParsedTemplates } from '../template/parse-cache.js'

/**
 * The charts of the repository by name and version, read once and only when a dependency
 * that is not vendored asks for them.
 */
export function repositoryCharts(
  root: string,
  chartDirs: () => readonly string[],
): () => readonly RepositoryChart[] {
  let charts: RepositoryChart[] | undefined
  return () =>
    (charts ??= chartDirs()
      .map((d) => readChartIdentity(join(root, d)))
      .filter((c): c is RepositoryChart => c !== undefined))
}

/** What a scan knows beyond the chart: the repository's charts, for dependencies not vendored. */
export interface ChartContext {
  repositoryCharts?: () => readonly RepositoryChart[]
  /** Each chart file the renderer read from the tree (path relative to the root, bytes). */
  fileRead?: (path: string, data: Uint8Array) => void
  /** The rendering's budget (time, memory, per-call sizes); core/budget.ts's defaults when absent. */
  limits?: Partial<BudgetLimits>
}

export function loadChart(
  root: string,
  r: ChartRendering,
  context: ChartContext = {},
): LoadedChart {
  const chartFile = r.chart === '.' ? 'Chart.yaml' : `${r.chart}/Chart.yaml`
  const at = (file: string | undefined, line = 1, col = 1): SourceRange => ({
    file: file ?? chartFile,
    startLine: line,
    startColumn: col,
    endLine: line,
    endColumn: col + 1,
  })
  let result
  try {
    result = renderChart(join(root, r.chart), {
      cwd: root,
      root,
      // Values and --set-file paths come from the repository's config: never outside it.
      readUserFile: (p) => readRootText(root, p),
      trace: true,
      // Keys only shape the certificates a chart generates; nothing here reads them.
      reuseCertificateKeys: true,
      // Two scans of one commit render the same random names (helm-test pods), so they agree.
      randomSeed: `kube-whoami:${r.chart}#${r.variant ?? ''}`,
      lenient: true,
      repositoryCharts: context.repositoryCharts,
      fileRead: context.fileRead,
      limits: context.limits,
      releaseName: r.releaseName,
      namespace: r.namespace,
      valuesFiles: r.values,
      set: r.set,
      setString: r.setString,
      setFile: r.setFile,
      setJson: r.setJson,
      kubeVersion: r.kubeVersion,
      apiVersions: r.apiVersions,
    })
  } catch (e) {
    return {
      objects: [],
      documents: 0,
      notices: [],
      problems: [
        {
          message: `kube-whoami could not render ${label(r)}: ${(e as Error).message}`,
          range: at(undefined),
          related: [],
          key: 'internal',
        },
      ],
    }
  }
  const notices: Notice[] = result.warnings
    .split('\n')
    .filter((l) => l.trim() && !OWN_NOTICES.some((m) => l.includes(m)))
    .map((l) => ({
      level: 'note' as const,
      message: `${label(r)}: helm: ${l.trim()}`,
      range: at(undefined),
    }))
  for (const link of result.refusedLinks ?? []) {
    // As the link is written (machine paths of the scan stay out of reports).
    let target: string
    try {
      target = readlinkSync(join(root, link.path))
    } catch {
      target = relative(root, link.target)
    }
    notices.push({
      level: 'warning',
      message: `${label(r)}: symbolic link ${link.path} points ${relative(root, link.target).split(/[\\/]/)[0] === '.git' ? 'into .git' : 'outside the scanned repository'} (-> ${target}); not followed, so what it holds is left out of the render (helm would read it)`,
      range: at(link.path),
    })
  }
  for (const u of result.unfetchedSchemaRefs ?? []) {
    notices.push({
      level: 'warning',
      message: `${label(r)}: values.schema.json of chart ${JSON.stringify(u.chart)} refers to ${u.ref}, which kube-whoami never fetches (a remote schema or a file outside the chart): the values are not checked against it, where helm fetches it and refuses the chart when it cannot`,
      range: at(u.file),
    })
  }
  // A dependency its conditions or tags switch off is not rendered by helm either.
  const used = (d: UnvendoredDependency) => d.request.enabled || !result.ok
  const unvendored = (result.unvendored ?? []).filter(used)
  const seen = new Map<string, number>()
  for (const d of result.unvendored ?? []) {
    const key = `${d.parent}\u0000${d.name}`
    const nth = seen.get(key) ?? 0
    seen.set(key, nth + 1)
    if (!used(d)) continue
    const range = dependencyRange(root, d.parent, d.name, nth) ?? at(undefined)
    notices.push({ ...dependencyNotice(label(r), d), range })
  }
  const missing = unvendored.filter((d) => d.how === 'missing').map((d) => d.name)
  const withoutMissing = missing.length
    ? `\n(rendered without the dependencies not vendored in charts/: ${missing.join(', ')})`
    : ''
  if (result.error?.message === 'library charts are not installable') {
    // A library is only ever rendered through the charts that depend on it.
    notices.push({
      level: 'note',
      message: `${label(r)}: a library chart; its templates are scanned where charts include them`,
      range: at(undefined),
    })
    return { objects: [], documents: 0, notices, problems: [] }
  }
  if (!result.ok || !result.chart) {
    const e = result.error
    const why = withoutDebugHint(e?.message ?? 'unknown error')
    return {
      objects: [],
      documents: 0,
      notices,
      problems: [
        {
          message: `helm template ${label(r)} fails: ${why}${withoutMissing}`,
          range: at(e?.file, e?.line, e?.column),
          related: [],
          key: why.replace(/:\d+:\d+/g, ''),
        },
      ],
    }
  }
  const problems: ChartProblem[] = []
  for (const f of result.failures ?? []) {
    problems.push({
      message: lenientFailureMessage(label(r), f) + withoutMissing,
      range: at(f.file, f.line, f.column),
      related: f.related ?? [],
      key: `${f.template ?? f.kind}#${withoutDebugHint(f.message).replace(/:\d+:\d+/g, '')}`,
    })
  }
  const renderNote = lenientNote(label(r), result.failures ?? [], unvendored)
  const map = sourceMapOf(result)
  const objects: K8sObject[] = []
  // Objects of one kind per template, in render order: their identity, not their names.
  const kindsSeen = new Map<string, number>()
  for (const doc of result.documents) {
    const id = `${r.chart}#${r.variant ?? ''}#${doc.source}`
    // helm reads a CR alone as a line break (go-yaml); one for one, so offsets stay.
    const parsed = readManifestYaml(normalizeYamlBreaks(doc.text), doc.file.origin.path)
    for (const yamlDoc of parsed.documents) {
      const source = new RenderedManifestSource(
        id,
        yamlDoc,
        doc,
        map,
        renderNote,
        r.variant ? `variant ${r.variant}` : undefined,
      )
      if (yamlDoc.problems.length) {
        for (const p of yamlDoc.problems) {
          const where = source.locateOffset(p.span.start)
          problems.push({
            message: `${doc.source} renders invalid YAML: ${p.message}`,
            range: where?.range ?? at(doc.file.origin.path),
            related: where?.related ?? [],
            key: `${doc.source}#${p.message}`,
          })
        }
        continue
      }
      if (yamlDoc.isEmpty) continue
      for (const o of objectsOfDocument(source)) {
        // helm installs objects without a namespace into the release namespace.
        if (!o.namespace && o.kind !== 'Namespace') o.namespace = r.namespace ?? 'default'
        const n = (kindsSeen.get(`${id}\u0000${o.kind}`) ?? 0) + 1
        kindsSeen.set(`${id}\u0000${o.kind}`, n)
        o.renderedId = n > 1 ? `${o.kind}#${n}` : o.kind
        objects.push(o)
      }
      // The objects hold the values now; places are asked for only where a finding is.
      if (yamlDoc instanceof FastYamlDocument) yamlDoc.releaseTree()
    }
  }
  return { objects, problems, notices, documents: result.documents.length }
}

/** Lines of the render's log that become notices of their own (or none: links followed). */
const OWN_NOTICES = [
  'msg="found symbolic link in path.',
  'msg="symbolic link leaves the scanned directory',
  'msg="values.schema.json $ref not fetched',
]

/** helm's hint about --debug does not apply to a scan. */
function withoutDebugHint(message: string): string {
  return message.replace(/\n+Use --debug flag to render out invalid YAML$/, '')
}

function dependencyNotice(chart: string, d: UnvendoredDependency): Omit<Notice, 'range'> {
  const what = `${chart}: dependency ${JSON.stringify(d.name)} is not vendored in charts/`
  if (d.how === 'file') {
    return {
      level: 'note',
      message: `${what}; read from its file:// folder, as \`helm dependency build\` would vendor it`,
    }
  }
  if (d.how === 'repository') {
    const from = d.repository ? ` from ${d.repository}` : ''
    return {
      level: 'note',
      message:
        `${what} (${d.version || 'any version'}${from}); read from ${d.folder} (${d.folderVersion}), ` +
        'the chart of that name in this repository, so findings from this chart come from a ' +
        'lenient render. Run `helm dependency build` before the scan to check what helm installs',
    }
  }
  const rejected = d.rejected?.length
    ? ` (${d.rejected.map((x) => `${x.folder} is version ${x.version}`).join(', ')}, outside ${JSON.stringify(d.version)})`
    : ''
  return {
    level: 'warning',
    message:
      `${what}, and no chart of that name and version is in this repository${rejected}: left ` +
      'out, with its default values treated as empty; templates that need it are reported one ' +
      'by one, the others are scanned. Run `helm dependency build` before the scan to check it too',
  }
}

function lenientFailureMessage(chart: string, f: LenientFailure): string {
  const why = withoutDebugHint(f.message)
  switch (f.kind) {
    case 'schema':
    case 'kubeVersion':
      return `helm template ${chart} fails: ${why}\n(the chart is still scanned as rendered, which helm refuses)`
    case 'manifest':
      return `helm template ${chart} fails: ${why}\n(this template's output is left out of the scan; the chart's other templates are scanned)`
    case 'template': {
      // required and fail: the chart asks for a value it has no default for.
      const ask = why.startsWith('execution error at (')
        ? '; give the value in .kube-whoami.yaml (a `charts:` entry with `values` or `set`) to scan it'
        : ''
      return `helm template ${chart} fails: ${why}\n(${f.template ?? 'this template'} is left out of the scan${ask}; the chart's other templates are scanned)`
    }
  }
}

/** What findings from a chart rendered where helm refuses it add to their message. */
function lenientNote(
  chart: string,
  failures: readonly LenientFailure[],
  unvendored: readonly UnvendoredDependency[],
): string | undefined {
  const parts: string[] = []
  const leftOut = failures.filter((f) => f.kind === 'template' || f.kind === 'manifest').length
  if (leftOut) parts.push(`${leftOut} template${leftOut === 1 ? '' : 's'} left out`)
  if (failures.some((f) => f.kind === 'schema')) parts.push('values break values.schema.json')
  if (failures.some((f) => f.kind === 'kubeVersion')) parts.push('kubeVersion incompatible')
  const missing = unvendored.filter((d) => d.how === 'missing').map((d) => d.name)
  if (missing.length) parts.push(`without ${missing.join(', ')}`)
  for (const d of unvendored.filter((x) => x.how === 'repository')) {
    parts.push(`${d.name} from ${d.folder}`)
  }
  if (!parts.length) return undefined
  return `[lenient render of ${chart}, which helm template refuses: ${parts.join('; ')}]`
}
