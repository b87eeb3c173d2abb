/**
 * Terminal output in the style of ESLint's stylish formatter: findings grouped by file,
 * `line:col  level  message  rule-id`, related locations beneath, totals at the end.
 * Colour only when asked (the CLI asks when stdout is a TTY).
 */
import type { Finding, Level, Notice } from '../core/finding.js'
import { ruleDocsUrl } from '../core/project.js'
import { countByLevel } from './filter.js'
import { maxOf } from '../core/arrays.js'

export interface TextOptions {
  color?: boolean
  /** Print each rule's documentation link once, after the findings. */
  links?: boolean
}

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

export function toText(
  findings: readonly Finding[],
  notices: readonly Notice[],
  options: TextOptions = {},
): string {
  const paint = painter(options.color ?? false)
  const visible = findings.filter((f) => !f.suppression)
  const byFile = new Map<string, Finding[]>()
  for (const f of visible) {
    const list = byFile.get(f.range.file) ?? []
    list.push(f)
    byFile.set(f.range.file, list)
  }
  const lines: string[] = []
  for (const [file, list] of byFile) {
    lines.push('', paint('underline', file))
    const posWidth = Math.max(
      ...list.map((f) => `${f.range.startLine}:${f.range.startColumn}`.length),
    )
    for (const f of list) {
      const pos = `${f.range.startLine}:${f.range.startColumn}`.padEnd(posWidth)
      const level = paint(LEVEL_STYLE[f.level], f.level.padEnd(7))
      lines.push(`  ${paint('gray', pos)}  ${level}  ${f.message}  ${paint('gray', f.ruleId)}`)
      for (const r of f.related) {
        lines.push(
          `  ${' '.repeat(posWidth)}  ${' '.repeat(7)}  ${paint('gray', `↳ ${r.range.file}:${r.range.startLine}:${r.range.startColumn}`)} ${r.message}`,
        )
      }
    }
  }
  if (notices.length) {
    lines.push('', paint('bold', 'Notices'))
    for (const n of notices) {
      const where = n.range ? `${n.range.file}:${n.range.startLine}: ` : ''
      lines.push(`  ${paint(LEVEL_STYLE[n.level], n.level.padEnd(7))}  ${where}${n.message}`)
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
  if (options.links && total) {
    const ids = [...new Set(visible.map((f) => f.ruleId))].sort()
    lines.push('', paint('bold', 'Rules'))
    for (const id of ids)
      lines.push(
        `  ${id.padEnd(maxOf(ids.map((i) => i.length)))}  ${paint('gray', ruleDocsUrl(id))}`,
      )
  }
  return lines.join('\n').replace(/^\n/, '') + '\n'
}
