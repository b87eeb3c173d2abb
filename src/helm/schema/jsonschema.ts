/**
 * JSON Schema validation with the semantics and error texts of
 * github.com/santhosh-tekuri/jsonschema/v6, the validator helm v4 uses for
 * values.schema.json: drafts 4, 6, 7, 2019-09 and 2020-12 (2020-12 when `$schema` is
 * absent), local `$ref`s (JSON pointers, `$id` resources, anchors), formats asserted for
 * drafts before 2019, and its error tree (`- at '/path': message`, nested causes for
 * allOf/anyOf/oneOf, single-cause `$ref` levels folded away).
 *
 * Go iterates maps in random order, so where several properties fail at once helm's
 * order is not stable; this validator reports them in sorted order.
 */
import { GoInt, isGoMap, type GoMap, type GoValue } from '../../template/value.js'
import { formatFloat, quote as goQuote, runeCount } from '../../template/strconv.js'
import { compileGo, goRegexTest } from '../funcs/regex.js'
import { checkFormat } from './formats.js'

/** A schema `pattern`, matched as Go's regexp does (linear time). */
interface GoPattern {
  test(s: string): boolean
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

export class SchemaCompileError extends Error {}

// ---- error tree --------------------------------------------------------------------

interface ErrorKind {
  kind: string
  text: string
}

export interface ValidationError {
  instanceLocation: string[]
  kind: ErrorKind
  causes: ValidationError[]
}

/** kind.quote: Go %q with single quotes. */
export function sq(s: string): string {
  const q = goQuote(s)
  const inner = q.slice(1, -1).split('\\"').join('"').split("'").join("\\'")
  return `'${inner}'`
}

function escapeTok(tok: string): string {
  return tok.split('~').join('~0').split('/').join('~1')
}

function jsonPtr(tokens: string[]): string {
  return tokens.map((t) => '/' + escapeTok(t)).join('')
}

function groupDigits(intPart: string): string {
  const neg = intPart.startsWith('-')
  const digits = neg ? intPart.slice(1) : intPart
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ','
    out += digits[i]
  }
  return (neg ? '-' : '') + out
}

/** golang.org/x/text/message's English rendering of a number (%d / %v). */
function localeNumber(n: number): string {
  if (!Number.isFinite(n)) return formatFloat(n, 'g', -1)
  const s =
    Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : formatFloat(n, 'f', -1)
  const dot = s.indexOf('.')
  return dot < 0 ? groupDigits(s) : groupDigits(s.slice(0, dot)) + s.slice(dot)
}

function fmtV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>'
  if (typeof v === 'number') return formatFloat(v, 'g', -1)
  if (typeof v === 'bigint') return v.toString()
  if (v instanceof GoInt) return v.value.toString()
  return String(v)
}

/** kind.display: strings quoted, collections as `value`, the rest with %v. */
function display(v: unknown): string {
  if (typeof v === 'string') return sq(v)
  if (Array.isArray(v) || (typeof v === 'object' && v !== null && !(v instanceof GoInt))) {
    return 'value'
  }
  return fmtV(v)
}

function joinQuoted(arr: string[]): string {
  return arr.map(sq).join(', ')
}

// ---- schema model ------------------------------------------------------------------

const ROOT_URL = 'file:///values.schema.json'

interface Draft {
  version: number
  id: string
}

const drafts: Record<string, Draft> = {
  'json-schema.org/schema': { version: 2020, id: '$id' },
  'json-schema.org/draft/2020-12/schema': { version: 2020, id: '$id' },
  'json-schema.org/draft/2019-09/schema': { version: 2019, id: '$id' },
  'json-schema.org/draft-07/schema': { version: 7, id: '$id' },
  'json-schema.org/draft-06/schema': { version: 6, id: '$id' },
  'json-schema.org/draft-04/schema': { version: 4, id: 'id' },
}

function draftFromUrl(url: string): Draft | undefined {
  const hash = url.indexOf('#')
  if (hash >= 0 && url.slice(hash + 1) !== '') return undefined
  let u = hash >= 0 ? url.slice(0, hash) : url
  if (u.startsWith('http://')) u = u.slice(7)
  else if (u.startsWith('https://')) u = u.slice(8)
  return drafts[u]
}

