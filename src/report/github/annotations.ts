/**
 * Findings as workflow-command annotations, which GitHub shows on the pull request's diff
 * without code scanning and without any token. The runner keeps at most 10 annotations per
 * level per step (and 50 per job) and drops the rest silently, so the most important ones
 * are emitted first (report/rank.ts: kubelet refusals, root, baseline violations, the rest)
 * and the caller is told how many were left out.
 */
import type { Finding, Level } from '../../core/finding.js'
import { ruleDocsUrl } from '../../core/project.js'
import type { SourceRange } from '../../core/range.js'
import { rankFindings } from '../rank.js'
import { annotationCommand } from '../severity.js'
import { workflowCommand } from './commands.js'

/** Annotations of one level that GitHub shows for one step. */
export const ANNOTATIONS_PER_LEVEL = 10

const LEVELS: readonly Level[] = ['error', 'warning', 'note']

export interface AnnotationOptions {
  /** The file relative to the repository root, or undefined when it lies outside the repository. */
  repoPath(file: string): string | undefined
  ruleTitle?(ruleId: string): string | undefined
  /** Within a level, higher goes first, before the impact order (e.g. findings in changed files). */
  priority?(finding: Finding): number
  /** A rule's security severity: within an impact, higher goes first. */
  severity?(ruleId: string): number
  /** Slots per level this step uses for its own messages (the failure message, a warning). */
  reserved?: Partial<Record<Level, number>>
  /** Annotations per level; GitHub's limit unless a test says otherwise. */
  limit?: number
}

export interface AnnotationPlan {
  /** Command lines to print, most important first. */
  lines: string[]
  shown: Record<Level, number>
  total: Record<Level, number>
}

function zero(): Record<Level, number> {
  return { error: 0, warning: 0, note: 0 }
}

/** Picks and formats the annotations for unsuppressed findings, within GitHub's limits. */
export function planAnnotations(
  findings: readonly Finding[],
  options: AnnotationOptions,
): AnnotationPlan {
  const limit = options.limit ?? ANNOTATIONS_PER_LEVEL
  // Kubelet refusals, then root, then baseline violations: never crowded out by hardening advice.
  const ranked = rankFindings(
    findings.filter((f) => !f.suppression),
    { priority: options.priority, severity: options.severity },
  )
  const total = zero()
  const shown = zero()
  const lines: string[] = []
  for (const f of ranked) {
    total[f.level]++
    const room = Math.max(0, limit - (options.reserved?.[f.level] ?? 0))
    if (shown[f.level] >= room) continue
    shown[f.level]++
    lines.push(annotationFor(f, options))
  }
  return { lines, shown, total }
}

/** One annotation: the finding's range in repository terms, a title, and the whole message. */
export function annotationFor(
  f: Finding,
  options: Pick<AnnotationOptions, 'repoPath' | 'ruleTitle'>,
): string {
  const file = options.repoPath(f.range.file)
  const title = options.ruleTitle?.(f.ruleId)
  const lines = [file ? f.message : `${f.range.file}:${f.range.startLine}: ${f.message}`]
  for (const r of f.related) lines.push(`↳ ${where(r.range, options.repoPath)}: ${r.message}`)
  lines.push(`${f.ruleId}: ${ruleDocsUrl(f.ruleId)}`)
  return workflowCommand(
    annotationCommand(f.level),
    file
      ? [['file', file], ...position(f.range), ['title', titleOf(f.ruleId, title)]]
      : [['title', titleOf(f.ruleId, title)]],
    lines.join('\n'),
  )
}

function titleOf(ruleId: string, title: string | undefined): string {
  return title ? `${title} (${ruleId})` : `kube-whoami: ${ruleId}`
}

/**
 * Line and column properties. Columns only make sense on a one-line annotation (the runner
 * ignores them otherwise); the end column is inclusive there, while SourceRange's is not.
 */
function position(r: SourceRange): Array<[string, number | undefined]> {
  const endLine = Math.max(r.endLine, r.startLine)
  if (endLine !== r.startLine)
    return [
      ['line', r.startLine],
      ['endLine', endLine],
    ]
  return [
    ['line', r.startLine],
    ['col', r.startColumn],
    ['endLine', endLine],
    ['endColumn', Math.max(r.startColumn, r.endColumn - 1)],
  ]
}

function where(r: SourceRange, repoPath: (file: string) => string | undefined): string {
  return `${repoPath(r.file) ?? r.file}:${r.startLine}`
}

/** "12 errors and 3 warnings were not shown as annotations ...", or undefined when all were. */
export function hiddenAnnotationsText(plan: AnnotationPlan): string | undefined {
  const parts: string[] = []
  for (const level of LEVELS) {
    const hidden = plan.total[level] - plan.shown[level]
    if (hidden > 0) parts.push(`${hidden} ${level}${hidden === 1 ? '' : 's'}`)
  }
  if (!parts.length) return undefined
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]
  return `${list} not shown as annotations: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level for a step.`
}
