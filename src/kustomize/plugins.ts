/**
 * `generators:`, `transformers:` and `validators:` entries: inline configs, files, or
 * kustomization directories producing plugin configs. Configs of kustomize's built-in
 * plugins (apiVersion: builtin) run as kustomize runs them; anything else is an exec, Go
 * or KRM function plugin, which is never run: kubectl refuses it without its alpha flags,
 * and a scan leaves it out with a notice.
 */
import { basename } from 'node:path'
import type { GoMap, GoValue } from '../template/value.js'
import type { KustTarget } from './build.js'
import type { Fs } from './config.js'
import { goValueOf } from './encode.js'
import { KustomizeError, locate } from './errors.js'
import { splitPath } from './fieldspec.js'
import { makeConfigMap, makeSecret } from './generators.js'
import { applyImage } from './images.js'
import type { GeneratorArgs, Image, Replacement } from './kustomization.js'
import { KNode, type Src } from './node.js'
import { applyPatchEntry } from './patches.js'
import { applyReplacements } from './replacements.js'
import type { Resource, ResMap, Selector } from './resource.js'
import { resIdString } from './resid.js'

export type Plugin = (m: ResMap) => void

function obj(v: GoValue | undefined): GoMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as GoMap) : {}
}

function str(v: GoValue | undefined): string {
  return typeof v === 'string' ? v : ''
}

function strMap(v: GoValue | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, x] of Object.entries(obj(v))) out[k] = typeof x === 'string' ? x : String(x)
  return out
}

function fieldSpecs(v: GoValue | undefined): Fs[] {
  return (Array.isArray(v) ? v : []).map((x) => {
    const o = obj(x)
    return {
      gvk: { group: str(o.group), version: str(o.version), kind: str(o.kind) },
      path: str(o.path),
      create: o.create === true,
    }
  })
}

function selector(v: GoValue | undefined): Selector | undefined {
  if (v === undefined || v === null) return undefined
  const o = obj(v)
  const s: Selector = {}
  for (const k of [
    'group',
    'version',
    'kind',
    'name',
    'namespace',
    'labelSelector',
    'annotationSelector',
  ] as const) {
    if (typeof o[k] === 'string') s[k] = o[k] as string
  }
  return s
}

/** A built-in plugin configured from its config resource, or undefined for an unknown kind. */
function builtin(host: KustTarget, res: Resource, at: Src | undefined): Plugin | undefined {
  const c = obj(goValueOf(res.node, true))
  switch (res.kind) {
    case 'LabelTransformer':
      return (m) => host.transformMetaMap(m, strMap(c.labels), fieldSpecs(c.fieldSpecs), at)
    case 'AnnotationsTransformer':
      return (m) => host.transformMetaMap(m, strMap(c.annotations), fieldSpecs(c.fieldSpecs), at)
    case 'PrefixTransformer':
    case 'SuffixTransformer': {
      const which = res.kind === 'PrefixTransformer' ? 'prefix' : 'suffix'
      const value = str(c[which])
      return (m) =>
        value && host.transformPrefixSuffix(m, which, value, fieldSpecs(c.fieldSpecs), at)
    }
    case 'NamespaceTransformer': {
      const ns = str(obj(c.metadata).namespace)
      return (m) =>
        ns && host.transformNamespace(m, ns, fieldSpecs(c.fieldSpecs), at, c.unsetOnly === true)
    }
    case 'ReplicaCountTransformer': {
      const r = obj(c.replica)
      const count =
        typeof r.count === 'bigint' ? Number(r.count) : typeof r.count === 'number' ? r.count : 0
      return (m) => host.transformReplicas(m, str(r.name), count, fieldSpecs(c.fieldSpecs), at)
    }
    case 'ImageTagTransformer': {
      const img = obj(c.imageTag) as Image
      return (m) => applyImage(m, img, fieldSpecs(c.fieldSpecs), at, at)
    }
    case 'PatchTransformer':
      return (m) =>
        applyPatchEntry(host, m, {
          path: str(c.path) || undefined,
          patch: str(c.patch) || undefined,
          target: selector(c.target),
          options: obj(c.options) as Record<string, boolean>,
          at,
        })
    case 'PatchStrategicMergeTransformer': {
      const paths = (Array.isArray(c.paths) ? c.paths : []).map(str)
      return (m) => {
        for (const p of paths) applyPatchEntry(host, m, { legacy: 'strategicMerge', path: p, at })
        if (str(c.patches))
          applyPatchEntry(host, m, { legacy: 'strategicMerge', path: str(c.patches), at })
      }
    }
    case 'PatchJson6902Transformer':
      return (m) =>
        applyPatchEntry(host, m, {
          legacy: 'json6902',
          target: selector(c.target),
          path: str(c.path) || undefined,
          patch: str(c.jsonOp) || undefined,
          at,
        })
    case 'ReplacementTransformer': {
      const reps = (Array.isArray(c.replacements) ? c.replacements : []) as unknown as Replacement[]
      return (m) =>
        applyReplacements(
          m,
          reps.map((r) => ({ r, at })),
          m.api,
        )
    }
    case 'ValueAddTransformer':
      return valueAdd(host, c, at)
    default:
      return undefined
  }
}

