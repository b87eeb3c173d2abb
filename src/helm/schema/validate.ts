import type { GoMap } from '../../template/value.js'
import type { Chart } from '../chart.js'

export interface SchemaFailure {
  message: string
  file?: string
  line?: number
}

export function validateAgainstSchema(_chart: Chart, _values: GoMap): SchemaFailure | undefined {
  return undefined
}
