/**
 * Which file a worker thread of this program starts from. A bundle's entry (dist/cli/index.js,
 * dist/index.js) registers itself, and starts the worker side instead of a command when it
 * finds itself running as one; without a registered entry (tests running the sources) work
 * that could go to workers is done on the calling thread.
 */
import { availableParallelism } from 'node:os'
import { isMainThread, workerData } from 'node:worker_threads'

/** The `workerData.role` of a chart-rendering worker. */
export const CHART_WORKER_ROLE = 'kube-whoami chart worker'

let entry: URL | undefined

export function setWorkerEntry(url: URL): void {
  entry = url
}

export function workerEntry(): URL | undefined {
  return entry
}

/** Whether this thread was started as a chart worker (by chart-pool.ts). */
export function isChartWorker(): boolean {
  return (
    !isMainThread &&
    typeof workerData === 'object' &&
    workerData !== null &&
    (workerData as { role?: unknown }).role === CHART_WORKER_ROLE
  )
}

/** At most this many threads render charts, whatever the machine has (memory grows with each). */
export const MAX_JOBS = 4

/** How a scan spreads chart renderings over threads. */
export interface ScanJobs {
  /** Threads rendering charts, the main thread included. */
  jobs: number
  /** Workers start only for a repository with at least this many charts. */
  workersFromCharts: number
}

/**
 * Threads a scan renders charts on: `--jobs`, else KUBE_WHOAMI_JOBS, else the machine's cores
 * up to MAX_JOBS. A worker starts its own engine and warms up its own compiled code, and V8's
 * threads (compiling hot code, collecting garbage) already keep about a quarter of a core
 * busy per rendering thread: on 2 cores a second thread made the 40 corpus charts 9 % slower
 * (3.8 s against 3.5 s) and bitnami/charts' 117 charts 22 % faster (14.5 s against 18.5 s).
 * So by default, below 4 cores workers wait for 64 charts; a count given is used from 4. A
 * value that is not a whole number from 1 is an error message.
 */
export function scanJobs(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  cores = availableParallelism(),
): ScanJobs | { error: string } {
  const given = flag ?? env.KUBE_WHOAMI_JOBS
  if (given === undefined || given === '')
    return { jobs: Math.min(MAX_JOBS, cores), workersFromCharts: cores >= 4 ? 4 : 64 }
  if (!/^[1-9][0-9]{0,2}$/.test(given.trim()))
    return {
      error: `${flag !== undefined ? '--jobs' : 'KUBE_WHOAMI_JOBS'} must be a whole number from 1 to 999, not ${JSON.stringify(given)}`,
    }
  return { jobs: Number(given.trim()), workersFromCharts: 4 }
}
