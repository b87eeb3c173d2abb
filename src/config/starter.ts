/**
 * The commented starter configuration `kube-whoami init` writes: the image links and charts
 * found in the repository filled in, every other key shown commented out with its choices.
 * It validates against the schema as written, and stays valid when any block is uncommented.
 */
import { matchPattern, parseImageRef } from '../images/pattern.js'
import { parseReference, repositoryOf } from '../images/reference.js'
import type { ImageLink, LinkEvidence } from '../images/links/types.js'
import { pushAll } from '../core/arrays.js'

export const SCHEMA_URL =
  'https://raw.githubusercontent.com/kube-whoami/kube-whoami/main/schema/kube-whoami.schema.json'

export interface StarterChart {
  /** Chart folder relative to the root. */
  path: string
  /** Extra values files in the chart folder (`values-prod.yaml`), by variant name. */
  variants: { name: string; values: string }[]
}

export interface StarterInput {
  links: readonly ImageLink[]
  /** Links whose image name holds variables (`${REGISTRY}/api`): shown as comments. */
  patternLinks?: readonly { pattern: string; dockerfile: string; evidence: LinkEvidence }[]
  charts: readonly StarterChart[]
  /** Images the repository's workloads run: real guesses for links whose name holds variables. */
  deployedImages?: readonly string[]
}

const PLAIN_RE = /^[A-Za-z0-9_./@+-][A-Za-z0-9_./@:+=-]*$/
const RESERVED_RE =
  /^(true|false|yes|no|on|off|y|n|null|~|[-+]?\.?[0-9][0-9._eE+-]*|[-+]?\.(inf|nan))$/i

/** A YAML scalar for a string: plain when unambiguous, else double-quoted. */
export function yamlScalar(s: string): string {
  return PLAIN_RE.test(s) && !RESERVED_RE.test(s) && !s.endsWith(':') ? s : JSON.stringify(s)
}

function evidenceNote(e: LinkEvidence): string {
  return `${e.kind} ${e.range.file}:${e.range.startLine}`
}

function imageEntry(l: ImageLink, prefix: string): string[] {
  const lines = [
    `${prefix}- image: ${yamlScalar(l.image)}`,
    `${prefix}  dockerfile: ${yamlScalar(l.dockerfile)}`,
  ]
  if (l.target) lines.push(`${prefix}  target: ${yamlScalar(l.target)}`)
  const defaultContext = l.dockerfile.includes('/')
    ? l.dockerfile.slice(0, l.dockerfile.lastIndexOf('/'))
    : '.'
  if (l.context && l.context !== defaultContext)
    lines.push(`${prefix}  context: ${yamlScalar(l.context)}`)
  const args = Object.entries(l.buildArgs ?? {})
  if (args.length) {
    lines.push(`${prefix}  args:`)
    for (const [k, v] of args) lines.push(`${prefix}    ${yamlScalar(k)}: ${JSON.stringify(v)}`)
  }
  return lines
}

