/**
 * Suppression comments in YAML and in Helm templates, and the lines each one covers,
 * worked out from indentation alone so that templates (which are not YAML until rendered)
 * get the same rules as manifests and values files:
 *
 * - at the end of a line: the node that starts on that line, with everything nested in it;
 * - on its own line: the node on the next line (comment lines in between are skipped);
 *   before the first node of a document: the whole document;
 * - on a `---` line: the document it starts;
 * - `ignore-file=`: the whole file.
 *
 * Lines holding only template actions (`{{- if .Values.x }}`) neither start nor end a node.
 */
import type { SourceRange } from '../core/range.js'
import { isMalformed, parseDirective } from './directive.js'
import type { FileScopes } from './types.js'

type Kind = 'blank' | 'comment' | 'template' | 'docstart' | 'content'

interface Line {
  kind: Kind
  indent: number
  text: string
  /** Column (0-based) of the comment holding a directive, when the line has one. */
  commentAt?: number
  commentBody?: string
}

const TEMPLATE_ONLY_RE = /^\s*(\{\{.*?\}\}\s*)+$/
const TEMPLATE_COMMENT_RE = /\{\{-?\s*\/\*([\s\S]*?)\*\/\s*-?\}\}/

function classify(text: string): Line {
  const indent = text.length - text.trimStart().length
  const trimmed = text.trim()
  if (!trimmed) return { kind: 'blank', indent, text }
  if (/^(---|\.\.\.)(\s|$)/.test(text)) return { kind: 'docstart', indent: 0, text }
  if (trimmed.startsWith('#')) return { kind: 'comment', indent, text }
  if (TEMPLATE_ONLY_RE.test(text)) {
    const c = TEMPLATE_COMMENT_RE.exec(text)
    if (c && c[0].length === trimmed.length) return { kind: 'comment', indent, text }
    return { kind: 'template', indent, text }
  }
  return { kind: 'content', indent, text }
}

/** Where a `#` comment starts on a line, outside quotes; -1 when there is none. */
function commentStart(text: string): number {
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (quote === '"' && ch === '\\') i++
      else if (ch === quote) quote = ''
      continue
    }
    if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return i
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s:[{,-]/.test(text[i - 1]))) quote = ch
  }
  return -1
}

/** The directive comment of a line, if any: `#` comments and Go template comments. */
function findComment(line: Line): { at: number; body: string } | undefined {
  if (!line.text.includes('kube-whoami')) return undefined
  const hash = commentStart(line.text)
  if (
    hash >= 0 &&
    line.text
      .slice(hash + 1)
      .trimStart()
      .startsWith('kube-whoami')
  )
    return { at: hash, body: line.text.slice(hash + 1) }
  const t = TEMPLATE_COMMENT_RE.exec(line.text)
  if (t && t[1].trimStart().startsWith('kube-whoami')) return { at: t.index, body: t[1] }
  return undefined
}

const isItem = (l: Line) => /^\s*-(\s|$)/.test(l.text)
/** `key:` with nothing after it but a comment: its value is on the following lines. */
const opensBlock = (l: Line) => /:\s*(#.*)?$/.test(l.text.slice(0, commentEnd(l)))

function commentEnd(l: Line): number {
  const c = commentStart(l.text)
  return c < 0 ? l.text.length : c
}

/** Last line (index) of the node starting at `start`. */
function blockEnd(lines: Line[], start: number): number {
  return continuedEnd(lines, indentEnd(lines, start))
}

/**
 * A shell command in a `run: |` block goes on past a line ending in `\`, whatever the
 * indentation of the lines that continue it.
 */
function continuedEnd(lines: Line[], end: number): number {
  while (end + 1 < lines.length && /(^|[^\\])(\\\\)*\\$/.test(lines[end].text.trimEnd())) end++
  return end
}

function indentEnd(lines: Line[], start: number): number {
  const base = lines[start].indent
  const item = isItem(lines[start])
  const sameIndentList = !item && opensBlock(lines[start])
  let end = start
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i]
    if (l.kind === 'blank' || l.kind === 'comment') continue
    if (l.kind === 'docstart') break
    if (l.indent > base) {
      end = i
      continue
    }
    if (l.kind === 'template') continue
    // `key:` followed by a list at the key's own indentation (valid YAML, common in charts).
    if (sameIndentList && l.indent === base && isItem(l)) {
      end = i
      continue
    }
    break
  }
  return end
}

function documentEnd(lines: Line[], start: number): number {
  let end = start
  for (let i = start; i < lines.length; i++) {
    if (lines[i].kind === 'docstart') break
    if (lines[i].kind !== 'blank') end = i
  }
  return end
}

/** Whether no node precedes line `i` in its document. */
function firstInDocument(lines: Line[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const k = lines[j].kind
    if (k === 'docstart') return true
    if (k === 'content' || k === 'template') return false
  }
  return true
}

/** The suppression comments of a YAML file or Helm template and the lines they cover. */
export function yamlScopes(file: string, text: string): FileScopes {
  const out: FileScopes = { scopes: [], malformed: [] }
  if (!text.includes('kube-whoami')) return out
  const lines = text.split(/\r?\n/).map(classify)
  const range = (i: number, col: number, len: number): SourceRange => ({
    file,
    startLine: i + 1,
    startColumn: col + 1,
    endLine: i + 1,
    endColumn: col + 1 + len,
  })
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const comment = findComment(line)
    if (!comment) continue
    const at = range(i, comment.at, line.text.trimEnd().length - comment.at)
    const parsed = parseDirective(comment.body.replace(/\*\/\s*-?\}\}.*$/, ''))
    if (!parsed) continue
    if (isMalformed(parsed)) {
      out.malformed.push({ text: parsed.malformed, range: at, file })
      continue
    }
    const scope = { via: 'comment' as const, directive: parsed, range: at, file }
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
    let start: number
    let end: number
    let covers: string
    if (line.kind === 'docstart') {
      start = i + 1
      end = documentEnd(lines, start)
      covers = 'the document'
    } else if (line.kind === 'content' || line.kind === 'template') {
      start = i
      end = blockEnd(lines, i)
      covers = end > start ? 'the node on its line' : 'its line'
    } else {
      let next = i + 1
      while (
        next < lines.length &&
        (lines[next].kind === 'comment' || lines[next].kind === 'template')
      )
        next++
      if (next >= lines.length || lines[next].kind !== 'content') {
        // Nothing directly below to cover: it will be reported as unused.
        start = end = i
        covers = 'nothing (a blank line or the end of the document follows it)'
      } else if (firstInDocument(lines, next)) {
        start = next
        end = documentEnd(lines, next)
        covers = 'the document'
      } else {
        start = next
        end = blockEnd(lines, next)
        covers = end > start ? 'the node below it' : 'the line below it'
      }
    }
    out.scopes.push({
      ...scope,
      startLine: start + 1,
      endLine: end + 1,
      covers,
      anchor: (lines[start]?.text ?? '').trim(),
    })
  }
  return out
}
