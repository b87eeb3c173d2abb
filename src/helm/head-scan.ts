/**
 * A fast path for decodeHead: Helm decodes every rendered document in full (go-yaml reads
 * all of it, so a syntax error anywhere fails the render) to read four fields. Most
 * documents are plain block YAML, whose validity a line scanner can establish without
 * building anything; for those, only the top-level `apiVersion`, `kind` and `metadata`
 * entries need decoding.
 *
 * The scanner accepts a conservative subset: a root block mapping at column 0; block
 * mappings and sequences indented with spaces; plain scalars (also over several lines),
 * quoted scalars on one line, block scalars with `|`/`>` and optional chomping, `{}` and
 * `[]`; comments. Anything else (tabs in indentation, anchors, aliases, tags, flow
 * collections with content, explicit keys, quoted scalars over lines, unusual characters,
 * keys that do not decode to JSON, `.inf`/`.nan`, merge keys) answers `undefined`, and
 * the caller decodes the whole document as before. Inside the subset every document the
 * scanner accepts is one the full decoder accepts, and top-level block entries decode
 * independently, so the head of the extracted entries is the head of the document.
 */

const SP = 32
const TAB = 9
const HASH = 35
const COLON = 58
const DASH = 45
const DQUOTE = 34
const SQUOTE = 39

const enum Kind {
  Map,
  Seq,
}

const enum Pending {
  None,
  /** A `key:` with nothing after it: its value may start on a more indented line. */
  MapValue,
  /** A `-` with nothing after it. */
  SeqItem,
}

class Reject extends Error {}
const reject = new Reject()

/**
 * Characters whose handling in YAML is unusual (controls, lone CR, NEL and the Unicode line
 * separators, BOM, non-characters, surrogates): documents holding any are not scanned.
 */
// eslint-disable-next-line no-control-regex
const unusualChar = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/
/** The same, except CR before LF; only asked when the quick test above (CR included) hits. */
const unusualWithCrlf =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\r(?!\n)/

/** The run of spaces at lastIndex. */
const spaces = / */y

/** A character that cannot start a plain scalar (or that this scanner leaves to the parser). */
function isIndicator(c: number): boolean {
  switch (c) {
    case DASH:
    case 63: // ?
    case COLON:
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case SQUOTE:
    case DQUOTE:
    case 37: // %
    case 64: // @
    case 96: // `
      return true
  }
  return false
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 47 ||
    c === DASH
  )
}

const simpleEscapes = new Set('0abt\tnvfre "/\\N_LP'.split('').map((c) => c.charCodeAt(0)))

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
}

/** Whether a plain scalar at q may be `.inf` or `.nan` (which do not convert to JSON). */
function isInfOrNan(s: string, q: number): boolean {
  let r = q
  const c = s.charCodeAt(r)
  if (c === DASH || c === 43) r++
  if (s.charCodeAt(r) !== 46) return false
  const l = s.charCodeAt(r + 1) | 0x20
  return l === 105 || l === 110
}

const wantedKeys = new Set(['apiversion', 'kind', 'metadata'])

class Scanner {
  private readonly indents: number[] = []
  private readonly kinds: Kind[] = []
  /** A sequence at the same column as the mapping key that holds it. */
  private readonly compact: boolean[] = []
  private pending = Pending.None
  /** When the last value was a plain scalar: continuation lines must be indented more. */
  private plainParent = -1
  /** In a block scalar: the indentation of the enclosing collection, else -1. */
  private blockParent = -1
  private blockIndent = 0
  private blockLeadingSpaces = 0
  /** In a quoted scalar that continues on the next line: its quote, else 0. */
  private quote = 0
  private quoteParent = 0
  /** The next ':', '#' and tab at or after the scan position (-1: none left), found lazily. */
  private nextColon = -2
  private nextHash = -2
  private nextTab = -2
  /** Line starts of top-level entries, and whether each is a head field. */
  readonly rootStarts: number[] = []
  readonly rootWanted: boolean[] = []

