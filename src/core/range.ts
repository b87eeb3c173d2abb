/**
 * A span of text in a file a person edits. Lines and columns are 1-based;
 * `endColumn` is exclusive (the column after the last character), as SARIF
 * wants it. `file` is relative to the scanned root, with forward slashes.
 */
export interface SourceRange {
  file: string
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/** A secondary place that explains a finding (the Dockerfile USER line, the template line). */
export interface RelatedLocation {
  range: SourceRange
  message: string
}

/**
 * Where a rendered value came from. `template` is the template text that emitted
 * it; `value` is set when the text came from a chart value: the values-file range of
 * the key that won the merge, or the `--set` argument that set it.
 */
export interface Origin {
  template?: SourceRange
  value?: ValueOrigin
}

export interface ValueOrigin {
  /** The values file range (key and value) of the winning value. */
  range?: SourceRange
  /** The `--set`/`--set-string`/... argument text when the value came from the command line or config. */
  setArgument?: string
}

export function rangeToString(r: SourceRange): string {
  return `${r.file}:${r.startLine}:${r.startColumn}`
}

/** A zero-width range at the start of a file, for problems that concern a whole file. */
export function fileStart(file: string): SourceRange {
  return { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
}

export function compareRanges(a: SourceRange, b: SourceRange): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.startLine - b.startLine || a.startColumn - b.startColumn
}
