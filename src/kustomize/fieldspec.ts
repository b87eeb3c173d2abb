/**
 * kustomize's fieldspec filter: walks a field spec's path through a resource (through
 * every element of the lists on the way), optionally creating what is missing, and calls
 * a setter on the node it reaches.
 */
import { KustomizeError, wrap } from './errors.js'
import type { Fs } from './config.js'
import { KNode, type NodeKind, type Src, TAG_MAP, TAG_NULL } from './node.js'
import { parseGroupVersion, resIdString } from './resid.js'

export type SetFn = (n: KNode) => void

/** kyaml's PathSplitter: '/'-separated, a backslash escapes a slash. */
export function splitPath(path: string, delimiter = '/'): string[] {
  let ps = path.split(delimiter)
  if (ps.length > 1 && ps[0] === '') ps = ps.slice(1)
  const res = [ps[0]]
  for (let i = 1; i < ps.length; i++) {
    const last = res.length - 1
    if (res[last].endsWith('\\')) res[last] = res[last].slice(0, -1) + delimiter + ps[i]
    else res.push(ps[i])
  }
  return res
}

/** The object's id as resid.FromRNode prints it. */
export function nodeIdString(obj: KNode): string {
  const { group, version } = parseGroupVersion(obj.field('apiVersion')?.value ?? '')
  const meta = obj.field('metadata')
  return resIdString({
    gvk: { group, version, kind: obj.field('kind')?.value ?? '' },
    name: meta?.field('name')?.value ?? '',
    namespace: meta?.field('namespace')?.value ?? '',
    clusterScoped: false,
  })
}

function kindName(k: NodeKind): string {
  return k === 'map' ? 'MappingNode' : k === 'seq' ? 'SequenceNode' : 'ScalarNode'
}

export function wrongKind(expected: NodeKind, n: KNode): KustomizeError {
  return new KustomizeError(
    `wrong node kind: expected ${kindName(expected)} but got ${kindName(n.kind)}`,
  )
}

export interface FieldSpecOptions {
  /** Node kind to create where the path's last field is missing (with fs.create). */
  createKind?: NodeKind
  createTag?: string
  /** Where nodes this filter creates are attributed. */
  src?: Src
}

/** Whether a field spec's gvk matches the object (isMatchGVK). */
export function fsMatches(fs: Fs, obj: KNode): boolean {
  const kind = obj.field('kind')?.value ?? ''
  if (fs.gvk.kind && fs.gvk.kind !== kind) return false
  const { group, version } = parseGroupVersion(obj.field('apiVersion')?.value ?? '')
  if (fs.gvk.group && fs.gvk.group !== group) return false
  if (fs.gvk.version && fs.gvk.version !== version) return false
  return true
}

/** fieldspec.Filter */
export function applyFieldSpec(obj: KNode, fs: Fs, set: SetFn, opts: FieldSpecOptions = {}): void {
  if (!fsMatches(fs, obj)) return
  const path = splitPath(fs.path)
  try {
    walk(obj, path, fs, set, opts)
  } catch (e) {
    throw wrap(e, `considering field '${fs.path}' of object ${nodeIdString(obj)}`)
  }
}

function walk(n: KNode, path: string[], fs: Fs, set: SetFn, opts: FieldSpecOptions): void {
  if (path.length === 0) {
    set(n)
    return
  }
  if (n.tag === TAG_NULL) return
  if (n.kind === 'seq') {
    for (const el of [...n.content]) {
      try {
        walk(el, path, fs, set, opts)
      } catch (e) {
        throw wrap(e, `visit traversal on path: [${path.join(' ')}]`)
      }
    }
    return
  }
  if (n.kind !== 'map') throw new KustomizeError('expected sequence or mapping node')
  const seq = path[0].endsWith('[]')
  const name = seq ? path[0].slice(0, -2) : path[0]
  if (name === '') throw new KustomizeError('cannot set or create an empty field name')
  let field: KNode | undefined
  let kind: NodeKind | undefined
  let tag = ''
  if (!fs.create || opts.createKind === undefined || seq) {
    field = lookupField(n, name)
    if (seq) kind = 'seq'
  } else if (path.length <= 1) {
    field = n.fieldOrCreate(name, opts.createKind, opts.src)
    kind = opts.createKind
    tag = opts.createTag ?? ''
  } else {
    field = n.fieldOrCreate(name, 'map', opts.src)
    kind = 'map'
    tag = TAG_MAP
  }
  if (!field) return
  if (field.tag === TAG_NULL && kind !== undefined) {
    field.kind = kind
    field.tag = tag
  }
  walk(field, path.slice(1), fs, set, opts)
}

/** PathGetter for one part: a field, an element index, or a [name=value] match. */
function lookupField(n: KNode, part: string): KNode | undefined {
  if (/^\[.*\]$/.test(part)) return undefined
  return n.field(part)
}

/**
 * filtersutil.SetEntry: sets field `name` (or, with name '', the scalar itself) to a scalar
 * with `tag`, attributed to `src`.
 */
export function setEntry(name: string, value: string, tag: string, src?: Src): SetFn {
  return (n: KNode) => {
    const v = KNode.scalar(value, tag, src)
    if (name === '') {
      if (n.kind !== 'scalar' && n.tag !== TAG_NULL) throw wrongKind('scalar', n)
      n.setScalarValue(v)
      return
    }
    if (n.kind !== 'map') throw wrongKind('map', n)
    n.setField(name, v, src)
  }
}
