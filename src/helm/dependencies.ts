/**
 * Dependency processing before rendering (chartutil.ProcessDependencies): aliases applied
 * to copies of the vendored subcharts whose version satisfies the requested range,
 * `tags` and `condition` deciding which subcharts stay (with Helm's exact precedence and
 * its non-bool warnings), recursion with the parent's coalesced values, then
 * `import-values` (both the `exports.x` string form and the child/parent map form).
 */
import { isGoMap, type GoMap, type GoValue } from '../template/value.js'
import type { Chart, Dependency } from './chart.js'
import {
  coalesceTables,
  coalesceValues,
  mergeTables,
  mergeValues,
  type Printf,
} from './coalesce.js'
import { deepCopyMap, getKey, hasKey, setKey } from './gomap.js'
import { isCompatibleRange } from './semver.js'
import { sprintV } from './gofmt.js'
import type { Logger } from './log.js'

class NoValueError extends Error {}

/** common.Values.Table: the table at a dotted path, or the ErrNoTable message. */
export function valuesTable(v: GoMap, name: string): { table: GoMap } | { error: string } {
  let table = v
  for (const n of name.split('.')) {
    const next = hasKey(table, n) ? table[n] : null
    if (next === null || !isGoMap(next)) return { error: `${JSON.stringify(n)} is not a table` }
    table = next
  }
  return { table }
}

function tryTable(v: GoMap, name: string): GoMap | undefined {
  const r = valuesTable(v, name)
  return 'table' in r ? r.table : undefined
}

/** common.Values.PathValue: the non-table value at a dotted path. */
function pathValue(v: GoMap, path: string): GoValue {
  if (path === '') throw new Error('YAML path cannot be empty')
  const parts = path.split('.')
  const key = parts[parts.length - 1]
  let table: GoMap | undefined = v
  if (parts.length > 1) table = tryTable(v, parts.slice(0, -1).join('.'))
  if (table && hasKey(table, key)) {
    const val = table[key]
    if (val === null || !isGoMap(val)) return val
  }
  throw new NoValueError(`no value for ${key}`)
}

function processDependencyConditions(
  reqs: Dependency[],
  cvals: GoMap,
  cpath: string,
  logger: Logger,
): void {
  for (const r of reqs) {
    for (const c of r.condition.trim().split(',')) {
      if (c.length === 0) continue
      let vv: GoValue
      try {
        vv = pathValue(cvals, cpath + c)
      } catch (e) {
        if (!(e instanceof NoValueError)) {
          logger.log('WARN', 'the method PathValue returned error', [
            ['error', (e as Error).message],
          ])
        }
        continue
      }
      if (typeof vv === 'boolean') {
        r.enabled = vv
        break
      }
      logger.log('WARN', 'returned non-bool value', [
        ['path', c],
        ['chart', r.name],
      ])
    }
  }
}

function processDependencyTags(reqs: Dependency[], cvals: GoMap, logger: Logger): void {
  const vt = tryTable(cvals, 'tags')
  if (!vt) return
  for (const r of reqs) {
    let hasTrue = false
    let hasFalse = false
    for (const k of r.tags) {
      if (!hasKey(vt, k)) continue
      const b = vt[k]
      if (typeof b === 'boolean') {
        if (b) hasTrue = true
        else hasFalse = true
      } else {
        logger.log('WARN', 'returned non-bool value', [
          ['tag', k],
          ['chart', r.name],
        ])
      }
    }
    if (!hasTrue && hasFalse) r.enabled = false
    else if (hasTrue || (!hasTrue && !hasFalse)) r.enabled = true
  }
}

function getAliasDependency(charts: Chart[], dep: Dependency): Chart | undefined {
  for (const c of charts) {
    if (c.name !== dep.name) continue
    if (!isCompatibleRange(dep.version, c.metadata.version)) continue
    const out = c.cloneForAlias()
    if (dep.alias !== '') out.metadata.name = dep.alias
    return out
  }
  return undefined
}

