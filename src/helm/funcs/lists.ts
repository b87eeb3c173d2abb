/** Sprig's list functions (list.go). Lists come back as []interface {} like Sprig's. */
import type { GoValue } from '../../template/value.js'
import { intNum, toInt } from './cast.js'
import { goError, goPanic } from './gopanic.js'
import {
  deepEqual,
  goKindName,
  isEmpty,
  isSlice,
  nilSlice,
  sliceItems,
  sliceTypeName,
  typedSlice,
} from './types.js'
import { pushAll } from '../../core/arrays.js'
import { checkSize } from '../../core/budget.js'

/** Go's reflect kind name for the "Cannot X on type K" errors (nil has no type: Go panics). */
function requireList(v: GoValue, what: string, must: boolean): GoValue[] {
  if (v === null) {
    goPanic('runtime error: invalid memory address or nil pointer dereference')
  }
  if (isSlice(v)) return sliceItems(v)
  const msg = `Cannot ${what} type ${goKindName(v)}`
  return must ? goError(msg) : goPanic(msg)
}

export const list = (...v: GoValue[]): GoValue[] => v

function pushImpl(must: boolean) {
  return (l: GoValue, v: GoValue): GoValue[] => [...requireList(l, 'push on', must), v]
}
export const push = pushImpl(false)
export const mustPush = pushImpl(true)

function prependImpl(must: boolean) {
  return (l: GoValue, v: GoValue): GoValue[] => [v, ...requireList(l, 'prepend on', must)]
}
export const prepend = prependImpl(false)
export const mustPrepend = prependImpl(true)

function chunkImpl(must: boolean) {
  return (sizeV: GoValue, l: GoValue): GoValue[] => {
    const items = requireList(l, 'chunk', must)
    const size = intNum(sizeV)
    const n = items.length
    const cs = Math.floor((n - 1) / size) + 1
    if (!Number.isFinite(cs) || cs < 0) {
      goPanic(`runtime error: makeslice: len out of range`)
    }
    const out: GoValue[] = []
    for (let i = 0; i < cs; i++) {
      let clen = size
      if (i === cs - 1) {
        clen = Math.floor(n % size)
        if (clen === 0) clen = size
      }
      if (clen < 0) goPanic('runtime error: makeslice: len out of range')
      const chunk: GoValue[] = []
      for (let j = 0; j < clen; j++) {
        const ix = i * size + j
        if (ix >= n) goPanic(`runtime error: index out of range [${ix}] with length ${n}`)
        chunk.push(items[ix])
      }
      out.push(chunk)
    }
    return typedSlice(out, '[][]interface {}')
  }
}
export const chunk = chunkImpl(false)
export const mustChunk = chunkImpl(true)

function endImpl(which: 'first' | 'last', must: boolean) {
  return (l: GoValue): GoValue => {
    const items = requireList(l, `find ${which} on`, must)
    if (items.length === 0) return null
    return which === 'first' ? items[0] : items[items.length - 1]
  }
}
export const first = endImpl('first', false)
export const mustFirst = endImpl('first', true)
export const last = endImpl('last', false)
export const mustLast = endImpl('last', true)

function restImpl(which: 'rest' | 'initial', must: boolean) {
  return (l: GoValue): GoValue[] => {
    const items = requireList(l, `find ${which} on`, must)
    if (items.length === 0) return nilSlice()
    return which === 'rest' ? items.slice(1) : items.slice(0, -1)
  }
}
export const rest = restImpl('rest', false)
export const mustRest = restImpl('rest', true)
export const initial = restImpl('initial', false)
export const mustInitial = restImpl('initial', true)

function reverseImpl(must: boolean) {
  return (l: GoValue): GoValue[] => [...requireList(l, 'find reverse on', must)].reverse()
}
export const reverse = reverseImpl(false)
export const mustReverse = reverseImpl(true)

function compactImpl(must: boolean) {
  return (l: GoValue): GoValue[] => requireList(l, 'compact on', must).filter((x) => !isEmpty(x))
}
export const compact = compactImpl(false)
export const mustCompact = compactImpl(true)

function inList(haystack: GoValue[], needle: GoValue): boolean {
  return haystack.some((h) => deepEqual(needle, h))
}

function uniqImpl(must: boolean) {
  return (l: GoValue): GoValue[] => {
    const dest: GoValue[] = []
    for (const item of requireList(l, 'find uniq on', must)) {
      if (!inList(dest, item)) dest.push(item)
    }
    return dest
  }
}
export const uniq = uniqImpl(false)
export const mustUniq = uniqImpl(true)

function withoutImpl(must: boolean) {
  return (l: GoValue, ...omit: GoValue[]): GoValue[] =>
    requireList(l, 'find without on', must).filter((x) => !inList(omit, x))
}
export const without = withoutImpl(false)
export const mustWithout = withoutImpl(true)

function hasImpl(must: boolean) {
  return (needle: GoValue, haystack: GoValue): boolean => {
    if (haystack === null) return false
    return inList(requireList(haystack, 'find has on', must), needle)
  }
}
export const has = hasImpl(false)
export const mustHas = hasImpl(true)

function sliceImpl(must: boolean) {
  return (l: GoValue, ...indices: GoValue[]): GoValue => {
    if (l === null) goPanic('runtime error: invalid memory address or nil pointer dereference')
    if (!isSlice(l)) {
      const msg = `list should be type of slice or array but ${goKindName(l)}`
      return must ? goError(msg) : goPanic(msg)
    }
    const items = sliceItems(l)
    const n = items.length
    if (n === 0) return null
    const start = indices.length > 0 ? Number(toInt(indices[0])) : 0
    const end = indices.length < 2 ? n : Number(toInt(indices[1]))
    if (start < 0 || end < start || end > n) {
      goPanic('reflect.Value.Slice: slice index out of bounds')
    }
    if (l instanceof Uint8Array) return l.slice(start, end)
    return typedSlice(items.slice(start, end), sliceTypeName(l))
  }
}
export const slice = sliceImpl(false)
export const mustSlice = sliceImpl(true)

export function concat(...lists: GoValue[]): GoValue {
  const out: GoValue[] = []
  for (const l of lists) {
    if (l === null) goPanic('runtime error: invalid memory address or nil pointer dereference')
    if (!isSlice(l)) goPanic(`Cannot concat type ${goKindName(l)} as list`)
    pushAll(out, sliceItems(l))
  }
  return out.length === 0 ? nilSlice() : out
}

/** Sprig's until/untilStep: []int. */
export function untilStep(start: number, stop: number, step: number, what = 'untilStep'): bigint[] {
  const v: bigint[] = []
  if (step !== 0 && (stop - start) / step > 0)
    checkSize(what, Math.ceil((stop - start) / step), 'items')
  if (stop < start) {
    if (step >= 0) return v
    for (let i = start; i > stop; i += step) v.push(BigInt(i))
    return v
  }
  if (step <= 0) return v
  for (let i = start; i < stop; i += step) v.push(BigInt(i))
  return v
}
