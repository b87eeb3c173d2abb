/**
 * kustomize build (krusty's Kustomizer and the KustTarget it drives): resources, bases
 * and components accumulated recursively, generators, the built-in transformers in
 * kustomize's order, hash suffixes, name back-references, vars, local-config removal and
 * the legacy output order. Knows nothing of rules: it returns resource nodes that still
 * say where each field was written.
 */
import { join, relative } from 'node:path'
import { resolvePlain } from '../helm/yaml/resolve.js'
import {
  type Fs,
  configFromCrds,
  emptyConfig,
  makeTransformerConfig,
  mergeConfig,
  mergeAll,
  mergeOne,
  type TransformerConfig,
} from './config.js'
import { resourceYaml } from './encode.js'
import { asKustomizeError, KustomizeError, locate, wrap } from './errors.js'
import { applyFieldSpec, setEntry } from './fieldspec.js'
import { hashOf, makeConfigMap, makeSecret, mergeOptions, type PairSources } from './generators.js'
import { inflateHelmCharts } from './helm-charts.js'
import { applyImage } from './images.js'
import {
  type Kustomization,
  KUSTOMIZATION_FILE_NAMES,
  loadKustomization,
  type Var,
} from './kustomization.js'
import {
  isRemote,
  Loader,
  type LoaderContext,
  type LoadRestrictor,
  RemoteResourceError,
} from './loader.js'
import { fixNameReferences } from './nameref.js'
import type { KNode } from './node.js'
import { isNilOrEmpty, type Src, TAG_INT, TAG_MAP, TAG_STR } from './node.js'
import { OpenApi } from './openapi.js'
import { readKyamlStream } from './parse.js'
import { applyPatches, loadPatchEntries, type PatchEntry } from './patches.js'
import { applyReplacements, loadReplacements } from './replacements.js'
import {
  ANNO_LOCAL_CONFIG,
  ANNO_NEEDS_HASH,
  ANNO_ORIGIN,
  ANNO_TRANSFORMATIONS,
  compareGo,
  makeResId,
  Resource,
  ResMap,
} from './resource.js'
import {
  DEFAULT_ORDER,
  gvknEquals,
  gvkSelected,
  idEquals,
  idSelectedBy,
  legacyLess,
  resIdString,
  typeOrders,
} from './resid.js'
import { srcOf } from './strict-decode.js'
import { externalPlugins } from './plugins.js'
import { resolveVars } from './vars.js'
import { pushAll } from '../core/arrays.js'
import { work } from '../core/budget.js'

/** Something kustomize would do that is left out here (plugins, remote resources). */
export interface LeftOut {
  message: string
  at?: Src
}

export interface BuildOptions {
  restrictor?: LoadRestrictor
  /** Absolute directory no path may leave (the scanned repository). */
  fence?: string
  /** Render helmCharts with the project's Helm engine (kustomize's --enable-helm). */
  enableHelm?: boolean
  /**
   * Plugins that are not built in and remote resources: an error, as kubectl without its
   * alpha flags or network (default), or left out with a notice (scans).
   */
  externalPlugins?: 'error' | 'skip'
  /** Output order without sortOptions: kustomize's legacy kind order (default) or as accumulated. */
  reorder?: 'legacy' | 'none'
  /** --helm-kube-version / --helm-api-versions for helmCharts. */
  helmKubeVersion?: string
  helmApiVersions?: string[]
  /** --enable-managedby-label */
  managedByLabel?: boolean
}

/** What the build needs across kustomizations (kustomize keeps some of it process-wide). */
export interface BuildContext {
  api: OpenApi
  loaderCtx: LoaderContext
  /** Deprecation warnings and log lines kustomize writes on stderr. */
  stderr: string[]
  leftOut: LeftOut[]
  enableHelm: boolean
  /** Kustomization files read (absolute paths). */
  kustomizations: Set<string>
  /** Files named as patches (absolute paths). */
  patchFiles: Set<string>
  /** Chart folders helmCharts rendered (absolute paths). */
  chartDirs: Set<string>
  /** Exec, Go and KRM function plugins: refused as kubectl refuses them, or left out with a notice. */
  externalPlugins: 'error' | 'skip'
  helmKubeVersion?: string
  helmApiVersions?: string[]
}

export interface BuildResult {
  resources: Resource[]
  ctx: BuildContext
}

// ---- origins (config.kubernetes.io/origin) ----

interface Origin {
  path?: string
  configuredIn?: string
  configuredBy?: { apiVersion: string; kind: string }
}

