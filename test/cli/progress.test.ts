/**
 * Progress on long scans: a line on a terminal's stderr once a scan has taken a second,
 * counting charts, rules and Dockerfiles, redrawn in place and erased at the end; nothing for
 * short scans. The scan reports every phase with its counts.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { terminalProgress } from '../../src/cli/progress.js'
import { scan } from '../../src/scan.js'
import type { ScanProgress } from '../../src/scan-progress.js'
import { projectRoot } from '../helpers/shared.js'

describe('progress', () => {
  it('the scan reports each phase from start to end, with the charts and Dockerfiles it did', async () => {
    const seen: ScanProgress[] = []
    await scan({ root: join(projectRoot, 'demo'), onProgress: (p) => seen.push(p) })
    const ends = seen.filter((p) => p.end)
    expect(ends.map((p) => p.phase)).toEqual([
      'discover',
      'kustomize',
      'manifests',
      'charts',
      'images',
      'rules',
      'dockerfiles',
    ])
    expect(ends.find((p) => p.phase === 'charts')).toMatchObject({ done: 1, total: 1 })
    expect(seen.filter((p) => p.phase === 'charts' && p.item).map((p) => p.item)).toEqual([
      'charts/shop-frontend',
    ])
    expect(ends.find((p) => p.phase === 'dockerfiles')).toMatchObject({ done: 3, total: 3 })
    for (const p of ends) expect(p.ms).toBeGreaterThanOrEqual(0)
  })

  it('draws nothing for a scan under a second', () => {
    let t = 0
    const out: string[] = []
    const progress = terminalProgress((s) => out.push(s), { now: () => t })
    progress.listener({ phase: 'charts', done: 0, total: 3 })
    t = 900
    progress.listener({ phase: 'charts', done: 3, total: 3, end: true })
    progress.done()
    expect(out).toEqual([])
  })

  it('draws one line in place after a second, counts each phase, and erases it at the end', () => {
    let t = 0
    const out: string[] = []
    const progress = terminalProgress((s) => out.push(s), { now: () => t })
    progress.listener({ phase: 'charts', done: 0, total: 12 })
    t = 1200
    progress.listener({ phase: 'charts', done: 3, total: 12, item: 'charts/a' })
    t = 1250 // throttled: within 100 ms of the last line
    progress.listener({ phase: 'charts', done: 4, total: 12, item: 'charts/b' })
    t = 2500
    progress.listener({ phase: 'charts', done: 12, total: 12, end: true })
    progress.listener({ phase: 'rules', done: 0, total: 36 })
    progress.done()
    expect(out).toEqual([
      '\r\u001b[KRendering charts… charts 3/12 (1.2 s)',
      '\r\u001b[Kcharts 12/12 (2.5 s)',
      '\r\u001b[K',
    ])
  })
})
