// Derives src/kustomize/openapi.generated.ts from the Kubernetes OpenAPI v2 document that
// kustomize v5.7.1 (kyaml) compiles in: kubernetes v1.21.2's swagger in gnostic protobuf
// form (kyaml/openapi/kubernetesapi/v1_21_2/swagger.pb in kubernetes-sigs/kustomize).
// What it keeps are facts of the Kubernetes API that strategic merge and the namespace
// transformer need: which definition each group/version/kind uses, the properties that
// lead to objects and lists (with x-kubernetes-patch-strategy, -patch-merge-key and
// -list-map-keys), and which kinds have namespaced paths.
//
//   node scripts/generate-kustomize-openapi.mjs path/to/swagger.pb
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const input = process.argv[2]
if (!input) {
  console.error('usage: generate-kustomize-openapi.mjs SWAGGER.pb')
  process.exit(2)
}
const data = readFileSync(input)

function varint(b, i) {
  let r = 0n
  let s = 0n
  for (;;) {
    const c = b[i++]
    r |= BigInt(c & 0x7f) << s
    s += 7n
    if (c < 0x80) return [Number(r), i]
  }
}

/** Protobuf wire fields of a message: [number, wireType, value]. */
function fields(b) {
  const out = []
  let i = 0
  while (i < b.length) {
    let k
    ;[k, i] = varint(b, i)
    const f = k >> 3
    const w = k & 7
    let v
    if (w === 0) [v, i] = varint(b, i)
    else if (w === 2) {
      let l
      ;[l, i] = varint(b, i)
      v = b.subarray(i, i + l)
      i += l
    } else if (w === 1) {
      v = b.subarray(i, i + 8)
      i += 8
    } else if (w === 5) {
      v = b.subarray(i, i + 4)
      i += 4
    } else throw new Error(`wire type ${w}`)
    out.push([f, w, v])
  }
  return out
}
const text = (b) => Buffer.from(b).toString('utf8')
const all = (b, n) =>
  fields(b)
    .filter(([f]) => f === n)
    .map(([, , v]) => v)
const one = (b, n) => all(b, n)[0]

// gnostic openapi_v2: Document.paths = 8, .definitions = 9; NamedX {1: name, 2: value};
// Schema: 1 $ref, 21 additionalProperties (1: schema), 22 type (1: values), 23 items
// (1: schemas), 25 properties (1: NamedSchema), 31 vendor extensions (NamedAny; Any.2 = YAML).
function extensions(b, field) {
  const ext = {}
  for (const named of all(b, field)) {
    const name = text(one(named, 1))
    const any = one(named, 2)
    const yaml = any ? one(any, 2) : undefined
    ext[name] = yaml ? text(yaml) : ''
  }
  return ext
}

function scalarYaml(s) {
  return s.trim().replace(/^"(.*)"$/, '$1')
}

function listYaml(s) {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('- '))
    .map((l) => scalarYaml(l.slice(2)))
}

function schemaOf(b) {
  const out = {}
  const ref = one(b, 1)
  if (ref) out.r = text(ref).replace('#/definitions/', '')
  const type = one(b, 22)
  const types = type ? all(type, 1).map(text) : []
  if (types.length === 1 && types[0] === 'array') out.t = 'array'
  const items = one(b, 23)
  if (items) {
    const s = one(items, 1)
    if (s) {
      const e = schemaOf(s)
      if (Object.keys(e).length) out.i = e
    }
  }
  const ap = one(b, 21)
  if (ap) {
    const s = one(ap, 1)
    if (s) {
      const e = schemaOf(s)
      if (Object.keys(e).length) out.a = e
    }
  }
  const props = one(b, 25)
  if (props) {
    const p = {}
    for (const named of all(props, 1)) {
      const name = text(one(named, 1))
      const s = schemaOf(one(named, 2))
      if (s.r || s.i || s.a || s.s || s.p) p[name] = s
    }
    if (Object.keys(p).length) out.p = p
  }
  const ext = extensions(b, 31)
  if (ext['x-kubernetes-patch-strategy'] !== undefined)
    out.s = scalarYaml(ext['x-kubernetes-patch-strategy'])
  if (ext['x-kubernetes-patch-merge-key'] !== undefined)
    out.k = scalarYaml(ext['x-kubernetes-patch-merge-key'])
  if (ext['x-kubernetes-list-map-keys'] !== undefined)
    out.m = listYaml(ext['x-kubernetes-list-map-keys'])
  // Array-typed schemas are kept even without items: kyaml's Elements() needs the type.
  if (out.t && !out.i && !out.s) delete out.t
  return out
}

