/**
 * The OpenAPI facts kyaml's strategic merge and kustomize's namespace handling read: the
 * schema of each built-in type (Kubernetes v1.21.2, as kustomize v5.7.1 compiles in), its
 * lists' patch strategies and merge keys, and whether a kind is cluster-scoped. A
 * kustomization's `openapi: {path: …}` adds definitions from a file, as kyaml does.
 */
import { KUBERNETES_OPENAPI } from './openapi.generated.js'

/** A schema reduced to what merging needs (see scripts/generate-kustomize-openapi.mjs). */
export interface SchemaNode {
  /** $ref: a definition name. */
  r?: string
  /** 'array' when the schema's type is exactly [array]. */
  t?: 'array'
  /** items */
  i?: SchemaNode
  /** additionalProperties */
  a?: SchemaNode
  /** properties leading to objects or lists */
  p?: Record<string, SchemaNode>
  /** x-kubernetes-patch-strategy */
  s?: string
  /** x-kubernetes-patch-merge-key */
  k?: string
  /** x-kubernetes-list-map-keys */
  m?: string[]
}

export interface OpenApiData {
  /** "apiVersion|kind" -> definition name */
  gvks: Record<string, string>
  defs: Record<string, SchemaNode>
  clusterScoped: string[]
  namespaced: string[]
}

/** The schema kyaml consults during one build (kyaml keeps it process-wide). */
export class OpenApi {
  private readonly gvks = new Map<string, string>()
  private readonly defs = new Map<string, SchemaNode>()
  private readonly scope = new Map<string, boolean>()
  /** Set once a kustomization chose a schema (kyaml's "this should only be set once"). */
  custom = false

  constructor(data: OpenApiData = KUBERNETES_OPENAPI) {
    this.add(data)
  }

  add(data: OpenApiData): void {
    for (const [k, v] of Object.entries(data.gvks)) this.gvks.set(k, v)
    for (const [k, v] of Object.entries(data.defs)) this.defs.set(k, v)
    for (const k of data.namespaced) this.scope.set(k, true)
    for (const k of data.clusterScoped) if (!this.scope.has(k)) this.scope.set(k, false)
  }

  schemaForType(apiVersion: string, kind: string): SchemaNode | undefined {
    const name = this.gvks.get(`${apiVersion}|${kind}`)
    return name === undefined ? undefined : this.defs.get(name)
  }

  private resolve(s: SchemaNode | undefined): SchemaNode | undefined {
    let cur = s
    for (let guard = 0; cur?.r !== undefined && guard < 64; guard++) {
      const next = this.defs.get(cur.r)
      if (!next) return undefined
      cur = next
    }
    return cur
  }

  /** ResourceSchema.Field: a property's schema, else additionalProperties', refs resolved. */
  field(s: SchemaNode | undefined, name: string): SchemaNode | undefined {
    if (!s) return undefined
    const p = s.p && Object.prototype.hasOwnProperty.call(s.p, name) ? s.p[name] : s.a
    return p ? this.resolve(p) : undefined
  }

  /** ResourceSchema.Elements: the item schema of an array. */
  elements(s: SchemaNode | undefined): SchemaNode | undefined {
    if (!s || s.t !== 'array' || !s.i) return undefined
    return this.resolve(s.i)
  }

  /** IsNamespaceScoped: true/false when the type is known, undefined otherwise. */
  isNamespaceScoped(apiVersion: string, kind: string): boolean | undefined {
    return this.scope.get(`${apiVersion}|${kind}`)
  }

  /** Adds the definitions of an OpenAPI v2 document (JSON value) a kustomization names. */
  addDocument(doc: unknown): void {
    const definitions = isObject(doc) && isObject(doc.definitions) ? doc.definitions : {}
    const data: OpenApiData = { gvks: {}, defs: {}, clusterScoped: [], namespaced: [] }
    for (const [name, def] of Object.entries(definitions)) {
      data.defs[name] = schemaFromJson(def)
      const gvk = isObject(def) ? def['x-kubernetes-group-version-kind'] : undefined
      for (const g of Array.isArray(gvk) ? gvk : []) {
        if (!isObject(g) || typeof g.kind !== 'string' || typeof g.version !== 'string') continue
        const group = typeof g.group === 'string' ? g.group : ''
        data.gvks[`${group ? `${group}/` : ''}${g.version}|${g.kind}`] = name
      }
    }
    this.add(data)
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function schemaFromJson(v: unknown): SchemaNode {
  const out: SchemaNode = {}
  if (!isObject(v)) return out
  if (typeof v.$ref === 'string') out.r = v.$ref.replace('#/definitions/', '')
  const type = v.type
  if (type === 'array' || (Array.isArray(type) && type.length === 1 && type[0] === 'array')) {
    out.t = 'array'
  }
  if (isObject(v.items)) out.i = schemaFromJson(v.items)
  if (isObject(v.additionalProperties)) out.a = schemaFromJson(v.additionalProperties)
  if (isObject(v.properties)) {
    out.p = {}
    for (const [k, p] of Object.entries(v.properties)) out.p[k] = schemaFromJson(p)
  }
  if (typeof v['x-kubernetes-patch-strategy'] === 'string') out.s = v['x-kubernetes-patch-strategy']
  if (typeof v['x-kubernetes-patch-merge-key'] === 'string')
    out.k = v['x-kubernetes-patch-merge-key']
  const keys = v['x-kubernetes-list-map-keys']
  if (Array.isArray(keys)) out.m = keys.filter((k): k is string => typeof k === 'string')
  return out
}

/** PatchStrategyAndKeyList: the strategy and the merge keys of a list. */
export function strategyAndKeys(s: SchemaNode | undefined): { strategy: string; keys: string[] } {
  if (!s || s.s === undefined) return { strategy: '', keys: [] }
  if (s.m) return { strategy: s.s, keys: s.m }
  return { strategy: s.s, keys: s.k !== undefined ? [s.k] : [] }
}

/** Whether the schema's strategy includes "merge" (the list is associative). */
export function hasMergeStrategy(s: SchemaNode | undefined): boolean {
  return (s?.s ?? '').split(',').includes('merge')
}
