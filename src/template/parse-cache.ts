/**
 * Parse results shared by every template set of the process, keyed by source text.
 *
 * A scan renders the same chart several times (values variants) and many charts vendor
 * the same library chart (bitnami `common` under a different parent name each time), so
 * the same text is parsed again and again under different names. A successful parse does
 * not depend on the name it was parsed under except for the name itself (the executor
 * takes template names for errors and positions from the tree it is running, never from
 * the nodes), and depends on the function table only through the identifiers it checked
 * and whether `break`/`continue` are functions: an entry records those and is reused only
 * where they agree. Failed parses are not cached (their messages name the template).
 */
import type { Tree } from './nodes.js'

interface Entry {
  text: string
  leftDelim: string
  rightDelim: string
  /** Trees in the order the parse produced them. */
  trees: Tree[]
  /** Function names the parse looked up (all were defined). */
  idents: string[]
  breakIsFunc: boolean
  continueIsFunc: boolean
}

/** Total UTF-16 units of text kept; the least recently used entries go first. */
const MAX_CACHED_TEXT = 32 * 1024 * 1024

const entries = new Map<string, Entry[]>()
let cachedText = 0

/**
 * Texts parsed once and not kept. Most template files of a scan are parsed only once, and
 * their trees, kept, were a third of the heap at the end of rendering the 40 corpus charts:
 * a chart's own files are kept from their second parse on (a chart's second variant, a
 * vendored copy), at the cost of one parse more. Helpers (`_*.tpl`, what library charts
 * such as bitnami's `common` are made of) and short texts (`tpl` strings, parsed on every
 * call) are kept from the first: they are a tenth of the text and most of what repeats.
 */
const seenOnce = new Set<string>()
let seenOnceText = 0

export interface ParseLookup {
  hasFunction(name: string): boolean
}

/**
 * The trees of an earlier successful parse of `text`, renamed for `name`: fresh Tree
 * objects (as a new parse would give) over the shared node trees.
 */
export function cachedParse(
  name: string,
  text: string,
  leftDelim: string,
  rightDelim: string,
  env: ParseLookup,
): Map<string, Tree> | undefined {
  const list = entries.get(text)
  if (list === undefined) return undefined
  for (const e of list) {
    if (e.leftDelim !== leftDelim || e.rightDelim !== rightDelim) continue
    if (env.hasFunction('break') !== e.breakIsFunc) continue
    if (env.hasFunction('continue') !== e.continueIsFunc) continue
    let ok = true
    for (const id of e.idents) {
      if (!env.hasFunction(id)) {
        ok = false
        break
      }
    }
    if (!ok) continue
    // A define of the new name would collide with the text's own tree under that name.
    if (e.trees.some((t) => t.main !== true && t.name === name)) continue
    // Most recently used last.
    entries.delete(text)
    entries.set(text, list)
    const out = new Map<string, Tree>()
    for (const t of e.trees) {
      const copy: Tree = { ...t, parseName: name, name: t.main === true ? name : t.name }
      out.set(copy.name, copy)
    }
    return out
  }
  return undefined
}

const SHORT_TEXT = 256

function keptAtOnce(name: string, text: string): boolean {
  return text.length < SHORT_TEXT || name.slice(name.lastIndexOf('/') + 1).startsWith('_')
}

/** Records a successful parse (see cachedParse for when it is reused). */
export function rememberParse(
  name: string,
  text: string,
  leftDelim: string,
  rightDelim: string,
  trees: Map<string, Tree>,
  idents: Iterable<string>,
  env: ParseLookup,
): void {
  if (text.length > MAX_CACHED_TEXT / 4) return
  // A define named like the file itself makes the result depend on the name.
  const own = trees.get(name)
  if (own !== undefined && own.main !== true) return
  const list = entries.get(text) ?? []
  if (list.length === 0) {
    if (seenOnce.delete(text)) {
      seenOnceText -= text.length
    } else if (!keptAtOnce(name, text)) {
      if (seenOnceText + text.length > MAX_CACHED_TEXT) {
        seenOnce.clear()
        seenOnceText = 0
      }
      seenOnce.add(text)
      seenOnceText += text.length
      return
    }
  }
  if (list.length >= 4) return
  list.push({
    text,
    leftDelim,
    rightDelim,
    trees: [...trees.values()],
    idents: [...idents],
    breakIsFunc: env.hasFunction('break'),
    continueIsFunc: env.hasFunction('continue'),
  })
  if (list.length === 1) {
    entries.set(text, list)
    cachedText += text.length
  }
  while (cachedText > MAX_CACHED_TEXT) {
    const oldest = entries.keys().next()
    if (oldest.done) break
    entries.delete(oldest.value)
    cachedText -= oldest.value.length
  }
}

/** Drops every cached parse (tests, long-lived processes). */
export function clearParseCache(): void {
  entries.clear()
  cachedText = 0
  seenOnce.clear()
  seenOnceText = 0
}
