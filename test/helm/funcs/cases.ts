/** Deterministic expressions for the differential suite, hand-picked and generated. */
import fc from 'fast-check'
import { GoInt } from '../../../src/template/value.js'
import type { GoValue } from '../../../src/template/value.js'
import { sprigFuncs, callChecked } from '../../../src/helm/funcs/index.js'
import { CaseSet, raw } from './oracle.js'
import type { Arg } from './oracle.js'

const i64 = (n: number | bigint) => new GoInt(BigInt(n), 'int64')
const F = sprigFuncs()
/** A nested call as an argument: `(fn args...)` in the template, its value in JS. */
export function sub(set: CaseSet, fn: string, ...args: Arg[]): Arg {
  const tpl = '(' + [fn, ...args.map((a) => set.argTpl(a))].join(' ') + ')'
  return raw(
    tpl,
    callChecked(
      F[fn],
      args.map((a) => set.argJs(a)),
    ),
  )
}

const SEED = 20261122

const wordChars = fc.constantFrom(
  ...[...'abcXYZ019 _-.,:/@#$%&*()[]{}<>!?\'"\\\t\nÉéßİıǅﬁ日本ǆΣσς😀 '],
  ...['HTTP', 'Server', 'ID', '2xx', 'foo', 'Bar', '  ', '--', '__'],
)
/** Random strings mixing ASCII, punctuation, case-changing Unicode and whitespace. */
export const strings = (n: number, seed = SEED): string[] =>
  fc.sample(
    fc.array(wordChars, { maxLength: 14 }).map((a) => a.join('')),
    { seed, numRuns: n },
  )

const identChars = fc.constantFrom(
  ...'abcdefXYZ0129 _-.'.split(''),
  'HTTP',
  'Id',
  'URL',
  'v2',
  'Foo',
  'bar',
)
export const idents = (n: number, seed = SEED): string[] =>
  fc.sample(
    fc.array(identChars, { maxLength: 8 }).map((a) => a.join('')),
    { seed, numRuns: n },
  )

