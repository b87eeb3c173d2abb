/**
 * `replacements:` (kustomize's ReplacementTransformer): a value taken from one resource's
 * field (or given literally) copied into fields of the selected targets, with the
 * delimiter/index and create options. The copied value keeps the source field's place.
 */
import type { KustTarget } from './build.js'
import { KustomizeError, locate } from './errors.js'
import type { FieldOptions, Replacement } from './kustomization.js'
import { KNode, type Src, isNilOrEmpty } from './node.js'
import type { OpenApi } from './openapi.js'
import { lookupPath, matchPath, smarterSplit } from './pathmatch.js'
import type { Resource, ResMap, Selector } from './resource.js'
import { idSelectedBy, type ResId, resIdString } from './resid.js'
import { srcOf } from './strict-decode.js'
import { KUSTOMIZATION_SPEC } from './kustomization.js'
import { strictDecode } from './strict-decode.js'

interface LoadedReplacement {
  r: Replacement
  at?: Src
}

const REPLACEMENT_SPEC = (
  KUSTOMIZATION_SPEC.fields.replacements as { list: Parameters<typeof strictDecode>[2] }
).list

/** ReplacementTransformerPlugin.Config: inline entries, or files holding one or a list. */
export function loadReplacements(kt: KustTarget, list: Replacement[]): LoadedReplacement[] {
  const out: LoadedReplacement[] = []
  list.forEach((r, i) => {
    const at = srcOf(list, i)
    if (r.path && (r.source || r.targets?.length)) {
      throw new KustomizeError('cannot specify both path and inline replacement', at)
    }
    if (!r.path) {
      out.push({ r, at })
      return
    }
    const text = kt.ldr.load(r.path)
    const trimmed = text.trimStart()
    if (trimmed.startsWith('-')) {
      const spec = { struct: 'Replacements', fields: { items: { list: REPLACEMENT_SPEC } } }
      const wrapped = strictDecode(`items:\n${text.replace(/^/gm, '  ')}`, r.path, spec)
      for (const item of (wrapped.items as Replacement[] | undefined) ?? [])
        out.push({ r: item, at })
    } else {
      out.push({ r: strictDecode(text, r.path, REPLACEMENT_SPEC) as Replacement, at })
    }
  })
  return out
}

function selectorId(s: Selector | undefined, api: OpenApi): ResId {
  void api
  return {
    gvk: { group: s?.group ?? '', version: s?.version ?? '', kind: s?.kind ?? '' },
    name: s?.name ?? '',
    namespace: s?.namespace ?? '',
    clusterScoped: false,
  }
}

function selectorString(s: Selector | undefined): string {
  return `${resIdString(selectorId(s, undefined as never))}`
}

/** utils.MakeResIds: the current id and the previous ones (scope not consulted). */
function resIds(r: Resource): ResId[] {
  const cur = { ...r.curId(), clusterScoped: false }
  return [cur, ...r.prevIds().map((id) => ({ ...id, clusterScoped: false }))]
}

function sourceValue(m: ResMap, rep: Replacement, api: OpenApi): KNode {
  if (rep.sourceValue !== undefined && rep.source) {
    throw new KustomizeError('value and resource selectors are mutually exclusive')
  }
  if (rep.sourceValue !== undefined)
    return KNode.scalar(rep.sourceValue, '', srcOf(rep, 'sourceValue'))
  const sel = selectorId(rep.source, api)
  const matches: Resource[] = []
  for (const r of m.list) {
    if (resIds(r).some((id) => idSelectedBy(id, sel))) {
      if (matches.length > 0) {
        throw new KustomizeError(`multiple matches for selector ${selectorString(rep.source)}`)
      }
      matches.push(r)
    }
  }
  if (matches.length === 0)
    throw new KustomizeError(`nothing selected by ${selectorString(rep.source)}`)
  const fieldPath = rep.source?.fieldPath || 'metadata.name'
  let rn: KNode | undefined
  try {
    rn = lookupPath(matches[0].node, smarterSplit(fieldPath))
  } catch (e) {
    throw new KustomizeError(`error looking up replacement source: ${(e as Error).message}`)
  }
  if (rn === undefined || isNilOrEmpty(rn)) {
    throw new KustomizeError(
      `fieldPath \`${fieldPath}\` is missing for replacement source ${resIdString(sel)}`,
    )
  }
  return refined(rep.source?.options, rn)
}

