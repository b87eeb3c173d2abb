/**
 * Semantic versions and constraints with the semantics of github.com/Masterminds/semver
 * v3.4 (which Helm uses for chart versions, dependency ranges and kubeVersion): loose
 * parsing (`v1`, `1.2`), prerelease handling (a prerelease only satisfies a constraint
 * that names one), `x`/`*` wildcards, `~`/`^`, hyphen ranges, `,`/space AND and `||` OR.
 */
import { lazyLinearRegex } from '../core/linear-regex.js'

export class SemverError extends Error {}

export interface Version {
  major: bigint
  minor: bigint
  patch: bigint
  pre: string
  metadata: string
  original: string
}

const looseVersion =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/
const maxUint64 = (1n << 64n) - 1n
const num = /^[0-9]*$/
const allowed = /^[0-9A-Za-z-]*$/

function parseUint(s: string): bigint {
  const n = BigInt(s)
  if (n > maxUint64) {
    throw new SemverError(
      `error parsing version segment: strconv.ParseUint: parsing "${s}": value out of range`,
    )
  }
  return n
}

function validatePrerelease(p: string): void {
  for (const part of p.split('.')) {
    if (part === '') throw new SemverError('invalid prerelease string')
    if (num.test(part)) {
      if (part.length > 1 && part[0] === '0') throw new SemverError('version segment starts with 0')
    } else if (!allowed.test(part)) {
      throw new SemverError('invalid prerelease string')
    }
  }
}

function validateMetadata(m: string): void {
  for (const part of m.split('.')) {
    if (part === '' || !allowed.test(part)) throw new SemverError('invalid metadata string')
  }
}

/** semver.NewVersion (coercing mode, the v3.4 default). Throws SemverError. */
export function parseVersion(v: string): Version {
  const m = looseVersion.exec(v)
  if (!m) throw new SemverError('invalid semantic version')
  const out: Version = {
    major: parseUint(m[1]),
    minor: m[2] ? parseUint(m[2].slice(1)) : 0n,
    patch: m[3] ? parseUint(m[3].slice(1)) : 0n,
    pre: m[5] ?? '',
    metadata: m[8] ?? '',
    original: v,
  }
  if (out.pre) validatePrerelease(out.pre)
  if (out.metadata) validateMetadata(out.metadata)
  return out
}

export function tryParseVersion(v: string): Version | undefined {
  try {
    return parseVersion(v)
  } catch {
    return undefined
  }
}

export function versionString(v: Version): string {
  let s = `${v.major}.${v.minor}.${v.patch}`
  if (v.pre) s += `-${v.pre}`
  if (v.metadata) s += `+${v.metadata}`
  return s
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0
  if (s === '') return o !== '' ? -1 : 1
  if (o === '') return s !== '' ? 1 : -1
  const sNum = /^[0-9]+$/.test(s) && BigInt(s) <= maxUint64
  const oNum = /^[0-9]+$/.test(o) && BigInt(o) <= maxUint64
  if (!sNum && !oNum) return s > o ? 1 : -1
  if (!oNum) return -1
  if (!sNum) return 1
  return BigInt(s) > BigInt(o) ? 1 : -1
}

function comparePrerelease(v: string, o: string): number {
  const sp = v.split('.')
  const op = o.split('.')
  const l = Math.max(sp.length, op.length)
  for (let i = 0; i < l; i++) {
    const d = comparePrePart(sp[i] ?? '', op[i] ?? '')
    if (d !== 0) return d
  }
  return 0
}

export function compareVersions(v: Version, o: Version): number {
  const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch)
  if (d !== 0) return d
  if (v.pre === '' && o.pre === '') return 0
  if (v.pre === '') return 1
  if (o.pre === '') return -1
  return comparePrerelease(v.pre, o.pre)
}

interface Constraint {
  con: Version
  orig: string
  op: string
  minorDirty: boolean
  patchDirty: boolean
  dirty: boolean
}

const cv =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?'
const ops = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^'
const ws = '[\\t\\n\\f\\r ]'
// Go's regexp is linear; V8's backtracks on these (a kubeVersion of 100,000 blanks: 59 s).
const constraintRe = lazyLinearRegex(`^${ws}*(${ops})${ws}*(${cv})${ws}*$`)
const rangeRe = lazyLinearRegex(`${ws}*(${cv})${ws}+-${ws}+(${cv})${ws}*`)
const findRe = lazyLinearRegex(`(${ops})${ws}*(${cv})`)
const validRe = lazyLinearRegex(
  `^(${ws}*(${ops})${ws}*(${cv})${ws}*)((?:${ws}+|,${ws}*)(${ops})${ws}*(${cv})${ws}*)*$`,
)

function isX(x: string): boolean {
  return x === 'x' || x === '*' || x === 'X'
}

