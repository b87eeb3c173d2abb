/**
 * Rule help from the documentation pages (docs/rules/<id>.md, embedded at build time in
 * rule-docs.generated.ts so that the bundled action and CLI carry them): SARIF
 * `help.markdown`, the "How to fix" text of the job summary, and plain-text help.
 */
import { REPOSITORY_URL, ruleDocsUrl } from '../core/project.js'
import type { Rule } from '../rules/types.js'
import { RULE_DOCS } from './rule-docs.generated.js'

/** The fixed sections of every rule page, in order (test/docs checks every page). */
export const RULE_DOC_SECTIONS = [
  'What it detects',
  'Why it matters',
  'How to fix',
  'How to suppress',
  'References',
] as const

export type RuleDocSection = (typeof RULE_DOC_SECTIONS)[number]

/** The documentation page of a rule (Markdown), or undefined when it has none. */
export function ruleDocPage(ruleId: string): string | undefined {
  return Object.hasOwn(RULE_DOCS, ruleId) ? RULE_DOCS[ruleId] : undefined
}

/** Ids of every embedded page. */
export function documentedRuleIds(): string[] {
  return Object.keys(RULE_DOCS).sort()
}

/** One `## ` section of a page, without its heading, with links made absolute. */
export function ruleDocSection(ruleId: string, section: RuleDocSection): string | undefined {
  const page = ruleDocPage(ruleId)
  if (!page) return undefined
  const start = page.indexOf(`\n## ${section}\n`)
  if (start < 0) return undefined
  const body = page.slice(start + section.length + 5)
  const end = body.search(/\n## /)
  return absoluteLinks((end < 0 ? body : body.slice(0, end)).trim())
}

/**
 * Relative links of a page (`[pss-privileged](pss-privileged.md)`, `../../README.md`) made
 * absolute, since SARIF help and job summaries are shown away from the repository.
 */
export function absoluteLinks(markdown: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (all, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return all
    const [path, hash] = target.split('#')
    const parts = ['docs', 'rules']
    for (const step of path.split('/')) {
      if (step === '..') parts.pop()
      else if (step && step !== '.') parts.push(step)
    }
    return `](${REPOSITORY_URL}/blob/main/${parts.join('/')}${hash ? `#${hash}` : ''})`
  })
}

/** Plain-text help for a rule (SARIF help.text). */
export function ruleHelpText(rule: Rule): string {
  return `${rule.meta.description}\n\nHow to fix: ${rule.meta.remediation}\n\nDocumentation: ${ruleDocsUrl(rule.id)}`
}

/** Markdown help for a rule (SARIF help.markdown): its documentation page. */
export function ruleHelpMarkdown(rule: Rule): string {
  const page = ruleDocPage(rule.id)
  if (page) return `${absoluteLinks(page.trim())}\n\n[Documentation](${ruleDocsUrl(rule.id)})`
  // A rule whose page is missing (test/docs fails for it) still gets usable help.
  const pss = rule.meta.pss
    ? `\n\nPod Security Standards: check \`${rule.meta.pss.check}\`, level **${rule.meta.pss.level}**.`
    : ''
  return `# ${rule.id}\n\n${rule.meta.description}${pss}\n\n## How to fix\n\n${rule.meta.remediation}\n\n[Documentation](${ruleDocsUrl(rule.id)})`
}