function refined(options: FieldOptions | undefined, rn: KNode): KNode {
  if (!options?.delimiter) return rn
  if (rn.kind !== 'scalar')
    throw new KustomizeError('delimiter option can only be used with scalar nodes')
  const parts = rn.value.split(options.delimiter)
  const index = options.index ?? 0
  if (index >= parts.length || index < 0) {
    throw new KustomizeError(`options.index ${index} is out of bounds for value ${rn.value}`)
  }
  const n = rn.clone()
  n.value = parts[index]
  return n
}

function matchesSelectors(r: Resource, s: Selector | undefined): boolean {
  return (
    r.matchesAnnotationSelector(s?.annotationSelector ?? '') &&
    r.matchesLabelSelector(s?.labelSelector ?? '')
  )
}

function setFieldValue(options: FieldOptions | undefined, target: KNode, value0: KNode): void {
  const value = value0.clone()
  if (options?.delimiter) {
    if (target.kind !== 'scalar')
      throw new KustomizeError('delimiter option can only be used with scalar nodes')
    let tv = target.value.split(options.delimiter)
    const v = value.tag === '!!null' ? '' : value.value
    const index = options.index ?? 0
    if (index < 0) tv = [v, ...tv]
    else if (index >= tv.length) tv.push(v)
    else tv[index] = v
    value.value = tv.join(options.delimiter)
  }
  if (target.kind === 'scalar') {
    target.value = value.value
    target.src = value.src ?? target.src
  } else target.assign(value)
}

export function applyReplacements(m: ResMap, reps: LoadedReplacement[], api: OpenApi): void {
  for (const { r: rep, at } of reps) {
    try {
      if ((rep.sourceValue === undefined && !rep.source) || !rep.targets) {
        throw new KustomizeError('replacements must specify a source and at least one target')
      }
      const value = sourceValue(m, rep, api)
      for (const t of rep.targets) {
        if (!t.select) throw new KustomizeError('target must specify resources to select')
        const fieldPaths = t.fieldPaths?.length ? t.fieldPaths : ['metadata.name']
        const sel = selectorId(t.select, api)
        for (const target of m.list) {
          const ids = resIds(target)
          if (!matchesSelectors(target, t.select)) continue
          if (
            (t.reject ?? []).some(
              (rj) => (rj.annotationSelector || rj.labelSelector) && matchesSelectors(target, rj),
            )
          ) {
            continue
          }
          const rejected = (t.reject ?? []).some((rj) => {
            const rid = selectorId(rj, api)
            const empty =
              !rid.gvk.group && !rid.gvk.version && !rid.gvk.kind && !rid.name && !rid.namespace
            return !empty && ids.some((id) => idSelectedBy(id, rid))
          })
          if (!ids.some((id) => idSelectedBy(id, sel)) || rejected) continue
          for (const fp of fieldPaths) {
            const create = t.options?.create ? value.kind : undefined
            const what = create
              ? `unable to find or create field "${fp}" in replacement target`
              : `unable to find field "${fp}" in replacement target`
            let fields: KNode[]
            try {
              fields = matchPath(target.node, smarterSplit(fp), create, value.src)
            } catch (e) {
              throw new KustomizeError(`${what}: ${(e as Error).message}`)
            }
            if (fields.length === 0) throw new KustomizeError(what)
            for (const f of fields) setFieldValue(t.options, f, value)
          }
        }
      }
    } catch (e) {
      throw locate(e, at)
    }
  }
}
