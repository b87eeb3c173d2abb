/**
 * Where the configuration file is, and reading it only when there is one: its parser and
 * schema validator (ajv, the `yaml` package) are a chunk of their own that a repository
 * without a configuration file never loads.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadedConfig } from './types.js'

export const CONFIG_FILE_NAMES = ['.kube-whoami.yaml', '.kube-whoami.yml']

/** loadConfig (see load.ts), imported when a configuration file is named or present. */
export async function readConfig(
  root: string,
  explicit?: string,
  knownRules: readonly string[] = [],
): Promise<LoadedConfig> {
  if (!explicit && !CONFIG_FILE_NAMES.some((n) => existsSync(join(root, n)))) {
    return { config: {} }
  }
  const { loadConfig } = await import('./load.js')
  return loadConfig(root, explicit, knownRules)
}
