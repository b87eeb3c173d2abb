import type { InputRule } from '../types.js'

/**
 * Reported by the suppression pass (src/suppress/): a suppression comment, annotation or
 * config exclude that suppressed nothing, or a comment that looks like a directive but does
 * not parse. A stale suppression would silently hide the next real finding on that line.
 */
const rule: InputRule = {
  id: 'unused-suppression',
  scope: 'input',
  meta: {
    title: 'Suppression that suppresses nothing',
    description:
      'A `kube-whoami ignore=` comment, a `kube-whoami.io/ignore` annotation or a `rules.<id>.exclude` entry of the configuration matched no finding of the rules it names (the problem was fixed, the rule id is misspelled, or the comment is not where it applies), or a comment starts like a directive but cannot be read. Left in place, it would hide the next real finding there.',
    severity: 'note',
    securitySeverity: 1.0,
    tags: ['maintainability', 'suppression'],
    precision: 'very-high',
    remediation:
      'Remove the suppression, or fix the rule id or move the comment to the line above the field it is meant for.',
  },
}
export default rule
