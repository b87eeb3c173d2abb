/**
 * The job summary ($GITHUB_STEP_SUMMARY): the verdict, totals by level and rule, where the
 * results went, who runs as whom, and every finding grouped by file with links to the exact
 * lines at the scanned commit and to each rule's documentation. GitHub refuses a step
 * summary over 1 MiB, so sections are cut to a byte budget with a line saying what was left
 * out, instead of losing the whole summary.
 */
import type { Finding, Level, Notice } from '../../core/finding.js'
import type { ContainerIdentity } from '../../core/identity.js'
import { ruleDocsUrl } from '../../core/project.js'
import { securitySeverityLabel } from '../severity.js'
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
const VERDICT: Record<ContainerIdentity['verdict']['kind'], string> = {
  starts: '✅ starts',
  refused: '❌ refused',
  'runs-as-root': '⚠️ starts as root',
  unknown: '❔ unknown',
}
/** Notices listed before the rest is summarised in one line. */
const MAX_NOTICES = 50
/** Share of what is left that the identity table may take before findings. */
const IDENTITY_SHARE = 0.35

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

export function renderSummary(input: SummaryInput, maxBytes = STEP_SUMMARY_LIMIT): string {
  const reported = input.findings.filter((f) => !f.suppression)
  const head = header(input, reported)
  const notices = noticesSection(input.notices)
  const rules = rulesSection(input, reported)
  // The closing line of a truncated section needs room too; keep a margin for it.
  let left = maxBytes - bytes(head) - bytes(notices) - bytes(rules) - 1024
  if (left < 0) return truncateText(head + rules, maxBytes)
  const identities = identitySection(input, Math.floor(left * IDENTITY_SHARE))
  left -= bytes(identities)
  const files = findingsSection(input, reported, left)
  return [head, rules, identities, files, notices].filter(Boolean).join('\n')
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
  } else {
    lines.push(`✅ No findings at or above \`${failOn}\` (\`fail-on: ${failOn}\`).`)
  }
  lines.push('', row(['', 'Findings']), row(['---', '---:']))
  for (const level of LEVELS)
    lines.push(row([`${LEVEL_ICON[level]} ${LEVEL_LABEL[level]}`, String(counts[level])]))
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
    '### Findings by rule',
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
  return lines.join('\n') + '\n'
}

function identitySection(input: SummaryInput, budget: number): string {
  const title = '### Who runs as whom'
  const kube = input.identities.filter((id) => id.runtime === undefined)
  const docker = input.identities.filter((id) => id.runtime === 'docker')
  if (!kube.length && !docker.length)
    return `${title}\n\nNo workloads: nothing in the scanned files runs a container.\n`
  const more = (n: number) =>
    `…and ${plural(n, 'more container')} (the summary is limited to 1 MiB).`
  let out = ''
  if (kube.length) {
    const head = [
      title,
      '',
      row(['Workload', 'Container', 'Image', 'Built from', 'User', 'Kubelet']),
      row(['---', '---', '---', '---', '---', '---']),
    ].join('\n')
    const share = docker.length ? Math.floor(budget / 2) : budget
    out = fitRows(
      head,
      kube.map((id) => identityRow(id, input)),
      share,
      more,
    )
  }
  if (docker.length) {
    const head = [
      kube.length
        ? '#### Docker, Compose and workflow jobs'
        : `${title} (Docker, Compose and workflow jobs)`,
      '',
      row(['Started by', 'Image', 'Built from', 'User', 'Docker', 'Host access']),
      row(['---', '---', '---', '---', '---', '---']),
    ].join('\n')
    out +=
      (out ? '\n' : '') +
      fitRows(
        head,
        docker.map((id) => dockerRow(id, input)),
        budget - bytes(out),
        more,
      )
  }
  return out
}

const DOCKER_VERDICT: Record<ContainerIdentity['verdict']['kind'], string> = {
  starts: '✅ starts',
  refused: '❌ fails to start',
  'runs-as-root': '⚠️ starts as root',
  unknown: '❔ unknown',
}

function builtCell(id: ContainerIdentity, input: SummaryInput): string {
  if (!id.build) return '—'
  const df = input.repoPath(id.build.dockerfile)
  let built = link(md(id.build.dockerfile), df && input.links.lines(df))
  if (id.build.target) built += ` target ${code(id.build.target)}`
  return `${built}<br>${md(id.build.evidence)}${id.build.confidence === 'low' ? ' (low confidence)' : ''}`
}

function userCell(id: ContainerIdentity): string {
  const sources = [`uid: ${id.user.uidSource}`]
  if (id.user.gidSource) sources.push(`gid: ${id.user.gidSource}`)
  return `${code(id.user.display)}<br>${sources.map(md).join('<br>')}`
}

