/**
 * Expectations taken from helm v4.1.4 output (see differential.test.ts for the live
 * comparison); these run without the helm binary and pin the behaviours one by one.
 */
import { describe, expect, it } from 'vitest'
import {
  fromJson,
  fromJsonArray,
  fromToml,
  fromYaml,
  fromYamlArray,
  mustToJson,
  mustToYaml,
  registerJsonFields,
  toJson,
  toToml,
  toYaml,
  toYamlPretty,
} from '../../../src/helm/yaml/index.js'
import { GoInt, GoStruct, GoTime, type GoValue } from '../../../src/template/value.js'
import { isGoTimestamp, resolvePlain } from '../../../src/helm/yaml/resolve.js'
import { sortYamlKeys } from '../../../src/helm/yaml/key-order.js'
import { formatFloat32 } from '../../../src/helm/yaml/from-yaml.js'
import { semver } from '../../../src/helm/funcs/semver.js'

const m: GoValue = {
  n: 1000000,
  f: 1234567.5,
  s: 'yes',
  e: '',
  t: '2024-01-01',
  k: 'a: b',
  sp: ' lead',
  ml: 'line1\nline2\n',
  keep: 'a\n\n',
  emoji: 'hi 😀',
  tab: 'a\tb',
  list: [1, 2],
  empty: {},
  none: [],
  nul: null,
}
const nums: GoValue = [0.1, 1e21, 1e-7, -0, 2 ** 64, 123456789.5, 100]
const keys: GoValue = { a10: 1, a2: 2, A: 3, _x: 4, '1': 5, '10': 6, '9': 7, '': 8 }
const nested: GoValue = { a: [{ b: 1, c: [2, 3] }, [4, [5]]] }

