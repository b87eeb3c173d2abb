/**
 * chartutil.ValidateAgainstSchema: the chart's values.schema.json checked against its
 * coalesced values, then each subchart's schema against its section, with helm's layout
 * of the combined error (`<chart>:\n- at '/x': ...`).
 */
import { isGoMap, type GoMap } from '../../template/value.js'
import type { Chart } from '../chart.js'
import { goTypeName } from '../gomap.js'
import { validateSchemaText } from './jsonschema.js'
import { pushAll } from '../../core/arrays.js'

export interface SchemaFailure {
  /** The text after `values don't meet the specifications ...:\n`. */
  message: string
  /** The schema file of the first failing chart, relative to the scanned root. */
  file?: string
  line?: number
  /** Instance paths (relative to that chart's values) of the failures. */
  failures: string[][]
  /** The chart whose schema failed first. */
  chart?: Chart
  /** That chart's values (what the failure paths index). */
  values?: GoMap
  warnings: string[]
}

/** A `$ref` of a chart's schema that is never fetched, and the schema file (relative to the root). */
export type OnUnresolvedRef = (ref: string, chart: Chart, file: string) => void

export function validateAgainstSchema(
  chart: Chart,
  values: GoMap,
  onUnresolved?: OnUnresolvedRef,
): SchemaFailure | undefined {
  const out: SchemaFailure = { message: '', failures: [], warnings: [] }
  const schemaFile = (c: Chart) =>
    c.origin.archive ??
    (c.origin.path === '' ? 'values.schema.json' : `${c.origin.path}/values.schema.json`)
  const walk = (c: Chart, vals: GoMap): string => {
    let sb = ''
    if (c.schema) {
      const r = validateSchemaText(Buffer.from(c.schema).toString('utf8'), vals)
      pushAll(out.warnings, r.warnings)
      for (const ref of r.unresolvedRefs ?? []) onUnresolved?.(ref, c, schemaFile(c))
      if (r.error !== undefined) {
        sb += `${c.name}:\n${r.error}`
        if (!out.chart) {
          out.chart = c
          out.values = vals
          out.failures = r.failures
          out.file = schemaFile(c)
        }
      }
    }
    for (const sub of c.dependencies) {
      const raw = Object.hasOwn(vals, sub.name) ? vals[sub.name] : undefined
      if (raw === undefined || raw === null) continue
      if (!isGoMap(raw)) {
        sb += `${sub.name}:\ninvalid type for values: expected object (map), got ${goTypeName(raw)}\n`
        continue
      }
      sb += walk(sub, raw)
    }
    return sb
  }
  const text = walk(chart, values)
  if (text === '') return undefined
  out.message = text
  return out
}
