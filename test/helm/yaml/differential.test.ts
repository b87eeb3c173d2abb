/**
 * Hand-picked tricky values through toYaml, toYamlPretty, toJson and toToml, and tricky
 * YAML/JSON/TOML documents through the decoders, compared byte for byte with helm v4.1.4
 * in one helm run per suite.
 */
import { beforeAll, expect, it } from 'vitest'
import { describeHelm } from '../../helpers/helm.js'
import { runHelmProbes, type Plain } from './helm-batch.js'
import { trickyComposites, trickyKeys, trickyNumbers, trickyStrings } from './cases.js'
import { decoderDocs } from './decoder-docs.js'
import {
  fromJson,
  fromJsonArray,
  fromToml,
  fromYaml,
  fromYamlArray,
  mustToJson,
  toJson,
  toToml,
  toYaml,
  toYamlPretty,
} from '../../../src/helm/yaml/index.js'
import { yamlMatches } from './compare.js'
import type { GoValue } from '../../../src/template/value.js'
import { capabilitiesObject, defaultKubeVersion, helmDefaults } from '../../../src/helm/objects.js'
import { semver } from '../../../src/helm/funcs/semver.js'
import { regexFindAll } from '../../../src/helm/funcs/regex.js'
import { concat } from '../../../src/helm/funcs/lists.js'
import { toPrettyJson, toRawJson } from '../../../src/helm/funcs/json.js'

const capabilities = capabilitiesObject(defaultKubeVersion, [...helmDefaults.apiVersions])

interface Probe {
  expr: string
  ours: () => string
  /** Compare as YAML of `input` (tolerating helm's random key order where it has one). */
  yaml?: { input: GoValue; v3: boolean }
}

function encoderProbes(values: Record<string, Plain>, cases: Plain[]): Probe[] {
  const probes: Probe[] = []
  cases.forEach((c, i) => {
    const name = `c${i}`
    values[name] = c
    const v = c as GoValue
    probes.push({
      expr: `toYaml .Values.${name}`,
      ours: () => toYaml(v),
      yaml: { input: v, v3: false },
    })
    probes.push({
      expr: `toYamlPretty .Values.${name}`,
      ours: () => toYamlPretty(v),
      yaml: { input: v, v3: true },
    })
    probes.push({ expr: `toJson .Values.${name}`, ours: () => toJson(v) })
    if (c !== null) probes.push({ expr: `toToml .Values.${name}`, ours: () => toToml(v) })
  })
  return probes
}

function decoderProbes(values: Record<string, Plain>): Probe[] {
  const probes: Probe[] = []
  const add = (prefix: string, docs: string[], fns: [string, (s: string) => GoValue][]): void =>
    docs.forEach((doc, i) => {
      values[`${prefix}${i}`] = doc
      for (const [fn, f] of fns) {
        probes.push({ expr: `${fn} .Values.${prefix}${i} | toJson`, ours: () => toJson(f(doc)) })
      }
    })
  add('y', decoderDocs.yaml, [
    ['fromYaml', fromYaml],
    ['fromYamlArray', fromYamlArray],
  ])
  add('j', decoderDocs.json, [
    ['fromJson', fromJson],
    ['fromJsonArray', fromJsonArray],
  ])
  add('t', decoderDocs.toml, [['fromToml', fromToml]])
  return probes
}

