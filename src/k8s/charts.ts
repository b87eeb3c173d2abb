/**
 * Helm charts in the scanned tree, rendered the way `helm template` renders them (one or
 * more variants each) and read as Kubernetes objects whose places map back to values files
 * and templates.
 */
import { readRootText } from '../core/root-files.js'
import { join } from 'node:path'
import type { Notice } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import { renderChart } from '../helm/render.js'
import { sourceMapOf } from '../helm/source-map.js'
import { readManifestYaml } from '../yaml/fast-document.js'
import { type K8sObject, objectsOfDocument } from './objects.js'
import { RenderedManifestSource } from './rendered.js'

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

/** The line naming a dependency in Chart.yaml (or a v1 chart's requirements.yaml). */
function dependencyRange(root: string, chart: string, name: string): SourceRange | undefined {
  const entry = new RegExp(
    `^\\s*(?:-\\s+)?name:\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(?:#.*)?$`,
  )
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
      if (!m) continue
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

export function loadChart(root: string, r: ChartRendering): LoadedChart {
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
      skipMissingDependencies: true,
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
    .filter((l) => l.trim())
    .map((l) => ({
      level: 'note' as const,
      message: `${label(r)}: helm: ${l.trim()}`,
      range: at(undefined),
    }))
  for (const name of result.localDependencies ?? []) {
    notices.push({
      level: 'note',
      message: `${label(r)}: dependency ${JSON.stringify(name)} is not vendored in charts/; read from its file:// folder, as \`helm dependency build\` would vendor it`,
      range: dependencyRange(root, r.chart, name) ?? at(undefined),
    })
  }
  const missing = result.missingDependencies ?? []
  for (const name of missing) {
    notices.push({
      level: 'warning',
      message:
        `${label(r)}: dependency ${JSON.stringify(name)} is not vendored in charts/ (run ` +
        '`helm dependency build` before the scan): its templates are not scanned, and helm ' +
        'template fails on this chart as it is',
      range: dependencyRange(root, r.chart, name) ?? at(undefined),
    })
  }
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
    // helm's hint about --debug does not apply to a scan.
    const why = (e?.message ?? 'unknown error').replace(
      /\n+Use --debug flag to render out invalid YAML$/,
      '',
    )
    return {
      objects: [],
      documents: 0,
      notices,
      problems: [
        {
          message:
            `helm template ${label(r)} fails: ${why}` +
            (missing.length
              ? `\n(rendered without the dependencies not vendored in charts/: ${missing.join(', ')})`
              : ''),
          range: at(e?.file, e?.line, e?.column),
          related: [],
          key: why.replace(/:\d+:\d+/g, ''),
        },
      ],
    }
  }
  const map = sourceMapOf(result)
  const objects: K8sObject[] = []
  const problems: ChartProblem[] = []
  for (const doc of result.documents) {
    const id = `${r.chart}#${r.variant ?? ''}#${doc.source}`
    const parsed = readManifestYaml(doc.text, doc.file.origin.path)
    for (const yamlDoc of parsed.documents) {
      const source = new RenderedManifestSource(id, yamlDoc, doc, map)
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
        objects.push(o)
      }
    }
  }
  return { objects, problems, notices, documents: result.documents.length }
}
