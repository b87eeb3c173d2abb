/**
 * The shared Helm corpus (../shared/corpus/helm): variants with their helm arguments and
 * golden output, and the masking of keys whose values change from run to run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sharedPath } from '../helpers/shared.js'

export interface Variant {
  chart: string
  variant: string
  /** Arguments after `helm` (the first is `template`). */
  args: string[]
  /** The directory helm ran in. */
  dir: string
  golden?: string
  goldenError?: string
  goldenStderr?: string
  /** Keys whose values differ between two helm runs. */
  nondeterministicKeys?: string[]
}

export function corpusRoot(): string {
  return sharedPath('corpus', 'helm')
}

export function listVariants(): Variant[] {
  const base = corpusRoot()
  const nondet = new Map<string, string[]>()
  const tsv = join(base, 'nondeterministic.tsv')
  if (existsSync(tsv)) {
    for (const line of readFileSync(tsv, 'utf8').split('\n')) {
      if (!line || line.startsWith('#') || line.startsWith('chart\t')) continue
      const [c, v, , keys] = line.split('\t')
      nondet.set(
        `${c}/${v}`,
        keys.split('; ').map((k) => k.replace(/\(\d+\)$/, '')),
      )
    }
  }
  const out: Variant[] = []
  for (const chart of readdirSync(base).sort()) {
    const golden = join(base, chart, 'golden')
    if (!existsSync(golden)) continue
    for (const f of readdirSync(golden).sort()) {
      if (!f.endsWith('.args')) continue
      const variant = f.slice(0, -'.args'.length)
      const read = (ext: string): string | undefined => {
        const p = join(golden, `${variant}${ext}`)
        return existsSync(p) ? readFileSync(p, 'utf8') : undefined
      }
      out.push({
        chart,
        variant,
        args: read('.args')!
          .split('\n')
          .filter((l) => l !== ''),
        dir: join(base, chart),
        golden: read('.yaml'),
        goldenError: read('.error'),
        goldenStderr: read('.stderr'),
        nondeterministicKeys: nondet.get(`${chart}/${variant}`),
      })
    }
  }
  return out
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Replaces the values of the listed keys (YAML `key: value` or `key=value` lines) by a marker. */
export function maskKeys(text: string, keys: string[] | undefined): string {
  if (!keys || keys.length === 0) return text
  const res = keys.map((k) => new RegExp(`^(\\s*-?\\s*["']?${escapeRe(k)}["']?\\s*[:=]\\s*).*$`))
  return text
    .split('\n')
    .map((line) => {
      for (const re of res) {
        const m = re.exec(line)
        if (m) return `${m[1]}<masked>`
      }
      return line
    })
    .join('\n')
}

/** The first differing line of two texts, for readable failures. */
export function firstDifference(want: string, got: string): string {
  const w = want.split('\n')
  const g = got.split('\n')
  let i = 0
  while (i < w.length && i < g.length && w[i] === g[i]) i++
  return `line ${i + 1}:\n  want: ${JSON.stringify(w[i])}\n  got:  ${JSON.stringify(g[i])}`
}
