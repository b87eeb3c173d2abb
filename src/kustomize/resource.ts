/**
 * kustomize's Resource and ResMap: a resource node with the build bookkeeping kustomize
 * keeps in internal.config.kubernetes.io annotations (previous names, prefixes, generator
 * behaviour, references) — kept there too, because which annotations exist changes what
 * kustomize prints (they are removed at the end, rewriting the annotations map).
 */
import { KustomizeError } from './errors.js'
import { KNode, type Src, isNilOrEmpty, lookup, valueOf } from './node.js'
import type { OpenApi } from './openapi.js'
import {
  effectiveNamespace,
  type Gvk,
  gvkSelected,
  idEquals,
  idIdentical,
  nsEquals,
  parseGroupVersion,
  type ResId,
  resIdString,
} from './resid.js'
import { work } from '../core/budget.js'

const DOMAIN = 'internal.config.kubernetes.io'
export const ANNO_PREVIOUS_KINDS = `${DOMAIN}/previousKinds`
export const ANNO_PREVIOUS_NAMES = `${DOMAIN}/previousNames`
export const ANNO_PREFIXES = `${DOMAIN}/prefixes`
export const ANNO_SUFFIXES = `${DOMAIN}/suffixes`
export const ANNO_PREVIOUS_NAMESPACES = `${DOMAIN}/previousNamespaces`
export const ANNO_REF_BY = `${DOMAIN}/refBy`
export const ANNO_GEN_BEHAVIOR = `${DOMAIN}/generatorBehavior`
export const ANNO_NEEDS_HASH = `${DOMAIN}/needsHashSuffix`
export const ANNO_ALLOW_NAME_CHANGE = `${DOMAIN}/allowNameChange`
export const ANNO_ALLOW_KIND_CHANGE = `${DOMAIN}/allowKindChange`
export const ANNO_ORIGIN = 'config.kubernetes.io/origin'
export const ANNO_TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations'
export const ANNO_LOCAL_CONFIG = 'config.kubernetes.io/local-config'

/** Annotations kustomize removes before printing (Resource.BuildAnnotations). */
export const BUILD_ANNOTATIONS = [
  ANNO_PREVIOUS_KINDS,
  ANNO_PREVIOUS_NAMES,
  ANNO_PREFIXES,
  ANNO_SUFFIXES,
  ANNO_PREVIOUS_NAMESPACES,
  ANNO_ALLOW_NAME_CHANGE,
  ANNO_ALLOW_KIND_CHANGE,
  ANNO_REF_BY,
  ANNO_GEN_BEHAVIOR,
  ANNO_NEEDS_HASH,
  'config.kubernetes.io/path',
  'config.kubernetes.io/index',
  'internal.config.kubernetes.io/seqindent',
  'config.kubernetes.io/id',
  'config.k8s.io/id',
  'internal.config.kubernetes.io/path',
  'internal.config.kubernetes.io/index',
  'internal.config.kubernetes.io/id',
  'internal.config.kubernetes.io/annotations-migration-resource-id',
]

export type Behavior = 'create' | 'merge' | 'replace' | 'unspecified'

export function parseBehavior(s: string): Behavior {
  return s === 'create' || s === 'merge' || s === 'replace' ? s : 'unspecified'
}

/** One entry of a metadata map, with where its key and value were written. */
export interface MapEntry {
  value: string
  src?: Src
  keySrc?: Src
}

export type StringMap = Map<string, MapEntry>

function metadataOf(n: KNode): KNode | undefined {
  const m = n.field('metadata')
  return m && !isNilOrEmpty(m) ? m : undefined
}

/** RNode.getMetaStringField */
function metaString(n: KNode, name: string): string {
  const m = metadataOf(n)
  const f = m?.field(name)
  return f && !isNilOrEmpty(f) ? f.value : ''
}

export class Resource {
  refVarNames: string[] = []

  constructor(
    public node: KNode,
    private readonly api: OpenApi,
  ) {}

  get kind(): string {
    return this.node.field('kind')?.value ?? ''
  }

  get apiVersion(): string {
    return this.node.field('apiVersion')?.value ?? ''
  }

  get name(): string {
    return metaString(this.node, 'name')
  }

