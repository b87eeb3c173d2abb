/**
 * .helmignore rules as Helm evaluates them (pkg/ignore), which differ from .gitignore:
 * no `**`, a pattern without a slash matches the base name only, a leading `/` anchors at
 * the chart root, a trailing `/` matches directories only, and rules are tried in order
 * with the first decisive one winning — a matching negated rule does not re-include, a
 * non-matching negated rule excludes.
 */
import { BadPatternError, compileGoMatch, type GoMatcher } from './glob.js'

const NEVER: GoMatcher = { test: () => false }
import { pathBase } from './go-text.js'

interface Rule {
  raw: string
  negate: boolean
  mustDir: boolean
  /** 'root' (leading slash), 'path' (contains a slash) or 'base' (file name only). */
  scope: 'root' | 'path' | 'base'
  pattern: GoMatcher
}

export class HelmIgnoreError extends Error {}

export class HelmIgnore {
  private readonly rules: Rule[] = []

  /** Parses .helmignore text; throws HelmIgnoreError with Helm's message for a bad rule. */
  static parse(text: string): HelmIgnore {
    const out = new HelmIgnore()
    const body = text.startsWith('\ufeff') ? text.slice(1) : text
    for (const line of body.split(/\r?\n/)) out.addRule(line)
    return out
  }

  static empty(): HelmIgnore {
    return new HelmIgnore()
  }

  /** Helm always ignores dot files inside templates/. */
  addDefaults(): void {
    this.addRule('templates/.?*')
  }

  addRule(line: string): void {
    let rule = line.trim()
    if (rule === '' || rule.startsWith('#')) return
    if (rule.includes('**')) throw new HelmIgnoreError('double-star (**) syntax is not supported')
    try {
      compileGoMatch(rule)
    } catch (e) {
      if (e instanceof BadPatternError) throw new HelmIgnoreError(e.message)
      throw e
    }
    const raw = rule
    let negate = false
    if (rule.startsWith('!')) {
      negate = true
      rule = rule.slice(1)
    }
    let mustDir = false
    if (rule.endsWith('/')) {
      mustDir = true
      rule = rule.slice(0, -1)
    }
    let scope: Rule['scope']
    if (rule.startsWith('/')) {
      scope = 'root'
      rule = rule.slice(1)
    } else if (rule.includes('/')) {
      scope = 'path'
    } else {
      scope = 'base'
    }
    let pattern: GoMatcher
    try {
      pattern = compileGoMatch(rule)
    } catch {
      // Helm logs and treats the rule as not matching.
      pattern = NEVER
    }
    this.rules.push({ raw, negate, mustDir, scope, pattern })
  }

  /** Whether a chart-relative path (forward slashes) is ignored. */
  ignores(path: string, isDir: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false
    for (const r of this.rules) {
      const subject = r.scope === 'base' ? pathBase(path) : path
      if (r.negate) {
        if (r.mustDir && !isDir) return true
        if (!r.pattern.test(subject)) return true
        continue
      }
      if (r.mustDir && !isDir) continue
      if (r.pattern.test(subject)) return true
    }
    return false
  }
}
