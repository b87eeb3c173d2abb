/**
 * Text with unresolved parts. Build files name images with variables (`${REGISTRY}/api`,
 * `$(IMAGE)`, `${{ env.IMAGE }}`, `{{ .Values.image }}`); what could not be resolved stays
 * a hole, and a hole still matches when the rest of the name is known.
 *
 * Resolvers that expand variables themselves encode their leftover holes with
 * `HoleTable.encode`, a private-use marker that no tokenizer splits and no real name
 * contains; `splitTemplate` decodes those and also recognises the usual variable syntaxes
 * in plain strings.
 */

/** How much of an image name a hole can stand for. */
export type HoleShape =
  /** anything, including `/` (a registry prefix like `ghcr.io/acme`) */
  | 'any'
  /** one path component or host (an owner, a registry host) */
  | 'segment'
  /** `owner/name`, like `github.repository` */
  | 'owner-repo'

export interface Hole {
  /** The variable or expression as written, trimmed: `REGISTRY`, `github.repository`, `matrix.svc`. */
  expr: string
  shape: HoleShape
}

export type TemplatePart = string | Hole

const OPEN = '\uE000'
const CLOSE = '\uE001'
const ENCODED = /\uE000(\d+)\uE001/g

/** Holes encoded into text by one resolver run; decode with the same table. */
export class HoleTable {
  private readonly holes: Hole[] = []
  private readonly index = new Map<string, number>()

  encode(expr: string, shape: HoleShape = 'any'): string {
    const key = `${shape}\u0000${expr}`
    let id = this.index.get(key)
    if (id === undefined) {
      id = this.holes.length
      this.holes.push({ expr, shape })
      this.index.set(key, id)
    }
    return `${OPEN}${id}${CLOSE}`
  }

  get(id: number): Hole | undefined {
    return this.holes[id]
  }
}

export function hasEncodedHoles(text: string): boolean {
  return text.includes(OPEN)
}

/** Shapes of the GitHub contexts that commonly appear in image names. */
export function githubHoleShape(expr: string): HoleShape {
  const e = expr.replace(/\s+/g, '')
  if (e === 'github.repository' || e === 'env.GITHUB_REPOSITORY') return 'owner-repo'
  if (
    e === 'github.repository_owner' ||
    e === 'github.actor' ||
    e === 'github.event.repository.name' ||
    e === 'github.triggering_actor' ||
    /^secrets\.[A-Za-z0-9_]*(USER|USERNAME|LOGIN|NAMESPACE|ORG|OWNER)$/i.test(e)
  ) {
    return 'segment'
  }
  return 'any'
}

/** Shapes of the GitHub environment variables that commonly appear in image names. */
export function shellHoleShape(name: string): HoleShape {
  if (name === 'GITHUB_REPOSITORY') return 'owner-repo'
  if (name === 'GITHUB_REPOSITORY_OWNER' || name === 'GITHUB_ACTOR') return 'segment'
  return 'any'
}

/**
 * Splits text into literal parts and holes. Recognised: encoded holes from `table`,
 * `${{ expr }}` (GitHub), `{{ expr }}` (Go templates), `${VAR...}` and `$VAR` (shell,
 * compose), `$(VAR)` (make, or a command substitution). Adjacent literals are merged.
 */
export function splitTemplate(text: string, table?: HoleTable): TemplatePart[] {
  const parts: TemplatePart[] = []
  const pushText = (s: string): void => {
    if (!s) return
    const last = parts[parts.length - 1]
    if (typeof last === 'string') parts[parts.length - 1] = last + s
    else parts.push(s)
  }
  let i = 0
  let lit = ''
  while (i < text.length) {
    const c = text[i]
    if (c === OPEN) {
      const m = /^\uE000(\d+)\uE001/.exec(text.slice(i, i + 16))
      const hole = m && table ? table.get(Number(m[1])) : undefined
      if (m && hole) {
        pushText(lit)
        lit = ''
        parts.push(hole)
        i += m[0].length
        continue
      }
    }
    if (c === '$' && text.startsWith('${{', i)) {
      const end = text.indexOf('}}', i + 3)
      if (end > 0) {
        pushText(lit)
        lit = ''
        const expr = text.slice(i + 3, end).trim()
        parts.push({ expr, shape: githubHoleShape(expr) })
        i = end + 2
        continue
      }
    }
    if (c === '{' && text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2)
      if (end > 0) {
        pushText(lit)
        lit = ''
        parts.push({ expr: text.slice(i + 2, end).trim(), shape: 'any' })
        i = end + 2
        continue
      }
    }
    if (c === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
      const end = matchingClose(text, i + 1)
      if (end > 0) {
        pushText(lit)
        lit = ''
        const inner = text.slice(i + 2, end).trim()
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(inner)?.[0] ?? inner
        parts.push({ expr: name, shape: shellHoleShape(name) })
        i = end + 1
        continue
      }
    }
    if (c === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(text.slice(i, i + 256))
      if (m) {
        pushText(lit)
        lit = ''
        parts.push({ expr: m[1], shape: shellHoleShape(m[1]) })
        i += m[0].length
        continue
      }
    }
    lit += c
    i++
  }
  pushText(lit)
  return parts
}

/** Index of the bracket closing the one at `open` (`{` or `(`), or -1. */
export function matchingClose(text: string, open: number): number {
  const o = text[open]
  const cl = o === '{' ? '}' : ')'
  let depth = 0
  for (let j = open; j < text.length; j++) {
    const ch = text[j]
    if (ch === o) depth++
    else if (ch === cl) {
      depth--
      if (depth === 0) return j
    }
  }
  return -1
}

export function isLiteral(parts: readonly TemplatePart[]): boolean {
  return parts.every((p) => typeof p === 'string')
}

/** How a hole reads in messages: long command substitutions are shortened to one line. */
export function holeDisplay(expr: string): string {
  const one = expr.replace(/\s+/g, ' ')
  return `\${${one.length > 40 ? `${one.slice(0, 39)}…` : one}}`
}

/** Display form: holes written as `${expr}`. */
export function templateToString(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : holeDisplay(p.expr))).join('')
}

/** Text where each hole is replaced by its value in `bindings`, or undefined when one is unbound. */
export function fillTemplate(
  parts: readonly TemplatePart[],
  bindings: ReadonlyMap<string, string>,
): string | undefined {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'string') out += p
    else {
      const v = bindings.get(p.expr)
      if (v === undefined) return undefined
      out += v
    }
  }
  return out
}

/** Replaces encoded holes with `${expr}` so the text reads well in messages. */
export function displayText(text: string, table: HoleTable): string {
  return text.replace(ENCODED, (_m, id: string) => holeDisplay(table.get(Number(id))?.expr ?? '?'))
}
