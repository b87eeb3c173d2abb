/**
 * GitHub Actions expressions (`${{ ... }}`), evaluated far enough to resolve image names:
 * contexts (`env`, `matrix`, `github`, `steps`, `needs`, `inputs`), property and index
 * access, string/number/boolean literals, `||` `&&` `!` `==` `!=`, and the functions
 * `format`, `join`, `fromJSON`, `toJSON`, `contains`, `startsWith`, `endsWith`.
 * Whatever depends on run-time data (secrets, vars, unknown outputs) is `Unknown`.
 */
import type { SourceRange } from '../../core/range.js'
import { githubHoleShape, type HoleTable } from '../template.js'

export class Unknown {
  constructor(readonly expr: string) {}
}

/** `docker/metadata-action`'s `tags` output: the images it was given, tags not known. */
export class MetaTags {
  constructor(
    readonly images: MetaImage[],
    readonly literalTags: string[],
  ) {}
}

export interface MetaImage {
  /** Image name with encoded holes. */
  name: string
  /** Where the name is written (computed when needed). */
  range: () => SourceRange
  step: string
}

/** `docker/metadata-action`'s `json` output, which `fromJSON(...).tags` reads. */
export class MetaJson {
  constructor(readonly tags: MetaTags) {}
}

export type ExprValue =
  | string
  | number
  | boolean
  | null
  | ExprValue[]
  | { [k: string]: ExprValue }
  | Unknown
  | MetaTags
  | MetaJson

/** Resolves a root context name (`env`, `matrix`, ...) to its value; undefined = unknown. */
export type ContextLookup = (name: string) => ExprValue | undefined

type Tok =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string }

function tokenize(src: string): Tok[] | undefined {
  const toks: Tok[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (/\s/.test(c)) {
      i++
    } else if (c === "'") {
      let v = ''
      i++
      for (;;) {
        if (i >= src.length) return undefined
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            v += "'"
            i += 2
            continue
          }
          i++
          break
        }
        v += src[i++]
      }
      toks.push({ t: 'str', v })
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?(?:0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:e[-+]?[0-9]+)?)/.exec(src.slice(i))!
      toks.push({ t: 'num', v: Number(m[0]) })
      i += m[0].length
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!
      toks.push({ t: 'id', v: m[0] })
      i += m[0].length
    } else {
      const op = ['==', '!=', '<=', '>=', '&&', '||'].find((o) => src.startsWith(o, i)) ?? c
      if (!'()[].,!<>*'.includes(op) && op.length === 1) return undefined
      toks.push({ t: 'op', v: op })
      i += op.length
    }
  }
  return toks
}

/** Truthiness as GitHub defines it. */
function truthy(v: ExprValue): boolean {
  return !(v === false || v === 0 || v === '' || v === null || (typeof v === 'number' && isNaN(v)))
}

function isUnknown(v: ExprValue): v is Unknown {
  return v instanceof Unknown
}

/** String form used when an expression is interpolated into text. */
export function exprToString(v: ExprValue): string | undefined {
  if (v instanceof Unknown || v instanceof MetaTags || v instanceof MetaJson) return undefined
  if (v === null) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return Array.isArray(v) ? 'Array' : 'Object'
}

class Parser {
  private p = 0
  constructor(
    private readonly toks: Tok[],
    private readonly lookup: ContextLookup,
    private readonly text: string,
  ) {}

  parse(): ExprValue {
    const v = this.or()
    return this.p === this.toks.length ? v : new Unknown(this.text)
  }

  private peekOp(v: string): boolean {
    const t = this.toks[this.p]
    return !!t && t.t === 'op' && t.v === v
  }

  private or(): ExprValue {
    let left = this.and()
    while (this.peekOp('||')) {
      this.p++
      const right = this.and()
      if (isUnknown(left)) left = new Unknown(this.text)
      else if (!truthy(left)) left = right
    }
    return left
  }

  private and(): ExprValue {
    let left = this.eq()
    while (this.peekOp('&&')) {
      this.p++
      const right = this.eq()
      if (isUnknown(left)) left = new Unknown(this.text)
      else if (truthy(left)) left = right
    }
    return left
  }

  private eq(): ExprValue {
    let left = this.unary()
    for (;;) {
      const t = this.toks[this.p]
      if (!t || t.t !== 'op' || !['==', '!=', '<', '>', '<=', '>='].includes(t.v)) return left
      this.p++
      const right = this.unary()
      if (
        isUnknown(left) ||
        isUnknown(right) ||
        t.v.length === 1 ||
        t.v[0] === '<' ||
        t.v[0] === '>'
      ) {
        left = new Unknown(this.text)
        continue
      }
      const a = typeof left === 'string' ? left.toLowerCase() : left
      const b = typeof right === 'string' ? right.toLowerCase() : right
      left = t.v === '==' ? a === b : a !== b
    }
  }

  private unary(): ExprValue {
    if (this.peekOp('!')) {
      this.p++
      const v = this.unary()
      return isUnknown(v) ? v : !truthy(v)
    }
    return this.postfix()
  }

