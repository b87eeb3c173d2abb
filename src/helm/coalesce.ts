/**
 * Value coalescing exactly as Helm does it (pkg/chart/common/util/coalesce.go): user values
 * over chart defaults, maps merged and everything else replaced, `null` deleting a key when
 * coalescing (kept when merging), subchart sections coalesced with the subchart's defaults,
 * `global` copied down into every subchart, and the same warnings. Origins of values move
 * with them, so the winning file/line of every key stays known.
 */
import { isGoMap, type GoMap, type GoValue } from '../template/value.js'
import type { Chart } from './chart.js'
import { copySite } from './origins.js'
import { deepCopyMap, hasKey, setKey } from './gomap.js'
import { sprintT, sprintV } from './gofmt.js'

export type Printf = (message: string) => void

const globalKey = 'global'

export class CoalesceError extends Error {}

function concatPrefix(a: string, b: string): string {
  return a === '' ? b : `${a}.${b}`
}

function isTable(v: GoValue | undefined): v is GoMap {
  return v !== undefined && v !== null && isGoMap(v)
}

/** chartutil.CoalesceValues: a deep copy of `vals` coalesced with the chart's defaults. */
export function coalesceValues(chart: Chart, vals: GoMap | null, printf: Printf): GoMap {
  return coalesce(printf, chart, vals ? deepCopyMap(vals) : {}, '', false)
}

/** chartutil.MergeValues: like CoalesceValues but nulls are kept. */
export function mergeValues(chart: Chart, vals: GoMap | null, printf: Printf): GoMap {
  return coalesce(printf, chart, vals ? deepCopyMap(vals) : {}, '', true)
}

function coalesce(printf: Printf, ch: Chart, dest: GoMap, prefix: string, merge: boolean): GoMap {
  coalesceChartValues(printf, ch, dest, prefix, merge)
  return coalesceDeps(printf, ch, dest, prefix, merge)
}

function coalesceDeps(
  printf: Printf,
  ch: Chart,
  dest: GoMap,
  prefix: string,
  merge: boolean,
): GoMap {
  for (const sub of ch.dependencies) {
    const name = sub.name
    if (!hasKey(dest, name)) {
      setKey(dest, name, {})
    } else if (!isTable(dest[name])) {
      throw new CoalesceError(`type mismatch on ${name}: ${sprintT(dest[name])}`)
    }
    const dvmap = dest[name] as GoMap
    const subPrefix = concatPrefix(prefix, ch.name)
    coalesceGlobals(printf, dvmap, dest, subPrefix)
    setKey(dest, name, coalesce(printf, sub, dvmap, subPrefix, merge))
  }
  return dest
}

function coalesceGlobals(printf: Printf, dest: GoMap, src: GoMap, prefix: string): void {
  let dg: GoMap
  let sg: GoMap
  if (!hasKey(dest, globalKey)) {
    dg = {}
  } else if (isTable(dest[globalKey])) {
    dg = dest[globalKey] as GoMap
  } else {
    printf(`warning: skipping globals because destination ${globalKey} is not a table.`)
    return
  }
  if (!hasKey(src, globalKey)) {
    sg = {}
  } else if (isTable(src[globalKey])) {
    sg = src[globalKey] as GoMap
  } else {
    printf(`warning: skipping globals because source ${globalKey} is not a table.`)
    return
  }
  for (const key of Object.keys(sg)) {
    const val = sg[key]
    if (isTable(val)) {
      const vv = copyMap(val)
      if (!hasKey(dg, key)) {
        setKey(dg, key, vv)
        copySite(sg, key, dg, key)
      } else {
        const destv = dg[key]
        if (!isTable(destv)) {
          printf(`Conflict: cannot merge map onto non-map for ${JSON.stringify(key)}. Skipping.`)
        } else {
          coalesceTablesFullKey(printf, vv, destv, concatPrefix(prefix, key), true)
          setKey(dg, key, vv)
          copySite(sg, key, dg, key)
        }
      }
    } else if (hasKey(dg, key) && isTable(dg[key])) {
      printf(`key ${key} is table. Skipping`)
    } else {
      setKey(dg, key, val)
      copySite(sg, key, dg, key)
    }
  }
  setKey(dest, globalKey, dg)
}

function copyMap(src: GoMap): GoMap {
  const m: GoMap = {}
  for (const k of Object.keys(src)) {
    setKey(m, k, src[k])
    copySite(src, k, m, k)
  }
  return m
}

function coalesceChartValues(
  printf: Printf,
  ch: Chart,
  v: GoMap,
  prefix: string,
  merge: boolean,
): void {
  const subPrefix = concatPrefix(prefix, ch.name)
  const vc = deepCopyMap(ch.values)
  for (const key of Object.keys(vc)) {
    const val = vc[key]
    if (hasKey(v, key)) {
      const value = v[key]
      if (value === null && !merge) {
        delete v[key]
      } else if (isTable(value)) {
        if (!isTable(val)) {
          if (val !== null) printf(`warning: skipped value for ${subPrefix}.${key}: Not a table.`)
        } else {
          const childMerge = ch.dependencies.some((d) => d.name === key) ? true : merge
          coalesceTablesFullKey(printf, value, val, concatPrefix(subPrefix, key), childMerge)
        }
      }
    } else {
      setKey(v, key, val)
      copySite(vc, key, v, key)
    }
  }
}

/** chartutil.CoalesceTables: src merged under dst (dst wins); nulls in dst delete. */
export function coalesceTables(dst: GoMap | null, src: GoMap | null, printf: Printf): GoMap | null {
  return coalesceTablesFullKey(printf, dst, src, '', false)
}

/** chartutil.MergeTables: like CoalesceTables but nulls are kept. */
export function mergeTables(dst: GoMap | null, src: GoMap | null, printf: Printf): GoMap | null {
  return coalesceTablesFullKey(printf, dst, src, '', true)
}

function coalesceTablesFullKey(
  printf: Printf,
  dst: GoMap | null,
  src: GoMap | null,
  prefix: string,
  merge: boolean,
): GoMap | null {
  if (src === null) return dst
  if (dst === null) return src
  const srcOriginalNonNil = new Set<string>()
  for (const key of Object.keys(src)) if (src[key] !== null) srcOriginalNonNil.add(key)
  for (const key of Object.keys(dst)) {
    if (dst[key] === null) setKey(src, key, null)
  }
  for (const key of Object.keys(src)) {
    const val = src[key]
    const fullkey = concatPrefix(prefix, key)
    const ok = hasKey(dst, key)
    const dv = ok ? dst[key] : undefined
    if (ok && !merge && dv === null && srcOriginalNonNil.has(key)) {
      delete dst[key]
    } else if (!ok) {
      setKey(dst, key, val)
      copySite(src, key, dst, key)
    } else if (isTable(val)) {
      if (isTable(dv)) {
        coalesceTablesFullKey(printf, dv, val, fullkey, merge)
      } else {
        printf(`warning: cannot overwrite table with non table for ${fullkey} (${sprintV(val)})`)
      }
    } else if (isTable(dv) && val !== null) {
      printf(
        `warning: destination for ${fullkey} is a table. Ignoring non-table value (${sprintV(val)})`,
      )
    }
  }
  return dst
}