/** Values built inside the template: Go ints, int64s, []byte and nested lists/dicts. */
const templateProbes: Probe[] = [
  { expr: 'toYaml (list 1 2 3)', ours: () => toYaml([1n, 2n, 3n]) },
  { expr: 'toYaml (dict "a" 1000000 "b" (int64 5))', ours: () => toYaml({ a: 1000000n, b: 5n }) },
  {
    expr: 'toYamlPretty (dict "a" 1000000 "b" 1.5)',
    ours: () => toYamlPretty({ a: 1000000n, b: 1.5 }),
  },
  { expr: 'toJson (list 1 "two" 3.5 true nil)', ours: () => toJson([1n, 'two', 3.5, true, null]) },
  {
    expr: 'toToml (dict "a" 1 "b" (list 1 2) "c" (dict "d" "e"))',
    ours: () => toToml({ a: 1n, b: [1n, 2n], c: { d: 'e' } }),
  },
  { expr: 'toToml (list 1 2)', ours: () => toToml([1n, 2n]) },
  { expr: 'toToml (list (dict "a" 1))', ours: () => toToml([{ a: 1n }]) },
  { expr: 'toToml "str"', ours: () => toToml('str') },
  { expr: 'toToml (dict "a" (list 1 nil))', ours: () => toToml({ a: [1n, null] }) },
  { expr: 'toToml (dict "a" (list (dict "b" 1) 2))', ours: () => toToml({ a: [{ b: 1n }, 2n] }) },
  {
    expr: 'toToml (dict "t" (list (dict "n" 1 "s" (dict "x" 1)) (dict "n" 2)))',
    ours: () => toToml({ t: [{ n: 1n, s: { x: 1n } }, { n: 2n }] }),
  },
  {
    expr: 'toToml (dict "a" (dict "b" (dict "c" 1 "d k" 2) "e" 3))',
    ours: () => toToml({ a: { b: { c: 1n, 'd k': 2n }, e: 3n } }),
  },
  { expr: 'toYaml ("aGVsbG8=" | b64dec | list)', ours: () => toYaml(['hello']) },
  { expr: 'toYaml (list (list) (dict))', ours: () => toYaml([[], {}]) },
  {
    expr: 'toYamlPretty (list (list 1 (list 2)) (dict "a" (list)))',
    ours: () => toYamlPretty([[1n, [2n]], { a: [] }]),
  },
  { expr: 'toYaml (list (float64 "NaN"))', ours: () => toYaml([NaN]) },
  // Helm's own structs, as the chart renderer builds them.
  { expr: 'toYaml .Capabilities', ours: () => toYaml(capabilities) },
  { expr: 'toJson .Capabilities', ours: () => toJson(capabilities) },
  { expr: 'toYamlPretty .Capabilities', ours: () => toYamlPretty(capabilities) },
  { expr: 'toToml .Capabilities', ours: () => toToml(capabilities) },
  {
    expr: 'toYamlPretty (list (float64 "NaN") (float64 "-Inf") (float64 "+Inf"))',
    ours: () => toYamlPretty([NaN, -Infinity, Infinity]),
  },
  { expr: 'toJson (dict "a" (float64 "Inf"))', ours: () => toJson({ a: Infinity }) },
  {
    expr: 'toToml (dict "a" (float64 "NaN") "b" (float64 "-Inf"))',
    ours: () => toToml({ a: NaN, b: -Infinity }),
  },
  // Values with JSON methods (Sprig's *semver.Version has MarshalJSON and MarshalText) and
  // nil slices (regexFindAll and concat without results), through every JSON function.
  { expr: 'toJson (semver "1.2.3")', ours: () => toJson(semver('1.2.3')) },
  {
    expr: 'toJson (list (semver "v1.2.3-rc.1+build.5") (semver "2"))',
    ours: () => toJson([semver('v1.2.3-rc.1+build.5'), semver('2')]),
  },
  { expr: 'mustToJson (dict "v" (semver "1.0"))', ours: () => mustToJson({ v: semver('1.0') }) },
  { expr: 'toYaml (semver "1.2.3")', ours: () => toYaml(semver('1.2.3')) },
  {
    expr: 'toYaml (dict "v" (semver "1.2.3") "n" (regexFindAll "x" "abc" -1))',
    ours: () => toYaml({ v: semver('1.2.3'), n: regexFindAll('x', 'abc', -1n) }),
  },
  // go-yaml v3 and the TOML encoder write a TextMarshaler as the string of its text.
  { expr: 'toYamlPretty (semver "v1.2")', ours: () => toYamlPretty(semver('v1.2')) },
  {
    expr: 'toYamlPretty (dict "v" (semver "1.2.3") "l" (list (semver "2")))',
    ours: () => toYamlPretty({ v: semver('1.2.3'), l: [semver('2')] }),
  },
  { expr: 'toToml (semver "1.2.3")', ours: () => toToml(semver('1.2.3')) },
  {
    expr: 'toToml (dict "a" (list (semver "1.2.3-rc.1+b") (semver "2")) "b" (dict "c" (semver "3")))',
    ours: () => toToml({ a: [semver('1.2.3-rc.1+b'), semver('2')], b: { c: semver('3') } }),
  },
  { expr: 'toJson (regexFindAll "x" "abc" -1)', ours: () => toJson(regexFindAll('x', 'abc', -1n)) },
  {
    expr: 'toJson (dict "a" (regexFindAll "x" "abc" -1) "b" (concat (list) (list)) "c" (list))',
    ours: () => toJson({ a: regexFindAll('x', 'abc', -1n), b: concat([], []), c: [] }),
  },
  { expr: 'toPrettyJson .Capabilities', ours: () => toPrettyJson(capabilities) },
  { expr: 'toRawJson .Capabilities', ours: () => toRawJson(capabilities) },
  {
    expr: 'toPrettyJson (dict "v" (semver "1.2.3") "n" (regexFindAll "x" "abc" -1) "e" (list) "d" (dict) "l" (list 1 (dict "a" "<&>")))',
    ours: () =>
      toPrettyJson({
        v: semver('1.2.3'),
        n: regexFindAll('x', 'abc', -1n),
        e: [],
        d: {},
        l: [1n, { a: '<&>' }],
      }),
  },
  {
    expr: 'toRawJson (dict "v" (semver "1.2.3") "h" "<&>" "n" (regexFindAll "x" "abc" -1))',
    ours: () => toRawJson({ v: semver('1.2.3'), h: '<&>', n: regexFindAll('x', 'abc', -1n) }),
  },
  {
    expr: 'toYaml (now | date "2006" | list)',
    ours: () => toYaml([String(new Date().getUTCFullYear())]),
  },
]

describeHelm('helm/yaml differential (hand-picked cases)', (helm) => {
  const values: Record<string, Plain> = {}
  const cases: Plain[] = [
    ...trickyStrings,
    ...trickyNumbers,
    ...trickyComposites,
    ...trickyKeys.map((k) => ({ [k]: k }) as Plain),
    ...trickyStrings.map((s) => ({ [s]: s }) as Plain),
  ]
  const probes = [...encoderProbes(values, cases), ...decoderProbes(values), ...templateProbes]
  let outputs: string[] = []

  beforeAll(() => {
    outputs = runHelmProbes(
      helm,
      values,
      probes.map((p) => p.expr),
    )
  })

  it(`matches helm on ${probes.length} expressions`, () => {
    const mismatches: string[] = []
    probes.forEach((p, i) => {
      const ours = p.ours()
      const ok = p.yaml
        ? yamlMatches(ours, outputs[i], p.yaml.input, p.yaml.v3)
        : ours === outputs[i]
      if (!ok)
        mismatches.push(
          `${p.expr}\n  helm: ${JSON.stringify(outputs[i])}\n  ours: ${JSON.stringify(ours)}`,
        )
    })
    console.log(
      `[helm/yaml] hand-picked: ${probes.length - mismatches.length}/${probes.length} identical`,
    )
    expect(mismatches.slice(0, 20).join('\n')).toBe('')
  })
})