interface Schema {
  location: string
  draft: number
  pending?: () => void
  bool?: boolean
  types?: string[]
  constValue?: { v: Json }
  enumValues?: Json[]
  format?: string
  ref?: () => Schema
  refKeyword?: string
  allOf?: Schema[]
  anyOf?: Schema[]
  oneOf?: Schema[]
  not?: Schema
  ifS?: Schema
  thenS?: Schema
  elseS?: Schema
  properties?: Map<string, Schema>
  patternProperties?: { re: GoPattern; source: string; schema: Schema }[]
  additionalProperties?: boolean | Schema
  dependencies?: Map<string, string[] | Schema>
  dependentRequired?: Map<string, string[]>
  dependentSchemas?: Map<string, Schema>
  propertyNames?: Schema
  required?: string[]
  minProperties?: number
  maxProperties?: number
  items?: Schema | Schema[]
  additionalItems?: boolean | Schema
  prefixItems?: Schema[]
  items2020?: Schema
  contains?: Schema
  minContains?: number
  maxContains?: number
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
  minLength?: number
  maxLength?: number
  pattern?: { re: GoPattern; source: string }
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  multipleOf?: number
  unevaluatedProperties?: Schema
  unevaluatedItems?: Schema
}

interface Resource {
  url: string
  node: Json
  ptr: string
}

function isObj(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function resolveUrl(ref: string, base: string): string {
  try {
    return new URL(ref, base).toString()
  } catch {
    return ref
  }
}

function splitFrag(url: string): [string, string] {
  const i = url.indexOf('#')
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i + 1)]
}

function decodePointerToken(tok: string): string {
  return decodeURIComponent(tok).split('~1').join('/').split('~0').join('~')
}

class Compiler {
  private readonly cache = new Map<string, Schema>()
  /** $id resources: url (no fragment) -> node and its pointer from the root. */
  private readonly resources = new Map<string, Resource>()
  /** Anchors: `url#name` -> pointer. */
  private readonly anchors = new Map<string, string>()
  readonly draft: Draft
  readonly warnings: string[] = []
  /** `$ref`s (absolute) that point at no resource of this document: never fetched. */
  readonly unresolvedRefs: string[] = []

  constructor(private readonly root: Json) {
    let draft = drafts['json-schema.org/draft/2020-12/schema']
    if (isObj(root) && typeof root.$schema === 'string') {
      const d = draftFromUrl(root.$schema)
      if (!d)
        throw new SchemaCompileError(`jsonschema: invalid $schema ${JSON.stringify(root.$schema)}`)
      draft = d
    }
    this.draft = draft
    this.resources.set(ROOT_URL, { url: ROOT_URL, node: root, ptr: '' })
    this.index(root, ROOT_URL, '')
  }

  private index(node: Json, base: string, ptr: string): void {
    if (Array.isArray(node)) {
      node.forEach((n, i) => this.index(n, base, `${ptr}/${i}`))
      return
    }
    if (!isObj(node)) return
    let b = base
    const idKey = this.draft.id
    const hasRef = this.draft.version < 2019 && typeof node.$ref === 'string'
    if (!hasRef && typeof node[idKey] === 'string') {
      const id = node[idKey] as string
      const [u, frag] = splitFrag(resolveUrl(id, base))
      if (u !== '' && !id.startsWith('#')) {
        b = u
        if (!this.resources.has(u)) this.resources.set(u, { url: u, node, ptr })
      }
      if (frag !== '' && this.draft.version < 2019) this.anchors.set(`${b}#${frag}`, ptr)
    }
    if (this.draft.version >= 2019 && typeof node.$anchor === 'string') {
      this.anchors.set(`${b}#${node.$anchor}`, ptr)
    }
    if (this.draft.version >= 2020 && typeof node.$dynamicAnchor === 'string') {
      this.anchors.set(`${b}#${node.$dynamicAnchor}`, ptr)
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples') continue
      this.index(v, b, `${ptr}/${escapeTok(k)}`)
    }
  }

  /** The resource base URL in effect at `ptr`. */
  private baseAt(ptr: string): string {
    let best = ROOT_URL
    let bestLen = -1
    for (const r of this.resources.values()) {
      if ((ptr === r.ptr || ptr.startsWith(r.ptr + '/')) && r.ptr.length > bestLen) {
        best = r.url
        bestLen = r.ptr.length
      }
    }
    return best
  }

  private nodeAt(ptr: string): Json | undefined {
    let node: Json | undefined = this.root
    if (ptr === '') return node
    for (const raw of ptr.slice(1).split('/')) {
      const tok = decodePointerToken(raw)
      if (Array.isArray(node)) node = node[Number(tok)]
      else if (isObj(node)) node = Object.hasOwn(node, tok) ? node[tok] : undefined
      else return undefined
    }
    return node
  }

  private readonly byNode = new WeakMap<object, Schema>()

  /** The schema at a pointer from the document root. */
  at(ptr: string): Schema {
    const node = this.nodeAt(ptr)
    if (node === undefined)
      throw new SchemaCompileError(`jsonschema: no schema at ${ROOT_URL}#${ptr}`)
    return this.schemaAt(node, ptr)
  }

