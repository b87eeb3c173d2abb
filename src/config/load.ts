/**
 * The `.kube-whoami.yaml` configuration file. This first version reads `pss`, `exclude`
 * and `rules`; see README "Configuration" for the full schema as it grows.
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import type { Level } from '../core/finding.js'
import { isDict } from '../k8s/fields.js'
import { isPssLevel, parsePssVersion, type PssLevel } from '../rules/pod/pss-policy.js'
import { readYaml, type YamlDocument, type YamlPath } from '../yaml/read.js'
import { ConfigError, didYouMean } from './errors.js'

export type RuleSetting = Level | 'off'

export interface Config {
  pss?: { level?: PssLevel; version?: string }
  exclude?: string[]
  rules?: Record<string, RuleSetting>
}

export interface LoadedConfig {
  config: Config
  /** The file read, relative to the root (undefined when there is none). */
  file?: string
}

export const CONFIG_FILE_NAMES = ['.kube-whoami.yaml', '.kube-whoami.yml']
const TOP_KEYS = ['pss', 'exclude', 'rules']
const RULE_SETTINGS = ['off', 'error', 'warning', 'note']

/** Reads the config file: the explicit path, else `.kube-whoami.yaml` at the root when present. */
export function loadConfig(
  root: string,
  explicit?: string,
  knownRules: readonly string[] = [],
): LoadedConfig {
  let abs: string | undefined
  if (explicit) {
    abs = isAbsolute(explicit) ? explicit : join(root, explicit)
    if (!existsSync(abs)) throw new ConfigError(`config file not found: ${explicit}`)
  } else {
    abs = CONFIG_FILE_NAMES.map((n) => join(root, n)).find((p) => existsSync(p))
    if (!abs) return { config: {} }
  }
  const file = relative(root, abs).split('\\').join('/') || abs
  return { config: parseConfig(readFileSync(abs, 'utf8'), file, knownRules), file }
}

export function parseConfig(
  text: string,
  file: string,
  knownRules: readonly string[] = [],
): Config {
  const { documents } = readYaml(text, file)
  const doc = documents.find((d) => !d.isEmpty)
  if (!doc) return {}
  if (doc.problems.length) throw new ConfigError(doc.problems[0].message, doc.problems[0].range)
  const value = doc.value
  const at = (path: YamlPath, part: 'key' | 'value' | 'pair' = 'key') =>
    doc.rangeOf(path, part) ?? doc.contentRange
  if (!isDict(value)) throw new ConfigError('the configuration must be a mapping', doc.contentRange)
  checkKeys(doc, [], value, TOP_KEYS)
  const config: Config = {}
  if (value.pss !== undefined && value.pss !== null) {
    if (!isDict(value.pss))
      throw new ConfigError('pss must be a mapping with level and version', at(['pss'], 'value'))
    checkKeys(doc, ['pss'], value.pss, ['level', 'version'])
    const pss: Config['pss'] = {}
    const level = value.pss.level
    if (level !== undefined) {
      if (typeof level !== 'string' || !isPssLevel(level)) {
        throw new ConfigError(
          `pss.level must be privileged, baseline or restricted, not ${JSON.stringify(level)}`,
          at(['pss', 'level'], 'value'),
        )
      }
      pss.level = level
    }
    const version = value.pss.version
    if (version !== undefined) {
      if (typeof version !== 'string' || !parsePssVersion(version)) {
        throw new ConfigError(
          `pss.version must be "latest" or "v1.N", not ${JSON.stringify(version)}`,
          at(['pss', 'version'], 'value'),
        )
      }
      pss.version = version
    }
    config.pss = pss
  }
  if (value.exclude !== undefined && value.exclude !== null) {
    if (!Array.isArray(value.exclude) || value.exclude.some((g) => typeof g !== 'string')) {
      throw new ConfigError('exclude must be a list of glob strings', at(['exclude'], 'value'))
    }
    config.exclude = value.exclude as string[]
  }
  if (value.rules !== undefined && value.rules !== null) {
    if (!isDict(value.rules))
      throw new ConfigError(
        'rules must map rule ids to off, error, warning or note',
        at(['rules'], 'value'),
      )
    const rules: Record<string, RuleSetting> = {}
    for (const [id, setting] of Object.entries(value.rules)) {
      if (knownRules.length && !knownRules.includes(id)) {
        const hint = didYouMean(id, knownRules)
        throw new ConfigError(
          `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
          at(['rules', id]),
        )
      }
      if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting)) {
        throw new ConfigError(
          `rules.${id} must be off, error, warning or note`,
          at(['rules', id], 'value'),
        )
      }
      rules[id] = setting as RuleSetting
    }
    config.rules = rules
  }
  return config
}

function checkKeys(
  doc: YamlDocument,
  path: YamlPath,
  value: Record<string, unknown>,
  allowed: readonly string[],
): void {
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue
    const hint = didYouMean(key, allowed)
    const where = [...path, key].join('.')
    throw new ConfigError(
      `unknown key "${where}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      doc.rangeOf([...path, key], 'key'),
    )
  }
}
