import type { Finding, FindingIdentity, Level } from '../core/finding.js'
import { fingerprintOf } from '../core/fingerprint.js'
import type { SourceRange } from '../core/range.js'
import { isDict } from '../k8s/fields.js'
import type { K8sObject } from '../k8s/objects.js'
import { namedIdentity, objectIdentity, objectLabel } from '../k8s/objects.js'
import { placeMissing } from './missing-field.js'
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
  /** The identity earlier versions used when it differs (a chart object's rendered name). */
  previousObject?: string
  /** How reports name the object: `Deployment "web"`. */
  label?: string
  /** Which rendering of its files it comes from: `variant prod`, `overlay deploy/prod`. */
  rendering?: string
  /** Appended to every message (a lenient chart render); not part of the identity. */
  note?: string
}

export function subjectOfObject(o: K8sObject): FindingSubject {
  const object = objectIdentity(o)
  const named = namedIdentity(o)
  return {
    source: o.source.id,
    object,
    ...(named !== object ? { previousObject: named } : {}),
    label: objectLabel(o),
    ...(o.source.rendering ? { rendering: o.source.rendering } : {}),
    note: o.source.renderNote,
  }
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers'])

/** The name of the container a path lies in, if any. */
function containerAt(root: unknown, path: YamlPath): string | undefined {
  let cur: unknown = root
  for (let i = 0; i < path.length; i++) {
    const step = path[i]
    const next: unknown = Array.isArray(cur)
      ? cur[step as number]
      : isDict(cur)
        ? cur[step as string]
        : undefined
    if (typeof step === 'number' && CONTAINER_LISTS.has(String(path[i - 1])) && isDict(next))
      return typeof next.name === 'string' ? next.name : `${String(path[i - 1])}[${step}]`
    cur = next
  }
  return undefined
}

/**
 * A report with its problem and fix apart: rules end most messages with their remediation;
 * where a rule did not say, the problem is the message without it and the fix is the
 * remediation (reporters show the fix on a line of its own).
 */
export function withRemediation(input: ReportInput, remediation: string): ReportInput {
  if (input.fix !== undefined) return input
  const message = input.message
  const problem =
    input.problem ??
    (message.endsWith(remediation) ? message.slice(0, -remediation.length).trim() : message)
  return { ...input, problem, fix: remediation }
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
  const fingerprint = fingerprintOf(identity)
  // A missing field in a chart: reported where a person adds it (the values key that feeds it).
  const placed =
    input.missing && !isRange(input.at) ? placeMissing(input.missing, where) : undefined
  const related = placed ? [...placed.related] : [...where.related]
  for (const r of input.related ?? []) {
    const loc = locate(r.at)
    related.push({ range: loc.range, message: r.message }, ...loc.related)
  }
  const fix = placed?.fix ?? input.fix
  const message = placed && input.problem ? `${input.problem} ${placed.fix}` : input.message
  const finding: Finding = {
    ruleId,
    level: input.level ?? level,
    message: subject.note ? `${message} ${subject.note}` : message,
    ...(input.problem ? { problem: input.problem } : {}),
    ...(fix ? { fix } : {}),
    ...(subject.note ? { note: subject.note } : {}),
    range: placed?.range ?? where.range,
    related,
    identity,
    fingerprint,
    properties: input.properties,
  }
  if (subject.label) {
    const container = isRange(input.at)
      ? undefined
      : containerAt(input.at.source.doc.value, input.at.path)
    finding.affects = [
      {
        object: subject.label,
        ...(container !== undefined ? { container } : {}),
        ...(subject.rendering ? { rendering: subject.rendering } : {}),
        range: where.template ?? where.overlay ?? where.range,
        ...(subject.source !== where.range.file ? { rendered: true } : {}),
        fingerprint,
        ...(subject.previousObject
          ? {
              previousFingerprints: [
                fingerprintOf({ ...identity, object: subject.previousObject }),
              ],
            }
          : {}),
      },
    ]
  }
  return finding
}
