import type { InputRule } from '../types.js'

const rule: InputRule = {
  id: 'yaml-parse-error',
  scope: 'input',
  meta: {
    title: 'YAML cannot be parsed the way Kubernetes reads it',
    description:
      'The file (or one document of it) is not valid YAML as kubectl and the API server read it (sigs.k8s.io/yaml: YAML 1.1, duplicate keys rejected). kubectl apply fails on it, and the scanner cannot check the objects in that document; other documents are still scanned.',
    severity: 'error',
    securitySeverity: 4.0,
    tags: ['correctness', 'kubernetes'],
    precision: 'very-high',
    remediation:
      'Fix the syntax error at the reported line (indentation, an unclosed quote or bracket, a key given twice).',
  },
}
export default rule
