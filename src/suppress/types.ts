import type { SourceRange } from '../core/range.js'
import type { Directive } from './directive.js'

/** A suppression comment found in a file, with the lines it covers. */
export interface CommentScope {
  via: 'comment'
  directive: Directive
  /** Where the comment is written. */
  range: SourceRange
  file: string
  /** Lines covered, inclusive; `ignore-file` covers every line. */
  startLine: number
  endLine: number
  /** What the comment covers, for messages and identities: `the next line`, `the whole file`... */
  covers: string
  /** The first covered line's text, trimmed: a line-independent anchor for identities. */
  anchor: string
}

/** A comment that starts like a directive but does not parse. */
export interface MalformedComment {
  text: string
  range: SourceRange
  file: string
}

export interface FileScopes {
  scopes: CommentScope[]
  malformed: MalformedComment[]
}
