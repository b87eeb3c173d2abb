import type { YamlPath } from '../yaml/read.js'
import { type Dict, dict, get, isDict, list, str } from './fields.js'
import { type K8sObject, locIn } from './objects.js'
import { effectiveSecurityContext, type EffectiveSecurityContext } from './security-context.js'
import type { Loc } from './source.js'

export type ContainerGroup = 'initContainers' | 'containers' | 'ephemeralContainers'

/** Containers in the order Kubernetes visits them: init, regular, ephemeral. */
export const CONTAINER_GROUPS: readonly ContainerGroup[] = [
  'initContainers',
  'containers',
  'ephemeralContainers',
]

export interface ContainerView {
  group: ContainerGroup
  index: number
  name: string
  image?: string
  /** Path of the container object, relative to the object root. */
  path: YamlPath
  spec: Dict
  /** The container's own securityContext ({} when absent). */
  securityContext: Dict
  /** Pod and container contexts merged field by field as the kubelet does. */
  effective: EffectiveSecurityContext
}

export interface PodView {
  /** Path of the pod spec, relative to the object root. */
  path: YamlPath
  /** Path of the pod (template) metadata, relative to the object root. */
  metadataPath: YamlPath
  spec: Dict
  annotations: Record<string, string>
  /** The pod-level securityContext ({} when absent). */
  securityContext: Dict
  containers: ContainerView[]
  volumes: Dict[]
  /** `spec.os.name`, when set. */
  os?: string
}

/** A Kubernetes object with a pod template, seen as one pod spec. */
export interface Workload {
  object: K8sObject
  pod: PodView
  /** True for objects whose pods are created from a template (warn-only under PSA). */
  isTemplate: boolean
}

interface WorkloadKind {
  groups: readonly string[]
  spec: YamlPath
  metadata: YamlPath
}

const TEMPLATE = { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] }
const APPS = ['apps', 'extensions']

const KINDS: Record<string, WorkloadKind> = {
  Pod: { groups: [''], spec: ['spec'], metadata: ['metadata'] },
  PodTemplate: { groups: [''], spec: ['template', 'spec'], metadata: ['template', 'metadata'] },
  ReplicationController: { groups: [''], ...TEMPLATE },
  Deployment: { groups: APPS, ...TEMPLATE },
  StatefulSet: { groups: APPS, ...TEMPLATE },
  DaemonSet: { groups: APPS, ...TEMPLATE },
  ReplicaSet: { groups: APPS, ...TEMPLATE },
  Job: { groups: ['batch'], ...TEMPLATE },
  CronJob: {
    groups: ['batch'],
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
  },
  // Argo Rollouts creates its pods from this template like a Deployment does.
  Rollout: { groups: ['argoproj.io'], ...TEMPLATE },
}

export const WORKLOAD_KINDS = Object.keys(KINDS)

function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash < 0 ? '' : apiVersion.slice(0, slash)
}

/** The workload view of an object, or undefined when it has no pod template. */
export function toWorkload(object: K8sObject): Workload | undefined {
  const kind = KINDS[object.kind]
  if (!kind || !kind.groups.includes(apiGroup(object.apiVersion))) return undefined
  const spec = dict(get(object.value, ...kind.spec))
  if (!spec) return undefined
  const metadata = dict(get(object.value, ...kind.metadata)) ?? {}
  const annotations: Record<string, string> = {}
  for (const [k, v] of Object.entries(dict(metadata.annotations) ?? {})) {
    if (typeof v === 'string') annotations[k] = v
  }
  const podSc = dict(spec.securityContext) ?? {}
  const containers: ContainerView[] = []
  for (const group of CONTAINER_GROUPS) {
    list(spec[group]).forEach((c, index) => {
      if (!isDict(c)) return
      const sc = dict(c.securityContext) ?? {}
      const path = [...kind.spec, group, index]
      containers.push({
        group,
        index,
        name: str(c.name) ?? `${group}[${index}]`,
        image: str(c.image),
        path,
        spec: c,
        securityContext: sc,
        effective: effectiveSecurityContext(
          podSc,
          sc,
          [...kind.spec, 'securityContext'],
          [...path, 'securityContext'],
        ),
      })
    })
  }
  return {
    object,
    isTemplate: object.kind !== 'Pod',
    pod: {
      path: kind.spec,
      metadataPath: kind.metadata,
      spec,
      annotations,
      securityContext: podSc,
      containers,
      volumes: list(spec.volumes).filter(isDict),
      os: str(get(spec, 'os', 'name')),
    },
  }
}

/** A place relative to the pod spec. */
export function podLoc(w: Workload, ...path: YamlPath): Loc {
  return locIn(w.object, [...w.pod.path, ...path])
}

/** A place relative to a container. */
export function containerLoc(w: Workload, c: ContainerView, ...path: YamlPath): Loc {
  return locIn(w.object, [...c.path, ...path])
}

/** The place to report a missing container field: the container's `name:` line. */
export function containerAnchor(w: Workload, c: ContainerView): Loc {
  return locIn(w.object, [...c.path, 'name'], 'pair')
}

/** A place relative to the pod (template) metadata. */
export function podMetadataLoc(w: Workload, ...path: YamlPath): Loc {
  return locIn(w.object, [...w.pod.metadataPath, ...path])
}
