/**
 * The action's inputs and the configuration file as scan options, through the same
 * functions as the CLI (readConfig, scanOptionsFromConfig): an input wins over the file's
 * setting, which wins over the default, and errors name the file:line:col to fix.
 */
import { scanJobs } from '../core/worker-entry.js'
import { readConfig } from '../config/file.js'
import { scanOptionsFromConfig } from '../config/scan-options.js'
import { RULES } from '../rules/index.js'
import type { ScanOptions } from '../scan.js'
import type { ScanLayout } from './checkout.js'
import type { ActionInputs } from './inputs.js'
import { workspaceFile } from './paths.js'

export interface ResolvedOptions {
  scan: ScanOptions
  /** The configuration file read, relative to the scan root. */
  configFile?: string
}

export async function resolveOptions(
  inputs: ActionInputs,
  layout: ScanLayout,
  workspace: string,
  github: { repository?: string; owner?: string; actor?: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedOptions> {
  // Path inputs are relative to the workspace, as everywhere in a workflow.
  const explicit = inputs.config ? workspaceFile(workspace, inputs.config, 'config') : undefined
  if (inputs.baseline) workspaceFile(workspace, inputs.baseline, 'baseline')
  const loaded = await readConfig(
    layout.scanRoot,
    explicit,
    RULES.map((r) => r.id),
  )
  const settings = scanOptionsFromConfig(layout.scanRoot, loaded, {
    pssLevel: inputs.pssLevel,
    pssVersion: inputs.pssVersion,
    baseline: inputs.baseline,
    cwd: workspace,
    registry: {
      offline: !inputs.registryLookup || env.KUBE_WHOAMI_OFFLINE === '1',
      env,
      ...(inputs.registryToken
        ? {
            credentials: new Map([
              [
                'ghcr.io',
                {
                  username: github.actor || 'kube-whoami',
                  password: inputs.registryToken,
                  source: 'the registry-token input',
                },
              ],
            ]),
          }
        : {}),
    },
    names: {
      pssLevel: 'input pss-level',
      pssVersion: 'input pss-version',
      baseline: 'input baseline',
    },
  })
  // The runner's cores (4 on GitHub's standard Linux runners); KUBE_WHOAMI_JOBS overrides.
  const jobs = scanJobs(undefined, env)
  if ('error' in jobs) throw new Error(jobs.error)
  return {
    scan: {
      root: layout.scanRoot,
      paths: layout.paths,
      ...settings,
      jobs: jobs.jobs,
      workersFromCharts: jobs.workersFromCharts,
      github: { repository: github.repository, repositoryOwner: github.owner },
    },
    ...(loaded.file ? { configFile: loaded.file } : {}),
  }
}