export function valueCases(): CaseSet {
  const s = new CaseSet()
  const strs = strings(60)
  const ids = idents(60)

  // ---- strings over generated input ----
  for (const x of strs) {
    for (const fn of [
      'upper',
      'lower',
      'title',
      'untitle',
      'trim',
      'swapcase',
      'initials',
      'nospace',
    ]) {
      s.call(fn, x)
    }
    for (const fn of [
      'b64enc',
      'b32enc',
      'sha1sum',
      'sha256sum',
      'adler32sum',
      'quote',
      'squote',
    ]) {
      s.call(fn, x)
    }
  }
  for (const x of ids) {
    for (const fn of ['snakecase', 'kebabcase', 'camelcase', 'title', 'swapcase']) s.call(fn, x)
  }
  fc.sample(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.constantFrom(...strs)), {
    seed: SEED,
    numRuns: 60,
  }).forEach(([n, x]) => {
    s.call('trunc', BigInt(n), x)
    s.call('abbrev', BigInt(Math.abs(n)), x)
    s.call('wrap', BigInt(Math.abs(n) + 1), x)
    s.call('wrapWith', BigInt(Math.abs(n) + 1), '|', x)
    s.call('indent', BigInt(Math.abs(n) % 6), x)
    s.call('nindent', BigInt(Math.abs(n) % 6), x)
    s.call('repeat', BigInt(Math.abs(n) % 4), x)
  })
  fc.sample(
    fc.tuple(
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 0, max: 12 }),
      fc.constantFrom(...strs),
    ),
    { seed: SEED, numRuns: 40 },
  ).forEach(([a, b, x]) => {
    const len = Buffer.byteLength(x)
    const start = Math.min(a, len)
    const end = Math.min(Math.max(start, b), len)
    s.call('substr', BigInt(start), BigInt(end), x)
    s.call('substr', BigInt(start), -1n, x)
    s.call('substr', -1n, BigInt(end), x)
    s.call('abbrevboth', BigInt(a), BigInt(b + 4), x)
  })
  for (const [cut, x] of [
    ['$', '$$5.00$'],
    ['ab', 'abcba'],
    ['', ' x '],
    ['日', '日本日'],
    ['-', '---'],
  ]) {
    s.call('trimAll', cut, x)
    s.call('trimSuffix', cut, x)
    s.call('trimPrefix', cut, x)
    s.call('contains', cut, x)
    s.call('hasPrefix', cut, x)
    s.call('hasSuffix', cut, x)
    s.call('replace', cut, '+', x)
    s.call('splitList', cut, x)
    s.call('split', cut, x)
    s.call('splitn', cut, 2n, x)
    s.call('splitn', cut, 0n, x)
    s.call('splitn', cut, -1n, x)
  }
  s.call('plural', 'one', 'many', 1n)
  s.call('plural', 'one', 'many', 2n)
  s.call('cat', 'a', 1n, 1.5, null, true, [1, 'b'], { k: 'v' })
  s.call('quote', 1.5, 1000000, [1, 2], null, true, 'x"y', 5n)
  s.call('squote', 1.5, null, 'a', { k: 1 })
  s.call('toString', 1e21)
  s.call('toString', 123456789.0)
  s.call('toString', 0.000001)
  s.call('toString', 1e-7)
  s.call('toString', [1.5, 'a', null, { b: [true] }])
  s.call('toStrings', [1, 'a', null, 2.5, true])
  s.call('toStrings', 'x')
  s.call('toStrings', null)
  s.call('join', ',', [1, 'a', null, 2.5])
  s.call('join', '-', 'abc')
  s.call('join', '-', sub(s, 'splitList', ',', 'a,b,c'))
  s.call('sortAlpha', ['b', 'B', 'a', 10, 9, 'é', 'z'])
  s.call('sortAlpha', 'x')
  s.call('sortAlpha', null)
  s.call('substr', 2n, 10n, 'abc')
  s.call('mustRegexMatch', '(?P<n>a)(?P<n>b)', 'ab')
  s.call('regexReplaceAll', '(?P<n>a)(?P<n>b)', 'ab', '[$n]')
  const ver = () => sub(s, 'semver', 'v1.2.3-rc.1')
  const when = () => sub(s, 'toDate', '2006-01-02 15:04', '2021-03-04 05:06')
  s.call('toString', ver())
  s.call('quote', ver(), when(), sub(s, 'until', 2n), { a: [1, 'x'] })
  s.call('squote', ver(), when())
  s.call('cat', ver(), when(), sub(s, 'add', 1n, 2n))
  s.call('join', ',', [1, 'a'])
  s.call('toStrings', sub(s, 'list', ver(), when(), 1n, 1.5))
  s.call('typeOf', when())
  s.call('kindOf', when())
  s.call('deepEqual', when(), when())
  s.call('toPrettyJson', sub(s, 'list', ver(), when()))
  s.call('toRawJson', sub(s, 'dict', 'v', ver()))
  s.call('dict', ver(), 1n, when(), 2n, 3n, 4n)
  s.call('list', ver(), when())
  s.call('default', 'D', when())
  s.call('empty', when())
  s.call('regexQuoteMeta', 'a.b*c[d]{e}(f)|g^h$i\\j+k?')

  // ---- conversions ----
  for (const x of [
    '12',
    '0x1F',
    '0o17',
    '017',
    '0b101',
    '1_000',
    '1.0',
    '1.50',
    '1.5',
    '-7',
    '+3',
    'abc',
    '',
    ' 1',
    '9223372036854775808',
    '1e3',
  ]) {
    s.call('int', x)
    s.call('int64', x)
    s.call('float64', x)
    s.call('atoi', x)
    s.call('toDecimal', x)
  }
  for (const x of [1.9, -1.9, 1e20, 0.5, true, false, null, 42n, i64(-3)] as Arg[]) {
    s.call('int', x)
    s.call('int64', x)
    s.call('float64', x)
    s.call('toDecimal', x)
  }
  s.call('float64', 'Inf')
  s.call('float64', '-infinity')
  s.call('float64', '0x1p-2')
  s.call('toDecimal', 777n)
  s.call('toDecimal', 8n)

  // ---- math ----
  const nums: Arg[] = [3n, -7n, 2.5, -2.5, '10', 'x', true, null, 0.1, 1e3, i64(9)]
  for (const a of nums) {
    for (const b of [2n, -3n, 0.5, '4', 1.5] as Arg[]) {
      for (const fn of [
        'add',
        'sub',
        'mul',
        'max',
        'min',
        'addf',
        'subf',
        'mulf',
        'divf',
        'maxf',
        'minf',
      ]) {
        s.call(fn, a, b)
      }
      if (b !== 0.5) {
        s.call('div', a, b)
        s.call('mod', a, b)
      }
    }
    for (const fn of ['add1', 'add1f', 'floor', 'ceil']) s.call(fn, a)
  }
  s.call('add', 1n, 2n, 3n, 4.7, '5')
  s.call('mul', 2n, 3n, 4n)
  s.call('addf', 0.1, 0.2, 0.3)
  s.call('divf', 1n, 3n)
  s.call('divf', 2n, 3n)
  s.call('divf', 10n, 4n, 2.5)
  s.call('mulf', 1.1, 1.1)
  s.call('subf', 1n, 0.9)
  s.call('max', 1n, 5n, '7', 2.9)
  s.call('min', 1n, -5n, '7')
  fc.sample(
    fc.tuple(
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 4 }),
    ),
    {
      seed: SEED,
      numRuns: 30,
    },
  ).forEach(([x, p]) => {
    if (Object.is(x, -0)) return
    s.call('round', x, BigInt(p))
    s.call('floor', x)
    s.call('ceil', x)
    s.call('addf', x, 0.1)
    s.call('mulf', x, 3n)
    s.call('divf', x, 7n)
  })
  s.call('round', 2.5, 0n)
  s.call('round', 123.5555, 3n)
  s.call('round', -1.5, 0n)
  s.call('round', 1.2345, 2n, 0.3)
  s.call('until', 5n)
  s.call('until', -3n)
  s.call('until', 0n)
  s.call('untilStep', 0n, 10n, 3n)
  s.call('untilStep', 10n, 0n, -4n)
  s.call('untilStep', 10n, 0n, 4n)
  s.call('seq', 5n)
  s.call('seq', -3n)
  s.call('seq', 0n)
  s.call('seq', 2n, 5n)
  s.call('seq', 5n, 2n)
  s.call('seq', 1n, 3n, 10n)
  s.call('seq', 10n, -3n, 1n)
  s.call('seq', 10n, 3n, 1n)
  s.call('seq')

  // ---- defaults and flow ----
  const vals: Arg[] = [0, 1.5, 0n, 3n, '', 'a', false, true, null, [], [0], {}, { a: 1 }, i64(0)]
  for (const v of vals) {
    s.call('default', 'D', v)
    s.call('empty', v)
    s.call('coalesce', v, 'Z')
    s.call('all', v, 'x')
    s.call('any', v, '')
    s.call('typeOf', v)
    s.call('kindOf', v)
    s.call('compact', [v as GoValue, 'k', null, ''])
    s.call('ternary', 'yes', 'no', (v as unknown) === true)
  }
  s.call('default', 'D')
  s.call('coalesce')
  s.call('all')
  s.call('any')
  s.call('typeIs', 'string', 'x')
  s.call('typeIs', 'float64', 1n)
  s.call('typeIsLike', 'semver.Version', sub(s, 'semver', '1.2.3'))
  s.call('kindIs', 'map', { a: 1 })
  s.call('kindIs', 'slice', sub(s, 'until', 2n))
  s.call('typeOf', sub(s, 'until', 2n))
  s.call('typeOf', sub(s, 'splitList', ',', 'a'))
  s.call('typeOf', sub(s, 'split', ',', 'a'))
  s.call('typeOf', sub(s, 'add', 1n))
  s.call('typeOf', sub(s, 'keys', { a: 1 }))
  s.call('typeOf', sub(s, 'chunk', 2n, [1, 2, 3]))
  s.call('typeOf', sub(s, 'toDate', '2006', '2020'))
  s.call('kindOf', sub(s, 'semver', '1.2.3'))
  s.call('kindOf', sub(s, 'add', 1n))
  s.call('deepEqual', [1, 'a'], [1, 'a'])
  s.call('deepEqual', 1n, 1)
  s.call('deepEqual', sub(s, 'add', 1n), 1n)
  s.call('deepEqual', sub(s, 'splitList', ',', 'a'), sub(s, 'list', 'a'))
  s.call('deepEqual', { a: [1] }, { a: [1] })

  // ---- lists ----
  const lst: Arg = [1, 'a', null, 2.5, 'a', [1], { k: 'v' }, 1, true, '']
  for (const fn of [
    'first',
    'last',
    'rest',
    'initial',
    'reverse',
    'uniq',
    'compact',
    'mustFirst',
    'mustLast',
    'mustRest',
    'mustInitial',
    'mustReverse',
    'mustUniq',
    'mustCompact',
  ]) {
    s.call(fn, lst)
    s.call(fn, [])
    s.call(fn, sub(s, 'splitList', ',', 'x,y,x'))
  }
  s.call('list', 1n, 'a', 1.5, null)
  s.call('tuple', 1n, 'a')
  s.call('append', lst, 'z')
  s.call('push', [], 1n)
  s.call('prepend', lst, 'z')
  s.call('mustAppend', sub(s, 'until', 2n), 'x')
  s.call('concat', [1, 2], ['a'], sub(s, 'splitList', ',', 'p,q'), [])
  s.call('concat')
  s.call('without', lst, 'a', 1, 1n)
  s.call('has', 1, lst)
  s.call('has', 1n, lst)
  s.call('has', 'a', lst)
  s.call('has', 'q', null)
  s.call('has', 2n, sub(s, 'until', 3n))
  s.call('slice', [1, 2, 3, 4, 5], 1n, 3n)
  s.call('slice', [1, 2, 3, 4, 5], 2n)
  s.call('slice', [1, 2, 3, 4, 5])
  s.call('slice', [], 0n)
  s.call('slice', sub(s, 'splitList', ',', 'a,b,c'), 1n)
  s.call('typeOf', sub(s, 'slice', sub(s, 'splitList', ',', 'a,b,c'), 1n))
  for (const n of [1n, 2n, 3n, 4n, 7n]) s.call('chunk', n, [1, 2, 3, 4, 5, 6, 7])
  s.call('chunk', 3n, [])
  s.call('chunk', -2n, [1, 2, 3])

  // ---- dicts ----
  s.call('dict', 'a', 1n, 'b', 'two', 3n, 'odd')
  s.call('dict', 'a')
  s.call('dict')
  s.call('get', { a: 1, b: null }, 'a')
  s.call('get', { a: 1 }, 'zz')
  s.call('get', { a: 1, b: null }, 'b')
  s.call('set', { a: 1 }, 'b', [1])
  s.call('unset', { a: 1, b: 2 }, 'a')
  s.call('hasKey', { a: null }, 'a')
  s.call('hasKey', { a: 1 }, 'b')
  s.call('pluck', 'a', { a: 1 }, { b: 2 }, { a: 'x' })
  s.call('sortAlpha', sub(s, 'keys', { b: 1, a: 2 }, { c: 3 }))
  s.call('keys', { only: 1 })
  s.call('keys')
  s.call('values', { only: [1, 2] })
  s.call('pick', { a: 1, b: 2, c: 3 }, 'a', 'c', 'z')
  s.call('omit', { a: 1, b: 2, c: 3 }, 'a', 'z')
  s.call('dig', 'a', 'b', 'def', { a: { b: 'found' } })
  s.call('dig', 'a', 'x', 'def', { a: { b: 'found' } })
  s.call('dig', 'a', 'b', 'c', 'def', { a: { b: { c: [1, 2] } } })
  s.call('deepCopy', { a: [1, { b: 2 }] })
  s.call('typeOf', sub(s, 'deepCopy', sub(s, 'split', ',', 'a,b')))
  s.call('typeOf', sub(s, 'deepCopy', sub(s, 'splitList', ',', 'a,b')))
  s.call('typeOf', sub(s, 'deepCopy', sub(s, 'until', 2n)))
  const dst = { a: { b: 1, c: '', l: [1] }, s: '', z: 0, f: false, n: null, keep: 'k', e: [] }
  const src = {
    a: { c: 'src', d: 2, l: [9] },
    s: 'x',
    z: 5,
    f: true,
    n: 'nn',
    keep: 'no',
    e: [3],
    x: null,
    y: { q: 1 },
  }
  for (const fn of ['merge', 'mergeOverwrite', 'mustMerge', 'mustMergeOverwrite']) {
    s.call(fn, dst, src)
    s.call(fn, {}, src, { y: { r: 2 } })
    s.call(fn, { a: 'str' }, { a: { m: 1 } })
    s.call(fn, { a: { m: 1 } }, { a: 'str' })
    s.call(fn, { l: [1, 2] }, { l: [] })
    s.call(fn, { a: 1 }, { a: '' })
  }
  s.expr('$d := dict "a" 1 | merge (dict "b" 2) }}{{ $d', () =>
    callChecked(F.merge, [{ b: 2n }, { a: 1n }]),
  )

  // ---- regex ----
  const patterns = [
    '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
    '(?i)^(true|yes|on)$',
    '\\d+',
    '[[:alpha:]]+',
    '[[:^digit:]]+',
    '\\s+',
    '\\S+',
    '\\w+@\\w+\\.com',
    '(?P<major>\\d+)\\.(?P<minor>\\d+)',
    'a*',
    'b*',
    'x*',
    '(a|ab)(c|bcd)(d*)',
    '\\pL+',
    '\\p{Greek}+',
    '\\PL',
    '[^a-z]',
    '(?s)a.b',
    'a.b',
    '(?m)^x$',
    '^x$',
    '\\Aa',
    'b\\z',
    '(?U)a+',
    'a{2,3}',
    'a{2,}?',
    '[\\d\\-]+',
    '\\Qa.b\\E+',
    '(?i:A)b',
    '\\bfoo\\b',
    '.',
    '^',
    '$',
    '',
    '[a-c-e]',
    '\\x41\\x{42}\\101',
    '[\\]\\[]',
    '(?i)straße',
    'é+',
    '日本',
    '😀|x',
    '(a)(b)?',
    '(?:ab)+',
    'a|',
    '{',
    'a{,2}',
    '[[:space:]]',
    '\\v',
  ]
  const inputs = [
    '',
    'abc',
    'ABab aab',
    'a.b a\nb',
    'x\nx\n',
    'foo bar foo_bar',
    '12.34.56',
    'Yes',
    'on',
    'ΑΒΓ abc',
    'a{,2}',
    'aaaa',
    'straSSe STRASSE',
    'a-b-c',
    '日本語 😀x',
    'AB\x0b',
    'user@host.com',
    'abcbcd',
  ]
  for (const p of patterns) {
    for (const x of inputs) {
      s.call('regexMatch', p, x)
      s.call('regexFindAll', p, x, -1n)
    }
    s.call('regexFind', p, 'abc aab 12.34 ΑΒ x\nx')
    s.call('regexFindAll', p, 'aaa bbb 12.34 x', 2n)
    s.call('regexReplaceAll', p, 'abc aab 12.34 ΑΒ', '<$0|$1|${1}x|$1x|$$|$major>')
    s.call('regexReplaceAllLiteral', p, 'abc aab 12.34', '<$1>')
    s.call('regexSplit', p, 'abc aab 12.34', -1n)
    s.call('regexSplit', p, 'abc aab 12.34', 2n)
    s.call('regexSplit', p, '', -1n)
    s.call('regexSplit', p, 'abc', 0n)
  }

  // ---- semver ----
  const constraints = [
    '>=1.21-0',
    '>=1.21',
    '>= 1.21.0-0',
    '<1.22',
    '^1.2.3',
    '^0.2.3',
    '^0.0.3',
    '^1.x',
    '~1.2.3',
    '~1',
    '~1.2',
    '1.2.x',
    '*',
    '',
    '=1.2.3',
    '!=1.2.3',
    '!=1.2.x',
    '>1.2',
    '>1.x',
    '<=1.2',
    '<=1.2.3',
    '1.2 - 1.4.5',
    '>=1.1 <2 || >=3.0.0-alpha',
    '>1.2.3-alpha.1',
    '>=1.19.0-0 <1.22.0-0',
    'v1.2.3',
    '=>1.0, =<2.0',
    '~>1.2',
    '>=1.0.0-rc.1',
  ]
  const versions = [
    '1.2.3',
    'v1.21.0',
    '1.21.0-0',
    'v1.25.3-eks-1234',
    'v1.22.0-gke.100',
    '1.2.4-alpha',
    '1.2.3-alpha.2',
    '1.3',
    '2',
    '0.2.5',
    '0.0.3',
    '3.0.0-beta',
    '1.4.5',
    '1.4.6',
    'v1.35.0',
    '1.2.3+build.7',
  ]
  for (const c of constraints) for (const v of versions) s.call('semverCompare', c, v)
  const moreConstraints = [
    '~1.2.3-beta',
    '>= 1.2.3, < 2',
    '1.2.3 - 2.3',
    '^0.0',
    'x',
    '1.x || >=2.5.0 || 5.0.0 - 7.2.3',
    'v1.x',
    '>=1.2.3-0',
    '^1.2.3-alpha',
    '<2.0.0-0',
    '!=1.2.3-alpha',
    '>1.2.x',
    '<=1.x',
    '~0',
    '~0.0.1',
    '^0.x',
    '=1.2',
    '>0.0.0-0',
  ]
  const moreVersions = [
    '1.2.3-beta.2',
    '1.2.4',
    '2.0.0-rc.1',
    '0.0.5',
    '1.2.3-alpha',
    '0.1.0',
    '1.99.99',
    '5.5.5',
    '7.2.4',
  ]
  for (const c of moreConstraints)
    for (const v of [...moreVersions, '1.2.3', 'v1.25.3-eks-1234']) s.call('semverCompare', c, v)
  for (const v of [...versions, 'v1.2', '1.2.3-rc.1+meta', '01.2.3']) {
    s.expr(`(semver ${JSON.stringify(v)}).Original`, () => v)
    s.call('semver', v)
  }
  s.expr('(semver "1.2.3-beta.1+b").Prerelease', () => 'beta.1')
  s.expr('(semver "1.2.3-beta.1+b").Metadata', () => 'b')
  s.expr('(semver "v1.2.3").Major', () => new GoInt(1n, 'uint64'))
  s.expr('(semver "1.2.3").Compare (semver "1.2.4")', () => -1n)
  s.expr('(semver "1.2.3-a").LessThan (semver "1.2.3")', () => true)
  s.expr('(semver "v1.2.3-a").IncPatch', () => '1.2.3')
  s.expr('(semver "v1.2.3").IncMinor', () => '1.3.0')

  // ---- dates (fixed instants) ----
  const layouts = [
    '2006-01-02T15:04:05Z07:00',
    'Mon Jan _2 15:04:05 MST 2006',
    'Monday, 02-Jan-06 15:04:05 MST',
    '3:04PM',
    '03:04:05.000 pm',
    '2006-01-02 15:04:05.999999999 -0700',
    'Jan 2, 2006 at 3:04pm (MST)',
    '20060102150405',
    '__2 002 _2',
    'January',
    '-07:00:00 Z0700 Z07',
  ]
  for (const l of layouts) {
    for (const t of [0n, 1700000000n, i64(951782400), i64(-86400)] as Arg[]) {
      s.call('date', l, t)
      s.call('dateInZone', l, t, 'UTC')
      s.call('dateInZone', l, t, 'America/New_York')
      s.call('dateInZone', l, t, 'Europe/Berlin')
      s.call('dateInZone', l, t, 'Asia/Kolkata')
      s.call('dateInZone', l, t, 'No/Such_Zone')
    }
  }
  const parseLayouts: [string, string][] = [
    ['2006-01-02T15:04:05Z07:00', '2021-06-01T12:00:00Z'],
    ['2006-01-02T15:04:05Z07:00', '2021-06-01T12:00:00-07:30'],
    ['2006-01-02T15:04:05.000Z', '2021-06-01T12:00:00.123Z'],
    ['2006-01-02 15:04:05.999999999', '2021-06-01 12:00:00.5'],
    ['January 2, 2006', 'March 4, 2021'],
    ['Jan _2 2006', 'Mar  4 2021'],
    ['02 Jan 06 15:04 MST', '04 Mar 21 10:00 UTC'],
    ['02 Jan 06 15:04 -0700', '04 Mar 21 10:00 +0530'],
    ['3:04PM', '11:05PM'],
    ['3:04pm', '12:30am'],
    ['2006-01-02', '2021-6-01'],
    ['2006-1-2', '2021-6-1'],
    ['Monday, 2006-01-02', 'Thursday, 2021-03-04'],
    ['2006-01-02 15:04', '2021-03-04 24:00'],
    ['2006-01-02', '0001-01-01'],
  ]
  for (const [layout, value] of parseLayouts) {
    s.call('toDate', layout, value)
    s.call('date', '2006-01-02T15:04:05.000000000Z07:00 MST', sub(s, 'toDate', layout, value))
  }
  s.call('htmlDate', 1700000000n)
  s.call('htmlDateInZone', 1700000000n, 'Asia/Tokyo')
  const toDates: [string, string][] = [
    ['2006-01-02', '2017-12-31'],
    ['2006-01-02 15:04:05', '2020-02-29 23:59:58'],
    ['2006-01-02T15:04:05Z07:00', '2021-06-01T12:00:00+02:00'],
    ['02/01/2006', '31/12/1999'],
    ['2006-01-02', 'not a date'],
    ['Jan 2 2006 3:04PM', 'Feb 3 2013 11:05PM'],
  ]
  for (const [layout, value] of toDates) {
    const t = sub(s, 'toDate', layout, value)
    s.call('toDate', layout, value)
    s.call('unixEpoch', t)
    s.call('date', '2006-01-02 15:04:05 MST', t)
    s.call('dateModify', '-1.5h', t)
    s.call('dateModify', 'bogus', t)
    s.call('dateModify', '24h30m', t)
  }
  for (const d of ['95', '0', '-3600', '100000000', 'x', '1.5'] as Arg[]) s.call('duration', d)
  for (const d of [95n, i64(95), i64(3661), 1.5, null] as Arg[]) s.call('duration', d)
  for (const d of [
    '2h10m5s',
    '30s',
    '1.5s',
    '-2h',
    '48h',
    '800h',
    '9000h',
    'bad',
    '1us',
    '0',
  ] as Arg[]) {
    s.call('durationRound', d)
  }
  for (const d of [i64(3_600_000_000_000n), 3600n, 1.5] as Arg[]) s.call('durationRound', d)

  // ---- paths, urls, encodings ----
  for (const p of [
    '',
    '/',
    'a/b/c.txt',
    '/a/../b/./c/',
    'a//b',
    '../../x',
    'dir/',
    '.hidden',
    'a.tar.gz',
    '/..',
    'x/./y/../z.',
  ]) {
    for (const fn of [
      'base',
      'dir',
      'clean',
      'ext',
      'isAbs',
      'osBase',
      'osDir',
      'osClean',
      'osExt',
      'osIsAbs',
    ]) {
      s.call(fn, p)
    }
  }
  for (const u of [
    'https://user:pass@example.com:8080/p/a%20th?q=1&r=%41#frag%20x',
    'http://example.com',
    'mailto:someone@example.com',
    '/relative/path?x',
    'proto://[::1]:80/x',
    'HTTPS://Example.COM/A',
    'file:///etc/hosts',
    '//host/p',
    'a:b',
    'user@host',
    '',
    'http://user@host/a/../b?x=1&y=%2F#',
    'http://host/path%2Fwith%2Fslashes',
    'https://example.com:/p',
    'http://[fe80::1%25en0]:8080/',
    'http://host?q',
    'http://:pw@host/',
    'git+ssh://git@github.com/org/repo.git',
    'HTTP://HOST/%7Euser',
    './rel:x',
  ]) {
    s.call('urlParse', u)
  }
  s.call('urlJoin', {
    scheme: 'https',
    host: 'example.com:8443',
    path: '/a b/c',
    query: 'x=1',
    fragment: 'f g',
    userinfo: 'u:p@ss',
  })
  s.call('urlJoin', { path: 'a:b/c' })
  s.call('urlJoin', { host: 'h', path: 'rel' })
  s.call('urlJoin', { scheme: 'mailto', opaque: 'a@b.c' })
  s.call('urlJoin', {})
  for (const x of ['aGVsbG8=', 'aGVsbG8', 'aGVs\nbG8=', 'a===', '!!!!', 'aGVsbG8==', 'aGk=x', '']) {
    s.call('b64dec', x)
  }
  for (const x of ['NBSWY3DP', 'NBSWY3D', 'NBSWY===', 'MZXW6===', '========', 'nbswy3dp', ''])
    s.call('b32dec', x)
  for (const x of ['', 'abc', 'Wikipedia', 'x'.repeat(6000)]) s.call('adler32sum', x)
  s.call('sha512sum', 'abc')

  // ---- JSON (Sprig's own) ----
  const jsonVals: Arg[] = [
    {
      b: [1, 2.5, 1e21, 1e-7, 0.000001, 123456789],
      a: '<&>',
      u: '\u2028é😀\b\f\u0001',
      n: null,
      t: true,
    },
    [],
    {},
    'str',
    1.5,
    null,
    sub(s, 'splitList', ',', ''),
    sub(s, 'rest', []),
    sub(s, 'dict', 'k', sub(s, 'until', 3n)),
  ]
  for (const v of jsonVals) {
    s.call('toPrettyJson', v)
    s.call('toRawJson', v)
    s.call('mustToPrettyJson', v)
    s.call('mustToRawJson', v)
  }
  for (const j of [
    '{"a":[1,2.5,"x"],"b":{"c":null}}',
    '[1,2]',
    '"s"',
    '12345678901234567890',
    'true',
  ]) {
    s.call('mustFromJson', j)
  }
  s.call('getHostByName', 'localhost')
  s.call('hello')
  s.call(
    'derivePassword',
    raw('1', new GoInt(1n, 'uint32')),
    'long',
    'password',
    'user',
    'example.com',
  )
  s.call('derivePassword', raw('3', new GoInt(3n, 'uint32')), 'pin', 'pw', 'u', 'site')
  s.call('derivePassword', raw('1', new GoInt(1n, 'uint32')), 'nope', 'pw', 'u', 'site')
  s.call('decryptAES', 'secretkey', 'uJlYDJqUmEzeCIpr6uo5kSF3DbfKVJHJ6pL4TMWfbmk=')
  s.call('encryptAES', 'k', '')
  s.call('bcrypt', 'x'.repeat(73))
  s.call('htpasswd', 'a:b', 'pw')
  s.call('randAlphaNum', 0n)
  s.call('randAlpha', -3n)
  return s
}

