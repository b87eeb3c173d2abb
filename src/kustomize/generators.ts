/**
 * configMapGenerator and secretGenerator: key/value pairs from env files, literals and
 * files, the generated object, and the name-suffix hash kustomize computes over it.
 */
import { createHash } from 'node:crypto'
import { marshalJson } from '../helm/yaml/go-json.js'
import type { GoMap, GoValue } from '../template/value.js'
import { resourceValue } from './encode.js'
import { KustomizeError, wrap } from './errors.js'
import type { GeneratorArgs, GeneratorOptions } from './kustomization.js'
import type { Loader } from './loader.js'
import { KNode, type Src, STYLE_LITERAL, STYLE_SINGLE, TAG_BOOL, TAG_STR } from './node.js'
import { compareGo } from './resource.js'
import { pushAll } from '../core/arrays.js'

interface Pair {
  key: string
  value: string
  src?: Src
}

/** Go's fmt %v of a []string. */
function goList(l: string[] | undefined): string {
  return `[${(l ?? []).join(' ')}]`
}

function envPairs(text: string, src: Src | undefined): Pair[] {
  const out: Pair[] = []
  const lines = text.split('\n')
  // bufio.Scanner drops a final empty line and the \r of CRLF endings.
  if (lines.length && lines[lines.length - 1] === '') lines.pop()
  lines.forEach((raw, i) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (i === 0 && line.startsWith('\ufeff')) line = line.slice(1)
    line = line.replace(/^\s+/u, '')
    if (line.length === 0 || line[0] === '#') return
    const eq = line.indexOf('=')
    const key = eq < 0 ? line : line.slice(0, eq)
    out.push({ key, value: eq < 0 ? '' : line.slice(eq + 1), src })
  })
  return out
}

function removeQuotes(s: string): string {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s
  return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s
}

/** generators.ParseFileSource */
function parseFileSource(source: string): { key: string; path: string } {
  const n = source.split('=').length - 1
  if (n === 0) return { key: source.slice(source.lastIndexOf('/') + 1) || source, path: source }
  if (n === 1 && source.startsWith('=')) {
    throw new KustomizeError(
      `missing key name for file path ${JSON.stringify(source.slice(1))} in source ${JSON.stringify(source)}`,
    )
  }
  if (n === 1 && source.endsWith('=')) {
    throw new KustomizeError(
      `missing file path for key name ${JSON.stringify(source.slice(0, -1))} in source ${JSON.stringify(source)}`,
    )
  }
  if (n > 1)
    throw new KustomizeError(`source ${JSON.stringify(source)} key name or file path contains '='`)
  const [key, path] = source.split('=')
  return { key, path }
}

/** kv.Loader.Load: env files, then literals, then files. */
function loadPairs(ldr: Loader, args: GeneratorArgs, srcs: PairSources): Pair[] {
  const all: Pair[] = []
  try {
    ;(args.envs ?? []).forEach((p, i) => pushAll(all, envPairs(ldr.load(p), srcs.envs(i))))
  } catch (e) {
    throw wrap(e, `env source files: ${goList(args.envs)}`)
  }
  try {
    ;(args.literals ?? []).forEach((s, i) => {
      if (s.indexOf('=') === 0 || !s.includes('=')) {
        throw new KustomizeError(`invalid literal source ${s}, expected key=value`)
      }
      const eq = s.indexOf('=')
      all.push({ key: s.slice(0, eq), value: removeQuotes(s.slice(eq + 1)), src: srcs.literals(i) })
    })
  } catch (e) {
    throw wrap(e, `literal sources ${goList(args.literals)}`)
  }
  try {
    ;(args.files ?? []).forEach((s, i) => {
      const { key, path } = parseFileSource(s)
      all.push({ key, value: ldr.load(path), src: srcs.files(i) })
    })
  } catch (e) {
    throw wrap(e, `file sources: ${goList(args.files)}`)
  }
  return all
}

export interface PairSources {
  envs: (i: number) => Src | undefined
  literals: (i: number) => Src | undefined
  files: (i: number) => Src | undefined
  at?: Src
}

function dataMap(ldr: Loader, args: GeneratorArgs, srcs: PairSources): Map<string, Pair> {
  let pairs: Pair[]
  try {
    pairs = loadPairs(ldr, args, srcs)
  } catch (e) {
    throw wrap(e, 'loading KV pairs')
  }
  const known = new Map<string, Pair>()
  for (const p of pairs) {
    if (known.has(p.key)) {
      throw new KustomizeError(`configmap ${args.name} illegally repeats the key \`${p.key}\``)
    }
    known.set(p.key, p)
  }
  return known
}

/** base64 broken into 70-character lines when longer (kyaml's encodeBase64). */
function encodeBase64(s: string): string {
  const enc = Buffer.from(s, 'utf8').toString('base64')
  if (enc.length < 70) return enc
  const lines: string[] = []
  for (let i = 0; i < enc.length; i += 70) lines.push(enc.slice(i, i + 70))
  return lines.join('\n') + '\n'
}

function metaNode(n: KNode, src: Src | undefined): KNode {
  return n.fieldOrCreate('metadata', 'map', src)
}

function setMeta(n: KNode, field: string, key: string, value: string, src?: Src): void {
  const v = KNode.string(value, src)
  v.style = STYLE_SINGLE
  if (field === 'annotations') {
    const meta = n.field('metadata')
    if (meta) {
      const a = meta.field('annotations')
      if (a && a.content.length === 0) meta.clear('annotations')
      if (meta.content.length === 0) n.clear('metadata')
    }
  }
  metaNode(n, src).fieldOrCreate(field, 'map', src).setField(key, v, src)
}

