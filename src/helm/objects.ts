/**
 * The built-in objects templates see, shaped as Helm v4.1.4 builds them: `.Release` and
 * `.Chart` are maps (`.Chart` has the Metadata fields under their Go names plus IsRoot),
 * `.Capabilities` a pointer to a struct whose KubeVersion prints through String() and
 * whose APIVersions is a list with a Has method, `.Files` a map of file bytes with
 * Get/GetBytes/Glob/Lines/AsConfig/AsSecrets.
 */
import { attachMethods, GoStruct, type GoMap, type GoValue } from '../template/value.js'
import { withSignature } from '../template/functions.js'
import { toYaml } from './yaml/index.js'
import type { ChartFile, Metadata } from './chart.js'
import { compileGobwasGlob } from './glob.js'
import { linearRegex } from '../core/linear-regex.js'
import { bytesToString, pathBase } from './go-text.js'
import { setKey } from './gomap.js'
import { GoFuncError } from './funcs/index.js'

/** What helm v4.1.4 reports with no cluster (shared/corpus/helm/helm-defaults.json). */
export const helmDefaults = {
  kubeVersion: 'v1.35.0',
  kubeMajor: '1',
  kubeMinor: '35',
  helmVersion: 'v4.1.4',
  helmGitCommit: '05fa37973dc9e42b76e1d2883494c87174b6074f',
  helmGitTreeState: 'clean',
  helmGoVersion: 'go1.25.9',
  kubeClientVersion: 'v1.35',
  apiVersions: [
    'v1',
    'admissionregistration.k8s.io/v1',
    'admissionregistration.k8s.io/v1alpha1',
    'admissionregistration.k8s.io/v1beta1',
    'internal.apiserver.k8s.io/v1alpha1',
    'apps/v1',
    'apps/v1beta1',
    'apps/v1beta2',
    'authentication.k8s.io/v1',
    'authentication.k8s.io/v1alpha1',
    'authentication.k8s.io/v1beta1',
    'authorization.k8s.io/v1',
    'authorization.k8s.io/v1beta1',
    'autoscaling/v1',
    'autoscaling/v2',
    'autoscaling/v2beta1',
    'autoscaling/v2beta2',
    'batch/v1',
    'batch/v1beta1',
    'certificates.k8s.io/v1',
    'certificates.k8s.io/v1beta1',
    'certificates.k8s.io/v1alpha1',
    'coordination.k8s.io/v1alpha2',
    'coordination.k8s.io/v1beta1',
    'coordination.k8s.io/v1',
    'discovery.k8s.io/v1',
    'discovery.k8s.io/v1beta1',
    'events.k8s.io/v1',
    'events.k8s.io/v1beta1',
    'extensions/v1beta1',
    'flowcontrol.apiserver.k8s.io/v1',
    'flowcontrol.apiserver.k8s.io/v1beta1',
    'flowcontrol.apiserver.k8s.io/v1beta2',
    'flowcontrol.apiserver.k8s.io/v1beta3',
    'networking.k8s.io/v1',
    'networking.k8s.io/v1beta1',
    'node.k8s.io/v1',
    'node.k8s.io/v1alpha1',
    'node.k8s.io/v1beta1',
    'policy/v1',
    'policy/v1beta1',
    'rbac.authorization.k8s.io/v1',
    'rbac.authorization.k8s.io/v1beta1',
    'rbac.authorization.k8s.io/v1alpha1',
    'resource.k8s.io/v1',
    'resource.k8s.io/v1beta2',
    'resource.k8s.io/v1beta1',
    'resource.k8s.io/v1alpha3',
    'scheduling.k8s.io/v1alpha1',
    'scheduling.k8s.io/v1beta1',
    'scheduling.k8s.io/v1',
    'storage.k8s.io/v1beta1',
    'storage.k8s.io/v1',
    'storage.k8s.io/v1alpha1',
    'storagemigration.k8s.io/v1beta1',
    'apiextensions.k8s.io/v1beta1',
    'apiextensions.k8s.io/v1',
  ],
}

export interface KubeVersion {
  /** As given (v-prefixed), e.g. v1.33.4-gke.1. */
  version: string
  /** Normalized for constraint checks, e.g. v1.33.4. */
  normalized: string
  major: string
  minor: string
}

export class KubeVersionError extends Error {}

/** common.ParseKubeVersion (k8s.io/apimachinery version.ParseGeneric). */
export function parseKubeVersion(v: string): KubeVersion {
  const m = /^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)$/.exec(v)
  if (!m) throw new KubeVersionError(`could not parse ${JSON.stringify(v)} as version`)
  const parts = m[1].split('.')
  const extra = m[2]
  if (parts.length < 2) throw new KubeVersionError(`illegal version string ${JSON.stringify(v)}`)
  for (const p of parts) {
    if (p.length > 1 && p[0] === '0') {
      throw new KubeVersionError(
        `illegal zero-prefixed version component ${JSON.stringify(p)} in ${JSON.stringify(v)}`,
      )
    }
  }
  if (extra !== '' && !/^[-+]/.test(extra)) {
    throw new KubeVersionError(`illegal version string ${JSON.stringify(v)}`)
  }
  const nums = parts.map((p) => BigInt(p))
  while (nums.length < 3) nums.push(0n)
  return {
    version: v.startsWith('v') ? v : `v${v}`,
    normalized: `v${nums.join('.')}`,
    major: nums[0].toString(),
    minor: nums[1].toString(),
  }
}

