import type { SourceRange } from '../core/range.js'
import { pushAll } from '../core/arrays.js'

/** One thing wrong with the configuration or an option, at the line to edit when known. */
export interface ConfigProblem {
  message: string
  range?: SourceRange
}

/**
 * An invalid configuration file or option: a usage error (exit code 2). It carries every
 * problem found, so that one run lists all of them; `message` is one line per problem.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[]

  constructor(message: string, range?: SourceRange) {
    super(formatProblem({ message, range }))
    this.name = 'ConfigError'
    this.problems = [{ message, range }]
  }

  /** The first problem's position (annotations point there). */
  get range(): SourceRange | undefined {
    return this.problems[0]?.range
  }

  /** One error for several problems, in file order (problems without a position first). */
  static of(problems: readonly ConfigProblem[]): ConfigError {
    const sorted = [...problems].sort(
      (a, b) =>
        (a.range ? 1 : 0) - (b.range ? 1 : 0) ||
        (a.range && b.range
          ? a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn
          : 0),
    )
    // A configuration can hold any number of mistakes (32,000 unknown rules): the first ones say it.
    if (sorted.length > MAX_PROBLEMS) {
      const more = sorted.length - MAX_PROBLEMS
      sorted.length = MAX_PROBLEMS
      sorted.push({ message: `and ${more} more problems like these` })
    }
    const e = new ConfigError(sorted[0].message, sorted[0].range)
    ;(e as { problems: readonly ConfigProblem[] }).problems = sorted
    e.message = sorted.map(formatProblem).join('\n')
    return e
  }
}

/** Problems one ConfigError lists. */
const MAX_PROBLEMS = 100

export function formatProblem(p: ConfigProblem): string {
  return p.range
    ? `${p.range.file}:${p.range.startLine}:${p.range.startColumn}: ${p.message}`
    : p.message
}

/**
 * Runs each check, collecting ConfigErrors instead of stopping at the first; throws one
 * ConfigError with all their problems at the end.
 */
export class ProblemCollector {
  private readonly problems: ConfigProblem[] = []

  check(fn: () => void): void {
    try {
      fn()
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e
      pushAll(this.problems, e.problems)
    }
  }

  add(message: string, range?: SourceRange): void {
    this.problems.push({ message, range })
  }

  get count(): number {
    return this.problems.length
  }

  throwIfAny(): void {
    if (this.problems.length) throw ConfigError.of(this.problems)
  }
}

/** The closest candidate by edit distance, for "did you mean" hints. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  const limit = Math.max(2, Math.floor(word.length / 3))
  for (const c of candidates) {
    // The distance is at least the difference in length: a 1 MB key is compared with nothing.
    if (Math.abs(word.length - c.length) > limit) continue
    const d = editDistance(word.toLowerCase(), c.toLowerCase())
    if (d < bestScore) {
      bestScore = d
      best = c
    }
  }
  return best !== undefined && bestScore <= limit ? best : undefined
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]
}