function applyOptions(n: KNode, opts: GeneratorOptions | undefined, src: Src | undefined): void {
  if (!opts) return
  for (const k of Object.keys(opts.labels ?? {}).sort(compareGo))
    setMeta(n, 'labels', k, opts.labels![k], src)
  for (const k of Object.keys(opts.annotations ?? {}).sort(compareGo)) {
    setMeta(n, 'annotations', k, opts.annotations![k], src)
  }
  if (opts.immutable) n.setField('immutable', KNode.scalar('true', TAG_BOOL, src))
}

function baseNode(kind: string, args: GeneratorArgs, src: Src | undefined): KNode {
  const n = KNode.map(src)
  n.content.push(KNode.scalar('apiVersion', TAG_STR, src), KNode.scalar('v1', TAG_STR, src))
  n.content.push(KNode.scalar('kind', TAG_STR, src), KNode.scalar(kind, TAG_STR, src))
  if (!args.name) throw new KustomizeError('a configmap must have a name')
  metaNode(n, src).setField('name', KNode.string(args.name, src))
  if (args.namespace) metaNode(n, src).setField('namespace', KNode.string(args.namespace, src))
  return n
}

export function makeConfigMap(ldr: Loader, args: GeneratorArgs, srcs: PairSources): KNode {
  const n = baseNode('ConfigMap', args, srcs.at)
  for (const k of [...dataMap(ldr, args, srcs).entries()].sort((a, b) => compareGo(a[0], b[0]))) {
    const v = KNode.string(k[1].value, k[1].src ?? srcs.at)
    v.tag = TAG_STR
    if (v.value.includes('\n')) v.style = STYLE_LITERAL
    n.fieldOrCreate('data', 'map', srcs.at).setField(k[0], v, k[1].src)
  }
  applyOptions(n, args.options, srcs.at)
  return n
}

export function makeSecret(ldr: Loader, args: GeneratorArgs, srcs: PairSources): KNode {
  const n = baseNode('Secret', args, srcs.at)
  n.setField('type', KNode.string(args.type || 'Opaque', srcs.at))
  const data = dataMap(ldr, args, srcs)
  const map = n.fieldOrCreate('data', 'map', srcs.at)
  for (const [k, p] of [...data.entries()].sort((a, b) => compareGo(a[0], b[0]))) {
    const v = KNode.string(encodeBase64(p.value), p.src ?? srcs.at)
    v.tag = TAG_STR
    map.setField(k, v, p.src)
  }
  applyOptions(n, args.options, srcs.at)
  return n
}

/** MergeGlobalOptionsIntoLocal */
export function mergeOptions(
  local: GeneratorOptions | undefined,
  global: GeneratorOptions | undefined,
): GeneratorOptions | undefined {
  if (!global) return local
  const out: GeneratorOptions = { ...(local ?? {}) }
  if (!out.labels) {
    if (global.labels) out.labels = { ...global.labels }
  } else {
    out.labels = { ...out.labels }
    for (const [k, v] of Object.entries(global.labels ?? {}))
      if (!(k in out.labels)) out.labels[k] = v
  }
  if (!out.annotations) {
    if (global.annotations) out.annotations = { ...global.annotations }
  } else {
    out.annotations = { ...out.annotations }
    for (const [k, v] of Object.entries(global.annotations ?? {})) {
      if (!(k in out.annotations)) out.annotations[k] = v
    }
  }
  if (global.disableNameSuffixHash) out.disableNameSuffixHash = true
  if (global.immutable) out.immutable = true
  return out
}

// ---- the name-suffix hash (api/hasher) ----

function hashEncode(hex: string): string {
  const map: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' }
  return [...hex.slice(0, 10)].map((c) => map[c] ?? c).join('')
}

function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex')
}

/** getNodeValues: a Lookup of one field (kustomize looks up "metadata/name" as a single field name, so names never enter the hash). */
function nodeValue(n: KNode, field: string): GoValue {
  const cur = n.kind === 'map' ? n.field(field) : undefined
  if (!cur) return ''
  if (cur.kind !== 'scalar') {
    const wrapped = KNode.map()
    wrapped.content.push(KNode.scalar('v'), cur)
    return (resourceValue(wrapped) as GoMap).v
  }
  return cur.value
}

function isMap(v: GoValue): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Hasher.Hash: the 10-character suffix of a generated ConfigMap or Secret. */
export function hashOf(n: KNode): string {
  const kind = n.field('kind')?.value ?? ''
  let m: GoMap
  if (kind === 'ConfigMap') {
    m = {
      kind: 'ConfigMap',
      name: nodeValue(n, 'metadata/name'),
      data: nodeValue(n, 'data'),
    }
    const bin = nodeValue(n, 'binaryData')
    if (isMap(bin)) m.binaryData = bin
  } else if (kind === 'Secret') {
    m = {
      kind: 'Secret',
      type: nodeValue(n, 'type'),
      name: nodeValue(n, 'metadata/name'),
      data: nodeValue(n, 'data'),
    }
    const sd = nodeValue(n, 'stringData')
    if (isMap(sd)) m.stringData = sd
  } else {
    return hashEncode(sha256Hex(marshalJson(resourceValue(n))))
  }
  return hashEncode(sha256Hex(marshalJson(m)))
}
