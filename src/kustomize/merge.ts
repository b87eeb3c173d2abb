/**
 * Strategic merge as kustomize v5 applies it (kyaml's merge2 walker, not apimachinery's
 * strategicpatch): maps merge field by field, lists whose schema has patch strategy
 * "merge" merge by their merge keys (patch elements first, then the remaining base
 * elements), other lists are replaced, `$patch: delete|replace|merge` works on maps and
 * lists, and an explicit null removes a field. Other directives ($setElementOrder,
 * $retainKeys, $deleteFromPrimitiveList) are ordinary keys to kyaml and pass through.
 */
import { KustomizeError } from './errors.js'
import { KNode, isEmptyMap, isMissingOrNull, TAG_NULL, valueOf } from './node.js'
import { hasMergeStrategy, type OpenApi, type SchemaNode, strategyAndKeys } from './openapi.js'

type Directive = 'merge' | 'delete' | 'replace' | 'unknown'

/** walk.ClearNode */
const CLEAR = undefined

function nodeKindName(n: KNode): string {
  return n.kind === 'map' ? 'MappingNode' : n.kind === 'seq' ? 'SequenceNode' : 'ScalarNode'
}

function errorIfInvalid(kind: KNode['kind'], nodes: (KNode | undefined)[]): void {
  for (const n of nodes) {
    if (n === undefined || isMissingOrNull(n)) continue
    if (n.kind !== kind) {
      const expected =
        kind === 'map' ? 'MappingNode' : kind === 'seq' ? 'SequenceNode' : 'ScalarNode'
      throw new KustomizeError(`wrong node kind: expected ${expected} but got ${nodeKindName(n)}`)
    }
  }
}

function directive(patch: KNode | undefined): Directive {
  if (patch === undefined) return 'merge'
  if (patch.kind === 'seq') return seqDirective(patch)
  if (patch.kind === 'map') return mapDirective(patch)
  throw new KustomizeError(
    `no implemented strategic merge patch strategy for '${patch.tag}' ('${patch.value}')`,
  )
}

function mapDirective(patch: KNode): Directive {
  const node = patch.field('$patch')
  if (!node) return 'merge'
  const v = node.value
  if (v === 'delete' || v === 'replace' || v === 'merge') {
    patch.clear('$patch')
    return v
  }
  throw new KustomizeError(`unknown patch strategy '${v}'`)
}

function seqDirective(patch: KNode): Directive {
  const el = patch.content.find((e) => e.kind === 'map' && e.field('$patch') !== undefined)
  if (!el || el.content.length > 2) return 'merge'
  const v = el.field('$patch')!.value
  if (v === 'delete' || v === 'replace' || v === 'merge') {
    setElement(patch, undefined, ['$patch'], [v])
    return v
  }
  throw new KustomizeError(`unknown patch strategy '${v}'`)
}

// ---- kyaml element helpers ----

/** FieldMatcher{Name, StringValue}: the field's value, when it exists (and matches a non-empty value). */
function matchField(elem: KNode, name: string, value: string): KNode | undefined {
  if (name === '') {
    if (elem.kind !== 'scalar') return undefined
    return valueOf(elem) === value ? elem : undefined
  }
  if (elem.kind !== 'map') return undefined
  let out: KNode | undefined
  for (const [k, v] of elem.entries()) {
    if (k.value === name && (value === '' || v.value === value)) out = v
  }
  return out
}

/** yaml.ElementSetter: replaces (or removes, with no element) the elements matching keys/values. */
export function setElement(
  list: KNode,
  element: KNode | undefined,
  keys: string[],
  values: string[],
): KNode | undefined {
  if (keys.length === 0) keys = ['']
  const mappingSetter = keys[0] !== '' && values.length > 0 && values[0] !== ''
  const next: KNode[] = []
  let found = false
  for (const elem of list.content) {
    if (isMissingOrNull(elem) || isEmptyMap(elem)) continue
    if (elem.kind !== 'map' && mappingSetter) {
      next.push(elem)
      continue
    }
    let ok = true
    for (let j = 0; j < keys.length; j++) {
      if (j < values.length && matchField(elem, keys[j], values[j]) === undefined) {
        ok = false
        break
      }
    }
    if (!ok) {
      if (values.length > 0) next.push(elem)
      continue
    }
    found = true
    if (element === undefined) continue
    next.push(element)
  }
  list.content = next
  if (element === undefined || isMissingOrNull(element)) return undefined
  if (!found) list.content.push(element)
  return element
}

