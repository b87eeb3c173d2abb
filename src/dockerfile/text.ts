import type { SourceRange } from '../core/range.js'

/**
 * Offsets of line starts in a file, to turn character offsets into 1-based
 * line/column ranges. Built once per file; lookups are binary searches.
 */
export class LineIndex {
  private readonly starts: number[]

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const starts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    this.starts = starts
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const s = this.starts
    let lo = 0
    let hi = s.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (s[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Range of [start, end) offsets; columns are 1-based, end exclusive. */
  range(start: number, end: number): SourceRange {
    const sl = this.lineOf(start)
    const el = end <= start ? sl : this.lineOf(end - 1)
    const endColumn = end <= start ? start - this.starts[sl] + 1 : end - 1 - this.starts[el] + 2
    return {
      file: this.file,
      startLine: sl + 1,
      startColumn: start - this.starts[sl] + 1,
      endLine: el + 1,
      endColumn,
    }
  }

  lineCount(): number {
    return this.starts.length
  }
}

/**
 * Text assembled from pieces of a file (an instruction with its line
 * continuations and in-continuation comments removed), with a map from each
 * position in the assembled text back to its offset in the file.
 */
export class MappedText {
  /** Logical start of each piece, ascending. */
  private readonly logical: number[]
  /** File offset of each piece's first character. */
  private readonly physical: number[]

  constructor(
    readonly text: string,
    logical: number[],
    physical: number[],
  ) {
    this.logical = logical
    this.physical = physical
  }

  /** A text that is one contiguous stretch of the file starting at `offset`. */
  static contiguous(text: string, offset: number): MappedText {
    return new MappedText(text, [0], [offset])
  }

  /** File offset of the character at logical position `i`. */
  offsetAt(i: number): number {
    const l = this.logical
    let lo = 0
    let hi = l.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (l[mid] <= i) lo = mid
      else hi = mid - 1
    }
    return this.physical[lo] + (i - l[lo])
  }

  /** File offsets [start, end) covering logical [start, end). */
  span(start: number, end: number): [number, number] {
    if (end <= start) {
      const o = this.offsetAt(start)
      return [o, o]
    }
    return [this.offsetAt(start), this.offsetAt(end - 1) + 1]
  }

  /** A sub-text [start, end) that keeps the mapping. */
  slice(start: number, end: number): MappedText {
    const logical: number[] = []
    const physical: number[] = []
    logical.push(0)
    physical.push(this.offsetAt(start))
    for (let k = 0; k < this.logical.length; k++) {
      const l = this.logical[k]
      if (l > start && l < end) {
        logical.push(l - start)
        physical.push(this.physical[k])
      }
    }
    return new MappedText(this.text.slice(start, end), logical, physical)
  }
}
