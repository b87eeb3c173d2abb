/**
 * Go's fmt and strconv over the value contract. Expected strings are Go's documented
 * behaviour (fmt package docs, fmt_test.go, strconv docs); the helm-backed differential
 * suite checks many more combinations generated at random.
 */
import { describe, expect, it } from 'vitest'
import {
  GoInt,
  GoStruct,
  GoTime,
  canBackquote,
  formatFloat,
  formatValue,
  goTypeName,
  quote,
  quoteRune,
  quoteToASCII,
  sprint,
  sprintf,
  sprintln,
} from '../../src/template/index.js'
import type { GoValue } from '../../src/template/index.js'

describe('strconv.FormatFloat', () => {
  it.each([
    [1e6, 'g', -1, '1e+06'],
    [100000, 'g', -1, '100000'],
    [1e-5, 'g', -1, '1e-05'],
    [0.0001, 'g', -1, '0.0001'],
    [123456789, 'g', -1, '1.23456789e+08'],
    [1e21, 'g', -1, '1e+21'],
    [0.1 + 0.2, 'g', -1, '0.30000000000000004'],
    [-0, 'g', -1, '-0'],
    [Infinity, 'g', -1, '+Inf'],
    [NaN, 'g', -1, 'NaN'],
    [3.14159, 'f', 2, '3.14'],
    [0.5, 'f', 0, '0'],
    [1.5, 'f', 0, '2'],
    [2.5, 'f', 0, '2'],
    [0.125, 'f', 2, '0.12'],
    [1.005, 'f', 2, '1.00'],
    [0.1, 'f', 20, '0.10000000000000000555'],
    [12345.678, 'e', 3, '1.235e+04'],
    [0, 'e', 6, '0.000000e+00'],
    [5e-324, 'e', -1, '5e-324'],
    [1.7976931348623157e308, 'g', -1, '1.7976931348623157e+308'],
    [1, 'g', 3, '1'],
    [100000, 'g', 3, '1e+05'],
    [1, 'b', -1, '4503599627370496p-52'],
    [1, 'x', -1, '0x1p+00'],
    [255.5, 'X', -1, '0X1.FFP+07'],
    [3.14159, 'x', 3, '0x1.922p+01'],
  ] as const)('%s %s %s -> %s', (x, fmt, prec, want) => {
    expect(formatFloat(x, fmt, prec)).toBe(want)
  })
})

describe('strconv quoting', () => {
  it('quotes like strconv.Quote and QuoteToASCII', () => {
    expect(quote('héllo\n\t"\\\x07\u00a0😀')).toBe('"héllo\\n\\t\\"\\\\\\a\\u00a0😀"')
    expect(quoteToASCII('héllo😀')).toBe('"h\\u00e9llo\\U0001f600"')
    expect(quoteRune(0x41)).toBe("'A'")
    expect(quoteRune(10)).toBe("'\\n'")
    expect(canBackquote('a`b')).toBe(false)
    expect(canBackquote('a\tb')).toBe(true)
  })
})

