/**
 * Masterminds/semver v3.4.0 as Sprig v3.3.0 uses it: NewVersion (coercing, the
 * default), NewConstraint and Check, including the pre-release rule (a pre-release
 * version satisfies a constraint only if that constraint group names a pre-release,
 * which is why charts write ">=1.21-0").
 */
import { GoStruct } from '../../template/value.js'
import { intOfKind } from './cast.js'
import type { GoValue } from '../../template/value.js'
import { strval } from './fmtv.js'
import { goError } from './gopanic.js'
import { compileGo } from './regex.js'

export interface Version {
  major: bigint
  minor: bigint
  patch: bigint
  pre: string
  metadata: string
  original: string
}

const LOOSE = `v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?`
const CV = `v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?`
const OPS = `=||!=|>|<|>=|=>|<=|=<|~|~>|\\^`

const RE = {
  loose: '^' + LOOSE + '$',
  constraint: `^\\s*(${OPS})\\s*(${CV})\\s*$`,
  range: `\\s*(${CV})\\s+-\\s+(${CV})\\s*`,
  find: `(${OPS})\\s*(${CV})`,
  valid: `^(\\s*(${OPS})\\s*(${CV})\\s*)((?:\\s+|,\\s*)(${OPS})\\s*(${CV})\\s*)*$`,
}

/** FindStringSubmatch with Go's "" for groups that did not participate. */
function submatch(expr: string, s: string): string[] | null {
  const c = compileGo(expr)
  c.re.lastIndex = 0
  const m = c.re.exec(s)
  return m ? Array.from(m, (x) => x ?? '') : null
}

function findAll(expr: string, s: string): RegExpExecArray[] {
  const c = compileGo(expr)
  const out: RegExpExecArray[] = []
  let pos = 0
  let prevEnd = -1
  while (pos <= s.length) {
    c.re.lastIndex = pos
    const m = c.re.exec(s)
    if (!m) break
    const a = m.index
    const b = a + m[0].length
    let accept = true
    if (b === pos) {
      if (a === prevEnd) accept = false
      pos++
    } else pos = b
    prevEnd = b
    if (accept) out.push(m)
  }
  return out
}

const NUM = /^[0-9]*$/
const ALLOWED = /^[0-9A-Za-z-]*$/
const U64_MAX = (1n << 64n) - 1n

class SemverError extends Error {}

function parseU64(s: string): bigint {
  const v = BigInt(s)
  if (v > U64_MAX) {
    throw new SemverError(
      `error parsing version segment: strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`,
    )
  }
  return v
}

function validatePrerelease(p: string): void {
  for (const part of p.split('.')) {
    if (part === '') throw new SemverError('invalid prerelease string')
    if (NUM.test(part)) {
      if (part.length > 1 && part[0] === '0') throw new SemverError('version segment starts with 0')
    } else if (!ALLOWED.test(part)) throw new SemverError('invalid prerelease string')
  }
}

function validateMetadata(m: string): void {
  for (const part of m.split('.')) {
    if (part === '' || !ALLOWED.test(part)) throw new SemverError('invalid metadata string')
  }
}

/** semver.NewVersion (CoerceNewVersion = true); throws with Go's error text. */
export function parseVersion(v: string): Version {
  const m = submatch(RE.loose, v)
  if (!m) throw new SemverError('invalid semantic version')
  const ver: Version = {
    major: parseU64(m[1]),
    minor: m[2] ? parseU64(m[2].slice(1)) : 0n,
    patch: m[3] ? parseU64(m[3].slice(1)) : 0n,
    pre: m[5],
    metadata: m[8],
    original: v,
  }
  if (ver.pre) validatePrerelease(ver.pre)
  if (ver.metadata) validateMetadata(ver.metadata)
  return ver
}

export function versionString(v: Version): string {
  let s = `${v.major}.${v.minor}.${v.patch}`
  if (v.pre) s += '-' + v.pre
  if (v.metadata) s += '+' + v.metadata
  return s
}

