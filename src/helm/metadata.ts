/**
 * Chart.yaml (and v1 requirements.yaml) decoded as sigs.k8s.io/yaml decodes into Helm's
 * Metadata struct: keys matched case-insensitively to the JSON tags, scalars bound for a
 * string field turned into strings (ints in decimal, floats as float32 `%g`, so
 * `appVersion: 1.10` becomes "1.1"), unknown keys ignored, wrong shapes an error, then
 * Helm's validation and sanitizing.
 */
import { isGoMap, type GoMap, type GoValue } from '../template/value.js'
import type { Dependency, Maintainer, Metadata } from './chart.js'
import { formatFloat } from '../template/strconv.js'
import { isGoSpace } from './go-text.js'
import { isPrint } from '../template/strconv.js'
import { tryParseVersion } from './semver.js'
import { fieldTypeMessage, valueTypeMessage } from './json-unmarshal.js'

export class MetadataError extends Error {}

function typeError(v: GoValue, field: string, goType: string): MetadataError {
  return new MetadataError(fieldTypeMessage(v, field, goType))
}

function float32String(v: number): string {
  const f = Math.fround(v)
  for (let p = 1; p <= 9; p++) {
    const y = Number(f.toPrecision(p))
    if (Math.fround(y) === f) return formatFloat(y, 'g', -1)
  }
  return formatFloat(f, 'g', -1)
}

/** The string a scalar becomes when its target is a Go string; undefined for null. */
function asString(v: GoValue, field: string): string | undefined {
  if (v === null) return undefined
  if (typeof v === 'string') return v
  if (typeof v === 'bigint') return v.toString()
  if (typeof v === 'number') return float32String(v)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  throw typeError(v, field, 'string')
}

function asStringList(v: GoValue, field: string): string[] | undefined {
  if (v === null) return undefined
  if (!Array.isArray(v)) throw typeError(v, field, '[]string')
  return v.map((x) => asString(x, field) ?? '')
}

function asBool(v: GoValue, field: string): boolean | undefined {
  if (v === null) return undefined
  if (typeof v !== 'boolean') throw typeError(v, field, 'bool')
  return v
}

/** Numbers stay numbers in interface{} fields, as float64 after the JSON round trip. */
function toInterface(v: GoValue): GoValue {
  if (typeof v === 'bigint') return Number(v)
  if (Array.isArray(v)) return v.map(toInterface)
  if (isGoMap(v)) {
    const out: GoMap = {}
    for (const [k, x] of Object.entries(v)) out[k] = toInterface(x)
    return out
  }
  return v
}

function entries(v: GoMap): [string, GoValue][] {
  return Object.entries(v).map(([k, x]) => [k.toLowerCase(), x])
}

function decodeMaintainer(v: GoValue): Maintainer | null {
  if (v === null) return null
  if (!isGoMap(v)) throw typeError(v, 'Metadata.maintainers', 'chart.Maintainer')
  const m: Maintainer = { name: '', email: '', url: '' }
  for (const [k, x] of entries(v)) {
    if (k === 'name') m.name = asString(x, 'Metadata.maintainers.name') ?? m.name
    else if (k === 'email') m.email = asString(x, 'Metadata.maintainers.email') ?? m.email
    else if (k === 'url') m.url = asString(x, 'Metadata.maintainers.url') ?? m.url
  }
  return m
}

export function decodeDependency(v: GoValue): Dependency | null {
  if (v === null) return null
  if (!isGoMap(v)) throw typeError(v, 'Metadata.dependencies', 'chart.Dependency')
  const d: Dependency = {
    name: '',
    version: '',
    repository: '',
    condition: '',
    tags: [],
    enabled: false,
    importValues: [],
    alias: '',
  }
  for (const [k, x] of entries(v)) {
    const f = `Metadata.dependencies.${k}`
    if (k === 'name') d.name = asString(x, f) ?? d.name
    else if (k === 'version') d.version = asString(x, f) ?? d.version
    else if (k === 'repository') d.repository = asString(x, f) ?? d.repository
    else if (k === 'condition') d.condition = asString(x, f) ?? d.condition
    else if (k === 'tags') d.tags = asStringList(x, f) ?? d.tags
    else if (k === 'enabled') d.enabled = asBool(x, f) ?? d.enabled
    else if (k === 'import-values') {
      if (x !== null && !Array.isArray(x)) throw typeError(x, f, '[]interface {}')
      d.importValues = x === null ? [] : (toInterface(x) as GoValue[])
    } else if (k === 'alias') d.alias = asString(x, f) ?? d.alias
  }
  return d
}

