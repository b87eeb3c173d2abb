/**
 * Image names that still hold variables (`${REGISTRY}/api:${TAG}`,
 * `ghcr.io/${{ github.repository }}`). Such a name cannot be normalised, but its known
 * parts can still be matched against the concrete images a workload deploys, and the
 * values its holes take in that match can fill the same holes in a Dockerfile path.
 */
import {
  DEFAULT_DOMAIN,
  parseReference,
  repositoryOf,
  familiarName,
  type ImageReference,
} from './reference.js'
import {
  type HoleTable,
  type Hole,
  type TemplatePart,
  holeDisplay,
  splitTemplate,
  isLiteral,
} from './template.js'
import {
  backtrackingLimit,
  escapeRegex,
  lazyLinearRegex,
  type LinearRegex,
} from '../core/linear-regex.js'

export interface ImagePattern {
  /** The name as written, holes shown as `${expr}`. */
  display: string
  /** Registry host when the first component is literal. */
  domain?: string
  /** Literal tag, when the tag has no holes. */
  tag?: string
  /** The tag as written when it has holes: `${VERSION}-alpine`. */
  tagPattern?: string
  /** True when the name's last path component has no hole (`${REGISTRY}/api`). */
  lastComponentLiteral: boolean
  /** Count of literal characters in the repository name: how much the pattern says. */
  literalChars: number
  /** Holes in the order of the regex's groups. */
  holes: Hole[]
  regex: LinearRegex
  /** True when `regex` is tested against the familiar name too (the registry is a hole). */
  matchFamiliar: boolean
}

export type ImageRefResult =
  /** `templated` when only the tag or digest holds variables: the repository is still known. */
  | {
      kind: 'reference'
      ref: ImageReference
      repository: string
      templated?: boolean
      /** The tag as written when it has holes: `${VERSION}-alpine`. */
      tagPattern?: string
    }
  | { kind: 'pattern'; pattern: ImagePattern }
  | { kind: 'invalid'; error: string }

// `[^\n]` rather than `.`: the same characters in RE2 and V8 (V8's `.` also stops at \r).
const HOLE_REGEX: Record<Hole['shape'], string> = {
  any: '[^\\n]+',
  segment: '[^/]+',
  'owner-repo': '[^/]+/[^/]+',
}

const SAMPLE: Record<Hole['shape'], string> = { any: 'x', segment: 'x', 'owner-repo': 'x/x' }

/**
 * Parses an image name that may hold variables. Literal names give a normalised
 * reference; names with holes give a pattern; anything Docker would reject is invalid.
 */
export function parseImageRef(text: string, table?: HoleTable): ImageRefResult {
  const trimmed = text.trim()
  const parts = splitTemplate(trimmed, table)
  if (isLiteral(parts)) {
    const r = parseReference(trimmed)
    if (!r.ok) return { kind: 'invalid', error: r.error }
    return { kind: 'reference', ref: r.ref, repository: repositoryOf(r.ref) }
  }
  return buildPattern(parts)
}

type Tok = { ch: string } | { hole: Hole }