const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0)

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0
  if (s === '') return o !== '' ? -1 : 1
  if (o === '') return s !== '' ? 1 : -1
  const oNum = /^[0-9]+$/.test(o) && BigInt(o) <= U64_MAX
  const sNum = /^[0-9]+$/.test(s) && BigInt(s) <= U64_MAX
  if (!oNum && !sNum) return s > o ? 1 : -1
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

const isX = (x: string): boolean => x === 'x' || x === '*' || x === 'X'

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
  const m = submatch(RE.constraint, c)
  if (!m) throw new SemverError(`improper constraint: ${c}`)
  let ver = m[2]
  let minorDirty = false
  let patchDirty = false
  let dirty = false
  if (isX(m[3]) || m[3] === '') {
    ver = `0.0.0${m[6]}`
    dirty = true
  } else if (isX(m[4].replace(/^\./, '')) || m[4] === '') {
    minorDirty = true
    dirty = true
    ver = `${m[3]}.0.0${m[6]}`
  } else if (isX(m[5].replace(/^\./, '')) || m[5] === '') {
    dirty = true
    patchDirty = true
    ver = `${m[3]}${m[4]}.0${m[6]}`
  }
  let con: Version
  try {
    con = parseVersion(ver)
  } catch {
    throw new SemverError('constraint parser error')
  }
  return { con, orig: m[2], op: m[1], minorDirty, patchDirty, dirty }
}

type Check = (v: Version, c: Constraint) => boolean

const eq = (a: Version, b: Version) => compareVersions(a, b) === 0

const tilde: Check = (v, c) => {
  if (compareVersions(v, c.con) < 0) return false
  if (
    c.con.major === 0n &&
    c.con.minor === 0n &&
    c.con.patch === 0n &&
    !c.minorDirty &&
    !c.patchDirty
  ) {
    return true
  }
  if (v.major !== c.con.major) return false
  if (v.minor !== c.con.minor && !c.minorDirty) return false
  return true
}

const OPS_IMPL: Record<string, Check> = {
  '': (v, c) => (c.dirty ? tilde(v, c) : eq(v, c.con)),
  '!=': (v, c) => {
    if (c.dirty) {
      if (c.con.major !== v.major) return true
      if (c.con.minor !== v.minor && !c.minorDirty) return true
      if (c.minorDirty) return false
      if (c.con.patch !== v.patch && !c.patchDirty) return true
      if (c.patchDirty) {
        if (v.pre !== '' || c.con.pre !== '') return comparePrerelease(v.pre, c.con.pre) !== 0
        return false
      }
    }
    return !eq(v, c.con)
  },
  '>': (v, c) => {
    if (!c.dirty) return compareVersions(v, c.con) === 1
    if (v.major > c.con.major) return true
    if (v.major < c.con.major) return false
    if (c.minorDirty) return false
    if (c.patchDirty) return v.minor > c.con.minor
    return compareVersions(v, c.con) === 1
  },
  '<': (v, c) => compareVersions(v, c.con) < 0,
  '>=': (v, c) => compareVersions(v, c.con) >= 0,
  '<=': (v, c) => {
    if (!c.dirty) return compareVersions(v, c.con) <= 0
    if (v.major > c.con.major) return false
    if (v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty) return false
    return true
  },
  '~': tilde,
  '^': (v, c) => {
    if (compareVersions(v, c.con) < 0) return false
    if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major
    if (c.con.major === 0n && v.major > 0n) return false
    if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor
    if (c.con.minor === 0n && v.minor > 0n) return false
    return c.con.patch === v.patch
  },
}
OPS_IMPL['='] = OPS_IMPL['']
OPS_IMPL['=>'] = OPS_IMPL['>=']
OPS_IMPL['=<'] = OPS_IMPL['<=']
OPS_IMPL['~>'] = OPS_IMPL['~']

export interface Constraints {
  groups: Constraint[][]
  containsPre: boolean[]
}

function rewriteRange(i: string): string {
  const ms = findAll(RE.range, i)
  if (ms.length === 0) return i
  let o = i
  for (const m of ms) {
    o = o.replace(m[0], `>= ${m[1] ?? ''}, <= ${m[11] ?? ''} `)
  }
  return o
}

