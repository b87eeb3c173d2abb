/**
 * Resource identities as kustomize writes and compares them (kyaml's resid): group,
 * version, kind, name and namespace, with "default" and "" the same namespace and
 * cluster-scoped kinds in none.
 */

export interface Gvk {
  group: string
  version: string
  kind: string
}

export interface ResId {
  gvk: Gvk
  name: string
  namespace: string
  /** Per the OpenAPI data in use, known to be cluster-scoped. */
  clusterScoped: boolean
}

export const DEFAULT_NAMESPACE = 'default'
export const TOTALLY_NOT_A_NAMESPACE = '_non_namespaceable_'

export function parseGroupVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/')
  return i > -1
    ? { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) }
    : { group: '', version: apiVersion }
}

export function apiVersionOf(g: Gvk): string {
  return g.group ? `${g.group}/${g.version}` : g.version
}

export function gvkString(g: Gvk): string {
  return `${g.kind || '[noKind]'}.${g.version || '[noVer]'}.${g.group || '[noGrp]'}`
}

export function resIdString(id: ResId): string {
  return `${gvkString(id.gvk)}/${id.name || '[noName]'}.${id.namespace || '[noNs]'}`
}

export function gvkEquals(a: Gvk, b: Gvk): boolean {
  return a.group === b.group && a.version === b.version && a.kind === b.kind
}

/** Gvk.IsSelected: empty selector fields match anything. */
export function gvkSelected(g: Gvk, selector: Partial<Gvk> | undefined): boolean {
  if (!selector) return true
  if (selector.group && g.group !== selector.group) return false
  if (selector.version && g.version !== selector.version) return false
  if (selector.kind && g.kind !== selector.kind) return false
  return true
}

export function effectiveNamespace(id: ResId): string {
  if (id.clusterScoped) return TOTALLY_NOT_A_NAMESPACE
  if (id.namespace === '' || id.namespace === DEFAULT_NAMESPACE) return DEFAULT_NAMESPACE
  return id.namespace
}

export function nsEquals(a: ResId, b: ResId): boolean {
  return effectiveNamespace(a) === effectiveNamespace(b)
}

export function gvknEquals(a: ResId, b: ResId): boolean {
  return a.name === b.name && gvkEquals(a.gvk, b.gvk)
}

export function idEquals(a: ResId, b: ResId): boolean {
  return nsEquals(a, b) && gvknEquals(a, b)
}

/** Go's == on ResId values (isClusterScoped included, as it is a struct field). */
export function idIdentical(a: ResId, b: ResId): boolean {
  return (
    gvkEquals(a.gvk, b.gvk) &&
    a.name === b.name &&
    a.namespace === b.namespace &&
    a.clusterScoped === b.clusterScoped
  )
}

/** ResId.IsSelectedBy */
export function idSelectedBy(id: ResId, selector: ResId): boolean {
  return (
    (selector.name === '' || selector.name === id.name) &&
    (selector.namespace === '' || nsEquals(selector, id)) &&
    gvkSelected(id.gvk, selector.gvk)
  )
}

const LEGACY_FIRST = [
  'Namespace',
  'ResourceQuota',
  'StorageClass',
  'CustomResourceDefinition',
  'ServiceAccount',
  'PodSecurityPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'Endpoints',
  'Service',
  'LimitRange',
  'PriorityClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Deployment',
  'StatefulSet',
  'CronJob',
  'PodDisruptionBudget',
]
const LEGACY_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']

export const DEFAULT_ORDER = { first: LEGACY_FIRST, last: LEGACY_LAST }

/** The kind ranks of a legacy order: first kinds negative, last kinds positive, others 0. */
export function typeOrders(first: string[], last: string[]): Map<string, number> {
  const m = new Map<string, number>()
  first.forEach((k, i) => m.set(k, -first.length + i))
  last.forEach((k, i) => m.set(k, 1 + i))
  return m
}

const DEFAULT_TYPE_ORDERS = typeOrders(LEGACY_FIRST, LEGACY_LAST)

function stableGvk(g: Gvk): string {
  return `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`
}

/** Gvk.IsLessThan (the order of field specs in a transformer config). */
export function gvkLessThan(a: Gvk, b: Gvk): boolean {
  const i = DEFAULT_TYPE_ORDERS.get(a.kind) ?? 0
  const j = DEFAULT_TYPE_ORDERS.get(b.kind) ?? 0
  if (i !== j) return i < j
  return goLess(stableGvk(a), stableGvk(b))
}

/** Go's string < (byte order of UTF-8). */
export function goLess(a: string, b: string): boolean {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')) < 0
}

/** The SortOrderTransformer's legacy comparison. */
export function legacyLess(a: ResId, b: ResId, orders: Map<string, number>): boolean {
  if (!gvkEquals(a.gvk, b.gvk)) {
    const i = orders.get(a.gvk.kind) ?? 0
    const j = orders.get(b.gvk.kind) ?? 0
    if (i !== j) return i < j
    if (
      a.gvk.kind === 'Namespace' &&
      b.gvk.kind === 'Namespace' &&
      (a.gvk.group === '' || b.gvk.group === '')
    ) {
      return goLess(stableGvk(b.gvk), stableGvk(a.gvk))
    }
    return goLess(stableGvk(a.gvk), stableGvk(b.gvk))
  }
  const key = (id: ResId) => `${gvkString(id.gvk)}|${id.namespace || '~X'}|${id.name || '~N'}`
  return goLess(key(a), key(b))
}
