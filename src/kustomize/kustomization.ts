/**
 * The kustomization file (kustomize's types.Kustomization): read strictly, with its
 * deprecated fields reported and folded in (FixKustomization), and the checks kustomize
 * makes before building (empty file, kind and apiVersion).
 */
import type { GoValue } from '../template/value.js'
import { KustomizeError } from './errors.js'
import type { Selector } from './resource.js'
import { concatWithPlaces, type Spec, strictDecode, type StructSpec } from './strict-decode.js'

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
export const KUSTOMIZATION_VERSION = 'kustomize.config.k8s.io/v1beta1'
export const COMPONENT_VERSION = 'kustomize.config.k8s.io/v1alpha1'

export interface FieldSpec {
  group?: string
  version?: string
  kind?: string
  path: string
  create?: boolean
}

export interface Label {
  pairs?: Record<string, string>
  includeSelectors?: boolean
  includeTemplates?: boolean
  fields?: FieldSpec[]
}

export interface Patch {
  path?: string
  patch?: string
  target?: Selector
  options?: Record<string, boolean>
}

export interface Image {
  name?: string
  newName?: string
  tagSuffix?: string
  newTag?: string
  digest?: string
}

export interface Replica {
  name?: string
  count: number
}

export interface VarTarget {
  group?: string
  version?: string
  kind?: string
  apiVersion?: string
  name: string
  namespace?: string
}

export interface Var {
  name: string
  objref: VarTarget
  fieldref?: { fieldPath?: string }
}

export interface FieldOptions {
  delimiter?: string
  index?: number
  encoding?: string
  create?: boolean
}

export interface ReplacementSource extends Selector {
  fieldPath?: string
  options?: FieldOptions
}

export interface ReplacementTarget {
  select?: Selector
  reject?: Selector[]
  fieldPaths?: string[]
  options?: FieldOptions
}

export interface Replacement {
  source?: ReplacementSource
  targets?: ReplacementTarget[]
  sourceValue?: string
  path?: string
}

export interface GeneratorOptions {
  labels?: Record<string, string>
  annotations?: Record<string, string>
  disableNameSuffixHash?: boolean
  immutable?: boolean
}

export interface GeneratorArgs {
  namespace?: string
  name?: string
  behavior?: string
  literals?: string[]
  files?: string[]
  envs?: string[]
  env?: string
  options?: GeneratorOptions
  type?: string
}

export interface HelmChart {
  name?: string
  version?: string
  repo?: string
  releaseName?: string
  namespace?: string
  additionalValuesFiles?: string[]
  valuesFile?: string
  valuesInline?: Record<string, GoValue>
  valuesMerge?: string
  includeCRDs?: boolean
  skipHooks?: boolean
  apiVersions?: string[]
  kubeVersion?: string
  nameTemplate?: string
  skipTests?: boolean
  debug?: boolean
  devel?: boolean
}

export interface HelmChartArgs {
  chartName?: string
  chartVersion?: string
  chartRepoUrl?: string
  chartHome?: string
  chartRepoName?: string
  helmBin?: string
  helmHome?: string
  values?: string
  valuesLocal?: Record<string, GoValue>
  valuesMerge?: string
  releaseName?: string
  releaseNamespace?: string
  extraArgs?: string[]
}

export interface SortOptions {
  order?: string
  legacySortOptions?: { orderFirst?: string[]; orderLast?: string[] }
}

export interface Kustomization {
  apiVersion?: string
  kind?: string
  metadata?: {
    name?: string
    namespace?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
  }
  openapi?: Record<string, string>
  namePrefix?: string
  nameSuffix?: string
  namespace?: string
  commonLabels?: Record<string, string>
  labels?: Label[]
  commonAnnotations?: Record<string, string>
  patchesStrategicMerge?: string[]
  patchesJson6902?: Patch[]
  patches?: Patch[]
  images?: Image[]
  imageTags?: Image[]
  replacements?: Replacement[]
  replicas?: Replica[]
  vars?: Var[]
  sortOptions?: SortOptions
  resources?: string[]
  components?: string[]
  crds?: string[]
  bases?: string[]
  configMapGenerator?: GeneratorArgs[]
  secretGenerator?: GeneratorArgs[]
  helmGlobals?: { chartHome?: string; configHome?: string }
  helmCharts?: HelmChart[]
  helmChartInflationGenerator?: HelmChartArgs[]
  generatorOptions?: GeneratorOptions
  configurations?: string[]
  generators?: string[]
  transformers?: string[]
  validators?: string[]
  buildMetadata?: string[]
}

