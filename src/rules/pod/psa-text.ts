/** Wording helpers that reproduce the pod-security-admission library's messages. */

export function joinQuote(items: readonly string[]): string {
  return items.length === 0 ? '' : `"${items.join('", "')}"`
}

export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural
}

/** `container "a"` or `containers "a", "b"`. */
export function containerList(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`
}

/** Go's sets.NewString(...).List(): unique and sorted byte-wise. */
export function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Go's %q for the strings PSA quotes (annotation values). */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u00${c.charCodeAt(0).toString(16)}`,
  )
}