  /** The schema for a node reached at `ptr` (compiled once per node). */
  schemaAt(node: Json, ptr: string): Schema {
    const cacheable = typeof node === 'object' && node !== null
    if (cacheable) {
      const hit = this.byNode.get(node)
      if (hit) return hit
    }
    const s: Schema = { location: `${ROOT_URL}#${ptr}`, draft: this.draft.version }
    if (cacheable) this.byNode.set(node, s)
    // Compiled when first used: values rarely touch most of a large schema.
    s.pending = () => this.fill(s, node, ptr)
    return s
  }

  private resolveRef(ref: string, ptr: string): () => Schema {
    const base = this.baseAt(ptr)
    const abs = resolveUrl(ref, base)
    let target: Schema | undefined
    return () => {
      if (target) return target
      const [u, frag] = splitFrag(abs)
      const res = this.resources.get(u === '' ? ROOT_URL : u)
      if (!res) {
        this.warnings.push(
          `unresolved $ref ${JSON.stringify(ref)} ignored (remote schemas are not fetched)`,
        )
        if (!this.unresolvedRefs.includes(u)) this.unresolvedRefs.push(u)
        target = { location: abs, draft: this.draft.version, bool: true }
        return target
      }
      let p: string
      if (frag === '' || frag.startsWith('/')) p = res.ptr + frag
      else {
        const a = this.anchors.get(`${res.url}#${frag}`)
        if (a === undefined)
          throw new SchemaCompileError(
            `jsonschema: anchor ${JSON.stringify(frag)} not found in ${res.url}`,
          )
        p = a
      }
      target = this.at(p)
      return target
    }
  }

  private fill(s: Schema, node: Json, ptr: string): void {
    if (typeof node === 'boolean') {
      s.bool = node
      return
    }
    if (!isObj(node)) return
    const v = this.draft.version
    const sub = (key: string): Schema | undefined =>
      Object.hasOwn(node, key) ? this.schemaAt(node[key], `${ptr}/${escapeTok(key)}`) : undefined
    const subArr = (key: string): Schema[] | undefined => {
      const a = node[key]
      if (!Array.isArray(a)) return undefined
      return a.map((x, i) => this.schemaAt(x, `${ptr}/${escapeTok(key)}/${i}`))
    }
    const subMap = (key: string): Map<string, Schema> | undefined => {
      const m = node[key]
      if (!isObj(m)) return undefined
      const out = new Map<string, Schema>()
      for (const k of Object.keys(m)) {
        out.set(k, this.schemaAt(m[k], `${ptr}/${escapeTok(key)}/${escapeTok(k)}`))
      }
      return out
    }
    const num = (key: string): number | undefined =>
      typeof node[key] === 'number' ? (node[key] as number) : undefined
    const bool = (key: string): boolean => node[key] === true
    const regex = (src: string): GoPattern => {
      try {
        const c = compileGo(src)
        return { test: (s: string) => goRegexTest(c, s) }
      } catch (e) {
        throw new SchemaCompileError(
          `jsonschema: invalid regex ${JSON.stringify(src)}: ${(e as Error).message}`,
        )
      }
    }
    if (typeof node.$ref === 'string') {
      s.ref = this.resolveRef(node.$ref, ptr)
      if (v < 2019) return
    }
    s.allOf = subArr('allOf')
    s.anyOf = subArr('anyOf')
    s.oneOf = subArr('oneOf')
    s.not = sub('not')
    if (v < 2020) {
      if (Array.isArray(node.items)) {
        s.items = subArr('items')
        const ai = node.additionalItems
        if (typeof ai === 'boolean') s.additionalItems = ai
        else if (ai !== undefined) s.additionalItems = sub('additionalItems')
      } else {
        s.items = sub('items')
      }
    }
    s.properties = subMap('properties')
    const pp = node.patternProperties
    if (isObj(pp)) {
      s.patternProperties = Object.keys(pp).map((k) => ({
        re: regex(k),
        source: k,
        schema: this.schemaAt(pp[k], `${ptr}/patternProperties/${escapeTok(k)}`),
      }))
    }
    const ap = node.additionalProperties
    if (typeof ap === 'boolean') s.additionalProperties = ap
    else if (ap !== undefined) s.additionalProperties = sub('additionalProperties')
    const deps = node.dependencies
    if (isObj(deps)) {
      s.dependencies = new Map()
      for (const k of Object.keys(deps)) {
        const d = deps[k]
        if (Array.isArray(d))
          s.dependencies.set(
            k,
            d.filter((x): x is string => typeof x === 'string'),
          )
        else s.dependencies.set(k, this.schemaAt(d, `${ptr}/dependencies/${escapeTok(k)}`))
      }
    }
    const t = node.type
    if (typeof t === 'string') s.types = [t]
    else if (Array.isArray(t)) s.types = t.filter((x): x is string => typeof x === 'string')
    if (Array.isArray(node.enum)) s.enumValues = node.enum
    s.multipleOf = num('multipleOf')
    if (v === 4 && bool('exclusiveMaximum')) s.exclusiveMaximum = num('maximum')
    else {
      s.maximum = num('maximum')
      s.exclusiveMaximum = num('exclusiveMaximum')
    }
    if (v === 4 && bool('exclusiveMinimum')) s.exclusiveMinimum = num('minimum')
    else {
      s.minimum = num('minimum')
      s.exclusiveMinimum = num('exclusiveMinimum')
    }
    s.minLength = num('minLength')
    s.maxLength = num('maxLength')
    if (typeof node.pattern === 'string')
      s.pattern = { re: regex(node.pattern), source: node.pattern }
    s.minItems = num('minItems')
    s.maxItems = num('maxItems')
    s.uniqueItems = bool('uniqueItems')
    s.minProperties = num('minProperties')
    s.maxProperties = num('maxProperties')
    if (Array.isArray(node.required))
      s.required = node.required.filter((x): x is string => typeof x === 'string')
    if (v < 2019 && typeof node.format === 'string') s.format = node.format
    if (v >= 6) {
      s.contains = sub('contains')
      s.propertyNames = sub('propertyNames')
      if (Object.hasOwn(node, 'const')) s.constValue = { v: node.const }
    }
    if (v >= 7 && Object.hasOwn(node, 'if')) {
      s.ifS = sub('if')
      const b = node.if
      if (typeof b !== 'boolean' || b) s.thenS = sub('then')
      if (typeof b !== 'boolean' || !b) s.elseS = sub('else')
    }
    if (v >= 2019) {
      if (s.contains) {
        s.minContains = num('minContains')
        s.maxContains = num('maxContains')
      }
      const dr = node.dependentRequired
      if (isObj(dr)) {
        s.dependentRequired = new Map()
        for (const k of Object.keys(dr)) {
          const a = dr[k]
          if (Array.isArray(a))
            s.dependentRequired.set(
              k,
              a.filter((x): x is string => typeof x === 'string'),
            )
        }
      }
      s.dependentSchemas = subMap('dependentSchemas')
      s.unevaluatedItems = sub('unevaluatedItems')
      s.unevaluatedProperties = sub('unevaluatedProperties')
      if (typeof node.$recursiveRef === 'string') {
        // $recursiveRef without dynamic scope: resolved statically.
        const r = this.resolveRef(node.$recursiveRef, ptr)
        s.allOf = [
          ...(s.allOf ?? []),
          { location: s.location, draft: v, ref: r, refKeyword: '$recursiveRef' },
        ]
      }
    }
    if (v >= 2020) {
      s.prefixItems = subArr('prefixItems')
      s.items2020 = sub('items')
      if (typeof node.$dynamicRef === 'string') {
        const r = this.resolveRef(node.$dynamicRef, ptr)
        s.allOf = [
          ...(s.allOf ?? []),
          { location: s.location, draft: v, ref: r, refKeyword: '$dynamicRef' },
        ]
      }
    }
  }
}

