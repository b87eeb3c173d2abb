/**
 * The action's inputs (action.yml), read and checked before anything runs. The runner
 * passes each input as INPUT_<NAME> with the name upper-cased and hyphens kept; a bad value
 * stops the step with a message naming the input and the values it takes.
 */
import type { Level } from '../core/finding.js'

export type UploadMode = 'auto' | 'true' | 'false'

export interface ActionInputs {
  /** Paths to scan, relative to the workspace (one per line in the input). */
  paths: string[]
  config?: string
  pssLevel?: string
  pssVersion?: string
  severity: Level
  failOn: Level | 'none'
  sarifFile: string
  upload: UploadMode
  waitForProcessing: boolean
  annotations: boolean
  summary: boolean
  changedFilesOnly: boolean
  category?: string
  token?: string
  baseline?: string
  /** Ask registries for image facts (false: the lookup cache and the shipped table only). */
  registryLookup: boolean
  /** Sent to ghcr.io only, for private images. */
  registryToken?: string
}

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

const LEVELS = ['error', 'warning', 'note'] as const
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** Reads every input through `get` (core.getInput in the action, a map in tests). */
export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string) => get(name).trim()
  const optional = (name: string) => text(name) || undefined
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = text(name)
    if (!v) return fallback
    const lower = v.toLowerCase()
    const hit = allowed.find((a) => a === lower)
    if (!hit) throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${v}"`)
    return hit
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const v = text(name)
    if (!v) return fallback
    if (TRUE.includes(v)) return true
    if (FALSE.includes(v)) return false
    throw new InputError(`input ${name} must be true or false, not "${v}"`)
  }
  const upload = text('upload')
  let uploadMode: UploadMode = 'auto'
  if (upload) {
    if (TRUE.includes(upload)) uploadMode = 'true'
    else if (FALSE.includes(upload)) uploadMode = 'false'
    else if (upload.toLowerCase() === 'auto') uploadMode = 'auto'
    else throw new InputError(`input upload must be auto, true or false, not "${upload}"`)
  }
  const paths = get('path')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return {
    paths: paths.length ? paths : ['.'],
    config: optional('config'),
    pssLevel: optional('pss-level'),
    pssVersion: optional('pss-version'),
    severity: choice('severity', LEVELS, 'note'),
    failOn: choice('fail-on', [...LEVELS, 'none'] as const, 'error'),
    sarifFile: text('sarif-file') || 'kube-whoami.sarif',
    upload: uploadMode,
    waitForProcessing: bool('wait-for-processing', true),
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    changedFilesOnly: bool('changed-files-only', false),
    category: optional('category'),
    token: optional('token'),
    baseline: optional('baseline'),
    registryLookup: bool('registry-lookup', true),
    registryToken: optional('registry-token'),
  }
}
