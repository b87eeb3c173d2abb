/**
 * RE2 syntax (Go's regexp/syntax, Perl flags) checked as Go checks it — invalid patterns raise
 * Go's exact parse error text — and the capture group names. Matching itself runs on re2js
 * (regex.ts), linear in time as Go's engine. The pattern is also translated to an equivalent
 * JavaScript RegExp with the `u` flag, which the property tests use as a second, independent
 * implementation: Go's leftmost-first matching is what a backtracking engine does for RE2's
 * constructs, so translating the syntax is enough; what differs is spelled out per construct:
 * Go's \s has no \v, `.` never matches \n without (?s), ^ and $ anchor the text unless (?m),
 * \A and \z exist, (?i:...) and (?U) can be scoped, \Q...\E quotes, [[:alpha:]] classes, \pN
 * and \p{Greek}.
 */

export class RegexSyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {
    super(`error parsing regexp: ${code}: \`${expr}\``)
  }
}

export interface TranslatedRegex {
  source: string
  flags: string
  /** Capture group names by group number (index 0 is the whole match, ''). */
  names: string[]
}

interface Flags {
  i: boolean
  m: boolean
  s: boolean
  U: boolean
}

const ERR = {
  escape: 'invalid escape sequence',
  charClass: 'invalid character class',
  charRange: 'invalid character class range',
  namedCapture: 'invalid named capture',
  perlOp: 'invalid or unsupported Perl syntax',
  repeatOp: 'invalid nested repetition operator',
  repeatSize: 'invalid repeat count',
  missingBracket: 'missing closing ]',
  missingParen: 'missing closing )',
  missingRepeat: 'missing argument to repetition operator',
  trailingBackslash: 'trailing backslash at end of expression',
  unexpectedParen: 'unexpected )',
}

/** Code point as an always-valid JS escape for the current form. */
function cp(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
    return String.fromCodePoint(c)
  }
  return '\\u{' + c.toString(16) + '}'
}

/** Any code point. */
const any = (): string => '[\\u{0}-\\u{10ffff}]'

type Range = [number, number]

const POSIX: Record<string, Range[]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0, 0x7f]],
  blank: [
    [9, 9],
    [32, 32],
  ],
  cntrl: [
    [0, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [9, 13],
    [32, 32],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
}

const PERL: Record<string, Range[]> = {
  d: POSIX.digit,
  s: [
    [9, 10],
    [12, 13],
    [32, 32],
  ],
  w: POSIX.word,
}

function negate(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: Range[] = []
  let next = 0
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1])
    next = Math.max(next, hi + 1)
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff])
  return out
}

const rangesToClassBody = (ranges: Range[]): string =>
  ranges.map(([lo, hi]) => (lo === hi ? cp(lo) : cp(lo) + '-' + cp(hi))).join('')

/** Unicode general categories Go accepts in \p{..}; other names are scripts. */
const CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(
    ' ',
  ),
)

function unicodeClass(name: string, negated: boolean, src: string): string {
  if (name === 'Any') return negated ? '[^' + any().slice(1) : any()
  let body: string
  if (CATEGORIES.has(name)) body = name
  else {
    body = 'Script=' + name
    try {
      new RegExp(`\\p{${body}}`, 'u')
    } catch {
      throw new RegexSyntaxError(ERR.charRange, src)
    }
  }
  return (negated ? '\\P{' : '\\p{') + body + '}'
}

/** Case variants of one code point (Go's simple folding orbit, as far as JS case mapping shows it). */
function foldVariants(c: number): number[] {
  const s = String.fromCodePoint(c)
  const out = new Set<number>([c])
  for (const v of [s.toLowerCase(), s.toUpperCase()]) {
    if ([...v].length === 1) out.add(v.codePointAt(0) as number)
  }
  for (const v of [...out]) {
    const t = String.fromCodePoint(v)
    for (const w of [t.toLowerCase(), t.toUpperCase()]) {
      if ([...w].length === 1) out.add(w.codePointAt(0) as number)
    }
  }
  if (out.has(0x6b) || out.has(0x4b)) out.add(0x212a)
  if (out.has(0x73) || out.has(0x53)) out.add(0x17f)
  if (c === 0x212a) [0x6b, 0x4b].forEach((x) => out.add(x))
  if (c === 0x17f) [0x73, 0x53].forEach((x) => out.add(x))
  return [...out]
}

