/**
 * Helm's fromToml: github.com/BurntSushi/toml v1.6.0 (TOML 1.1: newlines and trailing
 * commas in inline tables, \e and \xHH escapes, optional seconds) decoding into
 * map[string]interface{}. Integers are int64, floats float64, date-times time.Time (local
 * ones in the library's "datetime-local", "date-local" and "time-local" zones, at offset 0
 * as on a UTC machine). Errors read "toml: line N (last key "k"): message" like the
 * library's; the common messages are the library's own, rarer ones may be worded
 * differently.
 */
import { GoInt, GoTime, type GoMap, type GoValue } from '../../template/value.js'

class TomlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

type Table = {
  map: GoMap
  kind: 'implicit' | 'header' | 'inline' | 'dotted' | 'array-item'
  defined: Set<string>
}

const bareKey = /[A-Za-z0-9_-]/

class Parser {
  private i = 0
  private line = 1
  private lastKey = ''
  /** The key of the current [table] header, for error messages. */
  private context: string[] = []
  private readonly root: GoMap = {}
  private readonly tables = new WeakMap<GoMap, Table>()
  private readonly arraysOfTables = new WeakSet<GoValue[]>()
  private readonly inlineValues = new WeakSet<object>()

  constructor(private readonly s: string) {
    this.tables.set(this.root, { map: this.root, kind: 'header', defined: new Set() })
  }

  private fail(msg: string, line = this.line): never {
    throw new TomlError(msg, line)
  }

  get lastKeyName(): string {
    return this.lastKey
  }

  private peek(o = 0): string {
    return this.s[this.i + o] ?? ''
  }

  private eof(): boolean {
    return this.i >= this.s.length
  }

  private advance(n = 1): void {
    for (let k = 0; k < n; k++) {
      if (this.s[this.i] === '\n') this.line++
      this.i++
    }
  }

  private skipWs(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.i++
  }

  private skipComment(): void {
    if (this.peek() !== '#') return
    while (!this.eof() && this.peek() !== '\n') {
      const c = this.s.charCodeAt(this.i)
      if ((c < 0x20 && c !== 0x09 && c !== 0x0d) || c === 0x7f) this.controlChar(c)
      this.i++
    }
  }

  /** Whitespace, comments and newlines (inside arrays and TOML 1.1 inline tables). */
  private skipAll(): void {
    for (;;) {
      this.skipWs()
      this.skipComment()
      if (this.peek() === '\n') this.advance()
      else if (this.peek() === '\r' && this.peek(1) === '\n') this.advance(2)
      else return
    }
  }

  private endOfLine(): void {
    this.skipWs()
    this.skipComment()
    if (this.eof()) return
    if (this.peek() === '\n') return this.advance()
    if (this.peek() === '\r' && this.peek(1) === '\n') return this.advance(2)
    this.fail(
      `expected a top-level item to end with a newline, comment, or EOF, but got ${goQuoteRune(this.peek())} instead`,
    )
  }

  parse(): GoMap {
    let current = this.root
    for (;;) {
      this.skipAll()
      if (this.eof()) return this.root
      if (this.peek() === '[') {
        let key: string[]
        if (this.peek(1) === '[') {
          this.advance(2)
          key = this.parseKey(']')
          this.skipWs()
          if (this.peek() !== ']' || this.peek(1) !== ']') {
            this.fail(
              `expected end of table array name delimiter ']', but got ${goQuoteRune(this.peek())} instead`,
            )
          }
          this.advance(2)
          this.lastKey = contextString(key.slice(0, -1))
          current = this.arrayTable(key)
        } else {
          this.advance()
          key = this.parseKey(']')
          this.skipWs()
          if (this.peek() !== ']')
            this.fail(
              `expected '.' or ']' to end table name, but got ${goQuoteRune(this.peek())} instead`,
            )
          this.advance()
          this.lastKey = contextString(key.slice(0, -1))
          current = this.headerTable(key)
        }
        this.context = key
        this.lastKey = contextString(key)
        this.endOfLine()
        continue
      }
      this.keyValue(current)
      this.endOfLine()
    }
  }

