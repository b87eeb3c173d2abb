/**
 * Terminal output, in the order that matters for the deploy (report/rank.ts): containers
 * the kubelet will refuse, then root, then baseline violations, then the rest, and the
 * restricted hardening summarised in one paragraph. Each finding is one line with its place,
 * level, problem (at most about 120 characters) and rule, then its fix on an indented line,
 * and for a chart the containers it affects (with the variant when the config renders
 * several). `verbose` lists every finding in full and each rule's documentation link.
 * Colour only when asked (the CLI asks when stdout is a TTY).
 */
import type { Finding, Level, Notice } from '../core/finding.js'
import { REPOSITORY_URL, ruleDocsUrl } from '../core/project.js'
import { affectedLabel, isRenderedFinding, listAffected } from '../findings/group.js'
import { countByLevel } from './filter.js'
import { maxOf } from '../core/arrays.js'
import { clip, HEADLINE_WIDTH, headline } from './headline.js'
import { hardeningHeadline, summariseHardening } from './hardening.js'
import { type Impact, IMPACT_ORDER, impactOf, impactTitle, rankFindings } from './rank.js'

export interface TextOptions {
  color?: boolean
  /** Every finding in full (no summary of the restricted hardening) and each rule's documentation link. */
  verbose?: boolean
  /** A rule's security severity, to order findings within an impact. */
  severity?(ruleId: string): number
}

/** Places listed under the restricted hardening before the rest is counted. */
const HARDENING_PLACES = 8
/** Related locations shown under a finding (all with `verbose`). */
const RELATED = 3

const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4, green: 32 } as const
type Style = keyof typeof CODES

function painter(color: boolean) {
  return (style: Style, s: string) =>
    color
      ? `\u001b[${CODES[style]}m${s}\u001b[${style === 'bold' ? 22 : style === 'underline' ? 24 : 39}m`
      : s
}

const LEVEL_STYLE: Record<Level, Style> = { error: 'red', warning: 'yellow', note: 'blue' }

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function where(f: Finding): string {
  return `${f.range.file}:${f.range.startLine}:${f.range.startColumn}`
}

export function toText(
  findings: readonly Finding[],
  notices: readonly Notice[],
  options: TextOptions = {},
): string {
  const paint = painter(options.color ?? false)
  const verbose = options.verbose ?? false
  const visible = rankFindings(
    findings.filter((f) => !f.suppression),
    { severity: options.severity },
  )
  const hardening = verbose ? undefined : summariseHardening(visible)
  const summarised = new Set(hardening?.findings ?? [])
  const lines: string[] = []

  const findingLines = (f: Finding): string[] => {
    const level = paint(LEVEL_STYLE[f.level], f.level.padEnd(7))
    const head = verbose ? (f.problem ?? f.message) : headline(f)
    const out = [`  ${where(f)}  ${level}  ${head}  ${paint('gray', f.ruleId)}`]
    const indent = '      '
    if (f.fix) out.push(`${indent}${paint('green', 'fix:')} ${f.fix}`)
    if (f.note) out.push(`${indent}${paint('gray', f.note)}`)
    if (isRenderedFinding(f) && f.affects?.length) {
      const list = verbose
        ? f.affects.map(affectedLabel).join(', ')
        : clip(listAffected(f.affects, 3), HEADLINE_WIDTH)
      out.push(`${indent}${paint('gray', 'affects:')} ${list}`)
    }
    const related = f.related.filter((r) => !r.message.startsWith('affects '))
    for (const r of verbose ? related : related.slice(0, RELATED)) {
      const at = `${r.range.file}:${r.range.startLine}:${r.range.startColumn}`
      out.push(`${indent}${paint('gray', `↳ ${at}`)} ${verbose ? r.message : clip(r.message, 90)}`)
    }
    if (!verbose && related.length > RELATED)
      out.push(`${indent}${paint('gray', `↳ …and ${related.length - RELATED} more (--verbose)`)}`)
    return out
  }

  const sections = new Map<Impact, Finding[]>()
  for (const f of visible) {
    if (summarised.has(f)) continue
    const impact = impactOf(f)
    const list = sections.get(impact)
    if (list) list.push(f)
    else sections.set(impact, [f])
  }
  for (const impact of IMPACT_ORDER) {
    const list = sections.get(impact)
    if (!list?.length) continue
    lines.push('', paint('bold', `${impactTitle(impact, list)} (${list.length})`))
    for (const f of list) lines.push(...findingLines(f))
  }
  if (hardening) {
    lines.push(
      '',
      paint('bold', `Restricted hardening (${plural(hardening.findings.length, 'warning')})`),
    )
    lines.push(`  ${hardeningHeadline(hardening)}`)
    lines.push('  Set them in:')
    const width = Math.max(
      ...hardening.places
        .slice(0, HARDENING_PLACES)
        .map((p) => `${p.range.file}:${p.range.startLine}`.length),
    )
    for (const p of hardening.places.slice(0, HARDENING_PLACES)) {
      const at = `${p.range.file}:${p.range.startLine}`.padEnd(width)
      const who = plural(p.containers, 'container')
      const note = p.template ? '; the chart offers no value for it' : ''
      lines.push(`    ${paint('gray', at)}  ${p.asks.join(', ')} (${who}${note})`)
    }
    const rest = hardening.places.length - HARDENING_PLACES
    if (rest > 0)
      lines.push(`    …and ${plural(rest, 'more place')} (--verbose lists every finding)`)
  }

  if (notices.length) {
    lines.push('', paint('bold', 'Notices'))
    for (const n of notices) {
      const at = n.range ? `${n.range.file}:${n.range.startLine}: ` : ''
      lines.push(`  ${paint(LEVEL_STYLE[n.level], n.level.padEnd(7))}  ${at}${n.message}`)
    }
  }
  const counts = countByLevel(visible)
  const total = visible.length
  // Suppressed inline or by the config, and accepted in the baseline, are counted apart.
  const baselined = findings.filter((f) => f.suppression?.via === 'baseline').length
  const suppressed = findings.length - visible.length - baselined
  const hidden = [
    suppressed ? `${suppressed} suppressed` : '',
    baselined ? `${baselined} in the baseline` : '',
  ]
    .filter(Boolean)
    .join(', ')
  lines.push('')
  if (total === 0) {
    lines.push(
      paint('green', '✔ no problems found') + (hidden ? paint('gray', ` (${hidden})`) : ''),
    )
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')]
    if (counts.note) parts.push(plural(counts.note, 'note'))
    const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`
    lines.push(
      paint(counts.error ? 'red' : 'yellow', paint('bold', summary)) +
        (hidden ? paint('gray', ` and ${hidden}`) : ''),
    )
  }
  if (total && verbose) {
    const ids = [...new Set(visible.map((f) => f.ruleId))].sort()
    lines.push('', paint('bold', 'Rules'))
    for (const id of ids)
      lines.push(
        `  ${id.padEnd(maxOf(ids.map((i) => i.length)))}  ${paint('gray', ruleDocsUrl(id))}`,
      )
  } else if (total) {
    lines.push(
      paint(
        'gray',
        `Each rule is explained in ${REPOSITORY_URL}/tree/main/docs/rules (--verbose: links)`,
      ),
    )
  }
  return lines.join('\n').replace(/^\n/, '') + '\n'
}
