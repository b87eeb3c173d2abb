/**
 * scan(): the one function the CLI and the action call. Orchestration only: discover files,
 * load models, run rules, apply settings, and return everything reporters need.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding, Level, Notice } from './core/finding.js'
import type { ContainerIdentity } from './core/identity.js'
import { fingerprintOf } from './core/fingerprint.js'
import { compareRanges } from './core/range.js'
import { discover, type Discovery } from './discover/walk.js'
import { loadManifest } from './k8s/load.js'
import type { K8sObject } from './k8s/objects.js'
import { toWorkload, type Workload } from './k8s/workload.js'
import { RULES } from './rules/index.js'
import { makeFinding, subjectOfObject } from './rules/report.js'
import type { Rule, RuleContext, RuleSettings } from './rules/types.js'
import { DEFAULT_PSS, type PssPolicy } from './rules/pod/pss-policy.js'

export interface ScanOptions {
  /** Absolute path of the scanned root; findings are relative to it. */
  root: string
  /** Sub-paths to scan (default: the whole root). */
  paths?: string[]
  exclude?: string[]
  pss?: PssPolicy
  /** Per-rule level overrides; `off` disables the rule. */
  ruleLevels?: Record<string, Level | 'off'>
  ruleOptions?: Record<string, Record<string, unknown>>
}

export interface ScanStats {
  files: number
  manifests: number
  objects: number
  workloads: number
  durationMs: number
}

export interface ScanResult {
  root: string
  findings: Finding[]
  notices: Notice[]
  /** Rules that ran (or could report), for SARIF's rule table. */
  rules: readonly Rule[]
  settings: RuleSettings
  workloads: Workload[]
  /** Who each container runs as (empty until images are linked to Dockerfiles). */
  identities: ContainerIdentity[]
  discovery: Discovery
  stats: ScanStats
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now()
  const settings: RuleSettings = { pss: options.pss ?? DEFAULT_PSS }
  const levelOf = (rule: Rule): Level | 'off' => options.ruleLevels?.[rule.id] ?? rule.meta.severity
  const rules = RULES.filter((r) => levelOf(r) !== 'off')
  const enabled = new Set(rules.map((r) => r.id))

  const discovery = discover({ root: options.root, paths: options.paths, exclude: options.exclude })
  const findings: Finding[] = []
  const notices: Notice[] = [...discovery.notices]
  const objects: K8sObject[] = []
  let manifests = 0

  const inputLevel = (id: string): Level => {
    const rule = RULES.find((r) => r.id === id)
    return rule ? (levelOf(rule) as Level) : 'error'
  }

  for (const file of discovery.manifests) {
    const text = readText(options.root, file, notices)
    if (text === undefined) continue
    const loaded = loadManifest(text, file)
    if (!loaded.relevant) continue
    manifests++
    objects.push(...loaded.objects)
    if (!enabled.has('yaml-parse-error')) continue
    for (const p of loaded.problems) {
      const identity = { ruleId: 'yaml-parse-error', source: file, path: p.message }
      findings.push({
        ruleId: 'yaml-parse-error',
        level: inputLevel('yaml-parse-error'),
        message: `${p.message}: kubectl and the API server cannot read this document, so it is not checked.`,
        range: p.range,
        related: [],
        identity,
        fingerprint: fingerprintOf(identity),
      })
    }
  }

  const workloads = objects.map(toWorkload).filter((w): w is Workload => w !== undefined)
  for (const rule of rules) {
    if (rule.scope !== 'workload') continue
    const configured = options.ruleLevels?.[rule.id]
    const level = levelOf(rule) as Level
    const options_ = options.ruleOptions?.[rule.id] ?? {}
    for (const w of workloads) {
      const subject = subjectOfObject(w.object)
      const ctx: RuleContext = {
        settings,
        options: options_,
        report: (input) =>
          findings.push(
            makeFinding(
              rule.id,
              level,
              subject,
              configured ? { ...input, level: configured as Level } : input,
            ),
          ),
      }
      try {
        rule.check(ctx, w)
      } catch (e) {
        notices.push({
          level: 'error',
          message: `rule ${rule.id} failed on ${w.object.kind} ${w.object.name ?? ''} in ${w.object.source.id}: ${(e as Error).message}`,
        })
      }
    }
  }

  findings.sort(
    (a, b) =>
      compareRanges(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
  return {
    root: options.root,
    findings,
    notices,
    rules,
    settings,
    workloads,
    identities: [],
    discovery,
    stats: {
      files:
        discovery.manifests.length +
        discovery.dockerfiles.length +
        discovery.charts.length +
        discovery.workflows.length,
      manifests,
      objects: objects.length,
      workloads: workloads.length,
      durationMs: Math.round(performance.now() - started),
    },
  }
}

function readText(root: string, file: string, notices: Notice[]): string | undefined {
  let buf: Buffer
  try {
    buf = readFileSync(join(root, file))
  } catch (e) {
    notices.push({ level: 'warning', message: `cannot read ${file}: ${(e as Error).message}` })
    return undefined
  }
  if (buf.subarray(0, 8192).includes(0)) {
    notices.push({
      level: 'note',
      message: `skipped ${file}: binary content`,
      range: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    })
    return undefined
  }
  return buf.toString('utf8')
}
