/** Facts about the tool itself, shown in SARIF, help texts and reports. */
export const TOOL_NAME = 'kube-whoami'
export const TOOL_VERSION = '0.1.0'
export const REPOSITORY_URL = 'https://github.com/kube-whoami/kube-whoami'

/** The documentation page of a rule (docs/rules/<id>.md in the repository). */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`
}
