import { describe, expect, it } from 'vitest'
import { withoutStackTraces } from '../../src/core/no-stack-traces.js'

describe('withoutStackTraces', () => {
  it('captures no stack inside and restores the limit after, also when fn throws', () => {
    const before = Error.stackTraceLimit
    const inside = withoutStackTraces(() => new Error('x').stack ?? '')
    expect(inside.split('\n')).toEqual(['Error: x'])
    expect(() =>
      withoutStackTraces(() => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(Error.stackTraceLimit).toBe(before)
    expect((new Error('y').stack ?? '').split('\n').length).toBeGreaterThan(1)
  })
})
