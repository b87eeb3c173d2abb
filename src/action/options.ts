/**
 * The action's inputs and the configuration file as scan options, with the CLI's rules:
 * an input wins over the file's setting, which wins over the default. The file is read by
 * the same loader as the CLI's, so both report the same errors at the same file:line:col.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import { RULES } from '../rules/index.js'
import {
  DEFAULT_PSS,
  isPssLevel,
  parsePssVersion,
  type PssPolicy,
} from '../rules/pod/pss-policy.js'
import type { ScanOptions } from '../scan.js'
import type { ActionInputs } from './inputs.js'
import { InputError } from './inputs.js'
import type { ScanLayout } from './checkout.js'

export interface ResolvedOptions {
  scan: ScanOptions
  pss: PssPolicy
  /** The configuration file read, relative to the scan root. */
  configFile?: string
  /** A baseline file the scan cannot use yet (absolute path). */
  baseline?: string
}

export function resolveOptions(
  inputs: ActionInputs,
  layout: ScanLayout,
  workspace: string,
  github: { repository?: string; owner?: string },
): ResolvedOptions {
  // An explicit config path is relative to the workspace, like every other path input.
  const explicit = inputs.config ? resolve(workspace, inputs.config) : undefined
  const { config, file } = loadConfig(
    layout.scanRoot,
    explicit,
    RULES.map((r) => r.id),
  )
  const levelName = inputs.pssLevel ?? config.pss?.level ?? DEFAULT_PSS.level
  if (!isPssLevel(levelName))
    throw new InputError(
      `input pss-level must be privileged, baseline or restricted, not "${levelName}"`,
    )
  const versionLabel = inputs.pssVersion ?? config.pss?.version ?? DEFAULT_PSS.label
  const version = parsePssVersion(versionLabel)
  if (!version)
    throw new InputError(
      `input pss-version must be latest or v1.N (v1.0 ... v1.37), not "${versionLabel}"`,
    )
  const pss: PssPolicy = { level: levelName, minor: version.minor, label: version.label }
  let baseline: string | undefined
  if (inputs.baseline) {
    baseline = resolve(workspace, inputs.baseline)
    if (!existsSync(baseline))
      throw new InputError(`input baseline: ${inputs.baseline} does not exist`)
  }
  return {
    scan: {
      root: layout.scanRoot,
      paths: layout.paths,
      exclude: config.exclude,
      pss,
      ruleLevels: config.rules,
      github: { repository: github.repository, repositoryOwner: github.owner },
    },
    pss,
    ...(file ? { configFile: file } : {}),
    ...(baseline ? { baseline } : {}),
  }
}