  private parseKey(end: string): string[] {
    const parts: string[] = []
    for (;;) {
      this.skipWs()
      const c = this.peek()
      if (c === '"') parts.push(this.basicString())
      else if (c === "'") parts.push(this.literalString())
      else if (bareKey.test(c)) {
        let k = ''
        while (bareKey.test(this.peek())) k += this.s[this.i++]
        parts.push(k)
      } else if (this.eof())
        this.fail(end === '=' ? "unexpected EOF; expected key separator '='" : 'unexpected EOF')
      else if (c === end && parts.length === 0) {
        this.fail(
          end === '='
            ? "unexpected '=': key name appears blank"
            : 'unexpected end of table name (table names cannot be empty)',
        )
      } else if (c === '.')
        this.fail(
          end === '='
            ? "unexpected '.': keys cannot start with a '.'"
            : 'unexpected table separator (table names cannot be empty)',
        )
      else this.fail(`expected key but found ${goQuoteRune(c)} instead`)
      this.skipWs()
      if (this.peek() === '.') {
        this.advance()
        continue
      }
      return parts
    }
  }

  private tableOf(m: GoMap): Table | undefined {
    return this.tables.get(m)
  }

  private newTable(kind: Table['kind']): GoMap {
    const m: GoMap = {}
    this.tables.set(m, { map: m, kind, defined: new Set() })
    return m
  }

  /** Walks (creating) the tables of a header's parent path. */
  private descend(path: string[]): GoMap {
    let m = this.root
    for (const k of path) {
      const v = m[k]
      if (v === undefined) {
        const t = this.newTable('implicit')
        setOwn(m, k, t)
        m = t
      } else if (Array.isArray(v) && this.arraysOfTables.has(v)) {
        m = v[v.length - 1] as GoMap
      } else if (isTableValue(v) && !this.inlineValues.has(v as object)) {
        m = v as GoMap
      } else {
        this.fail(`Key '${path.join('.')}' was already created and cannot be used as a table.`)
      }
    }
    return m
  }

  private headerTable(key: string[]): GoMap {
    const parent = this.descend(key.slice(0, -1))
    const last = key[key.length - 1]
    const v = parent[last]
    if (v === undefined) {
      const t = this.newTable('header')
      setOwn(parent, last, t)
      return t
    }
    const t = isTableValue(v) ? this.tableOf(v as GoMap) : undefined
    if (!t || t.kind === 'header' || t.kind === 'inline' || this.inlineValues.has(v as object)) {
      this.fail(`Key '${key.join('.')}' has already been defined.`)
    }
    t.kind = 'header'
    return v as GoMap
  }

  private arrayTable(key: string[]): GoMap {
    const parent = this.descend(key.slice(0, -1))
    const last = key[key.length - 1]
    const v = parent[last]
    const t = this.newTable('array-item')
    if (v === undefined) {
      const arr: GoValue[] = [t]
      this.arraysOfTables.add(arr)
      setOwn(parent, last, arr)
    } else if (Array.isArray(v) && this.arraysOfTables.has(v)) {
      v.push(t)
    } else {
      this.fail(`Key '${key.join('.')}' was already created and cannot be used as an array.`)
    }
    return t
  }

