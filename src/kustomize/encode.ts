/**
 * A resource as kustomize prints it (Resource.AsYAML): the node is encoded with go-yaml
 * v3, decoded back into map[string]interface{}, marshalled to JSON and turned into YAML by
 * sigs.k8s.io/yaml (go-yaml v2). That last step is Helm's toYaml, which this project
 * already reproduces byte for byte (src/helm/yaml), so here only the first round trip is
 * modelled: which Go value each node becomes.
 */
import { setKey } from '../helm/gomap.js'
import { parseGoInt, parseGoUint, resolvePlain } from '../helm/yaml/resolve.js'
import { marshalYaml, YamlMarshalError } from '../helm/yaml/to-yaml.js'
import { GoTime, type GoMap, type GoValue } from '../template/value.js'
import { KustomizeError } from './errors.js'
import { resolvedTag } from './parse.js'
import {
  type KNode,
  STYLE_DOUBLE,
  STYLE_FOLDED,
  STYLE_LITERAL,
  STYLE_SINGLE,
  STYLE_TAGGED,
  TAG_STR,
} from './node.js'

const QUOTED = STYLE_DOUBLE | STYLE_SINGLE | STYLE_LITERAL | STYLE_FOLDED

/** The tag a scalar is written with by the v3 encoder ('' = implicit), and whether it is forced to quotes. */
function emittedTag(n: KNode): { tag: string; quoted: boolean } {
  let tag = n.tag
  let quoted = (n.style & QUOTED) !== 0
  if (tag !== '' && (n.style & STYLE_TAGGED) === 0) {
    if (tag === TAG_STR && quoted) tag = ''
    else {
      const rtag = resolvedTag(n.value)
      if (rtag === tag) tag = ''
      else if (tag === TAG_STR) {
        tag = ''
        quoted = true
      }
    }
  }
  return { tag, quoted }
}

/** The tag go-yaml v3 gives the scalar when it reads the encoded text back (ShortTag). */
export function decodedTag(n: KNode): string {
  if (n.kind === 'map') return '!!map'
  if (n.kind === 'seq') return '!!seq'
  const { tag, quoted } = emittedTag(n)
  if (tag !== '') return tag
  return quoted ? TAG_STR : resolvedTag(n.value)
}

function decodeError(tag: string, value: string): KustomizeError {
  return new KustomizeError(
    `yaml: unmarshal errors:\n  cannot decode ${tag} \`${value}\` as a ${tag}`,
  )
}

/** A scalar's Go value after the v3 round trip. */
export function scalarValue(n: KNode): GoValue {
  const { tag, quoted } = emittedTag(n)
  if (tag === '') {
    if (quoted) return n.value
    return plainValue(n.value)
  }
  switch (tag) {
    case TAG_STR:
    case '!!binary':
      return tag === '!!binary'
        ? Buffer.from(n.value.replace(/\s+/g, ''), 'base64').toString('latin1')
        : n.value
    case '!!null':
      return null
    case '!!bool': {
      const r = resolvePlain(n.value, true)
      if (r.tag !== 'bool') throw decodeError(tag, n.value)
      return r.value as boolean
    }
    case '!!int': {
      const plain = n.value.replace(/_/g, '')
      const i = parseGoInt(plain)
      if (typeof i === 'bigint') return i
      const u = parseGoUint(plain)
      if (typeof u === 'bigint') return u
      const r = resolvePlain(n.value, true)
      if (r.tag === 'int') return r.value as bigint
      if (r.tag === 'float' && Number.isInteger(r.value)) return BigInt(r.value as number)
      throw decodeError(tag, n.value)
    }
    case '!!float': {
      const r = resolvePlain(n.value, true)
      if (r.tag === 'float') return r.value as number
      if (r.tag === 'int') return Number(r.value as bigint)
      throw decodeError(tag, n.value)
    }
    case '!!timestamp':
      return goTimestamp(n.value) ?? n.value
    default:
      // Unknown tags decode into interface{} as their text.
      return n.value
  }
}

function plainValue(s: string): GoValue {
  const r = resolvePlain(s, true)
  switch (r.tag) {
    case 'null':
      return null
    case 'bool':
      return r.value as boolean
    case 'int':
      return r.value as bigint
    case 'float':
      return r.value as number
    case 'timestamp':
      // go-yaml v3 decodes a plain timestamp into time.Time, which JSON prints in RFC 3339.
      return goTimestamp(s) ?? s
    default:
      return s
  }
}

/** A value isGoTimestamp accepted, as the time.Time go-yaml makes of it. */
function goTimestamp(s: string): GoTime | undefined {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]| +)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?(Z|[+-]\d\d:\d\d)?)?$/.exec(
      s,
    )
  if (!m) return undefined
  const [, y, mo, d, h = '0', mi = '0', se = '0', frac = '', zone = ''] = m
  let offset = 0
  if (zone && zone !== 'Z') {
    offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  }
  const digits = (frac + '000000000').slice(0, 9)
  const ms = Number(digits.slice(0, 3))
  const date = new Date(
    Date.UTC(2000, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se), ms),
  )
  date.setUTCFullYear(Number(y))
  const utc = date.getTime()
  return new GoTime(
    utc - offset * 60000,
    offset,
    offset === 0 ? 'UTC' : '',
    Number(digits.slice(3)),
  )
}

class UnsupportedMap extends Error {}

/** v3's isStringMap: every key reads back as a string (or a merge key). */
function isStringMap(n: KNode): boolean {
  for (let i = 0; i < n.content.length; i += 2) {
    const t = decodedTag(n.content[i])
    if (t !== TAG_STR && t !== '!!merge') return false
  }
  return true
}

/** The Go value a node decodes to; `top` is the map[string]interface{} the resource decodes into. */
export function goValueOf(n: KNode, top = false): GoValue {
  switch (n.kind) {
    case 'scalar':
      return scalarValue(n)
    case 'seq':
      return n.content.map((c) => goValueOf(c))
    case 'map': {
      if (!top && !isStringMap(n)) throw new UnsupportedMap()
      const out: GoMap = {}
      for (let i = 0; i + 1 < n.content.length; i += 2) {
        setKey(out, n.content[i].value, goValueOf(n.content[i + 1]))
      }
      return out
    }
  }
}

/** The resource as kubectl kustomize prints it (ends with a newline). */
export function resourceYaml(n: KNode): string {
  let v: GoValue
  try {
    v = goValueOf(n, true)
  } catch (e) {
    if (e instanceof UnsupportedMap) {
      throw new KustomizeError('json: unsupported type: map[interface {}]interface {}')
    }
    throw e
  }
  try {
    return marshalYaml(v)
  } catch (e) {
    if (e instanceof YamlMarshalError) throw new KustomizeError(e.message)
    throw e
  }
}

/** The resource as a plain Go value (RNode.Map / MarshalJSON), for JSON patches and hashes. */
export function resourceValue(n: KNode): GoMap {
  try {
    return goValueOf(n, true) as GoMap
  } catch (e) {
    if (e instanceof UnsupportedMap) {
      throw new KustomizeError('json: unsupported type: map[interface {}]interface {}')
    }
    throw e
  }
}
