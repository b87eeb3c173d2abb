/**
 * A progress line on a terminal for scans that take more than a second: overlays built,
 * charts rendered, rules run, Dockerfiles checked, redrawn in place on stderr (so a report
 * piped from stdout stays clean) and erased when the scan ends. Short scans print nothing.
 */
import { PHASE_LABEL, type ProgressListener, type ScanPhase } from '../scan-progress.js'

export interface TerminalProgress {
  listener: ProgressListener
  /** Erases the line, if one was drawn. */
  done(): void
}

/** Phases the line counts, in the order they run. */
const COUNTED: ScanPhase[] = ['kustomize', 'charts', 'rules', 'dockerfiles']
const SHORT: Partial<Record<ScanPhase, string>> = {
  kustomize: 'overlays',
  charts: 'charts',
  rules: 'rules',
  dockerfiles: 'Dockerfiles',
}

export function terminalProgress(
  write: (text: string) => void,
  options: { now?: () => number; delayMs?: number; everyMs?: number } = {},
): TerminalProgress {
  const now = options.now ?? (() => performance.now())
  const delay = options.delayMs ?? 1000
  const every = options.everyMs ?? 100
  const started = now()
  const counts = new Map<ScanPhase, { done: number; total: number }>()
  let current: ScanPhase | undefined
  let drawn = false
  let last = -Infinity
  const draw = () => {
    const parts = COUNTED.filter((p) => counts.has(p)).map((p) => {
      const c = counts.get(p)!
      return `${SHORT[p]} ${c.done}/${c.total}`
    })
    const seconds = ((now() - started) / 1000).toFixed(1)
    const doing = current ? `${PHASE_LABEL[current]}… ` : ''
    write(`\r\u001b[K${doing}${parts.join(' · ')} (${seconds} s)`)
    drawn = true
  }
  return {
    listener: (p) => {
      current = p.end ? undefined : p.phase
      if (COUNTED.includes(p.phase)) counts.set(p.phase, { done: p.done, total: p.total })
      const t = now()
      if (t - started < delay || t - last < every) return
      last = t
      draw()
    },
    done: () => {
      if (drawn) write('\r\u001b[K')
    },
  }
}
