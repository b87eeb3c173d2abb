/**
 * Splits shell text (scripts, Makefile recipes, workflow `run:` blocks) into simple
 * commands of raw words with their offsets. Only as much of sh as finding `docker build`
 * lines needs: quotes, `$(...)`, `${...}`, backticks, comments, line continuations,
 * command separators, redirections and here-documents (whose bodies are skipped).
 * Words stay raw (quotes included); expansion happens later, per word.
 */

export interface RawWord {
  text: string
  start: number
  end: number
}

export interface Redirect {
  op: string
  target: RawWord
}

export interface SimpleCommand {
  words: RawWord[]
  redirects: Redirect[]
  start: number
  end: number
}

const SEPARATORS = ['&&', '||', ';;', ';', '|&', '|', '&', '(', ')']
const REDIRECTS = ['<<<', '<<-', '&>>', '&>', '>>', '>&', '<&', '>|', '<>', '<<', '<', '>']

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r'
}

function isWordEnd(c: string | undefined): boolean {
  return (
    c === undefined ||
    isBlank(c) ||
    c === '\n' ||
    c === ';' ||
    c === '&' ||
    c === '|' ||
    c === '<' ||
    c === '>' ||
    c === '(' ||
    c === ')'
  )
}

/** Index just past the construct opened at `i` (`$(`, `${`, `` ` ``, quotes), bounded by the text. */
export function skipConstruct(s: string, i: number): number {
  const c = s[i]
  if (c === "'") {
    const j = s.indexOf("'", i + 1)
    return j < 0 ? s.length : j + 1
  }
  if (c === '"') {
    let j = i + 1
    while (j < s.length && s[j] !== '"') {
      if (s[j] === '\\') j += 2
      else if (s[j] === '$' && (s[j + 1] === '(' || s[j + 1] === '{')) j = skipConstruct(s, j + 1)
      else if (s[j] === '`') j = skipConstruct(s, j)
      else j++
    }
    return Math.min(j + 1, s.length)
  }
  if (c === '`') {
    let j = i + 1
    while (j < s.length && s[j] !== '`') j += s[j] === '\\' ? 2 : 1
    return Math.min(j + 1, s.length)
  }
  if (c === '(' || c === '{') {
    const close = c === '(' ? ')' : '}'
    let depth = 0
    let j = i
    while (j < s.length) {
      const ch = s[j]
      if (ch === c) {
        depth++
        j++
      } else if (ch === close) {
        depth--
        j++
        if (depth === 0) return j
      } else if (ch === '\\') j += 2
      else if (ch === "'" && c === '(') j = skipConstruct(s, j)
      else if (ch === '"') j = skipConstruct(s, j)
      else j++
    }
    return s.length
  }
  return i + 1
}

/** Splits `src` into simple commands. Never throws; unterminated constructs end at the text's end. */
export function splitCommands(src: string): SimpleCommand[] {
  const out: SimpleCommand[] = []
  let words: RawWord[] = []
  let redirects: Redirect[] = []
  let pendingRedirect: string | undefined
  const heredocs: { delim: string; strip: boolean }[] = []
  let i = 0

  const flush = (): void => {
    if (words.length || redirects.length) {
      const all = [...words, ...redirects.map((r) => r.target)]
      out.push({
        words,
        redirects,
        start: Math.min(...all.map((w) => w.start)),
        end: Math.max(...all.map((w) => w.end)),
      })
    }
    words = []
    redirects = []
    pendingRedirect = undefined
  }

  while (i < src.length) {
    const c = src[i]
    if (isBlank(c)) {
      i++
      continue
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2
      continue
    }
    if (c === '\n') {
      flush()
      i++
      // Here-document bodies follow the line that opened them.
      while (heredocs.length) {
        const h = heredocs.shift()!
        while (i < src.length) {
          const eol = src.indexOf('\n', i)
          const lineEnd = eol < 0 ? src.length : eol
          const line = src.slice(i, lineEnd)
          i = eol < 0 ? src.length : eol + 1
          if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim) break
        }
      }
      continue
    }
    if (c === '#' && (i === 0 || isWordEnd(src[i - 1]))) {
      const eol = src.indexOf('\n', i)
      i = eol < 0 ? src.length : eol
      continue
    }
    const fdRedirect = /^[0-9]+(?=[<>])/.exec(src.slice(i, i + 4))
    const opStart = fdRedirect ? i + fdRedirect[0].length : i
    const redirect = REDIRECTS.find((op) => src.startsWith(op, opStart))
    if (redirect) {
      i = opStart + redirect.length
      pendingRedirect = redirect
      continue
    }
    const sep = SEPARATORS.find((op) => src.startsWith(op, i))
    if (sep) {
      flush()
      i += sep.length
      continue
    }
    // A word: runs until an unquoted metacharacter.
    const start = i
    while (i < src.length && !isWordEnd(src[i])) {
      const ch = src[i]
      if (ch === '\\') i += src[i + 1] === undefined ? 1 : 2
      else if (ch === "'" || ch === '"' || ch === '`') i = skipConstruct(src, i)
      else if (ch === '$' && (src[i + 1] === '(' || src[i + 1] === '{'))
        i = skipConstruct(src, i + 1)
      else i++
    }
    const word: RawWord = { text: src.slice(start, i), start, end: i }
    if (pendingRedirect) {
      redirects.push({ op: pendingRedirect, target: word })
      if (pendingRedirect === '<<' || pendingRedirect === '<<-') {
        heredocs.push({ delim: word.text.replace(/['"\\]/g, ''), strip: pendingRedirect === '<<-' })
      }
      pendingRedirect = undefined
    } else {
      words.push(word)
    }
  }
  flush()
  return out
}
