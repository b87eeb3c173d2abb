import type { InputRule } from '../types.js'

const rule: InputRule = {
  id: 'helm-render-error',
  scope: 'input',
  meta: {
    title: 'Helm chart fails to render',
    description:
      'What `helm template` and `helm install` refuse: a template error, a `required` or `fail` call, values that break values.schema.json, an incompatible kubeVersion, or rendered output that is not valid YAML. A failing template is left out and reported at its line; the templates that rendered are still scanned, and their findings say the render is lenient.',
    severity: 'error',
    securitySeverity: 4.0,
    tags: ['correctness', 'helm'],
    precision: 'very-high',
    remediation:
      'Fix the template or the values at the reported line; run `kube-whoami render <chart>` to see the full output.',
  },
}
export default rule