  private keyValue(table: GoMap): void {
    const key = this.parseKey('=')
    this.skipWs()
    if (this.peek() !== '=') {
      if (this.eof()) this.fail("unexpected EOF; expected key separator '='")
      this.fail(`expected '.' or '=', but got ${goQuoteRune(this.peek())} instead`)
    }
    this.advance()
    this.skipWs()
    const outer = this.lastKey
    this.lastKey = contextString([...this.context, ...key.slice(0, -1)])
    this.lastKey = this.lastKey ? `${this.lastKey}.${key[key.length - 1]}` : key[key.length - 1]
    const value = this.value()
    let m = table
    for (let k = 0; k < key.length - 1; k++) {
      const v = m[key[k]]
      if (v === undefined) {
        const t = this.newTable('dotted')
        setOwn(m, key[k], t)
        m = t
      } else if (
        isTableValue(v) &&
        !this.inlineValues.has(v as object) &&
        this.tableOf(v as GoMap)?.kind !== 'header'
      ) {
        m = v as GoMap
      } else {
        this.fail(`Key '${key.slice(0, k + 1).join('.')}' has already been defined.`)
      }
    }
    const last = key[key.length - 1]
    if (Object.prototype.hasOwnProperty.call(m, last))
      this.fail(`Key '${key.join('.')}' has already been defined.`)
    setOwn(m, last, value)
    this.lastKey = outer
  }

  private value(): GoValue {
    const c = this.peek()
    if (this.eof()) this.fail('unexpected EOF; expected value')
    if (c === '"') {
      if (this.s.startsWith('"""', this.i)) return this.multilineBasic()
      return this.basicString()
    }
    if (c === "'") {
      if (this.s.startsWith("'''", this.i)) return this.multilineLiteral()
      return this.literalString()
    }
    if (c === '[') return this.array()
    if (c === '{') return this.inlineTable()
    if (this.s.startsWith('true', this.i) && !bareKey.test(this.peek(4))) {
      this.i += 4
      return true
    }
    if (this.s.startsWith('false', this.i) && !bareKey.test(this.peek(5))) {
      this.i += 5
      return false
    }
    return this.scalarToken()
  }

  private scalarToken(): GoValue {
    const m = /^[0-9A-Za-z_.:+-]+(?: [0-9][0-9:.+Zz-]*)?/.exec(this.s.slice(this.i, this.i + 80))
    if (!m) this.fail(`expected value but found ${goQuoteRune(this.peek())} instead`)
    let tok = m[0]
    // A space only belongs to a date-time ("1979-05-27 07:32:00").
    if (tok.includes(' ') && !/^\d{4}-\d{2}-\d{2} \d/.test(tok))
      tok = tok.slice(0, tok.indexOf(' '))
    const v = parseScalar(tok, (msg) => this.fail(msg))
    this.i += tok.length
    return v
  }

  private array(): GoValue[] {
    this.advance()
    const out: GoValue[] = []
    for (;;) {
      this.skipAll()
      if (this.peek() === ']') {
        this.advance()
        return out
      }
      if (this.peek() === ',') this.fail('unexpected comma')
      out.push(this.value())
      this.skipAll()
      if (this.peek() === ',') {
        this.advance()
        continue
      }
      if (this.peek() === ']') {
        this.advance()
        return out
      }
      this.fail(
        `expected a comma (',') or array terminator (']'), but got ${this.eof() ? 'EOF' : goQuoteRune(this.peek())}`,
      )
    }
  }

  private inlineTable(): GoMap {
    this.advance()
    const t = this.newTable('inline')
    this.inlineValues.add(t)
    for (;;) {
      this.skipAll()
      if (this.peek() === '}') {
        this.advance()
        this.freeze(t)
        return t
      }
      if (this.peek() === ',') this.fail('unexpected comma')
      this.keyValue(t)
      this.skipAll()
      if (this.peek() === ',') {
        this.advance()
        continue
      }
      if (this.peek() === '}') {
        this.advance()
        this.freeze(t)
        return t
      }
      this.fail(
        `expected a comma or an inline table terminator '}', but got ${this.eof() ? 'EOF' : goQuoteRune(this.peek())} instead`,
      )
    }
  }

  /** Inline tables (and tables inside them) are complete: later keys cannot extend them. */
  private freeze(m: GoMap): void {
    this.inlineValues.add(m)
    for (const v of Object.values(m)) if (isTableValue(v)) this.freeze(v as GoMap)
  }