// ---- validation --------------------------------------------------------------------

function typeOf(v: GoValue): string | undefined {
  if (v === null) return 'null'
  if (typeof v === 'boolean') return 'boolean'
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof GoInt) return 'number'
  if (typeof v === 'string') return 'string'
  if (Array.isArray(v)) return 'array'
  if (isGoMap(v)) return 'object'
  return undefined
}

function numOf(v: GoValue): number {
  if (typeof v === 'number') return v
  if (typeof v === 'bigint') return Number(v)
  if (v instanceof GoInt) return Number(v.value)
  return NaN
}

function isInteger(v: GoValue): boolean {
  if (typeof v === 'bigint' || v instanceof GoInt) return true
  return typeof v === 'number' && Number.isInteger(v)
}

const typeOrder = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object']

function equals(a: GoValue | Json, b: GoValue | Json): boolean {
  const ta = typeOf(a as GoValue)
  const tb = typeOf(b as GoValue)
  if (ta !== tb) return false
  if (ta === 'number') return numOf(a as GoValue) === numOf(b as GoValue)
  if (ta === 'array') {
    const x = a as GoValue[]
    const y = b as GoValue[]
    return x.length === y.length && x.every((e, i) => equals(e, y[i]))
  }
  if (ta === 'object') {
    const x = a as GoMap
    const y = b as GoMap
    const kx = Object.keys(x)
    if (kx.length !== Object.keys(y).length) return false
    return kx.every((k) => Object.hasOwn(y, k) && equals(x[k], y[k]))
  }
  return a === b
}

class Validator {
  private active: { schema: Schema; value: GoValue }[] = []

  constructor(private readonly boolMode: boolean) {}

  private err(
    loc: string[],
    kind: string,
    text: string,
    causes: ValidationError[] = [],
  ): ValidationError {
    return { instanceLocation: loc, kind: { kind, text }, causes }
  }