  private postfix(): ExprValue {
    let v = this.primary()
    for (;;) {
      if (this.peekOp('.')) {
        this.p++
        const t = this.toks[this.p++]
        if (!t || (t.t !== 'id' && !(t.t === 'op' && t.v === '*'))) return new Unknown(this.text)
        v = t.t === 'id' ? member(v, t.v, this.text) : new Unknown(this.text)
      } else if (this.peekOp('[')) {
        this.p++
        const key = this.or()
        if (!this.peekOp(']')) return new Unknown(this.text)
        this.p++
        v = isUnknown(key) ? new Unknown(this.text) : member(v, exprToString(key) ?? '', this.text)
      } else {
        return v
      }
    }
  }

  private primary(): ExprValue {
    const t = this.toks[this.p++]
    if (!t) return new Unknown(this.text)
    if (t.t === 'str' || t.t === 'num') return t.v
    if (t.t === 'op' && t.v === '(') {
      const v = this.or()
      if (this.peekOp(')')) this.p++
      return v
    }
    if (t.t !== 'id') return new Unknown(this.text)
    if (t.v === 'true') return true
    if (t.v === 'false') return false
    if (t.v === 'null') return null
    if (this.peekOp('(')) {
      this.p++
      const args: ExprValue[] = []
      while (!this.peekOp(')') && this.p < this.toks.length) {
        args.push(this.or())
        if (this.peekOp(',')) this.p++
      }
      this.p++
      return callFunction(t.v, args, this.text)
    }
    return this.lookup(t.v.toLowerCase()) ?? new Unknown(t.v)
  }
}

function member(v: ExprValue, key: string, text: string): ExprValue {
  if (v instanceof Unknown) return new Unknown(text)
  if (v instanceof MetaJson) return key === 'tags' ? v.tags : new Unknown(text)
  if (v === null || typeof v !== 'object' || v instanceof MetaTags) return new Unknown(text)
  if (Array.isArray(v)) {
    const n = Number(key)
    return Number.isInteger(n) && n >= 0 && n < v.length ? v[n] : null
  }
  // Property names are case-insensitive in expressions.
  if (key in v) return v[key]
  const hit = Object.keys(v).find((k) => k.toLowerCase() === key.toLowerCase())
  return hit !== undefined ? v[hit] : new Unknown(text)
}

function callFunction(name: string, args: ExprValue[], text: string): ExprValue {
  const fn = name.toLowerCase()
  if (fn === 'fromjson') {
    const a = args[0]
    if (a instanceof MetaJson) return { tags: a.tags }
    if (typeof a !== 'string') return new Unknown(text)
    try {
      return toExprValue(JSON.parse(a))
    } catch {
      return new Unknown(text)
    }
  }
  if (args.some(isUnknown) || args.some((a) => a instanceof MetaTags || a instanceof MetaJson)) {
    return new Unknown(text)
  }
  switch (fn) {
    case 'format': {
      const f = exprToString(args[0]) ?? ''
      const rest = args.slice(1).map((a) => exprToString(a) ?? '')
      return f
        .replace(/\{(\d+)\}/g, (m, k: string) => rest[Number(k)] ?? m)
        .replace(/\{\{/g, '{')
        .replace(/\}\}/g, '}')
    }
    case 'join': {
      const sep = args.length > 1 ? (exprToString(args[1]) ?? ',') : ','
      const a = args[0]
      return Array.isArray(a)
        ? a.map((x) => exprToString(x) ?? '').join(sep)
        : (exprToString(a) ?? '')
    }
    case 'tojson':
      return JSON.stringify(args[0], null, 2)
    case 'contains': {
      const [h, n] = args
      if (Array.isArray(h))
        return h.some((x) => String(x).toLowerCase() === String(n).toLowerCase())
      return String(h).toLowerCase().includes(String(n).toLowerCase())
    }
    case 'startswith':
      return String(args[0]).toLowerCase().startsWith(String(args[1]).toLowerCase())
    case 'endswith':
      return String(args[0]).toLowerCase().endsWith(String(args[1]).toLowerCase())
    default:
      return new Unknown(text)
  }
}

export function toExprValue(v: unknown): ExprValue {
  if (v === undefined || v === null) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (Array.isArray(v)) return v.map(toExprValue)
  if (typeof v === 'object') {
    const out: { [k: string]: ExprValue } = {}
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toExprValue(x)
    return out
  }
  return String(v)
}

export function evaluate(expr: string, lookup: ContextLookup): ExprValue {
  const text = expr.trim()
  const toks = tokenize(text)
  if (!toks || toks.length === 0) return new Unknown(text)
  return new Parser(toks, lookup, text).parse()
}

const EXPR = /\$\{\{([\s\S]*?)\}\}/g

/** Replaces every `${{ }}` in `text` with its value, or a hole when it is not known. */
export function interpolate(text: string, lookup: ContextLookup, holes: HoleTable): string {
  if (!text.includes('${{')) return text
  return text.replace(EXPR, (_m, inner: string) => {
    const v = evaluate(inner, lookup)
    const s = exprToString(v)
    if (s !== undefined) return s
    const expr = inner.trim().replace(/\s+/g, ' ')
    return holes.encode(expr, githubHoleShape(expr))
  })
}

/** When `text` is exactly one `${{ }}` expression, its value. */
export function soleExpression(text: string, lookup: ContextLookup): ExprValue | undefined {
  const m = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text)
  return m ? evaluate(m[1], lookup) : undefined
}