  private basicString(): string {
    this.advance()
    let out = ''
    for (;;) {
      if (this.eof()) this.fail(`unexpected EOF; expected '"'`)
      const c = this.s[this.i]
      if (c === '\n') this.fail('strings cannot contain newlines')
      if (c === '"') {
        this.i++
        return out
      }
      if (c === '\\') {
        out += this.escape()
        continue
      }
      this.checkControl(c)
      out += c
      this.i++
    }
  }

  private checkControl(c: string): void {
    const code = c.charCodeAt(0)
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) this.controlChar(code)
  }

  private controlChar(code: number): never {
    return this.fail(
      `TOML files cannot contain control characters: '0x${code.toString(16).padStart(2, '0')}'`,
    )
  }

  private escape(): string {
    const e = this.s[this.i + 1] ?? ''
    if (e === ' ' || e === '\t') this.fail(`invalid escape: '\\${e}'`)
    const simple: Record<string, string> = {
      b: '\b',
      t: '\t',
      n: '\n',
      f: '\f',
      r: '\r',
      e: '\x1b',
      '"': '"',
      '\\': '\\',
    }
    if (simple[e] !== undefined) {
      this.i += 2
      return simple[e]
    }
    const widths: Record<string, number> = { x: 2, u: 4, U: 8 }
    const w = widths[e]
    if (w === undefined)
      this.fail(`invalid escape in string '\\${e}'`, this.line + (e === '\n' ? 1 : 0))
    const hex = this.s.slice(this.i + 2, this.i + 2 + w)
    if (!new RegExp(`^[0-9A-Fa-f]{${w}}$`).test(hex)) {
      const names: Record<number, string> = { 2: 'two', 4: 'four', 8: 'eight' }
      this.fail(
        `expected ${names[w]} hexadecimal digits after '\\${e}', but got ${goQuote(hex)} instead`,
      )
    }
    const cp = parseInt(hex, 16)
    if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
      this.fail(`invalid escaped Unicode character: ${goQuote('\\' + e + hex)}`)
    this.i += 2 + w
    return String.fromCodePoint(cp)
  }

  private literalString(): string {
    this.advance()
    const start = this.i
    for (;;) {
      if (this.eof()) this.fail(`unexpected EOF; expected "'"`)
      const c = this.s[this.i]
      if (c === '\n') this.fail('strings cannot contain newlines')
      if (c === "'") {
        this.i++
        return this.s.slice(start, this.i - 1)
      }
      this.checkControl(c)
      this.i++
    }
  }

  private skipFirstNewline(): void {
    if (this.peek() === '\n') this.advance()
    else if (this.peek() === '\r' && this.peek(1) === '\n') this.advance(2)
  }

  private multilineBasic(): string {
    this.i += 3
    this.skipFirstNewline()
    let out = ''
    for (;;) {
      if (this.eof()) this.fail(`unexpected EOF; expected '"""'`)
      if (this.s.startsWith('"""', this.i)) {
        // Up to two quotes may end the content right before the delimiter.
        let n = 3
        while (this.s[this.i + n] === '"' && n < 5) n++
        out += '"'.repeat(n - 3)
        this.i += n
        return out
      }
      const c = this.s[this.i]
      if (c === '\\') {
        const rest = /^\\[ \t]*\r?\n/.exec(this.s.slice(this.i))
        if (rest) {
          // Line-ending backslash: drop the break and the whitespace that follows.
          this.advance(rest[0].length)
          while (/[ \t\n\r]/.test(this.peek())) this.advance()
          continue
        }
        out += this.escape()
        continue
      }
      if (c === '\r' && this.peek(1) === '\n') {
        out += '\r\n'
        this.advance(2)
        continue
      }
      if (c !== '\n') this.checkControl(c)
      out += c
      this.advance()
    }
  }

  private multilineLiteral(): string {
    this.i += 3
    this.skipFirstNewline()
    let out = ''
    for (;;) {
      if (this.eof()) this.fail(`unexpected EOF; expected "'''"`)
      if (this.s.startsWith("'''", this.i)) {
        let n = 3
        while (this.s[this.i + n] === "'" && n < 5) n++
        out += "'".repeat(n - 3)
        this.i += n
        return out
      }
      const c = this.s[this.i]
      if (c !== '\n' && c !== '\r') this.checkControl(c)
      out += c
      this.advance()
    }
  }
}

