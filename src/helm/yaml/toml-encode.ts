/**
 * Helm's toToml: github.com/BurntSushi/toml v1.6.0's Encoder on the Go value. Plain
 * values of a table come first, then sub-tables and arrays of tables, each group sorted by
 * key bytes; nested tables are indented two spaces per level; keys outside [A-Za-z0-9_-]
 * are quoted; floats print with strconv 'g' plus ".0" when they would read as ints. The
 * encoder's errors are returned as the output text, as Helm does.
 */
import { formatFloat } from '../../template/strconv.js'
import { compareGoStrings } from '../../template/sort.js'
import { GoInt, GoStruct, GoTime, isGoMap, type GoMap, type GoValue } from '../../template/value.js'
import { marshalTextOf, rfc3339Nano } from './go-json.js'
import { work } from '../../core/budget.js'

/** An error the TOML encoder returns (its Error() text is the message). */
export class TomlEncodeError extends Error {}

type TomlType =
  'Integer' | 'Float' | 'Datetime' | 'String' | 'Bool' | 'Array' | 'Hash' | 'ArrayHash'

const errArrayNilElement = 'toml: cannot encode array with nil element'
const errNoKey = 'toml: top-level values must be Go maps or structs'

/** Nesting beyond this is a value that contains itself: Go would recurse until it crashes. */
const maxDepth = 1000

function tooDeep(): Error {
  return new Error(
    'toToml: the value contains itself (the encoder would recurse until the process crashes)',
  )
}

function typeOf(v: GoValue, depth = 0): TomlType | null {
  if (depth > maxDepth) throw tooDeep()
  if (v === null || v === undefined) return null
  switch (typeof v) {
    case 'boolean':
      return 'Bool'
    case 'bigint':
      return 'Integer'
    case 'number':
      return 'Float'
    case 'string':
      return 'String'
    case 'function':
      throw new TomlEncodeError('unsupported type: func')
  }
  if (v instanceof GoInt) return 'Integer'
  if (v instanceof GoTime) return 'Datetime'
  // The encoder writes a TextMarshaler (a semver) as a quoted string.
  if (marshalTextOf(v) !== undefined) return 'String'
  if (v instanceof GoStruct) return 'Hash'
  if (Array.isArray(v) || v instanceof Uint8Array)
    return isTableArray(v, depth) ? 'ArrayHash' : 'Array'
  return 'Hash'
}

function isTableArray(arr: GoValue[] | Uint8Array, depth = 0): boolean {
  if (arr instanceof Uint8Array) return false
  if (arr.length === 0) return false
  let ret = true
  for (const e of arr) {
    const t = typeOf(e, depth + 1)
    if (t === null) throw new TomlEncodeError(errArrayNilElement)
    if (ret && t !== 'Hash') ret = false
  }
  return ret
}

function isTable(t: TomlType | null): boolean {
  return t === 'Hash' || t === 'ArrayHash'
}

function bare(k: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(k)
}

/** The encoder's double-quoted string escaping (a byte-wise replacer). */
function escapeString(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (c === 0x08) out += '\\b'
    else if (c === 0x09) out += '\\t'
    else if (c === 0x0a) out += '\\n'
    else if (c === 0x0c) out += '\\f'
    else if (c === 0x0d) out += '\\r'
    else if (c < 0x20 || c === 0x7f) out += '\\u' + c.toString(16).padStart(4, '0')
    else out += ch
  }
  return out
}

function quoted(s: string): string {
  return '"' + escapeString(s) + '"'
}

function keyPiece(k: string): string {
  if (k === '') return '""'
  return bare(k) ? k : quoted(k)
}

function keyString(key: string[]): string {
  return key.map(keyPiece).join('.')
}

function floatText(f: number): string {
  if (Number.isNaN(f)) return 'nan'
  if (f === Infinity) return 'inf'
  if (f === -Infinity) return '-inf'
  const s = formatFloat(f, 'g', -1)
  return s.includes('e') || s.includes('.') ? s : s + '.0'
}

function entriesOf(v: GoMap | GoStruct): [string, GoValue][] {
  if (v instanceof GoStruct)
    return v.fieldOrder.filter((f) => f in v.fields).map((f) => [f, v.fields[f]])
  return Object.keys(v).map((k) => [k, v[k]])
}

class TomlEncoder {
  private out: string[] = []
  private hasWritten = false
  private depth = 0
  private readonly indentUnit = '  '

  result(): string {
    return this.out.join('')
  }

  private write(s: string): void {
    work()
    this.out.push(s)
    this.hasWritten = true
  }

  private newline(): void {
    if (this.hasWritten) this.write('\n')
  }

  private indentStr(key: string[]): string {
    return this.indentUnit.repeat(Math.max(key.length - 1, 0))
  }

