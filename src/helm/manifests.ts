/**
 * What Helm does with rendered files before printing them (releaseutil.SortManifests and
 * the `helm template` printer): files sorted by name, each split into documents on `---`
 * lines, each document's head (apiVersion, kind, metadata.name, annotations) decoded —
 * a document that does not decode fails the whole render — hooks separated by their
 * `helm.sh/hook` annotation, and both lists ordered by Helm's install order of kinds.
 */
import { goTrimSpace, pathBase } from './go-text.js'
import { compareGoStrings } from '../template/sort.js'
import { decodeHead, type SimpleHead } from './head.js'

export const installOrder = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
]

const orderIndex = new Map(installOrder.map((k, i) => [k, i]))

const hookEvents = new Set([
  'pre-install',
  'post-install',
  'pre-delete',
  'post-delete',
  'pre-upgrade',
  'post-upgrade',
  'pre-rollback',
  'post-rollback',
  'test',
  'test-success',
])

/** One document of a rendered file. */
export interface Manifest {
  /** The file it came from, e.g. `mychart/templates/deployment.yaml`. */
  name: string
  /** The document text, trimmed. */
  content: string
  head: SimpleHead
  /** Index of the document within its file (0-based, empty documents skipped). */
  index: number
  /** Offset of `content` within the rendered file's text. */
  offset: number
}

export interface Hook extends Manifest {
  events: string[]
  weight: number
}

export class ManifestParseError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly documentIndex: number,
    readonly offset: number,
  ) {
    super(message)
  }
}

function isSepSpace(c: number): boolean {
  // Go's \s: [\t\n\f\r ]
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d
}

/**
 * The matches of releaseutil's separator `(?:^|\s*\n)---\s*`, found without a regular
 * expression (V8 backtracks quadratically on long whitespace runs).
 */
function separators(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let from = 0
  const endAfter = (i: number): number => {
    let e = i
    while (e < s.length && isSepSpace(s.charCodeAt(e))) e++
    return e
  }
  if (s.startsWith('---')) {
    from = endAfter(3)
    out.push({ start: 0, end: from })
  }
  for (;;) {
    const q = s.indexOf('\n---', from)
    if (q < 0) break
    let p = q
    while (p > from && isSepSpace(s.charCodeAt(p - 1))) p--
    const e = endAfter(q + 4)
    out.push({ start: p, end: e })
    from = e
  }
  return out
}

/** SplitManifests: documents in order, each trimmed, with its offset in `text`. */
export function splitManifests(text: string): { content: string; offset: number }[] {
  const trimmed = goTrimSpace(text)
  let lead = 0
  if (trimmed.length > 0) while (text.charCodeAt(lead) !== trimmed.charCodeAt(0)) lead++
  const out: { content: string; offset: number }[] = []
  let last = 0
  const push = (start: number, end: number): void => {
    const d = trimmed.slice(start, end)
    if (d === '') return
    const content = goTrimSpace(d)
    let skip = 0
    while (skip < d.length && d.charCodeAt(skip) !== content.charCodeAt(0)) skip++
    out.push({ content, offset: lead + start + skip })
  }
  for (const m of separators(trimmed)) {
    push(last, m.start)
    last = m.end
  }
  push(last, trimmed.length)
  return out
}

function kindLess(a: string, b: string): boolean {
  const first = orderIndex.get(a)
  const second = orderIndex.get(b)
  if (first === undefined && second === undefined) return a !== b ? a < b : false
  if (first === undefined) return false
  if (second === undefined) return true
  return first < second
}

function stableSortByKind<T extends { head: SimpleHead }>(list: T[]): T[] {
  // sort.SliceStable with lessByKind; Array.prototype.sort is stable.
  return list.sort((x, y) => {
    if (kindLess(x.head.kind, y.head.kind)) return -1
    if (kindLess(y.head.kind, x.head.kind)) return 1
    return 0
  })
}

export interface SortResult {
  hooks: Hook[]
  manifests: Manifest[]
  /** Notes about skipped documents (unknown hook types), as Helm logs them. */
  logs: { msg: string; attrs: [string, string][] }[]
}

/** SortManifests over a map of rendered files (partials and empty files skipped). */
export function sortManifests(files: Map<string, string>): SortResult {
  const names = [...files.keys()].sort(compareGoStrings)
  const hooks: Hook[] = []
  const manifests: Manifest[] = []
  const logs: SortResult['logs'] = []
  for (const name of names) {
    const content = files.get(name)!
    if (pathBase(name).startsWith('_')) continue
    if (goTrimSpace(content) === '') continue
    splitManifests(content).forEach((doc, index) => {
      let head: SimpleHead
      try {
        head = decodeHead(doc.content)
      } catch (e) {
        throw new ManifestParseError(
          `YAML parse error on ${name}: ${(e as Error).message}`,
          name,
          index,
          doc.offset,
        )
      }
      const m: Manifest = { name, content: doc.content, head, index, offset: doc.offset }
      const ann = head.metadata?.annotations
      if (!ann || Object.keys(ann).length === 0 || !Object.hasOwn(ann, 'helm.sh/hook')) {
        manifests.push(m)
        return
      }
      const hookTypes = ann['helm.sh/hook']
      const events: string[] = []
      for (const t of hookTypes.split(',')) {
        const e = goTrimSpace(t).toLowerCase()
        if (!hookEvents.has(e)) {
          logs.push({ msg: 'skipping unknown hooks', attrs: [['hookTypes', hookTypes]] })
          return
        }
        events.push(e === 'test-success' ? 'test' : e)
      }
      const w = ann['helm.sh/hook-weight']
      const weight = w !== undefined && /^[+-]?[0-9]+$/.test(w) ? Number(w) : 0
      hooks.push({ ...m, events, weight })
    })
  }
  return { hooks: stableSortByKind(hooks), manifests: stableSortByKind(manifests), logs }
}