function yamlScalar(s: string): string {
  return resolvePlain(s, true).tag === 'str' && !/^[\s'"&*!|>%@`#-]|: |\s$/.test(s)
    ? s
    : JSON.stringify(s)
}

function originString(o: Origin): string {
  let out = ''
  if (o.path) out += `path: ${yamlScalar(o.path)}\n`
  if (o.configuredIn) out += `configuredIn: ${yamlScalar(o.configuredIn)}\n`
  if (o.configuredBy) {
    out += `configuredBy:\n  apiVersion: ${o.configuredBy.apiVersion}\n  kind: ${o.configuredBy.kind}\n`
  }
  return out
}

function joinPath(a: string | undefined, b: string): string {
  return relative('.', join(a ?? '', b)) || '.'
}

// ---- the accumulator ----

class Accumulator {
  resMap: ResMap
  config: TransformerConfig = emptyConfig()
  vars = new Map<string, Var>()

  constructor(readonly ctx: BuildContext) {
    this.resMap = new ResMap(ctx.api)
  }

  mergeConfig(c: TransformerConfig): void {
    this.config = mergeConfig(this.config, c)
  }

  mergeVars(incoming: Var[], at: (i: number) => Src | undefined): void {
    incoming.forEach((v, i) => {
      const gvk = varGvk(v)
      const target = makeResId(this.ctx.api, gvk, v.objref.name, v.objref.namespace ?? '')
      const matcher =
        target.namespace !== '' || target.clusterScoped
          ? (id: typeof target) => idEquals(target, id)
          : (id: typeof target) => gvknEquals(target, id)
      const matched = this.resMap.byAnyId(matcher)
      if (matched.length > 1) {
        throw new KustomizeError(
          `found ${matched.length} resId matches for var ${goVar(v)} (unable to disambiguate)`,
          at(i),
        )
      }
      if (matched.length === 1) matched[0].refVarNames.push(v.name)
    })
    for (const [i, v] of incoming.entries()) this.mergeVar(v, at(i))
  }

  mergeVar(v: Var, at?: Src): void {
    if (this.vars.has(v.name)) throw new KustomizeError(`var '${v.name}' already encountered`, at)
    this.vars.set(v.name, defaultVar(v))
  }

  mergeAccumulator(other: Accumulator): void {
    this.resMap.appendAll(other.resMap)
    this.mergeConfig(other.config)
    for (const v of other.vars.values()) this.mergeVar(v)
  }

  /** AbsorbAll: generated resources create, merge with or replace what exists. */
  absorb(res: Resource): void {
    const id = res.curId()
    const matches = this.resMap.byAnyId((x) => idEquals(id, x))
    if (matches.length === 0) {
      const b = res.behavior()
      if (b === 'merge' || b === 'replace') {
        throw new KustomizeError(`id ${goResId(id)} does not exist; cannot merge or replace`)
      }
      this.resMap.append(res)
      return
    }
    if (matches.length > 1) {
      throw new KustomizeError(
        `found multiple objects ${matches.map((m) => resIdString(m.curId())).join(' ')} that could accept merge of ${resIdString(id)}`,
      )
    }
    const old = matches[0]
    switch (res.behavior()) {
      case 'replace':
        res.copyMergeMetaDataFieldsFrom(old)
        break
      case 'merge': {
        const orig = old.annotations().get(ANNO_ORIGIN)
        res.copyMergeMetaDataFieldsFrom(old)
        for (const field of ['data', 'binaryData'] as const) {
          const merged = old.dataMap(field)
          for (const [k, v] of res.dataMap(field)) merged.set(k, v)
          res.setDataMap(field, merged)
        }
        if (orig) res.setAnnotation(ANNO_ORIGIN, orig.value)
        break
      }
      default:
        throw new KustomizeError(`id ${goResId(id)} exists; behavior must be merge or replace`)
    }
    this.resMap.replace(res)
  }
}

function varGvk(v: Var) {
  const t = v.objref
  let group = t.group ?? ''
  let version = t.version ?? ''
  if (t.apiVersion) {
    const parts = t.apiVersion.split('/')
    if (parts.length === 2) [group, version] = parts
    if (parts.length === 1) version = parts[0]
  }
  return { group, version, kind: t.kind ?? '' }
}

function defaultVar(v: Var): Var {
  const gvk = varGvk(v)
  return {
    ...v,
    objref: { ...v.objref, group: gvk.group, version: gvk.version },
    fieldref: { fieldPath: v.fieldref?.fieldPath || 'metadata.name' },
  }
}

/** Go's %v of a Var (for error messages). */
function goVar(v: Var): string {
  const g = varGvk(v)
  return `{${v.name} {{${g.group} ${g.version} ${g.kind}} ${v.objref.name} ${v.objref.namespace ?? ''}} {${v.fieldref?.fieldPath ?? ''}}}`
}

/** Go's %#v of a ResId, as kustomize's generator errors print it. */
function goResId(id: {
  gvk: { group: string; version: string; kind: string }
  name: string
  namespace: string
  clusterScoped: boolean
}): string {
  return `resid.ResId{Gvk:resid.Gvk{Group:${JSON.stringify(id.gvk.group)}, Version:${JSON.stringify(id.gvk.version)}, Kind:${JSON.stringify(id.gvk.kind)}, isClusterScoped:${id.clusterScoped}}, Name:${JSON.stringify(id.name)}, Namespace:${JSON.stringify(id.namespace)}}`
}

// ---- one kustomization ----

class KustTarget {
  k!: Kustomization
  /** Absolute path of the kustomization file. */
  file!: string
  fileName!: string
  /** The kustomization file's text (inline patches map into it). */
  text?: string
  origin?: Origin

  constructor(
    readonly ldr: Loader,
    readonly ctx: BuildContext,
  ) {}

  /** The src of a kustomization field (or of one item of a list field). */
  at(field: keyof Kustomization, i?: number): Src | undefined {
    const v = this.k[field]
    if (i !== undefined && Array.isArray(v)) return srcOf(v, i)
    return srcOf(this.k, field)
  }

  load(): void {
    const found: { name: string; text: string }[] = []
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      try {
        found.push({ name, text: this.ldr.load(name) })
      } catch {
        // Not this name.
      }
    }
    if (found.length === 0) {
      throw new KustomizeError(
        `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${this.ldr.root}'`,
      )
    }
    if (found.length > 1) {
      throw new KustomizeError(`Found multiple kustomization files under: ${this.ldr.root}\n`)
    }
    this.fileName = found[0].name
    this.file = join(this.ldr.root, found[0].name)
    this.text = found[0].text
    this.ctx.kustomizations.add(this.file)
    let loaded
    try {
      loaded = loadKustomization(found[0].text, this.file, this.ldr.root)
    } catch (e) {
      throw locate(e, { file: this.file, start: 0, end: 0 })
    }
    pushAll(this.ctx.stderr, loaded.warnings)
    this.k = loaded.k
  }

  /** The openapi field: a schema file replaces kyaml's schema for the rest of the build. */
  applyOpenApi(reset: boolean): void {
    const o = this.k.openapi
    if (!o) return
    if (this.ctx.api.custom && !reset) return
    if (o.path) {
      if (o.version)
        throw new KustomizeError('builtin version and custom schema provided, cannot use both')
      const text = this.ldr.load(o.path)
      let doc: unknown
      try {
        doc = text.trimStart().startsWith('{') ? JSON.parse(text) : undefined
      } catch (e) {
        throw new KustomizeError(`invalid schema file: ${(e as Error).message}`)
      }
      if (doc === undefined) {
        const nodes = readKyamlStream(text, o.path)
        doc = nodes[0] ? jsonOfNode(nodes[0]) : {}
      }
      this.ctx.api.addDocument(doc)
      this.ctx.api.custom = true
    } else if (o.version && o.version !== 'v1.21.2') {
      throw new KustomizeError('the specified OpenAPI version is not built in')
    }
  }

  makeCustomizedResMap(): ResMap {
    if (this.k.buildMetadata?.length) this.origin = {}
    const ra = this.accumulateTarget(new Accumulator(this.ctx))
    // Hash suffixes, then name references, vars and local-config removal, after all
    // kustomizations have been accumulated.
    for (const r of ra.resMap.resources()) {
      if (!r.needHashSuffix()) continue
      const h = hashOf(r.node)
      r.storePreviousId()
      r.setName(`${r.name}-${h}`, r.node.field('metadata')?.field('name')?.src)
    }
    fixNameReferences(ra.resMap, ra.config.nameReference)
    resolveVars(ra.resMap, [...ra.vars.values()], ra.config.varReference, this.ctx)
    ra.resMap.list = ra.resMap.list.filter((r) => {
      const v = r.annotations().get(ANNO_LOCAL_CONFIG)
      return v === undefined || v.value === 'false'
    })
    return ra.resMap
  }

  accumulateTarget(ra: Accumulator): Accumulator {
    try {
      this.accumulateResources(ra, this.k.resources ?? [], 'resources')
    } catch (e) {
      throw wrap(e, 'accumulating resources')
    }
    const tc = makeTransformerConfig(this.ldr, this.k.configurations)
    ra.mergeConfig(tc)
    let crd: TransformerConfig
    try {
      crd = configFromCrds(this.ldr, this.k.crds)
    } catch (e) {
      throw wrap(e, `loading CRDs [${(this.k.crds ?? []).join(' ')}]`)
    }
    ra.mergeConfig(crd)
    this.runGenerators(ra)
    try {
      ra = this.accumulateComponents(ra, this.k.components ?? [])
    } catch (e) {
      throw wrap(e, 'accumulating components')
    }
    this.runTransformers(ra)
    externalPlugins(this, this.k.validators ?? [], (i) => this.at('validators', i), 'validators')
    try {
      ra.mergeVars(this.k.vars ?? [], (i) => this.at('vars', i))
    } catch (e) {
      throw wrap(e, `merging vars [${(this.k.vars ?? []).map(goVar).join(' ')}]`)
    }
    return ra
  }

  private accumulateResources(
    ra: Accumulator,
    paths: string[],
    field: keyof Kustomization | undefined,
  ): void {
    paths.forEach((path, i) => {
      const at = field ? this.at(field, i) : undefined
      if (isRemote(path)) {
        // Never fetched: kubectl's failure without network, or (scans) left out with a notice.
        if (this.ctx.externalPlugins === 'skip') {
          this.ctx.leftOut.push({ message: `remote resource '${path}' is never fetched`, at })
          return
        }
        throw new RemoteResourceError(
          `accumulation err='accumulating resources from '${path}': remote resources are never fetched'`,
          at,
        )
      }
      let errF: KustomizeError
      try {
        this.accumulateFile(ra, path)
        return
      } catch (e) {
        errF = asKustomizeError(e)
      }
      let sub: Loader
      try {
        sub = this.ldr.newLoader(path)
      } catch (e) {
        if (errF.message.includes('MalformedYAMLError')) throw locate(errF, at)
        throw locate(wrap(e, `accumulation err='${errF.message}'`), at)
      }
      const saved = this.origin
      if (this.origin) this.origin = { path: joinPath(this.origin.path, path) }
      try {
        this.accumulateDirectory(ra, sub, false)
      } catch (e) {
        throw locate(wrap(e, `accumulation err='${errF.message}'`), at)
      } finally {
        this.origin = saved
      }
    })
  }

  private accumulateComponents(ra: Accumulator, paths: string[]): Accumulator {
    paths.forEach((path, i) => {
      const at = this.at('components', i)
      let sub: Loader
      try {
        sub = this.ldr.newLoader(path)
      } catch (e) {
        throw locate(
          new KustomizeError(`loader.New ${JSON.stringify(asKustomizeError(e).message)}`),
          at,
        )
      }
      const saved = this.origin
      if (this.origin) this.origin = { path: joinPath(this.origin.path, path) }
      try {
        ra = this.accumulateDirectory(ra, sub, true)
      } catch (e) {
        const k = asKustomizeError(e)
        const out = new KustomizeError(`accumulateDirectory: ${JSON.stringify(k.message)}`)
        pushAll(out.at, k.at)
        throw locate(out, at)
      } finally {
        this.origin = saved
      }
    })
    return ra
  }

  private accumulateDirectory(ra: Accumulator, ldr: Loader, isComponent: boolean): Accumulator {
    // Two overlays of one base per level make 2^levels copies of it: the budget bounds that.
    work()
    const sub = new KustTarget(ldr, this.ctx)
    try {
      sub.load()
    } catch (e) {
      throw wrap(e, `couldn't make target for path '${ldr.root}'`)
    }
    sub.k.buildMetadata = this.k.buildMetadata
    sub.origin = this.origin
    sub.applyOpenApi(false)
    if (isComponent && sub.k.kind !== 'Component') {
      throw new KustomizeError(
        `expected kind 'Component' for path '${ldr.root}' but got '${sub.k.kind}'`,
      )
    } else if (!isComponent && sub.k.kind === 'Component') {
      throw new KustomizeError(`expected kind != 'Component' for path '${ldr.root}'`)
    }
    let subRa: Accumulator
    try {
      if (isComponent) {
        subRa = sub.accumulateTarget(ra)
        ra = new Accumulator(this.ctx)
      } else {
        subRa = sub.accumulateTarget(new Accumulator(this.ctx))
      }
    } catch (e) {
      throw wrap(e, `recursed accumulation of path '${ldr.root}'`)
    }
    try {
      ra.mergeAccumulator(subRa)
    } catch (e) {
      throw wrap(e, `recursed merging from path '${ldr.root}'`)
    }
    return ra
  }

  private accumulateFile(ra: Accumulator, path: string): void {
    let resources: Resource[]
    try {
      const text = this.ldr.load(path)
      resources = this.resourcesFromText(text, join(this.ldr.root, path))
    } catch (e) {
      const k = asKustomizeError(e)
      const msg = k.message.includes('MalformedYAMLError')
        ? `${k.message} in File: ${path}`
        : k.message
      throw wrap(new KustomizeError(msg), `accumulating resources from '${path}'`)
    }
    if (this.origin) {
      const o = originString({ path: joinPath(this.origin.path, path) })
      for (const r of resources) {
        if (!r.annotations().has(ANNO_ORIGIN)) r.setAnnotation(ANNO_ORIGIN, o)
      }
    }
    try {
      ra.resMap.appendAll(resources)
    } catch (e) {
      throw wrap(e, `merging resources from '${path}'`)
    }
  }

  /** RNodesFromBytes: documents, validated metadata, FooList items inlined. */
  resourcesFromText(text: string, file: string): Resource[] {
    return resourcesFromNodes(readKyamlStream(text, file), this.ctx.api)
  }

  private runGenerators(ra: Accumulator): void {
    const gen = (kind: 'ConfigMap' | 'Secret', list: Kustomization['configMapGenerator']) => {
      const field = kind === 'ConfigMap' ? 'configMapGenerator' : 'secretGenerator'
      ;(list ?? []).forEach((args0, i) => {
        const at = this.at(field, i)
        const args = { ...args0, options: mergeOptions(args0.options, this.k.generatorOptions) }
        const srcs: PairSources = {
          at,
          envs: (j) => srcOf(args0.envs, j),
          literals: (j) => srcOf(args0.literals, j),
          files: (j) => srcOf(args0.files, j),
        }
        let node: KNode
        try {
          node =
            kind === 'ConfigMap'
              ? makeConfigMap(this.ldr, args, srcs)
              : makeSecret(this.ldr, args, srcs)
        } catch (e) {
          throw locate(e, at)
        }
        const r = new Resource(node, this.ctx.api)
        if (!args.options?.disableNameSuffixHash) r.enableHashSuffix()
        r.setBehavior(
          args.behavior === 'create' || args.behavior === 'merge' || args.behavior === 'replace'
            ? args.behavior
            : 'unspecified',
        )
        this.addGeneratorOrigin(r, `${kind}Generator`)
        try {
          ra.absorb(r)
        } catch (e) {
          throw locate(wrap(e, `merging from generator ${goGenerator(args)}`), at)
        }
      })
    }
    gen('ConfigMap', this.k.configMapGenerator)
    gen('Secret', this.k.secretGenerator)
    if (this.k.helmCharts?.length) {
      const charts = inflateHelmCharts(this, this.k.helmCharts, this.k.helmGlobals)
      for (const r of charts) {
        this.addGeneratorOrigin(r, 'HelmChartInflationGenerator')
        ra.absorb(r)
      }
    }
    this.currentRa = ra
    for (const p of externalPlugins(
      this,
      this.k.generators ?? [],
      (i) => this.at('generators', i),
      'generators',
    )) {
      p(ra.resMap)
    }
  }

  /** The accumulator generators absorb into (for generator plugins). */
  private currentRa?: Accumulator

  absorbGenerated(r: Resource, kind: string): void {
    this.addGeneratorOrigin(r, kind)
    this.currentRa!.absorb(r)
  }

  newResource(n: KNode): Resource {
    return new Resource(n, this.ctx.api)
  }

  /** The plugin config resources an entry names: inline YAML, a file, or a kustomization. */
  configResources(entry: string, at: Src | undefined): Resource[] {
    try {
      const inline = resourcesFromNodes(
        readKyamlStream(entry, this.file, () => at?.start ?? 0),
        this.ctx.api,
      )
      if (inline.length > 0) return inline
    } catch {
      // Not inline YAML: a path.
    }
    const ra = new Accumulator(this.ctx)
    this.accumulateResources(ra, [entry], undefined)
    return ra.resMap.list
  }

  transformMetaMap(m: ResMap, pairs: Record<string, string>, fss: Fs[], at: Src | undefined): void {
    transformMetaMap(m, pairs, fss, at, at)
  }

  transformPrefixSuffix(
    m: ResMap,
    which: 'prefix' | 'suffix',
    value: string,
    fss: Fs[],
    at: Src | undefined,
  ): void {
    transformPrefixSuffix(m, which, value, fss, at)
  }

  transformNamespace(
    m: ResMap,
    ns: string,
    fss: Fs[],
    at: Src | undefined,
    unsetOnly: boolean,
  ): void {
    transformNamespace(m, ns, fss, at, unsetOnly)
  }

  transformReplicas(m: ResMap, name: string, count: number, fss: Fs[], at: Src | undefined): void {
    transformReplicas(m, name, count, fss, at)
  }

  private addGeneratorOrigin(r: Resource, kind: string): void {
    if (!this.origin || r.annotations().has(ANNO_ORIGIN)) return
    r.setAnnotation(
      ANNO_ORIGIN,
      originString({
        configuredIn: joinPath(this.origin.path, this.fileName),
        configuredBy: { apiVersion: 'builtin', kind },
      }),
    )
  }

  private runTransformers(ra: Accumulator): void {
    const tc = ra.config
    const m = ra.resMap
    const k = this.k
    // PatchStrategicMergeTransformer, PatchTransformer
    const patches: PatchEntry[] = loadPatchEntries(this, k)
    applyPatches(
      this,
      m,
      patches.filter((p) => p.legacy === 'strategicMerge'),
    )
    applyPatches(
      this,
      m,
      patches.filter((p) => p.legacy === undefined),
    )
    if (k.namespace) transformNamespace(m, k.namespace, tc.namespace, this.at('namespace'))
    if (k.namePrefix)
      transformPrefixSuffix(m, 'prefix', k.namePrefix, tc.namePrefix, this.at('namePrefix'))
    if (k.nameSuffix)
      transformPrefixSuffix(m, 'suffix', k.nameSuffix, tc.nameSuffix, this.at('nameSuffix'))
    if (k.labels?.length || (k.commonLabels && Object.keys(k.commonLabels).length)) {
      for (const [i, label] of (k.labels ?? []).entries()) {
        let fss: Fs[] = (label.fields ?? []).map((f) => ({
          gvk: { group: f.group ?? '', version: f.version ?? '', kind: f.kind ?? '' },
          path: f.path,
          create: f.create === true,
        }))
        fss = mergeAll(fss, tc.labels)
        if (label.includeSelectors) fss = mergeAll(fss, tc.commonLabels)
        else {
          if (label.includeTemplates) fss = mergeAll(fss, tc.templateLabels)
          fss = mergeOne(fss, {
            gvk: { group: '', version: '', kind: '' },
            path: 'metadata/labels',
            create: true,
          })
        }
        transformMetaMap(
          m,
          label.pairs ?? {},
          fss,
          srcOf(k.labels?.[i]?.pairs),
          srcOf(k.labels?.[i]),
        )
      }
      transformMetaMap(
        m,
        k.commonLabels ?? {},
        tc.commonLabels,
        srcOf(k.commonLabels),
        this.at('commonLabels'),
      )
    }
    if (k.commonAnnotations && Object.keys(k.commonAnnotations).length) {
      transformMetaMap(
        m,
        k.commonAnnotations,
        tc.commonAnnotations,
        srcOf(k.commonAnnotations),
        this.at('commonAnnotations'),
      )
    }
    applyPatches(
      this,
      m,
      patches.filter((p) => p.legacy === 'json6902'),
    )
    for (const [i, rep] of (k.replicas ?? []).entries()) {
      transformReplicas(m, rep.name ?? '', rep.count, tc.replicas, this.at('replicas', i))
    }
    for (const [i, img] of (k.images ?? []).entries()) {
      applyImage(m, img, tc.images, srcOf(k.images, i), srcOf(img))
    }
    if (k.replacements?.length) {
      applyReplacements(m, loadReplacements(this, k.replacements), this.ctx.api)
    }
    for (const p of externalPlugins(
      this,
      k.transformers ?? [],
      (i) => this.at('transformers', i),
      'transformers',
    )) {
      p(m)
    }
  }
}

