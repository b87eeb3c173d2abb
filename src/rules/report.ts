import type { Finding, FindingIdentity, Level } from '../core/finding.js'
import { fingerprintOf } from '../core/fingerprint.js'
import type { SourceRange } from '../core/range.js'
import { isDict } from '../k8s/fields.js'
import type { K8sObject } from '../k8s/objects.js'
import { objectIdentity } from '../k8s/objects.js'
import { type Located, resolveLoc } from '../k8s/source.js'
import type { YamlPath } from '../yaml/read.js'
import type { At, ReportInput } from './types.js'

export function isRange(at: At): at is SourceRange {
  return 'file' in at
}

export function locate(at: At): Located {
  return isRange(at) ? { range: at, related: [] } : resolveLoc(at)
}

/**
 * Keys that identify list items the way Kubernetes' strategic merge patch does (patchMergeKey),
 * for lists whose items are not identified by `name`.
 */
const MERGE_KEYS: Readonly<Record<string, string>> = {
  ports: 'containerPort',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  hostAliases: 'ip',
}

/**
 * A field path for identities: list items by their merge key (`spec.containers[web]`,
 * `ports[containerPort=9000]`, `volumeMounts[mountPath=/data]`), else by `name`, else by
 * index, so that reordering items, naming a port or inserting lines does not change a
 * finding's fingerprint.
 */
export function pathLabel(root: unknown, path: YamlPath): string {
  let out = ''
  let cur: unknown = root
  let listKey: string | undefined
  for (const step of path) {
    if (typeof step === 'number') {
      const item = Array.isArray(cur) ? cur[step] : undefined
      const mergeKey = listKey !== undefined ? MERGE_KEYS[listKey] : undefined
      const keyed = isDict(item) && mergeKey ? item[mergeKey] : undefined
      const name = isDict(item) && typeof item.name === 'string' ? item.name : undefined
      if (typeof keyed === 'string' || typeof keyed === 'number') out += `[${mergeKey}=${keyed}]`
      else out += name !== undefined ? `[${name}]` : `[${step}]`
      cur = item
      listKey = undefined
    } else {
      out += out ? `.${step}` : step
      cur = isDict(cur) ? cur[step] : undefined
      listKey = step
    }
  }
  return out
}

export interface FindingSubject {
  /** Identity of the source for fingerprints (manifest file, chart variant + template, Dockerfile). */
  source: string
  object?: string
  /** Appended to every message (a lenient chart render); not part of the identity. */
  note?: string
}

export function subjectOfObject(o: K8sObject): FindingSubject {
  return { source: o.source.id, object: objectIdentity(o), note: o.source.renderNote }
}

/** Builds a finding from a rule's report: resolves places and computes the fingerprint. */
export function makeFinding(
  ruleId: string,
  level: Level,
  subject: FindingSubject,
  input: ReportInput,
): Finding {
  const where = locate(input.at)
  let path: string | undefined
  if (!isRange(input.at)) path = pathLabel(input.at.source.doc.value, input.at.path)
  if (input.key) path = path ? `${path}#${input.key}` : input.key
  const identity: FindingIdentity = {
    ruleId,
    source: subject.source,
    object: subject.object,
    path,
    image: input.image,
  }
  const related = [...where.related]
  for (const r of input.related ?? []) {
    const loc = locate(r.at)
    related.push({ range: loc.range, message: r.message }, ...loc.related)
  }
  return {
    ruleId,
    level: input.level ?? level,
    message: subject.note ? `${input.message} ${subject.note}` : input.message,
    range: where.range,
    related,
    identity,
    fingerprint: fingerprintOf(identity),
    properties: input.properties,
  }
}
