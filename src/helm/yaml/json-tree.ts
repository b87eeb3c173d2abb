/**
 * The JSON document Go's encoding/json writes, as a tree: what the encoder (./go-json.ts)
 * builds and prints, what sigs.k8s.io/yaml reads back for toYaml (./to-yaml.ts), and what
 * the decoder (./go-json-decode.ts) makes of a MarshalJSON method's output.
 */

/** A marshaled JSON number, kept as Go printed it. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** A JSON value as json.Marshal produced it; object entries are in output order. */
export type JsonTree = null | boolean | JsonNumber | string | JsonTree[] | JsonObject

export class JsonObject {
  constructor(readonly entries: [string, JsonTree][]) {}
}

/** An error json.Marshal or json.Unmarshal returns; the message is Go's. */
export class GoJsonError extends Error {}
