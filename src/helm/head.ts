/**
 * Decodes the head of a rendered document into Helm's SimpleHead (apiVersion, kind,
 * metadata.name, metadata.annotations) with sigs.k8s.io/yaml's rules: scalars bound for
 * string fields become strings, other shapes are errors worded like encoding/json's.
 */
import { isGoMap, type GoMap, type GoValue } from '../template/value.js'
import { parseFirstDocument } from './goyaml/parse.js'
import { checkDecodable, formatFloat32, toGoValue } from './goyaml/convert.js'
import type { YNode } from './goyaml/ast.js'
import { headEntries } from './head-scan.js'
import { fieldTypeMessage, valueTypeMessage } from './json-unmarshal.js'

export interface SimpleHead {
  apiVersion: string
  kind: string
  metadata: { name: string; annotations: Record<string, string> | null } | null
}

const metadataType =
  'struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }'

function unmarshalError(v: GoValue, field: string, type: string): Error {
  return new Error(fieldTypeMessage(v, field, type))
}

/** sigs.k8s.io/yaml turns a scalar bound for a string field into a string. */
function asString(v: GoValue, field: string): string | undefined {
  if (v === null) return undefined
  if (typeof v === 'string') return v
  if (typeof v === 'bigint') return v.toString()
  if (typeof v === 'number') return formatFloat32(v)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  throw unmarshalError(v, field, 'string')
}

function fieldOf(m: GoMap, name: string): GoValue | undefined {
  // encoding/json matches keys case-insensitively; the last match wins.
  let out: GoValue | undefined
  for (const k of Object.keys(m)) if (k.toLowerCase() === name) out = m[k]
  return out
}

/**
 * The document's value restricted to the head fields: the whole document is checked for
 * decode errors (as go-yaml decodes all of it) but only apiVersion, kind and metadata are
 * built.
 */
function headValue(root: YNode | null): GoValue {
  if (root === null || root.t !== 'map') return toGoValue(root, { bigInts: true })
  checkDecodable(root)
  const keys = root.keys.map((k) => (k.t === 'scalar' ? k.value.toLowerCase() : ''))
  const wanted = new Set(['apiversion', 'kind', 'metadata'])
  const head: YNode = { ...root, keys: [], values: [] }
  for (let i = 0; i < keys.length; i++) {
    if (!wanted.has(keys[i])) continue
    head.keys.push(root.keys[i])
    head.values.push(root.values[i])
  }
  return toGoValue(head, { bigInts: true })
}

/** Decodes one document (the text between `---` lines). Throws with Helm's wording. */
export function decodeHead(doc: string): SimpleHead {
  // Where the scanner vouches for the rest of the document, only the head entries are read.
  return decodeWholeDocument(headEntries(doc) ?? doc)
}

/** decodeHead without the scanner: the whole document is parsed and checked. */
export function decodeWholeDocument(doc: string): SimpleHead {
  let value: GoValue
  try {
    value = headValue(parseFirstDocument(doc))
  } catch (e) {
    throw new Error(`error converting YAML to JSON: ${(e as Error).message}`, { cause: e })
  }
  const head: SimpleHead = { apiVersion: '', kind: '', metadata: null }
  if (value === null) return head
  if (!isGoMap(value)) {
    throw new Error(valueTypeMessage(value, 'util.SimpleHead'))
  }
  const apiVersion = fieldOf(value, 'apiversion')
  if (apiVersion !== undefined) {
    head.apiVersion = asString(apiVersion, 'SimpleHead.apiVersion') ?? ''
  }
  const kind = fieldOf(value, 'kind')
  if (kind !== undefined) head.kind = asString(kind, 'SimpleHead.kind') ?? ''
  const md = fieldOf(value, 'metadata')
  if (md !== undefined && md !== null) {
    if (!isGoMap(md)) throw unmarshalError(md, 'SimpleHead.metadata', metadataType)
    const meta: NonNullable<SimpleHead['metadata']> = { name: '', annotations: null }
    const name = fieldOf(md, 'name')
    if (name !== undefined) meta.name = asString(name, '.metadata.name') ?? ''
    const ann = fieldOf(md, 'annotations')
    if (ann !== undefined && ann !== null) {
      if (!isGoMap(ann)) throw unmarshalError(ann, '.metadata.annotations', 'map[string]string')
      const out: Record<string, string> = {}
      for (const [k, v] of Object.entries(ann)) {
        out[k] = asString(v, '.metadata.annotations') ?? ''
      }
      meta.annotations = out
    }
    head.metadata = meta
  }
  return head
}
