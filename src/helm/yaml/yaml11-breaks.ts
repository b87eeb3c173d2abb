/**
 * YAML 1.1 line breaks for the `yaml` package. libyaml (go-yaml) treats NEL (U+0085), LS
 * (U+2028) and PS (U+2029) as line breaks everywhere; the `yaml` package, following YAML
 * 1.2, treats them as content. toYaml itself writes raw LS/PS into single-quoted and
 * literal scalars, so reading its output back needs libyaml's view.
 *
 * The document is parsed with those characters replaced by LF (same length, so offsets
 * hold) to get libyaml's structure, and every scalar whose source holds one is decoded
 * again from the original text the way libyaml does: NEL becomes LF, LS and PS are kept
 * and, unlike LF, never fold into a space.
 */
import { Lexer, type Scalar } from 'yaml'
import { YAML_SIMPLE_ESCAPES } from '../goyaml/escapes.js'

const specialBreak = /[\u0085\u2028\u2029]/

export function hasYaml11Breaks(source: string): boolean {
  return specialBreak.test(source)
}

/**
 * The source with NEL, LS and PS as LF, for the structural parse. Inside quoted scalars
 * they stay: those scalars are decoded again from the original, and an LF there could
 * leave a closing quote at a column the `yaml` package rejects but libyaml accepts.
 */
export function normalizeYaml11Breaks(source: string): string {
  const quoted: [number, number][] = []
  let offset = 0
  for (const tok of new Lexer().lex(source)) {
    // Structure markers the lexer inserts are not source text.
    if (tok === '\x02' || tok === '\x18' || tok === '\x1f') continue
    if (tok[0] === '"' || tok[0] === "'") quoted.push([offset, offset + tok.length])
    offset += tok.length
  }
  let q = 0
  return source.replace(/[\u0085\u2028\u2029]/g, (c, at: number) => {
    while (q < quoted.length && quoted[q][1] <= at) q++
    return q < quoted.length && quoted[q][0] <= at ? c : '\n'
  })
}

function isBreakChar(c: string): boolean {
  return c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029'
}

function isBlankChar(c: string): boolean {
  return c === ' ' || c === '\t'
}

/** libyaml's read_line: the break at i as it enters a value, and its length in the source. */
function readLine(s: string, i: number): [string, number] {
  if (s[i] === '\r' && s[i + 1] === '\n') return ['\n', 2]
  if (s[i] === '\r' || s[i] === '\n' || s[i] === '\u0085') return ['\n', 1]
  return [s[i], 1]
}

/** Joins line breaks (and the blanks around them) as libyaml folds them in flow and plain scalars. */
class Folder {
  out = ''
  private whitespaces = ''
  private leadingBreak = ''
  private trailingBreaks = ''
  leadingBlanks = false

  blank(c: string): void {
    if (!this.leadingBlanks) this.whitespaces += c
  }

  lineBreak(b: string): void {
    if (!this.leadingBlanks) {
      this.whitespaces = ''
      this.leadingBreak = b
      this.leadingBlanks = true
    } else {
      this.trailingBreaks += b
    }
  }

  /** Emits the pending whitespace or folded breaks before more content. */
  join(): void {
    if (this.leadingBlanks) {
      if (this.leadingBreak.startsWith('\n')) {
        this.out += this.trailingBreaks === '' ? ' ' : this.trailingBreaks
      } else {
        this.out += this.leadingBreak + this.trailingBreaks
      }
      this.leadingBreak = ''
      this.trailingBreaks = ''
      this.leadingBlanks = false
    } else {
      this.out += this.whitespaces
      this.whitespaces = ''
    }
  }
}

/** A single- or double-quoted scalar (quotes included) decoded as libyaml does. */
export function decodeQuoted(raw: string): string {
  const single = raw[0] === "'"
  const quote = raw[0]
  const f = new Folder()
  let i = 1
  const n = raw.length
  for (;;) {
    if (i >= n) return f.out
    f.leadingBlanks = false
    while (i < n && !isBlankChar(raw[i]) && !isBreakChar(raw[i])) {
      const c = raw[i]
      if (single && c === "'" && raw[i + 1] === "'") {
        f.out += "'"
        i += 2
      } else if (c === quote) {
        return f.out
      } else if (!single && c === '\\' && i + 1 < n && isBreakChar(raw[i + 1])) {
        i += 1 + readLine(raw, i + 1)[1]
        f.leadingBlanks = true
        break
      } else if (!single && c === '\\') {
        const e = raw[i + 1]
        const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
        if (width > 0) {
          f.out += String.fromCodePoint(parseInt(raw.slice(i + 2, i + 2 + width), 16))
          i += 2 + width
        } else {
          f.out += YAML_SIMPLE_ESCAPES[e] ?? e
          i += 2
        }
      } else {
        f.out += c
        i++
      }
    }
    if (i < n && raw[i] === quote && !(single && raw[i + 1] === "'")) return f.out
    while (i < n && (isBlankChar(raw[i]) || isBreakChar(raw[i]))) {
      if (isBlankChar(raw[i])) {
        f.blank(raw[i])
        i++
      } else {
        const [b, len] = readLine(raw, i)
        f.lineBreak(b)
        i += len
      }
    }
    f.join()
  }
}

/** A (possibly multi-line) plain scalar's source folded as libyaml does. */
export function decodePlain(raw: string): string {
  const f = new Folder()
  let i = 0
  const n = raw.length
  while (i < n) {
    if (!isBlankChar(raw[i]) && !isBreakChar(raw[i])) {
      if (f.leadingBlanks || f.out !== '' || i > 0) f.join()
      while (i < n && !isBlankChar(raw[i]) && !isBreakChar(raw[i])) f.out += raw[i++]
      continue
    }
    while (i < n && (isBlankChar(raw[i]) || isBreakChar(raw[i]))) {
      if (isBlankChar(raw[i])) {
        f.blank(raw[i])
        i++
      } else {
        const [b, len] = readLine(raw, i)
        f.lineBreak(b)
        i += len
      }
    }
  }
  return f.out
}

/**
 * A literal block scalar: the value the `yaml` package computed from the normalized
 * source, with each of its line feeds put back as the source break it stands for (a
 * literal scalar keeps its breaks one for one, in order).
 */
export function restoreLiteralBreaks(normalizedValue: string, raw: string): string {
  const breaks: string[] = []
  let header = true
  for (let i = 0; i < raw.length; i++) {
    if (!isBreakChar(raw[i])) continue
    const [b, len] = readLine(raw, i)
    i += len - 1
    if (header) header = false
    else breaks.push(b)
  }
  let k = 0
  return normalizedValue.replace(/\n/g, () => breaks[k++] ?? '\n')
}

/** The libyaml value of a scalar whose source holds NEL, LS or PS; undefined to keep the parser's. */
export function yaml11ScalarValue(node: Scalar, original: string): string | undefined {
  const range = node.range
  if (!range) return undefined
  const raw = original.slice(range[0], range[1])
  if (!specialBreak.test(raw)) return undefined
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return decodeQuoted(raw)
    case 'PLAIN':
      return decodePlain(raw)
    case 'BLOCK_LITERAL':
      return typeof node.value === 'string' ? restoreLiteralBreaks(node.value, raw) : undefined
    default:
      return undefined
  }
}
