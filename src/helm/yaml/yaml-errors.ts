/**
 * libyaml's wording and line numbers for the syntax errors the `yaml` package reports.
 */

/**
 * go-yaml's message for a syntax error the `yaml` package found. libyaml words and places
 * its errors differently from the `yaml` package, so this maps the common cases: the
 * problem text libyaml uses for that situation, and the line it reports. go-yaml prints
 * a scanner error's 0-based line plus one and a parser error's 0-based line as is, and
 * omits "line N: " when that line is 0.
 */
export function goYamlError(source: string, code: string, message: string, pos: number): string {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const lineAt = (off: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid] <= off) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  // The scanner moves the end of the stream to a new line when the last one is not empty.
  const eofLine = lineStarts.length - 1 + (source.length > 0 && !source.endsWith('\n') ? 1 : 0)
  const atEnd = source.slice(pos).trim() === ''
  const scanner = (l0: number, problem: string): string =>
    (l0 === 0 ? '' : `line ${l0 + 1}: `) + problem
  const parser = (l0: number, problem: string): string => (l0 === 0 ? '' : `line ${l0}: `) + problem
  const lineText = (l0: number): string =>
    source.slice(lineStarts[l0], lineStarts[l0 + 1] ?? source.length)
  const indentOf = (t: string): number => t.length - t.replace(/^ +/, '').length

  // A block collection ended by a line that is neither an item nor a key.
  const structure = (): string => {
    const l0 = lineAt(pos)
    const text = lineText(l0)
    let problem = 'did not find expected key'
    if (!/^\s*-(\s|$)/.test(text)) {
      for (let l = l0 - 1; l >= 0; l--) {
        const prev = lineText(l)
        if (/^\s*(#.*)?$/.test(prev)) continue
        if (indentOf(prev) <= indentOf(text)) {
          if (/^\s*-(\s|$)/.test(prev)) problem = "did not find expected '-' indicator"
          break
        }
      }
    }
    return parser(l0, problem)
  }
  const flow = (close: string): string =>
    parser(atEnd ? eofLine : lineAt(pos), `did not find expected ',' or '${close}'`)

  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const colon = /:(?=[ \t\r\n]|$)/g
      colon.lastIndex = pos
      const m = colon.exec(source)
      return m
        ? scanner(lineAt(m.index), 'mapping values are not allowed in this context')
        : structure()
    }
    case 'TAB_AS_INDENT': {
      const l0 = lineAt(pos)
      const prev = l0 > 0 ? lineText(l0 - 1).trimEnd() : ''
      const afterPlain = prev !== '' && !/[:|>-]$/.test(prev) && !/^\s*#/.test(prev)
      return scanner(
        l0,
        afterPlain
          ? 'found a tab character that violates indentation'
          : 'found character that cannot start any token',
      )
    }
    case 'BAD_SCALAR_START':
      return scanner(lineAt(pos), 'found character that cannot start any token')
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
      if (/quote/i.test(message)) return scanner(eofLine, 'found unexpected end of stream')
      if (/flow seq/i.test(message)) return flow(']')
      if (/flow map/i.test(message)) return flow('}')
      if (/implicit map keys/i.test(message)) {
        const next = /\S/g
        next.lastIndex = lineStarts[lineAt(pos) + 1] ?? source.length
        const m = next.exec(source)
        return scanner(m ? lineAt(m.index) : eofLine, "could not find expected ':'")
      }
      return structure()
    case 'UNEXPECTED_TOKEN':
      return structure()
    default:
      return scanner(lineAt(pos), message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim())
  }
}