/** yaml.MatchElementList: the first element whose keys have exactly these values. */
function elementList(list: KNode | undefined, keys: string[], values: string[]): KNode | undefined {
  if (!list || list.kind !== 'seq') return undefined
  if (keys.length === 0 || keys[0] === '') {
    return list.content.find((e) => e.value === (values[0] ?? ''))
  }
  for (const elem of list.content) {
    if (elem.kind !== 'map') continue
    let ok = true
    for (let i = 0; i < keys.length; i++) {
      const f = elem.field(keys[i])
      if (f === undefined || f.value !== (values[i] ?? '')) {
        ok = false
        break
      }
    }
    if (ok) return elem
  }
  return undefined
}

function elementValuesList(list: KNode, keys: string[]): string[][] {
  return list.content.map((elem) =>
    keys.map((k) => {
      const f = elem.kind === 'map' ? elem.field(k) : undefined
      return f === undefined || isNilOrEmptyValue(f) ? '' : f.value
    }),
  )
}

function isNilOrEmptyValue(n: KNode): boolean {
  return n.tag === TAG_NULL || ((n.kind === 'map' || n.kind === 'seq') && n.content.length === 0)
}

function validateKeys(
  valuesList: string[][],
  values: string[],
  keys: string[],
): [string[], string[]] {
  const valid = new Set<string>()
  for (const vs of valuesList) vs.forEach((v, i) => v !== '' && valid.add(keys[i]))
  if (valid.size === 0) return [keys, values]
  return [keys.filter((k) => valid.has(k)), values.filter((v, i) => v !== '' || valid.has(keys[i]))]
}

function mergeValues(valuesList: string[][]): string[][] {
  for (let i = 0; i < valuesList.length; i++) {
    for (let j = 0; j < valuesList.length; j++) {
      const m = matchValues(valuesList[i], valuesList[j])
      if (m) {
        valuesList[i] = m
        valuesList[j] = m
      }
    }
  }
  return valuesList
}

function matchValues(a: string[], b: string[]): string[] | undefined {
  if (a.length !== b.length) return undefined
  let common = false
  const res: string[] = []
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      common = true
      res.push(a[i])
      continue
    }
    if (a[i] !== '' && b[i] !== '') return undefined
    res.push(a[i] !== '' ? a[i] : b[i])
  }
  return common ? res : undefined
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/** The walker over [dest, origin] (kyaml's walk.Walker with merge2's Merger). */
class Merger {
  constructor(private readonly api: OpenApi) {}

  schemaFor(
    sources: (KNode | undefined)[],
    schema: SchemaNode | undefined,
  ): SchemaNode | undefined {
    if (schema) return schema
    for (const s of sources) {
      if (s === undefined || isMissingOrNull(s) || s.kind !== 'map') continue
      const kind = s.field('kind')
      const av = s.field('apiVersion')
      if (!kind || !av || kind.value === '' || av.value === '') continue
      const found = this.api.schemaForType(av.value, kind.value)
      if (found) return found
    }
    return undefined
  }

  walk(
    dest: KNode | undefined,
    origin: KNode | undefined,
    schema0: SchemaNode | undefined,
    path: string[],
  ): KNode | undefined {
    const schema = this.schemaFor([dest, origin], schema0)
    const first = [dest, origin].find((s) => !isMissingOrNull(s))
    switch (first?.kind) {
      case 'map':
        errorIfInvalid('map', [dest, origin])
        return this.walkMap(dest, origin, schema, path)
      case 'seq':
        errorIfInvalid('seq', [dest, origin])
        if (schema && hasMergeStrategy(schema))
          return this.walkAssociative(dest, origin, schema, path)
        return origin !== undefined ? origin : dest
      case 'scalar':
        errorIfInvalid('scalar', [dest, origin])
        return origin !== undefined ? origin : dest
      default:
        return this.walkMap(dest, origin, schema, path)
    }
  }

  visitMap(dest: KNode | undefined, origin: KNode | undefined): KNode | undefined {
    if (isMissingOrNull(dest)) {
      let d: Directive
      try {
        d = directive(origin)
      } catch {
        d = 'unknown'
      }
      if (d === 'delete') return CLEAR
      if (origin === undefined && dest !== undefined && dest.value.length > 0) {
        const n = new KNode('scalar', TAG_NULL, dest.value, 0, undefined, dest.src)
        n.keep = true
        return n
      }
      return origin
    }
    if (origin !== undefined && origin.tag === TAG_NULL) return CLEAR
    const d = directive(origin)
    if (d === 'delete') return CLEAR
    if (d === 'replace') return origin
    return dest
  }

