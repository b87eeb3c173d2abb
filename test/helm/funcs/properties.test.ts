/** Property checks (fast-check) on string, list, math, regex and semver functions. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GoInt } from '../../../src/template/value.js'
import type { GoValue } from '../../../src/template/value.js'
import { callChecked, deepEqual, setGoIntKinds, sprigFuncs } from '../../../src/helm/funcs/index.js'
import { RegexSyntaxError, translateRE2 } from '../../../src/helm/funcs/re2.js'

setGoIntKinds(true)
const F = sprigFuncs()
const call = (name: string, ...args: GoValue[]) => callChecked(F[name], args)
const utf8 = (s: string) => Buffer.byteLength(s)
const str = fc.string({ unit: 'grapheme-composite', maxLength: 40 })
const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 40 })

describe('string functions', () => {
  it('trunc keeps a byte prefix (n >= 0) or suffix (n < 0)', () => {
    fc.assert(
      fc.property(ascii, fc.integer({ min: -50, max: 50 }), (s, n) => {
        const out = call('trunc', BigInt(n), s) as string
        if (n >= 0) expect(out).toBe(s.slice(0, n))
        else expect(out).toBe(s.length + n > 0 ? s.slice(s.length + n) : s)
      }),
    )
  })

  it('b64 and b32 round-trip any text', () => {
    fc.assert(
      fc.property(str, (s) => {
        expect(call('b64dec', call('b64enc', s))).toBe(s)
        expect(call('b32dec', call('b32enc', s))).toBe(s)
        expect(call('b64enc', s)).toBe(Buffer.from(s).toString('base64'))
      }),
    )
  })

  it('join of splitList restores the string', () => {
    fc.assert(
      fc.property(str, fc.string({ minLength: 1, maxLength: 3 }), (s, sep) => {
        expect(call('join', sep, call('splitList', sep, s))).toBe(s)
      }),
    )
  })

  it('indent prefixes every line and nindent adds a leading newline', () => {
    fc.assert(
      fc.property(str, fc.integer({ min: 0, max: 8 }), (s, n) => {
        const out = call('indent', BigInt(n), s) as string
        for (const line of out.split('\n')) expect(line.startsWith(' '.repeat(n))).toBe(true)
        expect(call('nindent', BigInt(n), s)).toBe('\n' + out)
      }),
    )
  })

  it('upper/lower keep the rune count (Go maps rune by rune)', () => {
    fc.assert(
      fc.property(str, (s) => {
        expect([...(call('upper', s) as string)]).toHaveLength([...s].length)
        expect([...(call('lower', s) as string)]).toHaveLength([...s].length)
      }),
    )
  })

  it('snakecase/kebabcase agree up to the connector', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 _-]{0,20}$/), (s) => {
        const snake = call('snakecase', s) as string
        const kebab = call('kebabcase', s) as string
        expect(snake.replaceAll('_', '-')).toBe(kebab.replaceAll('_', '-'))
      }),
    )
  })

  it('quote output is a Go string literal that reads back', () => {
    const ESC: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      '"': '"',
    }
    const unquote = (q: string) =>
      q
        .slice(1, -1)
        .replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)/g, (_, e: string) =>
          e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ESC[e],
        )
    fc.assert(
      fc.property(str, (s) => {
        expect(unquote(call('quote', s) as string)).toBe(s)
      }),
    )
  })

  it('substr within bounds is a byte slice', () => {
    fc.assert(
      fc.property(ascii, fc.nat(50), fc.nat(50), (s, a, b) => {
        const start = Math.min(a, s.length)
        const end = Math.min(Math.max(start, b), s.length)
        expect(call('substr', BigInt(start), BigInt(end), s)).toBe(s.slice(start, end))
        expect(utf8(call('substr', BigInt(start), BigInt(end), s) as string)).toBe(end - start)
      }),
    )
  })
})

describe('list and dict functions', () => {
  const items = fc.array(
    fc.oneof(
      fc.integer().map((n) => n as GoValue),
      fc.string().map((s) => s as GoValue),
      fc.constant(null),
    ),
    {
      maxLength: 15,
    },
  )

  it('uniq keeps first occurrences without duplicates', () => {
    fc.assert(
      fc.property(items, (l) => {
        const u = call('uniq', l) as GoValue[]
        for (let i = 0; i < u.length; i++)
          for (let j = i + 1; j < u.length; j++) expect(deepEqual(u[i], u[j])).toBe(false)
        expect(u.every((x) => l.some((y) => deepEqual(x, y)))).toBe(true)
      }),
    )
  })

  it('reverse twice, append/prepend and rest/initial relate', () => {
    fc.assert(
      fc.property(items, fc.integer(), (l, x) => {
        expect(call('reverse', call('reverse', l))).toEqual(l)
        expect(call('last', call('append', l, x))).toBe(x)
        expect(call('first', call('prepend', l, x))).toBe(x)
        if (l.length > 0) {
          expect(call('rest', l)).toEqual(l.slice(1))
          expect(call('initial', l)).toEqual(l.slice(0, -1))
        }
      }),
    )
  })

  it('chunk splits into pieces of the given size', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 6 }), (l, n) => {
        const chunks = call('chunk', BigInt(n), l) as GoValue[][]
        if (l.length === 0) return
        expect(chunks.flat()).toEqual(l)
        expect(chunks.slice(0, -1).every((c) => c.length === n)).toBe(true)
      }),
    )
  })

  it('sortAlpha sorts by bytes', () => {
    fc.assert(
      fc.property(fc.array(ascii, { maxLength: 20 }), (l) => {
        const out = call('sortAlpha', l) as string[]
        expect(out).toEqual([...l].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      }),
    )
  })

  it('merge into an empty dict copies; mergeOverwrite lets the source win', () => {
    const dicts = fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string(), fc.integer()), {
      maxKeys: 6,
    })
    fc.assert(
      fc.property(dicts, dicts, (a, b) => {
        expect(call('merge', {}, a)).toEqual(a)
        const o = call('mergeOverwrite', { ...a }, b) as Record<string, GoValue>
        for (const k of Object.keys(b)) expect(o[k]).toBe(b[k])
      }),
    )
  })
})

describe('math', () => {
  const i64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n })
  it('add/sub/mul wrap like int64', () => {
    fc.assert(
      fc.property(i64, i64, (a, b) => {
        expect(call('add', a, b)).toEqual(new GoInt(BigInt.asIntN(64, a + b), 'int64'))
        expect(call('sub', a, b)).toEqual(new GoInt(BigInt.asIntN(64, a - b), 'int64'))
        expect(call('mul', a, b)).toEqual(new GoInt(BigInt.asIntN(64, a * b), 'int64'))
      }),
    )
  })

  it('until n has n elements 0..n-1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
        const l = call('until', BigInt(n)) as bigint[]
        expect(l).toHaveLength(n)
        l.forEach((v, i) => expect(v).toBe(BigInt(i)))
      }),
    )
  })

  it('addf adds decimals exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        (a, b) => {
          expect(call('addf', a / 100, b / 100)).toBe(Number(((a + b) / 100).toFixed(2)))
        },
      ),
    )
  })
})

describe('regex translation', () => {
  it('never fails except with Go parse errors, and compiles what it accepts', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      '.',
      '*',
      '+',
      '?',
      '|',
      '(',
      ')',
      '[',
      ']',
      '^',
      '$',
      '\\d',
      '\\w',
      '\\s',
      '\\b',
      '{2}',
      '{1,3}',
      '(?i)',
      '(?:',
      '(?P<n>',
      '[[:alpha:]]',
      '\\pL',
      '-',
      '\\',
      'é',
      '😀',
      '{',
      '}',
      ',',
      '\\Q',
      '\\E',
      '(?s)',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const src = parts.join('')
        try {
          const t = translateRE2(src)
          expect(() => new RegExp(t.source, t.flags)).not.toThrow()
        } catch (e) {
          expect(e).toBeInstanceOf(RegexSyntaxError)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('re2js (linear) finds the same matches as the translated backtracking RegExp', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      '.',
      '*',
      '+',
      '?',
      '|',
      '(',
      ')',
      '^',
      '$',
      '\\d',
      '\\w',
      '\\s',
      '\\S',
      '\\b',
      '[^a]',
      '[a-c]',
      '(?i)',
      '(?s)',
      '{1,2}',
      'é',
      'K',
      '\\A',
      '\\z',
      '[[:^alpha:]]',
      '\n',
    )
    const input = fc.string({
      unit: fc.constantFrom('a', 'b', 'A', ' ', '\n', 'é', 'K', '1', '-'),
      maxLength: 12,
    })
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), input, (parts, s) => {
        const src = parts.join('')
        let t
        try {
          t = translateRE2(src)
        } catch {
          return
        }
        const viaV8 = [...s.matchAll(new RegExp(t.source, t.flags))].filter((m) => m[0] !== '')
        const expected = viaV8.map((m) => m[0]).join('|')
        const got = call('regexFindAll', src, s, -1n) as string[]
        expect(got.filter((x) => x !== '').join('|')).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })

  it('regexQuoteMeta matches its input literally', () => {
    fc.assert(
      fc.property(str, (s) => {
        expect(call('regexFind', call('regexQuoteMeta', s), s)).toBe(s)
      }),
    )
  })
})

describe('semver', () => {
  const ver = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`)
  it('>= v holds for v, < v does not, and ^/~ ranges contain their base', () => {
    fc.assert(
      fc.property(ver, (v) => {
        expect(call('semverCompare', `>=${v}`, v)).toBe(true)
        expect(call('semverCompare', `<${v}`, v)).toBe(false)
        expect(call('semverCompare', `=${v}`, 'v' + v)).toBe(true)
        expect(call('semverCompare', `^${v}`, v)).toBe(true)
        expect(call('semverCompare', `~${v}`, v)).toBe(true)
      }),
    )
  })

  it('orders like a lexicographic compare of the numbers', () => {
    fc.assert(
      fc.property(ver, ver, (a, b) => {
        const na = a.split('.').map(Number)
        const nb = b.split('.').map(Number)
        const cmp = na[0] - nb[0] || na[1] - nb[1] || na[2] - nb[2]
        expect(call('semverCompare', `>${b}`, a)).toBe(cmp > 0)
      }),
    )
  })
})

describe('regex backtracking guard', () => {
  it('patterns that backtrack catastrophically in JS finish quickly, as in RE2', () => {
    const cases: [string, string][] = [
      ['(a+)+$', 'a'.repeat(40) + '!'],
      ['^(\\w+\\s?)*$', 'a '.repeat(40) + '!'],
      ['(x+x+)+y', 'x'.repeat(60)],
      ['(a|aa)+$', 'a'.repeat(60) + 'b'],
    ]
    for (const [p, s] of cases) {
      const t = performance.now()
      expect(call('regexMatch', p, s)).toBe(false)
      expect(call('regexReplaceAll', p, s, 'x')).toBe(s)
      expect(performance.now() - t).toBeLessThan(2000)
    }
  })
})
