/**
 * The job summary ($GITHUB_STEP_SUMMARY), read at GitHub's 1012 px content width. It answers
 * the headline first: the verdict, how many containers will not start (each with the kubelet's
 * reason and the line to fix) and how many run as root. Then who runs as whom in a table that
 * fits the width (the evidence of each image link folded below it), the findings in the order
 * that matters (report/rank.ts) with the restricted hardening summarised, and, folded, the
 * totals by rule and the scan notices.
 *
 * GitHub refuses a step summary over 1 MiB, so sections are cut to a byte budget with a line
 * saying what was left out, instead of losing the whole summary.
 */
import type { Finding, Level, Notice } from '../../core/finding.js'
import type { ContainerIdentity } from '../../core/identity.js'
import type { SourceRange } from '../../core/range.js'
import { ruleDocsUrl } from '../../core/project.js'
import { isRenderedFinding, listAffected } from '../../findings/group.js'
import { hardeningHeadline, summariseHardening } from '../hardening.js'
import { headline } from '../headline.js'
import { type Impact, IMPACT_ORDER, impactOf, impactTitle, rankFindings } from '../rank.js'
import { meetsThreshold, securitySeverityLabel } from '../severity.js'
import { code, link, md, plural, row } from './markdown.js'

/** GitHub's limit for one step's summary. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024

export interface SummaryLinks {
  /** A link to lines of a file at the scanned commit; undefined when there is none. */
  lines(file: string, startLine?: number, endLine?: number): string | undefined
}

export interface SummaryInput {
  /** The findings this step reports (after `severity` and changed-files filtering). */
  findings: readonly Finding[]
  /** Suppressed findings (inline, config, baseline): counted, not listed. */
  suppressed?: readonly Finding[]
  /** A rule's title and GitHub security-severity score, as configured. */
  rule(ruleId: string): { title: string; securitySeverity: number } | undefined
  identities: readonly ContainerIdentity[]
  notices: readonly Notice[]
  /** `fail-on`, and the findings at or above it by level (what fails the step). */
  outcome: { failOn: Level | 'none'; failing: Record<Level, number> }
  /** Pod Security Standards policy as `level:version`. */
  policy: string
  stats: { files: number; workloads: number; durationMs: number }
  /** Markdown bullet texts about where the results went (upload, annotations, filters). */
  delivery: readonly string[]
  /** The file as a repository path, or undefined when it is outside the repository. */
  repoPath(file: string): string | undefined
  links: SummaryLinks
  /** Where the full SARIF report is, for "not shown" notes. */
  sarifFile?: string
}

const LEVELS: readonly Level[] = ['error', 'warning', 'note']
const LEVEL_LABEL: Record<Level, string> = { error: 'Errors', warning: 'Warnings', note: 'Notes' }
const LEVEL_ICON: Record<Level, string> = { error: '🔴', warning: '🟡', note: '🔵' }
// No-break spaces: a narrow column keeps the icon and the word together.
const VERDICT: Record<ContainerIdentity['verdict']['kind'], string> = {
  starts: '✅\u00a0starts',
  refused: '❌\u00a0refused',
  'runs-as-root': '⚠️\u00a0root',
  unknown: '❔\u00a0unknown',
}
/** Notices listed before the rest is summarised in one line. */
const MAX_NOTICES = 50
/** Containers named in the headline lines before the rest is counted. */
const HEADLINE_NAMES = 5
/** Refusals listed in the headline before the rest is counted. */
const HEADLINE_REFUSALS = 10
/** Other findings that fail the step, listed under the verdict before the rest is counted. */
const HEADLINE_FAILING = 5
/** Places listed for the restricted hardening before the rest is counted. */
const HARDENING_PLACES = 8
/** Rows a who-runs-as-whom table shows before the rest is folded (those needing attention always show). */
const OPEN_ROWS = 15
/** Folding fewer rows than this is not worth a click. */
const FOLD_AT_LEAST = 5
/** Share of what is left that the identity table may take before findings. */
const IDENTITY_SHARE = 0.35

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

/** Text that may break after `/`, `:` and `-` (image references, object names) in a narrow cell. */
function breakable(text: string): string {
  return md(text).replace(/([/:@-])/g, '$1<wbr>')
}

