/**
 * Pod Security Standards policy selection, as the pod-security-admission library does it:
 * levels, versions v1.0 … v1.37 and latest, and which checks run at a level and version
 * (restricted overrides some baseline checks from given versions).
 */

export type PssLevel = 'privileged' | 'baseline' | 'restricted'

/** The newest policy version the PSA library (and its fixtures) know. */
export const NEWEST_MINOR = 37

export interface PssPolicy {
  level: PssLevel
  /** Minor version of the policy, clamped to NEWEST_MINOR. */
  minor: number
  /** As the user wrote it: `latest` or `v1.N`. */
  label: string
}

export const DEFAULT_PSS: PssPolicy = { level: 'restricted', minor: NEWEST_MINOR, label: 'latest' }

const VERSION_RE = /^v1\.(0|[1-9][0-9]*)$/

/** Parses `latest` or `v1.N`; undefined for anything else (callers report a usage error). */
export function parsePssVersion(label: string): { minor: number; label: string } | undefined {
  if (label === 'latest') return { minor: NEWEST_MINOR, label }
  const m = VERSION_RE.exec(label)
  if (!m) return undefined
  return { minor: Math.min(Number(m[1]), NEWEST_MINOR), label }
}

/**
 * Why a policy version chosen by the user (option or config) is not accepted, or undefined.
 * Namespace labels may name newer versions (the API server evaluates them as latest); a
 * setting of ours may not, since the help promises v1.0 ... v1.NEWEST.
 */
export function pssVersionProblem(label: string): string | undefined {
  const parsed = parsePssVersion(label)
  const range = `latest or v1.0 ... v1.${NEWEST_MINOR}`
  if (!parsed) return `must be ${range}, not "${label}"`
  const m = VERSION_RE.exec(label)
  if (m && Number(m[1]) > NEWEST_MINOR)
    return `${label} is newer than the newest policy this kube-whoami knows: use ${range}`
  return undefined
}

export function isPssLevel(v: string): v is PssLevel {
  return v === 'privileged' || v === 'baseline' || v === 'restricted'
}

export interface PssCheckSpec {
  /** PSA check id, e.g. `capabilities_restricted`. */
  check: string
  level: 'baseline' | 'restricted'
  /** Minimum version (minor) of the first variant. */
  since: number
  /** Baseline checks this restricted check replaces, from a given version. */
  overrides?: { since: number; checks: string[] }
}

/** Which baseline checks a restricted policy replaces at a version. */
function overriddenAt(specs: readonly PssCheckSpec[], minor: number): Set<string> {
  const out = new Set<string>()
  for (const s of specs) {
    if (s.overrides && minor >= s.overrides.since) for (const c of s.overrides.checks) out.add(c)
  }
  return out
}

/** Whether a check runs under a policy, given every check's spec (for overrides). */
export function checkRuns(
  spec: PssCheckSpec,
  policy: PssPolicy,
  all: readonly PssCheckSpec[],
): boolean {
  if (policy.level === 'privileged') return false
  if (policy.minor < spec.since) return false
  if (spec.level === 'restricted') return policy.level === 'restricted'
  if (policy.level === 'restricted') return !overriddenAt(all, policy.minor).has(spec.check)
  return true
}

export function policyLabel(level: string, policy: PssPolicy): string {
  return `${level}:${policy.label}`
}
