/**
 * Validates a configuration document against the shipped JSON Schema with Ajv, and turns
 * every problem (in file order) into one ConfigError at the YAML position to edit, in
 * words a person reads: `unknown key "pss.levle" (did you mean "level"?)`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import type { SourceRange } from '../core/range.js'
import { isDict } from '../k8s/fields.js'
import type { SpanPart, YamlDocument, YamlPath } from '../yaml/read.js'
import { ConfigError, didYouMean } from './errors.js'
import { CONFIG_SCHEMA } from './schema.generated.js'
import { pushAll } from '../core/arrays.js'

const SCHEMA_ID = CONFIG_SCHEMA.$id as string

interface Compiled {
  ajv: Ajv
  validate: ValidateFunction
  /** Rule ids accepted under `rules:`, joined: the cache key. */
  key: string
  /** JSON pointer of every subschema object, for resolving anyOf alternatives. */
  pointers: Map<object, string>
}

let compiled: Compiled | undefined

/**
 * The compiled schema. Rule ids the running build knows are added to the schema's list, so
 * a rule registered after the schema was generated is still accepted and checked.
 */
function validator(knownRules: readonly string[] = []): Compiled {
  const extra = knownRules.filter((id) => !schemaRuleIds().includes(id))
  const key = extra.join(',')
  if (compiled && (compiled.key === key || !knownRules.length)) return compiled
  const schema = structuredClone(CONFIG_SCHEMA) as {
    properties: { rules: { properties: Record<string, unknown> } }
  }
  for (const id of extra)
    schema.properties.rules.properties[id] = { allOf: [{ $ref: '#/definitions/ruleSetting' }] }
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false })
  // Editor extensions (VS Code, yaml-language-server) read these; they carry our messages too.
  ajv.addKeyword('patternErrorMessage')
  ajv.addKeyword('errorMessage')
  ajv.addSchema(schema)
  compiled = { ajv, validate: ajv.getSchema(SCHEMA_ID)!, key, pointers: pointersOf(schema) }
  return compiled
}

function pointersOf(schema: object): Map<object, string> {
  const out = new Map<object, string>()
  const walk = (node: unknown, pointer: string) => {
    if (typeof node !== 'object' || node === null) return
    out.set(node, pointer)
    for (const [k, v] of Object.entries(node))
      walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  }
  walk(schema, '')
  return out
}

/** Rule ids the schema lists (the registry may know newer ones; see `knownRules`). */
export function schemaRuleIds(): string[] {
  const rules = (CONFIG_SCHEMA.properties as Record<string, { properties?: object }>).rules
  return Object.keys(rules.properties ?? {})
}

interface Problem {
  path: YamlPath
  part: SpanPart
  message: string
}

/**
 * Throws one ConfigError listing every schema violation of `value` (the document's
 * contents). `knownRules` are rule ids the running build knows; they are accepted under
 * `rules:` even when the generated schema does not list them yet.
 */