function gvksOf(yaml) {
  // A YAML list of {group, version, kind} mappings, or a single mapping.
  const out = []
  let cur = {}
  for (const raw of yaml.split('\n')) {
    if (!raw.trim()) continue
    const line = raw.replace(/^- /, '  ')
    if (raw.startsWith('- ') && Object.keys(cur).length) {
      out.push(cur)
      cur = {}
    }
    const m = /^\s*(group|version|kind):\s*(.*)$/.exec(line)
    if (m) cur[m[1]] = scalarYaml(m[2])
  }
  if (Object.keys(cur).length) out.push(cur)
  return out.map((g) => ({
    apiVersion: g.group ? `${g.group}/${g.version}` : g.version,
    kind: g.kind,
  }))
}

const doc = data
const definitions = {}
const gvks = {}
for (const named of all(one(doc, 9), 1)) {
  const name = text(one(named, 1))
  const b = one(named, 2)
  const s = schemaOf(b)
  delete s.r
  definitions[name] = s
  const ext = extensions(b, 31)
  const gvk = ext['x-kubernetes-group-version-kind']
  if (gvk) for (const t of gvksOf(gvk)) gvks[`${t.apiVersion}|${t.kind}`] = name
}

// Namespaceability as kyaml computes it from the paths: a GET path with the type's GVK
// that contains namespaces/{namespace} makes it namespaced.
const scope = {}
for (const named of all(one(doc, 8), 2)) {
  const path = text(one(named, 1))
  const item = one(named, 2)
  const get = item ? one(item, 2) : undefined
  if (!get) continue
  const gvk = extensions(get, 13)['x-kubernetes-group-version-kind']
  if (!gvk) continue
  for (const t of gvksOf(gvk)) {
    const key = `${t.apiVersion}|${t.kind}`
    if (path.includes('namespaces/{namespace}')) scope[key] = true
    else if (!(key in scope)) scope[key] = false
  }
}
const clusterScoped = Object.keys(scope)
  .filter((k) => !scope[k])
  .sort()
const namespaced = Object.keys(scope)
  .filter((k) => scope[k])
  .sort()

// Only definitions reachable from a resource type are kept.
const keep = new Set()
const visit = (s) => {
  if (!s) return
  if (s.r && !keep.has(s.r)) {
    keep.add(s.r)
    visit(definitions[s.r])
  }
  visit(s.i)
  visit(s.a)
  for (const p of Object.values(s.p ?? {})) visit(p)
}
for (const name of Object.values(gvks)) {
  keep.add(name)
  visit(definitions[name])
}
const defs = {}
for (const name of [...keep].sort()) defs[name] = definitions[name] ?? {}

const out = `// Generated by scripts/generate-kustomize-openapi.mjs from the Kubernetes v1.21.2 OpenAPI
// document kustomize v5.7.1 compiles in. Do not edit.
import type { OpenApiData } from './openapi.js'

export const KUBERNETES_OPENAPI: OpenApiData = ${JSON.stringify({ gvks, defs, clusterScoped, namespaced })}
`
writeFileSync(join(root, 'src', 'kustomize', 'openapi.generated.ts'), out)
console.log(
  `${Object.keys(gvks).length} types, ${Object.keys(defs).length} definitions, ${clusterScoped.length} cluster-scoped, ${namespaced.length} namespaced`,
)