describe('toYaml (sigs.k8s.io/yaml over go-yaml v2)', () => {
  it('re-types JSON numbers, quotes what would read back as another type, sorts keys', () => {
    expect(toYaml(m)).toBe(
      'e: ""\nemoji: "hi \\U0001F600"\nempty: {}\nf: 1.2345675e+06\nk: \'a: b\'\nkeep: |+\n  a\n\nlist:\n- 1\n- 2\n' +
        'ml: |\n  line1\n  line2\n"n": 1000000\nnone: []\nnul: null\ns: "yes"\nsp: \' lead\'\nt: "2024-01-01"\ntab: "a\\tb"',
    )
  })

  it('prints floats as JSON re-read by go-yaml', () => {
    expect(toYaml(nums)).toBe(
      '- 0.1\n- 1e+21\n- 1e-07\n- 0\n- 1.8446744073709552e+19\n- 1.234567895e+08\n- 100',
    )
  })

  it('orders keys with go-yaml digit runs and letters last', () => {
    expect(toYaml(keys)).toBe('"": 8\n_x: 4\n"1": 5\n"9": 7\n"10": 6\nA: 3\na2: 2\na10: 1')
    expect(sortYamlKeys(['a10', 'a2', 'A', '_x', '1', '10', '9', ''], false)).toEqual([
      '',
      '_x',
      '1',
      '9',
      '10',
      'A',
      'a2',
      'a10',
    ])
  })

  it('folds long plain scalars at column 80', () => {
    const long =
      'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt uuuu'
    expect(toYaml(long)).toBe(
      'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq\n  rrrr ssss tttt uuuu',
    )
  })

  it('writes sequences under keys without indentation', () => {
    expect(toYaml(nested)).toBe('a:\n- b: 1\n  c:\n  - 2\n  - 3\n- - 4\n  - - 5')
  })

  it('uses an indentation hint or double quotes where a literal block cannot hold the text', () => {
    expect(toYaml(' a\nb')).toBe('|2-\n   a\n  b')
    expect(toYaml('a \nb')).toBe('"a \\nb"')
  })

  it('reproduces the JSON round trip: NEL folds, reader-rejected characters and long keys fail', () => {
    expect(toYaml('a\u0085b')).toBe('a b')
    expect(toYaml('a\u007fb')).toBe('')
    expect(toYaml({ ['k'.repeat(1023)]: 1 })).toBe('')
    // Keys over 128 bytes are written as complex keys.
    expect(toYaml({ ['k'.repeat(1022)]: 1 })).toBe(`? ${'k'.repeat(1022)}\n: 1`)
    expect(() => mustToYaml('a\u007fb')).toThrow('yaml: control characters are not allowed')
  })

  it('marshals Go ints, []byte, time.Time and reports unsupported values', () => {
    expect(toYaml([Buffer.from('hi').toString()])).toBe('- hi')
    expect(toYaml(new Uint8Array([104, 105]))).toBe('aGk=')
    expect(toYaml({ a: 1000000n, b: new GoInt(5n, 'int64') })).toBe('a: 1000000\nb: 5')
    const t = new GoTime(Date.UTC(2024, 2, 4, 5, 6, 7), 60, 'CET')
    expect(toYaml(t)).toBe('"2024-03-04T06:06:07+01:00"')
    expect(toYaml([NaN])).toBe('')
    expect(() => mustToYaml([NaN])).toThrow(
      'error marshaling into JSON: json: unsupported value: NaN',
    )
  })

  it('reports a value that contains itself as encoding/json does (Sprig set can build one)', () => {
    const d: { [k: string]: GoValue } = { a: 1 }
    d.self = d
    expect(toYaml(d)).toBe('')
    expect(toJson(d)).toBe('')
    expect(() => mustToYaml(d)).toThrow(
      'error marshaling into JSON: json: unsupported value: encountered a cycle via map[string]interface {}',
    )
    // go-yaml v3 and the TOML encoder recurse until Go's stack overflows; we refuse instead.
    expect(() => toYamlPretty(d)).toThrow('contains itself')
    expect(() => toToml(d)).toThrow('contains itself')
  })

  it('marshals structs by their declared JSON fields', () => {
    const s = new GoStruct('*test.Thing', { Name: 'x', Home: '', Count: 2n })
    expect(toYaml(s)).toBe('Count: 2\nHome: ""\nName: x')
    registerJsonFields('*test.Tagged', [
      { field: 'Name', key: 'name' },
      { field: 'Home', key: 'home', omitEmpty: true },
      { field: 'Secret', key: '-' },
    ])
    expect(toJson(new GoStruct('*test.Tagged', { Name: 'x', Home: '', Secret: 's' }))).toBe(
      '{"name":"x"}',
    )
  })
})

describe('toYamlPretty (go-yaml v3, indent 2)', () => {
  it('keeps floats as floats, indents sequences and does not fold', () => {
    expect(toYamlPretty(m)).toBe(
      'e: ""\nemoji: "hi \\U0001F600"\nempty: {}\nf: 1.2345675e+06\nk: \'a: b\'\nkeep: |+\n  a\n\nlist:\n  - 1\n  - 2\n' +
        'ml: |\n  line1\n  line2\n"n": 1e+06\nnone: []\nnul: null\ns: "yes"\nsp: \' lead\'\nt: "2024-01-01"\ntab: "a\\tb"',
    )
    expect(toYamlPretty(nums)).toBe(
      '- 0.1\n- 1e+21\n- 1e-07\n- -0\n- 1.8446744073709552e+19\n- 1.234567895e+08\n- 100',
    )
    expect(toYamlPretty(nested)).toBe(
      'a:\n  - b: 1\n    c:\n      - 2\n      - 3\n  - - 4\n    - - 5',
    )
    expect(toYamlPretty([NaN, -Infinity])).toBe('- .nan\n- -.inf')
    expect(toYamlPretty(new Uint8Array([1, 2]))).toBe('- 1\n- 2')
    expect(toYamlPretty(new GoTime(Date.UTC(2024, 2, 4, 5, 6, 7), 60, 'CET'))).toBe(
      '2024-03-04T06:06:07+01:00',
    )
  })
})