function contextString(key: string[]): string {
  return key
    .map((k) => (k === '' ? '""' : /^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k)))
    .join('.')
}

function isTableValue(v: GoValue | undefined): boolean {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof GoInt) &&
    !(v instanceof GoTime) &&
    !(v instanceof Uint8Array)
  )
}

function setOwn(m: GoMap, k: string, v: GoValue): void {
  if (k === '__proto__')
    Object.defineProperty(m, k, { value: v, enumerable: true, writable: true, configurable: true })
  else m[k] = v
}

/** Go's %q for a string. */
function goQuote(s: string): string {
  return JSON.stringify(s)
}

function goQuoteRune(c: string): string {
  if (c === "'") return `'\\''`
  return `'${c === '\\' ? '\\\\' : c}'`
}

const MAX_INT64 = (1n << 63n) - 1n

/** The library's numHasLeadingZero. */
function hasLeadingZero(s: string): boolean {
  if (s.length > 1 && s[0] === '0' && !'box'.includes(s[1])) return true
  return s.length > 2 && (s[0] === '-' || s[0] === '+') && s[1] === '0'
}

/** The library's numUnderscoresOK: every underscore between two (hex) digits. */
function underscoresOk(s: string): boolean {
  if (['nan', '+nan', '-nan', 'inf', '-inf', '+inf'].includes(s)) return true
  let accept = false
  for (const c of s) {
    if (c === '_' && !accept) return false
    accept = /[0-9A-Fa-f]/.test(c)
  }
  return accept
}

/** Integers, floats and date-times (the unquoted scalars), with the library's messages. */
function parseScalar(tok: string, fail: (msg: string) => never): GoValue {
  const signed = /^([+-])(0[xob])/.exec(tok)
  if (signed) fail(`cannot use sign with non-decimal numbers: '${signed[1]}${signed[2]}'`)
  const based = /^0([xob])(.*)$/.exec(tok)
  if (based) {
    const digit = based[1] === 'x' ? '[0-9A-Fa-f_]' : based[1] === 'o' ? '[0-7_]' : '[01_]'
    if (!new RegExp(`^${digit}+$`).test(based[2])) {
      const kind = based[1] === 'x' ? 'hexadecimal' : based[1] === 'o' ? 'octal' : 'binary'
      fail(`not a ${kind} number: '0${based[1]}${based[2][0] ?? ''}'`)
    }
    if (!underscoresOk(tok))
      fail(`Invalid integer ${goQuote(tok)}: underscores must be surrounded by digits`)
    const v = BigInt('0' + based[1] + based[2].replace(/_/g, ''))
    if (v > MAX_INT64) fail(`${tok} is out of range for int64`)
    return new GoInt(v, 'int64')
  }
  if (/^[+-]?[0-9_]+$/.test(tok)) {
    if (!underscoresOk(tok.replace(/^[+-]/, '')))
      fail(`Invalid integer ${goQuote(tok)}: underscores must be surrounded by digits`)
    if (hasLeadingZero(tok)) fail(`Invalid integer ${goQuote(tok)}: cannot have leading zeroes`)
    const v = BigInt(tok.replace(/_/g, ''))
    if (v > MAX_INT64 || v < -MAX_INT64 - 1n) fail(`${tok} is out of range for int64`)
    return new GoInt(v, 'int64')
  }
  if (/^[+-]?(inf|nan)$/.test(tok)) {
    if (tok.endsWith('nan')) return NaN
    return tok.startsWith('-') ? -Infinity : Infinity
  }
  if (/^[+-]?[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]*)?$/.test(tok) && /[0-9]/.test(tok)) {
    if (/^[+-]?\./.test(tok)) fail("floats must start with a digit, not '.'")
    const parts = tok.split(/[.eE]/).filter((p) => p !== '')
    for (const part of parts) {
      if (!underscoresOk(part.replace(/^[+-]/, '')))
        fail(`Invalid float ${goQuote(tok)}: underscores must be surrounded by digits`)
    }
    if (parts.length > 0 && hasLeadingZero(parts[0]))
      fail(`Invalid float ${goQuote(tok)}: cannot have leading zeroes`)
    if (/\.(?![0-9])/.test(tok))
      fail(`Invalid float ${goQuote(tok)}: '.' must be followed by one or more digits`)
    const f = Number(tok.replace(/_/g, ''))
    if (Number.isNaN(f)) fail(`Invalid float value: ${goQuote(tok)}`)
    if (!Number.isFinite(f)) fail(`${tok} is out of range for float64`)
    return f
  }
  if (/^\d{4}-|^\d{2}:/.test(tok)) {
    const t = parseDatetime(tok)
    if (t === undefined)
      fail(`invalid datetime: ${goQuote(tok.replace(/[zt ]/g, (c) => (c === 'z' ? 'Z' : 'T')))}`)
    return t!
  }
  return fail(`expected value but found ${goQuote(tok)} instead`)
}

