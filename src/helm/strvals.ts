/**
 * Helm's --set grammar (pkg/strvals): `a.b=v,c[0]=w`, `{x,y}` lists, backslash escapes,
 * typed scalars (true/false/null/int64) unless forced to strings, --set-file values read
 * from files, --set-json values decoded as JSON, and --set-literal. Errors carry Helm's
 * wording, including the quirks (an unterminated `[` is silently ignored, as io.EOF is).
 */
import { GoInt, isGoMap, type GoMap, type GoValue } from '../template/value.js'
import { quote, quoteRune } from '../template/strconv.js'
import { setSite, type ValueSite } from './origins.js'
import { goTypeName, hasKey, setKey } from './gomap.js'
import { isGoSpace } from './go-text.js'

/** Go's io.EOF; errors wrapping it end a parse silently, as errors.Is(err, io.EOF) does in Helm. */
class EofError extends Error {
  constructor() {
    super('EOF')
  }
}

export class StrvalsError extends Error {
  constructor(
    message: string,
    override readonly cause?: Error,
  ) {
    super(message)
  }
}

/** A recovered Go panic inside the parser. */
class ParserPanic extends Error {}

const errNotList = new StrvalsError('not a list')

function isEof(e: unknown): boolean {
  for (let cur: unknown = e; cur; cur = (cur as StrvalsError).cause) {
    if (cur instanceof EofError) return true
  }
  return false
}

const maxIndex = 65536
const maxNestedNameLevel = 30

type RuneReader = (rs: string[]) => GoValue

class RuneScanner {
  private pos = 0
  constructor(private readonly runes: string[]) {}
  read(): string | undefined {
    return this.pos < this.runes.length ? this.runes[this.pos++] : undefined
  }
  unread(): void {
    if (this.pos > 0) this.pos--
  }
  rest(): string {
    return this.runes.slice(this.pos).join('')
  }
  skipCodeUnits(n: number): void {
    let units = 0
    while (units < n && this.pos < this.runes.length) units += this.runes[this.pos++].length
  }
}

function runesUntil(
  sc: RuneScanner,
  stop: string,
  escapes = true,
): { v: string[]; last: string | undefined; eof: boolean } {
  const v: string[] = []
  for (;;) {
    const r = sc.read()
    if (r === undefined) return { v, last: undefined, eof: true }
    if (stop.includes(r)) return { v, last: r, eof: false }
    if (escapes && r === '\\') {
      const next = sc.read()
      if (next === undefined) return { v, last: undefined, eof: true }
      v.push(next)
      continue
    }
    v.push(r)
  }
}

function assertList(v: GoValue | undefined): GoValue[] {
  if (Array.isArray(v)) return v
  throw new ParserPanic(
    `interface conversion: interface {} is ${goTypeName(v ?? null)}, not []interface {}`,
  )
}

function assertMap(v: GoValue | undefined): GoMap {
  if (isGoMap(v ?? null)) return v as GoMap
  throw new ParserPanic(
    `interface conversion: interface {} is ${goTypeName(v ?? null)}, not map[string]interface {}`,
  )
}

function atoi(s: string): number {
  if (!/^[+-]?[0-9]+$/.test(s)) {
    throw new StrvalsError(`strconv.Atoi: parsing ${quote(s)}: invalid syntax`)
  }
  const n = Number(s)
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63) {
    throw new StrvalsError(`strconv.Atoi: parsing ${quote(s)}: value out of range`)
  }
  return n
}

/** Finds the end of the first JSON value in s (what json.Decoder consumes), or throws. */
function jsonValueEnd(s: string): number {
  let i = 0
  const ws = (): void => {
    while (i < s.length && ' \t\r\n'.includes(s[i])) i++
  }
  const value = (): void => {
    ws()
    const c = s[i]
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      i++
      ws()
      if (s[i] === close) {
        i++
        return
      }
      for (;;) {
        if (c === '{') {
          ws()
          if (s[i] !== '"') throw new Error('json')
          value()
          ws()
          if (s[i] !== ':') throw new Error('json')
          i++
        }
        value()
        ws()
        if (s[i] === ',') {
          i++
          continue
        }
        if (s[i] === close) {
          i++
          return
        }
        throw new Error('json')
      }
    }
    if (c === '"') {
      i++
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1
      if (i >= s.length) throw new Error('json')
      i++
      return
    }
    const m = /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)/.exec(
      s.slice(i),
    )
    if (!m) throw new Error('json')
    i += m[0].length
  }
  value()
  return i
}