describe('toJson (encoding/json)', () => {
  it('sorts keys, escapes HTML and prints floats as Go does', () => {
    expect(toJson(m)).toBe(
      '{"e":"","emoji":"hi 😀","empty":{},"f":1234567.5,"k":"a: b","keep":"a\\n\\n","list":[1,2],"ml":"line1\\nline2\\n",' +
        '"n":1000000,"none":[],"nul":null,"s":"yes","sp":" lead","t":"2024-01-01","tab":"a\\tb"}',
    )
    expect(toJson(nums)).toBe('[0.1,1e+21,1e-7,-0,18446744073709552000,123456789.5,100]')
    expect(toJson('<b>&</b>')).toBe('"\\u003cb\\u003e\\u0026\\u003c/b\\u003e"')
    expect(toJson(new GoTime(Date.UTC(2024, 2, 4, 5, 6, 7, 500), 60, 'CET'))).toBe(
      '"2024-03-04T06:06:07.5+01:00"',
    )
    expect(toJson(Infinity)).toBe('')
    expect(() => mustToJson(NaN)).toThrow('json: unsupported value: NaN')
  })
})

describe('toToml (BurntSushi/toml v1.6.0)', () => {
  it('writes plain keys first, then tables, floats with a decimal point', () => {
    expect(toToml(m)).toBe(
      'e = ""\nemoji = "hi 😀"\nf = 1.2345675e+06\nk = "a: b"\nkeep = "a\\n\\n"\nlist = [1.0, 2.0]\nml = "line1\\nline2\\n"\n' +
        'n = 1e+06\nnone = []\ns = "yes"\nsp = " lead"\nt = "2024-01-01"\ntab = "a\\tb"\n\n[empty]\n',
    )
    expect(toToml(nested)).toBe('a = [{b = 1.0, c = [2.0, 3.0]}, [4.0, [5.0]]]\n')
    expect(toToml({ a: new GoTime(Date.UTC(2024, 2, 4)) })).toBe('a = 2024-03-04T00:00:00Z\n')
    expect(toToml({ a: [1n, null] })).toBe('toml: cannot encode array with nil element')
    expect(toToml([{ a: 1n }])).toBe('toml: top-level values must be Go maps or structs')
  })
})

describe('fromYaml / fromYamlArray', () => {
  it('reads YAML 1.1 into JSON-shaped values', () => {
    const doc =
      'base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\nt: 2024-01-01\nbin: !!binary aGk=\n1.5: f\nyes: b\n0x10: h\n'
    expect(toJson(fromYaml(doc))).toBe(
      '{"1.5":"f","16":"h","base":{"true":2,"x":1},"bin":"hi","m":{"true":3,"x":1},"t":"2024-01-01","true":"b"}',
    )
    expect(toJson(fromYamlArray('- 1\n- [a, {b: c}]\n'))).toBe('[1,["a",{"b":"c"}]]')
    expect(fromYaml('x: 1000000').x).toBe(1000000)
    expect(fromYaml('n: 1')).toEqual({ false: 1 })
  })

  it('puts errors where Helm puts them', () => {
    expect(fromYaml('a: [1, 2\n')).toEqual({
      Error: "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'",
    })
    expect(fromYamlArray('a: 1')).toEqual([
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}',
    ])
    expect(fromYaml('a: .inf')).toEqual({
      Error: 'error converting YAML to JSON: json: unsupported value: +Inf',
    })
  })

  it('reads back what toYaml writes, including raw LS in quoted and literal scalars', () => {
    const cases: GoValue[] = [{ a: 'x\u2028y', b: ' #-\u2028' }, { k: ['a\u2028b\nc'] }]
    for (const v of cases) {
      expect(fromYaml(toYaml(v))).toEqual(v)
    }
  })

  it('drops the final line break of a literal block that ends the input (toYaml trims it)', () => {
    expect(fromYaml(toYaml({ z: 'line1\nline2\n' }))).toEqual({ z: 'line1\nline2' })
    expect(fromYaml('z: |\n  line1\n')).toEqual({ z: 'line1\n' })
  })
})

