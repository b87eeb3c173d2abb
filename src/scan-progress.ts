/**
 * How far a scan is, for long scans: the CLI draws a line on a terminal, the action writes one
 * log group per phase with its time. scan() reports each phase's start, each item done and its
 * end; what to show is the caller's business.
 */

export type ScanPhase =
  | 'discover'
  | 'kustomize'
  | 'manifests'
  | 'charts'
  | 'images'
  | 'registry'
  | 'rules'
  | 'dockerfiles'

/** What a phase is called in progress lines and log groups. */
export const PHASE_LABEL: Record<ScanPhase, string> = {
  discover: 'Finding files',
  kustomize: 'Building kustomize overlays',
  manifests: 'Reading manifests',
  charts: 'Rendering charts',
  images: 'Linking images to Dockerfiles',
  registry: 'Looking up images in registries',
  rules: 'Running the rules',
  dockerfiles: 'Checking Dockerfiles',
}

export interface ScanProgress {
  phase: ScanPhase
  /** Items done so far, of `total` (charts rendered, rules run, ...). */
  done: number
  total: number
  /** The item just done (a chart path, a Dockerfile), for logs. */
  item?: string
  /** Milliseconds the item took (with `item`), or the whole phase (at its end). */
  ms?: number
  /** True on the phase's last report. */
  end?: boolean
}

export type ProgressListener = (p: ScanProgress) => void

/** Reports one phase: `start`, `step` per item, `end`; timings measured here. */
export class PhaseTracker {
  private started = 0
  private itemStarted = 0
  private done = 0

  constructor(
    private readonly listener: ProgressListener | undefined,
    readonly phase: ScanPhase,
    private total: number,
  ) {
    if (!listener) return
    this.started = this.itemStarted = performance.now()
    listener({ phase, done: 0, total })
  }

  /** More items than announced (a failed overlay's bases are built on their own). */
  grow(n: number): void {
    this.total += n
  }

  step(item?: string): void {
    this.done++
    if (!this.listener) return
    const now = performance.now()
    this.listener({
      phase: this.phase,
      done: this.done,
      total: this.total,
      ...(item !== undefined ? { item, ms: now - this.itemStarted } : {}),
    })
    this.itemStarted = now
  }

  end(): void {
    this.listener?.({
      phase: this.phase,
      done: this.done,
      total: this.total,
      ms: performance.now() - this.started,
      end: true,
    })
  }
}
