import type { Level } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import type { ConfigImage } from '../images/links/types.js'
import type { PssLevel } from '../rules/pod/pss-policy.js'

/** A rule's level, or `off` to disable it. */
export type RuleSetting = Level | 'off'

/** A value of the configuration file together with where it is written. */
export interface Located<T> {
  value: T
  range: SourceRange
}

/**
 * One rendering of a chart: the settings of its entry in `charts:`, with a variant's own
 * settings added (values files after the chart's, set arguments after the chart's).
 */
export interface ChartVariant {
  /** The variant's name (`dev`, `prod`); undefined when the chart has no variants. */
  name?: string
  releaseName?: string
  namespace?: string
  /** Values files relative to the root, in the order helm applies them (-f). */
  values: string[]
  /** `key=value` arguments, as given to helm --set (and friends), in order. */
  set: string[]
  setString: string[]
  setFile: string[]
  setJson: string[]
  kubeVersion?: string
  apiVersions: string[]
  /** The variant's entry in the file (the chart entry when there are no variants). */
  range: SourceRange
}

export interface ChartConfig {
  /** The chart folder relative to the root, without a trailing slash. */
  path: string
  /** At least one: the chart's own rendering when it has no variants. */
  variants: ChartVariant[]
  range: SourceRange
}

/** `rules.<id>.exclude`: files whose findings of one rule are accepted. */
export interface RuleExclude {
  ruleId: string
  globs: Located<string>[]
  reason?: string
  /** The rule's entry. */
  range: SourceRange
}

/** A `kustomize:` entry: a kustomization to build besides the overlays nothing includes. */
export interface KustomizeEntry {
  /** The folder holding kustomization.yaml, relative to the root, without a trailing slash. */
  path: string
  /** kustomize's --load-restrictor: rootOnly (default) or none (files outside the folder, never outside the root). */
  loadRestrictor?: 'rootOnly' | 'none'
  range: SourceRange
}

export interface Config {
  /** `images:` links, as the image linker takes them. */
  images?: ConfigImage[]
  charts?: ChartConfig[]
  kustomize?: KustomizeEntry[]
  pss?: { level?: PssLevel; version?: string }
  exclude?: string[]
  /** Level overrides and `off`, by rule id (both the short and the mapping form). */
  rules?: Record<string, RuleSetting>
  /** `rules.<id>.options`. */
  ruleOptions?: Record<string, Record<string, unknown>>
  ruleExcludes?: RuleExclude[]
  /** The baseline file, relative to the root. */
  baseline?: Located<string>
  /** Where each `rules.<id>` entry is written (its key), for warnings about the entry. */
  ruleEntries?: Record<string, SourceRange>
  registries?: RegistriesConfig
  /** `limits:` (the schema bounds each value). */
  limits?: ConfigLimits
}

/** `registries:`: how image facts are looked up. */
export interface RegistriesConfig {
  lookup?: boolean
  platform?: string
  insecure?: string[]
  timeoutSeconds?: number
  maxLayerBytes?: number
}

/** `limits:`: budgets for untrusted input (core/budget.ts holds the defaults). */
export interface ConfigLimits {
  renderSeconds?: number
  renderMemoryMiB?: number
  valueSize?: number
  listLength?: number
  keyGenerations?: number
  findings?: number
}

export interface LoadedConfig {
  config: Config
  /** The file read, relative to the root (undefined when there is none). */
  file?: string
}