  get namespace(): string {
    return metaString(this.node, 'namespace')
  }

  get gvk(): Gvk {
    const { group, version } = parseGroupVersion(this.apiVersion)
    return { group, version, kind: this.kind }
  }

  isEmpty(): boolean {
    return isNilOrEmpty(this.node)
  }

  makeId(gvk: Gvk, name: string, namespace: string): ResId {
    return makeResId(this.api, gvk, name, namespace)
  }

  curId(): ResId {
    return this.makeId(this.gvk, this.name, this.namespace)
  }

  prevIds(): ResId[] {
    const a = this.annotations()
    const names = a.get(ANNO_PREVIOUS_NAMES)
    if (!names) return []
    const n = names.value.split(',')
    const ns = (a.get(ANNO_PREVIOUS_NAMESPACES)?.value ?? '').split(',')
    const kinds = (a.get(ANNO_PREVIOUS_KINDS)?.value ?? '').split(',')
    if (n.length !== ns.length || n.length !== kinds.length) {
      throw new KustomizeError(
        'number of previous names, number of previous namespaces, number of previous kinds not equal',
      )
    }
    const { group, version } = parseGroupVersion(this.apiVersion)
    return n.map((name, i) => this.makeId({ group, version, kind: kinds[i] }, name, ns[i]))
  }

  orgId(): ResId {
    const prev = this.prevIds()
    return prev.length > 0 ? prev[0] : this.curId()
  }

  // ---- metadata maps ----

  private metaMap(field: string): StringMap {
    const out: StringMap = new Map()
    const m = metadataOf(this.node)
    const f = m?.field(field)
    if (!f || f.kind !== 'map') return out
    for (const [k, v] of f.entries())
      out.set(k.value, { value: v.value, src: v.src, keySrc: k.src })
    return out
  }

  annotations(): StringMap {
    return this.metaMap('annotations')
  }

  labels(): StringMap {
    return this.metaMap('labels')
  }

  /** setMapInMetadata: the field is cleared and rewritten with sorted !!str values. */
  private setMetaMap(field: string, m: StringMap): void {
    const meta = this.node.fieldOrCreate('metadata', 'map')
    meta.clear(field)
    if (m.size === 0) return
    const map = meta.fieldOrCreate(field, 'map')
    for (const k of [...m.keys()].sort(compareGo)) {
      const e = m.get(k)!
      map.setField(k, KNode.string(e.value, e.src), e.keySrc)
    }
  }

  setAnnotations(m: StringMap): void {
    this.setMetaMap('annotations', m)
  }

  setLabels(m: StringMap): void {
    this.setMetaMap('labels', m)
  }

  /** kyaml's SetAnnotation: one key set (as !!str), creating metadata/annotations as needed. */
  setAnnotation(key: string, value: string): void {
    const meta = this.node.fieldOrCreate('metadata', 'map')
    const anns = meta.fieldOrCreate('annotations', 'map')
    anns.setField(key, KNode.string(value))
  }

  setName(name: string, src?: Src): void {
    const meta = this.node.fieldOrCreate('metadata', 'map')
    meta.setField('name', KNode.scalar(name, '', src))
  }

  setNamespace(ns: string): void {
    const meta = this.node.field('metadata')
    if (ns === '') {
      meta?.clear('namespace')
      return
    }
    this.node.fieldOrCreate('metadata', 'map').setField('namespace', KNode.scalar(ns))
  }

  setKind(kind: string): void {
    this.node.setField('kind', KNode.scalar(kind))
  }

  setApiVersion(av: string): void {
    this.node.setField('apiVersion', KNode.scalar(av))
  }

  setGvk(g: Gvk): void {
    this.setKind(g.kind)
    this.setApiVersion(g.group ? `${g.group}/${g.version}` : g.version)
  }

  // ---- build annotations ----

  private csv(name: string): string[] {
    const v = this.annotations().get(name)
    return v === undefined ? [] : v.value.split(',')
  }

  private appendCsv(name: string, value: string): void {
    if (value === '') return
    this.setAnnotation(name, [...this.csv(name), value].join(','))
  }

  namePrefixes(): string[] {
    return this.csv(ANNO_PREFIXES)
  }