export interface ErrorCase {
  expr: string
  values?: Record<string, unknown>
  ours: () => GoValue
}

export function errorCases(): ErrorCase[] {
  const c =
    (fn: string, ...args: GoValue[]): (() => GoValue) =>
    () =>
      callChecked(F[fn], args)
  const out: ErrorCase[] = []
  const e = (expr: string, ours: () => GoValue, values?: Record<string, unknown>) =>
    out.push({ expr, ours, values })
  for (const p of [
    '(',
    'a)',
    '[a',
    '[z-a]',
    'a**',
    'a*?+',
    '*',
    '(?i)*',
    'x{1001}',
    'x{2,1}',
    '\\',
    '\\8',
    '\\1',
    '(?P<>a)',
    '(?P<a-b>x)',
    '(?<=a)',
    '(?=a)',
    '(?x)a',
    '(?i',
    '\\p{Foo}',
    '[[:foo:]]',
    '\\Z',
    '\\C',
    'a{1000}{2}',
    '\\x{110000}',
    '\\xZ',
  ]) {
    e(`mustRegexMatch ${JSON.stringify(p)} "x"`, c('mustRegexMatch', p, 'x'))
  }
  e('regexFind "(" "x"', c('regexFind', '(', 'x'))
  e('regexReplaceAll "a`b(" "x" "y"', c('regexReplaceAll', 'a`b(', 'x', 'y'))
  e('fail "boom: bad value"', c('fail', 'boom: bad value'))
  e('required "need x" ""', c('required', 'need x', ''))
  e('required "need y" nil', c('required', 'need y', null))
  for (const [con, v] of [
    ['>=1.2', 'not-a-version'],
    ['bogus!', '1.2.3'],
    ['>=1.2', ''],
    ['>=1.2', '1.2.3-01'],
    ['>=1.2', '1.2.3+a..b'],
    ['>= 1.x.y', '1.0.0'],
    ['||', '1.0.0'],
  ]) {
    e(`semverCompare ${JSON.stringify(con)} ${JSON.stringify(v)}`, c('semverCompare', con, v))
  }
  e('semver "x.y"', c('semver', 'x.y'))
  e('semver "99999999999999999999.0.0"', c('semver', '99999999999999999999.0.0'))
  e('substr 5 -1 "abc"', c('substr', 5n, -1n, 'abc'))
  e('substr 2 1 "abc"', c('substr', 2n, 1n, 'abc'))
  e('substr -1 -1 "abc"', c('substr', -1n, -1n, 'abc'))
  e('div 1 0', c('div', 1n, 0n))
  e('mod 1 0', c('mod', 1n, 0n))
  e('divf 1 0', c('divf', 1n, 0n))
  e('repeat -1 "x"', c('repeat', -1n, 'x'))
  e('indent -2 "x"', c('indent', -2n, 'x'))
  e('first "abc"', c('first', 'abc'))
  e('mustFirst "abc"', c('mustFirst', 'abc'))
  e('mustLast 5', c('mustLast', 5n))
  e('mustHas 1 "abc"', c('mustHas', 1n, 'abc'))
  e('mustAppend "abc" 1', c('mustAppend', 'abc', 1n))
  e('mustPrepend (dict) 1', c('mustPrepend', {}, 1n))
  e('mustUniq 1.5', c('mustUniq', 1.5))
  e('mustSlice "abc" 1', c('mustSlice', 'abc', 1n))
  e('slice (list 1 2 3) 2 1', c('slice', [1n, 2n, 3n], 2n, 1n))
  e('concat (list 1) "x"', c('concat', [1n], 'x'))
  e('dig "a" "b" "d" (dict "a" "str")', c('dig', 'a', 'b', 'd', { a: 'str' }))
  e('dig "a" "d" "notmap"', c('dig', 'a', 'd', 'notmap'))
  e('dig "a" "d"', c('dig', 'a', 'd'))
  e('dig 1 "d" (dict)', c('dig', 1n, 'd', {}))
  e('urlParse "http://[::1"', c('urlParse', 'http://[::1'))
  e('urlParse ":x"', c('urlParse', ':x'))
  e('urlParse "http://h:port/"', c('urlParse', 'http://h:port/'))
  e('urlParse "http://a b.com/"', c('urlParse', 'http://a b.com/'))
  e('urlParse "http://x/%zz"', c('urlParse', 'http://x/%zz'))
  e('urlJoin (dict "host" 1)', c('urlJoin', { host: 1n }))
  e('mustToDate "2006-01-02" "2017-13-01"', c('mustToDate', '2006-01-02', '2017-13-01'))
  e('mustToDate "2006-01-02" "2017-02-30"', c('mustToDate', '2006-01-02', '2017-02-30'))
  e('mustToDate "2006-01-02" "2017-01-02x"', c('mustToDate', '2006-01-02', '2017-01-02x'))
  e('mustToDate "2006-01-02" "x"', c('mustToDate', '2006-01-02', 'x'))
  e('mustDateModify "1x" (toDate "2006" "2020")', () =>
    callChecked(F.mustDateModify, ['1x', callChecked(F.toDate, ['2006', '2020'])]),
  )
  e('mustDateModify "" (toDate "2006" "2020")', () =>
    callChecked(F.mustDateModify, ['', callChecked(F.toDate, ['2006', '2020'])]),
  )
  e('mustDateModify "1" (toDate "2006" "2020")', () =>
    callChecked(F.mustDateModify, ['1', callChecked(F.toDate, ['2006', '2020'])]),
  )
  e('mustFromJson "{bad"', c('mustFromJson', '{bad'))
  e('mustFromJson ""', c('mustFromJson', ''))
  e('mustFromJson "[1,"', c('mustFromJson', '[1,'))
  e('buildCustomCert "!!" "eA=="', c('buildCustomCert', '!!', 'eA=='))
  e('buildCustomCert "eA==" "!!"', c('buildCustomCert', 'eA==', '!!'))
  e('buildCustomCert "eA==" "eA=="', c('buildCustomCert', 'eA==', 'eA=='))
  e('genCAWithKey "x" 3 "nope"', c('genCAWithKey', 'x', 3n, 'nope'))
  e('genSelfSignedCert "x" (list 1) nil 3', c('genSelfSignedCert', 'x', [1n], null, 3n))
  e('genSelfSignedCert "x" (list "1.2.3") nil 3', c('genSelfSignedCert', 'x', ['1.2.3'], null, 3n))
  e('genSelfSignedCert "x" nil (list 5) 3', c('genSelfSignedCert', 'x', null, [5n], 3n))
  e('mustToRawJson (list (float64 "NaN"))', () => callChecked(F.mustToRawJson, [[NaN]]))
  e('toRawJson (list (float64 "-Inf"))', () => callChecked(F.toRawJson, [[-Infinity]]))
  e('decryptAES "k" "!!"', c('decryptAES', 'k', '!!'))
  e('randBytes -1', c('randBytes', -1n))
  e('deepCopy nil', c('deepCopy', null))
  e('mustDeepCopy nil', c('mustDeepCopy', null))
  e('chunk 0 (list 1)', c('chunk', 0n, [1n]))
  e('chunk -1 (list 1)', c('chunk', -1n, [1n]))
  return out
}

export { i64 }
