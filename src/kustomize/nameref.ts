/**
 * Name back-references (kustomize's nameReferenceTransformer): after prefixes, suffixes
 * and hashes renamed objects, every field that names one of them (a ConfigMap in env and
 * volumes, a ServiceAccount, RoleBinding subjects, …) is updated to the new name, choosing
 * among candidates the way kustomize does.
 */
import type { NameBackRef } from './config.js'
import { KustomizeError, wrap } from './errors.js'
import { applyFieldSpec, nodeIdString } from './fieldspec.js'
import { KNode, type Src, isMissingOrNull } from './node.js'
import type { Resource, ResMap } from './resource.js'
import { effectiveNamespace, type Gvk, gvkSelected, nsEquals, resIdString } from './resid.js'

/** utils.SameEndingSubSlice */
function sameEnding(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === 0 && b.length === 0
  const [s, l] = a.length <= b.length ? [a, b] : [b, a]
  const off = l.length - s.length
  return s.every((v, i) => v === l[off + i])
}

function prefixSuffixEquals(r: Resource, o: Resource, allowEmpty: boolean): boolean {
  const rp = r.namePrefixes()
  const op = o.namePrefixes()
  const rs = r.nameSuffixes()
  const os = o.nameSuffixes()
  if (allowEmpty) {
    const pe = rp.length === 0 || op.length === 0
    const se = rs.length === 0 || os.length === 0
    return (pe || sameEnding(rp, op)) && (se || sameEnding(rs, os))
  }
  return sameEnding(rp, op) && sameEnding(rs, os)
}

class Filter {
  constructor(
    readonly referrer: Resource,
    readonly target: Gvk,
    readonly path: string,
    readonly candidates: Resource[],
    readonly m: ResMap,
  ) {}

  select(
    oldName: string,
    candidates: Resource[],
    identical: (r: Resource[]) => boolean,
  ): Resource | undefined {
    let c = candidates.filter((r) => r.prevIds().some((id) => id.name === oldName))
    c = c.filter((r) => r.prevIds().some((id) => gvkSelected(id.gvk, this.target)))
    if (this.path.endsWith('roleRef/name')) {
      const roleRef = this.referrer.node.field('roleRef')
      const apiGroup = roleRef?.field('apiGroup')
      const kind = roleRef?.field('kind')
      if (roleRef && apiGroup && kind) {
        const gvk = { group: apiGroup.value, version: '', kind: kind.value }
        c = c.filter((r) => r.prevIds().some((id) => gvkSelected(id.gvk, gvk)))
      }
    }
    const rid = this.referrer.curId()
    if (!rid.clusterScoped) {
      c = c.filter((r) => {
        const id = r.curId()
        return id.clusterScoped || r.kind === 'ServiceAccount' || nsEquals(rid, id)
      })
    }
    if (c.length === 1) return c[0]
    c = c.filter((r) => prefixSuffixEquals(r, this.referrer, true))
    if (c.length > 1) c = c.filter((r) => prefixSuffixEquals(r, this.referrer, false))
    if (c.length === 1) return c[0]
    if (c.length === 0) return undefined
    if (identical(c)) return c[0]
    throw new KustomizeError(
      `found multiple possible referrals: ${c.map((r) => resIdString(r.curId())).join(', ')}`,
    )
  }

  record(referral: Resource): void {
    referral.appendRefBy(this.referrer.curId())
  }

  setScalar(n: KNode, src?: Src): void {
    const referral = this.select(n.value, this.candidates, (rs) =>
      rs.every((r) => r.name === rs[0].name),
    )
    if (!referral) return
    this.record(referral)
    if (referral.name === n.value) return
    n.setScalarValue(KNode.scalar(referral.name, '', src ?? n.src))
  }

  setMapping(n: KNode): void {
    const nameNode = n.field('name')
    if (!nameNode) throw new KustomizeError("path config error; no 'name' field in node")
    const nsNode = n.field('namespace')
    let candidates: Resource[]
    if (!nsNode) candidates = this.candidates
    else {
      const ns = nsNode.value
      const byOrg = group(this.candidates, true)
      candidates = byOrg.get(ns) ?? group(this.candidates, false).get(ns) ?? []
    }
    const referral = this.select(nameNode.value, candidates, (rs) =>
      rs.every((r) => r.name === rs[0].name && r.namespace === rs[0].namespace),
    )
    if (!referral) return
    this.record(referral)
    if (referral.name === nameNode.value && referral.namespace === '') return
    n.setField('name', KNode.scalar(referral.name, '', nameNode.src))
    if (referral.namespace === '') return
    n.setField('namespace', KNode.scalar(referral.namespace, '', n.field('namespace')?.src))
  }

  set = (n: KNode): void => {
    if (isMissingOrNull(n)) return
    if (n.kind === 'scalar') this.setScalar(n)
    else if (n.kind === 'map') this.setMapping(n)
    else {
      for (const el of n.content) {
        if (isMissingOrNull(el)) continue
        if (el.kind === 'scalar') this.setScalar(el)
        else if (el.kind === 'map') this.setMapping(el)
        else
          throw new KustomizeError(
            `${nodeIdString(el)} is expected to be either a string or a map of string`,
          )
      }
    }
  }
}

function group(list: Resource[], original: boolean): Map<string, Resource[]> {
  const out = new Map<string, Resource[]>()
  for (const r of list) {
    const ns = effectiveNamespace(original ? r.orgId() : r.curId())
    if (!out.has(ns)) out.set(ns, [])
    out.get(ns)!.push(r)
  }
  return out
}

export function fixNameReferences(m: ResMap, backRefs: NameBackRef[]): void {
  const resources = m.resources()
  const orgIds = resources.map((r) => r.orgId())
  const filters = new Map<Resource, { target: Gvk; fs: NameBackRef['referrers'][number] }[]>()
  for (const br of backRefs) {
    for (const fs of br.referrers) {
      resources.forEach((r, i) => {
        if (!gvkSelected(orgIds[i].gvk, fs.gvk)) return
        if (!filters.has(r)) filters.set(r, [])
        filters.get(r)!.push({ target: br.gvk, fs })
      })
    }
  }
  for (const [r, list] of filters) {
    const candidates = m.subsetReferencedBy(r)
    for (const { target, fs } of list) {
      const f = new Filter(r, target, fs.path, candidates, m)
      try {
        applyFieldSpec(r.node, { ...fs, gvk: r.gvk }, f.set)
      } catch (e) {
        throw wrap(
          e,
          `updating name reference in '${fs.path}' field of '${resIdString(r.curId())}'`,
        )
      }
    }
  }
}
