/**
 * Legacy `vars:`: $(NAME) in the fields of the varReference configuration replaced by a
 * field of the object each var names, after name references are fixed. Vars that are
 * defined but never used are logged as kustomize logs them.
 */
import type { BuildContext } from './build.js'
import type { Fs } from './config.js'
import { scalarValue } from './encode.js'
import { KustomizeError } from './errors.js'
import { applyFieldSpec } from './fieldspec.js'
import type { Var } from './kustomization.js'
import type { KNode } from './node.js'
import {
  isMissingOrNull,
  isStringNode,
  STYLE_LITERAL,
  TAG_BOOL,
  TAG_FLOAT,
  TAG_INT,
  TAG_STR,
} from './node.js'
import { convertSliceIndex, lookupPath, smarterSplit } from './pathmatch.js'
import type { ResMap } from './resource.js'
import { formatFloat } from '../template/strconv.js'

type VarValue = string | number | bigint | boolean | { node: KNode }

function goVarString(v: Var): string {
  const o = v.objref
  return `{${v.name} {{${o.group ?? ''} ${o.version ?? ''} ${o.kind ?? ''}} ${o.name} ${o.namespace ?? ''}} {${v.fieldref?.fieldPath ?? ''}}}`
}

/** GetFieldValue: the var's value as Go sees it (string, int, float, bool, or a collection). */
function fieldValue(n: KNode, path: string): VarValue {
  const fields = convertSliceIndex(smarterSplit(path, '.'))
  const v = lookupPath(n, fields)
  if (!v) throw new KustomizeError(`no field named '${path}'`)
  if (v.kind !== 'scalar') return { node: v }
  switch (v.tag) {
    case TAG_STR:
      return v.value
    case TAG_INT: {
      const i = Number(v.value)
      if (!Number.isInteger(i))
        throw new KustomizeError(`strconv.Atoi: parsing "${v.value}": invalid syntax`)
      return BigInt(v.value)
    }
    case TAG_FLOAT:
      return Number(scalarValue(v))
    case TAG_BOOL:
      return (
        v.value === 'true' ||
        v.value === 'True' ||
        v.value === 'TRUE' ||
        v.value === '1' ||
        v.value === 't' ||
        v.value === 'T'
      )
    default:
      return v.value
  }
}

/** fmt %v of a value. */
function show(v: VarValue): string {
  if (typeof v === 'object') return v.node.value
  return String(v)
}

function tryRead(input: string): { read: string; isVar: boolean; advance: number } {
  switch (input[0]) {
    case '$':
      return { read: '$', isVar: false, advance: 1 }
    case '(': {
      const close = input.indexOf(')', 1)
      if (close > 0) return { read: input.slice(1, close), isVar: true, advance: close + 1 }
      return { read: '$(', isVar: false, advance: 1 }
    }
    default:
      return { read: '$' + input[0], isVar: false, advance: 1 }
  }
}

/** refvar.DoReplacements */
function doReplacements(input: string, mapping: (k: string) => VarValue): VarValue {
  let out = ''
  let checkpoint = 0
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] === '$' && cursor + 1 < input.length) {
      out += input.slice(checkpoint, cursor)
      const { read, isVar, advance } = tryRead(input.slice(cursor + 1))
      if (isVar) {
        const mapped = mapping(read)
        if (input === `$(${read})`) return mapped
        out += show(mapped)
      } else out += read
      cursor += advance
      checkpoint = cursor + 1
    }
  }
  return out + input.slice(checkpoint)
}

function updateNode(n: KNode, v: VarValue): void {
  if (typeof v === 'bigint') {
    n.value = v.toString()
    n.tag = TAG_INT
  } else if (typeof v === 'boolean') {
    n.value = String(v)
    n.tag = TAG_BOOL
  } else if (typeof v === 'number') {
    n.value = formatFloat(v, 'f', -1)
    n.tag = TAG_FLOAT
  } else if (typeof v === 'string') {
    n.value = v
    n.tag = TAG_STR
  } else {
    n.value = v.node.value
    n.tag = TAG_STR
  }
  n.style = n.value.includes('\n') ? STYLE_LITERAL : 0
}

export function resolveVars(m: ResMap, vars: Var[], fss: Fs[], ctx: BuildContext): void {
  if (vars.length === 0) return
  const values = new Map<string, VarValue>()
  for (const v of [...vars].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const holder = m.list.find((r) => r.refVarNames.includes(v.name))
    if (!holder) {
      throw new KustomizeError(
        `var '${goVarString(v)}' cannot be mapped to a field in the set of known resources`,
      )
    }
    try {
      values.set(v.name, fieldValue(holder.node, v.fieldref?.fieldPath || 'metadata.name'))
    } catch {
      throw new KustomizeError(
        `field specified in var '${goVarString(v)}' not found in corresponding resource`,
      )
    }
  }
  const counts = new Map<string, number>()
  const mapping = (key: string): VarValue => {
    const v = values.get(key)
    if (v !== undefined && typeof v !== 'object') {
      counts.set(key, (counts.get(key) ?? 0) + 1)
      return v
    }
    return `$(${key})`
  }
  const replace = (n: KNode) => {
    if (!isStringNode(n)) return
    updateNode(n, doReplacements(n.value, mapping))
  }
  for (const r of m.resources()) {
    for (const fs of fss) {
      applyFieldSpec(r.node, fs, (n) => {
        if (isMissingOrNull(n)) return
        if (n.kind === 'scalar') replace(n)
        else if (n.kind === 'map') {
          for (const [k, v] of n.entries()) {
            if (!isStringNode(k))
              throw new KustomizeError(`invalid map key: value='${k.value}', tag='${k.tag}'`)
            if (isStringNode(v)) replace(v)
          }
        } else {
          for (const item of n.content) {
            if (!isStringNode(item)) throw new KustomizeError('invalid value type expect a string')
            replace(item)
          }
        }
      })
    }
  }
  const unused = [...values.keys()].filter((k) => !counts.has(k))
  if (unused.length)
    ctx.stderr.push(`klog: well-defined vars that were never replaced: ${unused.join(',')}`)
}