class Parser {
  constructor(
    private readonly sc: RuneScanner,
    private readonly data: GoMap,
    private readonly reader: RuneReader | undefined,
    private readonly site: ValueSite | undefined,
    private readonly jsonValues = false,
  ) {}

  parse(): void {
    for (;;) {
      try {
        this.key(this.data, 0)
      } catch (e) {
        if (isEof(e)) return
        throw e
      }
    }
  }

  private set(data: GoMap, key: string, val: GoValue): void {
    if (key.length === 0) return
    setKey(data, key, val)
    setSite(data, key, this.site)
  }

  private setIndex(list: GoValue[], index: number, val: GoValue): GoValue[] {
    if (index < 0) throw new StrvalsError(`negative ${index} index not allowed`)
    if (index > maxIndex) {
      throw new StrvalsError(
        `index of ${index} is greater than maximum supported index of ${maxIndex}`,
      )
    }
    while (list.length <= index) list.push(null)
    list[index] = val
    setSite(list, index, this.site)
    return list
  }

  private decodeJson(): GoValue {
    const rest = this.sc.rest()
    let end: number
    try {
      end = jsonValueEnd(rest)
    } catch {
      throw new StrvalsError('invalid JSON')
    }
    const value = JSON.parse(rest.slice(0, end)) as GoValue
    this.sc.skipCodeUnits(end)
    return value
  }

  private emptyVal(): boolean {
    for (;;) {
      const r = this.sc.read()
      if (r === undefined || r === ',') return true
      if (!isGoSpace(r)) {
        this.sc.unread()
        return false
      }
    }
  }

  private readValue(rs: string[]): GoValue {
    if (!this.reader) return rs.join('')
    return this.reader(rs)
  }

  private key(data: GoMap, nested: number): void {
    try {
      this.keyInner(data, nested)
    } catch (e) {
      if (e instanceof ParserPanic) throw new StrvalsError(`unable to parse key: ${e.message}`)
      throw e
    }
  }

  private keyInner(data: GoMap, nestedNameLevel: number): void {
    const { v: kr, last, eof } = runesUntil(this.sc, '=[,.')
    const k = kr.join('')
    if (eof) {
      if (kr.length === 0) throw new EofError()
      throw new StrvalsError(`key ${quote(k)} has no value`)
    }
    if (last === '[') {
      let i: number
      try {
        i = this.keyIndex()
      } catch (e) {
        throw new StrvalsError(`error parsing index: ${(e as Error).message}`, e as Error)
      }
      let list: GoValue[] = []
      if (hasKey(data, k)) list = assertList(data[k])
      let err: unknown
      try {
        list = this.listItem(list, i, nestedNameLevel)
      } catch (e) {
        err = e
      }
      this.set(data, k, list)
      if (err) throw err
      return
    }
    if (last === '=') {
      if (this.jsonValues) {
        if (this.emptyVal()) {
          this.set(data, k, null)
          return
        }
        this.set(data, k, this.decodeJson())
        this.emptyVal()
        return
      }
      const vl = this.valList()
      if (vl === 'eof') {
        this.set(data, k, '')
        throw new EofError()
      }
      if (vl === errNotList) {
        const rs = runesUntil(this.sc, ',').v
        this.set(data, k, this.readValue(rs))
        return
      }
      this.set(data, k, vl as GoValue[])
      return
    }
    if (last === ',') {
      this.set(data, k, '')
      throw new StrvalsError(`key ${quote(k)} has no value (cannot end with ,)`)
    }
    // last === '.'
    nestedNameLevel++
    if (nestedNameLevel > maxNestedNameLevel) {
      throw new StrvalsError(
        `value name nested level is greater than maximum supported nested level of ${maxNestedNameLevel}`,
      )
    }
    let inner: GoMap = {}
    if (hasKey(data, k)) inner = assertMap(data[k])
    let err: unknown
    try {
      this.key(inner, nestedNameLevel)
    } catch (e) {
      err = e
    }
    const size = Object.keys(inner).length
    if (!err && size === 0) throw new StrvalsError(`key map ${quote(k)} has no value`)
    if (size !== 0) this.set(data, k, inner)
    if (err) throw err
  }