function buildPattern(parts: TemplatePart[]): ImageRefResult {
  const toks: Tok[] = []
  for (const p of parts) {
    if (typeof p === 'string') for (const ch of p) toks.push({ ch })
    else toks.push({ hole: p })
  }
  const isCh = (t: Tok | undefined, c: string): boolean => !!t && 'ch' in t && t.ch === c
  // The name ends at the first literal '@' (digest) or the last ':' after the last '/'.
  let end = toks.findIndex((t) => isCh(t, '@'))
  if (end < 0) end = toks.length
  let lastSlash = -1
  for (let i = 0; i < end; i++) if (isCh(toks[i], '/')) lastSlash = i
  let tagStart = -1
  for (let i = end - 1; i > lastSlash; i--) {
    if (isCh(toks[i], ':')) {
      tagStart = i
      break
    }
  }
  const nameToks = toks.slice(0, tagStart >= 0 ? tagStart : end)
  const tagToks = tagStart >= 0 ? toks.slice(tagStart + 1, end) : []
  const digestToks = end < toks.length ? toks.slice(end + 1) : []

  const sample = (list: Tok[], fill: (h: Hole) => string): string =>
    list.map((t) => ('ch' in t ? t.ch : fill(t.hole))).join('')
  // Reject names whose literal parts Docker would refuse anyway.
  const probe = (fill: (h: Hole) => string): string =>
    sample(nameToks, fill) +
    (tagStart >= 0 ? ':' + sample(tagToks, () => 'x') : '') +
    (digestToks.length && digestToks.every((t) => 'ch' in t)
      ? '@' + sample(digestToks, () => '')
      : '')
  const first = parseReference(probe((h) => SAMPLE[h.shape]))
  if (!first.ok && !parseReference(probe(() => '0')).ok) {
    return { kind: 'invalid', error: first.error }
  }

  if (nameToks.every((t) => 'ch' in t)) {
    const name = parseReference(sample(nameToks, () => ''))
    if (!name.ok) return { kind: 'invalid', error: name.error }
    const tag =
      tagToks.length && tagToks.every((t) => 'ch' in t) ? sample(tagToks, () => '') : undefined
    const ref: ImageReference = { domain: name.ref.domain, path: name.ref.path }
    if (tag !== undefined) ref.tag = tag
    const tagPattern = tag === undefined && tagToks.length ? showToks(tagToks) : undefined
    return { kind: 'reference', ref, repository: repositoryOf(ref), templated: true, tagPattern }
  }

  const firstSlash = nameToks.findIndex((t) => isCh(t, '/'))
  const firstSeg = nameToks.slice(0, firstSlash < 0 ? nameToks.length : firstSlash)
  const firstSegLiteral = firstSeg.every((t) => 'ch' in t)
  let domain: string | undefined
  let body: Tok[] = nameToks
  let libraryOptional = false
  if (firstSegLiteral && firstSlash >= 0) {
    const seg = sample(firstSeg, () => '')
    const isDomain =
      seg === 'localhost' ||
      seg === 'index.docker.io' ||
      /[.:]/.test(seg) ||
      seg.toLowerCase() !== seg
    if (isDomain) {
      domain = seg === 'index.docker.io' ? DEFAULT_DOMAIN : seg
      body = nameToks.slice(firstSlash + 1)
    } else {
      domain = DEFAULT_DOMAIN
    }
  }
  if (domain === DEFAULT_DOMAIN && !body.some((t) => isCh(t, '/'))) libraryOptional = true

  const holes: Hole[] = []
  const groupOf = new Map<string, number>()
  let re = ''
  for (const t of body) {
    if ('ch' in t) {
      re += escapeRegex(t.ch)
      continue
    }
    const seen = groupOf.get(t.hole.expr)
    if (seen !== undefined) {
      re += `\\${seen + 1}`
      continue
    }
    holes.push(t.hole)
    groupOf.set(t.hole.expr, holes.length - 1)
    re += `(${HOLE_REGEX[t.hole.shape]})`
  }
  let source: string
  if (domain !== undefined) {
    source = `^${escapeRegex(domain)}/${libraryOptional ? '(?:library/)?' : ''}${re}$`
  } else {
    source = `^${re}$`
  }
  const lastSeg = nameToks.slice(lastSlash + 1)
  const lastComponentLiteral =
    lastSlash >= 0 && lastSeg.length > 0 && lastSeg.every((t) => 'ch' in t)
  const literalChars = nameToks.filter((t) => 'ch' in t).length
  const tag =
    tagToks.length && tagToks.every((t) => 'ch' in t) ? sample(tagToks, () => '') : undefined
  const display = showToks([...nameToks, ...(tagStart >= 0 ? [{ ch: ':' }, ...tagToks] : [])])
  return {
    kind: 'pattern',
    pattern: {
      display,
      domain,
      tag,
      tagPattern: tag === undefined && tagToks.length ? showToks(tagToks) : undefined,
      lastComponentLiteral,
      literalChars,
      holes,
      regex: lazyLinearRegex(source, 'i', backtrackingLimit(source.split('+').length - 1)),
      matchFamiliar: domain === undefined,
    },
  }
}

/**
 * Matches a concrete reference against a pattern. Returns the value of each hole
 * (`matrix.svc` → `api`) on success.
 */
export function matchPattern(
  pattern: ImagePattern,
  ref: ImageReference,
): Map<string, string> | undefined {
  const candidates = [repositoryOf(ref)]
  if (pattern.matchFamiliar) candidates.push(familiarName(ref))
  for (const name of candidates) {
    const m = pattern.regex.exec(name)
    if (!m) continue
    const out = new Map<string, string>()
    pattern.holes.forEach((h, i) => out.set(h.expr, m[i + 1] ?? ''))
    return out
  }
  return undefined
}

function showToks(toks: Tok[]): string {
  return toks.map((t) => ('ch' in t ? t.ch : holeDisplay(t.hole.expr))).join('')
}

/**
 * Whether a tag fits a tag written with variables (`${VERSION}-alpine` fits `1.2-alpine`).
 * A tag that is nothing but variables (`${{ github.sha }}`) fits everything and so tells
 * nothing: it never fits.
 */
export function tagFits(pattern: string, tag: string): boolean {
  const parts = splitTemplate(pattern)
  if (!parts.some((p) => typeof p === 'string' && p !== '')) return false
  const src = parts.map((p) => (typeof p === 'string' ? escapeRegex(p) : '[^\\n]+')).join('')
  const holes = parts.filter((p) => typeof p !== 'string').length
  return lazyLinearRegex(`^${src}$`, '', backtrackingLimit(holes)).test(tag)
}
