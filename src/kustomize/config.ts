/**
 * kustomize's transformer configuration: for each transformer, the field specs (kind +
 * path) it touches; for name references, which fields of which kinds hold another kind's
 * name. Defaults, `configurations:` files and `crds:` files merge into one configuration
 * per build, in kustomize's order and with its dedup rules.
 */
import { DEFAULT_FIELD_SPECS, DEFAULT_NAME_REFERENCES } from './default-config.js'
import { KustomizeError, wrap } from './errors.js'
import type { Loader } from './loader.js'
import { type Gvk, gvkEquals, gvkLessThan, gvkSelected } from './resid.js'
import { decodeAny } from './strict-decode.js'

export interface Fs {
  gvk: Gvk
  path: string
  create: boolean
}

export interface NameBackRef {
  gvk: Gvk
  referrers: Fs[]
}

export const FS_FIELDS = [
  'namePrefix',
  'nameSuffix',
  'namespace',
  'commonLabels',
  'labels',
  'templateLabels',
  'commonAnnotations',
  'varReference',
  'images',
  'replicas',
] as const

export type FsField = (typeof FS_FIELDS)[number]

export type TransformerConfig = Record<FsField, Fs[]> & { nameReference: NameBackRef[] }

export function emptyConfig(): TransformerConfig {
  const c = { nameReference: [] } as unknown as TransformerConfig
  for (const f of FS_FIELDS) c[f] = []
  return c
}

function parseCompact(s: string): Fs {
  const [kind, group, version, path, create] = s.split('|')
  return { gvk: { kind, group, version }, path, create: create === 'create' }
}

let defaults: TransformerConfig | undefined

function defaultConfig(): TransformerConfig {
  if (!defaults) {
    const c = emptyConfig()
    for (const [k, list] of Object.entries(DEFAULT_FIELD_SPECS)) {
      c[k as FsField] = sortFs(list.map(parseCompact))
    }
    c.nameReference = sortNbr(
      DEFAULT_NAME_REFERENCES.map((n) => {
        const [kind, group, version] = n.gvk.split('|')
        return { gvk: { kind, group, version }, referrers: n.refs.map(parseCompact) }
      }),
    )
    defaults = c
  }
  return copyConfig(defaults)
}

function copyConfig(c: TransformerConfig): TransformerConfig {
  const out = emptyConfig()
  for (const f of FS_FIELDS) out[f] = [...c[f]]
  out.nameReference = c.nameReference.map((n) => ({ gvk: n.gvk, referrers: [...n.referrers] }))
  return out
}

function sortFs(list: Fs[]): Fs[] {
  return [...list].sort((a, b) =>
    gvkLessThan(a.gvk, b.gvk) ? -1 : gvkLessThan(b.gvk, a.gvk) ? 1 : 0,
  )
}

function sortNbr(list: NameBackRef[]): NameBackRef[] {
  return [...list].sort((a, b) =>
    gvkLessThan(a.gvk, b.gvk) ? -1 : gvkLessThan(b.gvk, a.gvk) ? 1 : 0,
  )
}

/** FieldSpec.effectivelyEquals */
function effectivelyEquals(a: Fs, b: Fs): boolean {
  return gvkSelected(a.gvk, b.gvk) && a.path === b.path
}

/** FsSlice.MergeOne */
export function mergeOne(list: Fs[], x: Fs): Fs[] {
  const i = list.findIndex((f) => effectivelyEquals(f, x))
  if (i > -1) {
    if (list[i].create !== x.create) throw new KustomizeError('conflicting fieldspecs')
    return list
  }
  return [...list, x]
}

export function mergeAll(list: Fs[], incoming: Fs[]): Fs[] {
  let out = list
  for (const x of incoming) out = mergeOne(out, x)
  return out
}

function mergeNbr(list: NameBackRef[], incoming: NameBackRef[]): NameBackRef[] {
  let out = list
  for (const other of incoming) {
    let found = false
    out = out.map((c) => {
      if (!gvkEquals(c.gvk, other.gvk)) return c
      found = true
      return { gvk: c.gvk, referrers: mergeAll(c.referrers, other.referrers) }
    })
    if (!found) out = [...out, other]
  }
  return out
}

const MERGE_NAMES: Record<FsField, string> = {
  namePrefix: 'NamePrefix',
  nameSuffix: 'NameSuffix',
  namespace: 'NameSpace',
  commonLabels: 'CommonLabels',
  labels: 'Labels',
  templateLabels: 'TemplateLabels',
  commonAnnotations: 'CommonAnnotations',
  varReference: 'VarReference',
  images: 'Images',
  replicas: 'Replicas',
}

/** TransformerConfig.Merge (the result's field specs sorted by kind). */
export function mergeConfig(
  a: TransformerConfig,
  b: TransformerConfig | undefined,
): TransformerConfig {
  if (!b) return a
  const out = emptyConfig()
  for (const f of FS_FIELDS) {
    try {
      out[f] = sortFs(mergeAll(a[f], b[f]))
    } catch (e) {
      throw wrap(e, `failed to merge ${MERGE_NAMES[f]} fieldSpec`)
    }
  }
  try {
    out.nameReference = sortNbr(mergeNbr(a.nameReference, b.nameReference))
  } catch (e) {
    throw wrap(e, 'failed to merge NameReference fieldSpec')
  }
  return out
}