function goGenerator(a: Record<string, unknown>): string {
  return `&{${a.name ?? ''}}`
}

/** Resources of parsed documents (RNodesFromBytes): validated, FooList items inlined. */
export function resourcesFromNodes(nodes: KNode[], api: OpenApi): Resource[] {
  const queue = [...nodes]
  const out: Resource[] = []
  while (queue.length) {
    const n = queue.shift()!
    if (isNilOrEmpty(n)) continue
    if (n.kind !== 'map') throw new KustomizeError('missing Resource metadata')
    validateMetadata(n)
    const kind = n.field('kind')?.value ?? ''
    if (kind.endsWith('List')) {
      const items = n.field('items')
      if (items === undefined) {
        out.push(new Resource(n, api))
        continue
      }
      if (items.tag === '!!null') continue
      if (items.kind !== 'seq') {
        throw new KustomizeError(
          `expected array in ${kind}/items, but found ${items.kind === 'map' ? 'map[string]interface {}' : 'string'}`,
        )
      }
      for (const it of items.content) {
        if (it.kind !== 'map' || it.content.length === 0) continue
        validateMetadata(it)
        queue.push(it)
      }
      continue
    }
    out.push(new Resource(n, api))
  }
  return out
}

function validateMetadata(n: KNode): void {
  const kind = n.field('kind')
  const meta = n.field('metadata')
  const name = meta?.field('name')
  const av = n.field('apiVersion')
  if (!kind && !av && !meta) throw new KustomizeError('missing Resource metadata')
  const k = kind?.value ?? ''
  const describe = () =>
    `{{${av?.value ?? ''} ${k}} {{${name?.value ?? ''} ${meta?.field('namespace')?.value ?? ''}} map[] map[]}}`
  if (k === '') throw new KustomizeError(`missing kind in object ${describe()}`)
  if (k.endsWith('List')) return
  if (!name || name.value === '')
    throw new KustomizeError(`missing metadata.name in object ${describe()}`)
}