function parseDatetime(tok: string): GoValue | undefined {
  const pad2 = (s: string | undefined): number => Number(s ?? '0')
  const frac = (s: string | undefined): number =>
    s ? Number((s.slice(1) + '000000000').slice(0, 9)) : 0
  let m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$/.exec(
      tok,
    )
  if (m) {
    const [, y, mo, d, h, mi, s, f, z] = m
    const year = Number(y)
    const month = Number(mo)
    const day = Number(d)
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return undefined
    if (h !== undefined && (pad2(h) > 23 || pad2(mi) > 59 || pad2(s) > 59)) return undefined
    const nanos = frac(f)
    const ms = Date.UTC(year, month - 1, day, pad2(h), pad2(mi), pad2(s)) + Math.floor(nanos / 1e6)
    const extra = nanos % 1e6
    if (h === undefined) return new GoTime(ms, 0, 'date-local', 0)
    if (z === undefined) return new GoTime(ms, 0, 'datetime-local', extra)
    if (z === 'Z' || z === 'z') return new GoTime(ms, 0, 'UTC', extra)
    const off = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(4, 6)))
    return new GoTime(ms - off * 60000, off, '', extra)
  }
  m = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(tok)
  if (m) {
    const [, h, mi, s, f] = m
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return undefined
    const nanos = frac(f)
    // time.Parse of a bare time yields January 1 of year 0.
    const d = new Date(0)
    d.setUTCFullYear(0, 0, 1)
    d.setUTCHours(Number(h), Number(mi), Number(s ?? '0'), Math.floor(nanos / 1e6))
    return new GoTime(d.getTime(), 0, 'time-local', nanos % 1e6)
  }
  return undefined
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

/** toml.Unmarshal(s, &map[string]interface{}); `error` is the ParseError text. */
export function decodeToml(s: string): { value: GoMap; error?: string } {
  const p = new Parser(s)
  try {
    return { value: p.parse() }
  } catch (e) {
    if (e instanceof TomlError) {
      const where = p.lastKeyName
        ? `toml: line ${e.line} (last key ${JSON.stringify(p.lastKeyName)})`
        : `toml: line ${e.line}`
      return { value: {}, error: `${where}: ${e.message}` }
    }
    throw e
  }
}