/** Decodes a Chart.yaml or requirements.yaml document onto `md` (json.Unmarshal semantics). */
export function decodeMetadataInto(md: Metadata, doc: GoValue): void {
  if (doc === null) return
  if (!isGoMap(doc)) {
    throw new MetadataError(valueTypeMessage(doc, 'chart.Metadata'))
  }
  for (const [k, x] of entries(doc)) {
    const f = `Metadata.${k}`
    switch (k) {
      case 'name':
      case 'home':
      case 'version':
      case 'description':
      case 'icon':
      case 'condition':
      case 'tags':
      case 'type': {
        const s = asString(x, f)
        if (s !== undefined) md[k] = s
        break
      }
      case 'apiversion':
        md.apiVersion = asString(x, f) ?? md.apiVersion
        break
      case 'appversion':
        md.appVersion = asString(x, f) ?? md.appVersion
        break
      case 'kubeversion':
        md.kubeVersion = asString(x, f) ?? md.kubeVersion
        break
      case 'sources':
        md.sources = asStringList(x, f) ?? []
        break
      case 'keywords':
        md.keywords = asStringList(x, f) ?? []
        break
      case 'deprecated':
        md.deprecated = asBool(x, f) ?? md.deprecated
        break
      case 'maintainers':
        if (x === null) md.maintainers = []
        else if (!Array.isArray(x)) throw typeError(x, f, '[]*chart.Maintainer')
        else md.maintainers = x.map(decodeMaintainer) as Maintainer[]
        break
      case 'annotations':
        if (x === null) md.annotations = null
        else if (!isGoMap(x)) throw typeError(x, f, 'map[string]string')
        else {
          const out: Record<string, string> = md.annotations ?? {}
          for (const [ak, av] of Object.entries(x)) out[ak] = asString(av, f) ?? ''
          md.annotations = out
        }
        break
      case 'dependencies':
        if (x === null) md.dependencies = null
        else if (!Array.isArray(x)) throw typeError(x, f, '[]*chart.Dependency')
        else md.dependencies = x.map(decodeDependency) as Dependency[]
        break
    }
  }
}

/** Helm's sanitizeString: whitespace becomes a space, unprintable runes are dropped. */
export function sanitizeString(s: string): string {
  let out = ''
  for (const ch of s) {
    if (isGoSpace(ch)) out += ' '
    else if (isPrint(ch.codePointAt(0)!)) out += ch
  }
  return out
}

function validationError(msg: string): MetadataError {
  return new MetadataError(`validation: ${msg}`)
}

const aliasNameFormat = /^[a-zA-Z0-9_-]+$/

/** Metadata.Validate, which also sanitizes the strings in place. */
export function validateMetadata(md: Metadata): void {
  md.name = sanitizeString(md.name)
  md.description = sanitizeString(md.description)
  md.home = sanitizeString(md.home)
  md.icon = sanitizeString(md.icon)
  md.condition = sanitizeString(md.condition)
  md.tags = sanitizeString(md.tags)
  md.appVersion = sanitizeString(md.appVersion)
  md.kubeVersion = sanitizeString(md.kubeVersion)
  md.sources = md.sources.map(sanitizeString)
  md.keywords = md.keywords.map(sanitizeString)
  if (md.apiVersion === '') throw validationError('chart.metadata.apiVersion is required')
  if (md.name === '') throw validationError('chart.metadata.name is required')
  if (md.name === '.' || md.name === '..') {
    throw validationError(`chart.metadata.name ${JSON.stringify(md.name)} is not allowed`)
  }
  if (md.name.includes('/') || md.name.endsWith('/')) {
    throw validationError(`chart.metadata.name ${JSON.stringify(md.name)} is invalid`)
  }
  if (md.version === '') throw validationError('chart.metadata.version is required')
  if (!tryParseVersion(md.version)) {
    throw validationError(`chart.metadata.version ${JSON.stringify(md.version)} is invalid`)
  }
  if (!['', 'application', 'library'].includes(md.type)) {
    throw validationError('chart.metadata.type must be application or library')
  }
  for (const m of md.maintainers) {
    if (m === null) throw validationError('maintainers must not contain empty or null nodes')
    m.name = sanitizeString(m.name)
    m.email = sanitizeString(m.email)
    m.url = sanitizeString(m.url)
  }
  const seen = new Set<string>()
  for (const d of md.dependencies ?? []) {
    if (d === null) throw validationError('dependencies must not contain empty or null nodes')
    d.name = sanitizeString(d.name)
    d.version = sanitizeString(d.version)
    d.repository = sanitizeString(d.repository)
    d.condition = sanitizeString(d.condition)
    d.tags = d.tags.map(sanitizeString)
    if (d.alias !== '' && !aliasNameFormat.test(d.alias)) {
      throw validationError(
        `dependency ${JSON.stringify(d.name)} has disallowed characters in the alias`,
      )
    }
    const key = d.alias !== '' ? d.alias : d.name
    if (seen.has(key)) {
      throw validationError(`more than one dependency with name or alias ${JSON.stringify(key)}`)
    }
    seen.add(key)
  }
}