/** A JSON-style value of a node (for an OpenAPI document read from YAML). */
function jsonOfNode(n: KNode): unknown {
  if (n.kind === 'seq') return n.content.map(jsonOfNode)
  if (n.kind === 'map') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of n.entries()) out[k.value] = jsonOfNode(v)
    return out
  }
  const r = resolvePlain(n.value, true)
  if (n.tag === TAG_STR || r.tag === 'str' || r.tag === 'timestamp') return n.value
  if (r.tag === 'int') return Number(r.value as bigint)
  return r.value
}

// ---- built-in transformers without a file of their own ----

const PREFIX_SKIP = [
  { group: '', version: '', kind: 'CustomResourceDefinition' },
  { group: 'apiregistration.k8s.io', version: '', kind: 'APIService' },
  { group: '', version: '', kind: 'Namespace' },
]

function transformPrefixSuffix(
  m: ResMap,
  which: 'prefix' | 'suffix',
  value: string,
  fss: Fs[],
  src: Src | undefined,
): void {
  for (const r of m.resources()) {
    const org = r.orgId()
    if (PREFIX_SKIP.some((s) => gvkSelected(org.gvk, s))) continue
    for (const fs of fss) {
      if (!gvkSelected(org.gvk, fs.gvk)) continue
      if (fs.path === 'metadata/name') {
        if (which === 'prefix') r.addNamePrefix(value)
        else r.addNameSuffix(value)
        r.storePreviousId()
      }
      applyFieldSpec(
        r.node,
        fs,
        (n) => {
          const v = which === 'prefix' ? value + n.value : n.value + value
          setEntry('', v, '', n.src ?? src)(n)
        },
        { createKind: 'scalar', createTag: TAG_STR, src },
      )
    }
  }
}

