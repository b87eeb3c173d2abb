/**
 * Docker's own variable substitution for instruction arguments (FROM, USER,
 * WORKDIR, COPY, ENV, EXPOSE, ...): `$V`, `${V}`, `${V:-d}`, `${V-d}`,
 * `${V:+a}`, `${V+a}`, `${V:?e}`, `${V#p}`, `${V%p}`, `${V/p/r}`, with quote
 * removal and the Dockerfile escape character. RUN is not expanded by Docker;
 * see ./shell for that.
 */
import { MAX_TRIM_SUBJECT, replaceGlob, trimPrefix, trimSuffix } from './glob.js'

/** Variable value, or undefined when the variable is not set. */
export type Lookup = (name: string) => string | undefined

export interface ExpandOptions {
  escape: string
  lookup: Lookup
  /**
   * Keep `$NAME`/`${NAME}` as written when NAME is not set, instead of
   * Docker's empty string. For values a base image's ENV may define.
   */
  keepUndefined?: boolean
}

export interface ExpandResult {
  value: string
  /** Names referenced but not set (Docker expands them to ''). */
  undefinedVars: string[]
  error?: string
}

export interface ExpandWordsResult {
  words: string[]
  undefinedVars: string[]
  error?: string
}

/**
 * The longest value one expansion may produce. BuildKit has no limit, but an ARG chain that
 * doubles its value on each line (`ARG B=$A$A`) reaches gigabytes in 30 lines; no real
 * argument is a megabyte long, so past this the expansion stops with an error.
 */
export const MAX_EXPANSION = 1 << 20

const tooLong = `the expansion exceeds ${MAX_EXPANSION} characters (a variable that doubles itself?); stopped`

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

class Expander {
  private i = 0
  private produced = 0
  readonly undefinedVars: string[] = []
  error: string | undefined
  // Word assembly for split mode.
  readonly words: string[] = []
  private cur = ''
  private inWord = false

  constructor(
    private readonly s: string,
    private readonly opts: ExpandOptions,
    private readonly split: boolean,
  ) {}

  private push(text: string, quoted: boolean): void {
    if ((this.produced += text.length) > MAX_EXPANSION) {
      this.error ??= tooLong
      return
    }
    if (!this.split || quoted) {
      this.cur += text
      this.inWord = true
      return
    }
    for (const ch of text) {
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') this.endWord()
      else {
        this.cur += ch
        this.inWord = true
      }
    }
  }

  private endWord(): void {
    if (this.inWord) this.words.push(this.cur)
    this.cur = ''
    this.inWord = false
  }