/** semver.NewConstraint. */
export function parseConstraints(c: string): Constraints {
  const ors = rewriteRange(c).split('||')
  const groups: Constraint[][] = []
  const containsPre: boolean[] = []
  for (const v of ors) {
    if (!submatch(RE.valid, v)) throw new SemverError(`improper constraint: ${v}`)
    let cs = findAll(RE.find, v).map((m) => m[0])
    if (cs.length === 0) cs = [v]
    const group = cs.map(parseConstraint)
    containsPre.push(group.some((g) => g.con.pre !== ''))
    groups.push(group)
  }
  return { groups, containsPre }
}

/** Constraints.Check. */
export function checkConstraints(cs: Constraints, v: Version): boolean {
  return cs.groups.some((group, i) => {
    const includePre = cs.containsPre[i]
    return group.every((c) => {
      if (v.pre !== '' && !includePre) return false
      return OPS_IMPL[c.op](v, c)
    })
  })
}

const str = (v: GoValue): string => (typeof v === 'string' ? v : strval(v))

function wrapErr<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof SemverError) goError(e.message)
    throw e
  }
}

export function semverCompare(constraint: GoValue, version: GoValue): boolean {
  return wrapErr(() => {
    const cs = parseConstraints(str(constraint))
    const v = parseVersion(str(version))
    return checkConstraints(cs, v)
  })
}

const u64 = (v: bigint) => intOfKind(v, 'uint64')

/** A *semver.Version (semver.Version for the Inc and Set results) as a template value. */
export function versionValue(v: Version, pointer = true): GoStruct {
  const other = (o: GoValue): Version =>
    o instanceof GoStruct ? versionOf(o) : goError('wrong type for value; expected *semver.Version')
  const vPrefix = v.original.startsWith('v') ? 'v' : ''
  const next = (n: Version): GoStruct => {
    n.original = vPrefix + versionString(n)
    return versionValue(n, false)
  }
  const s = new GoStruct(
    pointer ? '*semver.Version' : 'semver.Version',
    {},
    {
      String: () => versionString(v),
      Original: () => v.original,
      Major: () => u64(v.major),
      Minor: () => u64(v.minor),
      Patch: () => u64(v.patch),
      Prerelease: () => v.pre,
      Metadata: () => v.metadata,
      IncPatch: () =>
        next(
          v.pre
            ? { ...v, pre: '', metadata: '' }
            : { ...v, pre: '', metadata: '', patch: v.patch + 1n },
        ),
      IncMinor: () => next({ ...v, pre: '', metadata: '', patch: 0n, minor: v.minor + 1n }),
      IncMajor: () =>
        next({ ...v, pre: '', metadata: '', patch: 0n, minor: 0n, major: v.major + 1n }),
      SetPrerelease: (p) =>
        wrapErr(() => {
          const pre = str(p)
          if (pre) validatePrerelease(pre)
          return next({ ...v, pre })
        }),
      SetMetadata: (m) =>
        wrapErr(() => {
          const metadata = str(m)
          if (metadata) validateMetadata(metadata)
          return next({ ...v, metadata })
        }),
      Compare: (o) => BigInt(compareVersions(v, other(o))),
      LessThan: (o) => compareVersions(v, other(o)) < 0,
      LessThanEqual: (o) => compareVersions(v, other(o)) <= 0,
      GreaterThan: (o) => compareVersions(v, other(o)) > 0,
      GreaterThanEqual: (o) => compareVersions(v, other(o)) >= 0,
      Equal: (o) => compareVersions(v, other(o)) === 0,
      MarshalJSON: () => JSON.stringify(versionString(v)),
      MarshalText: () => versionString(v),
    },
    [],
  )
  VERSIONS.set(s, v)
  return s
}

const VERSIONS = new WeakMap<GoStruct, Version>()

function versionOf(o: GoStruct): Version {
  const v = VERSIONS.get(o)
  if (!v) return goError('wrong type for value; expected *semver.Version')
  return v
}

export function semver(version: GoValue): GoStruct {
  return wrapErr(() => versionValue(parseVersion(str(version))))
}
