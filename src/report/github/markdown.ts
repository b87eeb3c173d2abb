/**
 * GitHub-flavoured Markdown pieces for the job summary. Text from the scanned repository
 * (messages, names, paths) is escaped so that it renders as written and cannot add links,
 * HTML or table columns.
 */

/** Inline text: Markdown and HTML punctuation escaped, line breaks flattened. */
export function md(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/\r?\n|\r/g, ' ')
}

/** A code span; falls back to escaped text when the value holds a backtick. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ')
  if (flat.includes('`')) return md(flat)
  return '`' + flat.replace(/\|/g, '\\|') + '`'
}

/** A link whose text is escaped and whose target cannot close the link early. */
export function link(text: string, url: string | undefined): string {
  if (!url) return text
  return `[${text}](${url.replace(/[()\s<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))})`
}

/** A table row from already-formatted cells. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
