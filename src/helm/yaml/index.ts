/**
 * Helm's encoding functions (helm v4.1.4 pkg/engine/funcs.go), byte-identical to helm:
 *
 *   toYaml / mustToYaml   sigs.k8s.io/yaml v1.6.0 Marshal (encoding/json, then go-yaml v2.4)
 *   toYamlPretty          go-yaml v3.0.4 Encoder, indent 2, on the Go value itself
 *   fromYaml / fromYamlArray  sigs.k8s.io/yaml Unmarshal into a map / slice
 *   toJson / mustToJson   encoding/json Marshal
 *   fromJson / fromJsonArray  encoding/json Unmarshal into a map / slice
 *   toToml / fromToml     github.com/BurntSushi/toml v1.6.0
 *
 * Errors follow Helm: toYaml and toJson return "" when marshaling fails; the must*
 * variants throw an Error whose message is Go's error text (the template engine adds
 * "error calling mustToYaml: "); toToml returns the encoder's error text as its output;
 * fromYaml/fromJson/fromToml put the error text under the key "Error" of the map they
 * return; fromYamlArray/fromJsonArray return a one-element list holding it. Where Go
 * panics (toYamlPretty of a func, toToml of nil) these functions throw, as the template
 * engine turns a panic into an error.
 */
import type { GoMap, GoValue } from '../../template/value.js'
import { marshalJson, GoJsonError } from './go-json.js'
import { unmarshalArray, unmarshalObject } from './go-json-decode.js'
import { unmarshalYamlArray, unmarshalYamlObject } from './from-yaml.js'
import { encodeToml, TomlEncodeError } from './toml-encode.js'
import { decodeToml } from './toml-decode.js'
import { encodeYamlPretty, marshalYaml, YamlMarshalError } from './to-yaml.js'

import './helm-types.js'

export { registerJsonFields, type JsonField } from './go-json.js'

function trimOneNewline(s: string): string {
  return s.endsWith('\n') ? s.slice(0, -1) : s
}

/** `toYaml`: YAML of v without its final newline, or "" when v cannot be marshaled. */
export function toYaml(v: GoValue): string {
  try {
    return trimOneNewline(marshalYaml(v))
  } catch (e) {
    if (e instanceof YamlMarshalError) return ''
    throw e
  }
}

/** `mustToYaml`: like toYaml, but throws Error(Go's message) when v cannot be marshaled. */
export function mustToYaml(v: GoValue): string {
  return trimOneNewline(marshalYaml(v))
}

/** `toYamlPretty`: go-yaml v3 with indent 2 (lists indented under keys, floats as floats). */
export function toYamlPretty(v: GoValue): string {
  return trimOneNewline(encodeYamlPretty(v))
}

/** `fromYaml`: the first YAML document as a map; errors land under "Error". */
export function fromYaml(s: string): GoMap {
  const r = unmarshalYamlObject(s)
  if (r.error !== undefined) r.value.Error = r.error
  return r.value
}

/** `fromYamlArray`: the first YAML document as a list; an error is the only element. */
export function fromYamlArray(s: string): GoValue[] {
  const r = unmarshalYamlArray(s)
  return r.error !== undefined ? [r.error] : r.value
}

/** `toJson`: compact JSON as encoding/json writes it, or "" when v cannot be marshaled. */
export function toJson(v: GoValue): string {
  try {
    return marshalJson(v)
  } catch (e) {
    if (e instanceof GoJsonError) return ''
    throw e
  }
}

/** `mustToJson`: like toJson, but throws Error(Go's message). */
export function mustToJson(v: GoValue): string {
  return marshalJson(v)
}

/** `fromJson`: a JSON object as a map; errors land under "Error" (with what was decoded). */
export function fromJson(s: string): GoMap {
  const r = unmarshalObject(s)
  if (r.error) r.value.Error = r.error.message
  return r.value
}

/** `fromJsonArray`: a JSON array as a list; an error is the only element. */
export function fromJsonArray(s: string): GoValue[] {
  const r = unmarshalArray(s)
  return r.error ? [r.error.message] : r.value
}

/** `toToml`: TOML of a map or struct; the encoder's error text when it fails. */
export function toToml(v: GoValue): string {
  try {
    return encodeToml(v)
  } catch (e) {
    if (e instanceof TomlEncodeError && !e.message.startsWith('reflect:')) return e.message
    throw e
  }
}

/** `fromToml`: a TOML document as a map; errors land under "Error". */
export function fromToml(s: string): GoMap {
  const r = decodeToml(s)
  if (r.error !== undefined) r.value.Error = r.error
  return r.value
}
