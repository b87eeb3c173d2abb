/**
 * Expands one raw shell word into fields, as sh would before running a command:
 * quote removal, parameter expansion (with the `:-` `:=` `:+` `,,` `^^` `#` `%` forms),
 * and word splitting of unquoted expansions. What is not known becomes a hole (see
 * ../template.ts), so `docker build -t $REGISTRY/api` still names `.../api`.
 *
 * The word is read by the shared shell lexer (src/shell); this layer is the linker's
 * policy on top of it. Unlike the Dockerfile RUN walker, which keeps what it cannot know
 * as written, an unset variable with a default (`${IMAGE:-acme/api}`) takes the default
 * here: scripts write defaults for the values they expect, and the CI environment is not
 * visible.
 */
import type { ShPart } from '../../shell/ast.js'
import { lexWords } from '../../shell/lexer.js'
import { shellHoleShape, type HoleTable } from '../template.js'

export interface ShellScope {
  lookup(name: string): string | undefined
  set?(name: string, value: string): void
  holes: HoleTable
  /** Value of a command substitution the caller understands (`dirname "$0"`), else undefined. */
  commandSubstitution?(inner: string): string | undefined
}

export function holeFor(scope: ShellScope, name: string): string {
  return scope.holes.encode(name, shellHoleShape(name))
}

/** Fields being built: quoted text joins the current field, unquoted expansions split it. */
class Fields {
  readonly out: string[] = []
  private cur = ''
  private started = false

  add(text: string): void {
    this.cur += text
    this.started = true
  }

  addUnquoted(text: string): void {
    const pieces = text.split(/[ \t\n]+/)
    pieces.forEach((p, k) => {
      if (k > 0) this.end()
      if (p) this.add(p)
    })
  }

  end(): void {
    if (this.started || this.cur) this.out.push(this.cur)
    this.cur = ''
    this.started = false
  }
}

/** Characters that make a word more than its own text. */
const SPECIAL = /[\s'"\\$`]/

/**
 * Expands a raw word into fields (more than one when an unquoted expansion holds spaces,
 * or when a template layer has put blanks into the word).
 */
export function expandWord(raw: string, scope: ShellScope): string[] {
  if (!SPECIAL.test(raw)) return raw === '' ? [] : [raw]
  const fields = new Fields()
  for (const w of lexWords(raw)) {
    for (const p of w.parts) {
      const text = partText(p, scope)
      if (p.k === 'param' || p.k === 'cmdsub' || p.k === 'arith') fields.addUnquoted(text)
      else fields.add(text)
    }
    fields.end()
  }
  return fields.out
}

/** Expands a word without splitting (assignment values, `${V:-default}` words). */
export function expandText(raw: string, scope: ShellScope): string {
  return expandWord(raw, scope).join(' ')
}

/** A part's expansion as one text. */
function partText(p: ShPart, scope: ShellScope): string {
  switch (p.k) {
    case 'lit':
    case 'sq':
      return p.v
    case 'dq':
      return p.parts.map((q) => partText(q, scope)).join('')
    case 'param':
      return parameter(p, scope)
    case 'cmdsub': {
      const inner = p.src.trim()
      return scope.commandSubstitution?.(inner) ?? scope.holes.encode(`$(${inner})`, 'any')
    }
    case 'arith':
      return scope.holes.encode(p.raw, 'any')
    case 'array':
      return p.words.map((w) => w.parts.map((q) => partText(q, scope)).join('')).join(' ')
  }
}

/** `$NAME` and `${...}`. */
function parameter(p: ShPart & { k: 'param' }, scope: ShellScope): string {
  const whole = (): string => scope.holes.encode(p.raw, 'any')
  const name = p.name
  if (name === '' || p.op === 'length' || p.op === 'indirect') return whole()
  // Array elements (BASH_SOURCE[0]) are not tracked.
  if (p.index !== undefined) return holeFor(scope, name)
  const value = scope.lookup(name)
  if (p.op === undefined) return value ?? holeFor(scope, name)
  const arg = p.arg ?? ''
  const colon = p.op.startsWith(':')
  const isSet = value !== undefined && (!colon || value !== '')
  switch (colon ? p.op.slice(1) : p.op) {
    case '-':
      return isSet ? value! : expandText(arg, scope)
    case '=': {
      if (isSet) return value!
      const v = expandText(arg, scope)
      scope.set?.(name, v)
      return v
    }
    case '+':
      return isSet ? expandText(arg, scope) : ''
    case '?':
      return value ?? holeFor(scope, name)
    case ',,':
    case ',':
      return value !== undefined ? value.toLowerCase() : holeFor(scope, name)
    case '^^':
    case '^':
      return value !== undefined ? value.toUpperCase() : holeFor(scope, name)
    case '#':
    case '##':
      if (value !== undefined && !/[*?[]/.test(arg)) {
        const prefix = expandText(arg, scope)
        return value.startsWith(prefix) ? value.slice(prefix.length) : value
      }
      return whole()
    case '%':
    case '%%':
      if (value !== undefined && !/[*?[]/.test(arg)) {
        const suffix = expandText(arg, scope)
        return value.endsWith(suffix) ? value.slice(0, value.length - suffix.length) : value
      }
      return whole()
    default:
      return whole()
  }
}
