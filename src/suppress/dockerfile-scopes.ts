/**
 * Suppression comments in Dockerfiles, as hadolint places its `ignore=` pragma: on the
 * line(s) directly above an instruction, covering the whole instruction (continuation
 * lines and here-documents included); `ignore-file=` anywhere covers the file. A `#` after
 * an instruction's text is part of the instruction in a Dockerfile, never a comment.
 */
import { lexDockerfile } from '../dockerfile/lexer.js'
import { isMalformed, parseDirective } from './directive.js'
import type { FileScopes } from './types.js'

function lineStarts(text: string): number[] {
  const out = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1)
  return out
}

/** 0-based line of an offset (binary search over line starts). */
function lineOf(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

export function dockerfileScopes(file: string, text: string): FileScopes {
  const out: FileScopes = { scopes: [], malformed: [] }
  if (!text.includes('kube-whoami')) return out
  const lexed = lexDockerfile(text)
  const starts = lineStarts(text)
  const commentLines = new Set(lexed.comments.map((c) => lineOf(starts, c.start)))
  const instructions = lexed.instructions.map((ins) => ({
    start: lineOf(starts, ins.start),
    end: lineOf(starts, Math.max(ins.start, ins.end - 1)),
  }))
  for (const c of lexed.comments) {
    const parsed = parseDirective(c.text.replace(/^#/, ''))
    if (!parsed) continue
    const line = lineOf(starts, c.start)
    const col = c.start - starts[line]
    const range = {
      file,
      startLine: line + 1,
      startColumn: col + 1,
      endLine: line + 1,
      endColumn: col + 1 + c.text.trimEnd().length,
    }
    if (isMalformed(parsed)) {
      out.malformed.push({ text: parsed.malformed, range, file })
      continue
    }
    const base = { via: 'comment' as const, directive: parsed, range, file }
    if (parsed.form === 'ignore-file') {
      out.scopes.push({
        ...base,
        startLine: 1,
        endLine: Number.MAX_SAFE_INTEGER,
        covers: 'the whole file',
        anchor: '',
      })
      continue
    }
    // The instruction below, with only comment lines between (a blank line breaks the link).
    let next = line + 1
    while (commentLines.has(next)) next++
    const ins = instructions.find((i) => i.start === next)
    if (!ins) {
      out.scopes.push({
        ...base,
        startLine: line + 1,
        endLine: line + 1,
        covers: 'nothing (no instruction directly below it)',
        anchor: c.text.trim(),
      })
      continue
    }
    const lineText = text.slice(starts[ins.start], starts[ins.start + 1] ?? text.length)
    out.scopes.push({
      ...base,
      startLine: ins.start + 1,
      endLine: ins.end + 1,
      covers: 'the instruction below it',
      anchor: lineText.trim(),
    })
  }
  return out
}