function fsFromValue(v: unknown): Fs {
  const o = (v ?? {}) as Record<string, unknown>
  const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '')
  return {
    gvk: { group: s('group'), version: s('version'), kind: s('kind') },
    path: s('path'),
    create: o.create === true,
  }
}

/** A `configurations:` file (yaml.UnmarshalStrict into TransformerConfig). */
export function configFromText(text: string, file: string): TransformerConfig {
  const v = decodeAny(text, file)
  const c = emptyConfig()
  if (v === null) return c
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new KustomizeError(
      'error unmarshaling JSON: json: cannot unmarshal into TransformerConfig',
    )
  }
  for (const [k, list] of Object.entries(v)) {
    if (k === 'nameReference') {
      c.nameReference = sortNbr(
        (Array.isArray(list) ? list : []).map((n) => {
          const o = (n ?? {}) as Record<string, unknown>
          const base = fsFromValue(o)
          return {
            gvk: base.gvk,
            referrers: (Array.isArray(o.fieldSpecs) ? o.fieldSpecs : []).map(fsFromValue),
          }
        }),
      )
    } else if ((FS_FIELDS as readonly string[]).includes(k)) {
      c[k as FsField] = sortFs((Array.isArray(list) ? list : []).map(fsFromValue))
    } else {
      throw new KustomizeError(
        `error unmarshaling JSON: while decoding JSON: json: unknown field "${k}"`,
      )
    }
  }
  return c
}

/** MakeTransformerConfig: the defaults merged with the `configurations:` files. */
export function makeTransformerConfig(ldr: Loader, paths: string[] | undefined): TransformerConfig {
  const base = defaultConfig()
  if (!paths?.length) return base
  let extra = emptyConfig()
  for (const p of paths) extra = mergeConfig(extra, configFromText(ldr.load(p), p))
  return mergeConfig(base, extra)
}

// ---- crds: OpenAPI definitions with kustomize's x-kubernetes-* annotations ----

interface CrdProperty {
  $ref?: string
  [ext: string]: unknown
}

/** LoadConfigFromCRDs */
export function configFromCrds(ldr: Loader, paths: string[] | undefined): TransformerConfig {
  let tc = emptyConfig()
  for (const p of paths ?? []) {
    const content = ldr.load(p)
    let m: Record<string, unknown>
    try {
      const v = content.trimStart().startsWith('{') ? JSON.parse(content) : decodeAny(content, p)
      m = (v ?? {}) as Record<string, unknown>
    } catch (e) {
      throw wrap(e, `unable to parse open API definition from '${p}'`)
    }
    tc = mergeConfig(tc, configFromApiMap(m))
  }
  return tc
}

function propertiesOf(def: unknown): Record<string, CrdProperty> {
  const d = (def ?? {}) as { Schema?: { properties?: Record<string, CrdProperty> } }
  return d.Schema?.properties ?? {}
}

function configFromApiMap(m: Record<string, unknown>): TransformerConfig {
  let result = emptyConfig()
  for (const name of Object.keys(m)) {
    const props = propertiesOf(m[name])
    if (!('kind' in props && 'apiVersion' in props && 'metadata' in props)) continue
    const tc = emptyConfig()
    const parts = name.split('.')
    loadCrdIntoConfig(tc, { group: '', version: '', kind: parts[parts.length - 1] }, m, name, [])
    result = mergeConfig(result, tc)
  }
  return result
}

function loadCrdIntoConfig(
  tc: TransformerConfig,
  gvk: Gvk,
  m: Record<string, unknown>,
  typeName: string,
  path: string[],
): void {
  if (!(typeName in m)) return
  const fs = (p: string[]): Fs => ({ gvk, path: p.join('/'), create: false })
  for (const [propName, prop] of Object.entries(propertiesOf(m[typeName]))) {
    const p = [...path, propName]
    if (typeof prop['x-kubernetes-annotation'] === 'string')
      tc.commonAnnotations = mergeOne(tc.commonAnnotations, fs(p))
    if (typeof prop['x-kubernetes-label-selector'] === 'string')
      tc.commonLabels = mergeOne(tc.commonLabels, fs(p))
    if (typeof prop['x-kubernetes-identity'] === 'string')
      tc.namePrefix = mergeOne(tc.namePrefix, fs(p))
    const version = prop['x-kubernetes-object-ref-api-version']
    const kind = prop['x-kubernetes-object-ref-kind']
    if (typeof version === 'string' && typeof kind === 'string') {
      const nameKey =
        typeof prop['x-kubernetes-object-ref-name-key'] === 'string'
          ? (prop['x-kubernetes-object-ref-name-key'] as string)
          : 'name'
      tc.nameReference = mergeNbr(tc.nameReference, [
        { gvk: { group: '', version, kind }, referrers: [fs([...p, nameKey])] },
      ])
    }
    if (typeof prop.$ref === 'string') loadCrdIntoConfig(tc, gvk, m, prop.$ref, p)
  }
}