const strings: Spec = { list: 'string' }
const stringMap: Spec = { map: 'string' }
const fieldSpec: StructSpec = {
  struct: 'FieldSpec',
  fields: { group: 'string', version: 'string', kind: 'string', path: 'string', create: 'bool' },
}
const selector: StructSpec = {
  struct: 'Selector',
  fields: {
    group: 'string',
    version: 'string',
    kind: 'string',
    name: 'string',
    namespace: 'string',
    annotationSelector: 'string',
    labelSelector: 'string',
  },
}
const patch: StructSpec = {
  struct: 'Patch',
  fields: { path: 'string', patch: 'string', target: selector, options: { map: 'bool' } },
}
const image: StructSpec = {
  struct: 'Image',
  fields: {
    name: 'string',
    newName: 'string',
    tagSuffix: 'string',
    newTag: 'string',
    digest: 'string',
  },
}
const fieldOptions: StructSpec = {
  struct: 'FieldOptions',
  fields: { delimiter: 'string', index: 'int', encoding: 'string', create: 'bool' },
}
const replacement: StructSpec = {
  struct: 'ReplacementField',
  fields: {
    source: {
      struct: 'SourceSelector',
      inline: [selector],
      fields: { fieldPath: 'string', options: fieldOptions },
    },
    targets: {
      list: {
        struct: 'TargetSelector',
        fields: {
          select: selector,
          reject: { list: selector },
          fieldPaths: strings,
          options: fieldOptions,
        },
      },
    },
    sourceValue: 'string',
    path: 'string',
  },
}
const generatorOptions: StructSpec = {
  struct: 'GeneratorOptions',
  fields: {
    labels: stringMap,
    annotations: stringMap,
    disableNameSuffixHash: 'bool',
    immutable: 'bool',
  },
}
const generatorArgs: StructSpec = {
  struct: 'GeneratorArgs',
  fields: {
    namespace: 'string',
    name: 'string',
    behavior: 'string',
    literals: strings,
    files: strings,
    envs: strings,
    env: 'string',
    options: generatorOptions,
  },
}
const helmChart: StructSpec = {
  struct: 'HelmChart',
  fields: {
    name: 'string',
    version: 'string',
    repo: 'string',
    releaseName: 'string',
    namespace: 'string',
    additionalValuesFiles: strings,
    valuesFile: 'string',
    valuesInline: { map: 'any' },
    valuesMerge: 'string',
    includeCRDs: 'bool',
    skipHooks: 'bool',
    apiVersions: strings,
    kubeVersion: 'string',
    nameTemplate: 'string',
    skipTests: 'bool',
    debug: 'bool',
    devel: 'bool',
  },
}

export const KUSTOMIZATION_SPEC: StructSpec = {
  struct: 'Kustomization',
  fields: {
    apiVersion: 'string',
    kind: 'string',
    metadata: {
      struct: 'ObjectMeta',
      fields: { name: 'string', namespace: 'string', labels: stringMap, annotations: stringMap },
    },
    openapi: stringMap,
    namePrefix: 'string',
    nameSuffix: 'string',
    namespace: 'string',
    commonLabels: stringMap,
    labels: {
      list: {
        struct: 'Label',
        fields: {
          pairs: stringMap,
          includeSelectors: 'bool',
          includeTemplates: 'bool',
          fields: { list: fieldSpec },
        },
      },
    },
    commonAnnotations: stringMap,
    patchesStrategicMerge: strings,
    patchesJson6902: { list: patch },
    patches: { list: patch },
    images: { list: image },
    imageTags: { list: image },
    replacements: { list: replacement },
    replicas: { list: { struct: 'Replica', fields: { name: 'string', count: 'int' } } },
    vars: {
      list: {
        struct: 'Var',
        fields: {
          name: 'string',
          objref: {
            struct: 'Target',
            fields: {
              group: 'string',
              version: 'string',
              kind: 'string',
              apiVersion: 'string',
              name: 'string',
              namespace: 'string',
            },
          },
          fieldref: { struct: 'FieldSelector', fields: { fieldPath: 'string' } },
        },
      },
    },
    sortOptions: {
      struct: 'SortOptions',
      fields: {
        order: 'string',
        legacySortOptions: {
          struct: 'LegacySortOptions',
          fields: { orderFirst: strings, orderLast: strings },
        },
      },
    },
    resources: strings,
    components: strings,
    crds: strings,
    bases: strings,
    configMapGenerator: { list: generatorArgs },
    secretGenerator: {
      list: { struct: 'SecretArgs', inline: [generatorArgs], fields: { type: 'string' } },
    },
    helmGlobals: { struct: 'HelmGlobals', fields: { chartHome: 'string', configHome: 'string' } },
    helmCharts: { list: helmChart },
    helmChartInflationGenerator: {
      list: {
        struct: 'HelmChartArgs',
        fields: {
          chartName: 'string',
          chartVersion: 'string',
          chartRepoUrl: 'string',
          chartHome: 'string',
          chartRepoName: 'string',
          helmBin: 'string',
          helmHome: 'string',
          values: 'string',
          valuesLocal: { map: 'any' },
          valuesMerge: 'string',
          releaseName: 'string',
          releaseNamespace: 'string',
          extraArgs: strings,
        },
      },
    },
    generatorOptions,
    configurations: strings,
    generators: strings,
    transformers: strings,
    validators: strings,
    buildMetadata: strings,
  },
}

