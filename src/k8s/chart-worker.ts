/**
 * The worker side of chart-pool.ts: takes chart renderings from the shared queue, loads each
 * with loadChart exactly as the main thread would, and sends back what the scan reads as
 * plain data (the objects' values, problems, notices). The render's source map stays here:
 * the main thread asks where a path of an object comes from through a synchronous call
 * (locate, feed, has), answered on the port the pool gave this worker.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { discover } from '../discover/walk.js'
import { forgetParsedTemplates, loadChart, repositoryCharts, type LoadedChart } from './charts.js'
import type { ManifestSource } from './source.js'
import {
  type ChartJobResult,
  type ChartWorkerData,
  type JobsMessage,
  type RemoteCall,
  type RemoteReply,
  type SentDocument,
} from './chart-pool-protocol.js'
import { mentionsKubeWhoami } from '../suppress/directive-files.js'

/** Whether a value is plain data that a structured clone copies as it is. */
function isPlain(v: unknown, depth = 0): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function' && typeof v !== 'symbol'
  // Deeper than any manifest: the main thread renders such a chart itself.
  if (depth > 1_000) return false
  if (Array.isArray(v)) {
    for (const x of v) if (!isPlain(x, depth + 1)) return false
    return true
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false
  for (const k of Object.keys(v))
    if (!isPlain((v as Record<string, unknown>)[k], depth + 1)) return false
  return true
}

export function serveChartJobs(): void {
  const data = workerData as ChartWorkerData
  const port = data.port as MessagePort
  const signal = new Int32Array(data.signal)
  const next = new Int32Array(data.next)
  const sources: ManifestSource[] = []

  port.on('message', (call: RemoteCall) => {
    let reply: RemoteReply
    try {
      const s = sources[call.doc]
      if (call.op === 'locate') reply = { value: s.locate(call.path, call.part) }
      else if (call.op === 'feed') reply = { value: s.feed?.(call.query) }
      else reply = { value: s.doc.has(call.path) }
    } catch (e) {
      reply = { error: (e as Error).message }
    }
    port.postMessage(reply)
    Atomics.store(signal, 0, 1)
    Atomics.notify(signal, 0)
  })

  let charts: readonly string[] | undefined
  const chartDirs = () =>
    (charts ??= data.rediscover ? discover({ root: data.root }).charts : data.discoveredCharts)
  const withoutDirectives: string[] = []
  const context = {
    limits: data.limits,
    fileRead: (path: string, bytes: Uint8Array) => {
      if (!mentionsKubeWhoami(bytes)) withoutDirectives.push(path)
    },
    repositoryCharts: repositoryCharts(data.root, chartDirs),
  }

  parentPort!.once('message', ({ renderings }: JobsMessage) => {
    for (;;) {
      const i = Atomics.add(next, 0, 1)
      if (i >= renderings.length) break
      withoutDirectives.length = 0
      const loaded = loadChart(data.root, renderings[i], context)
      parentPort!.postMessage({ done: i, result: toSent(loaded, sources, [...withoutDirectives]) })
    }
    // The worker stays to answer where things come from; the trees would stay with it.
    forgetParsedTemplates()
    parentPort!.postMessage({ outOfWork: true })
  })
}

function toSent(
  loaded: LoadedChart,
  sources: ManifestSource[],
  withoutDirectives: string[],
): ChartJobResult {
  const documents: SentDocument[] = []
  const index = new Map<ManifestSource, SentDocument>()
  for (const o of loaded.objects) {
    let d = index.get(o.source)
    if (!d) {
      const value = o.source.doc.value
      if (!isPlain(value)) return { fallback: true }
      d = {
        key: sources.length,
        id: o.source.id,
        file: o.source.doc.file,
        value,
        span: o.source.doc.span,
        contentRange: o.source.doc.contentRange,
        renderNote: o.source.renderNote,
        rendering: o.source.rendering,
        objects: [],
      }
      sources.push(o.source)
      index.set(o.source, d)
      documents.push(d)
    }
    d.objects.push({ namespace: o.namespace, renderedId: o.renderedId })
  }
  return {
    problems: loaded.problems,
    notices: loaded.notices,
    documents,
    documentCount: loaded.documents,
    withoutDirectives,
  }
}