describe('fromJson / fromJsonArray', () => {
  it('decodes as encoding/json and reports Go scanner errors', () => {
    expect(toJson(fromJson('{"a": 1, "a": 2, "b": [1.5, null]}'))).toBe('{"a":2,"b":[1.5,null]}')
    expect(fromJson('{"a":')).toEqual({ Error: 'unexpected end of JSON input' })
    expect(fromJson('[1]')).toEqual({
      Error: 'json: cannot unmarshal array into Go value of type map[string]interface {}',
    })
    expect(fromJson('{"a": 01}')).toEqual({
      Error: "invalid character '1' after object key:value pair",
    })
    expect(fromJson('-')).toEqual({ Error: "invalid character ' ' in numeric literal" })
    expect(fromJsonArray('{}')).toEqual([
      'json: cannot unmarshal object into Go value of type []interface {}',
    ])
    expect(fromJson('{"a":1e999,"b":2}')).toEqual({
      a: null,
      b: 2,
      Error: 'json: cannot unmarshal number 1e999 into Go value of type float64',
    })
  })

  it('returns an empty map for the JSON document null (Go: a nil map, which toJson prints as null)', () => {
    expect(fromJson('null')).toEqual({})
  })
})

describe('TextMarshaler values (Sprig semver)', () => {
  it('are strings to toYamlPretty and toToml, as go-yaml v3 and the TOML encoder write them', () => {
    expect(toYamlPretty({ v: semver('v1.2'), l: [semver('2')] })).toBe('l:\n  - 2.0.0\nv: 1.2.0')
    expect(toToml({ a: [semver('1.2.3-rc.1+b')], b: { c: semver('3') } })).toBe(
      'a = ["1.2.3-rc.1+b"]\n\n[b]\n  c = "3.0.0"\n',
    )
    expect(toToml(semver('1.2.3'))).toBe('"1.2.3"')
  })
})

describe('fromToml', () => {
  it('decodes TOML 1.1 with int64 integers and times', () => {
    const v = fromToml('a = 1\n[t]\nb = 1979-05-27T07:32:00Z\nc = [1.5, 2.0]\n[[arr]]\nd = "x"\n')
    expect(toJson(v)).toBe('{"a":1,"arr":[{"d":"x"}],"t":{"b":"1979-05-27T07:32:00Z","c":[1.5,2]}}')
    expect(v.a).toEqual(new GoInt(1n, 'int64'))
    expect(fromToml('a = 1\na = 2\n')).toEqual({
      Error: 'toml: line 2 (last key "a"): Key \'a\' has already been defined.',
    })
  })
})

describe('scalar resolution', () => {
  it('follows go-yaml v2 and v3 tables', () => {
    expect(resolvePlain('yes').tag).toBe('bool')
    expect(resolvePlain('yes', true).tag).toBe('str')
    expect(resolvePlain('0o17', true).value).toBe(15n)
    expect(resolvePlain('08').tag).toBe('float')
    expect(resolvePlain('1e400').tag).toBe('str')
    expect(resolvePlain('18446744073709551615').value).toBe(18446744073709551615n)
    expect(resolvePlain('.5_5').value).toBe(0.55)
  })

  it('accepts timestamps as Go time.Parse does', () => {
    expect(isGoTimestamp('2024-02-29')).toBe(true)
    expect(isGoTimestamp('2023-02-29')).toBe(false)
    expect(isGoTimestamp('2024-1-2T3:4:5Z')).toBe(true)
    expect(isGoTimestamp('2024-01-01   10:00:00')).toBe(true)
    expect(isGoTimestamp('2024-01-01T10:00:00+0100')).toBe(false)
  })

  it('formats float keys with 32-bit precision', () => {
    expect(formatFloat32(3.14159265358979)).toBe('3.1415927')
    expect(formatFloat32(0.1)).toBe('0.1')
    expect(formatFloat32(1e21)).toBe('1e+21')
  })
})
