/**
 * fast-check generators of small Go templates for differential tests against helm:
 * printf/print over every kind of value, comparisons (and their errors), whitespace
 * trimming, and if/with/range/else structures over a fixed values document.
 */
import fc from 'fast-check'
import type { GoCase } from '../helpers/go-template-oracle.js'

/** The values every generated case sees as .Values (numbers are float64 in Go). */
export const genValues = {
  n: 1,
  z: 0,
  f: 2.5,
  big: 1000000,
  huge: 1.5e300,
  tiny: 0.000012,
  neg: -3,
  s: 'str',
  sp: 'a b',
  u: 'héllo',
  e: '',
  t: true,
  fa: false,
  nul: null,
  l: [1, 'a', null, 2.5],
  el: [],
  m: { b: 1, a: 'x', c: null },
  em: {},
  nested: { x: { y: [1, 2], z: 'deep' } },
}

const valueRefs = [
  '$.Values.n',
  '$.Values.z',
  '$.Values.f',
  '$.Values.big',
  '$.Values.huge',
  '$.Values.tiny',
  '$.Values.neg',
  '$.Values.s',
  '$.Values.sp',
  '$.Values.u',
  '$.Values.e',
  '$.Values.t',
  '$.Values.fa',
  '$.Values.nul',
  '$.Values.missing',
  '$.Values.l',
  '$.Values.el',
  '$.Values.m',
  '$.Values.em',
  '$.Values.nested.x',
  '$.Values.nested.x.y',
  '$.Values.m.a',
  '$.Values.m.zz',
]

const intLit = fc.constantFrom('0', '1', '2', '-1', '42', '255', '1000000', '0x1F', "'a'", '-7')
const floatLit = fc.constantFrom(
  '1.0',
  '0.0',
  '2.5',
  '1e6',
  '1e-5',
  '-0.5',
  '3.14159',
  '1e21',
  '0.1',
)
const strLit = fc.constantFrom('"a"', '""', '"hello world"', '`raw`', '"é"', '"1"', '"a\\tb"')
const boolLit = fc.constantFrom('true', 'false')

/** An operand usable anywhere (no nil: it is a parse/exec special case of its own). */
export const operand: fc.Arbitrary<string> = fc.oneof(
  intLit,
  floatLit,
  strLit,
  boolLit,
  fc.constantFrom(...valueRefs),
  fc.constantFrom('(list 1 "a")', '(list)', '(dict "k" 1)', '(dict)'),
)

const flags = fc.subarray(['-', '+', '#', '0', ' '], { maxLength: 2 }).map((a) => a.join(''))
const width = fc.oneof(fc.constant(''), fc.constantFrom('1', '5', '8', '12'))
const prec = fc.oneof(fc.constant(''), fc.constantFrom('.0', '.1', '.2', '.3', '.10'))
const verb = fc.constantFrom(
  'v',
  'v',
  'd',
  's',
  'q',
  'x',
  'X',
  'o',
  'b',
  'e',
  'E',
  'f',
  'F',
  'g',
  'G',
  't',
  'c',
  'U',
  'T',
)

const directive = fc.tuple(flags, width, prec, verb).map(([fl, w, p, v]) => `%${fl}${w}${p}${v}`)

/** printf with a generated format and 0-3 arguments (missing and extra ones included). */
export const printfCall: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof(directive, fc.constantFrom('|', ' ', 'x', '%%')), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.array(operand, { maxLength: 3 }),
  )
  .map(([parts, args]) => `printf ${JSON.stringify(parts.join(''))} ${args.join(' ')}`.trimEnd())

export const printCall: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('print', 'println'), fc.array(operand, { minLength: 1, maxLength: 4 }))
  .map(([f, args]) => `${f} ${args.join(' ')}`)

const ints = fc.oneof(intLit, fc.constantFrom('(len "abc")', '(len $.Values.l)'))
const floats = fc.oneof(
  floatLit,
  fc.constantFrom('$.Values.n', '$.Values.f', '$.Values.neg', '$.Values.big'),
)
const strs = fc.oneof(
  strLit,
  fc.constantFrom('$.Values.s', '$.Values.e', '$.Values.u', '$.Values.m.a'),
)
const sameKind = fc.oneof(
  fc.tuple(ints, ints),
  fc.tuple(floats, floats),
  fc.tuple(strs, strs),
  fc.tuple(boolLit, fc.constantFrom('$.Values.t', '$.Values.fa', 'true')),
)

/** Comparisons: mostly of one kind, sometimes mixed (Go's errors, e.g. float64 vs int). */
export const comparison: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge'),
    fc.oneof(
      { weight: 5, arbitrary: sameKind },
      { weight: 1, arbitrary: fc.tuple(operand, operand) },
    ),
  )
  .map(([f, [a, b]]) => `${f} ${a} ${b}`)

const logic: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('and', 'or'), fc.array(operand, { minLength: 1, maxLength: 3 }))
  .map(([f, args]) => `${f} ${args.join(' ')}`)

