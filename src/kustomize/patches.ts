/**
 * The three patch fields of a kustomization: patchesStrategicMerge (legacy), patches
 * (strategic merge or JSON 6902, inline or from a file, with target selectors) and
 * patchesJson6902 (legacy), applied as kustomize's PatchStrategicMerge, Patch and
 * PatchJson6902 transformers apply them, with their error messages.
 */
import { join } from 'node:path'
import type { KustTarget } from './build.js'
import { resourcesFromNodes } from './build.js'
import { asKustomizeError, KustomizeError, locate, wrap } from './errors.js'
import { inlineOffsetMapper } from './inline-text.js'
import { applyJsonPatch, decodeJsonPatch, type JsonOp } from './jsonpatch.js'
import type { Kustomization } from './kustomization.js'
import { strategicMerge } from './merge.js'
import type { Src } from './node.js'
import { readKyamlStream } from './parse.js'
import { type Resource, type ResMap, type Selector } from './resource.js'
import { resIdString } from './resid.js'
import { srcOf } from './strict-decode.js'

export interface PatchEntry {
  legacy?: 'strategicMerge' | 'json6902'
  /** The kustomization entry. */
  at?: Src
  path?: string
  patch?: string
  target?: Selector
  options?: Record<string, boolean>
  /** For inline text: where the value starts in the kustomization file. */
  inlineAt?: Src
}

interface LoadedPatch {
  text: string
  /** File the text is in (absolute), and how offsets of the text map into it. */
  file: string
  mapOffset?: (o: number) => number
  source: string
}

/** Go's %q of a string. */
function goQuote(s: string): string {
  return JSON.stringify(s)
}

export function loadPatchEntries(kt: KustTarget, k: Kustomization): PatchEntry[] {
  const out: PatchEntry[] = []
  ;(k.patchesStrategicMerge ?? []).forEach((p, i) => {
    out.push({
      legacy: 'strategicMerge',
      path: p,
      at: srcOf(k.patchesStrategicMerge, i),
      inlineAt: srcOf(k.patchesStrategicMerge, i),
    })
  })
  ;(k.patches ?? []).forEach((p, i) => {
    out.push({ ...p, at: srcOf(k.patches, i), inlineAt: srcOf(p, 'patch') })
  })
  ;(k.patchesJson6902 ?? []).forEach((p, i) => {
    out.push({
      legacy: 'json6902',
      ...p,
      at: srcOf(k.patchesJson6902, i),
      inlineAt: srcOf(p, 'patch'),
    })
  })
  return out
}

function inline(kt: KustTarget, text: string, at: Src | undefined, source: string): LoadedPatch {
  const fileText = kt.text
  return {
    text,
    file: kt.file,
    mapOffset: at && fileText !== undefined ? inlineOffsetMapper(fileText, at) : undefined,
    source,
  }
}

function fromFile(kt: KustTarget, path: string): LoadedPatch {
  const text = kt.ldr.load(path)
  const file = join(kt.ldr.root, path)
  kt.ctx.patchFiles.add(file)
  return { text, file, source: `[path: ${goQuote(path)}]` }
}

function smPatches(kt: KustTarget, p: LoadedPatch): Resource[] {
  return resourcesFromNodes(readKyamlStream(p.text, p.file, p.mapOffset), kt.ctx.api)
}

function jsonOps(p: LoadedPatch): JsonOp[] {
  if (p.text === '') throw new KustomizeError('empty json patch operations')
  const base = p.mapOffset ?? ((o: number) => o)
  return decodeJsonPatch(p.text, (o) => ({ file: p.file, start: base(o), end: base(o) }))
}

export function applyPatches(kt: KustTarget, m: ResMap, entries: PatchEntry[]): void {
  for (const e of entries) applyPatchEntry(kt, m, e)
}

export function applyPatchEntry(kt: KustTarget, m: ResMap, e: PatchEntry): void {
  try {
    if (e.legacy === 'strategicMerge') legacyStrategicMerge(kt, m, e)
    else if (e.legacy === 'json6902') legacyJson6902(kt, m, e)
    else patchTransformer(kt, m, e)
  } catch (err) {
    throw locate(err, e.at)
  }
  // A resource a `$patch: delete` removed is gone (kustomize drops nil nodes).
  m.dropEmpties()
}

function legacyStrategicMerge(kt: KustTarget, m: ResMap, e: PatchEntry): void {
  const path = e.path ?? ''
  let patches: Resource[]
  try {
    patches = smPatches(kt, inline(kt, path, e.inlineAt, path))
  } catch {
    patches = smPatches(kt, fromFile(kt, path))
  }
  if (patches.length === 0) {
    throw new KustomizeError(`patch appears to be empty; files=[${path}], Patch=`)
  }
  for (const patch of patches) {
    const target = m.getById(patch.orgId())
    applySmPatchToSet(m, new Set([target]), patch)
  }
}

/** ResMap.ApplySmPatch: a copy of the patch for each selected resource; deleted ones dropped. */
function applySmPatchToSet(m: ResMap, selected: Set<Resource>, patch: Resource): void {
  const ids = [...selected].map((r) => r.curId())
  const list: Resource[] = []
  for (const res of m.list) {
    const id = res.curId()
    if (
      ids.some((x) => resIdString(x) === resIdString(id) && x.clusterScoped === id.clusterScoped)
    ) {
      const copy = patch.deepCopy()
      copy.copyMergeMetaDataFieldsFrom(patch)
      copy.setGvk(res.gvk)
      copy.setKind(patch.kind)
      applySmPatch(res, copy, m)
    }
    if (!res.isEmpty()) list.push(res)
  }
  m.clear()
  m.appendAll(list)
}

