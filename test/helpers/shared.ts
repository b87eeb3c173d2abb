/**
 * Access to ../shared (conformance data and corpora), which a user's clone does not
 * have. Suites that need it skip with a clear message there; CI sets
 * KUBE_WHOAMI_REQUIRE_SHARED=1 so that a missing folder fails instead of skipping.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join, resolve } from 'node:path'
import { describe, it } from 'vitest'

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Absolute path of the shared folder (KUBE_WHOAMI_SHARED overrides ../shared). */
export const sharedRoot = process.env.KUBE_WHOAMI_SHARED
  ? resolve(process.env.KUBE_WHOAMI_SHARED)
  : resolve(projectRoot, '..', 'shared')

export function sharedPath(...parts: string[]): string {
  return join(sharedRoot, ...parts)
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts))
}

const strict = process.env.KUBE_WHOAMI_REQUIRE_SHARED === '1'

/**
 * describe() for suites that read ../shared/<parts>. Skips with a message when the data
 * is absent, unless KUBE_WHOAMI_REQUIRE_SHARED=1, where absence is a failure.
 */
export function describeShared(parts: string[], name: string, fn: () => void): void {
  if (hasShared(...parts)) {
    describe(name, fn)
    return
  }
  const where = sharedPath(...parts)
  if (strict) {
    throw new Error(`${name}: required shared data is missing at ${where}`)
  }
  skipSuite(name, `${where} is not present (it ships beside the project checkout, not in it)`)
}

/**
 * Registers a suite that only says why it did not run. The suite's own body is never
 * called: it reads the missing data while vitest collects it, even under describe.skip.
 */
export function skipSuite(name: string, why: string): void {
  console.warn(`[skip] ${name}: ${why}`)
  describe(name, () => {
    it.skip(`skipped: ${why}`, () => {})
  })
}
