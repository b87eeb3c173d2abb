/**
 * The scan's phases in the Actions log: one folded group per phase, titled with what it did
 * and how long it took (`Rendering charts: 3 in 1.2 s`), holding each item and its time, so
 * a slow run shows where the time went.
 */
import * as core from '@actions/core'
import { PHASE_LABEL, type ProgressListener } from '../scan-progress.js'

export function logGroups(): ProgressListener {
  let items: string[] = []
  return (p) => {
    if (p.item !== undefined) items.push(`${p.item} (${((p.ms ?? 0) / 1000).toFixed(2)} s)`)
    if (!p.end) return
    const seconds = ((p.ms ?? 0) / 1000).toFixed(1)
    core.startGroup(`${PHASE_LABEL[p.phase]}: ${p.total} in ${seconds} s`)
    if (items.length) core.info(items.join('\n'))
    core.endGroup()
    items = []
  }
}