function transformNamespace(
  m: ResMap,
  ns: string,
  fss: Fs[],
  src: Src | undefined,
  unsetOnly = false,
): void {
  for (const r of m.resources()) {
    if (r.isEmpty()) continue
    r.storePreviousId()
    const apiVersion = r.apiVersion
    let specs = fss.filter(
      (f) => f.path !== 'metadata/namespace' && (apiVersion === 'v1' || f.path !== 'metadata/name'),
    )
    const setAlways = setEntry('', ns, TAG_STR, src)
    // unsetOnly (NamespaceTransformer option): only where no namespace is set yet.
    const set = unsetOnly
      ? (n: KNode) => {
          if (n.kind === 'scalar' && n.tag !== '!!null' && n.value !== '') return
          if (n.kind === 'map' && n.field('')?.value) return
          setAlways(n)
        }
      : setAlways
    if (!r.curId().clusterScoped) {
      applyFieldSpec(
        r.node,
        { gvk: { group: '', version: '', kind: '' }, path: 'metadata/namespace', create: true },
        set,
        {
          createKind: 'scalar',
          src,
        },
      )
    }
    const kind = r.kind
    if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
      specs = specs.filter(
        (f) =>
          !(
            (f.gvk.kind === 'RoleBinding' || f.gvk.kind === 'ClusterRoleBinding') &&
            f.path === 'subjects/namespace'
          ),
      )
      const subjects = r.node.field('subjects')
      if (subjects && subjects.tag !== '!!null') {
        for (const s of subjects.kind === 'seq' ? subjects.content : []) {
          if (s.kind !== 'map') continue
          if (s.field('name')?.value !== 'default') continue
          set(s.fieldOrCreate('namespace', 'scalar', src))
        }
      }
    }
    for (const fs of specs) {
      try {
        applyFieldSpec(r.node, fs, set, { createKind: 'scalar', createTag: TAG_STR, src })
      } catch (e) {
        throw wrap(e, 'namespace transformation failed')
      }
    }
    const id = r.curId()
    if (m.byCurrentId((x) => idEquals(id, x)).length !== 1) {
      throw new KustomizeError(
        `namespace transformation produces ID conflict: ${resIdString(id)}`,
        src,
      )
    }
  }
}

