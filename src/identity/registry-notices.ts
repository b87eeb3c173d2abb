/**
 * What a failed registry lookup costs the scan, said once per image: the registry's answer
 * and its effect on the containers and Dockerfiles that needed the image's facts. Registries
 * that cannot be reached at all (no network) are one notice for the whole scan.
 */
import type { Level, Notice } from '../core/finding.js'
import type { RegistryFacts } from '../images/registry-facts.js'
import type { LookupRequest } from '../registry/index.js'
import type { ImageAnalysis } from './analyse.js'

export function lookupFailureNotices(
  requests: readonly LookupRequest[],
  registry: RegistryFacts,
  images: ImageAnalysis,
): Notice[] {
  const out: Notice[] = []
  const unreachable = new Map<string, string>()
  let unknownUsers = 0
  let tableFacts = 0
  for (const { ref } of requests) {
    const o = registry.outcome(ref)
    if (!o || o.ok || o.offline) continue
    const effects: string[] = []
    let level: Level = 'note'
    let range: Notice['range']
    for (const id of images.identities) {
      if (id.image?.trim() !== ref || id.build) continue
      const where = `container ${id.container} of ${id.workload.kind}/${id.workload.name ?? '?'}`
      range ??= id.workload.range
      const fact = images.catalog.imageFacts(id.image).baseFact
      if (id.user.uid === undefined && id.user.name === undefined) {
        effects.push(`the user of ${where} stays unknown`)
        level = 'warning'
      } else if (fact && fact.origin !== 'registry')
        effects.push(`${where} is checked with the shipped table's facts (${fact.family})`)
    }
    for (const m of images.catalog.builtModels()) {
      if (m.baseImage.ref?.trim() !== ref) continue
      const where = `${m.file}${m.target.name ? ` (target ${m.target.name})` : ''}`
      range ??= m.baseImage.range
      if (m.baseImage.fact) effects.push(`${where} uses the shipped table's facts for its base`)
      else if (m.effectiveUser.raw === null) {
        effects.push(`the user of the image ${where} builds stays unknown`)
        level = 'warning'
      } else effects.push(`the accounts and ENV of ${where}'s base stay unknown`)
    }
    if (!effects.length) continue
    if (o.unreachable) {
      if (!unreachable.has(o.registry)) unreachable.set(o.registry, o.error)
      for (const e of effects) {
        if (/stays? unknown/.test(e)) unknownUsers++
        else tableFacts++
      }
      continue
    }
    const shown = effects.slice(0, 3)
    if (effects.length > 3) shown.push(`and ${effects.length - 3} more`)
    out.push({
      level,
      message: `registry lookup of ${ref} failed (${o.error}): ${shown.join('; ')}`,
      ...(range ? { range } : {}),
    })
  }
  if (unreachable.size) {
    const effects = [
      unknownUsers
        ? `${unknownUsers} ${unknownUsers === 1 ? 'user stays' : 'users stay'} unknown`
        : '',
      tableFacts
        ? `${tableFacts} ${tableFacts === 1 ? 'image is' : 'images are'} checked with the shipped table's facts`
        : '',
    ].filter(Boolean)
    out.push({
      level: unknownUsers ? 'warning' : 'note',
      message: `registries could not be reached (${[...unreachable.values()].join('; ')}): ${effects.join(', ')}; --offline (the action's registry-lookup: false) skips the lookups`,
    })
  }
  return out
}
