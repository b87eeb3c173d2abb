/**
 * Configuration plus command-line (or action input) overrides → the options of scan().
 * The CLI and the action both call this, so a setting means the same in both.
 */
import { isAbsolute, join, resolve } from 'node:path'
import { readBaseline } from '../baseline/read.js'
import {
  DEFAULT_PSS,
  isPssLevel,
  parsePssVersion,
  pssVersionProblem,
} from '../rules/pod/pss-policy.js'
import type { Credential } from '../registry/index.js'
import type { ScanOptions } from '../scan.js'
import { ProblemCollector } from './errors.js'
import type { ConfigLimits, LoadedConfig } from './types.js'
import type { BudgetLimits, ScanLimits } from '../core/budget.js'

export interface ScanOverrides {
  /** `--pss-level` / the action's `pss-level`: wins over the config's `pss.level`. */
  pssLevel?: string
  pssVersion?: string
  /** Extra exclude globs, added to the config's. */
  exclude?: string[]
  /**
   * A baseline file (relative to `cwd` unless absolute) instead of the config's `baseline:`;
   * `false` ignores the config's baseline (e.g. while writing a new one).
   */
  baseline?: string | false
  /** Directory `baseline` is relative to (default: the root). */
  cwd?: string
  /**
   * Registry lookups (the CLI and the action turn them on; absent: none at all). `offline`
   * (--offline, the action's registry-lookup: false) answers from the cache and the table.
   */
  registry?: {
    offline?: boolean
    env: NodeJS.ProcessEnv
    /** Credentials given outright, by registry host (the action's registry-token for ghcr.io). */
    credentials?: ReadonlyMap<string, Credential>
  }
  /** How the overrides are called where they come from, for messages (default: CLI flags). */
  names?: { pssLevel?: string; pssVersion?: string; baseline?: string }
}

/** Everything scan() takes except `root` and `paths`. Throws ConfigError on a bad value. */
export function scanOptionsFromConfig(
  root: string,
  loaded: LoadedConfig,
  overrides: ScanOverrides = {},
): Omit<ScanOptions, 'root' | 'paths'> {
  const { config } = loaded
  const names = {
    pssLevel: '--pss-level',
    pssVersion: '--pss-version',
    baseline: '--baseline',
    ...overrides.names,
  }
  const problems = new ProblemCollector()
  // Config values were checked where they are written (load.ts); these are the options'.
  const level = overrides.pssLevel ?? config.pss?.level ?? DEFAULT_PSS.level
  if (!isPssLevel(level))
    problems.add(`${names.pssLevel} must be privileged, baseline or restricted, not "${level}"`)
  const versionLabel = overrides.pssVersion ?? config.pss?.version ?? DEFAULT_PSS.label
  const version = parsePssVersion(versionLabel)
  const versionProblem = pssVersionProblem(versionLabel)
  if (versionProblem) problems.add(`${names.pssVersion} ${versionProblem}`)

  let baseline
  problems.check(() => {
    if (typeof overrides.baseline === 'string') {
      const cwd = overrides.cwd ?? root
      const abs = isAbsolute(overrides.baseline)
        ? overrides.baseline
        : resolve(cwd, overrides.baseline)
      baseline = readBaseline(abs, overrides.baseline)
    } else if (overrides.baseline !== false && config.baseline) {
      baseline = readBaseline(
        join(root, config.baseline.value),
        config.baseline.value,
        config.baseline.range,
        root,
      )
    }
  })
  problems.throwIfAny()
  if (!isPssLevel(level) || !version) throw new Error('unreachable: problems were thrown')

  return {
    pss: { level, minor: version.minor, label: version.label },
    exclude: [...(config.exclude ?? []), ...(overrides.exclude ?? [])],
    ruleLevels: config.rules,
    ruleEntries: config.ruleEntries,
    ruleOptions: config.ruleOptions,
    configImages: config.images,
    charts: config.charts,
    kustomize: config.kustomize?.map((k) => ({
      path: k.path,
      loadRestrictor: k.loadRestrictor,
      range: k.range,
    })),
    suppress: { ruleExcludes: config.ruleExcludes, baseline },
    limits: config.limits && scanLimits(config.limits),
    ...(overrides.registry ? { registry: registrySettings(loaded, overrides.registry) } : {}),
  }
}

function registrySettings(
  loaded: LoadedConfig,
  given: NonNullable<ScanOverrides['registry']>,
): NonNullable<ScanOptions['registry']> {
  const r = loaded.config.registries ?? {}
  const out: NonNullable<ScanOptions['registry']> = {
    offline: given.offline === true || r.lookup === false,
    env: given.env,
  }
  if (given.credentials) out.credentials = given.credentials
  if (r.platform) out.platform = r.platform
  if (r.insecure) out.insecure = r.insecure
  if (r.timeoutSeconds !== undefined) out.timeoutSeconds = r.timeoutSeconds
  if (r.maxLayerBytes !== undefined) out.maxLayerBytes = r.maxLayerBytes
  return out
}

function scanLimits(l: ConfigLimits): ScanLimits {
  const budget: Partial<BudgetLimits> = {}
  if (l.renderSeconds !== undefined) budget.timeMs = l.renderSeconds * 1000
  if (l.renderMemoryMiB !== undefined) budget.heapBytes = l.renderMemoryMiB * 1024 * 1024
  if (l.valueSize !== undefined) budget.valueChars = l.valueSize
  if (l.listLength !== undefined) budget.listItems = l.listLength
  if (l.keyGenerations !== undefined) budget.keyGenerations = l.keyGenerations
  return { budget, findings: l.findings }
}