function valueAdd(host: KustTarget, c: GoMap, at: Src | undefined): Plugin {
  const value = str(c.value).trim() || basename(host.ldr.root)
  const targets = (Array.isArray(c.targets) ? c.targets : []).map(obj)
  if (targets.length === 0) throw new KustomizeError('must specify at least one target')
  return (m) => {
    for (const t of targets) {
      const sel = selector(t.selector)
      const fieldPath = str(t.fieldPath)
      if (fieldPath === '') throw new KustomizeError('fieldPath cannot be empty')
      const pos =
        typeof t.filePathPosition === 'number'
          ? t.filePathPosition
          : Number(t.filePathPosition ?? 0)
      const resources = sel ? m.select(sel) : m.resources()
      for (const r of resources) {
        if (fieldPath === 'metadata/namespace') {
          host.transformNamespace(m, value, [], at, false)
          continue
        }
        let n: KNode = r.node
        const fields = splitPath(fieldPath)
        fields.forEach((f, i) => {
          n = n.fieldOrCreate(f, i === fields.length - 1 ? 'scalar' : 'map', at)
        })
        let v = value
        if (pos > 0) v = insertPathPart(n.value, pos - 1, value)
        n.setScalarValue(KNode.scalar(v, '', at))
      }
    }
  }
}

/** filesys.InsertPathPart */
function insertPathPart(path: string, pos: number, part: string): string {
  if (part === '') return path
  const parts = path === '' ? [] : path.split('/')
  let p = Math.max(0, Math.min(pos, parts.length))
  if (parts.length > 0 && parts[0] === '' && p < parts.length) p++
  parts.splice(p, 0, part)
  return parts.join('/')
}

function builtinGenerator(
  host: KustTarget,
  res: Resource,
  at: Src | undefined,
): Plugin | undefined {
  if (res.kind !== 'ConfigMapGenerator' && res.kind !== 'SecretGenerator') return undefined
  const c = obj(goValueOf(res.node, true))
  const meta = obj(c.metadata)
  const args: GeneratorArgs = {
    name: str(c.name) || str(meta.name),
    namespace: str(c.namespace) || str(meta.namespace),
    behavior: str(c.behavior),
    literals: (Array.isArray(c.literals) ? c.literals : []).map(str),
    files: (Array.isArray(c.files) ? c.files : []).map(str),
    envs: [...(Array.isArray(c.envs) ? c.envs : []).map(str), ...(str(c.env) ? [str(c.env)] : [])],
    options: obj(c.options) as GeneratorArgs['options'],
    type: str(c.type) || undefined,
  }
  const srcs = { at, envs: () => at, literals: () => at, files: () => at }
  const kind = res.kind
  return () => {
    const node =
      kind === 'ConfigMapGenerator'
        ? makeConfigMap(host.ldr, args, srcs)
        : makeSecret(host.ldr, args, srcs)
    const r = host.newResource(node)
    if (!args.options?.disableNameSuffixHash) r.enableHashSuffix()
    r.setBehavior(
      args.behavior === 'merge' || args.behavior === 'replace' || args.behavior === 'create'
        ? args.behavior
        : 'unspecified',
    )
    host.absorbGenerated(r, kind)
  }
}

/** The plugins of a generators/transformers/validators list, in order. */
export function externalPlugins(
  host: KustTarget,
  entries: string[],
  at: (i: number) => Src | undefined,
  field: 'generators' | 'transformers' | 'validators',
): Plugin[] {
  const out: Plugin[] = []
  entries.forEach((entry, i) => {
    const where = at(i)
    let configs: Resource[]
    try {
      configs = host.configResources(entry, where)
    } catch (e) {
      throw locate(e, where)
    }
    for (const res of configs) {
      const g = res.gvk
      const isBuiltin = g.group === '' && g.version === 'builtin'
      let p: Plugin | undefined
      if (isBuiltin && field !== 'validators') {
        p = field === 'generators' ? builtinGenerator(host, res, where) : builtin(host, res, where)
        if (!p)
          throw new KustomizeError(
            `unable to load builtin ${g.kind}.${g.version}.${g.group || '[noGrp]'}`,
            where,
          )
      }
      if (p) {
        out.push(p)
        continue
      }
      if (host.ctx.externalPlugins === 'error') {
        throw new KustomizeError(
          `external plugins disabled; unable to load external plugin '${res.orgId().gvk.kind}'`,
          where,
        )
      }
      host.ctx.leftOut.push({
        message: `${field} plugin ${resIdString(res.curId())} is not run (exec, Go and KRM function plugins never are)`,
        at: where,
      })
    }
  })
  return out
}
