/**
 * How deep YAML nests, found before parsing it: the readers recurse per level, and a document
 * nested 100,000 levels deep must be an error at its place, not a stack overflow. go-yaml (what
 * Kubernetes and helm read YAML with) refuses more than 10,000 levels of flow or block nesting.
 */

/** go-yaml's limit and its message (after `yaml: `). */
export const GO_YAML_MAX_DEPTH = 10_000
export const GO_YAML_DEPTH_MESSAGE = `exceeded max depth of ${GO_YAML_MAX_DEPTH}`

/**
 * The offset where flow or block nesting first passes `max`, if it does: a linear look at
 * brackets outside quotes and comments, and at indentation (two spaces a level).
 */
export function nestingPasses(source: string, max: number): number | undefined {
  let flow = 0
  let quote = ''
  let lineStart = true
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (lineStart) {
      let j = i
      while (source[j] === ' ') j++
      if (j - i > max * 2 && source[j] !== '\n' && source[j] !== '#') return j
      lineStart = false
    }
    if (c === '\n') {
      lineStart = true
      if (!quote || quote === '"' || quote === "'") continue
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = ''
      continue
    }
    if (c === '"' || c === "'") quote = c
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
      while (i < source.length && source[i] !== '\n') i++
      lineStart = true
    } else if (c === '[' || c === '{') {
      if (++flow > max) return i
    } else if ((c === ']' || c === '}') && flow > 0) flow--
  }
  return undefined
}
