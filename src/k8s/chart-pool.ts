/**
 * Chart renderings spread over worker threads. The main thread and the workers take
 * renderings from one shared counter, so the main thread renders while the workers start
 * and nobody waits on a slow chart. A worker sends back the objects' values; their places
 * (values-file lines, template lines) are asked of the worker that rendered them, through a
 * synchronous call, when a finding is reported: the render's source map never leaves the
 * worker. The results are the ones a single thread gives (a test compares whole reports).
 *
 * A worker that fails (it could not start, or died) leaves its rendering to the main thread.
 * Without a bundle entry to start workers from (tests running the sources), or with one job,
 * everything is rendered here.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import type { Feed, FeedQuery } from '../helm/feeds.js'
import type { Span, SpanPart, YamlPath, PositionedDocument } from '../yaml/read.js'
import type { SourceRange } from '../core/range.js'
import { CHART_WORKER_ROLE, workerEntry } from '../core/worker-entry.js'
import type { ChartContext, ChartRendering, LoadedChart } from './charts.js'
import { objectsOfDocument, type K8sObject } from './objects.js'
import type { Located, ManifestSource } from './source.js'
import type {
  ChartJobResult,
  ChartWorkerData,
  RemoteCall,
  RemoteReply,
  SentDocument,
  WorkerMessage,
} from './chart-pool-protocol.js'

/** Fewer renderings than this are never worth a worker's start-up (loading the engine again). */
export const MIN_RENDERINGS_FOR_WORKERS = 4

const YOUNG_GENERATION_MB = 48

export interface ChartPoolSettings {
  root: string
  /** The charts of the discovery, and whether a worker must walk the whole root instead. */
  discoveredCharts: readonly string[]
  rediscover: boolean
  limits?: ChartContext['limits']
  /** Threads rendering, the main thread included (1: the main thread alone). */
  jobs: number
  /** Workers start only for at least this many charts (never fewer than MIN_RENDERINGS_FOR_WORKERS). */
  workersFromCharts?: number
}

export interface ChartLoadOptions {
  renderings: readonly ChartRendering[]
  context: ChartContext
  /** Each chart file read without a directive, for renderings done in a worker. */
  withoutDirectives: (path: string) => void
  /** Told when each rendering is loaded, in the order they finish. */
  onLoaded?: (index: number) => void
  loadChart: (root: string, r: ChartRendering, context: ChartContext) => LoadedChart
}

export interface LoadedCharts {
  /** In the order of the renderings. */
  loaded: LoadedChart[]
  /** How many of them a worker thread rendered. */
  onWorkers: number
}

/**
 * Starts the workers as soon as the scan knows it has charts enough, so that they load the
 * engine while the main thread reads manifests and Dockerfiles. Undefined where workers are
 * not used (one job, few charts, or no bundle entry to start them from).
 */
export function startChartPool(settings: ChartPoolSettings): ChartPool | undefined {
  const entry = workerEntry()
  const charts = settings.discoveredCharts.length
  const minimum = Math.max(MIN_RENDERINGS_FOR_WORKERS, settings.workersFromCharts ?? 0)
  if (!entry || settings.jobs < 2 || charts < minimum) return undefined
  const next = new SharedArrayBuffer(4)
  const clients: WorkerClient[] = []
  for (let w = 0; w < Math.min(settings.jobs, charts) - 1; w++) {
    const client = WorkerClient.start(entry, settings, next)
    if (client) clients.push(client)
  }
  return clients.length ? new ChartPool(settings, clients, next) : undefined
}

/** Loads every rendering on this thread alone. */
export function loadChartsHere(root: string, o: ChartLoadOptions): LoadedCharts {
  const loaded = o.renderings.map((r, i) => {
    const l = o.loadChart(root, r, o.context)
    o.onLoaded?.(i)
    return l
  })
  return { loaded, onWorkers: 0 }
}

export class ChartPool {
  constructor(
    private readonly settings: ChartPoolSettings,
    private readonly clients: WorkerClient[],
    private readonly nextBuffer: SharedArrayBuffer,
  ) {}

  /** Loads every rendering on this thread and the workers; then the workers only answer calls. */
  async load(o: ChartLoadOptions): Promise<LoadedCharts> {
    const root = this.settings.root
    const n = o.renderings.length
    if (n < MIN_RENDERINGS_FOR_WORKERS) {
      this.close()
      return loadChartsHere(root, o)
    }
    const results: (LoadedChart | undefined)[] = new Array(n)
    let onWorkers = 0
    const local = (i: number) => {
      results[i] = o.loadChart(root, o.renderings[i], o.context)
      o.onLoaded?.(i)
    }
    for (const c of this.clients) {
      c.onDone = (i, r) => {
        if (r.fallback) return local(i)
        for (const p of r.withoutDirectives) o.withoutDirectives(p)
        results[i] = c.rebuild(r)
        onWorkers++
        o.onLoaded?.(i)
      }
      c.send(o.renderings)
    }
    const next = new Int32Array(this.nextBuffer)
    for (;;) {
      const i = Atomics.add(next, 0, 1)
      if (i >= n) break
      local(i)
    }
    // A worker says when it finds the counter past the end; its renderings come before that.
    while (this.clients.some((c) => c.alive && !c.outOfWork)) {
      await Promise.race(this.clients.map((c) => c.nextEvent()))
    }
    // What a worker took and never sent back (it died) is rendered here.
    for (let i = 0; i < n; i++) if (results[i] === undefined) local(i)
    for (const c of this.clients) c.idle()
    return { loaded: results as LoadedChart[], onWorkers }
  }

