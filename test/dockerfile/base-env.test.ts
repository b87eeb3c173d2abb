/**
 * A USER that names a variable the Dockerfile does not define: the base image may define it
 * in its ENV. Only when the base's whole ENV is known (scratch, its registry config, a build
 * here over such a base) is the variable surely empty.
 */
import { describe, expect, it } from 'vitest'
import { buildImageModel, parseDockerfile } from '../../src/dockerfile/index.js'
import type { BaseImageFact } from '../../src/images/base-images.js'

function model(text: string, fact?: Partial<BaseImageFact>) {
  const df = parseDockerfile(text, 'Dockerfile')
  const base: BaseImageFact | undefined = fact
    ? {
        row: 0,
        family: 'base',
        image: 'ghcr.io/acme/base:1',
        user: '',
        runAsNonRoot: 'refused-root',
        accounts: [],
        hasPasswd: true,
        source: 'test',
        confidence: 'verified',
        ...fact,
      }
    : undefined
  return buildImageModel(df, { baseImages: () => base })
}

describe('USER with a variable only the base image can define', () => {
  it('leaves the user unknown, as a note, when the base ENV is not known', () => {
    const m = model('FROM ghcr.io/acme/base:1\nUSER $NB_UID\n')
    expect(m.effectiveUser.raw).toBeNull()
    expect(m.effectiveUser.undefinedVars).toEqual(['NB_UID'])
    expect(m.envComplete).toBe(false)
    expect(m.problems).toEqual([
      expect.objectContaining({
        severity: 'note',
        message:
          "USER uses $NB_UID, which this Dockerfile does not define: it comes from the ENV of the base image ghcr.io/acme/base:1, which is not known, so the user stays unknown (registry lookups read the base image's ENV)",
      }),
    ])
  })

  it('leaves uid:gid unknown too, not the ":" Docker would see with both empty', () => {
    const m = model('FROM ghcr.io/acme/base:1\nUSER ${NB_UID}:${NB_GID}\n')
    expect(m.effectiveUser.raw).toBeNull()
    expect(m.problems.every((p) => p.severity === 'note')).toBe(true)
  })

  it('also when the table knows a few of the base ENV variables but not this one', () => {
    const m = model('FROM ghcr.io/acme/base:1\nUSER $NB_UID\n', { env: { APP_UID: '1654' } })
    expect(m.effectiveUser.raw).toBeNull()
    expect(m.problems[0].severity).toBe('note')
  })

  it('takes the value from a base whose whole ENV is known', () => {
    const m = model('FROM ghcr.io/acme/base:1\nUSER $NB_UID\n', {
      env: { NB_UID: '1000' },
      envComplete: true,
    })
    expect(m.effectiveUser.raw).toBe('1000')
    expect(m.envComplete).toBe(true)
    expect(m.problems).toEqual([])
  })

  it('is a mistake when the whole base ENV is known and lacks it', () => {
    const m = model('FROM ghcr.io/acme/base:1\nUSER $NB_UID\n', {
      env: { PATH: '/usr/bin' },
      envComplete: true,
    })
    expect(m.effectiveUser.raw).toBeNull()
    expect(m.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message:
          "USER uses $NB_UID, which no ARG or ENV of this build defines (nor the base image's ENV): Docker expands it to an empty string",
      }),
    ])
  })

  it('is a mistake over scratch, which has no ENV', () => {
    const m = model('FROM scratch\nUSER $APP\n')
    expect(m.envComplete).toBe(true)
    expect(m.problems.map((p) => p.severity)).toEqual(['warning'])
  })
})