const sized = fc.oneof(
  strs,
  fc.constantFrom(
    '$.Values.l',
    '$.Values.el',
    '$.Values.m',
    '$.Values.em',
    '(list 1 2)',
    '$.Values.missing',
  ),
)
const misc: fc.Arbitrary<string> = fc.oneof(
  sized.map((a) => `len ${a}`),
  operand.map((a) => `not ${a}`),
  fc
    .oneof(
      fc.tuple(
        fc.constantFrom('$.Values.l', '"abc"', '$.Values.u', '(list 1 2)'),
        fc.constantFrom('0', '1', '3', '-1'),
      ),
      fc.tuple(
        fc.constantFrom('$.Values.m', '$.Values.nested', '(dict "k" 1)'),
        fc.constantFrom('"a"', '"x"', '"k"', '"zz"', '1'),
      ),
    )
    .map(([a, b]) => `index ${a} ${b}`),
  operand.map((a) => `html ${a}`),
  operand.map((a) => `js ${a}`),
  operand.map((a) => `urlquery ${a}`),
)

/** An expression to put in an action. */
export const expression: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: printfCall },
  { weight: 1, arbitrary: printCall },
  { weight: 2, arbitrary: comparison },
  { weight: 1, arbitrary: logic },
  { weight: 1, arbitrary: misc },
  { weight: 2, arbitrary: operand },
  {
    weight: 1,
    arbitrary: fc
      .tuple(operand, fc.constantFrom('printf "%v"', 'print', 'len', 'not'))
      .map(([a, f]) => `${a} | ${f}`),
  },
)

const text = fc.constantFrom('a', ' ', '\n', '  \n  ', 'x y', '\t', '', 'end\n')

function action(expr: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), expr, fc.boolean())
    .map(([l, e, r]) => `{{${l ? '- ' : ' '}${e}${r ? ' -' : ' '}}}`)
}

const condition = fc.oneof(operand, comparison)

/** A template body: text, actions and nested control structures. */
export const body: fc.Arbitrary<string> = fc.letrec<{ body: string; piece: string }>((tie) => ({
  body: fc.array(tie('piece'), { minLength: 1, maxLength: 5 }).map((a) => a.join('')),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: text },
    { weight: 4, arbitrary: action(expression) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('if', 'with'),
          condition,
          tie('body'),
          fc.option(tie('body'), { nil: undefined }),
          fc.boolean(),
        )
        .map(
          ([kw, c, b, e, trim]) =>
            `{{${trim ? '- ' : ' '}${kw} ${c} }}${b}${e !== undefined ? `{{ else }}${e}` : ''}{{ end${trim ? ' -}}' : ' }}'}`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            '$.Values.l',
            '$.Values.el',
            '$.Values.m',
            '$.Values.em',
            '$.Values.missing',
            '3',
            '$.Values.nested.x.y',
            '(list "q" 2)',
          ),
          fc.constantFrom('', '$v := ', '$k, $v := '),
          fc.constantFrom('{{ . }}', '[{{ . }}]', '{{ $ | len }}', ',{{ printf "%v" . }}'),
          fc.option(text, { nil: undefined }),
        )
        .map(([src, decl, inner, els]) => {
          const useVars = decl === '' ? '' : decl.includes('$k') ? '{{ $k }}={{ $v }}' : '{{ $v }}'
          return `{{ range ${decl}${src} }}${inner}${useVars}{{ else }}${els ?? 'none'}{{ end }}`
        }),
    },
  ),
})).body

/** Deterministic sample of generated cases. */
export function generatedCases(count: number, seed: number): GoCase[] {
  return fc.sample(body, { numRuns: count, seed }).map((template) => ({
    template,
    values: genValues,
  }))
}

const floatVerbs = [
  '%v',
  '%e',
  '%E',
  '%.3e',
  '%f',
  '%.2f',
  '%.0f',
  '%g',
  '%.4g',
  '%.17g',
  '%G',
  '%x',
  '%.3x',
  '%8.3f',
  '%-10.1e|',
  '%+.5g',
  '%#g',
  '%#.3x',
  '%b',
]

/** Random float64 values from .Values printed with every float verb (and plain {{ }}). */
export function floatCases(count: number, seed: number): GoCase[] {
  const doubles = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
    fc.integer({ min: -30, max: 30 }).map((e) => 10 ** e),
    fc.constantFrom(0.5, 1.5, 2.5, 0.125, 1.005, 1e21, 1e20, 123456, 1234567, 5e-324),
  )
  return fc
    .sample(fc.array(doubles, { minLength: 1, maxLength: 6 }), { numRuns: count, seed })
    .map((fs) => ({
      template: fs
        .map(
          (_, i) =>
            `{{ .Values.f${i} }}|{{ printf "${floatVerbs.join(' ')}" ${Array(floatVerbs.length).fill(`.Values.f${i}`).join(' ')} }}`,
        )
        .join('\n'),
      values: Object.fromEntries(fs.map((f, i) => [`f${i}`, Object.is(f, -0) ? 0 : f])),
    }))
}