  constructor(private readonly s: string) {}

  scan(): void {
    const s = this.s
    const n = s.length
    let p = 0
    let first = true
    while (p <= n) {
      let e = s.indexOf('\n', p)
      if (e < 0) e = n
      const next = e + 1
      if (e > p && s.charCodeAt(e - 1) === 13) e--
      this.line(p, e, first)
      if (first && this.indents.length > 0) first = false
      p = next
    }
    if (this.indents.length === 0 || this.quote !== 0) throw reject
  }

  private line(p: number, e: number, first: boolean): void {
    const s = this.s
    spaces.lastIndex = p
    spaces.test(s)
    const q = spaces.lastIndex
    const indent = q - p
    if (q === e) {
      // A line of spaces only.
      if (this.blockParent >= 0 && this.blockIndent === 0 && indent > this.blockLeadingSpaces) {
        this.blockLeadingSpaces = indent
      }
      return
    }
    const c = s.charCodeAt(q)
    if (this.quote !== 0) {
      // Lines of a quoted scalar: indented past its collection, then the scalar's text.
      if (c === TAB || indent <= this.quoteParent) throw reject
      const close =
        this.quote === DQUOTE ? this.doubleQuoted(q - 1, e) : this.singleQuoted(q - 1, e)
      if (close >= 0) {
        this.quote = 0
        this.lineEnd(close, e)
      }
      return
    }
    if (this.blockParent >= 0) {
      if (this.blockIndent === 0) {
        if (c === TAB) throw reject
        if (this.blockLeadingSpaces > indent) throw reject
        if (indent > this.blockParent) {
          this.blockIndent = indent
          return
        }
      } else if (indent >= this.blockIndent) {
        return
      } else if (c === TAB) {
        throw reject
      }
      this.blockParent = -1
    }
    if (c === TAB) throw reject
    if (c === HASH) {
      // A comment line ends a plain scalar.
      this.plainParent = -1
      return
    }
    if (this.plainParent >= 0) {
      if (indent > this.plainParent) {
        this.plainContinuation(q, e)
        return
      }
      this.plainParent = -1
    }
    if (indent === 0 && (c === 37 || s.startsWith('...', q) || s.startsWith('---', q))) {
      // Directives and document markers.
      throw reject
    }
    if (first) {
      if (indent !== 0 || this.isDash(q, e)) throw reject
      this.push(Kind.Map, 0, false)
      this.mapEntry(q, e, p)
      return
    }
    const top = this.indents.length - 1
    if (this.pending === Pending.MapValue) {
      this.pending = Pending.None
      const m = this.indents[top]
      if (indent > m) {
        this.nested(q, e, indent, m)
        return
      }
      if (indent === m && this.isDash(q, e)) {
        this.push(Kind.Seq, indent, true)
        this.seqEntry(q, e, indent)
        return
      }
    } else if (this.pending === Pending.SeqItem) {
      this.pending = Pending.None
      const sIndent = this.indents[top]
      if (indent > sIndent) {
        this.nested(q, e, indent, sIndent)
        return
      }
    }
    this.sibling(q, e, indent, p)
  }

  private push(kind: Kind, indent: number, compact: boolean): void {
    this.kinds.push(kind)
    this.indents.push(indent)
    this.compact.push(compact)
  }

  private pop(): void {
    this.kinds.pop()
    this.indents.pop()
    this.compact.pop()
  }

  private isDash(q: number, e: number): boolean {
    return this.s.charCodeAt(q) === DASH && (q + 1 === e || this.s.charCodeAt(q + 1) === SP)
  }

  /** A line at the indentation of an open collection: the next entry of it. */
  private sibling(q: number, e: number, indent: number, lineStart: number): void {
    while (this.indents.length > 0 && this.indents[this.indents.length - 1] > indent) this.pop()
    let top = this.indents.length - 1
    if (top < 0 || this.indents[top] !== indent) throw reject
    if (this.kinds[top] === Kind.Seq) {
      if (this.isDash(q, e)) {
        this.seqEntry(q, e, indent)
        return
      }
      if (!this.compact[top]) throw reject
      this.pop()
      top--
      if (top < 0 || this.indents[top] !== indent) throw reject
    }
    if (this.isDash(q, e)) throw reject
    this.mapEntry(q, e, lineStart)
  }