  run(): string {
    const s = this.s
    const esc = this.opts.escape
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === "'") {
        const close = s.indexOf("'", this.i + 1)
        if (close === -1) {
          this.error = 'unexpected end of statement while looking for matching single-quote'
          this.push(s.slice(this.i + 1), true)
          this.i = s.length
          break
        }
        this.push(s.slice(this.i + 1, close), true)
        this.i = close + 1
      } else if (c === '"') {
        this.i++
        this.doubleQuoted()
      } else if (c === esc) {
        if (this.i + 1 >= s.length) {
          this.i++
          break
        }
        this.push(s[this.i + 1], true)
        this.i += 2
      } else if (c === '$') {
        this.push(this.dollar(), false)
      } else if (this.split && (c === ' ' || c === '\t' || c === '\n' || c === '\r')) {
        this.endWord()
        this.i++
      } else {
        this.push(c, true)
        this.i++
      }
    }
    this.endWord()
    return this.words.join(' ')
  }

  private doubleQuoted(): void {
    const s = this.s
    const esc = this.opts.escape
    let buf = ''
    let closed = false
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === '"') {
        closed = true
        this.i++
        break
      }
      if (c === esc) {
        const next = s[this.i + 1]
        if (next === undefined) {
          this.i++
          continue
        }
        if (next === '"' || next === '$' || next === esc) {
          buf += next
          this.i += 2
        } else {
          buf += c
          this.i++
        }
        continue
      }
      if (c === '$') {
        buf += this.dollar()
        continue
      }
      buf += c
      this.i++
    }
    if (!closed) this.error = 'unexpected end of statement while looking for matching double-quote'
    this.push(buf, true)
    // `""` is an (empty) word of its own.
    this.inWord = true
  }

  readonly referenced: string[] = []

  private ref(name: string): string | undefined {
    if (!this.referenced.includes(name)) this.referenced.push(name)
    return this.opts.lookup(name)
  }

  private lookup(name: string): string | undefined {
    const v = this.ref(name)
    if (v === undefined && !this.undefinedVars.includes(name)) this.undefinedVars.push(name)
    return v
  }

  /** At a `$`: returns the expansion and advances past it. */
  private dollar(): string {
    const s = this.s
    const start = this.i
    this.i++ // $
    const c = s[this.i]
    if (c === '{') {
      this.i++
      let name = ''
      while (this.i < s.length && NAME_CHAR.test(s[this.i])) name += s[this.i++]
      if (name === '' && this.i < s.length && /[0-9@*#?$!-]/.test(s[this.i])) name = s[this.i++]
      const op = this.readOperator()
      if (op === undefined) {
        this.error = `missing '}' in substitution: ${s.slice(start)}`
        this.i = s.length
        return ''
      }
      if (op === '}') {
        const v = this.lookup(name)
        if (v === undefined) return this.opts.keepUndefined ? s.slice(start, this.i) : ''
        return v
      }
      const word = this.readUntilBrace()
      const raw = s.slice(start, this.i)
      return this.modifier(name, op, word, raw)
    }
    if (c !== undefined && NAME_START.test(c)) {
      let name = ''
      while (this.i < s.length && NAME_CHAR.test(s[this.i])) name += s[this.i++]
      const v = this.lookup(name)
      if (v === undefined) return this.opts.keepUndefined ? s.slice(start, this.i) : ''
      return v
    }
    if (c !== undefined && /[0-9]/.test(c)) {
      this.i++
      return ''
    }
    return '$'
  }

  /** Reads the operator after `${name`: `}`, `:-`, `-`, `#`, `##`, ... */
  private readOperator(): string | undefined {
    const s = this.s
    const c = s[this.i]
    if (c === undefined) return undefined
    if (c === '}') {
      this.i++
      return '}'
    }
    if (c === ':') {
      const m = s[this.i + 1]
      if (m === '-' || m === '+' || m === '?' || m === '=') {
        this.i += 2
        return ':' + m
      }
      this.error = `unsupported modifier (${m ?? ''}) in substitution`
      this.i += 1
      return ':'
    }
    if (c === '#' || c === '%' || c === '/') {
      if (s[this.i + 1] === c) {
        this.i += 2
        return c + c
      }
      this.i++
      return c
    }
    if (c === '-' || c === '+' || c === '?' || c === '=') {
      this.i++
      return c
    }
    this.error = `unsupported modifier (${c}) in substitution`
    this.i++
    return c
  }

  /** The word up to the matching `}` (nesting respected), raw. */
  private readUntilBrace(): string {
    const s = this.s
    let depth = 0
    const start = this.i
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === this.opts.escape && this.i + 1 < s.length) {
        this.i += 2
        continue
      }
      if (c === '$' && s[this.i + 1] === '{') {
        depth++
        this.i += 2
        continue
      }
      if (c === '}') {
        if (depth === 0) {
          this.i++
          return s.slice(start, this.i - 1)
        }
        depth--
      }
      this.i++
    }
    this.error = 'missing closing } in substitution'
    return s.slice(start)
  }

  private sub(word: string): string {
    const r = new Expander(word, this.opts, false)
    const v = r.run()
    for (const n of r.referenced) if (!this.referenced.includes(n)) this.referenced.push(n)
    for (const u of r.undefinedVars) if (!this.undefinedVars.includes(u)) this.undefinedVars.push(u)
    if (r.error && !this.error) this.error = r.error
    return v
  }

  private modifier(name: string, op: string, word: string, raw: string): string {
    const v = this.ref(name)
    switch (op) {
      case ':-':
        return v === undefined || v === '' ? this.sub(word) : v
      case '-':
        return v === undefined ? this.sub(word) : v
      case ':+':
        return v !== undefined && v !== '' ? this.sub(word) : ''
      case '+':
        return v !== undefined ? this.sub(word) : ''
      case ':?':
      case '?':
        if (v === undefined || (op === ':?' && v === '')) {
          this.error = `${name}: ${this.sub(word) || 'is not allowed to be unset'}`
          return ''
        }
        return v
      case ':=':
      case '=':
        return v === undefined || (op === ':=' && v === '') ? this.sub(word) : v
    }
    if (v === undefined) {
      if (!this.undefinedVars.includes(name)) this.undefinedVars.push(name)
      return this.opts.keepUndefined ? raw : ''
    }
    switch (op) {
      case '#':
      case '##':
      case '%':
      case '%%': {
        const trimmed = op.startsWith('#')
          ? trimPrefix(v, this.sub(word), op === '##')
          : trimSuffix(v, this.sub(word), op === '%%')
        if (trimmed === undefined) {
          this.error ??= `\${${name}${op}…} is not worked out: the value is longer than ${MAX_TRIM_SUBJECT} characters`
          return ''
        }
        return trimmed
      }
      case '/':
      case '//': {
        const slash = findUnescapedSlash(word)
        const pat = slash === -1 ? word : word.slice(0, slash)
        const rep = this.sub(slash === -1 ? '' : word.slice(slash + 1))
        if (op === '//' && v.length * Math.max(1, rep.length) > MAX_EXPANSION) {
          this.error ??= tooLong
          return ''
        }
        return replaceGlob(v, this.sub(pat), rep, op === '//')
      }
    }
    return v
  }
}

function findUnescapedSlash(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (s[i] === '/') return i
  }
  return -1
}

/** One word, quotes removed, variables expanded (BuildKit's ProcessWord). */
export function expandWord(text: string, opts: ExpandOptions): ExpandResult {
  const e = new Expander(text, opts, false)
  const value = e.run()
  return { value, undefinedVars: e.undefinedVars, error: e.error }
}

/** Words split on unquoted whitespace after expansion (BuildKit's ProcessWords). */
export function expandWords(text: string, opts: ExpandOptions): ExpandWordsResult {
  const e = new Expander(text, opts, true)
  e.run()
  return { words: e.words, undefinedVars: e.undefinedVars, error: e.error }
}

/** Names of the variables a text refers to (`$A`, `${B:-x}`), for dependency reports. */
export function referencedVariables(text: string, escape: string): string[] {
  const e = new Expander(text, { escape, lookup: () => undefined }, false)
  e.run()
  return e.referenced
}