/** Labels and annotations (LabelTransformer, AnnotationsTransformer). */
function transformMetaMap(
  m: ResMap,
  pairs: Record<string, string>,
  fss: Fs[],
  values: Src | undefined,
  at: Src | undefined,
): void {
  const keys = Object.keys(pairs).sort(compareGo)
  if (keys.length === 0) return
  for (const r of m.resources()) {
    if (r.isEmpty()) continue
    for (const k of keys) {
      const src = srcOf(pairs, k) ?? values ?? at
      for (const fs of fss) {
        applyFieldSpec(r.node, fs, setEntry(k, pairs[k], TAG_STR, src), {
          createKind: 'map',
          createTag: TAG_MAP,
          src,
        })
      }
    }
  }
}

function transformReplicas(
  m: ResMap,
  name: string,
  count: number,
  fss: Fs[],
  src: Src | undefined,
): void {
  let found = false
  for (const fs of fss) {
    const list = m.byAnyId((id) => id.name === name && gvkSelected(id.gvk, fs.gvk))
    if (list.length === 0) continue
    found = true
    for (const r of list) {
      applyFieldSpec(r.node, fs, setEntry('', String(count), TAG_INT, src), {
        createKind: 'scalar',
        createTag: TAG_INT,
        src,
      })
    }
  }
  if (!found) {
    const gvks = fss.map(
      (f) =>
        `${f.gvk.kind || '[noKind]'}.${f.gvk.version || '[noVer]'}.${f.gvk.group || '[noGrp]'}`,
    )
    throw new KustomizeError(
      `resource with name ${name} does not match a config with the following GVK [${gvks.join(' ')}]`,
      src,
    )
  }
}

