/**
 * Which chart value feeds a block of a rendered object, or would feed it: the question a
 * finding about a missing field asks ("allowPrivilegeEscalation is not set: where do I set
 * it?"). Charts emit a securityContext from a value (`{{- toYaml .Values.securityContext |
 * nindent 12 }}`, `{{- with .Values.podSecurityContext }}`), often only when the value is not
 * empty, so a missing field is fixed in that values key, not in the rendered output.
 *
 * The answer comes from the render trace: the values read while the template wrote the
 * object's region (the container, or the pod spec without its containers). A map value
 * rendered whole under the block feeds it; when the block is absent, a value read there
 * under a name like the block's (`securityContext`, `podSecurityContext`) or the field's
 * (`seccompProfile`) is the one that decides it.
 */
import type { SourceRange } from '../core/range.js'
import { GoInt, isGoMap, type GoMap, type GoValue } from '../template/value.js'
import type { NodePos } from '../template/exec.js'
import { parseFirstDocumentIfYaml } from './goyaml/parse.js'
import type { YNode } from './goyaml/ast.js'
import { siteOf, siteRange, type ValueSite } from './origins.js'
import type { EmitRecord, FileTrace, ReadRecord } from './trace.js'

/** A value feeds the block (or the field): the values key to edit. */
export interface ValueFeed {
  kind: 'value'
  /** How templates name it: `.Values.securityContext`. */
  expression: string
  /** The values-file range of the key; undefined when no values file sets it (the chart reads it anyway). */
  range?: SourceRange
  /** The `--set` argument that set it, when one did. */
  setArgument?: string
  /** The template action that reads it. */
  template?: SourceRange
  /** True when the value is the whole block (a map), false when it feeds the one field. */
  whole: boolean
  /** The value is a map with `enabled: false` (a chart's switch for the block). */
  disabled?: boolean
  /**
   * The value is empty and the template writes a default block instead; setting the value
   * replaces that block (so it must repeat what the default sets).
   */
  replaces?: boolean
}

/** No value feeds the block: the template writes it (or never writes it). */
export interface TemplateFeed {
  kind: 'template'
  /** The template line that writes the block's key, when the block is rendered. */
  template?: SourceRange
}

export type Feed = ValueFeed | TemplateFeed

export interface FeedQuery {
  /** Path of the object that owns the block: the container, or the pod spec. */
  owner: (string | number)[]
  /** The block's key under the owner (`securityContext`). */
  block: string
  /** The missing field's key under the block (`allowPrivilegeEscalation`, `seccompProfile`). */
  field: string
  /** Paths under the owner whose text is not the owner's own (a pod spec's container lists). */
  exclude?: (string | number)[][]
  /** Whether the owner is a pod (prefer `podSecurityContext`) or a container. */
  scope: 'pod' | 'container'
}

export interface FeedContext {
  /** The parsed rendered document. */
  root: YNode | null
  /** Offset of the document's text within its file's rendered output (trace offsets). */
  offsetInFile: number
  trace: FileTrace
  /** The template range of a write or a read. */
  range(pos: NodePos): SourceRange | undefined
  /** The template range of the text written at a file offset by a text write. */
  textRange(emit: EmitRecord, fileOffset: number): SourceRange | undefined
  /** The template source of an action (to name the value it reads). */
  text(pos: NodePos): string | undefined
}

interface Found {
  node: YNode | null
  keyStart: number
}

function deref(n: YNode | null): YNode | null {
  let cur = n
  while (cur && cur.t === 'alias') cur = cur.target ?? null
  return cur
}

function find(root: YNode | null, path: readonly (string | number)[]): Found | undefined {
  let node = deref(root)
  let keyStart = root?.start ?? 0
  for (const step of path) {
    if (!node) return undefined
    if (node.t === 'map') {
      let hit = -1
      for (let k = node.keys.length - 1; k >= 0; k--) {
        const key = node.keys[k]
        if (key.t === 'scalar' && key.value === String(step)) {
          hit = k
          break
        }
      }
      if (hit < 0) return undefined
      keyStart = node.keys[hit].start
      node = deref(node.values[hit])
    } else if (node.t === 'seq' && typeof step === 'number') {
      const item = node.items[step]
      if (!item) return undefined
      keyStart = item.start
      node = deref(item)
    } else {
      return undefined
    }
  }
  return { node, keyStart }
}

function mapKeys(n: YNode | null): string[] | undefined {
  const d = deref(n)
  if (!d) return []
  if (d.t !== 'map')
    return d.t === 'scalar' && (d.value === '' || d.value === 'null') ? [] : undefined
  return d.keys.filter((k) => k.t === 'scalar').map((k) => (k as { value: string }).value)
}