  /** The first line of a collection's value, indented more than the collection (`parent`). */
  private nested(q: number, e: number, indent: number, parent: number): void {
    if (this.isDash(q, e)) {
      this.push(Kind.Seq, indent, false)
      this.seqEntry(q, e, indent)
      return
    }
    const colon = this.keyEnd(q, e)
    if (colon >= 0) {
      this.push(Kind.Map, indent, false)
      this.mapEntry(q, e, -1)
      return
    }
    const c = this.s.charCodeAt(q)
    if (c === 124 || c === 62) throw reject // a block scalar header on a line of its own
    this.value(q, e, parent)
  }

  /** `- ...` at q, in the sequence at `indent`. */
  private seqEntry(q: number, e: number, indent: number): void {
    const s = this.s
    let r = q + 1
    while (r < e && s.charCodeAt(r) === SP) r++
    if (r === e || s.charCodeAt(r) === HASH) {
      if (r < e && r === q + 1) throw reject
      this.pending = Pending.SeqItem
      return
    }
    if (r < e && s.charCodeAt(r) === TAB) throw reject
    if (this.isDash(r, e)) throw reject
    if (this.keyEnd(r, e) >= 0) {
      this.push(Kind.Map, r - (q - indent), false)
      this.mapEntry(r, e, -1)
      return
    }
    this.value(r, e, indent)
  }

  /**
   * Where the key starting at q ends (the offset of its ':'), or -1 when the line is not
   * a `key: ...` line this scanner handles. Throws for keys it leaves to the parser.
   */
  private keyEnd(q: number, e: number): number {
    const s = this.s
    const c = s.charCodeAt(q)
    if (c === DQUOTE || c === SQUOTE) {
      const close = c === DQUOTE ? this.doubleQuoted(q, e) : this.singleQuoted(q, e)
      if (close < 0) return -1
      let r = close
      while (r < e && s.charCodeAt(r) === SP) r++
      if (r < e && s.charCodeAt(r) === COLON && (r + 1 === e || s.charCodeAt(r + 1) === SP)) {
        return r
      }
      return -1
    }
    if (isIndicator(c)) return -1
    let colon = this.colonFrom(q + 1)
    for (;;) {
      if (colon < 0 || colon >= e) return -1
      const n = colon + 1 === e ? SP : s.charCodeAt(colon + 1)
      if (n === SP) break
      if (n === TAB) throw reject
      colon = this.colonFrom(colon + 1)
    }
    // A comment before the ':' makes the line a scalar.
    for (let h = this.hashFrom(q + 1); h >= 0 && h < colon; h = this.hashFrom(h + 1)) {
      const b = s.charCodeAt(h - 1)
      if (b === SP || b === TAB) return -1
    }
    return colon
  }

  private colonFrom(from: number): number {
    let c = this.nextColon
    if (c !== -1 && c < from) c = this.nextColon = this.s.indexOf(':', from)
    return c
  }

  private hashFrom(from: number): number {
    let c = this.nextHash
    if (c !== -1 && c < from) c = this.nextHash = this.s.indexOf('#', from)
    return c
  }

  private tabFrom(from: number): number {
    let c = this.nextTab
    if (c !== -1 && c < from) c = this.nextTab = this.s.indexOf('\t', from)
    return c
  }