  private keyIndex(): number {
    const { v, eof } = runesUntil(this.sc, ']')
    if (eof) throw new EofError()
    return atoi(v.join(''))
  }

  private listItem(list: GoValue[], i: number, nestedNameLevel: number): GoValue[] {
    if (i < 0) throw new StrvalsError(`negative ${i} index not allowed`)
    const { v: kr, last, eof } = runesUntil(this.sc, '[.=')
    if (kr.length > 0) {
      const shown = kr.map((r) => quoteRune(r.codePointAt(0)!)).join(' ')
      throw new StrvalsError(`unexpected data at end of array index: [${shown}]`)
    }
    if (eof) throw new EofError()
    if (last === '=') {
      if (this.jsonValues) {
        if (this.emptyVal()) return this.setIndex(list, i, null)
        list = this.setIndex(list, i, this.decodeJson())
        this.emptyVal()
        return list
      }
      const vl = this.valList()
      if (vl === 'eof') return this.setIndex(list, i, '')
      if (vl === errNotList) {
        const rs = runesUntil(this.sc, ',').v
        return this.setIndex(list, i, this.readValue(rs))
      }
      return this.setIndex(list, i, vl as GoValue[])
    }
    if (last === '[') {
      let nextI: number
      try {
        nextI = this.keyIndex()
      } catch (e) {
        throw new StrvalsError(`error parsing index: ${(e as Error).message}`, e as Error)
      }
      let crt: GoValue[] = []
      if (list.length > i && list[i] !== null) crt = assertList(list[i])
      const list2 = this.listItem(crt, nextI, nestedNameLevel)
      return this.setIndex(list, i, list2)
    }
    // last === '.'
    let inner: GoMap = {}
    if (list.length > i) {
      const cur = list[i]
      if (isGoMap(cur)) inner = cur
      else {
        inner = {}
        list[i] = inner
      }
    }
    this.key(inner, nestedNameLevel)
    return this.setIndex(list, i, inner)
  }

  private valList(): GoValue[] | 'eof' | StrvalsError {
    const r = this.sc.read()
    if (r === undefined) return 'eof'
    if (r !== '{') {
      this.sc.unread()
      return errNotList
    }
    const list: GoValue[] = []
    for (;;) {
      const { v, last, eof } = runesUntil(this.sc, ',}')
      if (eof) throw new StrvalsError("list must terminate with '}'")
      if (last === '}') {
        const next = this.sc.read()
        if (next !== undefined && next !== ',') this.sc.unread()
        list.push(this.readValue(v))
        setSite(list, list.length - 1, this.site)
        return list
      }
      list.push(this.readValue(v))
      setSite(list, list.length - 1, this.site)
    }
  }
}

/** strvals.typedVal */
export function typedVal(val: string, forceString: boolean): GoValue {
  if (forceString) return val
  const lower = val.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  if (lower === 'null') return null
  if (val === '0') return new GoInt(0n, 'int64')
  if (val.length !== 0 && val[0] !== '0' && /^[+-]?[0-9]+$/.test(val)) {
    const n = BigInt(val)
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return new GoInt(n, 'int64')
  }
  return val
}

export interface StrvalsOptions {
  /** Records where each value came from (the flag and its argument). */
  site?: ValueSite
}

function run(
  s: string,
  dest: GoMap,
  reader: RuneReader | undefined,
  json: boolean,
  opts: StrvalsOptions,
): void {
  new Parser(new RuneScanner(Array.from(s)), dest, reader, opts.site, json).parse()
}

/** strvals.ParseInto (--set) */
export function parseSetInto(s: string, dest: GoMap, opts: StrvalsOptions = {}): void {
  run(s, dest, (rs) => typedVal(rs.join(''), false), false, opts)
}

/** strvals.ParseIntoString (--set-string) */
export function parseSetStringInto(s: string, dest: GoMap, opts: StrvalsOptions = {}): void {
  run(s, dest, (rs) => rs.join(''), false, opts)
}

/** strvals.ParseIntoFile (--set-file); `readFile` returns the file's text or throws. */
export function parseSetFileInto(
  s: string,
  dest: GoMap,
  readFile: (path: string) => string,
  opts: StrvalsOptions = {},
): void {
  run(s, dest, (rs) => readFile(rs.join('')), false, opts)
}

/** strvals.ParseJSON (--set-json key=value form) */
export function parseSetJsonInto(s: string, dest: GoMap, opts: StrvalsOptions = {}): void {
  run(s, dest, undefined, true, opts)
}

