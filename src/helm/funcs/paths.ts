/** Go's path package (and path/filepath, identical on Linux) for base, dir, clean, ext, isAbs. */
import type { GoValue } from '../../template/value.js'
import { strval } from './fmtv.js'

const str = (v: GoValue): string => (typeof v === 'string' ? v : strval(v))

/** path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.'
  const rooted = p[0] === '/'
  const parts: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
      else if (!rooted) parts.push('..')
      continue
    }
    parts.push(seg)
  }
  const out = (rooted ? '/' : '') + parts.join('/')
  return out === '' ? '.' : out
}

/** path.Base. */
export function basePath(p: string): string {
  if (p === '') return '.'
  p = p.replace(/\/+$/, '')
  if (p === '') return '/'
  const i = p.lastIndexOf('/')
  return i >= 0 ? p.slice(i + 1) : p
}

/** path.Dir. */
export function dirPath(p: string): string {
  const i = p.lastIndexOf('/')
  return cleanPath(p.slice(0, i + 1))
}

/** path.Ext. */
export function extPath(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) {
    if (p[i] === '.') return p.slice(i)
  }
  return ''
}

export const base = (v: GoValue): string => basePath(str(v))
export const dir = (v: GoValue): string => dirPath(str(v))
export const clean = (v: GoValue): string => cleanPath(str(v))
export const ext = (v: GoValue): string => extPath(str(v))
export const isAbs = (v: GoValue): boolean => str(v).startsWith('/')