export function renderSummary(input: SummaryInput, maxBytes = STEP_SUMMARY_LIMIT): string {
  const severity = (id: string) => input.rule(id)?.securitySeverity ?? 0
  const reported = rankFindings(
    input.findings.filter((f) => !f.suppression),
    { severity },
  )
  const head = header(input, reported)
  const notices = noticesSection(input.notices)
  const rules = rulesSection(input, reported)
  // The closing line of a truncated section needs room too; keep a margin for it.
  let left = maxBytes - bytes(head) - bytes(notices) - bytes(rules) - 1024
  if (left < 0) return truncateText(head + rules, maxBytes)
  const identities = identitySection(input, Math.floor(left * IDENTITY_SHARE))
  left -= bytes(identities)
  const findings = findingsSection(input, reported, left)
  return [head, identities, findings, rules, notices].filter(Boolean).join('\n')
}

function placeLink(input: SummaryInput, r: SourceRange, label?: string): string {
  const file = input.repoPath(r.file)
  const text = md(label ?? `${r.file}:${r.startLine}`)
  return link(text, file && input.links.lines(file, r.startLine, Math.max(r.endLine, r.startLine)))
}

/** `Kind/namespace/name`; without the namespace for a row that folds several. */
function workloadName(id: ContainerIdentity, namespaces: readonly string[] = []): string {
  const w = id.workload
  const ns = namespaces.length ? '' : w.namespace
  return `${w.kind}/${ns ? `${ns}/` : ''}${w.name ?? '?'}`
}

/** ` ×3 (dev, production, staging)` for a row that folds several renderings. */
function renderingsNote(namespaces: readonly string[]): string {
  if (!namespaces.length) return ''
  const named = namespaces.filter(Boolean)
  return ` ×${namespaces.length}${named.length ? ` (${md(named.join(', '))})` : ''}`
}

function namesList(ids: readonly ContainerIdentity[]): string {
  const names = ids
    .slice(0, HEADLINE_NAMES)
    .map((id) => `${code(id.container)} (${md(workloadName(id))})`)
  const rest = ids.length - names.length
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ')
}

function header(input: SummaryInput, reported: readonly Finding[]): string {
  const counts = { error: 0, warning: 0, note: 0 }
  for (const f of reported) counts[f.level]++
  const { failOn, failing } = input.outcome
  const lines = ['## kube-whoami', '']
  if (failOn === 'none') {
    lines.push('Findings do not fail this step (`fail-on: none`).')
  } else if (LEVELS.some((l) => failing[l] > 0)) {
    const parts = LEVELS.filter((l) => failing[l] > 0).map((l) => plural(failing[l], l))
    const list =
      parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]
    lines.push(`❌ **${list}** fail this step (\`fail-on: ${failOn}\`).`)
    lines.push(...failingLines(input, reported, failOn))
  } else {
    lines.push(`✅ No findings at or above \`${failOn}\` (\`fail-on: ${failOn}\`).`)
  }
  lines.push('', ...verdictLines(input, reported))
  lines.push(
    '',
    row(LEVELS.map((l) => `${LEVEL_ICON[l]} ${LEVEL_LABEL[l]}`)),
    row(LEVELS.map(() => '---:')),
    row(LEVELS.map((l) => String(counts[l]))),
  )
  const suppressed = input.suppressed ?? []
  if (suppressed.length) {
    const baseline = suppressed.filter((f) => f.suppression?.via === 'baseline').length
    const other = suppressed.length - baseline
    const parts = [
      other ? `${plural(other, 'finding')} suppressed in the source or the configuration` : '',
      baseline ? `${plural(baseline, 'finding')} accepted in the baseline` : '',
    ].filter(Boolean)
    lines.push('', `Not counted: ${parts.join(', ')}.`)
  }
  const seconds = (input.stats.durationMs / 1000).toFixed(1)
  lines.push(
    '',
    `Pod Security Standards policy ${code(input.policy)} · ${plural(input.stats.files, 'file')} and ${plural(input.stats.workloads, 'workload')} scanned in ${seconds} s`,
  )
  if (input.delivery.length) lines.push('', ...input.delivery.map((d) => `- ${d}`))
  return lines.join('\n') + '\n'
}

/**
 * What fails the step, right under the verdict: the first few findings at or above fail-on in
 * report order, each with its line, so the reason is on the first screen. Refusals are left to
 * the lines that follow (they list every one).
 */