  nameSuffixes(): string[] {
    return this.csv(ANNO_SUFFIXES)
  }

  addNamePrefix(p: string): void {
    this.appendCsv(ANNO_PREFIXES, p)
  }

  addNameSuffix(s: string): void {
    this.appendCsv(ANNO_SUFFIXES, s)
  }

  setPreviousId(ns: string, name: string, kind: string): void {
    this.appendCsv(ANNO_PREVIOUS_NAMES, name)
    this.appendCsv(ANNO_PREVIOUS_NAMESPACES, ns)
    this.appendCsv(ANNO_PREVIOUS_KINDS, kind)
  }

  storePreviousId(): void {
    const id = this.curId()
    this.setPreviousId(effectiveNamespace(id), id.name, id.gvk.kind)
  }

  private isEnabled(key: string): boolean {
    return this.annotations().get(key)?.value === 'enabled'
  }

  private enable(key: string): void {
    const a = this.annotations()
    a.set(key, { value: 'enabled' })
    this.setAnnotations(a)
  }

  allowNameChange(): void {
    this.enable(ANNO_ALLOW_NAME_CHANGE)
  }

  allowKindChange(): void {
    this.enable(ANNO_ALLOW_KIND_CHANGE)
  }

  nameChangeAllowed(): boolean {
    return this.isEnabled(ANNO_ALLOW_NAME_CHANGE)
  }

  kindChangeAllowed(): boolean {
    return this.isEnabled(ANNO_ALLOW_KIND_CHANGE)
  }

  needHashSuffix(): boolean {
    return this.isEnabled(ANNO_NEEDS_HASH)
  }

  enableHashSuffix(): void {
    this.enable(ANNO_NEEDS_HASH)
  }

  behavior(): Behavior {
    const v = this.annotations().get(ANNO_GEN_BEHAVIOR)
    return parseBehavior(v?.value ?? '')
  }

  setBehavior(b: Behavior): void {
    const a = this.annotations()
    a.set(ANNO_GEN_BEHAVIOR, { value: b })
    this.setAnnotations(a)
  }

  refBy(): string[] {
    return this.csv(ANNO_REF_BY)
  }

  appendRefBy(id: ResId): void {
    this.appendCsv(ANNO_REF_BY, resIdString(id))
  }

  removeBuildAnnotations(): void {
    const a = this.annotations()
    if (a.size === 0) return
    for (const k of BUILD_ANNOTATIONS) a.delete(k)
    this.setAnnotations(a)
  }

  /** Resource.DeepCopy */
  deepCopy(): Resource {
    const r = new Resource(this.node.clone(), this.api)
    r.refVarNames = [...this.refVarNames]
    return r
  }

  /** CopyMergeMetaDataFieldsFrom */
  copyMergeMetaDataFieldsFrom(other: Resource): void {
    const labels = other.labels()
    for (const [k, v] of this.labels()) labels.set(k, v)
    this.setLabels(labels)
    const own = this.annotations()
    const enableHash = own.has(ANNO_NEEDS_HASH)
    const merged: StringMap = new Map(other.annotations())
    for (const [k, v] of own) merged.set(k, v)
    // Build annotations come from `other` only.
    const theirs = other.annotations()
    for (const k of BUILD_ANNOTATIONS) {
      const v = theirs.get(k)
      if (v !== undefined) merged.set(k, v)
      else merged.delete(k)
    }
    if (!enableHash) merged.delete(ANNO_NEEDS_HASH)
    this.setAnnotations(merged)
    this.setName(other.name)
    this.setNamespace(other.namespace)
    this.refVarNames = [...other.refVarNames]
  }

  /** GetDataMap / GetBinaryDataMap */
  dataMap(field: 'data' | 'binaryData'): StringMap {
    const out: StringMap = new Map()
    const d = this.node.field(field)
    if (!d || d.kind !== 'map') return out
    for (const [k, v] of d.entries())
      out.set(valueOf(k), { value: valueOf(v), src: v.src, keySrc: k.src })
    return out
  }

