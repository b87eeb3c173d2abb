/**
 * Sprig's own JSON functions (toPrettyJson, toRawJson, their must* forms and
 * mustFromJson) over the encoding/json encoder and decoder Helm's toJson/fromJson use
 * (src/helm/yaml/go-json.ts, go-json-decode.ts). They differ from toJson only in layout
 * and escaping: toPrettyJson is json.MarshalIndent(v, "", "  "), toRawJson an Encoder with
 * SetEscapeHTML(false) whose trailing newline Sprig trims.
 */
import type { GoValue } from '../../template/value.js'
import { GoJsonError, marshalJson, type JsonFormat } from '../yaml/go-json.js'
import { unmarshalAny } from '../yaml/go-json-decode.js'
// Helm's structs (.Capabilities.HelmVersion) carry JSON tags whichever function prints them.
import '../yaml/helm-types.js'
import { goError, goPanic } from './gopanic.js'

const PRETTY: JsonFormat = { prefix: '', indent: '  ' }
const RAW: JsonFormat = { escapeHTML: false }

function tryMarshal(v: GoValue, format: JsonFormat): string | GoJsonError {
  try {
    return marshalJson(v, format)
  } catch (e) {
    if (e instanceof GoJsonError) return e
    throw e
  }
}

export const toPrettyJson = (v: GoValue): string => {
  const r = tryMarshal(v, PRETTY)
  return r instanceof GoJsonError ? '' : r
}
export const mustToPrettyJson = (v: GoValue): string => {
  const r = tryMarshal(v, PRETTY)
  return r instanceof GoJsonError ? goError(r.message) : r
}
export const toRawJson = (v: GoValue): string => {
  const r = tryMarshal(v, RAW)
  return r instanceof GoJsonError ? goPanic(r.message) : r
}
export const mustToRawJson = (v: GoValue): string => {
  const r = tryMarshal(v, RAW)
  return r instanceof GoJsonError ? goError(r.message) : r
}

/** Sprig's mustFromJson: json.Unmarshal into interface{}. */
export const mustFromJson = (v: GoValue): GoValue => {
  const r = unmarshalAny(String(v))
  if (r.error) goError(r.error.message)
  return r.value
}
