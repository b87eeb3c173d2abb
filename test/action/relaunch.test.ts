import { describe, expect, it } from 'vitest'
import { relaunchFlags, SEMI_SPACE_FLAG } from '../../src/action/relaunch.js'

describe('the action starting itself again with a smaller young generation', () => {
  it('does so on Node 24 and later, once', () => {
    expect(relaunchFlags({}, '24.21.0', [])).toEqual([SEMI_SPACE_FLAG])
    expect(relaunchFlags({}, '26.0.0', [])).toEqual([SEMI_SPACE_FLAG])
    expect(relaunchFlags({ KUBE_WHOAMI_RELAUNCHED: '1' }, '24.21.0', [])).toBeUndefined()
  })

  it('not on Node 20 (whose size it is), nor where the size was chosen already', () => {
    expect(relaunchFlags({}, '20.19.0', [])).toBeUndefined()
    expect(relaunchFlags({}, '24.21.0', ['--max-semi-space-size=64'])).toBeUndefined()
    expect(
      relaunchFlags({ NODE_OPTIONS: '--max-semi-space-size=32' }, '24.21.0', []),
    ).toBeUndefined()
  })
})
