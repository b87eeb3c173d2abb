/**
 * The `images:` transformer (ImageTagTransformer): every containers/initContainers image
 * anywhere in a resource (the legacy walk), then the images field specs. The new value is
 * attributed to the kustomization entry, which is where a person changes it.
 */
import type { Fs } from './config.js'
import { applyFieldSpec, wrongKind } from './fieldspec.js'
import type { Image } from './kustomization.js'
import { KNode, type Src } from './node.js'
import type { ResMap } from './resource.js'

/** image.IsImageMatched: the name is used as a regular expression, as kustomize does. */
function matches(value: string, name: string): boolean {
  let re: RegExp
  try {
    re = new RegExp(`^${name}(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`)
  } catch {
    return false
  }
  return re.test(value)
}

/** image.Split: name, tag and digest of an image reference. */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  let search = image
  let slash = image.indexOf('/')
  if (slash > 0) search = image.slice(slash)
  else slash = 0
  let id = search.indexOf('@')
  let ic = search.indexOf(':')
  if (ic < 0 && id < 0) return { name: image, tag: '', digest: '' }
  if (id >= 0 && (id < ic || ic < 0)) {
    id += slash
    return { name: image.slice(0, id), tag: '', digest: image.slice(id + 1) }
  }
  if (id >= 0 && ic >= 0) {
    id += slash
    ic += slash
    return { name: image.slice(0, ic), tag: image.slice(ic + 1, id), digest: image.slice(id + 1) }
  }
  ic += slash
  return { name: image.slice(0, ic), tag: image.slice(ic + 1), digest: '' }
}

function updater(img: Image, src: Src | undefined) {
  return (n: KNode) => {
    if (n.tag === '!!null') return
    if (n.kind !== 'scalar') throw wrongKind('scalar', n)
    if (!matches(n.value, img.name ?? '')) return
    let { name, tag, digest } = splitImage(n.value)
    if (img.newName) name = img.newName
    if (img.newTag && img.digest) {
      tag = img.newTag
      digest = img.digest
    } else if (img.newTag) {
      tag = img.newTag
      digest = ''
    } else if (img.digest) {
      tag = ''
      digest = img.digest
    } else if (img.tagSuffix) {
      tag += img.tagSuffix
      digest = ''
    }
    if (tag) name += ':' + tag
    if (digest) name += '@' + digest
    n.setScalarValue(KNode.scalar(name, '', src))
  }
}

function legacyWalk(n: KNode, set: (n: KNode) => void): void {
  if (n.kind === 'map') {
    for (const [k, v] of [...n.entries()]) {
      legacyWalk(v, set)
      if ((k.value === 'containers' || k.value === 'initContainers') && v.kind === 'seq') {
        for (const c of v.content) {
          const image = c.kind === 'map' ? c.field('image') : undefined
          if (image) set(image)
        }
      }
    }
  } else if (n.kind === 'seq') {
    for (const c of n.content) legacyWalk(c, set)
  }
}

/** One `images:` entry applied to every resource but CustomResourceDefinitions. */
export function applyImage(
  m: ResMap,
  img: Image,
  fss: Fs[],
  entry: Src | undefined,
  fields: Src | undefined,
): void {
  const set = updater(img, entry ?? fields)
  for (const r of m.resources()) {
    if (r.isEmpty() || r.kind === 'CustomResourceDefinition') continue
    legacyWalk(r.node, set)
  }
  for (const r of m.resources()) {
    if (r.isEmpty() || r.kind === 'CustomResourceDefinition') continue
    for (const fs of fss) applyFieldSpec(r.node, fs, set)
  }
}