function processDependencyEnabled(
  c: Chart,
  v: GoMap,
  path: string,
  printf: Printf,
  logger: Logger,
): void {
  const reqs = c.metadata.dependencies
  if (reqs === null) return
  const chartDependencies: Chart[] = []
  for (const existing of c.dependencies) {
    const declared = reqs.some(
      (req) =>
        existing.name === req.name && isCompatibleRange(req.version, existing.metadata.version),
    )
    if (!declared) chartDependencies.push(existing)
  }
  for (const req of reqs) {
    const dep = getAliasDependency(c.dependencies, req)
    if (dep) chartDependencies.push(dep)
    if (req.alias !== '') req.name = req.alias
  }
  c.setDependencies(chartDependencies)
  for (const lr of reqs) lr.enabled = true
  const cvals = coalesceValues(c, v, printf)
  processDependencyTags(reqs, cvals, logger)
  processDependencyConditions(reqs, cvals, path, logger)
  const rm = new Set<string>()
  for (const r of reqs) if (!r.enabled) rm.add(r.name)
  const cd = c.dependencies.filter((n) => !rm.has(n.metadata.name))
  const cdMetadata = reqs.filter((n) => !rm.has(n.name))
  for (const t of cd) {
    processDependencyEnabled(t, cvals, `${path}${t.metadata.name}.`, printf, logger)
  }
  c.metadata.dependencies = [...cdMetadata]
  c.setDependencies(cd)
}

function pathToMap(path: string, data: GoMap): GoMap {
  if (path === '.') return data
  const parts = path.split('.')
  let cur: GoMap = data
  for (let i = parts.length - 1; i >= 0; i--) {
    const next: GoMap = {}
    setKey(next, parts[i], cur)
    cur = next
  }
  return cur
}

function trimNilValues(vals: GoMap): GoMap {
  const out = deepCopyMap(vals)
  const trim = (m: GoMap): void => {
    for (const k of Object.keys(m)) {
      const v = m[k]
      if (v === null) delete m[k]
      else if (isGoMap(v)) trim(v)
    }
  }
  trim(out)
  return out
}

function processImportValues(c: Chart, merge: boolean, printf: Printf, logger: Logger): void {
  const reqs = c.metadata.dependencies
  if (reqs === null) return
  let cvals = merge ? mergeValues(c, null, printf) : coalesceValues(c, null, printf)
  let b: GoMap = {}
  const combine = (src: GoMap): void => {
    b = (merge ? mergeTables(b, src, printf) : coalesceTables(b, src, printf)) ?? {}
  }
  for (const r of reqs) {
    const outiv: GoValue[] = []
    for (const riv of r.importValues) {
      if (riv !== null && isGoMap(riv)) {
        const child = sprintV(getKey(riv, 'child') ?? null)
        const parent = sprintV(getKey(riv, 'parent') ?? null)
        outiv.push({ child, parent })
        const vv = valuesTable(cvals, `${r.name}.${child}`)
        if ('error' in vv) {
          logger.log('WARN', 'ImportValues missing table from chart', [
            ['chart', r.name],
            ['error', vv.error],
          ])
          continue
        }
        combine(pathToMap(parent, vv.table))
      } else if (typeof riv === 'string') {
        const child = `exports.${riv}`
        outiv.push({ child, parent: '.' })
        const vm = valuesTable(cvals, `${r.name}.${child}`)
        if ('error' in vm) {
          logger.log('WARN', 'ImportValues missing table', [['error', vm.error]])
          continue
        }
        combine(vm.table)
      }
    }
    r.importValues = outiv
  }
  if (merge) {
    cvals = deepCopyMap(cvals)
    c.values = mergeTables(cvals, b, printf) ?? {}
  } else {
    cvals = trimNilValues(cvals)
    c.values = coalesceTables(cvals, b, printf) ?? {}
  }
}

function processDependencyImportValues(
  c: Chart,
  merge: boolean,
  printf: Printf,
  logger: Logger,
): void {
  for (const d of c.dependencies) processDependencyImportValues(d, merge, printf, logger)
  processImportValues(c, merge, printf, logger)
}

/** chartutil.ProcessDependencies: mutates `chart` (its dependencies and values). */
export function processDependencies(chart: Chart, vals: GoMap, logger: Logger): void {
  const printf: Printf = (m) => logger.log('INFO', m)
  processDependencyEnabled(chart, vals, '', printf, logger)
  processDependencyImportValues(chart, true, printf, logger)
}
