/**
 * Template errors: one class for parse and execution failures, whose message is Go's text
 * (`template: NAME:LINE: ...` for parse errors, `template: FILE:LINE:COL: executing "NAME"
 * at <...>: ...` for execution errors), so callers can print them as helm does.
 */
export type TemplateErrorKind = 'parse' | 'exec'

export class TemplateError extends Error {
  override name = 'TemplateError'

  constructor(
    message: string,
    readonly kind: TemplateErrorKind,
    /** The template being parsed (its parse name) or executed (its own name). */
    readonly template: string,
    /** The source (file) name the failing node was parsed under, when known. */
    readonly source: string | undefined,
    /** 1-based line, 0 when unknown. */
    readonly line: number,
    /** Go's column: the 0-based byte offset within the line (exec errors only; 0 otherwise). */
    readonly col: number,
  ) {
    super(message)
  }
}