export function validateConfig(
  doc: YamlDocument,
  value: unknown,
  knownRules: readonly string[],
): void {
  const { validate } = validator(knownRules)
  if (validate(value)) return
  const raw = (path: YamlPath): string | undefined => {
    const span = doc.spanOf(path, 'value')
    const node = doc.nodeAt(path)
    if (!span || !node || !('value' in node) || typeof node.value === 'object') return undefined
    return doc.text.source.slice(span.start, span.end).trim()
  }
  const problems = explain(validate.errors ?? [], value, knownRules, [], raw)
  if (!problems.length) return
  const located = problems.map((p) => ({ p, range: rangeFor(doc, p) }))
  located.sort(
    (a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn,
  )
  throw ConfigError.of(located.map(({ p, range }) => ({ message: p.message, range })))
}

function rangeFor(doc: YamlDocument, p: Problem): SourceRange {
  if (p.path.length === 0) return doc.contentRange
  return (
    doc.rangeOf(p.path, p.part) ??
    doc.rangeOf(p.path, 'pair') ??
    doc.rangeOf(p.path.slice(0, -1), 'key') ??
    doc.contentRange
  )
}

/** The errors of one validation, anyOf alternatives resolved, as problems. */
function explain(
  errors: readonly ErrorObject[],
  root: unknown,
  knownRules: readonly string[],
  base: YamlPath,
  raw: (path: YamlPath) => string | undefined,
): Problem[] {
  // A scalar is shown as written (`1.30`, not the number 1.3 it reads as).
  const shown = (path: YamlPath, value: unknown) =>
    typeof value === 'object' || typeof value === 'string'
      ? describe(value)
      : (raw(path) ?? describe(value))
  const out: Problem[] = []
  // An anyOf failure stands for its alternatives' errors: keep only the alternative whose
  // type fits the value, re-validated on its own, so the message is about what was meant.
  const anyOfs = errors
    .filter((e) => e.keyword === 'anyOf')
    .sort((a, b) => a.instancePath.length - b.instancePath.length)
  const handled: string[] = []
  for (const e of anyOfs) {
    if (handled.some((h) => under(e.instancePath, h))) continue
    handled.push(e.instancePath)
    const path = [...base, ...pointerToPath(e.instancePath, root)]
    const value = valueAt(root, e.instancePath)
    // schemaPath restarts inside a $ref; where the alternatives live comes from the schema itself.
    const pointer = validator().pointers.get(e.parentSchema as object)
    const branches =
      pointer === undefined
        ? []
        : (e.schema as object[]).map((_, i) => `${SCHEMA_ID}#${pointer}/anyOf/${i}`)
    const fitting = branches.filter((ref) => typeFits(ref, value))
    if (fitting.length === 1) {
      const { ajv } = validator()
      const check = ajv.getSchema(fitting[0])!
      if (!check(value)) {
        pushAll(out, explain(check.errors ?? [], value, knownRules, path, raw))
        continue
      }
    }
    const custom = (e.parentSchema as { errorMessage?: string } | undefined)?.errorMessage
    out.push({
      path,
      part: 'value',
      message: `${label(path)} ${custom ?? 'has the wrong form'}, not ${shown(path, value)}`,
    })
  }
  for (const e of errors) {
    if (e.keyword === 'anyOf' || handled.some((h) => under(e.instancePath, h))) continue
    let path = [...base, ...pointerToPath(e.instancePath, root)]
    let value = valueAt(root, e.instancePath)
    let part: SpanPart | undefined
    if (e.propertyName !== undefined) {
      // propertyNames: the error is about a key, not about the mapping holding it.
      path = [...path, e.propertyName]
      value = e.propertyName
      part = 'key'
    }
    const problem = describeError(e, path, value, knownRules, shown(path, value))
    if (problem && part) problem.part = part
    if (problem) out.push(problem)
  }
  return out
}

function describeError(
  e: ErrorObject,
  path: YamlPath,
  value: unknown,
  knownRules: readonly string[],
  shownValue: string,
): Problem | undefined {
  const schema = e.parentSchema as Record<string, unknown> | undefined
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty
      const isRules = path.length === 1 && path[0] === 'rules'
      if (isRules) {
        const hint = didYouMean(key, [...new Set([...knownRules, ...schemaRuleIds()])])
        return {
          path: [...path, key],
          part: 'key',
          message: `unknown rule "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
        }
      }
      const allowed = Object.keys((schema?.properties as object | undefined) ?? {})
      const hint = didYouMean(key, allowed)
      return {
        path: [...path, key],
        part: 'key',
        message: `unknown key "${label([...path, key])}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      }
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty
      return {
        path,
        part: typeof path[path.length - 1] === 'number' ? 'value' : 'key',
        message: `${label(path)} needs "${missing}"`,
      }
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String)
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : undefined
      return {
        path,
        part: 'value',
        message: `${label(path)} must be ${orList(allowed)}, not ${shownValue}${hint ? ` (did you mean "${hint}"?)` : ''}`,
      }
    }
    case 'type': {
      const want = (e.params as { type: string | string[] }).type
      const types = (Array.isArray(want) ? want : String(want).split(',')).filter(
        (t) => t !== 'null',
      )
      return {
        path,
        part: 'value',
        message: `${label(path)} must be ${orList(types.map(typeWord), false)}, not ${shownValue}`,
      }
    }
    case 'pattern': {
      const custom = schema?.patternErrorMessage as string | undefined
      return {
        path,
        part: 'value',
        message: `${label(path)} ${custom ?? `must match ${(e.params as { pattern: string }).pattern}`}, not ${shownValue}`,
      }
    }
    case 'propertyNames':
      return undefined // reported through the error of the name itself (propertyName set)
    case 'minLength':
      return { path, part: 'value', message: `${label(path)} must not be empty` }
    default:
      return { path, part: 'value', message: `${label(path)} ${e.message ?? 'is invalid'}` }
  }
}

function typeFits(ref: string, value: unknown): boolean {
  const { ajv } = validator()
  const schema = resolveSchema(ajv, ref)
  const type = schema?.type as string | string[] | undefined
  if (type === undefined) return true
  const actual = jsonType(value)
  const types = Array.isArray(type) ? type : [type]
  return types.includes(actual) || (actual === 'integer' && types.includes('number'))
}

function resolveSchema(ajv: Ajv, ref: string): Record<string, unknown> | undefined {
  const found = ajv.getSchema(ref)?.schema as Record<string, unknown> | undefined
  if (found && typeof found.$ref === 'string') return resolveSchema(ajv, SCHEMA_ID + found.$ref)
  return found
}

function jsonType(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number'
  return typeof v
}

function typeWord(t: string): string {
  switch (t) {
    case 'object':
      return 'a mapping'
    case 'array':
      return 'a list'
    case 'string':
      return 'a string'
    case 'number':
    case 'integer':
      return 'a number'
    case 'boolean':
      return 'true or false'
    default:
      return t
  }
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty'
  if (Array.isArray(v)) return 'a list'
  if (isDict(v)) return 'a mapping'
  return JSON.stringify(v)
}

function orList(items: readonly string[], quote = true): string {
  const q = items.map((i) => (quote ? `"${i}"` : i))
  if (q.length <= 1) return q.join('')
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`
}

/** `images[0].dockerfile`, `rules.pss-privileged`. */
export function label(path: YamlPath): string {
  let out = ''
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step
  return out || 'the configuration'
}

function under(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix + '/')
}

function pointerSteps(pointer: string): string[] {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function pointerToPath(pointer: string, root: unknown): YamlPath {
  const out: (string | number)[] = []
  let cur = root
  for (const step of pointerSteps(pointer)) {
    if (Array.isArray(cur)) {
      out.push(Number(step))
      cur = cur[Number(step)]
    } else {
      out.push(step)
      cur = isDict(cur) ? cur[step] : undefined
    }
  }
  return out
}

function valueAt(root: unknown, pointer: string): unknown {
  let cur = root
  for (const step of pointerSteps(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(step)]
    else cur = isDict(cur) ? cur[step] : undefined
  }
  return cur
}
