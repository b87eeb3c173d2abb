/**
 * Scalar resolution as go-yaml v2 does it, which is what sigs.k8s.io/yaml (Kubernetes,
 * kubectl, Helm values) uses: YAML 1.1 booleans (`yes`, `on`, `y` ...), `0644` octal,
 * `0x`/`0o`/`0b` ints, underscores dropped from numbers, `.inf`/`.nan`; timestamps and
 * sexagesimal numbers stay strings.
 */
import type { ScalarTag } from 'yaml'

const nullTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:null',
  default: true,
  test: /^(?:~|null|Null|NULL)?$/,
  resolve: () => null,
}

const trueTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:bool',
  default: true,
  test: /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
  resolve: () => true,
}

const falseTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:bool',
  default: true,
  test: /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/,
  resolve: () => false,
}

// strconv.ParseInt(s, 0, 64) after go-yaml removed the underscores.
const intTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  test: /^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/,
  resolve: (src: string) => parseGoInt(src),
}

const floatTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: true,
  test: /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve: (src: string) => parseGoFloat(src),
}

export function parseGoInt(src: string): number {
  const neg = src.startsWith('-')
  const t = src.replace(/^[-+]/, '').replace(/_/g, '')
  let v: number
  if (/^0[xX]/.test(t)) v = parseInt(t.slice(2), 16)
  else if (/^0[oO]/.test(t)) v = parseInt(t.slice(2), 8)
  else if (/^0[bB]/.test(t)) v = parseInt(t.slice(2), 2)
  else if (/^0[0-7]+$/.test(t)) v = parseInt(t, 8)
  else v = Number(t)
  return neg ? -v : v
}

export function parseGoFloat(src: string): number {
  const t = src.replace(/_/g, '')
  if (/\.(?:inf|Inf|INF)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity
  if (/\.(?:nan|NaN|NAN)$/.test(t)) return NaN
  return Number(t)
}

export const goYamlTags: ScalarTag[] = [nullTag, trueTag, falseTag, intTag, floatTag]
