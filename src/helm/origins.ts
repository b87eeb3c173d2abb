/**
 * Where each chart value came from. Values are plain Go-shaped objects (maps and arrays);
 * a WeakMap keyed by the containing object records, per key or index, the values-file
 * span (or the --set argument) that set it. Coalescing, copying and merging move these
 * records along with the values, so a template reading `.Values.a.b` can be traced to the
 * line of `b:` in the file that won the merge.
 */
import type { SourceRange } from '../core/range.js'
import type { YamlText } from '../yaml/read.js'

export interface FileSite {
  kind: 'file'
  text: YamlText
  /** Offsets of the key (for map entries) and of the value node. */
  keyStart: number
  keyEnd: number
  valueStart: number
  valueEnd: number
}

export interface SetSite {
  kind: 'set'
  /** The flag and its argument, e.g. `--set image.tag=1.2`. */
  argument: string
}

export type ValueSite = FileSite | SetSite

const sites = new WeakMap<object, Map<string, ValueSite>>()
// Tables shared by copies (copy-on-write): copying a whole map shares its table.
const shared = new WeakSet<Map<string, ValueSite>>()

export function siteOf(container: object, key: string | number): ValueSite | undefined {
  return sites.get(container)?.get(typeof key === 'string' ? key : String(key))
}

function ownTable(container: object): Map<string, ValueSite> {
  let m = sites.get(container)
  if (!m) {
    m = new Map()
    sites.set(container, m)
  } else if (shared.has(m)) {
    m = new Map(m)
    sites.set(container, m)
  }
  return m
}

export function setSite(
  container: object,
  key: string | number,
  site: ValueSite | undefined,
): void {
  const k = typeof key === 'string' ? key : String(key)
  if (!site) {
    if (sites.get(container)?.has(k)) ownTable(container).delete(k)
    return
  }
  ownTable(container).set(k, site)
}

export function copySite(
  from: object,
  fromKey: string | number,
  to: object,
  toKey: string | number,
): void {
  const site = siteOf(from, fromKey)
  if (site === undefined && !sites.has(to)) return
  if (site !== undefined && siteOf(to, toKey) === site) return
  setSite(to, toKey, site)
}

/** Gives `to` the same per-key origins as `from` (for a copy with the same keys). */
export function shareSites(from: object, to: object): void {
  const m = sites.get(from)
  if (!m) return
  shared.add(m)
  sites.set(to, m)
}

export function hasSites(container: object): boolean {
  return sites.has(container)
}

/**
 * The range a person edits for a value: for a scalar, the key through the value
 * (`runAsUser: 1000`); for a table or list, the key alone.
 */
export function siteRange(site: FileSite, scalar: boolean): SourceRange {
  const end = scalar ? Math.max(site.valueEnd, site.keyEnd) : site.keyEnd
  return site.text.rangeOfSpan({ start: site.keyStart, end })
}