// ---- sorting and the kustomizer ----

function sortResources(m: ResMap, k: Kustomization): void {
  const so = k.sortOptions
  let first = DEFAULT_ORDER.first
  let last = DEFAULT_ORDER.last
  if (so) {
    const order = so.order ?? ''
    if (order !== 'fifo' && order !== 'legacy') {
      throw new KustomizeError("the field 'sortOptions.order' must be one of [fifo, legacy]")
    }
    if (order === 'fifo') {
      if (so.legacySortOptions) {
        throw new KustomizeError(
          "the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'",
        )
      }
      return
    }
    if (so.legacySortOptions) {
      first = so.legacySortOptions.orderFirst ?? []
      last = so.legacySortOptions.orderLast ?? []
    }
  }
  const orders = typeOrders(first, last)
  const ids = new Map(m.list.map((r) => [r, r.curId()]))
  m.list.sort((a, b) => {
    const x = ids.get(a)!
    const y = ids.get(b)!
    return legacyLess(x, y, orders) ? -1 : legacyLess(y, x, orders) ? 1 : 0
  })
}

/** kubectl kustomize DIR: the resources in output order, or a KustomizeError. */
export function build(dir: string, opts: BuildOptions = {}): BuildResult {
  const ctx: BuildContext = {
    api: new OpenApi(),
    loaderCtx: {
      restrictor: opts.restrictor ?? 'rootOnly',
      fence: opts.fence,
      read: new Set(),
      texts: new Map(),
    },
    stderr: [],
    leftOut: [],
    enableHelm: opts.enableHelm ?? false,
    kustomizations: new Set(),
    patchFiles: new Set(),
    chartDirs: new Set(),
    externalPlugins: opts.externalPlugins ?? 'error',
    helmKubeVersion: opts.helmKubeVersion,
    helmApiVersions: opts.helmApiVersions,
  }
  try {
    return buildIn(dir, ctx, opts)
  } catch (e) {
    const k = asKustomizeError(e)
    Object.assign(k, { stderr: ctx.stderr, ctx })
    throw k
  }
}

