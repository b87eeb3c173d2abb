/**
 * The encoding/json encoder and decoder every template JSON function shares: layout
 * options (MarshalIndent, SetEscapeHTML), marshaler methods, nil slices and exported
 * fields. Expectations are Go's (go1.25 encoding/json); differential.test.ts compares the
 * template functions with helm itself.
 */
import { describe, expect, it } from 'vitest'
import { marshalJson, marshalTree, jsonText } from '../../../src/helm/yaml/go-json.js'
import { parseJsonTree, unmarshalAny } from '../../../src/helm/yaml/go-json-decode.js'
import { JsonNumber, JsonObject } from '../../../src/helm/yaml/json-tree.js'
import { mustToJson, toJson, toYaml } from '../../../src/helm/yaml/index.js'
import {
  mustFromJson,
  mustToPrettyJson,
  mustToRawJson,
  toPrettyJson,
  toRawJson,
} from '../../../src/helm/funcs/json.js'
import { nilSlice } from '../../../src/helm/funcs/types.js'
import { semver } from '../../../src/helm/funcs/semver.js'
import { GoFuncError } from '../../../src/helm/funcs/gopanic.js'
import { attachMethods, GoStruct, type GoValue } from '../../../src/template/value.js'

const withMethods = (methods: Record<string, () => GoValue>): GoStruct =>
  new GoStruct('*test.M', { Hidden: 'not marshaled' }, methods)

describe('layout', () => {
  const v: GoValue = [1n, { b: [], a: {}, c: [2.5, null] }]

  it('is compact by default, as json.Marshal', () => {
    expect(marshalJson(v)).toBe('[1,{"a":{},"b":[],"c":[2.5,null]}]')
  })

  it('indents as json.MarshalIndent: prefix on every line but the first, empty collections kept short', () => {
    expect(marshalJson(v, { prefix: '> ', indent: '\t' })).toBe(
      '[\n> \t1,\n> \t{\n> \t\t"a": {},\n> \t\t"b": [],\n> \t\t"c": [\n> \t\t\t2.5,\n> \t\t\tnull\n> \t\t]\n> \t}\n> ]',
    )
    // Go breaks lines even with an empty indent.
    expect(marshalJson([1n, 2n], { indent: '' })).toBe('[\n1,\n2\n]')
    expect(marshalJson('x', { indent: '  ' })).toBe('"x"')
  })

  it('escapes <, > and & unless escapeHTML is off; U+2028/U+2029 always', () => {
    const s = { '<k>': 'a&b\u2028c\u2029' }
    expect(marshalJson(s)).toBe('{"\\u003ck\\u003e":"a\\u0026b\\u2028c\\u2029"}')
    expect(marshalJson(s, { escapeHTML: false })).toBe('{"<k>":"a&b\\u2028c\\u2029"}')
  })

  it('writes control characters, quotes and lone surrogates as Go does', () => {
    expect(marshalJson('\b\f\n\r\t\u0001"\\')).toBe('"\\b\\f\\n\\r\\t\\u0001\\"\\\\"')
    expect(marshalJson('a\ud800b😀')).toBe('"a\ufffdb😀"')
  })
})