  /** `key: value` at q in the mapping at the top of the stack. */
  private mapEntry(q: number, e: number, lineStart: number): void {
    const s = this.s
    const colon = this.keyEnd(q, e)
    if (colon < 0) throw reject
    const c = s.charCodeAt(q)
    const root = this.indents.length === 1
    if (c === DQUOTE || c === SQUOTE) {
      // Quoted keys decode to strings; at the top level their text would need unquoting.
      if (root) throw reject
    } else {
      let end = colon
      while (s.charCodeAt(end - 1) === SP) end--
      if (end - q > 1024) throw reject
      const t = this.tabFrom(q)
      if (t >= 0 && t < end) throw reject
      if (end - q <= 4) {
        // Keys that decode to null are not JSON keys; `<<` merges.
        const key = s.slice(q, end)
        if (key === '~' || key === 'null' || key === 'Null' || key === 'NULL' || key === '<<') {
          throw reject
        }
      }
      if (isInfOrNan(s, q)) throw reject
      if (root) {
        this.rootStarts.push(lineStart)
        this.rootWanted.push(wantedKeys.has(s.slice(q, end).toLowerCase()))
      }
    }
    let r = colon + 1
    while (r < e && s.charCodeAt(r) === SP) r++
    if (r === e || s.charCodeAt(r) === HASH) {
      if (r < e && r === colon + 1) throw reject
      this.pending = Pending.MapValue
      return
    }
    if (s.charCodeAt(r) === TAB) throw reject
    this.value(r, e, this.indents[this.indents.length - 1])
  }

  /** A value starting at q on its line; `parent` is the indentation of its collection. */
  private value(q: number, e: number, parent: number): void {
    const s = this.s
    const c = s.charCodeAt(q)
    if (c === DQUOTE || c === SQUOTE) {
      const close = c === DQUOTE ? this.doubleQuoted(q, e) : this.singleQuoted(q, e)
      if (close < 0) {
        this.quote = c
        this.quoteParent = parent
        return
      }
      this.lineEnd(close, e)
      return
    }
    if (c === 124 || c === 62) {
      let r = q + 1
      const d = s.charCodeAt(r)
      if (r < e && (d === 43 || d === DASH)) r++
      this.lineEnd(r, e)
      this.blockParent = parent
      this.blockIndent = 0
      this.blockLeadingSpaces = 0
      return
    }
    if (c === 123) {
      if (s.charCodeAt(q + 1) !== 125) throw reject
      this.lineEnd(q + 2, e)
      return
    }
    if (c === 91) {
      this.lineEnd(this.flowSequence(q, e), e)
      return
    }
    if (isIndicator(c)) {
      // `-`, `?` and `:` start a plain scalar when a non-blank follows.
      if (c !== DASH && c !== 63 && c !== COLON) throw reject
      const n = q + 1 < e ? s.charCodeAt(q + 1) : SP
      if (n === SP || n === TAB) throw reject
    }
    if (isInfOrNan(s, q)) throw reject
    // A comment ends the scalar: no line can continue it.
    this.plainParent = this.plainRest(q + 1, e) ? -1 : parent
  }

  /**
   * The rest of a plain scalar's line: no `: ` (a mapping where none may start). True when
   * a comment ends the line.
   */
  private plainRest(r: number, e: number): boolean {
    const s = this.s
    // Most lines hold neither character: indexOf finds them, and remembers the next
    // occurrence (the scan only moves forward), so that the text is searched once.
    let end = e
    for (let h = this.hashFrom(r); h >= 0 && h < e; h = this.hashFrom(h + 1)) {
      const b = s.charCodeAt(h - 1)
      if (b === SP || b === TAB) {
        end = h
        break
      }
    }
    for (let c = this.colonFrom(r); c >= 0 && c < end; c = this.colonFrom(c + 1)) {
      if (c + 1 === e) throw reject
      const n = s.charCodeAt(c + 1)
      if (n === SP || n === TAB) throw reject
    }
    return end !== e
  }

  /**
   * A more indented line continuing a plain scalar: text, whatever its first character
   * (a line starting with `#` is a comment and never gets here), except that `- `, `? `
   * and `: ` are left to the parser.
   */
  private plainContinuation(q: number, e: number): void {
    const s = this.s
    const c = s.charCodeAt(q)
    if ((c === DASH || c === 63 || c === COLON) && (q + 1 === e || s.charCodeAt(q + 1) === SP)) {
      throw reject
    }
    if (this.plainRest(q + 1, e)) this.plainParent = -1
  }