function buildIn(dir: string, ctx: BuildContext, opts: BuildOptions): BuildResult {
  const ldr = Loader.at(dir, ctx.loaderCtx)
  const kt = new KustTarget(ldr, ctx)
  kt.load()
  kt.applyOpenApi(true)
  const m = kt.makeCustomizedResMap()
  if (kt.k.sortOptions || opts.reorder !== 'none') sortResources(m, kt.k)
  const meta = kt.k.buildMetadata ?? []
  if (opts.managedByLabel || meta.includes('managedByLabel')) {
    for (const r of m.list) {
      applyFieldSpec(
        r.node,
        { gvk: { group: '', version: '', kind: '' }, path: 'metadata/labels', create: true },
        setEntry('app.kubernetes.io/managed-by', 'kustomize-v5.7.1', TAG_STR),
        { createKind: 'map', createTag: TAG_MAP },
      )
    }
  }
  for (const r of m.list) r.removeBuildAnnotations()
  if (!meta.includes('originAnnotations')) {
    for (const r of m.list) {
      const a = r.annotations()
      a.delete(ANNO_ORIGIN)
      r.setAnnotations(a)
    }
  }
  if (!meta.includes('transformerAnnotations')) {
    for (const r of m.list) {
      const a = r.annotations()
      a.delete(ANNO_TRANSFORMATIONS)
      r.setAnnotations(a)
    }
  }
  return { resources: m.list, ctx }
}

/** The YAML kubectl kustomize prints for the resources. */
export function renderResources(resources: Resource[]): string {
  return resources.map((r) => resourceYaml(r.node)).join('---\n')
}

export { ANNO_NEEDS_HASH, idSelectedBy }
export type { KustTarget }