const FIX = "Run 'kustomize edit fix' to update your Kustomization automatically."
const FIX_EXPERIMENTAL = `[EXPERIMENTAL] ${FIX}`
const DEPRECATIONS: [keyof Kustomization, string][] = [
  ['bases', `# Warning: 'bases' is deprecated. Please use 'resources' instead. ${FIX}`],
  ['commonLabels', `# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. ${FIX}`],
  ['imageTags', `# Warning: 'imageTags' is deprecated. Please use 'images' instead. ${FIX}`],
  [
    'patchesJson6902',
    `# Warning: 'patchesJson6902' is deprecated. Please use 'patches' instead. ${FIX}`,
  ],
  [
    'patchesStrategicMerge',
    `# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead. ${FIX}`,
  ],
  [
    'vars',
    `# Warning: 'vars' is deprecated. Please use 'replacements' instead. ${FIX_EXPERIMENTAL}`,
  ],
]

export interface LoadedKustomization {
  k: Kustomization
  /** Deprecation warnings kustomize prints on stderr. */
  warnings: string[]
}

/**
 * Unmarshal, CheckDeprecatedFields, FixKustomization, CheckEmpty and EnforceFields, in
 * kustomize's order. `root` is the directory kustomize names in the EnforceFields error.
 */
export function loadKustomization(text: string, file: string, root: string): LoadedKustomization {
  let k: Kustomization
  try {
    k = strictDecode(text, file, KUSTOMIZATION_SPEC) as Kustomization
  } catch (e) {
    throw new KustomizeError(`invalid Kustomization: ${(e as Error).message}`)
  }
  const warnings = DEPRECATIONS.filter(([f]) => k[f] !== undefined).map(([, w]) => w)
  fixKustomization(k)
  if (isEmpty(k)) throw new KustomizeError('kustomization.yaml is empty')
  const errs: string[] = []
  if (k.kind !== 'Kustomization' && k.kind !== 'Component') {
    errs.push('kind should be Kustomization or Component')
  }
  const required = k.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION
  if (k.apiVersion && k.apiVersion !== required) {
    errs.push(`apiVersion for ${k.kind} should be ${required}`)
  }
  if (errs.length) {
    throw new KustomizeError(`Failed to read kustomization file under ${root}:\n${errs.join('\n')}`)
  }
  return { k, warnings }
}

function fixKustomization(k: Kustomization): void {
  if (!k.kind) k.kind = 'Kustomization'
  if (!k.apiVersion)
    k.apiVersion = k.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION
  k.resources = concat(k.resources, k.bases)
  delete k.bases
  k.images = concat(k.images, k.imageTags)
  delete k.imageTags
  for (const g of [...(k.configMapGenerator ?? []), ...(k.secretGenerator ?? [])]) {
    if (g.env) {
      g.envs = [...(g.envs ?? []), g.env]
      delete g.env
    }
  }
  const legacy = k.helmChartInflationGenerator ?? []
  if (legacy.length) {
    const charts: HelmChart[] = []
    let globals: { chartHome?: string; configHome?: string } = {}
    for (const p of legacy) {
      charts.push({
        name: p.chartName,
        version: p.chartVersion,
        repo: p.chartRepoUrl,
        releaseName: p.releaseName,
        namespace: p.releaseNamespace,
        valuesFile: p.values,
        valuesInline: p.valuesLocal,
        valuesMerge: p.valuesMerge,
      })
      globals = { chartHome: p.chartHome, configHome: p.helmHome }
    }
    if (!k.helmGlobals && (globals.chartHome || globals.configHome)) k.helmGlobals = globals
    k.helmCharts = [...(k.helmCharts ?? []), ...charts]
  }
  delete k.helmChartInflationGenerator
}

/** Go's append(a, b...): nil when both are nil, else the concatenation. */
function concat<T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined {
  if (a === undefined && b === undefined) return undefined
  if (b === undefined || b.length === 0) return a
  return concatWithPlaces(a ?? [], b)
}

/** CheckEmpty: nothing but apiVersion and kind was decoded. */
function isEmpty(k: Kustomization): boolean {
  return Object.keys(k).every(
    (f) => f === 'apiVersion' || f === 'kind' || k[f as keyof Kustomization] === undefined,
  )
}