  /** Stops the workers (nothing they rendered is in use). */
  close(): void {
    for (const c of this.clients) c.stop()
  }
}

class WorkerClient {
  onDone: (index: number, result: ChartJobResult) => void = () => {}
  alive = true
  /** The worker found no rendering left to take. */
  outOfWork = false
  private wake: (() => void)[] = []

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
  ) {
    worker.on('message', (m: WorkerMessage) => {
      if ('done' in m) this.onDone(m.done, m.result)
      else this.outOfWork = true
      this.notify()
    })
    const gone = () => {
      this.alive = false
      this.notify()
    }
    worker.on('error', gone)
    worker.on('exit', gone)
  }

  static start(
    entry: URL,
    o: ChartPoolSettings,
    next: SharedArrayBuffer,
  ): WorkerClient | undefined {
    const { port1, port2 } = new MessageChannel()
    const signal = new SharedArrayBuffer(4)
    const data: ChartWorkerData = {
      role: CHART_WORKER_ROLE,
      root: o.root,
      limits: o.limits,
      discoveredCharts: [...o.discoveredCharts],
      rediscover: o.rediscover,
      next,
      signal,
      port: port2,
    }
    try {
      const worker = new Worker(entry, {
        workerData: data,
        transferList: [port2],
        // Node 20's young generation (3 semi-spaces of 16 MB). Node 24's grows far larger,
        // and a render keeps most of what it makes, so every scavenge copies it (the action
        // relaunches itself for the same reason, action/relaunch.ts).
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      })
      // Until it has renderings to do, a worker does not keep the process up (a scan that
      // fails before its charts must still end).
      worker.unref()
      return new WorkerClient(worker, port1, new Int32Array(signal))
    } catch {
      return undefined
    }
  }

  nextEvent(): Promise<void> {
    return new Promise((resolve) => this.wake.push(resolve))
  }

  private notify(): void {
    const w = this.wake
    this.wake = []
    for (const f of w) f()
  }

  /** The renderings to take from the shared counter. */
  send(renderings: readonly ChartRendering[]): void {
    this.worker.ref()
    this.worker.postMessage({ renderings: [...renderings] })
  }

  stop(): void {
    this.alive = false
    void this.worker.terminate()
  }

  /** After the renderings: the worker only answers calls, and does not keep the process up. */
  idle(): void {
    this.worker.unref()
    this.port.unref()
  }

  /** Objects of a worker's rendering, with sources that ask the worker for places. */
  rebuild(r: Exclude<ChartJobResult, { fallback: true }>): LoadedChart {
    const objects: K8sObject[] = []
    for (const d of r.documents) {
      const source = new RemoteManifestSource(this, d)
      const made = objectsOfDocument(source)
      made.forEach((obj, k) => {
        const sent = d.objects[k]
        obj.namespace = sent?.namespace
        if (sent?.renderedId !== undefined) obj.renderedId = sent.renderedId
        objects.push(obj)
      })
    }
    return {
      objects,
      problems: r.problems,
      notices: r.notices,
      documents: r.documentCount,
    }
  }

  /** A synchronous call answered by the worker (its event loop is free once it has rendered). */
  call(req: RemoteCall): RemoteReply {
    if (!this.alive) return { error: 'the chart worker is gone' }
    Atomics.store(this.signal, 0, 0)
    this.port.postMessage(req)
    const waited = Atomics.wait(this.signal, 0, 0, 60_000)
    const m = receiveMessageOnPort(this.port)
    if (waited === 'timed-out' || !m) return { error: 'the chart worker did not answer' }
    return m.message as RemoteReply
  }
}

/** A chart's rendered document whose source map lives in the worker that rendered it. */
class RemoteManifestSource implements ManifestSource {
  readonly id: string
  readonly doc: PositionedDocument
  readonly renderNote?: string
  readonly rendering?: string

  constructor(
    private readonly client: WorkerClient,
    private readonly sent: SentDocument,
  ) {
    this.id = sent.id
    this.renderNote = sent.renderNote
    this.rendering = sent.rendering
    this.doc = new RemoteDocument(client, sent)
  }

  /** As the worker's RenderedManifestSource answers it. */
  feed(query: FeedQuery): Feed | undefined {
    const r = this.client.call({ op: 'feed', doc: this.sent.key, query })
    return 'value' in r ? (r.value as Feed | undefined) : undefined
  }

  locate(path: YamlPath, part?: SpanPart): Located {
    const r = this.client.call({ op: 'locate', doc: this.sent.key, path: [...path], part })
    if ('value' in r && r.value) return r.value as Located
    // As a rendered document without a trace answers: the file, at its top.
    const file = this.sent.file
    return { range: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] }
  }
}

/** The value of a rendered document; its positions are the worker's. */
class RemoteDocument implements PositionedDocument {
  readonly file: string
  readonly value: unknown
  readonly problems = []
  readonly isEmpty = false
  readonly span: Span
  readonly contentRange: SourceRange

  constructor(
    private readonly client: WorkerClient,
    private readonly sent: SentDocument,
  ) {
    this.file = sent.file
    this.value = sent.value
    this.span = sent.span
    this.contentRange = sent.contentRange
  }

  has(path: YamlPath): boolean {
    const r = this.client.call({ op: 'has', doc: this.sent.key, path: [...path] })
    return 'value' in r && r.value === true
  }

  spanOf(): Span | undefined {
    // Rendered documents are placed through locate (the source map), never by span.
    return undefined
  }

  rangeOf(): SourceRange | undefined {
    return undefined
  }
}