function failingLines(input: SummaryInput, reported: readonly Finding[], failOn: Level): string[] {
  const failing = reported.filter(
    (f) => meetsThreshold(f.level, failOn) && impactOf(f) !== 'refused',
  )
  if (!failing.length) return []
  const items = failing
    .slice(0, HEADLINE_FAILING)
    .map(
      (f) =>
        `- ${LEVEL_ICON[f.level]} ${placeLink(input, f.range)} ${md(headline(f))} · ${code(f.ruleId)}`,
    )
  const rest = failing.length - items.length
  if (rest > 0) items.push(`- …and ${rest} more under Findings`)
  return ['', ...items]
}

/** "N of M containers will not start" with each reason and line, and "K run as root". */
function verdictLines(input: SummaryInput, reported: readonly Finding[]): string[] {
  const ids = input.identities
  const out: string[] = []
  const refusals = reported.filter((f) => impactOf(f) === 'refused')
  const refused = ids.filter((i) => i.verdict.kind === 'refused')
  const n = refused.length || refusals.reduce((s, f) => s + (f.affects?.length ?? 1), 0)
  const of = ids.length ? ` of ${ids.length}` : ''
  if (n > 0) {
    const them = n === 1 ? 'it' : 'them'
    const byDocker = refused.length
      ? refused.map((i) => i.runtime === 'docker')
      : refusals.map((f) => f.ruleId.startsWith('docker-'))
    const who = byDocker.every(Boolean)
      ? 'Docker refuses'
      : byDocker.some(Boolean)
        ? 'the kubelet or Docker refuses'
        : 'the kubelet refuses'
    out.push(
      `**❌ ${n}${of} container${n === 1 && !of ? '' : 's'} will not start:** ${who} ${them}.`,
      '',
    )
    const items = refusals.length
      ? refusals.map((f) => `- ${md(headline(f))} — ${placeLink(input, f.range)}`)
      : refused.map(
          (i) => `- ${code(i.container)} (${md(workloadName(i))}): ${md(i.verdict.message)}`,
        )
    out.push(...items.slice(0, HEADLINE_REFUSALS))
    if (items.length > HEADLINE_REFUSALS)
      out.push(`- …and ${items.length - HEADLINE_REFUSALS} more (under Findings)`)
  } else if (ids.length) {
    const none = ids.every((i) => i.runtime === 'docker')
      ? 'Docker refuses none'
      : ids.some((i) => i.runtime === 'docker')
        ? 'Neither the kubelet nor Docker refuses any'
        : 'The kubelet refuses none'
    out.push(`**✅ ${none} of the ${plural(ids.length, 'container')}.**`)
  }
  const root = ids.filter((i) => i.verdict.kind === 'runs-as-root')
  if (root.length) {
    if (out.length) out.push('')
    out.push(
      `**⚠️ ${plural(root.length, 'container')} ${root.length === 1 ? 'runs' : 'run'} as root:** ${namesList(root)}.`,
    )
  }
  const unknown = ids.filter((i) => i.verdict.kind === 'unknown').length
  if (unknown) {
    if (out.length) out.push('')
    out.push(
      `❔ For ${unknown}${of} the repository does not tell the user: images not built here and not among the images kube-whoami knows.`,
    )
  }
  return out
}

function rulesSection(input: SummaryInput, reported: readonly Finding[]): string {
  if (!reported.length) return ''
  const byRule = new Map<string, Record<Level, number>>()
  for (const f of reported) {
    const c = byRule.get(f.ruleId) ?? { error: 0, warning: 0, note: 0 }
    c[f.level]++
    byRule.set(f.ruleId, c)
  }
  const ranked = [...byRule].sort(
    ([a, x], [b, y]) =>
      y.error - x.error || y.warning - x.warning || y.note - x.note || (a < b ? -1 : 1),
  )
  const lines = [
    '<details><summary>Findings by rule</summary>',
    '',
    row(['Rule', 'Security severity', 'Errors', 'Warnings', 'Notes']),
    row(['---', '---', '---:', '---:', '---:']),
  ]
  for (const [id, c] of ranked) {
    const rule = input.rule(id)
    lines.push(
      row([
        `${link(code(id), ruleDocsUrl(id))}${rule ? ` ${md(rule.title)}` : ''}`,
        rule
          ? `${securitySeverityLabel(rule.securitySeverity)} (${rule.securitySeverity.toFixed(1)})`
          : '',
        String(c.error),
        String(c.warning),
        String(c.note),
      ]),
    )
  }
  lines.push('', '</details>')
  return lines.join('\n') + '\n'
}

