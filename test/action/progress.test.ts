/**
 * The scan's phases in the Actions log: one folded group per phase with its count and time,
 * holding each item and its time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { logGroups } from '../../src/action/progress.js'

describe('log groups per phase', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('writes one group per phase, titled with what it did and its time', () => {
    const out: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s))
      return true
    })
    const log = logGroups()
    log({ phase: 'charts', done: 0, total: 2 })
    log({ phase: 'charts', done: 1, total: 2, item: 'charts/api', ms: 1234 })
    log({ phase: 'charts', done: 2, total: 2, item: 'charts/web (prod)', ms: 56 })
    log({ phase: 'charts', done: 2, total: 2, ms: 1300, end: true })
    log({ phase: 'manifests', done: 0, total: 40 })
    log({ phase: 'manifests', done: 40, total: 40, ms: 80, end: true })
    expect(out.join('').split(/\r?\n/).filter(Boolean)).toEqual([
      '::group::Rendering charts: 2 in 1.3 s',
      'charts/api (1.23 s)',
      'charts/web (prod) (0.06 s)',
      '::endgroup::',
      '::group::Reading manifests: 40 in 0.1 s',
      '::endgroup::',
    ])
  })
})
