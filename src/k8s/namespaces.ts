/**
 * Pod Security Admission labels on Namespace objects found in the repository: the level a
 * namespace enforces decides whether the API server (or, for workload templates, the
 * controller creating the pods) will reject a violating pod.
 */
import { dict, str } from './fields.js'
import { type K8sObject, locIn } from './objects.js'
import type { Loc } from './source.js'
import { isPssLevel, parsePssVersion, type PssLevel } from '../rules/pod/pss-policy.js'

export interface NamespacePolicy {
  namespace: string
  level: PssLevel
  /** `latest` or `v1.N` after PSA's fallbacks (an invalid version means latest). */
  version: string
  /** The `pod-security.kubernetes.io/enforce` label. */
  at: Loc
}

const ENFORCE = 'pod-security.kubernetes.io/enforce'

/** Namespaces that carry an enforce label, by name. PSA reads a bad level as restricted. */
export function namespacePolicies(objects: readonly K8sObject[]): Map<string, NamespacePolicy> {
  const out = new Map<string, NamespacePolicy>()
  for (const o of objects) {
    if (o.kind !== 'Namespace' || o.apiVersion !== 'v1' || !o.name) continue
    const labels = dict(dict(o.value.metadata)?.labels) ?? {}
    const level = str(labels[ENFORCE])
    if (level === undefined) continue
    const version = str(labels[`${ENFORCE}-version`]) ?? 'latest'
    out.set(o.name, {
      namespace: o.name,
      level: isPssLevel(level) ? level : 'restricted',
      version: parsePssVersion(version) ? version : 'latest',
      at: locIn(o, ['metadata', 'labels', ENFORCE]),
    })
  }
  return out
}