/** Resource.ApplySmPatch: merged, with the name, kind and namespace kept unless allowed to change. */
export function applySmPatch(r: Resource, patch: Resource, m: ResMap): void {
  const name = r.name
  const nameSrc = r.node.field('metadata')?.field('name')?.src
  const ns = r.namespace
  const kind = r.kind
  if (patch.nameChangeAllowed() || patch.kindChangeAllowed()) r.storePreviousId()
  const merged = strategicMerge(patch.node, r.node, m.api)
  if (merged === undefined || merged.tag === '!!null') {
    r.node.kind = 'map'
    r.node.content = []
    return
  }
  if (merged !== r.node) r.node.assign(merged)
  if (r.isEmpty()) return
  if (!patch.kindChangeAllowed()) r.setKind(kind)
  if (!patch.nameChangeAllowed()) r.setName(name, nameSrc)
  r.setNamespace(ns)
}

function patchTransformer(kt: KustTarget, m: ResMap, e: PatchEntry): void {
  const patchText = (e.patch ?? '').trim()
  const path = e.path ?? ''
  if (patchText === '' && path === '') {
    throw new KustomizeError(`must specify one of patch and path in\n${configYaml(e)}`)
  }
  if (patchText !== '' && path !== '') {
    throw new KustomizeError(`patch and path can't be set at the same time\n${configYaml(e)}`)
  }
  let loaded: LoadedPatch
  if (patchText !== '') {
    // The trimmed text starts where the first non-blank character of the value is.
    const lead = (e.patch ?? '').length - (e.patch ?? '').trimStart().length
    loaded = inline(kt, patchText, e.inlineAt, `[patch: ${goQuote(patchText)}]`)
    const base = loaded.mapOffset
    if (base) loaded.mapOffset = (o) => base(o + lead)
  } else {
    try {
      loaded = fromFile(kt, path)
    } catch (err) {
      throw new KustomizeError(
        `failed to get the patch file from path(${path}): ${asKustomizeError(err).message}`,
      )
    }
  }
  let sm: Resource[] | undefined
  let smErr: unknown
  try {
    sm = smPatches(kt, loaded)
  } catch (err) {
    smErr = err
  }
  let ops: JsonOp[] | undefined
  let jsonErr: unknown
  try {
    ops = jsonOps(loaded)
  } catch (err) {
    jsonErr = err
  }
  if (sm && ops && sm.length > 0 && ops.length > 0) {
    throw new KustomizeError(`illegally qualifies as both an SM and JSON patch: ${loaded.source}`)
  }
  if (smErr !== undefined && jsonErr !== undefined) {
    throw new KustomizeError(`unable to parse SM or JSON patch from ${loaded.source}`)
  }
  if (smErr === undefined && sm) {
    for (const p of sm) {
      if (e.options?.allowNameChange) p.allowNameChange()
      if (e.options?.allowKindChange) p.allowKindChange()
    }
    if (e.target) {
      if (sm.length > 1) {
        throw new KustomizeError(
          `Multiple Strategic-Merge Patches in one \`patches\` entry is not allowed to set \`patches.target\` field: ${loaded.source}`,
        )
      }
      let selected: Resource[]
      try {
        selected = m.select(e.target)
      } catch (err) {
        throw wrap(
          err,
          `unable to find patch target ${goQuote(JSON.stringify(e.target))} in \`resources\``,
        )
      }
      applySmPatchToSet(m, new Set(selected), sm[0])
      return
    }
    for (const p of sm) {
      let target: Resource
      try {
        target = m.getById(p.orgId())
      } catch (err) {
        throw wrap(
          err,
          `no resource matches strategic merge patch ${goQuote(resIdString(p.orgId()))}`,
        )
      }
      applySmPatch(target, p, m)
    }
    return
  }
  if (!e.target) throw new KustomizeError(`must specify a target for JSON patch ${loaded.source}`)
  for (const res of m.select(e.target)) {
    res.storePreviousId()
    applyJsonPatchKeepingInternal(res, ops ?? [])
  }
}

function applyJsonPatchKeepingInternal(res: Resource, ops: JsonOp[]): void {
  const internal = new Map(
    [...res.annotations()].filter(
      ([k]) =>
        k.startsWith('internal.config.kubernetes.io/') ||
        k === 'config.kubernetes.io/path' ||
        k === 'config.kubernetes.io/index' ||
        k === 'config.k8s.io/id',
    ),
  )
  applyJsonPatch(res.node, ops)
  const a = res.annotations()
  for (const [k, v] of internal) a.set(k, v)
  res.setAnnotations(a)
}

function legacyJson6902(kt: KustTarget, m: ResMap, e: PatchEntry): void {
  if (!e.target?.name) throw new KustomizeError('must specify the target name')
  const path = e.path ?? ''
  const op = e.patch ?? ''
  if (path === '' && op === '') throw new KustomizeError('empty file path and empty jsonOp')
  let loaded: LoadedPatch
  if (path !== '') {
    if (op !== '') throw new KustomizeError('must specify a file path or jsonOp, not both')
    loaded = fromFile(kt, path)
    if (loaded.text === '') throw new KustomizeError(`patch file '${path}' empty seems to be empty`)
  } else loaded = inline(kt, op, e.inlineAt, op)
  const ops = jsonOps(loaded)
  if (ops.length === 0) {
    throw new KustomizeError(`patch appears to be empty; file=${path}, JsonOp=${loaded.text}`)
  }
  for (const res of m.select(e.target)) applyJsonPatchKeepingInternal(res, ops)
}

function configYaml(e: PatchEntry): string {
  let out = ''
  if (e.path) out += `path: ${e.path}\n`
  if (e.patch) out += `patch: ${JSON.stringify(e.patch)}\n`
  return out
}