describe('values', () => {
  it('marshals nil slices as null and empty ones as []', () => {
    expect(toJson(nilSlice())).toBe('null')
    expect(toJson({ a: nilSlice('[]string'), b: [] })).toBe('{"a":null,"b":[]}')
    expect(toYaml({ a: nilSlice() })).toBe('a: null')
  })

  it('marshals only exported fields of an untagged struct', () => {
    const s = new GoStruct('t.S', { Name: 'x', hidden: 1n, _x: 2n, Count: 3n })
    expect(toJson(s)).toBe('{"Name":"x","Count":3}')
  })

  it('uses MarshalJSON, compacting its output and checking that it is JSON', () => {
    const m = withMethods({ MarshalJSON: () => '{ "b": 1.50, "a": [ 1e3, "<" ] }' })
    expect(toJson(m)).toBe('{"b":1.50,"a":[1e3,"\\u003c"]}')
    expect(toRawJson(m)).toBe('{"b":1.50,"a":[1e3,"<"]}')
    expect(toPrettyJson([m])).toBe(
      '[\n  {\n    "b": 1.50,\n    "a": [\n      1e3,\n      "\\u003c"\n    ]\n  }\n]',
    )
    expect(() => mustToJson(withMethods({ MarshalJSON: () => '{' }))).toThrow(
      'json: error calling MarshalJSON for type *test.M: unexpected end of JSON input',
    )
    expect(() => mustToJson(withMethods({ MarshalJSON: () => '1 2' }))).toThrow(
      "json: error calling MarshalJSON for type *test.M: invalid character '2' after top-level value",
    )
    const failing = withMethods({
      MarshalJSON: () => {
        throw new Error('boom')
      },
    })
    expect(() => mustToJson(failing)).toThrow(
      'json: error calling MarshalJSON for type *test.M: boom',
    )
    expect(toJson(failing)).toBe('')
  })

  it('uses MarshalText when there is no MarshalJSON', () => {
    const t = withMethods({ MarshalText: () => new Uint8Array(Buffer.from('a<b')) })
    expect(toJson({ t })).toBe('{"t":"a\\u003cb"}')
    expect(toRawJson(t)).toBe('"a<b"')
    expect(toJson(withMethods({ MarshalText: () => 'x', MarshalJSON: () => '1' }))).toBe('1')
  })

  it('finds marshaler methods on named map and slice types too', () => {
    const named = attachMethods({ a: 1 } as GoValue as { a: GoValue }, 'test.Named', {
      MarshalText: () => 'named',
    })
    expect(toJson([named])).toBe('["named"]')
  })

  it("prints Sprig's semver as its version string", () => {
    expect(toJson([semver('v1.2.3-rc.1+b'), semver('2')])).toBe('["1.2.3-rc.1+b","2.0.0"]')
    expect(toYaml({ v: semver('1.2') })).toBe('v: 1.2.0')
  })

  it('reports a function as an unsupported type', () => {
    expect(() => marshalJson((() => null) as GoValue)).toThrow(
      'json: unsupported type: func(...interface {}) (interface {}, error)',
    )
  })
})

describe("Sprig's JSON functions", () => {
  it('fail as Sprig does: toPrettyJson empty, toRawJson panics, must* return the error', () => {
    expect(toPrettyJson([NaN])).toBe('')
    expect(() => mustToPrettyJson([NaN])).toThrow('json: unsupported value: NaN')
    let panic: unknown
    try {
      toRawJson([Infinity])
    } catch (e) {
      panic = e
    }
    expect(panic).toBeInstanceOf(GoFuncError)
    expect((panic as GoFuncError).panic).toBe(true)
    expect((panic as GoFuncError).message).toBe('json: unsupported value: +Inf')
    expect(() => mustToRawJson([-Infinity])).toThrow('json: unsupported value: -Inf')
  })

  it('decode with the shared decoder', () => {
    expect(mustFromJson('{"a":[1,"x"],"a":2}')).toEqual({ a: 2 })
    expect(() => mustFromJson('[1,')).toThrow('unexpected end of JSON input')
  })
})

describe('decoder', () => {
  it('reads a marshaler output as a tree: numbers as written, entries in order', () => {
    expect(parseJsonTree(' {"b":1.50,"a":[true,null,"\\u00e9"],"b":-0} ')).toEqual(
      new JsonObject([
        ['b', new JsonNumber('1.50')],
        ['a', [true, null, 'é']],
        ['b', new JsonNumber('-0')],
      ]),
    )
    expect(() => parseJsonTree('[1,]')).toThrow(
      "invalid character ']' looking for beginning of value",
    )
  })

  it('decodes into interface{} as json.Unmarshal, keeping what it read past a range error', () => {
    expect(unmarshalAny('{"a":1e999,"b":[2]}')).toEqual({
      value: { a: null, b: [2] },
      error: new Error('json: cannot unmarshal number 1e999 into Go value of type float64'),
    })
    expect(jsonText(marshalTree(unmarshalAny('{"__proto__":1}').value))).toBe('{"__proto__":1}')
  })
})
