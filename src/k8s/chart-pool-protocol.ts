/** What chart-pool.ts and chart-worker.ts send each other (all plain data). */
import type { MessagePort } from 'node:worker_threads'
import type { BudgetLimits } from '../core/budget.js'
import type { Notice } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import type { Feed, FeedQuery } from '../helm/feeds.js'
import type { Span, SpanPart, YamlPath } from '../yaml/read.js'
import type { ChartProblem, ChartRendering } from './charts.js'
import type { Located } from './source.js'

export interface ChartWorkerData {
  role: string
  root: string
  limits?: Partial<BudgetLimits>
  /** The charts of the discovery, or (rediscover) walk the whole root for them when asked. */
  discoveredCharts: readonly string[]
  rediscover: boolean
  /** Int32 [0]: the next rendering to take, shared by the workers and the main thread. */
  next: SharedArrayBuffer
  /** Int32 [0]: set to 1 when an answer to a remote call has been posted on `port`. */
  signal: SharedArrayBuffer
  port: MessagePort
}

/** One document of a chart's render, as the main thread rebuilds its objects from it. */
export interface SentDocument {
  /** The document's number in the worker, for remote calls. */
  key: number
  id: string
  file: string
  value: unknown
  span: Span
  contentRange: SourceRange
  renderNote?: string
  rendering?: string
  /** Per object of the document, in objectsOfDocument's order: what loadChart set on it. */
  objects: { namespace?: string; renderedId?: string }[]
}

export type ChartJobResult =
  | {
      fallback?: undefined
      problems: ChartProblem[]
      notices: Notice[]
      documents: SentDocument[]
      documentCount: number
      /** Chart files read that hold no `kube-whoami` directive (see suppressFindings). */
      withoutDirectives: string[]
    }
  /** A value that is not plain data: the main thread loads this chart itself. */
  | { fallback: true }

/** The pool's one message to a worker: the renderings to take from the shared counter. */
export interface JobsMessage {
  renderings: ChartRendering[]
}

/** A rendering loaded, or (outOfWork) the shared counter is past the last rendering. */
export type WorkerMessage = { done: number; result: ChartJobResult } | { outOfWork: true }

export type RemoteCall =
  | { op: 'locate'; doc: number; path: YamlPath; part?: SpanPart }
  | { op: 'feed'; doc: number; query: FeedQuery }
  | { op: 'has'; doc: number; path: YamlPath }

export type RemoteReply = { value: Located | Feed | boolean | undefined } | { error: string }
