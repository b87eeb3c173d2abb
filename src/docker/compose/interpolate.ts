/**
 * Compose's variable interpolation (Compose Specification, "Interpolation"): `$VAR`,
 * `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`,
 * `${VAR:?err}`, `${VAR?err}`, `$$` for a literal `$`, nested defaults; values come from
 * the `.env` file of the project folder. Compose replaces an unset variable with an empty
 * string (and warns); the scan does not know the shell environment the file will meet, so
 * an unset variable becomes a hole (unknown) instead, and the caller hears about it.
 */
import type { HoleTable } from '../../images/template.js'

/** `.env` lines: `KEY=VALUE`, optional `export`, quotes removed, comments skipped. */
export function parseDotEnv(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (!m) continue
    let v = m[2]
    if (/^".*"$/.test(v) || /^'.*'$/.test(v)) v = v.slice(1, -1)
    else v = v.replace(/\s+#.*$/, '')
    out.set(m[1], v)
  }
  return out
}

/** A variable the text needs and the environment does not give. */
export interface MissingVariable {
  name: string
  /** `${VAR:?message}`: Compose refuses the file while the variable is unset. */
  required: boolean
  /** The message of `${VAR:?message}` (may be empty). */
  message?: string
}

/** Compose's interpolation; unknown variables without a default become holes. */
export function composeInterpolate(
  text: string,
  env: ReadonlyMap<string, string>,
  holes: HoleTable,
  onMissing?: (missing: MissingVariable) => void,
): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c !== '$') {
      out += c
      i++
      continue
    }
    if (text[i + 1] === '$') {
      out += '$'
      i += 2
      continue
    }
    if (text[i + 1] === '{') {
      let depth = 0
      let j = i + 1
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++
        else if (text[j] === '}' && --depth === 0) break
      }
      const body = text.slice(i + 2, j)
      i = j + 1
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body)
      if (!m) {
        out += holes.encode(body, 'any')
        continue
      }
      const [, name, op, arg] = m
      const value = env.get(name)
      const set = value !== undefined && (!op?.startsWith(':') || value !== '')
      if (!op) {
        if (value === undefined) onMissing?.({ name, required: false })
        out += value ?? holes.encode(name, 'any')
      } else if (op.endsWith('-'))
        out += set ? value : composeInterpolate(arg ?? '', env, holes, onMissing)
      else if (op.endsWith('+'))
        out += set ? composeInterpolate(arg ?? '', env, holes, onMissing) : ''
      else {
        if (!set) onMissing?.({ name, required: true, message: arg ?? '' })
        out += set ? value : holes.encode(name, 'any')
      }
      continue
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))
    if (m) {
      const value = env.get(m[0])
      if (value === undefined) onMissing?.({ name: m[0], required: false })
      out += value ?? holes.encode(m[0], 'any')
      i += 1 + m[0].length
      continue
    }
    out += '$'
    i++
  }
  return out
}
