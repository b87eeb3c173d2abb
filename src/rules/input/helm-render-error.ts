import type { InputRule } from '../types.js'

const rule: InputRule = {
  id: 'helm-render-error',
  scope: 'input',
  meta: {
    title: 'Helm chart fails to render',
    description:
      'The chart fails where `helm template` and `helm install` fail: a template error, a `required` or `fail` call, values that break values.schema.json, or rendered output that is not valid YAML. Nothing from that chart variant can be deployed or checked; other charts are still scanned.',
    severity: 'error',
    securitySeverity: 4.0,
    tags: ['correctness', 'helm'],
    precision: 'very-high',
    remediation:
      'Fix the template or the values at the reported line; run `kube-whoami render <chart>` to see the full output.',
  },
}
export default rule