  /** SetDataMap / SetBinaryDataMap: cleared, then written back sorted as !!str values. */
  setDataMap(field: 'data' | 'binaryData', m: StringMap): void {
    this.node.clear(field)
    if (m.size === 0) return
    for (const k of [...m.keys()].sort(compareGo)) {
      const e = m.get(k)!
      this.node.fieldOrCreate(field, 'map').setField(k, KNode.string(e.value, e.src), e.keySrc)
    }
  }

  /** Whether labels match a Kubernetes label selector. */
  matchesLabelSelector(selector: string): boolean {
    return matchSelector(selector, this.labels())
  }

  matchesAnnotationSelector(selector: string): boolean {
    return matchSelector(selector, this.annotations())
  }

  lookup(...path: string[]): KNode | undefined {
    return lookup(this.node, ...path)
  }
}

export function makeResId(api: OpenApi, gvk: Gvk, name: string, namespace: string): ResId {
  const av = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version
  const scoped = api.isNamespaceScoped(av, gvk.kind)
  return { gvk, name, namespace, clusterScoped: scoped === false }
}

/** Go's sort.Strings order. */
export function compareGo(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

// ---- label selectors (k8s.io/apimachinery labels.Parse, the subset kustomize users write) ----

function matchSelector(selector: string, labels: StringMap): boolean {
  if (selector.trim() === '') return true
  for (const req of splitRequirements(selector)) {
    if (!matchRequirement(req.trim(), labels)) return false
  }
  return true
}

function splitRequirements(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of s) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}

function matchRequirement(r: string, labels: StringMap): boolean {
  let m = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(r)
  if (m) {
    const values = m[3].split(',').map((v) => v.trim())
    const v = labels.get(m[1])
    if (m[2] === 'in') return v !== undefined && values.includes(v.value)
    return v === undefined || !values.includes(v.value)
  }
  if (r.startsWith('!')) return !labels.has(r.slice(1).trim())
  m = /^([^=!<>\s]+)\s*(==|=|!=|>|<)\s*(.*)$/.exec(r)
  if (m) {
    const v = labels.get(m[1])
    const want = m[3].trim()
    switch (m[2]) {
      case '=':
      case '==':
        return v !== undefined && v.value === want
      case '!=':
        return v === undefined || v.value !== want
      case '>':
        return v !== undefined && Number(v.value) > Number(want)
      case '<':
        return v !== undefined && Number(v.value) < Number(want)
    }
  }
  if (/^[^=!<>\s(),]+$/.test(r)) return labels.has(r)
  throw new KustomizeError(`unable to parse requirement: ${r}`)
}

// ---- ResMap ----

export type IdMatcher = (id: ResId) => boolean

export class ResMap {
  list: Resource[] = []

  constructor(readonly api: OpenApi) {}

  get size(): number {
    return this.list.length
  }

  resources(): Resource[] {
    return [...this.list]
  }

  append(r: Resource): void {
    // The id check below scans the whole list: charge it, or 4,096 appends to a list of 10^5
    // (an overlay doubling its base) pass between two looks at the budget's clock.
    work(1 + (this.list.length >>> 4))
    const id = r.curId()
    if (this.byCurrentId((x) => idEquals(id, x)).length > 0) {
      throw new KustomizeError(
        `may not add resource with an already registered id: ${resIdString(id)}`,
      )
    }
    this.list.push(r)
  }

  appendAll(other: ResMap | Resource[]): void {
    for (const r of Array.isArray(other) ? other : other.list) this.append(r)
  }

  byCurrentId(m: IdMatcher): Resource[] {
    return this.list.filter((r) => m(r.curId()))
  }

  byAnyId(m: IdMatcher): Resource[] {
    const out: Resource[] = []
    for (const r of this.list) {
      if (r.isEmpty()) continue
      if ([...r.prevIds(), r.curId()].some(m)) out.push(r)
    }
    return out
  }

  /** GetById: exactly one match by any id, else kustomize's error. */
  getById(id: ResId): Resource {
    const r = this.byAnyId((x) => idEquals(id, x))
    if (r.length === 1) return r[0]
    const why =
      r.length > 1
        ? `multiple matches for Id ${resIdString(id)}`
        : `no matches for Id ${resIdString(id)}`
    throw new KustomizeError(`${why}; failed to find unique target for patch ${resIdString(id)}`)
  }

