import type { YamlPath } from '../yaml/read.js'
import { bool, type Dict, dict, int, isSet, str } from './fields.js'

/** A field of the effective securityContext and where its value was set. */
export interface EffectiveField<T> {
  value: T
  from: 'pod' | 'container'
  /** Path of the field, relative to the object root. */
  path: YamlPath
}

/**
 * The securityContext the kubelet applies to a container: pod and container contexts merged
 * field by field (kubelet DetermineEffectiveSecurityContext). Pod-level fields that flow in:
 * runAsUser, runAsGroup, runAsNonRoot, seLinuxOptions, windowsOptions (per sub-field).
 * Container-only: capabilities, privileged, readOnlyRootFilesystem, allowPrivilegeEscalation,
 * procMount. Seccomp and AppArmor are resolved elsewhere and are not part of this merge.
 */
export interface EffectiveSecurityContext {
  runAsUser?: EffectiveField<number>
  runAsGroup?: EffectiveField<number>
  runAsNonRoot?: EffectiveField<boolean>
  seLinuxOptions?: EffectiveField<Dict>
  windowsOptions: Partial<
    Record<
      'gmsaCredentialSpecName' | 'gmsaCredentialSpec' | 'runAsUserName' | 'hostProcess',
      EffectiveField<unknown>
    >
  >
  capabilities?: EffectiveField<Dict>
  privileged?: EffectiveField<boolean>
  readOnlyRootFilesystem?: EffectiveField<boolean>
  allowPrivilegeEscalation?: EffectiveField<boolean>
  procMount?: EffectiveField<string>
}

type Reader<T> = (v: unknown) => T | undefined

function pick<T>(
  read: Reader<T>,
  field: string,
  pod: Dict | undefined,
  ctr: Dict,
  podPath: YamlPath,
  ctrPath: YamlPath,
): EffectiveField<T> | undefined {
  const c = read(ctr[field])
  if (c !== undefined) return { value: c, from: 'container', path: [...ctrPath, field] }
  if (!pod) return undefined
  const p = read(pod[field])
  if (p !== undefined) return { value: p, from: 'pod', path: [...podPath, field] }
  return undefined
}

export function effectiveSecurityContext(
  podSc: Dict,
  ctrSc: Dict,
  podPath: YamlPath,
  ctrPath: YamlPath,
): EffectiveSecurityContext {
  const own = (read: Reader<unknown>, field: string) =>
    pick(read, field, undefined, ctrSc, podPath, ctrPath)
  const both = <T>(read: Reader<T>, field: string) =>
    pick(read, field, podSc, ctrSc, podPath, ctrPath)
  const windowsOptions: EffectiveSecurityContext['windowsOptions'] = {}
  const podWin = dict(podSc.windowsOptions) ?? {}
  const ctrWin = dict(ctrSc.windowsOptions) ?? {}
  for (const f of [
    'gmsaCredentialSpecName',
    'gmsaCredentialSpec',
    'runAsUserName',
    'hostProcess',
  ] as const) {
    const got = pick(
      (v) => (isSet(v) ? v : undefined),
      f,
      podWin,
      ctrWin,
      [...podPath, 'windowsOptions'],
      [...ctrPath, 'windowsOptions'],
    )
    if (got) windowsOptions[f] = got
  }
  return {
    runAsUser: both(int, 'runAsUser'),
    runAsGroup: both(int, 'runAsGroup'),
    runAsNonRoot: both(bool, 'runAsNonRoot'),
    seLinuxOptions: both(dict, 'seLinuxOptions'),
    windowsOptions,
    capabilities: own(dict, 'capabilities') as EffectiveField<Dict> | undefined,
    privileged: own(bool, 'privileged') as EffectiveField<boolean> | undefined,
    readOnlyRootFilesystem: own(bool, 'readOnlyRootFilesystem') as
      EffectiveField<boolean> | undefined,
    allowPrivilegeEscalation: own(bool, 'allowPrivilegeEscalation') as
      EffectiveField<boolean> | undefined,
    procMount: own(str, 'procMount') as EffectiveField<string> | undefined,
  }
}