  walkMap(
    dest0: KNode | undefined,
    origin: KNode | undefined,
    schema: SchemaNode | undefined,
    path: string[],
  ): KNode | undefined {
    const dest = this.visitMap(dest0, origin)
    if (dest === undefined) return undefined
    const names = new Set<string>()
    for (const s of [dest, origin]) {
      if (s === undefined || s.kind !== 'map') continue
      for (const f of s.fieldNames()) names.add(f)
    }
    const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    for (const key of sorted) {
      const s = schema ? this.api.field(schema, key) : undefined
      const dv = dest.kind === 'map' ? dest.field(key) : undefined
      const ov = origin?.kind === 'map' ? origin.field(key) : undefined
      const val = this.walk(dv, ov, s, [...path, key])
      if (dest.kind !== 'map') continue
      if (val === undefined || (val.tag === TAG_NULL && !val.keep)) dest.clear(key)
      else dest.setField(key, val, origin?.fieldKey(key)?.src ?? dest.fieldKey(key)?.src)
    }
    return dest
  }

  visitList(dest: KNode | undefined, origin: KNode | undefined): KNode | undefined {
    if (isMissingOrNull(dest)) return origin
    if (origin !== undefined && origin.tag === TAG_NULL) return CLEAR
    const d = directive(origin)
    if (d === 'delete') return CLEAR
    if (d === 'replace') return origin
    return dest
  }

  walkAssociative(
    dest0: KNode | undefined,
    origin: KNode | undefined,
    schema: SchemaNode,
    path: string[],
  ): KNode | undefined {
    const dest = this.visitList(dest0, origin)
    if (dest === undefined) return undefined
    const { keys } = strategyAndKeys(schema)
    // Patch elements first (kustomize merges with ListIncreaseDirection prepend).
    const sources = [origin, dest]
    const values: string[][] = []
    for (const src of sources) {
      if (!src || src.kind !== 'seq') continue
      for (const v of elementValuesList(src, keys)) {
        if (v.length === 0 || values.some((s) => sameList(s, v))) continue
        values.push(v)
      }
    }
    if (values.length !== 0 || keys.length > 0) {
      return this.setElements(dest, origin, values, keys, schema, path)
    }
    const prim: string[][] = []
    const seen = new Set<string>()
    for (const src of sources) {
      if (!src || src.kind !== 'seq') continue
      for (const item of src.content) {
        if (seen.has(item.value)) continue
        seen.add(item.value)
        prim.push([item.value])
      }
    }
    return this.setElements(dest, origin, prim, [''], schema, path)
  }

  setElements(
    dest: KNode,
    origin: KNode | undefined,
    valuesList: string[][],
    keys: string[],
    schema: SchemaNode,
    path: string[],
  ): KNode | undefined {
    const items = KNode.seq(dest.src)
    const elemSchema = this.api.elements(schema)
    if (keys.length > 1) valuesList = mergeValues(valuesList)
    let validKeys: string[] = keys
    for (const values of valuesList) {
      if (values.length === 0) continue
      const [vk, validValues] = validateKeys(valuesList, values, keys)
      validKeys = vk
      const [k2, v2] = validateKeys([validValues], validValues, validKeys)
      const d = elementList(dest, k2, v2)
      const o = elementList(origin, k2, v2)
      const val = this.walk(d, o, elemSchema, path)
      let exit = false
      for (let i = 0; i < validKeys.length; i++) {
        if (val === undefined || isMissingOrNull(val) || isEmptyMap(val)) {
          setElement(dest, undefined, validKeys, validValues)
          exit = true
        } else if (
          val.kind === 'map' &&
          val.field(validKeys[i]) === undefined &&
          validValues[i] !== ''
        ) {
          val.setField(validKeys[i], KNode.scalar(validValues[i]))
        }
      }
      if (exit) continue
      setElement(items, val, validKeys, validValues)
    }
    let out: KNode = dest
    if (valuesList.length > 0) out = appendList(items, dest, validKeys)
    if (isMissingOrNull(out)) return undefined
    return out
  }
}

/** walk.appendListNode: dst gets src's elements (replacing matches). */
function appendList(dst: KNode, src: KNode, keys: string[]): KNode {
  for (const elem of [...src.content]) {
    if (keys[0] === '') {
      setElement(dst, elem, [''], [elem.value])
      continue
    }
    const v: string[] = []
    for (const key of keys) {
      const valueNode = elem.kind === 'map' ? elem.field(key) : undefined
      if (valueNode === undefined) {
        dst.content.push(elem)
        continue
      }
      v.push(valueNode.value)
    }
    if (keys.length > 1) setElement(dst, undefined, keys, v)
    setElement(dst, elem, keys, v)
  }
  return dst
}

/** merge2.Merge(patch, dest): the merged node (dest is changed in place), or undefined when deleted. */
export function strategicMerge(patch: KNode, dest: KNode, api: OpenApi): KNode | undefined {
  return new Merger(api).walk(dest, patch, undefined, [])
}
