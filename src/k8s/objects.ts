import type { YamlPath } from '../yaml/read.js'
import { type Dict, isDict, str } from './fields.js'
import { type Loc, type ManifestSource } from './source.js'

/** A Kubernetes object found in a document (a top-level object or an item of a `List`). */
export interface K8sObject {
  apiVersion: string
  kind: string
  name?: string
  namespace?: string
  value: Dict
  source: ManifestSource
  /** Path of the object inside its document: [] or ['items', i]. */
  basePath: YamlPath
  /**
   * Identity for fingerprints when the rendered name is not stable (an object rendered
   * from a chart: release name, namespace, `randAlphaNum`): its kind and, when its template
   * renders several of that kind, which one (`Pod#2`).
   */
  renderedId?: string
}

/** What identifies an object in fingerprints: `Kind/namespace/name`, or for a chart's object its kind in its template. */
export function objectIdentity(o: K8sObject): string {
  return o.renderedId ?? namedIdentity(o)
}

/** `Kind/namespace/name`: the identity of every object before chart objects had their own. */
export function namedIdentity(o: K8sObject): string {
  return `${o.kind}/${o.namespace ?? ''}/${o.name ?? ''}`
}

export function objectLabel(o: K8sObject): string {
  return o.name ? `${o.kind} "${o.name}"` : o.kind
}

export function locIn(o: K8sObject, path: YamlPath, part?: Loc['part']): Loc {
  return { source: o.source, path: [...o.basePath, ...path], part }
}

/** Whether a document looks like a Kubernetes object (apiVersion and kind strings). */
export function isKubernetesObject(v: unknown): v is Dict & { apiVersion: string; kind: string } {
  return isDict(v) && typeof v.apiVersion === 'string' && typeof v.kind === 'string'
}

/**
 * The objects of one document: the document itself, or the items of a `kind: List` (any
 * `*List` kind with an `items` array, as kubectl accepts). Documents without apiVersion and
 * kind are not Kubernetes objects and yield nothing.
 */
export function objectsOfDocument(source: ManifestSource): K8sObject[] {
  const value = source.doc.value
  if (!isKubernetesObject(value)) return []
  if (value.kind.endsWith('List') && Array.isArray(value.items)) {
    const out: K8sObject[] = []
    value.items.forEach((item, i) => {
      if (isKubernetesObject(item)) out.push(makeObject(item, source, ['items', i]))
    })
    return out
  }
  return [makeObject(value, source, [])]
}

function makeObject(value: Dict, source: ManifestSource, basePath: YamlPath): K8sObject {
  const meta = isDict(value.metadata) ? value.metadata : {}
  return {
    apiVersion: value.apiVersion as string,
    kind: value.kind as string,
    name: str(meta.name) ?? str(meta.generateName),
    namespace: str(meta.namespace),
    value,
    source,
    basePath,
  }
}
