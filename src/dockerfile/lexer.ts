/**
 * Splits Dockerfile text into instructions the way BuildKit's parser does:
 * parser directives at the top, the escape character, line continuations
 * (with comment and blank lines inside a continuation dropped), and
 * here-documents after RUN/COPY/ADD. Offsets are kept so that every piece of
 * an instruction maps back to the file.
 */
import { MappedText } from './text.js'

export interface LexedDirective {
  name: string
  value: string
  start: number
  end: number
}

export interface LexedHeredoc {
  /** Delimiter word without quotes. */
  name: string
  /** `<<-`: leading tabs are stripped from body lines and the terminator. */
  chomp: boolean
  /** False when the delimiter was quoted (`<<'EOF'`): no expansion in the body. */
  expand: boolean
  /** The body, each line followed by a newline (BuildKit's form). */
  body: string
  /** File offset of the first body character. */
  bodyStart: number
  /** Logical [start, end) of the `<<EOF` marker in the instruction arguments. */
  markerStart: number
  markerEnd: number
  terminated: boolean
}

export interface LexedInstruction {
  /** Upper-cased keyword (`RUN`). */
  keyword: string
  /** File offsets of the whole instruction, heredoc bodies included. */
  start: number
  end: number
  keywordEnd: number
  /** Arguments after the keyword, continuations removed, right-trimmed. */
  args: MappedText
  heredocs: LexedHeredoc[]
  emptyContinuationLine: boolean
}

export interface LexedComment {
  start: number
  end: number
  text: string
}

export interface LexProblem {
  message: string
  start: number
  end: number
}