/** One row for the same container rendered several times (kustomize overlays, chart variants). */
interface IdentityRow {
  id: ContainerIdentity
  /** The namespaces of the renderings folded into this row, when there are several. */
  namespaces: string[]
}

/**
 * Rows that differ only by namespace — one base container built by several overlays, or a
 * chart rendered in several variants — are one row naming the namespaces: the table answers
 * who runs as whom per place a person edits, like the findings.
 */
function foldRenderings(ids: readonly ContainerIdentity[]): IdentityRow[] {
  const rows = new Map<string, IdentityRow>()
  for (const id of ids) {
    const w = id.workload
    const key = [
      w.kind,
      w.name,
      w.range.file,
      w.range.startLine,
      id.container,
      id.group,
      id.image,
      id.user.display,
      id.verdict.kind,
    ].join('\u0000')
    const row = rows.get(key)
    if (row) row.namespaces.push(w.namespace ?? '')
    else rows.set(key, { id, namespaces: [w.namespace ?? ''] })
  }
  return [...rows.values()].map((r) => ({
    id: r.id,
    namespaces: r.namespaces.length > 1 ? [...new Set(r.namespaces)] : [],
  }))
}

function identitySection(input: SummaryInput, budget: number): string {
  const title = '### Who runs as whom'
  const kube = foldRenderings(input.identities.filter((id) => id.runtime === undefined))
  const docker = input.identities.filter((id) => id.runtime === 'docker')
  if (!kube.length && !docker.length)
    return `${title}\n\nNo workloads: nothing in the scanned files runs a container.\n`
  // The tables take at most 60 % of the budget, the folded evidence the rest.
  const tables = Math.floor(budget * 0.6)
  let out = ''
  if (kube.length) {
    const head = [
      title,
      '',
      row(['Workload / container', 'Image', 'User', 'Kubelet']),
      row(['---', '---', '---', '---']),
    ]
    out = identityTable(
      head,
      kube,
      (r) => r.id,
      (r) => identityRow(r, input),
      docker.length ? Math.floor(tables / 2) : tables,
    )
  }
  if (docker.length) {
    const head = [
      kube.length
        ? '#### Docker, Compose and workflow jobs'
        : `${title} (Docker, Compose and workflow jobs)`,
      '',
      row(['Started by', 'Image', 'User', 'Docker', 'Host access']),
      row(['---', '---', '---', '---', '---']),
    ]
    out +=
      (out ? '\n' : '') +
      identityTable(
        head,
        docker,
        (id) => id,
        (id) => dockerRow(id, input),
        tables - bytes(out),
      )
  }
  const evidence = ['<details><summary>Where each image and user come from</summary>', ''].join(
    '\n',
  )
  const items = [
    ...kube.map((r) => evidenceItem(r.id, input, r.namespaces)),
    ...docker.map((id) => evidenceItem(id, input)),
  ]
  const list = fitRows(evidence, items, budget - bytes(out) - 16, moreContainers)
  return `${out}\n${list}\n</details>\n`
}

const moreContainers = (n: number) =>
  `…and ${plural(n, 'more container')} (the summary is limited to 1 MiB).`

/** What the folded rows' verdicts are, in a few words. */
const FOLDED_VERDICT: Record<ContainerIdentity['verdict']['kind'], string> = {
  refused: 'refused',
  'runs-as-root': 'root',
  unknown: 'user unknown',
  starts: 'start',
}

/**
 * A who-runs-as-whom table. A long one shows the containers that need attention (refused,
 * root) and the first others, and folds the rest below it with their verdicts counted, so
 * a repository with dozens of containers still reads at a glance.
 */
