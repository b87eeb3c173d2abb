/**
 * Expands one raw shell word into fields, as sh would before running a command:
 * quote removal, parameter expansion (with the `:-` `:=` `:+` `,,` `^^` `#` `%` forms),
 * and word splitting of unquoted expansions. What is not known becomes a hole (see
 * ../template.ts), so `docker build -t $REGISTRY/api` still names `.../api`.
 *
 * An unset variable with a default (`${IMAGE:-acme/api}`) takes the default: scripts
 * write defaults for the values they expect, and the CI environment is not visible here.
 */
import { shellHoleShape, type HoleTable } from '../template.js'
import { skipConstruct } from './shell-words.js'

export interface ShellScope {
  lookup(name: string): string | undefined
  set?(name: string, value: string): void
  holes: HoleTable
  /** Value of a command substitution the caller understands (`dirname "$0"`), else undefined. */
  commandSubstitution?(inner: string): string | undefined
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

export function holeFor(scope: ShellScope, name: string): string {
  return scope.holes.encode(name, shellHoleShape(name))
}

/** Expands a raw word into fields (more than one when an unquoted expansion holds spaces). */
export function expandWord(raw: string, scope: ShellScope): string[] {
  const fields: string[] = []
  let cur = ''
  let started = false
  const addUnquoted = (text: string): void => {
    const pieces = text.split(/[ \t\n]+/)
    pieces.forEach((p, k) => {
      if (k > 0) {
        if (started || cur) fields.push(cur)
        cur = ''
        started = false
      }
      if (p) {
        cur += p
        started = true
      }
    })
  }
  let i = 0
  while (i < raw.length) {
    const c = raw[i]
    if (c === "'") {
      const end = skipConstruct(raw, i)
      cur += raw.slice(i + 1, raw[end - 1] === "'" && end - 1 > i ? end - 1 : end)
      started = true
      i = end
    } else if (c === '$' && raw[i + 1] === "'") {
      const end = skipConstruct(raw, i + 1)
      cur += raw.slice(i + 2, end - 1).replace(/\\(.)/g, '$1')
      started = true
      i = end
    } else if (c === '"') {
      const end = skipConstruct(raw, i)
      const inner = raw.slice(i + 1, raw[end - 1] === '"' && end - 1 > i ? end - 1 : end)
      cur += expandQuoted(inner, scope)
      started = true
      i = end
    } else if (c === '\\') {
      if (raw[i + 1] !== '\n' && raw[i + 1] !== undefined) {
        cur += raw[i + 1]
        started = true
      }
      i += 2
    } else if (c === '$') {
      const r = expandDollar(raw, i, scope)
      addUnquoted(r.text)
      i = r.end
    } else if (c === '`') {
      const end = skipConstruct(raw, i)
      addUnquoted(substitute(raw.slice(i + 1, end - 1), scope))
      i = end
    } else if (c === ' ' || c === '\t' || c === '\n') {
      addUnquoted(c)
      i++
    } else {
      cur += c
      started = true
      i++
    }
  }
  if (started || cur) fields.push(cur)
  return fields
}

/** Expands a word without splitting (assignment values, `${V:-default}` words). */
export function expandText(raw: string, scope: ShellScope): string {
  return expandWord(raw, scope).join(' ')
}

function expandQuoted(inner: string, scope: ShellScope): string {
  let out = ''
  let i = 0
  while (i < inner.length) {
    const c = inner[i]
    if (c === '\\' && '$`"\\\n'.includes(inner[i + 1] ?? '')) {
      if (inner[i + 1] !== '\n') out += inner[i + 1]
      i += 2
    } else if (c === '$') {
      const r = expandDollar(inner, i, scope)
      out += r.text
      i = r.end
    } else if (c === '`') {
      const end = skipConstruct(inner, i)
      out += substitute(inner.slice(i + 1, end - 1), scope)
      i = end
    } else {
      out += c
      i++
    }
  }
  return out
}

function substitute(inner: string, scope: ShellScope): string {
  const known = scope.commandSubstitution?.(inner.trim())
  return known ?? scope.holes.encode(`$(${inner.trim()})`, 'any')
}

function expandDollar(s: string, i: number, scope: ShellScope): { text: string; end: number } {
  const next = s[i + 1]
  if (next === '(' && s[i + 2] === '(') {
    const end = skipConstruct(s, i + 1)
    return { text: scope.holes.encode(s.slice(i, end), 'any'), end }
  }
  if (next === '(') {
    const end = skipConstruct(s, i + 1)
    return { text: substitute(s.slice(i + 2, end - 1), scope), end }
  }
  if (next === '{') {
    const end = skipConstruct(s, i + 1)
    return { text: parameter(s.slice(i + 2, end - 1), scope), end }
  }
  const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(s.slice(i + 1, i + 256))
  if (!m) return { text: '$', end: i + 1 }
  const name = m[0]
  const v = scope.lookup(name)
  return { text: v ?? holeFor(scope, name), end: i + 1 + name.length }
}

/** `${...}` contents. */
function parameter(body: string, scope: ShellScope): string {
  if (body.startsWith('#') && body.length > 1) return scope.holes.encode(`\${${body}}`, 'any')
  const m = NAME.exec(body) ?? /^[0-9@*#?$!-]/.exec(body)
  if (!m) return scope.holes.encode(`\${${body}}`, 'any')
  const name = m[0]
  let rest = body.slice(name.length)
  if (rest.startsWith('[')) {
    // Array elements (BASH_SOURCE[0]) are not tracked.
    return holeFor(scope, name)
  }
  const value = scope.lookup(name)
  if (rest === '') return value ?? holeFor(scope, name)
  const op = /^(:?[-=+?]|,,|,|\^\^|\^|##|#|%%|%|\/\/|\/)/.exec(rest)?.[0]
  if (!op) return scope.holes.encode(`\${${body}}`, 'any')
  rest = rest.slice(op.length)
  const colon = op.startsWith(':')
  const isSet = value !== undefined && (!colon || value !== '')
  switch (op.replace(':', '')) {
    case '-':
      return isSet ? value! : expandText(rest, scope)
    case '=': {
      if (isSet) return value!
      const v = expandText(rest, scope)
      scope.set?.(name, v)
      return v
    }
    case '+':
      return isSet ? expandText(rest, scope) : ''
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
      if (value !== undefined && !/[*?[]/.test(rest)) {
        const p = expandText(rest, scope)
        return value.startsWith(p) ? value.slice(p.length) : value
      }
      return scope.holes.encode(`\${${body}}`, 'any')
    case '%':
    case '%%':
      if (value !== undefined && !/[*?[]/.test(rest)) {
        const p = expandText(rest, scope)
        return value.endsWith(p) ? value.slice(0, value.length - p.length) : value
      }
      return scope.holes.encode(`\${${body}}`, 'any')
    default:
      return scope.holes.encode(`\${${body}}`, 'any')
  }
}
