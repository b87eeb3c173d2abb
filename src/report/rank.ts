/**
 * The order every report shows findings in, by what they mean for the deploy: containers
 * the kubelet (or Docker) will refuse to start first, then containers that run as root, then
 * what breaks the baseline policy most clusters enforce (for containers Docker starts, the
 * host access it forbids), then the rest (what fails at run time, input problems), then the
 * hardening only the restricted level asks for. Within a level by that order, then by
 * security severity, then by place — never by file name first, so the kubelet's verdict is
 * never pushed out of the ten annotations GitHub shows.
 */
import { type Finding, LEVEL_ORDER } from '../core/finding.js'

export type Impact = 'refused' | 'root' | 'baseline' | 'other' | 'hardening'

export const IMPACT_ORDER: readonly Impact[] = ['refused', 'root', 'baseline', 'other', 'hardening']

/** Headings reports use for each impact, for Kubernetes findings. */
export const IMPACT_TITLE: Record<Impact, string> = {
  refused: 'Will not start: the kubelet refuses these containers',
  root: 'Runs as root',
  baseline: 'Breaks the baseline Pod Security level',
  other: 'Other findings',
  hardening: 'Restricted hardening',
}

/** The same headings where Docker-started containers are among the findings. */
const DOCKER_TITLE: Record<Impact, { only: string; mixed: string }> = {
  refused: {
    only: 'Will not start: Docker refuses these containers',
    mixed: 'Will not start: the kubelet or Docker refuses these containers',
  },
  root: { only: 'Runs as root', mixed: 'Runs as root' },
  baseline: {
    only: 'Gives the container host access (what the baseline Pod Security level forbids)',
    mixed: 'Breaks the baseline Pod Security level, or gives a Docker container host access',
  },
  other: { only: 'Other findings', mixed: 'Other findings' },
  hardening: { only: 'Restricted hardening', mixed: 'Restricted hardening' },
}

/** A section's heading, worded for who starts its containers (the kubelet, Docker, both). */
export function impactTitle(impact: Impact, findings: readonly Finding[]): string {
  const docker = findings.filter(isDockerFinding).length
  if (!docker) return IMPACT_TITLE[impact]
  return docker === findings.length ? DOCKER_TITLE[impact].only : DOCKER_TITLE[impact].mixed
}

/** Rules whose findings say a container runs (or its image starts) as root. */
const ROOT_RULES = new Set([
  'container-runs-as-root',
  'pss-run-as-user',
  'dockerfile-user-root',
  'docker-runs-as-root',
])

/**
 * Docker's counterparts of the kubelet's refusal (a USER the image does not have) and of
 * the baseline checks (privileged, host namespaces, added capabilities, the host's root or
 * the engine's socket mounted, seccomp or AppArmor turned off).
 */
const DOCKER_REFUSED = new Set(['docker-user-undefined'])
const DOCKER_BASELINE = new Set([
  'docker-privileged',
  'docker-host-namespaces',
  'docker-capabilities',
  'docker-host-root-mount',
  'docker-socket-mount',
  'docker-unconfined-profile',
])

function isDockerFinding(f: Finding): boolean {
  return f.ruleId.startsWith('docker-')
}

export function impactOf(f: Finding): Impact {
  if (f.ruleId.startsWith('runasnonroot-') || DOCKER_REFUSED.has(f.ruleId)) return 'refused'
  if (ROOT_RULES.has(f.ruleId)) return 'root'
  if (DOCKER_BASELINE.has(f.ruleId)) return 'baseline'
  const pss = f.properties?.pss as { level?: string } | undefined
  if (pss?.level === 'baseline') return 'baseline'
  // What only the restricted level asks: after what breaks at run time (a named USER, a port
  // below 1024, a read-only root the app writes to), which is 'other'.
  if (pss?.level === 'restricted') return 'hardening'
  return 'other'
}

export interface RankOptions {
  /** A rule's security severity (as configured); higher goes first within an impact. */
  severity?(ruleId: string): number
  /** Extra priority within a level, before impact (e.g. findings in changed files). */
  priority?(f: Finding): number
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A comparator for the report order. */
export function compareFindings(options: RankOptions = {}): (a: Finding, b: Finding) => number {
  const severity = options.severity ?? (() => 0)
  const priority = options.priority ?? (() => 0)
  return (a, b) =>
    LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level] ||
    priority(b) - priority(a) ||
    IMPACT_ORDER.indexOf(impactOf(a)) - IMPACT_ORDER.indexOf(impactOf(b)) ||
    severity(b.ruleId) - severity(a.ruleId) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.range.file, b.range.file) ||
    a.range.startLine - b.range.startLine ||
    a.range.startColumn - b.range.startColumn
}

/** The findings in report order (a sorted copy). */
export function rankFindings(findings: readonly Finding[], options: RankOptions = {}): Finding[] {
  return [...findings].sort(compareFindings(options))
}