  /** Validates v against s; returns the error (a Group when several) or undefined. */
  validate(
    s: Schema,
    v: GoValue,
    loc: string[],
    boolMode = this.boolMode,
  ): ValidationError | undefined {
    if (s.pending) {
      const fill = s.pending
      s.pending = undefined
      fill()
    }
    if (s.bool !== undefined) {
      return s.bool ? undefined : this.err(loc, 'false', 'false schema')
    }
    for (const a of this.active) {
      if (a.schema === s && a.value === v) return undefined
    }
    this.active.push({ schema: s, value: v })
    try {
      return this.validateInner(s, v, loc, boolMode)
    } finally {
      this.active.pop()
    }
  }

  private validateInner(
    s: Schema,
    v: GoValue,
    loc: string[],
    boolMode: boolean,
  ): ValidationError | undefined {
    const errors: ValidationError[] = []
    const t = typeOf(v)
    if (t === undefined) return this.err(loc, 'invalid', `invalid jsonType ${typeof v}`)
    if (s.types && s.types.length > 0) {
      const ok =
        s.types.includes(t) || (s.types.includes('integer') && t === 'number' && isInteger(v))
      if (!ok) {
        const want = typeOrder.filter((x) => s.types!.includes(x)).join(' or ')
        return this.err(loc, 'type', `got ${t}, want ${want}`)
      }
    }
    if (s.constValue && !equals(v, s.constValue.v)) {
      const w = s.constValue.v
      const text = Array.isArray(w) || isObj(w) ? "'const' failed" : `value must be ${display(w)}`
      return this.err(loc, 'const', text)
    }
    if (s.enumValues) {
      const matched = s.enumValues.some((e) => equals(v, e))
      if (!matched) {
        const allPrimitive = s.enumValues.every((e) => !Array.isArray(e) && !isObj(e))
        let text = "'enum' failed"
        if (allPrimitive) {
          text =
            s.enumValues.length === 1
              ? `value must be ${display(s.enumValues[0])}`
              : `value must be one of ${s.enumValues.map(display).join(', ')}`
        }
        return this.err(loc, 'enum', text)
      }
    }
    if (s.format !== undefined) {
      const problem = checkFormat(s.format, v)
      if (problem !== undefined) {
        return this.err(loc, 'format', `${display(v)} is not valid ${s.format}: ${problem}`)
      }
    }
    if (s.ref) {
      const e = this.validateRef(s.ref(), v, loc, boolMode, s.refKeyword ?? '$ref')
      if (s.draft < 2019) return e
      if (e) errors.push(e)
    }
    if (t === 'object') this.objValidate(s, v as GoMap, loc, errors, boolMode)
    else if (t === 'array') this.arrValidate(s, v as GoValue[], loc, errors, boolMode)
    else if (t === 'string') this.strValidate(s, v as string, loc, errors)
    else if (t === 'number') this.numValidate(s, v, loc, errors)
    if (errors.length === 0 || !boolMode) this.condValidate(s, v, loc, errors, boolMode)
    if (s.unevaluatedProperties || s.unevaluatedItems)
      this.unevalValidate(s, v, loc, errors, boolMode)
    if (errors.length === 0) return undefined
    if (errors.length === 1) return errors[0]
    return this.err(loc, 'group', 'validation failed', errors)
  }

  private validateRef(
    target: Schema,
    v: GoValue,
    loc: string[],
    boolMode: boolean,
    keyword: string,
  ): ValidationError | undefined {
    const e = this.validate(target, v, loc, boolMode)
    if (!e) return undefined
    const causes = e.kind.kind === 'group' ? e.causes : [e]
    return this.err(loc, 'reference', 'validation failed', causes)
    void keyword
  }