  encode(key: string[], v: GoValue): void {
    if (key.length > maxDepth) throw tooDeep()
    if (v === null || v === undefined) return
    if (typeof v === 'function')
      throw new TomlEncodeError(`unsupported type for key '${keyString(key)}': func`)
    if (
      v instanceof GoTime ||
      typeof v !== 'object' ||
      v instanceof GoInt ||
      marshalTextOf(v) !== undefined
    ) {
      this.writeKeyValue(key, v, false)
      return
    }
    if (Array.isArray(v) || v instanceof Uint8Array) {
      if (typeOf(v) === 'ArrayHash') this.arrayOfTables(key, v as GoValue[])
      else this.writeKeyValue(key, v, false)
      return
    }
    this.table(key, v as GoMap | GoStruct)
  }

  private element(v: GoValue): void {
    if (++this.depth > maxDepth) throw tooDeep()
    try {
      this.elementAt(v)
    } finally {
      this.depth--
    }
  }

  private elementAt(v: GoValue): void {
    if (v instanceof GoTime) {
      this.write(rfc3339Nano(v, false))
      return
    }
    switch (typeof v) {
      case 'string':
        this.write(quoted(v))
        return
      case 'boolean':
        this.write(v ? 'true' : 'false')
        return
      case 'bigint':
        this.write(v.toString())
        return
      case 'number':
        this.write(floatText(v))
        return
    }
    if (v instanceof GoInt) {
      this.write(v.value.toString())
      return
    }
    const text = marshalTextOf(v)
    if (text !== undefined) {
      this.write(quoted(text))
      return
    }
    if (Array.isArray(v) || v instanceof Uint8Array) {
      const items: GoValue[] = v instanceof Uint8Array ? Array.from(v, (b) => BigInt(b)) : v
      this.write('[')
      items.forEach((e, i) => {
        this.element(e)
        if (i !== items.length - 1) this.write(', ')
      })
      this.write(']')
      return
    }
    if (v instanceof GoStruct || isGoMap(v)) {
      this.mapOrStruct([], v as GoMap | GoStruct, true)
      return
    }
    throw new TomlEncodeError('reflect: call of reflect.Value.Interface on zero Value')
  }

  private arrayOfTables(key: string[], arr: GoValue[]): void {
    if (key.length === 0) throw new TomlEncodeError(errNoKey)
    for (const t of arr) {
      if (t === null) continue
      this.newline()
      this.write(`${this.indentStr(key)}[[${keyString(key)}]]`)
      this.newline()
      this.mapOrStruct(key, t as GoMap | GoStruct, false)
    }
  }

  private table(key: string[], v: GoMap | GoStruct): void {
    if (key.length === 1) this.newline()
    if (key.length > 0) {
      this.write(`${this.indentStr(key)}[${keyString(key)}]`)
      this.newline()
    }
    this.mapOrStruct(key, v, false)
  }

  private mapOrStruct(key: string[], v: GoMap | GoStruct, inline: boolean): void {
    const direct: [string, GoValue][] = []
    const sub: [string, GoValue][] = []
    for (const e of entriesOf(v)) (isTable(typeOf(e[1])) ? sub : direct).push(e)
    if (!(v instanceof GoStruct)) {
      direct.sort((a, b) => compareGoStrings(a[0], b[0]))
      sub.sort((a, b) => compareGoStrings(a[0], b[0]))
    }
    const writeKeys = (list: [string, GoValue][], trailComma: boolean): void => {
      list.forEach(([k, val], i) => {
        if (val === null || val === undefined) return
        if (inline) {
          this.writeKeyValue([k], val, true)
          if (trailComma || i !== list.length - 1) this.write(', ')
        } else {
          this.encode([...key, k], val)
        }
      })
    }
    if (inline) this.write('{')
    writeKeys(direct, sub.length > 0)
    writeKeys(sub, false)
    if (inline) this.write('}')
  }

  private writeKeyValue(key: string[], v: GoValue, inline: boolean): void {
    if (key.length === 0) {
      this.element(v)
      return
    }
    this.write(`${this.indentStr(key)}${keyPiece(key[key.length - 1])} = `)
    this.element(v)
    if (!inline) this.newline()
  }
}

/** toml.NewEncoder(w).Encode(v); throws TomlEncodeError with the encoder's message. */
export function encodeToml(v: GoValue): string {
  if (v === null || v === undefined) {
    // reflect.ValueOf(nil) is the zero Value; the encoder's first look at it panics.
    throw new TomlEncodeError('reflect: call of reflect.Value.Type on zero Value')
  }
  const enc = new TomlEncoder()
  enc.encode([], v)
  return enc.result()
}