describe('fmt.Sprintf', () => {
  it.each<[string, GoValue[], string]>([
    ['%d %s %q %v', [42n, 'x', 'y', 1.5], '42 x "y" 1.5'],
    ['%5d|%-5d|%05d|%+d|% d', [42n, 42n, -42n, 42n, 42n], '   42|42   |-0042|+42| 42'],
    ['%x %X %o %O %b %#x %#o', [255n, 255n, 8n, 8n, 5n, 255n, 8n], 'ff FF 10 0o10 101 0xff 010'],
    ['%c %q %U %#U', [0x263an, 0x263an, 0x263an, 0x263an], "☺ '☺' U+263A U+263A '☺'"],
    ['%.3d|%.0d|%8.3d', [7n, 0n, -7n], '007||    -007'],
    ['%#08x', [255n], '0x000000ff'],
    [
      '%6.2f|%-8.3f|%+.1e|%g|%G',
      [3.14159, 2.5, 12345.678, 1e-7, 1e-7],
      '  3.14|2.500   |+1.2e+04|1e-07|1E-07',
    ],
    ['%#g %#.0f %#.0e', [1.0, 3.0, 3.0], '1.00000 3. 3.e+00'],
    ['%s|%10s|%-10s|%.2s', ['héllo', 'héllo', 'héllo', 'héllo'], 'héllo|     héllo|héllo     |hé'],
    ['%x % x %#x %X', ['hi', 'hi', 'hi', 'hi'], '6869 68 69 0x6869 6869'],
    ['%q %+q %#q', ['é`', 'é', 'abc'], '"é`" "\\u00e9" `abc`'],
    ['%t %v', [true, false], 'true false'],
    ['%*d|%-*d|%.*f', [5n, 1n, 5n, 2n, 2n, 3.14159], '    1|2    |3.14'],
    ['%[2]d %[1]d', [1n, 2n], '2 1'],
    ['%[3]d', [1n, 2n], '%!d(BADINDEX)'],
    ['%d %s', ['hi', 3n], '%!d(string=hi) %!s(int=3)'],
    ['%d', [], '%!d(MISSING)'],
    ['%d', [1n, 'x', 2.5], '1%!(EXTRA string=x, float64=2.5)'],
    ['%!', [], '%!!(MISSING)'],
    ['%', [], '%!(NOVERB)'],
    ['%*d', [5.0, 1n], '%!(BADWIDTH)1'],
    ['%z', [1n], '%!z(int=1)'],
    ['%d %v', [null, null], '%!d(<nil>) <nil>'],
    ['%%|%5%', [], '%|%'],
  ])('%s', (format, args, want) => {
    expect(sprintf(format, args)).toBe(want)
  })

  it('prints containers like Go: sorted map keys, space-separated slices', () => {
    const m = { b: 1, a: [1n, 'x', null], c: { z: true } }
    expect(sprintf('%v', [m])).toBe('map[a:[1 x <nil>] b:1 c:map[z:true]]')
    expect(sprintf('%d', [[1n, 2n]])).toBe('[1 2]')
    expect(sprintf('%s', [[1n, 'a']])).toBe('[%!s(int=1) a]')
    expect(sprintf('%#v', [m])).toBe(
      'map[string]interface {}{"a":[]interface {}{1, "x", interface {}(nil)}, "b":1, "c":map[string]interface {}{"z":true}}',
    )
    expect(
      sprintf('%v %s %x %#v', [
        new Uint8Array([104, 105]),
        new Uint8Array([104, 105]),
        new Uint8Array([104, 105]),
        new Uint8Array([1]),
      ]),
    ).toBe('[104 105] hi 6869 []byte{0x1}')
  })

  it('prints structs, Stringers and times', () => {
    const s = new GoStruct('*chart.Metadata', { Name: 'c', Version: '1.0' })
    expect(sprintf('%v|%+v|%T', [s, s, s])).toBe('&{c 1.0}|&{Name:c Version:1.0}|*chart.Metadata')
    const kv = new GoStruct(
      '*chartutil.KubeVersion',
      { Version: 'v1.35.0' },
      { String: () => 'v1.35.0' },
    )
    expect(sprint([kv])).toBe('v1.35.0')
    const t = new GoTime(Date.UTC(2024, 0, 2, 3, 4, 5, 600), 60, 'CET')
    expect(formatValue(t)).toBe('2024-01-02 04:04:05.6 +0100 CET')
  })

  it('prints Go integer kinds', () => {
    expect(
      sprintf('%v %T %#v %T %x', [
        new GoInt(-3n, 'int64'),
        new GoInt(3n, 'int64'),
        new GoInt(255n, 'uint8'),
        new GoInt(1n, 'uint8'),
        new GoInt(255n, 'uint8'),
      ]),
    ).toBe('-3 int64 0xff uint8 ff')
  })
})

describe('fmt.Sprint and Sprintln', () => {
  it('adds spaces between operands when neither is a string', () => {
    expect(sprint([1n, 2n, 'a', 'b', 3n, null, 4.5, true])).toBe('1 2ab3 <nil> 4.5 true')
    expect(sprintln([1n, 'a', 'b'])).toBe('1 a b\n')
  })

  it('names types as %T does', () => {
    expect([null, 1.5, 1n, 'x', true, [], {}, new Uint8Array()].map(goTypeName)).toEqual([
      '<nil>',
      'float64',
      'int',
      'string',
      'bool',
      '[]interface {}',
      'map[string]interface {}',
      '[]uint8',
    ])
  })
})
