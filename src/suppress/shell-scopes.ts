/**
 * Suppression comments in shell scripts and Makefiles: `# kube-whoami ignore=RULE` on the
 * line(s) directly above a command covers the whole command (its `\` continuation lines
 * included); at the end of a command's line it covers that command; `ignore-file=`
 * anywhere covers the file. A blank line between the comment and the command breaks the
 * link, as in YAML and Dockerfiles.
 */
import type { SourceRange } from '../core/range.js'
import { isMalformed, parseDirective } from './directive.js'
import type { FileScopes } from './types.js'

/** Where a `#` comment starts on a line (at a word start, outside quotes); -1 when none. */
function commentStart(text: string): number {
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (quote === '"' && ch === '\\') i++
      else if (ch === quote) quote = ''
      continue
    }
    if (ch === '\\') {
      i++
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) return i
  }
  return -1
}

const isComment = (line: string) => line.trim().startsWith('#')
const continues = (line: string) => /(^|[^\\])(\\\\)*\\$/.test(line.trimEnd())

/** Last line (index) of the command that starts at `start`. */
function commandEnd(lines: string[], start: number): number {
  let end = start
  while (end + 1 < lines.length && continues(lines[end])) end++
  return end
}

export function shellScopes(file: string, text: string): FileScopes {
  const out: FileScopes = { scopes: [], malformed: [] }
  if (!text.includes('kube-whoami')) return out
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line.includes('kube-whoami')) continue
    const at = commentStart(line)
    if (at < 0) continue
    const body = line.slice(at + 1)
    if (!body.trimStart().startsWith('kube-whoami')) continue
    const parsed = parseDirective(body)
    if (!parsed) continue
    const range: SourceRange = {
      file,
      startLine: i + 1,
      startColumn: at + 1,
      endLine: i + 1,
      endColumn: line.trimEnd().length + 1,
    }
    if (isMalformed(parsed)) {
      out.malformed.push({ text: parsed.malformed, range, file })
      continue
    }
    const scope = { via: 'comment' as const, directive: parsed, range, file }
    if (parsed.form === 'ignore-file') {
      out.scopes.push({
        ...scope,
        startLine: 1,
        endLine: Number.MAX_SAFE_INTEGER,
        covers: 'the whole file',
        anchor: '',
      })
      continue
    }
    if (!isComment(line)) {
      // At the end of a command's line: the command that line starts (or continues).
      let start = i
      while (start > 0 && continues(lines[start - 1])) start--
      out.scopes.push({
        ...scope,
        startLine: start + 1,
        endLine: commandEnd(lines, i) + 1,
        covers: 'the command on its line',
        anchor: lines[start].trim(),
      })
      continue
    }
    let next = i + 1
    while (next < lines.length && isComment(lines[next])) next++
    if (next >= lines.length || lines[next].trim() === '') {
      out.scopes.push({
        ...scope,
        startLine: i + 1,
        endLine: i + 1,
        covers: 'nothing (a blank line or the end of the file follows it)',
        anchor: line.trim(),
      })
      continue
    }
    out.scopes.push({
      ...scope,
      startLine: next + 1,
      endLine: commandEnd(lines, next) + 1,
      covers: 'the command below it',
      anchor: lines[next].trim(),
    })
  }
  return out
}