/** Lower-case stem a value's name is matched with (`seccompProfile` → `seccomp`). */
function stem(key: string): string {
  const k = key.toLowerCase()
  if (k.startsWith('seccomp')) return 'seccomp'
  if (k.startsWith('capabilit')) return 'capabilit'
  if (k === 'allowprivilegeescalation') return 'privilegeescalation'
  return k
}

function isEmptyish(v: GoValue): boolean {
  if (v === null || v === undefined || v === false || v === '') return true
  if (isGoMap(v)) return Object.keys(v).length === 0
  if (Array.isArray(v)) return v.length === 0
  return false
}

interface Window {
  from: number
  to: number
  /** Reads in [from, inner) happened inside the owner's text; later ones right after it. */
  inner: number
}

/** The reads made while the template wrote the text in [a, b) (file offsets). */
function readsWindow(trace: FileTrace, a: number, b: number): Window | undefined {
  const emits = trace.emits
  let i0 = -1
  let i1 = -1
  for (let i = 0; i < emits.length; i++) {
    const e = emits[i]
    if (e.end <= a || e.start >= b) continue
    if (i0 < 0) i0 = i
    i1 = i
  }
  if (i0 < 0) return undefined
  const from = i0 > 0 ? emits[i0 - 1].readEnd : 0
  const inner = emits[i1].readEnd
  // Actions between the owner's last text and the next text (an `if` closing a container).
  const to = i1 + 1 < emits.length ? emits[i1 + 1].readEnd : trace.reads.length
  return { from, to, inner }
}

/** Where in the output a read happened: the end of the last write before it. */
function readPosition(trace: FileTrace, readIndex: number): number {
  let lo = 0
  let hi = trace.emits.length - 1
  let at = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (trace.emits[mid].readEnd <= readIndex) {
      at = trace.emits[mid].end
      lo = mid + 1
    } else hi = mid - 1
  }
  return at
}

interface Candidate {
  read: ReadRecord
  index: number
  site?: ValueSite
  score: number
  whole: boolean
  disabled: boolean
  /** Setting the value replaces a default block the template writes itself. */
  replaces?: boolean
}