  /** After a complete token: blanks, then a comment or the end of the line. */
  private lineEnd(r: number, e: number): void {
    const s = this.s
    const start = r
    while (r < e && s.charCodeAt(r) === SP) r++
    if (r === e) return
    if (s.charCodeAt(r) === HASH && r > start) return
    throw reject
  }

  /**
   * `[a, "b", 'c']` on one line, with plain items of letters, digits and `_./-` only (no
   * nested collections, no pairs). The offset after the `]`.
   */
  private flowSequence(q: number, e: number): number {
    const s = this.s
    let r = q + 1
    for (let item = 0; ; item++) {
      while (r < e && s.charCodeAt(r) === SP) r++
      if (r >= e) throw reject
      const c = s.charCodeAt(r)
      if (c === 93 && item === 0) return r + 1
      if (c === DQUOTE || c === SQUOTE) {
        r = c === DQUOTE ? this.doubleQuoted(r, e) : this.singleQuoted(r, e)
        if (r < 0) throw reject
      } else if (isWordChar(c) && c !== DASH && c !== 46) {
        while (r < e && isWordChar(s.charCodeAt(r))) r++
      } else {
        throw reject
      }
      while (r < e && s.charCodeAt(r) === SP) r++
      const d = s.charCodeAt(r)
      if (d === 93 && r < e) return r + 1
      if (d !== 44 || r >= e) throw reject
      r++
    }
  }

  /**
   * The offset after the closing quote of a double-quoted scalar starting at q (or, for
   * a continuation line, at q + 1), or -1 when it goes on past this line.
   */
  private doubleQuoted(q: number, e: number): number {
    const s = this.s
    for (let r = q + 1; r < e; r++) {
      const c = s.charCodeAt(r)
      if (c === DQUOTE) return r + 1
      if (c === 92) {
        const x = s.charCodeAt(r + 1)
        // An escaped line break.
        if (r + 1 >= e) return -1
        if (simpleEscapes.has(x)) {
          r++
          continue
        }
        const width = x === 120 ? 2 : x === 117 ? 4 : x === 85 ? 8 : 0
        if (width === 0 || r + 2 + width > e) throw reject
        let cp = 0
        for (let i = 0; i < width; i++) {
          const h = s.charCodeAt(r + 2 + i)
          if (!isHex(h)) throw reject
          cp = cp * 16 + parseInt(s[r + 2 + i], 16)
        }
        if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) throw reject
        r += 1 + width
      }
    }
    return -1
  }

  /** As doubleQuoted, for single quotes (`''` is a quote). */
  private singleQuoted(q: number, e: number): number {
    const s = this.s
    for (let r = q + 1; r < e; r++) {
      if (s.charCodeAt(r) === SQUOTE) {
        if (s.charCodeAt(r + 1) === SQUOTE && r + 1 < e) {
          r++
          continue
        }
        return r + 1
      }
    }
    return -1
  }
}

/**
 * The top-level `apiVersion`, `kind` and `metadata` entries of `doc` (its other top-level
 * entries removed), when the scanner can tell that the whole document decodes; undefined
 * when it cannot, and the document must be decoded in full.
 */
export function headEntries(doc: string): string | undefined {
  if (unusualChar.test(doc) && unusualWithCrlf.test(doc)) return undefined
  const sc = new Scanner(doc)
  try {
    sc.scan()
  } catch (e) {
    if (e === reject) return undefined
    throw e
  }
  let out = ''
  const starts = sc.rootStarts
  for (let i = 0; i < starts.length; i++) {
    if (!sc.rootWanted[i]) continue
    const end = i + 1 < starts.length ? starts[i + 1] : doc.length
    out += doc.slice(starts[i], end)
    if (out.charCodeAt(out.length - 1) !== 10) out += '\n'
  }
  return out
}
