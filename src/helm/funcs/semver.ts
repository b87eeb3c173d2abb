/**
 * Sprig's semver and semverCompare over Masterminds/semver v3 semantics (shared with
 * chart loading in ../semver.ts): NewVersion coerces, and a pre-release version
 * satisfies a constraint only if that constraint group names a pre-release, which is
 * why charts write ">=1.21-0". Versions reach templates as *semver.Version values
 * with Go's methods (Major, Prerelease, Compare, IncMinor...).
 */
import { GoStruct } from '../../template/value.js'
import type { GoValue } from '../../template/value.js'
import {
  SemverError,
  compareVersions,
  parseConstraints,
  parseVersion,
  satisfies,
  versionString,
} from '../semver.js'
import type { Version } from '../semver.js'
import { intOfKind } from './cast.js'
import { strval } from './fmtv.js'
import { goError } from './gopanic.js'

const NUM = /^[0-9]*$/
const ALLOWED = /^[0-9A-Za-z-]*$/

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
    return satisfies(v, cs)
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
