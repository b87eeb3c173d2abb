/**
 * `kube-whoami.io/ignore: "rule-a,rule-b"` on an object (or on its pod template, which
 * Helm charts usually expose as `podAnnotations`), with an optional
 * `kube-whoami.io/ignore-reason`. Annotations survive Helm rendering, so they work for
 * objects a chart produces as well as for plain manifests.
 */
import type { SourceRange } from '../core/range.js'
import { dict, isDict } from '../k8s/fields.js'
import { type K8sObject, locIn, objectIdentity, objectLabel } from '../k8s/objects.js'
import { resolveLoc } from '../k8s/source.js'
import type { Workload } from '../k8s/workload.js'
import type { YamlPath } from '../yaml/read.js'

export const IGNORE_ANNOTATION = 'kube-whoami.io/ignore'
export const REASON_ANNOTATION = 'kube-whoami.io/ignore-reason'

export interface AnnotationScope {
  via: 'annotation'
  rules: string[]
  reason?: string
  /** Where the annotation is written (for rendered objects: the template or values line). */
  range: SourceRange
  /** `source\0object`, the identity findings about the object carry. */
  key: string
  /** `Deployment "api"`, for messages. */
  object: string
  objectIdentity: string
}

export function annotationKey(source: string, object: string | undefined): string {
  return `${source}\u0000${object ?? ''}`
}

/**
 * The annotation suppressions of one object: its own metadata's, and for a workload
 * (`w`, the object's workload view) its pod template's.
 */
export function annotationScopes(o: K8sObject, w?: Workload): AnnotationScope[] {
  const out: AnnotationScope[] = []
  const places: YamlPath[] = [['metadata']]
  if (w && w.pod.metadataPath.join('.') !== 'metadata') places.push(w.pod.metadataPath)
  for (const meta of places) {
    let cur: unknown = o.value
    for (const step of meta) cur = isDict(cur) ? cur[step] : undefined
    const annotations = dict(dict(cur)?.annotations)
    const value = annotations?.[IGNORE_ANNOTATION]
    if (typeof value !== 'string') continue
    const rules = value
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean)
    const reason = annotations?.[REASON_ANNOTATION]
    const where = resolveLoc(locIn(o, [...meta, 'annotations', IGNORE_ANNOTATION], 'pair'))
    out.push({
      via: 'annotation',
      rules,
      ...(typeof reason === 'string' && reason.trim() ? { reason: reason.trim() } : {}),
      range: where.range,
      key: annotationKey(o.source.id, objectIdentity(o)),
      object: objectLabel(o),
      objectIdentity: objectIdentity(o),
    })
  }
  return out
}