export interface LexResult {
  directives: LexedDirective[]
  escape: string
  instructions: LexedInstruction[]
  comments: LexedComment[]
  problems: LexProblem[]
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check'])
const DIRECTIVE_RE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD'])

interface Line {
  start: number
  /** End of content, excluding `\r\n` / `\n`. */
  end: number
  /** Start of the following line. */
  next: number
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}

export function lexDockerfile(text: string): LexResult {
  const len = text.length
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0

  const readLine = (at: number): Line => {
    let nl = text.indexOf('\n', at)
    if (nl === -1) nl = len
    let end = nl
    if (end > at && text.charCodeAt(end - 1) === 13) end--
    return { start: at, end, next: nl + 1 }
  }

  const result: LexResult = {
    directives: [],
    escape: '\\',
    instructions: [],
    comments: [],
    problems: [],
  }

  // Parser directives: consecutive `# key=value` lines at the very top.
  while (pos < len) {
    const line = readLine(pos)
    const m = DIRECTIVE_RE.exec(text.slice(line.start, line.end))
    if (!m || !KNOWN_DIRECTIVES.has(m[1].toLowerCase())) break
    const name = m[1].toLowerCase()
    if (result.directives.some((d) => d.name === name)) {
      result.problems.push({
        message: `only one ${name} parser directive can be used`,
        start: line.start,
        end: line.end,
      })
    } else {
      result.directives.push({ name, value: m[2], start: line.start, end: line.end })
      result.comments.push({
        start: line.start,
        end: line.end,
        text: text.slice(line.start, line.end),
      })
      if (name === 'escape') {
        if (m[2] === '\\' || m[2] === '`') result.escape = m[2]
        else
          result.problems.push({
            message: `invalid escape token '${m[2]}' does not match ` + '` or \\',
            start: line.start,
            end: line.end,
          })
      }
    }
    pos = line.next
  }

  const esc = result.escape.charCodeAt(0)

  /** Index of the continuation escape at the end of [start, end), or -1. */
  const continuationAt = (start: number, end: number): number => {
    let i = end - 1
    while (i >= start && isBlank(text.charCodeAt(i))) i--
    return i >= start && text.charCodeAt(i) === esc ? i : -1
  }

  while (pos < len) {
    const line = readLine(pos)
    pos = line.next
    let fs = line.start
    while (fs < line.end && isBlank(text.charCodeAt(fs))) fs++
    if (fs === line.end) continue
    if (text.charCodeAt(fs) === 35 /* # */) {
      result.comments.push({ start: fs, end: line.end, text: text.slice(fs, line.end) })
      continue
    }

    const logical: number[] = []
    const physical: number[] = []
    let assembled = ''
    const add = (s: number, e: number) => {
      if (e <= s) return
      logical.push(assembled.length)
      physical.push(s)
      assembled += text.slice(s, e)
    }

    let cont = continuationAt(fs, line.end)
    add(fs, cont >= 0 ? cont : line.end)
    let lastEnd = cont >= 0 ? cont : line.end
    let emptyContinuationLine = false
    while (cont >= 0 && pos < len) {
      const l = readLine(pos)
      pos = l.next
      let f = l.start
      while (f < l.end && isBlank(text.charCodeAt(f))) f++
      if (f < l.end && text.charCodeAt(f) === 35) {
        result.comments.push({ start: f, end: l.end, text: text.slice(f, l.end) })
        continue
      }
      if (f === l.end) {
        emptyContinuationLine = true
        continue
      }
      cont = continuationAt(l.start, l.end)
      add(l.start, cont >= 0 ? cont : l.end)
      lastEnd = cont >= 0 ? cont : l.end
    }

    // Right-trim, then split off the keyword.
    let trimmedLen = assembled.length
    while (trimmedLen > 0 && isSpace(assembled.charCodeAt(trimmedLen - 1))) trimmedLen--
    const full = new MappedText(assembled.slice(0, trimmedLen), logical, physical)
    let kEnd = 0
    while (kEnd < full.text.length && !isSpace(full.text.charCodeAt(kEnd))) kEnd++
    let aStart = kEnd
    while (aStart < full.text.length && isSpace(full.text.charCodeAt(aStart))) aStart++
    const keyword = full.text.slice(0, kEnd).toUpperCase()
    const args = full.slice(aStart, full.text.length)
    const insStart = fs
    let insEnd = trimmedLen > 0 ? full.offsetAt(trimmedLen - 1) + 1 : lastEnd

    const heredocs: LexedHeredoc[] = []
    // ONBUILD RUN <<EOF carries its trigger's here-documents too.
    const trigger =
      keyword === 'ONBUILD' ? (/^\S+/.exec(args.text)?.[0] ?? '').toUpperCase() : keyword
    if (HEREDOC_KEYWORDS.has(trigger) && args.text.includes('<<')) {
      for (const marker of heredocMarkers(args.text, result.escape)) {
        const bodyStart = pos
        let body = ''
        let terminated = false
        while (pos < len) {
          const l = readLine(pos)
          pos = l.next
          let candidate = text.slice(l.start, l.end)
          if (marker.chomp) candidate = candidate.replace(/^\t+/, '')
          if (candidate === marker.name) {
            terminated = true
            insEnd = l.end
            break
          }
          body += text.slice(l.start, l.end) + '\n'
          insEnd = l.end
        }
        if (!terminated) {
          result.problems.push({
            message: `unterminated heredoc: no line '${marker.name}' ends the here-document`,
            start: insStart,
            end: Math.max(insEnd, insStart + 1),
          })
        }
        heredocs.push({ ...marker, body, bodyStart, terminated })
      }
    }

    result.instructions.push({
      keyword,
      start: insStart,
      end: insEnd,
      keywordEnd: full.offsetAt(Math.max(kEnd - 1, 0)) + 1,
      args,
      heredocs,
      emptyContinuationLine,
    })
  }
  return result
}

type HeredocMarker = Pick<LexedHeredoc, 'name' | 'chomp' | 'expand' | 'markerStart' | 'markerEnd'>

const HEREDOC_WORD_RE = /^(\d*)<<(-?)([^<]*)$/

/**
 * Heredoc markers among the words of an instruction line. Words are split on
 * unquoted whitespace with quotes kept, as BuildKit does, so a `<<` inside
 * quotes or glued to a command (`cat<<EOF`) is not a marker.
 */
export function heredocMarkers(line: string, escape: string): HeredocMarker[] {
  const out: HeredocMarker[] = []
  let i = 0
  const n = line.length
  while (i < n) {
    while (i < n && isSpace(line.charCodeAt(i))) i++
    if (i >= n) break
    const start = i
    let quote = ''
    while (i < n) {
      const c = line[i]
      if (quote) {
        if (c === quote) quote = ''
        else if (c === escape && quote === '"' && i + 1 < n) i++
      } else if (c === '"' || c === "'") quote = c
      else if (c === escape && i + 1 < n) i++
      else if (isSpace(line.charCodeAt(i))) break
      i++
    }
    const word = line.slice(start, i)
    const m = HEREDOC_WORD_RE.exec(word)
    if (!m || m[3] === '') continue
    const rest = m[3]
    const quoted = /["']/.test(rest)
    const name = rest.replace(/["']/g, '')
    if (name === '') continue
    out.push({ name, chomp: m[2] === '-', expand: !quoted, markerStart: start, markerEnd: i })
  }
  return out
}