/** strvals.Parse: a fresh map. */
export function parseSet(s: string): GoMap {
  const out: GoMap = {}
  parseSetInto(s, out)
  return out
}

/** strvals.ParseLiteralInto (--set-literal): the value is the rest of the argument, verbatim. */
export function parseSetLiteralInto(s: string, dest: GoMap, opts: StrvalsOptions = {}): void {
  const sc = new RuneScanner(Array.from(s))
  const site = opts.site
  const set = (data: GoMap, key: string, val: GoValue): void => {
    if (key.length === 0) return
    setKey(data, key, val)
    setSite(data, key, site)
  }
  const setIndex = (list: GoValue[], index: number, val: GoValue): GoValue[] => {
    if (index > maxIndex) {
      throw new StrvalsError(
        `index of ${index} is greater than maximum supported index of ${maxIndex}`,
      )
    }
    while (list.length <= index) list.push(null)
    list[index] = val
    setSite(list, index, site)
    return list
  }
  const keyIndex = (): number => {
    const { v, eof } = runesUntil(sc, ']', false)
    if (eof) throw new EofError()
    return atoi(v.join(''))
  }
  const listItem = (list: GoValue[], i: number, nested: number): GoValue[] => {
    if (i < 0) throw new StrvalsError(`negative ${i} index not allowed`)
    const { v: kr, last, eof } = runesUntil(sc, '[.=', false)
    if (kr.length > 0) {
      const shown = kr.map((r) => quoteRune(r.codePointAt(0)!)).join(' ')
      throw new StrvalsError(`unexpected data at end of array index: [${shown}]`)
    }
    if (eof) throw new EofError()
    if (last === '=') return setIndex(list, i, runesUntil(sc, '', false).v.join(''))
    if (last === '.') {
      let inner: GoMap = {}
      if (list.length > i) {
        const cur = list[i]
        if (isGoMap(cur)) inner = cur
        else {
          inner = {}
          list[i] = inner
        }
      }
      key(inner, nested)
      return setIndex(list, i, inner)
    }
    let nextI: number
    try {
      nextI = keyIndex()
    } catch (e) {
      throw new StrvalsError(`error parsing index: ${(e as Error).message}`, e as Error)
    }
    let crt: GoValue[] = []
    if (list.length > i && list[i] !== null) crt = assertList(list[i])
    return setIndex(list, i, listItem(crt, nextI, nested))
  }
  const keyInner = (data: GoMap, nested: number): void => {
    const { v: kr, last, eof } = runesUntil(sc, '=[.', false)
    const k = kr.join('')
    if (eof) {
      if (kr.length === 0) throw new EofError()
      throw new StrvalsError(`key ${quote(k)} has no value`)
    }
    if (last === '=') {
      set(data, k, runesUntil(sc, '', false).v.join(''))
      return
    }
    if (last === '.') {
      nested++
      if (nested > maxNestedNameLevel) {
        throw new StrvalsError(
          `value name nested level is greater than maximum supported nested level of ${maxNestedNameLevel}`,
        )
      }
      let inner: GoMap = {}
      if (hasKey(data, k)) inner = assertMap(data[k])
      let err: unknown
      try {
        key(inner, nested)
      } catch (e) {
        err = e
      }
      const size = Object.keys(inner).length
      if (!err && size === 0) throw new StrvalsError(`key map ${quote(k)} has no value`)
      if (size !== 0) set(data, k, inner)
      if (err) throw err
      return
    }
    let i: number
    try {
      i = keyIndex()
    } catch (e) {
      throw new StrvalsError(`error parsing index: ${(e as Error).message}`, e as Error)
    }
    let list: GoValue[] = []
    if (hasKey(data, k)) list = assertList(data[k])
    let err: unknown
    try {
      list = listItem(list, i, nested)
    } catch (e) {
      err = e
    }
    set(data, k, list)
    if (err) throw err
  }
  const key = (data: GoMap, nested: number): void => {
    try {
      keyInner(data, nested)
    } catch (e) {
      if (e instanceof ParserPanic) throw new StrvalsError(`unable to parse key: ${e.message}`)
      throw e
    }
  }
  for (;;) {
    try {
      key(dest, 0)
    } catch (e) {
      if (isEof(e)) return
      throw e
    }
  }
}