/** Finds the value that feeds `query.block` (or `query.field` in it) of the owner at `query.owner`. */
export function findFeed(ctx: FeedContext, query: FeedQuery): Feed | undefined {
  const owner = find(ctx.root, query.owner)
  if (!owner || !owner.node || owner.node.t !== 'map') return undefined
  const base = ctx.offsetInFile
  const window = readsWindow(ctx.trace, base + owner.node.start, base + owner.node.end)
  if (!window) return undefined
  const excluded: [number, number][] = []
  for (const p of query.exclude ?? []) {
    const ex = find(ctx.root, [...query.owner, ...p])
    if (ex?.node) excluded.push([base + ex.keyStart, base + ex.node.end])
  }
  const block = find(ctx.root, [...query.owner, query.block])
  const blockKeys = block ? mapKeys(block.node) : undefined
  const fieldPresent = blockKeys?.includes(query.field) ?? false
  const fieldStem = stem(query.field)
  const reads = ctx.trace.reads
  const candidates: Candidate[] = []
  for (let i = window.from; i < window.to; i++) {
    const r = reads[i]
    if (typeof r.key !== 'string') continue
    const key = r.key.toLowerCase()
    if (excluded.length) {
      // Inside a container's text, or right after the last container: a value named for the
      // pod (`podSecurityContext`) there is the pod's (a `with` after the containers list).
      const at = readPosition(ctx.trace, i)
      const podNamed = key.includes('pod')
      if (excluded.some(([a, b]) => at > a && (at < b || (at === b && !podNamed)))) continue
    }
    const inside = i < window.inner ? 1 : 0
    const podNamed = key.includes('pod') ? 1 : 0
    const scopeMatch = query.scope === 'pod' ? podNamed : 1 - podNamed
    const site = siteOf(r.container, r.key)
    const v = r.value
    if (isGoMap(v) && Object.keys(v).length > 0 && blockKeys && blockKeys.length > 0) {
      // A map rendered whole under the block: every key it holds is one of the block's.
      const keys = Object.keys(v)
      if (keys.every((k) => blockKeys.includes(k))) {
        candidates.push({
          read: r,
          index: i,
          site,
          score: 40 + keys.length + inside,
          whole: true,
          disabled: false,
        })
        continue
      }
    }
    if (!fieldPresent && key.includes(fieldStem) && !isGoMap(v)) {
      // A value for the field alone (`seccompProfile: ""` deciding whether it is written).
      candidates.push({
        read: r,
        index: i,
        site,
        score: 30 + inside,
        whole: false,
        disabled: false,
      })
      continue
    }
    if (
      block &&
      blockKeys?.length &&
      !key.includes('securitycontext') &&
      isEmptyish(v) &&
      (isGoMap(v) || v === '' || v === null || v === undefined)
    ) {
      // An empty value under a securityContext key that the template tested before writing
      // its own default block (`{{- if .Values.securityContext.container }} … {{- else }}
      // securityContext: {allowPrivilegeEscalation: false}`): setting it replaces the block.
      const path = site?.kind === 'file' ? keyPathAt(site.text, site.keyStart) : undefined
      const named = path?.map((k) => k.toLowerCase()) ?? []
      const under = named.slice(0, -1).some((k) => k.includes('securitycontext'))
      const forPod = named.some((k) => k.includes('pod'))
      if (under && forPod === (query.scope === 'pod')) {
        candidates.push({
          read: r,
          index: i,
          site,
          score: 10 + inside,
          whole: true,
          disabled: false,
          replaces: true,
        })
        continue
      }
    }
    if (
      key.includes('securitycontext') &&
      (blockKeys === undefined || blockKeys.length === 0) &&
      (isGoMap(v) || isEmptyish(v))
    ) {
      const disabled = isGoMap(v) && (v as GoMap).enabled === false
      if (!isEmptyish(v) && !disabled && blockKeys === undefined) {
        // A non-empty map that did not render: only its switch can have kept it out.
        continue
      }
      candidates.push({
        read: r,
        index: i,
        site,
        score: 20 + 2 * scopeMatch + inside,
        whole: true,
        disabled,
      })
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.index - a.index)
  const best = candidates[0]
  if (best) return valueFeed(ctx, best)
  if (!block) return { kind: 'template' }
  const at = base + block.keyStart
  const emit = ctx.trace.emitAt(at)
  return {
    kind: 'template',
    template: emit
      ? emit.kind === 'text'
        ? ctx.textRange(emit, at)
        : ctx.range(emit.at)
      : undefined,
  }
}

function valueFeed(ctx: FeedContext, c: Candidate): ValueFeed {
  const template = ctx.range(c.read.at)
  const key = String(c.read.key)
  const common = {
    template,
    whole: c.whole,
    ...(c.disabled ? { disabled: true } : {}),
    ...(c.replaces ? { replaces: true } : {}),
  }
  if (c.site?.kind === 'file') {
    const path = keyPathAt(c.site.text, c.site.keyStart)
    return {
      kind: 'value',
      expression: `.Values.${path ? path.join('.') : key}`,
      range: siteRange(c.site, !isGoMap(c.read.value) && !(c.read.value instanceof GoInt)),
      ...common,
    }
  }
  if (c.site?.kind === 'set') {
    const arg = /^--[\w-]+[ =](.*?)=/.exec(c.site.argument)?.[1]
    return {
      kind: 'value',
      expression: `.Values.${arg ?? key}`,
      setArgument: c.site.argument,
      ...common,
    }
  }
  return { kind: 'value', expression: expressionIn(ctx, c.read, key), ...common }
}

/** `.Values.x.key` as the reading action spells it, else `….key`. */
function expressionIn(ctx: FeedContext, read: ReadRecord, key: string): string {
  const text = ctx.text(read.at)
  const re = new RegExp(`\\$?\\.Values(?:\\.[A-Za-z0-9_]+)*\\.${key.replace(/\W/g, '')}\\b`)
  const m = text ? re.exec(text) : null
  return m ? m[0].replace(/^\$/, '') : `.Values.….${key}`
}

const parsed = new WeakMap<object, YNode | null>()

/** The key path of the mapping key that starts at `offset` in a YAML text. */
export function keyPathAt(text: { source: string }, offset: number): string[] | undefined {
  let root = parsed.get(text)
  if (root === undefined) {
    root = parseFirstDocumentIfYaml(text.source)
    parsed.set(text, root)
  }
  const walk = (n: YNode | null, path: string[]): string[] | undefined => {
    const d = deref(n)
    if (!d || d.t !== 'map') return undefined
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i]
      if (k.t !== 'scalar') continue
      if (k.start === offset) return [...path, k.value]
      const v = d.values[i]
      if (v && offset >= k.start && offset <= v.end) {
        const hit = walk(v, [...path, k.value])
        if (hit) return hit
      }
    }
    return undefined
  }
  return walk(root, [])
}
