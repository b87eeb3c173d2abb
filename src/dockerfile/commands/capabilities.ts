/**
 * File capabilities set in RUN: `setcap CAPS FILE [CAPS FILE]...` and `setcap -r FILE`.
 * A non-root process that executes such a file gains the capabilities the file carries in
 * its permitted set (when the container keeps them in its bounding set and does not run
 * with no_new_privs). `setcap -v` only verifies and changes nothing.
 */
import type { CommandVisit, EvalWord } from '../shell/walk.js'
import type { CommandEnv } from './events.js'
import { resolveRunPath } from './ownership.js'

/**
 * Capabilities a cap_text (`cap_net_bind_service=+ep`, `cap_a,cap_b+eip`, `all=p`) puts in
 * the permitted set, upper-cased without the `CAP_` prefix; undefined when unreadable.
 */
export function permittedCaps(text: string): string[] | undefined {
  const held = new Set<string>()
  for (const clause of text.trim().split(/\s+/)) {
    const m = /^([a-z_0-9,]*)((?:[=+-][eip]*)+)$/i.exec(clause)
    if (!m) return undefined
    const names = m[1] === '' ? ['all'] : m[1].toLowerCase().split(',')
    if (names.some((n) => n === '' || (n !== 'all' && !/^cap_[a-z_0-9]+$/.test(n))))
      return undefined
    for (const op of m[2].match(/[=+-][eip]*/g) ?? []) {
      const grantsP = op.slice(1).includes('p')
      for (const n of names) {
        const cap = n === 'all' ? 'ALL' : n.slice(4).toUpperCase()
        if (op[0] === '=') {
          if (n === 'all') held.clear()
          else held.delete(cap)
          if (grantsP) held.add(cap)
        } else if (grantsP) {
          if (op[0] === '+') held.add(cap)
          else if (n === 'all') held.clear()
          else held.delete(cap)
        }
      }
    }
  }
  return [...held].sort()
}

export function setcap(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  let i = 0
  for (; i < args.length; i++) {
    const a = args[i].text
    if (a === '-q') continue
    if (a === '-v') return
    if (a === '-n') {
      i++
      continue
    }
    break
  }
  while (i < args.length) {
    const a = args[i]
    const file = args[i + 1]
    if (!file) return
    const caps = a.text === '-r' ? [] : a.known ? permittedCaps(a.text) : undefined
    i += 2
    if (caps === undefined) continue
    env.emit({
      kind: 'caps',
      path: resolveRunPath(file, v.cwd),
      caps,
      start: a.start,
      end: file.end,
    })
  }
}
