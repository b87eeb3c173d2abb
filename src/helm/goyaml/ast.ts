/**
 * The YAML node tree the chart code works on: scalars keep their text and whether they
 * were plain (only plain scalars resolve to null/bool/int/float), collections keep their
 * children, and every node its offsets in the source.
 */

export interface YScalar {
  t: 'scalar'
  start: number
  end: number
  value: string
  plain: boolean
  tag?: string
  anchor?: string
}

export interface YMap {
  t: 'map'
  start: number
  end: number
  keys: YNode[]
  values: (YNode | null)[]
  tag?: string
  anchor?: string
}

export interface YSeq {
  t: 'seq'
  start: number
  end: number
  items: YNode[]
  tag?: string
  anchor?: string
}

export interface YAlias {
  t: 'alias'
  start: number
  end: number
  name: string
  target: YNode | undefined
}

export type YNode = YScalar | YMap | YSeq | YAlias

/** A syntax error worded like go-yaml's (`yaml: line N: message`). */
export class YamlSyntaxError extends Error {
  constructor(
    /** The go-yaml message without the `yaml: ` prefix, e.g. `line 3: did not find expected key`. */
    readonly goMessage: string,
    /** Offset of the problem in the source. */
    readonly offset: number,
  ) {
    super(`yaml: ${goMessage}`)
  }
}