  private objValidate(
    s: Schema,
    obj: GoMap,
    loc: string[],
    errors: ValidationError[],
    boolMode: boolean,
  ): void {
    const keys = Object.keys(obj).sort()
    if (s.minProperties !== undefined && keys.length < s.minProperties) {
      errors.push(
        this.err(
          loc,
          'minProperties',
          `minProperties: got ${localeNumber(keys.length)}, want ${localeNumber(s.minProperties)}`,
        ),
      )
    }
    if (s.maxProperties !== undefined && keys.length > s.maxProperties) {
      errors.push(
        this.err(
          loc,
          'maxProperties',
          `maxProperties: got ${localeNumber(keys.length)}, want ${localeNumber(s.maxProperties)}`,
        ),
      )
    }
    if (s.required) {
      const missing = s.required.filter((p) => !Object.hasOwn(obj, p))
      if (missing.length > 0) {
        const text =
          missing.length === 1
            ? `missing property ${sq(missing[0])}`
            : `missing properties ${joinQuoted(missing)}`
        errors.push(this.err(loc, 'required', text))
      }
    }
    if (boolMode && errors.length > 0) return
    if (s.dependencies) {
      for (const [pname, dep] of [...s.dependencies].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (!Object.hasOwn(obj, pname)) continue
        if (Array.isArray(dep)) {
          const missing = dep.filter((p) => !Object.hasOwn(obj, p))
          if (missing.length > 0) {
            errors.push(
              this.err(
                loc,
                'dependency',
                `properties ${joinQuoted(missing)} required, if ${sq(pname)} exists`,
              ),
            )
          }
        } else {
          const e = this.validate(dep, obj, loc, boolMode)
          if (e) errors.push(e)
        }
      }
    }
    const additional: string[] = []
    for (const pname of keys) {
      if (boolMode && errors.length > 0) return
      const pvalue = obj[pname]
      let evaluated = false
      const ps = s.properties?.get(pname)
      if (ps) {
        evaluated = true
        const e = this.validate(ps, pvalue, [...loc, pname], boolMode)
        if (e) errors.push(e)
      }
      for (const p of s.patternProperties ?? []) {
        if (p.re.test(pname)) {
          evaluated = true
          const e = this.validate(p.schema, pvalue, [...loc, pname], boolMode)
          if (e) errors.push(e)
        }
      }
      if (!evaluated && s.additionalProperties !== undefined) {
        if (typeof s.additionalProperties === 'boolean') {
          if (!s.additionalProperties) additional.push(pname)
        } else {
          const e = this.validate(s.additionalProperties, pvalue, [...loc, pname], boolMode)
          if (e) errors.push(e)
        }
      }
    }
    if (additional.length > 0) {
      errors.push(
        this.err(
          loc,
          'additionalProperties',
          `additional properties ${joinQuoted(additional)} not allowed`,
        ),
      )
    }
    if (s.draft === 4) return
    if (s.propertyNames) {
      for (const pname of keys) {
        if (this.validate(s.propertyNames, pname, loc, boolMode)) {
          errors.push(this.err(loc, 'propertyNames', `invalid propertyName ${sq(pname)}`))
        }
      }
    }
    if (s.draft === 6) return
    for (const [pname, sch] of s.dependentSchemas ?? []) {
      if (Object.hasOwn(obj, pname)) {
        const e = this.validate(sch, obj, loc, boolMode)
        if (e) errors.push(e)
      }
    }
    for (const [pname, reqd] of s.dependentRequired ?? []) {
      if (!Object.hasOwn(obj, pname)) continue
      const missing = reqd.filter((p) => !Object.hasOwn(obj, p))
      if (missing.length > 0) {
        errors.push(
          this.err(
            loc,
            'dependentRequired',
            `properties ${joinQuoted(missing)} required, if ${sq(pname)} exists`,
          ),
        )
      }
    }
  }

  private arrValidate(
    s: Schema,
    arr: GoValue[],
    loc: string[],
    errors: ValidationError[],
    boolMode: boolean,
  ): void {
    if (s.minItems !== undefined && arr.length < s.minItems) {
      errors.push(
        this.err(
          loc,
          'minItems',
          `minItems: got ${localeNumber(arr.length)}, want ${localeNumber(s.minItems)}`,
        ),
      )
    }
    if (s.maxItems !== undefined && arr.length > s.maxItems) {
      errors.push(
        this.err(
          loc,
          'maxItems',
          `maxItems: got ${localeNumber(arr.length)}, want ${localeNumber(s.maxItems)}`,
        ),
      )
    }
    if (s.uniqueItems && arr.length > 1) {
      outer: for (let i = 1; i < arr.length; i++) {
        for (let j = 0; j < i; j++) {
          if (equals(arr[i], arr[j])) {
            errors.push(
              this.err(
                loc,
                'uniqueItems',
                `items at ${localeNumber(j)} and ${localeNumber(i)} are equal`,
              ),
            )
            break outer
          }
        }
      }
    }
    const item = (sch: Schema, i: number, value: GoValue, tok = i): void => {
      const e = this.validate(sch, value, [...loc, String(tok)], boolMode)
      if (e) errors.push(e)
      void i
    }
    if (s.draft < 2020) {
      let evaluated = 0
      if (Array.isArray(s.items)) {
        const n = Math.min(arr.length, s.items.length)
        for (let i = 0; i < n; i++) item(s.items[i], i, arr[i])
        evaluated = n
      } else if (s.items) {
        arr.forEach((x, i) => item(s.items as Schema, i, x))
        evaluated = arr.length
      }
      if (s.additionalItems !== undefined) {
        if (typeof s.additionalItems === 'boolean') {
          if (!s.additionalItems && evaluated !== arr.length) {
            errors.push(
              this.err(
                loc,
                'additionalItems',
                `last ${localeNumber(arr.length - evaluated)} additionalItem(s) not allowed`,
              ),
            )
          }
        } else {
          // santhosh-tekuri reports these at indexes counted from the first additional item.
          for (let i = evaluated; i < arr.length; i++)
            item(s.additionalItems, i, arr[i], i - evaluated)
        }
      }
    } else {
      const n = Math.min(s.prefixItems?.length ?? 0, arr.length)
      for (let i = 0; i < n; i++) item(s.prefixItems![i], i, arr[i])
      if (s.items2020) for (let i = n; i < arr.length; i++) item(s.items2020, i, arr[i], i - n)
    }
    if (s.contains) {
      const causes: ValidationError[] = []
      const matched: number[] = []
      arr.forEach((x, i) => {
        const e = this.validate(s.contains!, x, [...loc, String(i)], boolMode)
        if (e) causes.push(e)
        else matched.push(i)
      })
      if (s.minContains !== undefined) {
        if (matched.length < s.minContains) {
          const text =
            matched.length === 0
              ? `min ${localeNumber(s.minContains)} items required to match contains schema, but none matched`
              : `min ${localeNumber(s.minContains)} items required to match contains schema, but matched ${localeNumber(matched.length)} items at ${matched.join(' ')}`
          errors.push(this.err(loc, 'minContains', text, causes))
        }
      } else if (matched.length === 0) {
        errors.push(this.err(loc, 'contains', 'no items match contains schema', causes))
      }
      if (s.maxContains !== undefined && matched.length > s.maxContains) {
        errors.push(
          this.err(
            loc,
            'maxContains',
            `max ${localeNumber(s.maxContains)} items required to match contains schema, but matched ${localeNumber(matched.length)} items at ${matched.join(' ')}`,
          ),
        )
      }
    }
  }