function imagesSection(input: StarterInput): string[] {
  const out = [
    '# Which Dockerfile builds which image. kube-whoami infers this from workflows, compose files,',
    '# skaffold and Makefiles; entries here win over everything it infers. The comment after each',
    '# entry says where it found the link.',
  ]
  const byImage = new Map<string, ImageLink[]>()
  for (const l of input.links) {
    if (l.evidence.kind === 'config') continue
    byImage.set(l.image, [...(byImage.get(l.image) ?? []), l])
  }
  const body: string[] = []
  for (const [image, links] of [...byImage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const builds = new Map<string, ImageLink>()
    for (const l of links) {
      const key = `${l.dockerfile}\u0000${l.target ?? ''}`
      if (!builds.has(key) || (l.confidence === 'high' && builds.get(key)!.confidence === 'low'))
        builds.set(key, l)
    }
    const distinct = [...builds.values()]
    if (distinct.length > 1) {
      body.push(
        `  # ${image} is built by ${distinct.length} builds; keep the one that is deployed:`,
      )
      for (const l of distinct) {
        const entry = imageEntry(l, '  # ')
        entry[0] += `   # ${evidenceNote(l.evidence)}`
        pushAll(body, entry)
      }
      continue
    }
    const l = distinct[0]
    if (l.confidence === 'low') {
      body.push(`  # Guessed (${l.evidence.detail}); uncomment if it is right:`)
      pushAll(body, imageEntry(l, '  # '))
      continue
    }
    const entry = imageEntry(l, '  ')
    entry[0] += `   # ${evidenceNote(l.evidence)}`
    pushAll(body, entry)
  }
  for (const p of input.patternLinks ?? []) {
    // A deployed image that fits the pattern is a real guess; else the pattern as written,
    // with its variables to fill in. Never a made-up registry.
    const guess = deployedMatch(p.pattern, input.deployedImages ?? [])
    body.push(
      guess
        ? `  # ${p.pattern} (${evidenceNote(p.evidence)}) is built from ${p.dockerfile}; the workloads run ${guess}, which fits it. Uncomment if it is right:`
        : `  # ${p.pattern} (name not fully known, ${evidenceNote(p.evidence)}) is built from ${p.dockerfile}; fill in its variables:`,
      `  # - image: ${yamlScalar(guess ?? p.pattern)}`,
      `  #   dockerfile: ${yamlScalar(p.dockerfile)}`,
    )
  }
  const hasEntries = body.some((l) => l.startsWith('  - '))
  if (!body.length) {
    out.push(
      '# images:',
      '#   - image: ghcr.io/acme/api          # repository; tags and digests are ignored',
      '#     dockerfile: services/api/Dockerfile',
      '#     target: runtime                   # build stage (default: the last one)',
      '#     args: { APP_UID: "10001" }        # --build-arg values',
    )
  } else {
    out.push(hasEntries ? 'images:' : 'images: []', ...body)
  }
  return out
}

function chartsSection(input: StarterInput): string[] {
  const out = [
    '# Helm charts, rendered the way helm template renders them. variants render one chart',
    '# several ways (values files after the chart values.yaml, set values as with --set).',
  ]
  if (!input.charts.length) {
    out.push(
      '# charts:',
      '#   - path: charts/api',
      '#     releaseName: api',
      '#     namespace: prod',
      '#     values: [charts/api/values-prod.yaml]',
      '#     set: { image.tag: "1.2.3" }',
    )
    return out
  }
  out.push('charts:')
  for (const c of input.charts) {
    out.push(`  - path: ${yamlScalar(c.path)}`)
    out.push('    # releaseName: release-name     # .Release.Name')
    out.push('    # namespace: default            # .Release.Namespace')
    if (c.variants.length) {
      out.push(
        '    # Each variant renders the chart once: `default` with values.yaml alone, the others with',
        '    # their values file on top of it. A values file can switch workloads on or change their',
        '    # securityContext, so a variant can add findings (each names its variant); remove a',
        '    # variant that is not deployed.',
        '    variants:',
        '      default: {}',
      )
      for (const v of c.variants) {
        out.push(`      ${yamlScalar(v.name)}:`, `        values: [${yamlScalar(v.values)}]`)
      }
    }
  }
  return out
}

/** The text of a starter `.kube-whoami.yaml`. */
export function starterConfig(input: StarterInput): string {
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '# kube-whoami configuration. Every key is optional; paths are relative to this folder.',
    '# Reference: https://github.com/kube-whoami/kube-whoami#configuration-kube-whoamiyaml',
    '',
    ...imagesSection(input),
    '',
    ...chartsSection(input),
    '',
    '# The Pod Security Standards policy the workloads must meet.',
    'pss:',
    '  level: restricted   # privileged | baseline | restricted',
    '  version: latest     # latest | v1.0 ... v1.37',
    '',
    '# Per rule: off | error | warning | note, or a mapping with level, exclude (globs whose',
    '# findings of the rule are accepted) and reason. Rule pages: docs/rules/<rule-id>.md',
    '# rules:',
    '#   container-runs-as-root: warning',
    '#   pss-host-ports:',
    '#     exclude: ["legacy/**"]',
    '#     reason: the legacy agents are replaced this quarter',
    '',
    '# Files never scanned, on top of .gitignore.',
    '# exclude:',
    '#   - "vendor/**"',
    '',
    '# Findings accepted as they are: write the file with `kube-whoami baseline`; scans then',
    '# fail only on findings that are not in it.',
    '# baseline: .kube-whoami-baseline.json',
    '',
  ]
  return lines.join('\n')
}

/** The repository of the first deployed image that fits an image pattern. */
function deployedMatch(pattern: string, deployed: readonly string[]): string | undefined {
  const parsed = parseImageRef(pattern)
  if (parsed.kind !== 'pattern') return undefined
  for (const d of deployed) {
    const r = parseReference(d.trim())
    if (r.ok && matchPattern(parsed.pattern, r.ref)) return repositoryOf(r.ref)
  }
  return undefined
}