function foldRanges(ranges: Range[]): Range[] {
  const out: Range[] = [...ranges]
  for (const [lo, hi] of ranges) {
    if (hi - lo > 4000) continue
    for (let c = lo; c <= hi; c++) {
      for (const v of foldVariants(c)) if (v < lo || v > hi) out.push([v, v])
    }
  }
  return out
}

/** Go's isValidCaptureName. */
const CAPTURE_NAME = /^[A-Za-z0-9_]+$/

function translateRE2Body(expr: string): TranslatedRegex {
  const chars = [...expr]
  const n = chars.length
  let pos = 0
  let flags: Flags = { i: false, m: false, s: false, U: false }
  const stack: { flags: Flags; start: number }[] = []
  const names: string[] = ['']
  let out = ''
  /** Output start of the last atom that can take a repetition, or -1. */
  let atomStart = -1
  /** Source position where the last repetition operator began, or -1 when the last item is not a repeat. */
  let lastRepeat = -1

  const srcFrom = (a: number, b = n) => chars.slice(a, b).join('')
  const peek = (k = 0) => chars[pos + k]

  const emitAtom = (s: string) => {
    atomStart = out.length
    out += s
    lastRepeat = -1
  }

  const litClass = (c: number): string => {
    if (!flags.i) return cp(c)
    const vs = foldVariants(c)
    if (vs.length === 1) return cp(c)
    return '[' + vs.map(cp).join('') + ']'
  }

  /** Parses an escape after '\\' at pos (pointing past the backslash); returns ranges or a literal. */
  const parseEscape = (
    inClass: boolean,
    escStart: number,
  ): { lit?: number; ranges?: Range[]; js?: string } => {
    if (pos >= n) throw new RegexSyntaxError(ERR.trailingBackslash, '')
    const c = chars[pos++]
    switch (c) {
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        // A single non-zero digit would be a backreference, which RE2 lacks.
        if (c !== '0' && (pos >= n || chars[pos] < '0' || chars[pos] > '7')) {
          throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, pos))
        }
        let v = Number(c)
        for (let k = 0; k < 2 && pos < n && chars[pos] >= '0' && chars[pos] <= '7'; k++) {
          v = v * 8 + Number(chars[pos++])
        }
        return { lit: v }
      }
      case 'x': {
        if (pos >= n) throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, pos))
        if (chars[pos] === '{') {
          let j = pos + 1
          let v = 0
          let digits = 0
          while (j < n && /[0-9a-fA-F]/.test(chars[j])) {
            v = v * 16 + parseInt(chars[j], 16)
            digits++
            j++
            if (v > 0x10ffff) throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, j))
          }
          if (j >= n || chars[j] !== '}' || digits === 0) {
            throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, Math.min(j + 1, n)))
          }
          pos = j + 1
          return { lit: v }
        }
        const h = chars.slice(pos, pos + 2)
        if (h.length < 2 || !/^[0-9a-fA-F]{2}$/.test(h.join(''))) {
          throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, Math.min(pos + 2, n)))
        }
        pos += 2
        return { lit: parseInt(h.join(''), 16) }
      }
      case 'a':
        return { lit: 7 }
      case 'f':
        return { lit: 12 }
      case 'n':
        return { lit: 10 }
      case 'r':
        return { lit: 13 }
      case 't':
        return { lit: 9 }
      case 'v':
        return { lit: 11 }
      case 'd':
      case 's':
      case 'w':
        return { ranges: PERL[c] }
      case 'D':
      case 'S':
      case 'W':
        return { ranges: negate(PERL[c.toLowerCase()]) }
      case 'p':
      case 'P': {
        if (pos >= n) throw new RegexSyntaxError(ERR.charRange, srcFrom(escStart))
        let name: string
        if (chars[pos] === '{') {
          const close = chars.indexOf('}', pos)
          if (close < 0) throw new RegexSyntaxError(ERR.charRange, srcFrom(escStart))
          name = srcFrom(pos + 1, close)
          pos = close + 1
        } else name = chars[pos++]
        let negated = c === 'P'
        if (name.startsWith('^')) {
          negated = !negated
          name = name.slice(1)
        }
        return { js: unicodeClass(name, negated, srcFrom(escStart, pos)) }
      }
      default: {
        const code = c.codePointAt(0) as number
        if (code < 0x80 && !/[0-9A-Za-z]/.test(c)) return { lit: code }
        if (!inClass && (c === 'A' || c === 'z' || c === 'b' || c === 'B' || c === 'Q')) {
          return { js: '\\' + c }
        }
        throw new RegexSyntaxError(ERR.escape, srcFrom(escStart, pos))
      }
    }
  }

  const parseClass = () => {
    const start = pos
    pos++ // '['
    let negated = false
    if (peek() === '^') {
      negated = true
      pos++
    }
    const ranges: Range[] = []
    const extras: string[] = []
    let first = true
    while (pos < n && (chars[pos] !== ']' || first)) {
      // POSIX class [:name:]
      if (chars[pos] === '[' && chars[pos + 1] === ':') {
        const close = srcFrom(pos + 2).indexOf(':]')
        if (close >= 0) {
          const nameRaw = srcFrom(pos + 2, pos + 2 + close)
          const neg = nameRaw.startsWith('^')
          const name = neg ? nameRaw.slice(1) : nameRaw
          const set = POSIX[name]
          const end = pos + 2 + [...nameRaw].length + 2
          if (!set) throw new RegexSyntaxError(ERR.charRange, srcFrom(pos, end))
          ranges.push(...(neg ? negate(set) : set))
          pos = end
          first = false
          continue
        }
      }
      const itemStart = pos
      let lo: number
      if (chars[pos] === '\\') {
        pos++
        const e = parseEscape(true, itemStart)
        if (e.lit === undefined) {
          if (e.ranges) ranges.push(...e.ranges)
          if (e.js) extras.push(e.js)
          first = false
          continue
        }
        lo = e.lit
      } else {
        lo = chars[pos++].codePointAt(0) as number
      }
      first = false
      if (chars[pos] === '-' && pos + 1 < n && chars[pos + 1] !== ']') {
        pos++
        let hi: number
        if (chars[pos] === '\\') {
          const hs = pos
          pos++
          const e = parseEscape(true, hs)
          if (e.lit === undefined)
            throw new RegexSyntaxError(ERR.charRange, srcFrom(itemStart, pos))
          hi = e.lit
        } else hi = chars[pos++].codePointAt(0) as number
        if (hi < lo) throw new RegexSyntaxError(ERR.charRange, srcFrom(itemStart, pos))
        ranges.push([lo, hi])
      } else ranges.push([lo, lo])
    }
    if (pos >= n) throw new RegexSyntaxError(ERR.missingBracket, srcFrom(start))
    pos++ // ']'
    let rs = ranges
    if (flags.i) {
      rs = foldRanges(ranges)
    }
    const body = rangesToClassBody(rs) + extras.join('')
    if (body === '') emitAtom(negated ? any() : '[^' + any().slice(1))
    else emitAtom('[' + (negated ? '^' : '') + body + ']')
  }

  const applyRepeat = (op: string, opStart: number) => {
    let lazy = false
    if (peek() === '?') {
      lazy = true
      pos++
    }
    if (lastRepeat >= 0) throw new RegexSyntaxError(ERR.repeatOp, srcFrom(lastRepeat, pos))
    if (atomStart < 0) throw new RegexSyntaxError(ERR.missingRepeat, srcFrom(opStart, pos))
    if (flags.U) lazy = !lazy
    const atom = out.slice(atomStart)
    out = out.slice(0, atomStart) + '(?:' + atom + ')' + op + (lazy ? '?' : '')
    lastRepeat = opStart
  }

  while (pos < n) {
    const c = chars[pos]
    switch (c) {
      case '(': {
        if (peek(1) === '?') {
          // (?P<name>, (?<name>, (?flags), (?flags:
          const rest = srcFrom(pos)
          if (rest.startsWith('(?P<') || rest.startsWith('(?<')) {
            const close = rest.indexOf('>')
            if (close < 0) throw new RegexSyntaxError(ERR.namedCapture, rest)
            const capture = rest.slice(0, close + 1)
            const name = capture.slice(rest.startsWith('(?P<') ? 4 : 3, -1)
            if (!CAPTURE_NAME.test(name)) throw new RegexSyntaxError(ERR.namedCapture, capture)
            names.push(name)
            stack.push({ flags, start: out.length })
            out += '('
            pos += [...capture].length
            atomStart = -1
            lastRepeat = -1
            break
          }
          // Go's parsePerlFlags: flags up to ':' or ')', '-' negates once.
          const f = { ...flags }
          let neg = false
          let sawFlag = false
          let k = pos + 2
          let term = ''
          while (k < n) {
            const ch = chars[k++]
            if (ch === 'i' || ch === 'm' || ch === 's' || ch === 'U') {
              f[ch] = !neg
              sawFlag = true
              continue
            }
            if (ch === '-' && !neg) {
              neg = true
              sawFlag = false
              continue
            }
            if ((ch === ':' || ch === ')') && (!neg || sawFlag)) term = ch
            break
          }
          if (term === '') throw new RegexSyntaxError(ERR.perlOp, srcFrom(pos, k))
          pos = k
          if (term === ')') {
            flags = f
            // A flag group is not an operand: "(?i)*" lacks an argument.
            atomStart = -1
            lastRepeat = -1
          } else {
            stack.push({ flags, start: out.length })
            flags = f
            out += '(?:'
            atomStart = -1
            lastRepeat = -1
          }
          break
        }
        names.push('')
        stack.push({ flags, start: out.length })
        out += '('
        pos++
        atomStart = -1
        lastRepeat = -1
        break
      }
      case ')': {
        const top = stack.pop()
        if (!top) throw new RegexSyntaxError(ERR.unexpectedParen, expr)
        flags = top.flags
        out += ')'
        pos++
        atomStart = top.start
        lastRepeat = -1
        break
      }
      case '|':
        out += '|'
        pos++
        atomStart = -1
        lastRepeat = -1
        break
      case '*':
      case '+':
      case '?': {
        const opStart = pos
        pos++
        applyRepeat(c, opStart)
        break
      }
      case '{': {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(srcFrom(pos))
        if (!m) {
          emitAtom(litClass(0x7b))
          pos++
          break
        }
        const lo = Number(m[1])
        const hi = m[2] === undefined ? lo : m[3] === '' ? -1 : Number(m[3])
        const opStart = pos
        pos += m[0].length
        if (lo > 1000 || hi > 1000 || (hi >= 0 && hi < lo)) {
          throw new RegexSyntaxError(ERR.repeatSize, m[0])
        }
        applyRepeat(hi < 0 ? `{${lo},}` : hi === lo ? `{${lo}}` : `{${lo},${hi}}`, opStart)
        break
      }
      case '[':
        parseClass()
        break
      case '.':
        emitAtom(flags.s ? any() : '[^\\n]')
        pos++
        break
      // Without the m flag JS's ^ and $ are Go's: start and end of the text.
      case '^':
        emitAtom(flags.m ? '(?:(?<![^\\n]))' : '(?:^)')
        pos++
        break
      case '$':
        emitAtom(flags.m ? '(?:(?![^\\n]))' : '(?:$)')
        pos++
        break
      case '\\': {
        const escStart = pos
        pos++
        if (peek() === 'Q') {
          pos++
          const endQ = srcFrom(pos).indexOf('\\E')
          const text =
            endQ < 0 ? srcFrom(pos) : srcFrom(pos, pos + [...srcFrom(pos).slice(0, endQ)].length)
          pos += [...text].length + (endQ < 0 ? 0 : 2)
          for (const ch of text) emitAtom(litClass(ch.codePointAt(0) as number))
          break
        }
        const e = parseEscape(false, escStart)
        if (e.lit !== undefined) emitAtom(litClass(e.lit))
        else if (e.ranges) {
          const rs = flags.i && e.ranges !== PERL.d ? foldRanges(e.ranges) : e.ranges
          emitAtom('[' + rangesToClassBody(rs) + ']')
        } else if (e.js === '\\A') emitAtom('(?:^)')
        else if (e.js === '\\z') emitAtom('(?:$)')
        else if (e.js === '\\b' || e.js === '\\B') emitAtom('(?:' + e.js + ')')
        else emitAtom(e.js as string)
        break
      }
      default:
        emitAtom(litClass(c.codePointAt(0) as number))
        pos++
    }
  }
  if (stack.length > 0) throw new RegexSyntaxError(ERR.missingParen, expr)
  return { source: out, flags: 'gu', names }
}

export function translateRE2(expr: string): TranslatedRegex {
  return translateRE2Body(expr)
}