  private strValidate(s: Schema, str: string, loc: string[], errors: ValidationError[]): void {
    if (s.minLength !== undefined || s.maxLength !== undefined) {
      const n = runeCount(str)
      if (s.minLength !== undefined && n < s.minLength) {
        errors.push(
          this.err(
            loc,
            'minLength',
            `minLength: got ${localeNumber(n)}, want ${localeNumber(s.minLength)}`,
          ),
        )
      }
      if (s.maxLength !== undefined && n > s.maxLength) {
        errors.push(
          this.err(
            loc,
            'maxLength',
            `maxLength: got ${localeNumber(n)}, want ${localeNumber(s.maxLength)}`,
          ),
        )
      }
    }
    if (s.pattern && !s.pattern.re.test(str)) {
      errors.push(
        this.err(loc, 'pattern', `${sq(str)} does not match pattern ${sq(s.pattern.source)}`),
      )
    }
  }

  private numValidate(s: Schema, v: GoValue, loc: string[], errors: ValidationError[]): void {
    const n = numOf(v)
    const add = (k: string, want: number): void => {
      errors.push(this.err(loc, k, `${k}: got ${localeNumber(n)}, want ${localeNumber(want)}`))
    }
    if (s.minimum !== undefined && n < s.minimum) add('minimum', s.minimum)
    if (s.maximum !== undefined && n > s.maximum) add('maximum', s.maximum)
    if (s.exclusiveMinimum !== undefined && n <= s.exclusiveMinimum)
      add('exclusiveMinimum', s.exclusiveMinimum)
    if (s.exclusiveMaximum !== undefined && n >= s.exclusiveMaximum)
      add('exclusiveMaximum', s.exclusiveMaximum)
    if (s.multipleOf !== undefined) {
      const q = n / s.multipleOf
      if (!Number.isInteger(q) && Math.abs(q - Math.round(q)) > 1e-9)
        add('multipleOf', s.multipleOf)
    }
  }

  private condValidate(
    s: Schema,
    v: GoValue,
    loc: string[],
    errors: ValidationError[],
    boolMode: boolean,
  ): void {
    if (s.not && !this.validate(s.not, v, loc, true))
      errors.push(this.err(loc, 'not', "'not' failed"))
    if (s.allOf && s.allOf.length > 0) {
      const causes: ValidationError[] = []
      for (const sch of s.allOf) {
        if (sch.refKeyword) {
          const e = this.validateRef(sch.ref!(), v, loc, boolMode, sch.refKeyword)
          if (e) errors.push(e)
          continue
        }
        const e = this.validate(sch, v, loc, boolMode)
        if (e) {
          causes.push(e)
          if (boolMode) break
        }
      }
      if (causes.length > 0) errors.push(this.err(loc, 'allOf', "'allOf' failed", causes))
    }
    if (s.anyOf && s.anyOf.length > 0) {
      const causes: ValidationError[] = []
      let matched = false
      for (const sch of s.anyOf) {
        const e = this.validate(sch, v, loc, boolMode)
        if (e) causes.push(e)
        else {
          matched = true
          break
        }
      }
      if (!matched) errors.push(this.err(loc, 'anyOf', "'anyOf' failed", causes))
    }
    if (s.oneOf && s.oneOf.length > 0) {
      const causes: ValidationError[] = []
      let matched = -1
      for (let i = 0; i < s.oneOf.length; i++) {
        const e = this.validate(s.oneOf[i], v, loc, boolMode || matched !== -1)
        if (e) {
          if (matched === -1) causes.push(e)
        } else if (matched === -1) {
          matched = i
        } else {
          errors.push(this.err(loc, 'oneOf', `'oneOf' failed, subschemas ${matched}, ${i} matched`))
          break
        }
      }
      if (matched === -1)
        errors.push(this.err(loc, 'oneOf', "'oneOf' failed, none matched", causes))
    }
    if (s.ifS) {
      if (!this.validate(s.ifS, v, loc, true)) {
        if (s.thenS) {
          const e = this.validate(s.thenS, v, loc, boolMode)
          if (e) errors.push(e)
        }
      } else if (s.elseS) {
        const e = this.validate(s.elseS, v, loc, boolMode)
        if (e) errors.push(e)
      }
    }
  }