  indexOfCurrentId(id: ResId): number {
    let count = 0
    let result = -1
    this.list.forEach((r, i) => {
      if (idEquals(id, r.curId())) {
        count++
        result = i
      }
    })
    if (count > 1) throw new KustomizeError(`id matched ${count} resources`)
    return result
  }

  replace(r: Resource): number {
    const id = r.curId()
    let i: number
    try {
      i = this.indexOfCurrentId(id)
    } catch (e) {
      throw new KustomizeError(`in Replace: ${(e as Error).message}`)
    }
    if (i < 0)
      throw new KustomizeError(`cannot find resource with id ${resIdString(id)} to replace`)
    this.list[i] = r
    return i
  }

  remove(id: ResId): void {
    const before = this.list.length
    this.list = this.list.filter((r) => !idIdentical(r.curId(), id))
    if (this.list.length !== before - 1)
      throw new KustomizeError(`id ${resIdString(id)} not found in removal`)
  }

  clear(): void {
    this.list = []
  }

  /** Resources a referrer can point at: same namespace, cluster-scoped, RoleBinding subjects' namespaces. */
  subsetReferencedBy(referrer: Resource): Resource[] {
    const rid = referrer.curId()
    if (rid.clusterScoped) return this.resources()
    const subjectNs = new Set<string>()
    if (referrer.kind === 'RoleBinding') {
      const subjects = referrer.node.field('subjects')
      for (const s of subjects?.kind === 'seq' ? subjects.content : []) {
        const ns = s.field('namespace')
        const kind = s.field('kind')
        if (ns && kind?.value === 'ServiceAccount') subjectNs.add(ns.value)
      }
    }
    return this.list.filter((t) => {
      const id = t.curId()
      return id.clusterScoped || nsEquals(id, rid) || subjectNs.has(t.namespace)
    })
  }

  groupedByNamespace(original: boolean): Map<string, Resource[]> {
    const out = new Map<string, Resource[]>()
    for (const r of this.list) {
      const ns = effectiveNamespace(original ? r.orgId() : r.curId())
      if (!out.has(ns)) out.set(ns, [])
      out.get(ns)!.push(r)
    }
    return out
  }

  dropEmpties(): void {
    this.list = this.list.filter((r) => !r.isEmpty())
  }

  /** Select: resources matching a patch or replacement target selector. */
  select(s: Selector): Resource[] {
    const re = (p: string | undefined) => (p ? anchoredRegExp(p) : undefined)
    const nsRe = re(s.namespace)
    const nameRe = re(s.name)
    const gRe = re(s.group)
    const vRe = re(s.version)
    const kRe = re(s.kind)
    const out: Resource[] = []
    for (const r of this.list) {
      const cur = r.curId()
      const org = r.orgId()
      if (nsRe && !nsRe.test(effectiveNamespace(org)) && !nsRe.test(effectiveNamespace(cur)))
        continue
      if (nameRe && !nameRe.test(org.name) && !nameRe.test(cur.name)) continue
      const g = r.gvk
      if (
        (gRe && !gRe.test(g.group)) ||
        (vRe && !vRe.test(g.version)) ||
        (kRe && !kRe.test(g.kind))
      )
        continue
      if (!r.matchesLabelSelector(s.labelSelector ?? '')) continue
      if (!r.matchesAnnotationSelector(s.annotationSelector ?? '')) continue
      out.push(r)
    }
    return out
  }
}

export interface Selector {
  group?: string
  version?: string
  kind?: string
  name?: string
  namespace?: string
  labelSelector?: string
  annotationSelector?: string
}

/** types.NewSelectorRegex: each field is an anchored Go regexp. */
function anchoredRegExp(p: string): RegExp {
  try {
    return new RegExp(`^(?:${p})$`, 'u')
  } catch (e) {
    throw new KustomizeError(`error parsing regexp: ${(e as Error).message}`)
  }
}

/** Whether the selector's GVK fields select the id (used where kustomize does not use regexes). */
export function selectsGvk(selector: Partial<Gvk>, g: Gvk): boolean {
  return gvkSelected(g, selector)
}
