import { ruleDocsUrl } from '../core/project.js'
import type { Rule } from '../rules/types.js'

/** Plain-text help for a rule (SARIF help.text). */
export function ruleHelpText(rule: Rule): string {
  return `${rule.meta.description}\n\nHow to fix: ${rule.meta.remediation}\n\nDocumentation: ${ruleDocsUrl(rule.id)}`
}

/** Markdown help for a rule (SARIF help.markdown). */
export function ruleHelpMarkdown(rule: Rule): string {
  const pss = rule.meta.pss
    ? `\n\nPod Security Standards: check \`${rule.meta.pss.check}\`, level **${rule.meta.pss.level}**.`
    : ''
  return `# ${rule.id}\n\n${rule.meta.description}${pss}\n\n## How to fix\n\n${rule.meta.remediation}\n\n[Documentation](${ruleDocsUrl(rule.id)})`
}
