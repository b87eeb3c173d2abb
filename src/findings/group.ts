/**
 * One finding per place a person edits. Rules report per container; after source mapping,
 * several containers of a chart often share the line that fixes them all (a values.yaml key
 * that three Deployments render). Those become one finding that lists what it affects, each
 * rendered place a related location. A plain manifest's findings are never merged: each
 * container there is its own edit location.
 *
 * A merged finding's fingerprint is its rule and its edit location by content (the values
 * key path, or the template line's text), never a line number or a rendered name, so the
 * alert stays put when lines move or another object starts using the same value.
 */
import type { Affected, Finding } from '../core/finding.js'
import { fingerprintOf, lineTextAt } from '../core/fingerprint.js'
import type { RelatedLocation, SourceRange } from '../core/range.js'
import { keyPathAt } from '../helm/feeds.js'

/** Affected places listed in a message before the rest is counted. */
const LISTED = 5

/** Whether a finding is about an object rendered from a chart (source-mapped to its values or templates). */
export function isRenderedFinding(f: Finding): boolean {
  return f.affects?.some((a) => a.rendered) ?? false
}

function rangeKey(r: SourceRange): string {
  return `${r.file}:${r.startLine}:${r.startColumn}:${r.endLine}:${r.endColumn}`
}

function groupKey(f: Finding): string {
  const s = f.suppression
  return [
    f.ruleId,
    f.level,
    rangeKey(f.range),
    s ? `${s.via ?? s.kind}@${s.range ? rangeKey(s.range) : ''}` : '',
  ].join('\u0000')
}

/** `Deployment "web" (container api)`, `Deployment "web" (container api, overlay deploy/prod)`. */
export function affectedLabel(a: Affected): string {
  const parts = [a.container !== undefined ? `container ${a.container}` : '', a.rendering ?? '']
  const which = parts.filter(Boolean).join(', ')
  return which ? `${a.object} (${which})` : a.object
}

/** "A, B and 3 more". */
export function listAffected(affects: readonly Affected[], listed = LISTED): string {
  const names = affects.slice(0, listed).map(affectedLabel)
  const rest = affects.length - names.length
  if (rest > 0) return `${names.join(', ')} and ${rest} more`
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]
}

const CONTAINER_NAME = /\b(containers?) "([^"]*)"/

/**
 * The problem stated for all members: when members differ only by the container they
 * name (`container "a" must set …`), one sentence naming them all (`containers "a", "b"
 * must set …`); otherwise the first member's.
 */
function mergedProblem(members: readonly Finding[]): string {
  const problems = members.map((m) => m.problem ?? m.message)
  const first = problems[0]
  if (problems.every((p) => p === first)) return first
  const shape = (p: string) => p.replace(CONTAINER_NAME, 'containers "*"')
  const names: string[] = []
  for (const p of problems) {
    const m = CONTAINER_NAME.exec(p)
    if (!m || shape(p) !== shape(first)) return first
    if (!names.includes(m[2])) names.push(m[2])
  }
  const list = names.map((n) => `"${n}"`).join(', ')
  return first.replace(CONTAINER_NAME, `${names.length > 1 ? 'containers' : 'container'} ${list}`)
}

function dedupeRelated(list: readonly RelatedLocation[]): RelatedLocation[] {
  const seen = new Set<string>()
  return list.filter((r) => {
    const k = `${rangeKey(r.range)}\u0000${r.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function dedupeAffected(list: readonly Affected[]): Affected[] {
  const seen = new Set<string>()
  return list.filter((a) => {
    const k = `${affectedLabel(a)}\u0000${rangeKey(a.range)}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function offsetOf(text: string, line: number, col: number): number {
  let at = 0
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', at)
    if (nl < 0) return -1
    at = nl + 1
  }
  return at + col - 1
}

/**
 * The edit location by content: a values file's key path, else the line's text. `texts` holds
 * one object per file, the key keyPathAt caches the file's parse under.
 */
function locationKey(
  r: SourceRange,
  readFile: (rel: string) => string | undefined,
  texts: Map<string, { source: string }>,
): string {
  const text = readFile(r.file)
  if (text !== undefined && /\.ya?ml$/.test(r.file)) {
    let holder = texts.get(r.file)
    if (holder?.source !== text) {
      holder = { source: text }
      texts.set(r.file, holder)
    }
    const path = keyPathAt(holder, offsetOf(text, r.startLine, r.startColumn))
    if (path) return `key ${path.join('.')}`
  }
  return `line ${lineTextAt(text, r.startLine)}`
}

/**
 * Merges source-mapped findings with the same rule, level, edit location and suppression.
 * Findings come in sorted by place; the order is kept (a merged finding takes its first
 * member's place in it).
 */
export function groupByEditLocation(
  findings: readonly Finding[],
  readFile: (rel: string) => string | undefined,
): Finding[] {
  const groups = new Map<string, Finding[]>()
  const order: (Finding | Finding[])[] = []
  for (const f of findings) {
    if (!isRenderedFinding(f)) {
      order.push(f)
      continue
    }
    const key = groupKey(f)
    const list = groups.get(key)
    if (list) list.push(f)
    else {
      const fresh = [f]
      groups.set(key, fresh)
      order.push(fresh)
    }
  }
  const occurrences = new Map<string, number>()
  const texts = new Map<string, { source: string }>()
  return order.map((entry) => {
    if (!Array.isArray(entry)) return entry
    const [first] = entry
    const where = locationKey(first.range, readFile, texts)
    const base = `${first.ruleId}\u0000${first.range.file}\u0000${where}\u0000${first.level}`
    const n = (occurrences.get(base) ?? 0) + 1
    occurrences.set(base, n)
    const identity = {
      ruleId: first.ruleId,
      source: first.range.file,
      path: n > 1 ? `${where}#${n}` : where,
    }
    const affects = dedupeAffected(entry.flatMap((m) => m.affects ?? []))
    const problem = entry.length > 1 ? mergedProblem(entry) : (first.problem ?? first.message)
    const fix = first.fix
    const sentence = ` Affects ${listAffected(affects)}.`
    const note = first.note ? ` ${first.note}` : ''
    const message = first.note ? first.message.slice(0, -note.length) : first.message
    const body = first.problem ? `${problem} ${fix ?? ''}`.trim() : message
    const related = dedupeRelated([
      ...entry.flatMap((m) => m.related),
      ...affects.map((a) => ({ range: a.range, message: `affects ${affectedLabel(a)}` })),
    ])
    return {
      ...first,
      message: body + sentence + note,
      problem,
      related,
      identity,
      fingerprint: fingerprintOf(identity),
      affects,
    }
  })
}
