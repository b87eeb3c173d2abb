/**
 * values.schema.json validation worded as helm v4 (santhosh-tekuri/jsonschema v6) words
 * it, checked on its own and against helm for several drafts and keywords.
 */
import { describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { validateSchemaText } from '../../src/helm/schema/jsonschema.js'
import { describeHelm } from '../helpers/helm.js'
import { chartYaml, ours, theirs, writeTree } from './fixtures.js'

describe('values schema', () => {
  it('reports a type mismatch at its instance path', () => {
    const r = validateSchemaText(
      JSON.stringify({ type: 'object', properties: { policy: { type: 'string' } } }),
      { policy: null },
    )
    expect(r.error).toBe("- at '/policy': got null, want string\n")
    expect(r.failures).toEqual([['policy']])
  })

  it('nests causes for anyOf and folds single $ref levels', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { port: { type: 'integer', minimum: 1 } },
      properties: {
        port: { $ref: '#/definitions/port' },
        mode: { anyOf: [{ const: 'a' }, { enum: ['b', 'c'] }] },
        extra: { additionalProperties: false, properties: { ok: {} } },
      },
      required: ['name'],
    }
    const r = validateSchemaText(JSON.stringify(schema), {
      port: 0,
      mode: 'z',
      extra: { ok: 1, bad: 2, worse: 3 },
    })
    expect(r.error).toBe(
      [
        "- at '': missing property 'name'",
        "- at '/extra': additional properties 'bad', 'worse' not allowed",
        "- at '/mode': 'anyOf' failed",
        "  - at '/mode': value must be 'a'",
        "  - at '/mode': value must be one of 'b', 'c'",
        "- at '/port': minimum: got 0, want 1",
        '',
      ].join('\n'),
    )
  })

  it('treats integers from --set as numbers and floats with no fraction as integers', () => {
    const schema = JSON.stringify({ properties: { n: { type: 'integer' } } })
    expect(validateSchemaText(schema, { n: 3 }).error).toBeUndefined()
    expect(validateSchemaText(schema, { n: 3.5 }).error).toBe(
      "- at '/n': got number, want integer\n",
    )
  })
})

const schemaCases: { name: string; schema: object; values: string }[] = [
  {
    name: 'draft-07 with refs, enums and patterns',
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      definitions: {
        img: {
          type: 'object',
          required: ['repository'],
          properties: { tag: { type: 'string', pattern: '^v' } },
        },
      },
      properties: {
        image: { $ref: '#/definitions/img' },
        level: { enum: ['debug', 'info'] },
        replicas: { type: 'integer', maximum: 5 },
      },
    },
    values: 'image:\n  tag: "1.0"\nlevel: trace\nreplicas: 9\n',
  },
  {
    name: '2020-12 default draft: oneOf, items and minItems',
    schema: {
      properties: {
        list: { type: 'array', minItems: 3, items: { type: 'string' } },
        choice: { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] },
      },
    },
    values: 'list: [a, 1]\nchoice: ab\n',
  },
  {
    name: 'draft-04 exclusiveMinimum and formats',
    schema: {
      $schema: 'http://json-schema.org/draft-04/schema#',
      properties: {
        n: { type: 'number', minimum: 2, exclusiveMinimum: true },
        ip: { type: 'string', format: 'ipv4' },
      },
    },
    values: 'n: 2\nip: 300.1.1.1\n',
  },
  {
    name: 'valid values pass',
    schema: { type: 'object', properties: { a: { type: 'boolean' } } },
    values: 'a: true\n',
  },
]

describeHelm('values schema against helm', (helm) => {
  for (const c of schemaCases) {
    it(c.name, async () => {
      const dir = writeTree({
        'c/Chart.yaml': chartYaml('c'),
        'c/values.yaml': c.values,
        'c/values.schema.json': JSON.stringify(c.schema, null, 2),
        'c/templates/x.yaml': 'a: 1\n',
      })
      try {
        const want = theirs(helm, ['c'], dir)
        const got = await ours(['c'], dir)
        // Helm lists failing properties in Go's random map order: compare the top-level entries as a set.
        const blocks = (s: string): string[] =>
          s
            .trimEnd()
            .split(/\n(?=- )/)
            .sort()
        expect(blocks(got.stderr)).toEqual(blocks(want.stderr))
        expect(got.stderr.length).toBe(want.stderr.length)
        expect(got.stdout).toBe(want.stdout)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})
