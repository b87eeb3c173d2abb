/**
 * kyaml's field paths as vars and replacements use them: `a.b[0].c`, `[name=x]` list
 * matches (a regular expression for replacement targets), `*` wildcards, and creating
 * what is missing when asked.
 */
import { KustomizeError } from './errors.js'
import { wrongKind } from './fieldspec.js'
import { KNode, type NodeKind, type Src } from './node.js'
import { pushAll } from '../core/arrays.js'

/** utils.SmarterPathSplitter: splits on the delimiter, keeping [a.b=c] together. */
export function smarterSplit(path: string, delimiter = '.'): string[] {
  let ps = path.split(delimiter)
  if (ps.length > 1 && ps[0] === '') ps = ps.slice(1)
  const split = [ps[0]]
  for (let i = 1; i < ps.length; i++) {
    const last = split.length - 1
    if (split[last].endsWith('\\')) split[last] = split[last].slice(0, -1) + delimiter + ps[i]
    else split.push(ps[i])
  }
  const out: string[] = []
  for (let i = 0; i < split.length; i++) {
    const elem = split[i]
    if (elem.startsWith('[') && !elem.endsWith(']')) {
      const parts = [elem]
      while (i < split.length - 1) {
        i++
        parts.push(split[i])
        if (split[i].endsWith(']')) break
      }
      const joined = parts.join(delimiter)
      out.push(joined.includes('=') ? joined : joined.replace(/^\[+|\]+$/g, ''))
    } else out.push(elem)
  }
  return out
}

/** convertSliceIndex: `ports[0]` becomes `ports`, `0`. */
export function convertSliceIndex(fields: string[]): string[] {
  const out: string[] = []
  for (const s of fields) {
    const m = s.endsWith(']') ? /^(.*)\[(\d+)\]$/.exec(s) : null
    if (!m) {
      out.push(s)
      continue
    }
    if (m[1] !== '') out.push(m[1])
    out.push(m[2])
  }
  return out
}

function isListIndex(p: string): boolean {
  return p.startsWith('[') && p.endsWith(']')
}

function splitIndexNameValue(p: string): [string, string] {
  const elem = p.replace(/^\[/, '').replace(/\]$/, '')
  const eq = elem.indexOf('=')
  if (eq < 0)
    throw new KustomizeError(
      'list path element must contain fieldName=fieldValue for element to match',
    )
  return [elem.slice(0, eq), elem.slice(eq + 1)]
}

/** PathGetter (Lookup): one node, or undefined. */
export function lookupPath(n: KNode | undefined, path: string[]): KNode | undefined {
  let cur = n
  for (const raw of path) {
    const part = raw.trim()
    if (part === '') continue
    if (!cur) return undefined
    if (/^\d+$/.test(part)) {
      if (cur.kind !== 'seq') throw wrongKind('seq', cur)
      cur = cur.content[Number(part)]
    } else if (part === '-') {
      if (cur.kind !== 'seq') throw wrongKind('seq', cur)
      cur = cur.content[cur.content.length - 1]
    } else if (isListIndex(part)) {
      const [name, value] = splitIndexNameValue(part)
      if (cur.kind !== 'seq') throw wrongKind('seq', cur)
      cur = cur.content.find((e) =>
        name === '' ? e.value === value : e.kind === 'map' && e.field(name)?.value === value,
      )
    } else {
      if (cur.tag === '!!null') return undefined
      if (cur.kind !== 'map') throw wrongKind('map', cur)
      cur = cur.field(part)
    }
  }
  return cur
}

function partKind(next: string | undefined, create: NodeKind): NodeKind {
  if (next === undefined || next === '') return create
  if (isListIndex(next) || /^\d+$/.test(next)) return 'seq'
  return 'map'
}

function yamlText(n: KNode): string {
  if (n.kind !== 'scalar') return ''
  return n.value
}

/** PathMatcher: every node the path reaches (created with `create` when asked). */
export function matchPath(n: KNode, path: string[], create?: NodeKind, src?: Src): KNode[] {
  const p = path.map((s) => s.trim()).filter((s) => s !== '')
  if (p.length === 0) return [n]
  const [head, ...rest] = p
  if (/^\d+$/.test(head)) {
    if (n.kind !== 'seq') throw wrongKind('seq', n)
    const idx = Number(head)
    if (n.content.length === idx && create) {
      n.content.push(new KNode(partKind(rest[0], create), '', '', 0, [], src))
    }
    if (n.content.length < idx + 1) {
      throw new KustomizeError(`index ${idx} specified but only ${n.content.length} elements found`)
    }
    return matchPath(n.content[idx], rest, create, src)
  }
  if (isListIndex(head)) {
    if (n.kind !== 'seq') throw wrongKind('seq', n)
    const [field, pattern] = splitIndexNameValue(head)
    let re: RegExp
    try {
      re = new RegExp(pattern)
    } catch (e) {
      throw new KustomizeError(`error parsing regexp: ${(e as Error).message}`)
    }
    const out: KNode[] = []
    for (const el of n.content) {
      if (field === '') {
        if (re.test(yamlText(el).trim())) out.push(el)
        continue
      }
      const v = el.kind === 'map' ? el.field(field) : undefined
      if (!v || !re.test(yamlText(v).trim())) continue
      pushAll(out, matchPath(el, rest, create, src))
    }
    if (out.length > 0 || !create) return out
    const value = KNode.scalar(pattern, '', src)
    const elem =
      field === '' ? value : new KNode('map', '', '', 0, [KNode.scalar(field, '', src), value], src)
    n.content.push(elem)
    return matchPath(n, p, create, src)
  }
  if (head === '*') {
    if (n.kind !== 'seq') throw wrongKind('seq', n)
    return n.content.flatMap((el) => matchPath(el, rest, create, src))
  }
  if (n.kind !== 'map') {
    if (n.tag === '!!null') return []
    throw wrongKind('map', n)
  }
  let field = n.field(head)
  if (!field) {
    if (!create) return []
    field = new KNode(partKind(rest[0], create), '', '', 0, [], src)
    n.setField(head, field, src)
    field = n.field(head)!
  }
  return matchPath(field, rest, create, src)
}
