/**
 * Where a person adds a field that a container or pod lacks. In a plain manifest that is
 * the object itself (the rule's own place). In a chart it is the values key that feeds the
 * securityContext block (`values.yaml:187 securityContext: {}`), and when no value feeds
 * it, the template: the chart then offers no way to set the field.
 */
import type { RelatedLocation, SourceRange } from '../core/range.js'
import type { Feed, ValueFeed } from '../helm/feeds.js'
import { locIn } from '../k8s/objects.js'
import type { Located } from '../k8s/source.js'
import { CONTAINER_GROUPS, type ContainerView, type Workload } from '../k8s/workload.js'
import type { MissingBlock, MissingField } from './types.js'

export interface MissingPlace {
  range: SourceRange
  related: RelatedLocation[]
  fix: string
}

const BLOCK = 'securityContext'

function whose(scope: MissingBlock['scope']): string {
  return scope === 'pod' ? "pod's" : "container's"
}

function feedOf(block: MissingBlock, key: string): Feed | undefined {
  const source = block.owner.source
  if (!source.feed) return undefined
  return source.feed({
    owner: [...block.owner.path],
    block: BLOCK,
    field: key,
    scope: block.scope,
    exclude: block.exclude?.map((p) => [...p]),
  })
}

function valueFix(feed: ValueFeed, scope: MissingBlock['scope'], missing: MissingField): string {
  const expr = `\`${feed.expression}\``
  const where = feed.range
    ? ''
    : feed.setArgument
      ? ` (set by ${feed.setArgument})`
      : ' (no values file sets it)'
  const write = `\`${missing.write}\``
  if (!feed.whole)
    return `This chart writes the ${whose(scope)} ${missing.key} only from ${expr}${where}: set it so that the ${whose(scope)} securityContext gets ${write}.`
  const enable = feed.disabled ? ', and set `enabled: true` in it' : ''
  if (feed.replaces)
    return `This chart writes the ${whose(scope)} securityContext itself unless ${expr}${where} is set, which replaces it: set ${expr} with ${write} and the fields of the template's default.`
  return `This chart takes the ${whose(scope)} securityContext from ${expr}${where}: add ${write} there${enable}.`
}

/**
 * The place and fix for a missing field, or undefined outside charts (the rule's own place
 * and fix stand). `anchor` is where the rule reported it (the container's `name:`).
 */
export function placeMissing(missing: MissingField, anchor: Located): MissingPlace | undefined {
  let fallback: { feed: Feed; scope: MissingBlock['scope'] } | undefined
  for (const block of missing.blocks) {
    const feed = feedOf(block, missing.key)
    if (!feed) continue
    if (feed.kind === 'value') {
      const template = feed.template
      const range = feed.range ?? template ?? anchor.template ?? anchor.range
      const related: RelatedLocation[] =
        template && range !== template
          ? [{ range: template, message: `template that reads ${feed.expression}` }]
          : []
      return { range, related, fix: valueFix(feed, block.scope, missing) }
    }
    if (!fallback || (!fallback.feed.template && feed.template))
      fallback = { feed, scope: block.scope }
  }
  if (!fallback || fallback.feed.kind !== 'template') return undefined
  const write = `\`${missing.write}\``
  const scope = whose(fallback.scope)
  if (fallback.feed.template) {
    return {
      range: fallback.feed.template,
      related: [],
      fix: `The chart offers no way to set it: the template writes the ${scope} securityContext without a value. Add ${write} to it there.`,
    }
  }
  return {
    range: anchor.template ?? anchor.range,
    related: [],
    fix: `The chart offers no way to set it: the template writes no securityContext for the ${fallback.scope}. Add one with ${write} there.`,
  }
}

/** The container's securityContext, as a block a missing field belongs in. */
export function containerBlock(w: Workload, c: ContainerView): MissingBlock {
  return { owner: locIn(w.object, c.path), scope: 'container' }
}

/** The pod's securityContext, as a block a missing field belongs in. */
export function podBlock(w: Workload): MissingBlock {
  return {
    owner: locIn(w.object, w.pod.path),
    scope: 'pod',
    exclude: CONTAINER_GROUPS.map((g) => [g]),
  }
}

/** A container field (`allowPrivilegeEscalation: false`). */
export function missingInContainer(
  w: Workload,
  c: ContainerView,
  key: string,
  write: string,
): MissingField {
  return { blocks: [containerBlock(w, c)], key, write }
}

/** A field the pod or each container may set, best on the pod (`runAsNonRoot: true`). */
export function missingInPod(
  w: Workload,
  c: ContainerView,
  key: string,
  write: string,
): MissingField {
  return { blocks: [podBlock(w), containerBlock(w, c)], key, write }
}