export const defaultKubeVersion: KubeVersion = {
  version: helmDefaults.kubeVersion,
  normalized: helmDefaults.kubeVersion,
  major: helmDefaults.kubeMajor,
  minor: helmDefaults.kubeMinor,
}

/** `.Capabilities`: a *chartutil.Capabilities. */
export function capabilitiesObject(kube: KubeVersion, apiVersions: string[]): GoStruct {
  const kv = new GoStruct(
    'common.KubeVersion',
    { Version: kube.version, Major: kube.major, Minor: kube.minor },
    {
      String: () => kube.normalized,
      GitVersion: () => kube.version,
    },
  )
  const set = attachMethods([...apiVersions] as GoValue[], 'common.VersionSet', {
    Has: withSignature((v: GoValue) => apiVersions.includes(v as string), {
      params: ['string'],
      result: 'bool',
    }),
  })
  const helm = new GoStruct('version.BuildInfo', {
    Version: helmDefaults.helmVersion,
    GitCommit: helmDefaults.helmGitCommit,
    GitTreeState: helmDefaults.helmGitTreeState,
    GoVersion: helmDefaults.helmGoVersion,
    KubeClientVersion: helmDefaults.kubeClientVersion,
  })
  return new GoStruct('*common.Capabilities', {
    KubeVersion: kv,
    APIVersions: set,
    HelmVersion: helm,
  })
}

export interface ReleaseOptions {
  name: string
  namespace: string
  revision: number
  isUpgrade: boolean
  isInstall: boolean
}

/** `.Release` */
export function releaseObject(o: ReleaseOptions): GoMap {
  return {
    Name: o.name,
    Namespace: o.namespace,
    IsUpgrade: o.isUpgrade,
    IsInstall: o.isInstall,
    Revision: BigInt(o.revision),
    Service: 'Helm',
  }
}

/** `.Chart`: structToMap(Metadata) plus IsRoot. */
export function chartObject(md: Metadata, isRoot: boolean): GoMap {
  const strings = (l: string[]): GoValue[] => l.map((x) => x)
  const annotations: GoMap = {}
  for (const [k, v] of Object.entries(md.annotations ?? {})) setKey(annotations, k, v)
  return {
    Name: md.name,
    Home: md.home,
    Sources: strings(md.sources),
    Version: md.version,
    Description: md.description,
    Keywords: strings(md.keywords),
    Maintainers: md.maintainers.map((m) => ({ Name: m.name, Email: m.email, URL: m.url })),
    Icon: md.icon,
    APIVersion: md.apiVersion,
    Condition: md.condition,
    Tags: md.tags,
    AppVersion: md.appVersion,
    Deprecated: md.deprecated,
    Annotations: annotations,
    KubeVersion: md.kubeVersion,
    Dependencies: (md.dependencies ?? []).map((d) => ({
      Name: d.name,
      Version: d.version,
      Repository: d.repository,
      Condition: d.condition,
      Tags: strings(d.tags),
      Enabled: d.enabled,
      ImportValues: d.importValues,
      Alias: d.alias,
    })),
    Type: md.type,
    IsRoot: isRoot,
  }
}

const filesMethods = (files: GoMap): Record<string, ReturnType<typeof withSignature>> => ({
  GetBytes: withSignature(
    (name: GoValue) => {
      const v = Object.hasOwn(files, name as string) ? files[name as string] : undefined
      return v instanceof Uint8Array ? v : new Uint8Array(0)
    },
    { params: ['string'], result: '[]uint8' },
  ),
  Get: withSignature(
    (name: GoValue) => {
      const v = Object.hasOwn(files, name as string) ? files[name as string] : undefined
      return v instanceof Uint8Array ? bytesToString(v) : ''
    },
    { params: ['string'], result: 'string' },
  ),
  Glob: withSignature(
    (pattern: GoValue) => {
      const re = compileGobwasGlob(pattern as string) ?? linearRegex('^[\\s\\S]*$', 's')
      const out: GoMap = {}
      for (const k of Object.keys(files)) if (re.test(k)) setKey(out, k, files[k])
      return filesValue(out)
    },
    { params: ['string'], result: 'engine.files' },
  ),
  AsConfig: withSignature(
    () => {
      const m: GoMap = {}
      for (const k of Object.keys(files).sort()) {
        setKey(m, pathBase(k), bytesToString(files[k] as Uint8Array))
      }
      return toYaml(m)
    },
    { params: [], result: 'string' },
  ),
  AsSecrets: withSignature(
    () => {
      const m: GoMap = {}
      for (const k of Object.keys(files).sort()) {
        setKey(m, pathBase(k), Buffer.from(files[k] as Uint8Array).toString('base64'))
      }
      return toYaml(m)
    },
    { params: [], result: 'string' },
  ),
  Lines: withSignature(
    (path: GoValue) => {
      const v = Object.hasOwn(files, path as string) ? files[path as string] : undefined
      if (!(v instanceof Uint8Array)) return []
      let s = bytesToString(v)
      if (s.length === 0) {
        throw new GoFuncError('runtime error: index out of range [-1]', true)
      }
      if (s.endsWith('\n')) s = s.slice(0, -1)
      return s.split('\n')
    },
    { params: ['string'], result: '[]string' },
  ),
})

function filesValue(files: GoMap): GoMap {
  return attachMethods(files, 'engine.files', filesMethods(files))
}

/** `.Files`: every chart file outside templates/ (and not .helmignore'd), by name. */
export function filesObject(files: ChartFile[]): GoMap {
  const m: GoMap = {}
  for (const f of files) setKey(m, f.name, f.data)
  return filesValue(m)
}
