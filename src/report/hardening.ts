/**
 * Restricted hardening, summarised. The restricted level asks every container for the same
 * few fields (allowPrivilegeEscalation: false, drop ALL, runAsNonRoot, a seccomp profile);
 * listed one by one they bury what matters. The text report and the job summary show them as
 * one paragraph — how many containers lack each, and the few places to set them — while
 * SARIF and JSON keep every finding (code scanning groups by rule itself).
 */
import type { Finding } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import { affectedLabel } from '../findings/group.js'
import { impactOf } from './rank.js'

/** What each restricted-only rule asks for, in a few words. */
const ASKS: Record<string, string> = {
  'pss-allow-privilege-escalation': 'allowPrivilegeEscalation',
  'pss-capabilities-restricted': 'drop ALL',
  'pss-run-as-non-root': 'runAsNonRoot',
  'pss-seccomp-restricted': 'seccomp RuntimeDefault',
  'pss-restricted-volumes': 'volume types',
  'pss-proc-mount-restricted': 'procMount',
}

export interface HardeningPlace {
  range: SourceRange
  /** What to set there, in ASKS words, in the order of `asks`. */
  asks: string[]
  /** Containers fixed there. */
  containers: number
  /** The chart offers no value for it: set in the template. */
  template: boolean
}

export interface HardeningSummary {
  /** The findings the summary stands for. */
  findings: Finding[]
  /** Distinct containers that lack something. */
  containers: number
  /** Per ask, the containers that lack it, in ASKS order. */
  asks: { ask: string; ruleId: string; containers: number }[]
  /** Where to set them, most containers first. */
  places: HardeningPlace[]
}

/** Whether a finding is restricted-only advice (a warning no enforced level turns into a rejection). */
export function isHardening(f: Finding): boolean {
  return !f.suppression && f.level === 'warning' && impactOf(f) === 'hardening'
}

function containersOf(f: Finding): string[] {
  if (!f.affects?.length) return [`${f.range.file}:${f.range.startLine}`]
  return f.affects.map((a) => `${affectedLabel(a)}@${a.range.file}`)
}

/** The summary of the restricted-only findings among `findings`, or undefined when there are none. */
export function summariseHardening(findings: readonly Finding[]): HardeningSummary | undefined {
  const list = findings.filter(isHardening)
  if (!list.length) return undefined
  const all = new Set<string>()
  const byAsk = new Map<string, Set<string>>()
  const places = new Map<string, HardeningPlace & { seen: Set<string> }>()
  const order = Object.keys(ASKS)
  const askOf = (id: string) => ASKS[id] ?? id
  for (const f of list) {
    const who = containersOf(f)
    const ask = askOf(f.ruleId)
    for (const c of who) all.add(c)
    const set = byAsk.get(f.ruleId) ?? new Set<string>()
    for (const c of who) set.add(c)
    byAsk.set(f.ruleId, set)
    const key = `${f.range.file}:${f.range.startLine}`
    const place = places.get(key) ?? {
      range: f.range,
      asks: [],
      containers: 0,
      template: false,
      seen: new Set<string>(),
    }
    if (!place.asks.includes(ask)) place.asks.push(ask)
    for (const c of who) place.seen.add(c)
    place.containers = place.seen.size
    if (f.fix?.startsWith('The chart offers no way')) place.template = true
    places.set(key, place)
  }
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length)
  const asks = [...byAsk]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map(([ruleId, set]) => ({ ask: askOf(ruleId), ruleId, containers: set.size }))
  const askOrder = asks.map((a) => a.ask)
  return {
    findings: list,
    containers: all.size,
    asks,
    places: [...places.values()]
      .map(({ seen: _seen, ...p }) => ({
        ...p,
        asks: [...p.asks].sort((a, b) => askOrder.indexOf(a) - askOrder.indexOf(b)),
      }))
      .sort(
        (a, b) =>
          b.containers - a.containers ||
          Number(a.template) - Number(b.template) ||
          (a.range.file < b.range.file ? -1 : a.range.file > b.range.file ? 1 : 0) ||
          a.range.startLine - b.range.startLine,
      ),
  }
}

/** "19 containers lack restricted hardening — allowPrivilegeEscalation (19), drop ALL (19)". */
export function hardeningHeadline(s: HardeningSummary): string {
  const asks = s.asks.map((a) => `${a.ask} (${a.containers})`).join(', ')
  const n = s.containers
  return `${n} container${n === 1 ? '' : 's'} lack${n === 1 ? 's' : ''} restricted hardening — ${asks}`
}