function dockerRow(id: ContainerIdentity, input: SummaryInput): string {
  const r = id.workload.range
  const where = input.repoPath(r.file)
  const started = link(
    md(id.docker?.startedBy ?? id.workload.name ?? '?'),
    where && input.links.lines(where, r.startLine, r.endLine),
  )
  const verdict =
    id.verdict.kind === 'starts'
      ? DOCKER_VERDICT.starts
      : `${DOCKER_VERDICT[id.verdict.kind]}: ${md(id.verdict.message)}`
  const access = id.docker?.privileges.length ? id.docker.privileges.map(md).join('<br>') : '—'
  return row([
    started,
    id.image ? code(id.image) : '—',
    builtCell(id, input),
    userCell(id),
    verdict,
    access,
  ])
}

function identityRow(id: ContainerIdentity, input: SummaryInput): string {
  const w = id.workload
  const name = `${w.kind}/${w.namespace ? `${w.namespace}/` : ''}${w.name ?? '?'}`
  const where = input.repoPath(w.range.file)
  const workload = link(
    md(name),
    where && input.links.lines(where, w.range.startLine, w.range.endLine),
  )
  const container =
    id.group === 'containers'
      ? code(id.container)
      : `${code(id.container)} (${md(groupLabel(id.group))})`
  const built = builtCell(id, input)
  const user = userCell(id)
  const verdict =
    id.verdict.kind === 'starts'
      ? VERDICT.starts
      : `${VERDICT[id.verdict.kind]}: ${md(id.verdict.message)}`
  return row([workload, container, id.image ? code(id.image) : '—', built, user, verdict])
}

function groupLabel(group: ContainerIdentity['group']): string {
  return group === 'initContainers' ? 'init' : 'ephemeral'
}

function findingsSection(
  input: SummaryInput,
  reported: readonly Finding[],
  budget: number,
): string {
  if (!reported.length) return '### Findings\n\nNo findings to report.\n'
  const byFile = new Map<string, Finding[]>()
  for (const f of reported) {
    const list = byFile.get(f.range.file) ?? []
    list.push(f)
    byFile.set(f.range.file, list)
  }
  const parts = ['### Findings by file\n']
  let used = bytes(parts[0])
  let shownFiles = 0
  let shownFindings = 0
  for (const [file, list] of byFile) {
    const { head, rows } = fileBlock(file, list, input)
    const block = [head, ...rows].join('\n') + '\n'
    if (used + bytes(block) + 1 <= budget) {
      parts.push(block)
      used += bytes(block) + 1
      shownFiles++
      shownFindings += list.length
      continue
    }
    // The first file that does not fit still shows the rows that do.
    let partial = head
    let n = 0
    while (n < rows.length && used + bytes(partial) + bytes(rows[n]) + 2 <= budget) {
      partial += '\n' + rows[n]
      n++
    }
    if (n > 0) {
      parts.push(partial + '\n')
      shownFindings += n
    }
    break
  }
  const hidden = reported.length - shownFindings
  if (hidden > 0) {
    const where = input.sarifFile ? ` All findings are in ${code(input.sarifFile)}.` : ''
    parts.push(
      `…${plural(hidden, 'more finding')} in ${plural(byFile.size - shownFiles, 'file')} not shown: the job summary is limited to 1 MiB.${where}\n`,
    )
  }
  return parts.join('\n')
}

function fileBlock(
  file: string,
  list: readonly Finding[],
  input: SummaryInput,
): { head: string; rows: string[] } {
  const repoFile = input.repoPath(file)
  const head = [
    `#### ${link(md(repoFile ?? file), repoFile && input.links.lines(repoFile))}`,
    '',
    row(['Line', 'Level', 'Rule', 'Message']),
    row(['---:', '---', '---', '---']),
  ].join('\n')
  const rows: string[] = []
  for (const f of list) {
    const r = f.range
    const end = Math.max(r.endLine, r.startLine)
    const lineLink = link(
      String(r.startLine),
      repoFile && input.links.lines(repoFile, r.startLine, end),
    )
    let message = md(f.message)
    for (const rel of f.related) {
      const relFile = input.repoPath(rel.range.file)
      const at = `${rel.range.file}:${rel.range.startLine}`
      const relLink = link(
        md(at),
        relFile &&
          input.links.lines(
            relFile,
            rel.range.startLine,
            Math.max(rel.range.endLine, rel.range.startLine),
          ),
      )
      message += `<br>↳ ${relLink} ${md(rel.message)}`
    }
    rows.push(
      row([
        lineLink,
        `${LEVEL_ICON[f.level]} ${f.level}`,
        link(code(f.ruleId), ruleDocsUrl(f.ruleId)),
        message,
      ]),
    )
  }
  return { head, rows }
}

function noticesSection(notices: readonly Notice[]): string {
  if (!notices.length) return ''
  const lines = ['### Scan notices', '']
  for (const n of notices.slice(0, MAX_NOTICES)) {
    const where = n.range ? `${code(`${n.range.file}:${n.range.startLine}`)} ` : ''
    lines.push(`- ${n.level}: ${where}${md(n.message)}`)
  }
  if (notices.length > MAX_NOTICES)
    lines.push(`- …and ${plural(notices.length - MAX_NOTICES, 'more notice')} in the step log.`)
  return lines.join('\n') + '\n'
}

/** A table head and as many rows as the budget holds, then a line counting the rest. */
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
  if (i < rows.length) text += `\n${more(rows.length - i)}\n`
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