function parseConstraint(c: string): Constraint {
  if (c.length === 0) {
    return {
      con: parseVersion('0.0.0'),
      orig: c,
      op: '',
      minorDirty: false,
      patchDirty: false,
      dirty: true,
    }
  }
  const m = constraintRe.exec(c)
  if (!m) throw new SemverError(`improper constraint: ${c}`)
  const major = m[3] ?? ''
  const minor = m[4] ?? ''
  const patch = m[5] ?? ''
  const pre = m[6] ?? ''
  let ver = m[2] ?? ''
  let minorDirty = false
  let patchDirty = false
  let dirty = false
  if (isX(major) || major === '') {
    ver = `0.0.0${pre}`
    dirty = true
  } else if (isX(minor.replace(/^\./, '')) || minor === '') {
    minorDirty = true
    dirty = true
    ver = `${major}.0.0${pre}`
  } else if (isX(patch.replace(/^\./, '')) || patch === '') {
    dirty = true
    patchDirty = true
    ver = `${major}${minor}.0${pre}`
  }
  let con: Version
  try {
    con = parseVersion(ver)
  } catch {
    throw new SemverError('constraint parser error')
  }
  return { con, orig: m[2] ?? '', op: m[1] ?? '', minorDirty, patchDirty, dirty }
}

export interface Constraints {
  groups: Constraint[][]
  containsPre: boolean[]
}

function rewriteRange(i: string): string {
  let o = i
  for (const m of rangeRe.matchAll(i)) {
    o = o.replace(m[0], `>= ${m[1]}, <= ${m[11]} `)
  }
  return o
}

/** semver.NewConstraint. Throws SemverError. */
export function parseConstraints(c: string): Constraints {
  const ors = rewriteRange(c).split('||')
  const groups: Constraint[][] = []
  const containsPre: boolean[] = []
  for (const v of ors) {
    if (!validRe.test(v)) throw new SemverError(`improper constraint: ${v}`)
    let cs = findRe.matchAll(v).map((m) => m[0])
    if (cs.length === 0) cs = [v]
    const group = cs.map(parseConstraint)
    containsPre.push(group.some((g) => g.con.pre !== ''))
    groups.push(group)
  }
  return { groups, containsPre }
}

function checkOne(v: Version, c: Constraint, includePre: boolean): boolean {
  if (v.pre !== '' && !includePre) return false
  const con = c.con
  switch (c.op) {
    case '':
    case '=':
      if (c.dirty) return tilde(v, c)
      return compareVersions(v, con) === 0
    case '!=':
      if (c.dirty) {
        if (con.major !== v.major) return true
        if (con.minor !== v.minor && !c.minorDirty) return true
        if (c.minorDirty) return false
        if (con.patch !== v.patch && !c.patchDirty) return true
        if (c.patchDirty) {
          if (v.pre !== '' || con.pre !== '') return comparePrerelease(v.pre, con.pre) !== 0
          return false
        }
      }
      return compareVersions(v, con) !== 0
    case '>':
      if (!c.dirty) return compareVersions(v, con) === 1
      if (v.major > con.major) return true
      if (v.major < con.major) return false
      if (c.minorDirty) return false
      if (c.patchDirty) return v.minor > con.minor
      return compareVersions(v, con) === 1
    case '<':
      return compareVersions(v, con) < 0
    case '>=':
    case '=>':
      return compareVersions(v, con) >= 0
    case '<=':
    case '=<':
      if (!c.dirty) return compareVersions(v, con) <= 0
      if (v.major > con.major) return false
      if (v.major === con.major && v.minor > con.minor && !c.minorDirty) return false
      return true
    case '~':
    case '~>':
      return tilde(v, c)
    case '^':
      return caret(v, c)
  }
  return false
}

function tilde(v: Version, c: Constraint): boolean {
  const con = c.con
  if (compareVersions(v, con) < 0) return false
  if (con.major === 0n && con.minor === 0n && con.patch === 0n && !c.minorDirty && !c.patchDirty) {
    return true
  }
  if (v.major !== con.major) return false
  if (v.minor !== con.minor && !c.minorDirty) return false
  return true
}

function caret(v: Version, c: Constraint): boolean {
  const con = c.con
  if (compareVersions(v, con) < 0) return false
  if (con.major > 0n || c.minorDirty) return v.major === con.major
  if (con.major === 0n && v.major > 0n) return false
  if (con.minor > 0n || c.patchDirty) return v.minor === con.minor
  if (con.minor === 0n && v.minor > 0n) return false
  return con.patch === v.patch
}

/** Constraints.Check */
export function satisfies(v: Version, cs: Constraints): boolean {
  return cs.groups.some((group, i) => group.every((c) => checkOne(v, c, cs.containsPre[i])))
}

/** chartutil.IsCompatibleRange: false when either side fails to parse. */
export function isCompatibleRange(constraint: string, version: string): boolean {
  const v = tryParseVersion(version)
  if (!v) return false
  let cs: Constraints
  try {
    cs = parseConstraints(constraint)
  } catch {
    return false
  }
  return satisfies(v, cs)
}
