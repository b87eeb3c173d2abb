/**
 * Where a field of a built resource was written: the node at a path of the output object
 * (or its nearest existing parent), and its place in the file a person edits — the patch
 * line when a patch set the field, the base resource's line otherwise, the kustomization
 * entry for what an `images:` entry or a generator produced.
 */
import type { KNode, Src } from './node.js'

export type Path = readonly (string | number)[]

export interface Found {
  /** The deepest node on the path that exists. */
  node: KNode
  /** Its key, when it is a mapping value. */
  key?: KNode
  /** Whether the whole path exists. */
  exact: boolean
}

export function findPath(root: KNode, path: Path): Found {
  let node = root
  let key: KNode | undefined
  for (const step of path) {
    if (typeof step === 'number') {
      if (node.kind !== 'seq' || step >= node.content.length) return { node, key, exact: false }
      node = node.content[step]
      key = undefined
    } else {
      if (node.kind !== 'map') return { node, key, exact: false }
      const i = node.keyIndex(step)
      if (i < 0) return { node, key, exact: false }
      key = node.content[i]
      node = node.content[i + 1]
    }
  }
  return { node, key, exact: true }
}

export type Part = 'pair' | 'key' | 'value'

/** The place of a found node: the key line for 'key' and 'pair', the value for 'value'. */
export function placeOf(f: Found, part: Part = 'pair'): Src | undefined {
  const k = f.key?.src
  const v = f.node.src
  if (part === 'value') return v ?? k
  // A value set elsewhere than its key (a patch, an images: entry) is edited where it was set.
  if (k && v && v.file !== k.file) return v
  if (part === 'key' || !k) return k ?? v
  // A pair: from the key to the end of the value when both are in the same file.
  if (v && v.file === k.file && v.end >= k.start)
    return { file: k.file, start: k.start, end: v.end }
  return k
}
