import type { SourceRange } from '../../core/range.js'

/** Offsets of line starts in a file, to turn [start, end) offsets into 1-based ranges. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1)
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length
  }

  range(start: number, end: number): SourceRange {
    const sl = this.lineOf(start)
    const el = end > start ? this.lineOf(end - 1) : sl
    return {
      file: this.file,
      startLine: sl + 1,
      startColumn: start - this.starts[sl] + 1,
      endLine: el + 1,
      endColumn: end > start ? end - this.starts[el] + 1 : start - this.starts[sl] + 1,
    }
  }
}
