import type { InputRule } from '../types.js'

const rule: InputRule = {
  id: 'kustomize-build-error',
  scope: 'input',
  meta: {
    title: 'Kustomize overlay fails to build',
    description:
      'The kustomization fails where `kubectl kustomize` (and `kubectl apply -k`) fails: a missing file or base, a cycle between bases, a patch that matches no resource or cannot be read, a file outside the kustomization or the repository, or a file named kustomization.yaml that is not a kustomization. Nothing that overlay builds can be deployed or checked; other overlays are still scanned.',
    severity: 'error',
    securitySeverity: 4.0,
    tags: ['correctness', 'kustomize'],
    precision: 'very-high',
    remediation:
      'Fix the kustomization entry at the reported line; run `kube-whoami kustomize <dir>` to see the full output or error.',
  },
}
export default rule
