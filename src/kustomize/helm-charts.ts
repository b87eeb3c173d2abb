/**
 * helmCharts (kustomize's HelmChartInflationGenerator) rendered with the project's own
 * Helm engine instead of a helm binary: local charts only (under helmGlobals.chartHome, at
 * <name> or, with repo and version, <name>-<version>/<name>), values file, additional
 * values files and valuesInline merged as kustomize merges them. A chart that would have
 * to be pulled is an error, as kustomize's is without network.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { renderChart } from '../helm/render.js'
import { marshalYaml } from '../helm/yaml/to-yaml.js'
import type { GoMap, GoValue } from '../template/value.js'
import type { KustTarget } from './build.js'
import { resourcesFromNodes } from './build.js'
import { goValueOf } from './encode.js'
import { KustomizeError, locate, wrap } from './errors.js'
import type { HelmChart } from './kustomization.js'
import { strategicMerge } from './merge.js'
import { KNode, type Src, TAG_BOOL, TAG_NULL, TAG_STR } from './node.js'
import { readKyamlStream, resolvedTag } from './parse.js'
import type { Resource } from './resource.js'
import { srcOf } from './strict-decode.js'
import { formatFloat } from '../template/strconv.js'
import { pushAll } from '../core/arrays.js'

/** kyaml.FromMap: a Go value as the node go-yaml v3 would encode and read back. */
function nodeOfValue(v: GoValue, src?: Src): KNode {
  if (v === null || v === undefined) return new KNode('scalar', TAG_NULL, 'null', 0, undefined, src)
  if (Array.isArray(v)) {
    const n = KNode.seq(src)
    for (const e of v) n.content.push(nodeOfValue(e, src))
    return n
  }
  switch (typeof v) {
    case 'string':
      return KNode.scalar(v, TAG_STR, src)
    case 'boolean':
      return KNode.scalar(String(v), TAG_BOOL, src)
    case 'number': {
      const t = formatFloat(v, 'g', -1)
      return KNode.scalar(t, resolvedTag(t), src)
    }
    case 'bigint':
      return KNode.scalar(v.toString(), '!!int', src)
  }
  const n = KNode.map(src)
  for (const k of Object.keys(v as GoMap).sort()) {
    n.content.push(KNode.scalar(k, TAG_STR, src), nodeOfValue((v as GoMap)[k], src))
  }
  return n
}

export function inflateHelmCharts(
  kt: KustTarget,
  charts: HelmChart[],
  globals: { chartHome?: string; configHome?: string } | undefined,
): Resource[] {
  const out: Resource[] = []
  charts.forEach((c, i) => {
    const at = srcOf(charts, i)
    try {
      pushAll(out, inflate(kt, c, globals, at))
    } catch (e) {
      throw locate(e, at)
    }
  })
  return out
}

function inflate(
  kt: KustTarget,
  c: HelmChart,
  globals: { chartHome?: string } | undefined,
  at: Src | undefined,
): Resource[] {
  if (!kt.ctx.enableHelm) {
    throw new KustomizeError(
      'trouble configuring builtin HelmChartInflationGenerator with config: must specify --enable-helm',
    )
  }
  if (!c.name) throw new KustomizeError('chart name cannot be empty')
  const root = kt.ldr.root
  const chartHome0 = globals?.chartHome || 'charts'
  let chartHome = isAbsolute(chartHome0) ? chartHome0 : join(root, chartHome0)
  if (c.version && c.repo) chartHome = join(chartHome, `${c.name}-${c.version}`)
  const valuesFile = c.valuesFile || join(chartHome, c.name, 'values.yaml')
  const additional: string[] = []
  for (const f of c.additionalValuesFiles ?? []) {
    try {
      kt.ldr.load(f)
    } catch (e) {
      throw wrap(e, 'could not load additionalValuesFile')
    }
    additional.push(join(root, f))
  }
  const merge = c.valuesMerge || 'override'
  if (!['merge', 'override', 'replace'].includes(merge)) {
    throw new KustomizeError('valuesMerge must be one of [merge override replace]')
  }
  const chartDir = join(chartHome, c.name)
  if (!existsSync(chartDir) || !statSync(chartDir).isDirectory()) {
    if (!c.repo) throw new KustomizeError(`no repo specified for pull, no chart found at ''`)
    kt.ctx.leftOut.push({ message: `helm chart ${c.name} from ${c.repo} is not pulled`, at })
    throw new KustomizeError(
      `helm chart '${c.name}' is not vendored at '${chartDir}' and charts are never pulled`,
    )
  }
  kt.ctx.chartDirs.add(chartDir)
  const tmp = mkdtempSync(join(tmpdir(), 'kube-whoami-kustomize-helm-'))
  try {
    const values = join(tmp, `${c.name}-kustomize-values.yaml`)
    const inline = c.valuesInline && Object.keys(c.valuesInline).length > 0
    if (inline) {
      let merged: GoValue = c.valuesInline as GoMap
      if (merge === 'merge' || merge === 'override') {
        const text = kt.ldr.load(valuesFile)
        const chValues = readKyamlStream(text, valuesFile)[0] ?? KNode.map()
        const inlineNode = nodeOfValue(c.valuesInline as GoMap)
        const out =
          merge === 'override'
            ? strategicMerge(inlineNode, chValues.clone(), kt.ctx.api)
            : strategicMerge(chValues, inlineNode.clone(), kt.ctx.api)
        merged = out ? goValueOf(out, true) : {}
      }
      writeFileSync(values, marshalYaml(merged))
    } else {
      writeFileSync(values, kt.ldr.load(valuesFile))
    }
    const result = renderChart(chartDir, {
      releaseName: c.releaseName || 'release-name',
      namespace: c.namespace || undefined,
      valuesFiles: [values, ...additional],
      kubeVersion: kt.ctx.helmKubeVersion || c.kubeVersion || undefined,
      apiVersions: kt.ctx.helmApiVersions?.length ? kt.ctx.helmApiVersions : c.apiVersions,
      includeCrds: c.includeCRDs,
      skipTests: c.skipTests,
      noHooks: c.skipHooks,
      cwd: root,
      root,
    })
    if (!result.ok) {
      throw new KustomizeError(
        `Error: ${result.error?.message ?? 'helm template failed'}\n: unable to run: 'helm template' for chart ${c.name}`,
      )
    }
    const where = at ?? { file: kt.file, start: 0, end: 0 }
    const nodes = readKyamlStream(result.output, where.file, () => where.start)
    return resourcesFromNodes(nodes, kt.ctx.api)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