function identityTable<T>(
  head: readonly string[],
  rows: readonly T[],
  identity: (r: T) => ContainerIdentity,
  render: (r: T) => string,
  budget: number,
): string {
  const attention = (r: T) => ['refused', 'runs-as-root'].includes(identity(r).verdict.kind)
  const open: T[] = []
  const folded: T[] = []
  if (rows.length <= OPEN_ROWS + FOLD_AT_LEAST) open.push(...rows)
  else {
    let room = Math.max(0, OPEN_ROWS - rows.filter(attention).length)
    for (const r of rows) {
      if (attention(r)) open.push(r)
      else if (room-- > 0) open.push(r)
      else folded.push(r)
    }
  }
  const shown = fitRows(head.join('\n'), open.map(render), budget, moreContainers)
  if (!folded.length) return shown
  const counts = new Map<string, number>()
  for (const r of folded) {
    const word = FOLDED_VERDICT[identity(r).verdict.kind]
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const tally = [...counts].map(([word, n]) => `${n} ${word}`).join(', ')
  const summary = `<details><summary>${plural(folded.length, 'more container')} (${tally})</summary>`
  const rest = fitRows(
    [summary, '', ...head.slice(2)].join('\n'),
    folded.map(render),
    budget - bytes(shown) - 16,
    moreContainers,
  )
  return `${shown}\n${rest}\n</details>\n`
}

// No-break spaces: a narrow column keeps the icon and the words together.
const DOCKER_VERDICT: Record<ContainerIdentity['verdict']['kind'], string> = {
  starts: '✅\u00a0starts',
  refused: '❌\u00a0fails\u00a0to\u00a0start',
  'runs-as-root': '⚠️\u00a0root',
  unknown: '❔\u00a0unknown',
}

function identityRow({ id, namespaces }: IdentityRow, input: SummaryInput): string {
  const w = id.workload
  const where = input.repoPath(w.range.file)
  const workload =
    link(
      breakable(workloadName(id, namespaces)),
      where && input.links.lines(where, w.range.startLine, w.range.endLine),
    ) + renderingsNote(namespaces)
  const container =
    id.group === 'containers'
      ? code(id.container)
      : `${code(id.container)} (${md(groupLabel(id.group))})`
  return row([
    `${workload} · ${container}`,
    id.image ? breakable(id.image) : '—',
    md(id.user.display).replace(/ /g, '\u00a0'),
    VERDICT[id.verdict.kind],
  ])
}

function dockerRow(id: ContainerIdentity, input: SummaryInput): string {
  const r = id.workload.range
  const where = input.repoPath(r.file)
  const started = link(
    breakable(id.docker?.startedBy ?? id.workload.name ?? '?'),
    where && input.links.lines(where, r.startLine, r.endLine),
  )
  const access = id.docker?.privileges.length ? id.docker.privileges.map(md).join('<br>') : '—'
  return row([
    started,
    id.image ? breakable(id.image) : '—',
    md(id.user.display).replace(/ /g, '\u00a0'),
    DOCKER_VERDICT[id.verdict.kind],
    access,
  ])
}

function evidenceItem(
  id: ContainerIdentity,
  input: SummaryInput,
  namespaces: readonly string[] = [],
): string {
  const parts: string[] = []
  if (id.build) {
    const df = input.repoPath(id.build.dockerfile)
    let built = `built from ${link(md(id.build.dockerfile), df && input.links.lines(df))}`
    if (id.build.target) built += ` target ${code(id.build.target)}`
    built += ` (${md(id.build.evidence)}${id.build.confidence === 'low' ? ', low confidence' : ''})`
    parts.push(built)
  } else if (id.image) parts.push('not built here')
  parts.push(`uid: ${md(id.user.uidSource)}`)
  if (id.user.gidSource) parts.push(`gid: ${md(id.user.gidSource)}`)
  const judge = id.runtime === 'docker' ? 'docker' : 'kubelet'
  if (id.verdict.kind !== 'starts' && id.verdict.message)
    parts.push(`${judge}: ${md(id.verdict.message)}`)
  const name =
    id.runtime === 'docker'
      ? md(id.docker?.startedBy ?? workloadName(id))
      : md(workloadName(id, namespaces)) + renderingsNote(namespaces)
  return `- ${code(id.container)} in ${name}: ${parts.join('; ')}`
}

function groupLabel(group: ContainerIdentity['group']): string {
  return group === 'initContainers' ? 'init' : 'ephemeral'
}

/** One finding as a list item: place, problem, rule; the fix, what it affects and related lines below. */
function findingItem(f: Finding, input: SummaryInput): string {
  const rule = link(code(f.ruleId), ruleDocsUrl(f.ruleId))
  const lines = [
    `- ${LEVEL_ICON[f.level]} **${placeLink(input, f.range)}** ${md(headline(f))} · ${rule}`,
  ]
  if (f.fix) lines.push(`Fix: ${md(f.fix)}`)
  if (f.note) lines.push(md(f.note))
  if (isRenderedFinding(f) && f.affects?.length)
    lines.push(`Affects: ${md(listAffected(f.affects))}`)
  for (const r of f.related.filter((x) => !x.message.startsWith('affects ')).slice(0, 3))
    lines.push(`↳ ${placeLink(input, r.range)} ${md(r.message)}`)
  return lines.join('<br>')
}

function findingsSection(
  input: SummaryInput,
  reported: readonly Finding[],
  budget: number,
): string {
  if (!reported.length) return '### Findings\n\nNo findings to report.\n'
  const hardening = summariseHardening(reported)
  const summarised = new Set(hardening?.findings ?? [])
  const parts = ['### Findings\n']
  let used = bytes(parts[0])
  let shown = 0
  const sections = new Map<Impact, Finding[]>()
  for (const f of reported) {
    if (summarised.has(f)) continue
    const impact = impactOf(f)
    const list = sections.get(impact)
    if (list) list.push(f)
    else sections.set(impact, [f])
  }
  let full = false
  for (const impact of IMPACT_ORDER) {
    const list = sections.get(impact)
    if (!list?.length || full) continue
    const block = fitRows(
      `#### ${impactTitle(impact, list)} (${list.length})\n`,
      list.map((f) => findingItem(f, input)),
      budget - used,
      () => '',
    )
    used += bytes(block) + 1
    parts.push(block)
    const n = block.split('\n').filter((l) => l.startsWith('- ')).length
    shown += n
    if (n < list.length) full = true
  }
  if (hardening && !full) {
    const head = [
      `#### Restricted hardening (${plural(hardening.findings.length, 'warning')})`,
      '',
      `${md(hardeningHeadline(hardening))}. Set them in:`,
      '',
    ]
    for (const p of hardening.places.slice(0, HARDENING_PLACES)) {
      const note = p.template ? '; the chart offers no value for it' : ''
      head.push(
        `- ${placeLink(input, p.range)}: ${md(p.asks.join(', '))} (${plural(p.containers, 'container')}${note})`,
      )
    }
    const rest = hardening.places.length - HARDENING_PLACES
    if (rest > 0) head.push(`- …and ${plural(rest, 'more place')} (listed below)`)
    head.push(
      '',
      `<details><summary>All ${plural(hardening.findings.length, 'restricted hardening finding')}</summary>`,
      '',
    )
    const block = fitRows(
      head.join('\n'),
      hardening.findings.map((f) => findingItem(f, input)),
      budget - used - 16,
      () => '',
    )
    parts.push(block + '\n</details>\n')
    shown += block.split('\n').filter((l) => l.startsWith('- ') && l.includes('**')).length
  }
  const hidden = reported.length - shown
  if (hidden > 0) {
    const where = input.sarifFile ? ` All findings are in ${code(input.sarifFile)}.` : ''
    parts.push(
      `…${plural(hidden, 'more finding')} not shown: the job summary is limited to 1 MiB.${where}\n`,
    )
  }
  return parts.join('\n')
}

function noticesSection(notices: readonly Notice[]): string {
  if (!notices.length) return ''
  const lines = [`<details><summary>Scan notices (${notices.length})</summary>`, '']
  for (const n of notices.slice(0, MAX_NOTICES)) {
    const where = n.range ? `${code(`${n.range.file}:${n.range.startLine}`)} ` : ''
    lines.push(`- ${n.level}: ${where}${md(n.message)}`)
  }
  if (notices.length > MAX_NOTICES)
    lines.push(`- …and ${plural(notices.length - MAX_NOTICES, 'more notice')} in the step log.`)
  lines.push('', '</details>')
  return lines.join('\n') + '\n'
}

/** A head and as many rows as the budget holds, then a line counting the rest. */
function fitRows(
  head: string,
  rows: readonly string[],
  budget: number,
  more: (n: number) => string,
): string {
  const out = [head]
  let used = bytes(head) + 1
  let i = 0
  for (; i < rows.length; i++) {
    const size = bytes(rows[i]) + 1
    if (used + size > budget) break
    out.push(rows[i])
    used += size
  }
  let text = out.join('\n') + '\n'
  const rest = more(rows.length - i)
  if (i < rows.length && rest) text += `\n${rest}\n`
  return text
}

/** Last resort when even the fixed parts are too big: cut at a line boundary. */
function truncateText(text: string, maxBytes: number): string {
  const note = '\n\n…the rest of the summary was cut: job summaries are limited to 1 MiB.\n'
  const room = maxBytes - bytes(note)
  if (room <= 0) return ''
  const buf = Buffer.from(text, 'utf8')
  if (buf.length <= room) return text
  let cut = buf.subarray(0, room).toString('utf8')
  // A cut inside a multi-byte character leaves a replacement character; drop the partial line.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  return cut + note
}