  private unevalValidate(
    s: Schema,
    v: GoValue,
    loc: string[],
    errors: ValidationError[],
    boolMode: boolean,
  ): void {
    // Evaluated-property tracking is approximated: properties matched by this schema's
    // own properties/patternProperties/additionalProperties count as evaluated.
    if (isGoMap(v) && s.unevaluatedProperties) {
      for (const k of Object.keys(v).sort()) {
        const known =
          s.properties?.has(k) ||
          s.patternProperties?.some((p) => p.re.test(k)) ||
          s.additionalProperties !== undefined
        if (known) continue
        const e = this.validate(s.unevaluatedProperties, v[k], [...loc, k], boolMode)
        if (e) errors.push(e)
      }
    }
    if (Array.isArray(v) && s.unevaluatedItems) {
      const from = Array.isArray(s.items)
        ? s.items.length
        : s.items || s.items2020
          ? v.length
          : (s.prefixItems?.length ?? 0)
      for (let i = from; i < v.length; i++) {
        const e = this.validate(s.unevaluatedItems, v[i], [...loc, String(i)], boolMode)
        if (e) errors.push(e)
      }
    }
  }
}

/** The text of an error tree as ValidationError.Error() prints it (without the root line). */
function display2(e: ValidationError, indent: number, out: string[]): void {
  const skip = e.kind.kind === 'reference' && e.causes.length === 1
  if (!skip) {
    if (indent > 0) out.push('\n' + '  '.repeat(indent - 1) + '- ')
    indent++
    out.push(`at ${sq(jsonPtr(e.instanceLocation))}: ${e.kind.text}`)
  }
  for (const c of e.causes) display2(c, indent, out)
}

export interface SchemaResult {
  /** Helm's error text for this chart's schema (ends with a newline), or undefined when valid. */
  error?: string
  /** Instance paths of the failures, for pointing at values lines. */
  failures: string[][]
  warnings: string[]
  /** Absolute URLs of `$ref`s the values reached that are never fetched (remote, other files, URNs). */
  unresolvedRefs?: string[]
}

/** ValidateAgainstSingleSchema: the error text helm prints under the chart's name. */
export function validateSchemaText(schemaText: string, values: GoMap): SchemaResult {
  let doc: Json
  try {
    doc = JSON.parse(schemaText) as Json
  } catch (e) {
    return { error: `${(e as Error).message}`, failures: [], warnings: [] }
  }
  let compiler: Compiler
  let root: Schema
  try {
    compiler = new Compiler(doc)
    root = compiler.at('')
  } catch (e) {
    return { error: (e as Error).message, failures: [], warnings: [] }
  }
  let err: ValidationError | undefined
  try {
    err = new Validator(false).validate(root, values, [])
  } catch (e) {
    if (e instanceof SchemaCompileError)
      return {
        error: e.message,
        failures: [],
        warnings: compiler.warnings,
        unresolvedRefs: compiler.unresolvedRefs,
      }
    throw e
  }
  if (!err)
    return { failures: [], warnings: compiler.warnings, unresolvedRefs: compiler.unresolvedRefs }
  const causes = err.kind.kind === 'group' ? err.causes : [err]
  const out: string[] = []
  for (const c of causes) display2(c, 1, out)
  const failures: string[][] = []
  const collect = (e: ValidationError): void => {
    if (e.causes.length === 0) failures.push(e.instanceLocation)
    for (const c of e.causes) collect(c)
  }
  causes.forEach(collect)
  // JSONSchemaValidationError strips the root line and the newline after it, and adds one.
  return {
    error: out.join('').replace(/^\n/, '') + '\n',
    failures,
    warnings: compiler.warnings,
    unresolvedRefs: compiler.unresolvedRefs,
  }
}
