/**
 * Values files read as Helm reads them (loader.LoadValues over sigs.k8s.io/yaml and
 * go-yaml v2): documents split on `---` lines and deep-merged, YAML 1.1 scalars, merge
 * keys applied in order, duplicate keys allowed (the last wins), map keys turned into
 * strings, and every number a float64 as after the JSON round trip. Each key and list
 * item records its span, for the source map.
 */
import { YamlText } from '../yaml/read.js'
import { isGoMap, type GoMap, type GoValue } from '../template/value.js'
import { copySite } from './origins.js'
import { isGoSpace } from './go-text.js'
import { hasKey, setKey } from './gomap.js'
import { parseFirstDocument } from './goyaml/parse.js'
import { toGoValue, YamlDecodeError } from './goyaml/convert.js'
import { YamlSyntaxError } from './goyaml/ast.js'

export class ValuesParseError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message)
  }
}

/** Splits a stream like k8s.io/apimachinery's YAMLReader: on lines that are exactly `---`. */
export function splitYamlStream(source: string): { start: number; text: string }[] {
  const chunks: { start: number; text: string }[] = []
  let chunkStart = 0
  let pos = 0
  while (pos < source.length) {
    const nl = source.indexOf('\n', pos)
    const lineEnd = nl < 0 ? source.length : nl + 1
    if (source.startsWith('---', pos)) {
      let blank = true
      for (let i = pos + 3; i < lineEnd; i++) {
        if (!isGoSpace(source[i])) {
          blank = false
          break
        }
      }
      if (blank) {
        if (pos > chunkStart)
          chunks.push({ start: chunkStart, text: source.slice(chunkStart, pos) })
        chunkStart = lineEnd
      }
    }
    pos = lineEnd
  }
  if (source.length > chunkStart) chunks.push({ start: chunkStart, text: source.slice(chunkStart) })
  // The reader hands every line to the decoder with a trailing newline.
  const last = chunks[chunks.length - 1]
  if (last && !last.text.endsWith('\n')) last.text += '\n'
  return chunks
}

export function textOf(file: string, source: string): YamlText {
  const text = new YamlText(file, source)
  text.lineCounter.addNewLine(0)
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
    text.lineCounter.addNewLine(i + 1)
  }
  return text
}

function jsonKind(v: GoValue): string {
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number' || typeof v === 'bigint') return 'number'
  if (typeof v === 'boolean') return 'bool'
  return 'string'
}

function decodeError(e: unknown, text: YamlText, base: number, prefix: string): ValuesParseError {
  if (e instanceof YamlSyntaxError || e instanceof YamlDecodeError) {
    const pos = text.position(base + e.offset)
    return new ValuesParseError(
      `${prefix}error converting YAML to JSON: yaml: ${e.goMessage}`,
      text.file,
      pos.line,
      pos.col,
    )
  }
  return e as ValuesParseError
}

/**
 * Reads a values file (chart values.yaml or a -f file). `file` is the path reported in
 * source ranges (relative to the scanned root). Throws ValuesParseError with Helm's
 * wording (without Helm's `cannot load values.yaml: ` / `failed to parse X: ` prefix).
 */
export function readValuesYaml(source: string, file: string): GoMap {
  const text = textOf(file, source)
  let values: GoMap = {}
  for (const chunk of splitYamlStream(source)) {
    let current: GoValue
    try {
      current = toGoValue(parseFirstDocument(chunk.text), { sites: { text, base: chunk.start } })
    } catch (e) {
      throw decodeError(e, text, chunk.start, 'cannot unmarshal yaml document: ')
    }
    if (current === null) continue
    if (!isGoMap(current)) {
      const pos = text.position(chunk.start)
      throw new ValuesParseError(
        `cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(current)} into Go value of type map[string]interface {}`,
        file,
        pos.line,
        pos.col,
      )
    }
    values = mergeMaps(values, current)
  }
  return values
}

/**
 * The first document of a YAML file (what go-yaml v2's Unmarshal reads), with ints kept as
 * bigint. For Chart.yaml and requirements.yaml, which Helm decodes into typed structs.
 */
export function readYamlFirstDocument(source: string, file: string): GoValue {
  const text = textOf(file, source)
  try {
    return toGoValue(parseFirstDocument(source), { bigInts: true })
  } catch (e) {
    throw decodeError(e, text, 0, '')
  }
}

/** loader.MergeMaps: b over a, recursing where both sides hold maps; origins follow. */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out: GoMap = {}
  for (const k of Object.keys(a)) {
    setKey(out, k, a[k])
    copySite(a, k, out, k)
  }
  for (const k of Object.keys(b)) {
    const v = b[k]
    const prev = hasKey(out, k) ? out[k] : undefined
    setKey(out, k, isGoMap(v) && prev !== undefined && isGoMap(prev) ? mergeMaps(prev, v) : v)
    copySite(b, k, out, k)
  }
  return out
}
