/**
 * The template engine as Helm's pkg/engine runs it: every template of the chart and its
 * subcharts parsed into one set (deepest files first, so a parent's `define` wins), each
 * non-partial template executed with its chart's scoped values and `.Template`, Helm's
 * `include`/`tpl`/`required`/`fail`/`lookup` closures, `<no value>` removed, and errors
 * reworded as Helm does. Rendering is bounded in time and output size.
 */
import { TemplateSet } from '../template/template.js'
import { TemplateError } from '../template/errors.js'
import { withSignature, type FuncMap, type TemplateFunc } from '../template/functions.js'
import type { ExecHooks } from '../template/exec.js'
import { quote } from '../template/strconv.js'
import type { GoMap, GoValue } from '../template/value.js'
import { sprigFuncs } from './funcs/index.js'
import * as enc from './yaml/index.js'
import type { Chart, ChartFile } from './chart.js'
import { chartObject, filesObject } from './objects.js'
import { valuesTable } from './dependencies.js'
import { bytesToString, pathBase, pathJoin } from './go-text.js'
import { compareGoStrings } from '../template/sort.js'
import { setKey } from './gomap.js'
import { cleanupParseError, reformatExecError } from './template-errors.js'
import { FileTrace } from './trace.js'
import { siteOf, type ValueSite } from './origins.js'
import { activeBudget, work } from '../core/budget.js'

/** A render failure worded as Helm prints it (after `Error: `). */
export class RenderError extends Error {
  constructor(
    message: string,
    /** The template name (`chart/templates/x.yaml`) the error points at, when known. */
    readonly template?: string,
    readonly line?: number,
    /** Go's column (byte offset within the line, 0-based), when known. */
    readonly column?: number,
  ) {
    super(message)
  }
}

export interface EngineLimits {
  /** Maximum total output, in UTF-16 units. */
  maxOutput: number
}

export const defaultLimits: EngineLimits = { maxOutput: 64 * 1024 * 1024 }

export interface EngineOptions {
  trace?: boolean
  limits?: Partial<EngineLimits>
  /**
   * Scans only (helm fails the whole render): each template file renders on its own error
   * boundary. A file that does not parse or execute is left out and reported here; the
   * others render as helm would render them (a file left out takes its defines with it).
   */
  onTemplateFailure?: (failure: TemplateFailure) => void
}

/** A template file left out of a lenient render. */
export interface TemplateFailure {
  error: RenderError
  /**
   * When tracing: where the value the failing action read last was set (the values-file
   * key of `.Values.db` for a nil pointer at `.Values.db.auth.host`), if a file set it.
   */
  valueSite?: ValueSite
}

export interface RenderedTemplate {
  /** `chart/templates/x.yaml`, subcharts as `chart/charts/sub/templates/y.yaml`. */
  name: string
  text: string
  file: ChartFile
  trace?: FileTrace
}

interface Renderable {
  text: string
  vals: GoMap
  basePath: string
  file: ChartFile
}

const recursionMaxNums = 1000

/** Helm's sortTemplates: deeper paths first; equal depth in reverse lexical order. */
export function sortTemplates(names: string[]): string[] {
  const depth = (s: string): number => s.split('/').length - 1
  return [...names].sort((a, b) => {
    const da = depth(a)
    const db = depth(b)
    if (da !== db) return db - da
    return compareGoStrings(b, a)
  })
}

function allTemplates(
  c: Chart,
  templates: Map<string, Renderable>,
  values: GoMap,
  filesMaps: GoMap[],
): GoMap {
  const subCharts: GoMap = {}
  const files = filesObject(c.files)
  filesMaps.push(files)
  const next: GoMap = {
    Chart: chartObject(c.metadata, c.isRoot()),
    Files: files,
    Release: values.Release ?? null,
    Capabilities: values.Capabilities ?? null,
    Values: {},
    Subcharts: subCharts,
  }
  if (c.isRoot()) {
    next.Values = values.Values ?? {}
  } else {
    const t = valuesTable(values, `Values.${c.name}`)
    if ('table' in t) next.Values = t.table
  }
  for (const child of c.dependencies)
    setKey(subCharts, child.name, allTemplates(child, templates, next, filesMaps))
  const parentId = c.fullPath()
  for (const t of c.templates) {
    if (c.isLibrary() && !pathBase(t.name).startsWith('_')) continue
    templates.set(pathJoin(parentId, t.name), {
      text: bytesToString(t.data),
      vals: next,
      basePath: pathJoin(parentId, 'templates'),
      file: t,
    })
  }
  return next
}

/**
 * The output limit. Time and memory are the open budget's (core/budget.ts: render.ts opens
 * one per chart; every template node and function call charges it).
 */
class Limits {
  private output = 0
  /** The limit error, kept so it is reported even when a template wraps it. */
  tripped: RenderError | undefined
  constructor(private readonly l: EngineLimits) {}
  private trip(message: string): never {
    this.tripped ??= new RenderError(message)
    throw this.tripped
  }
  emitted(n: number): void {
    this.output += n
    if (this.output > this.l.maxOutput) {
      this.trip(`rendered output exceeds the limit of ${this.l.maxOutput} characters; stopped`)
    }
  }
  tick(): void {
    if (this.tripped) throw this.tripped
    work()
  }
}

function sprigFuncMap(): FuncMap {
  const out: FuncMap = {}
  for (const spec of Object.values(sprigFuncs())) {
    const params = spec.variadic ? [...spec.params, spec.variadic] : [...spec.params]
    const signature = { params, variadic: !!spec.variadic, result: spec.result }
    // Signatures live on the function object: share it unless another name gave it a different one.
    let fn = spec.fn as TemplateFunc
    const existing = fn.goSignature
    if (existing && JSON.stringify(existing) !== JSON.stringify(signature)) {
      const inner = spec.fn
      fn = (...args: GoValue[]) => inner(...args)
    }
    out[spec.name] = withSignature(fn, signature)
  }
  const sig = (fn: (...a: GoValue[]) => GoValue, params: string[], result: string): TemplateFunc =>
    withSignature(fn, { params, result })
  out.toYaml = sig((v) => enc.toYaml(v), ['interface {}'], 'string')
  out.mustToYaml = sig((v) => enc.mustToYaml(v), ['interface {}'], 'string')
  out.toYamlPretty = sig((v) => enc.toYamlPretty(v), ['interface {}'], 'string')
  out.fromYaml = sig((s) => enc.fromYaml(s as string), ['string'], 'map[string]interface {}')
  out.fromYamlArray = sig((s) => enc.fromYamlArray(s as string), ['string'], '[]interface {}')
  out.toJson = sig((v) => enc.toJson(v), ['interface {}'], 'string')
  out.mustToJson = sig((v) => enc.mustToJson(v), ['interface {}'], 'string')
  out.fromJson = sig((s) => enc.fromJson(s as string), ['string'], 'map[string]interface {}')
  out.fromJsonArray = sig((s) => enc.fromJsonArray(s as string), ['string'], '[]interface {}')
  out.toToml = sig((v) => enc.toToml(v), ['interface {}'], 'string')
  out.fromToml = sig((s) => enc.fromToml(s as string), ['string'], 'map[string]interface {}')
  out.lookup = sig(() => ({}), ['string', 'string', 'string', 'string'], 'map[string]interface {}')
  return out
}

let baseFuncs: FuncMap | undefined

/** Renders every template; returns the outputs keyed by template name (NOTES.txt included). */
export function renderTemplates(
  chart: Chart,
  top: GoMap,
  options: EngineOptions = {},
): Map<string, RenderedTemplate> {
  const limits = new Limits({ ...defaultLimits, ...options.limits })
  const tpls = new Map<string, Renderable>()
  const filesMaps: GoMap[] = []
  allTemplates(chart, tpls, top, filesMaps)
  baseFuncs ??= sprigFuncMap()
  const set = new TemplateSet({ name: 'gotpl', missingKey: 'zero', funcs: baseFuncs })
  const includedNames = new Map<string, number>()
  let current: FileTrace | undefined
  /** Runs a nested execution (include, tpl), recording its writes when tracing. */
  const traced = (run: (hooks: ExecHooks | undefined) => string): string => {
    const file = current
    if (!options.trace || !file) return run(undefined)
    const nested = file.beginNested()
    const out = run({
      onRead: (c, k, v, at) => file.onRead(c, k, v, at),
      onEmit: (start, end, at, kind) => nested.emits.push({ start, end, at, kind }),
    })
    file.endNested(nested, out)
    return out
  }

  const makeInclude = (t: TemplateSet): TemplateFunc =>
    withSignature(
      (name: GoValue, data: GoValue) => {
        const n = name as string
        const count = includedNames.get(n)
        if (count !== undefined) {
          if (count > recursionMaxNums) {
            throw new Error(
              `rendering template has a nested reference name: ${n}: unable to execute template`,
            )
          }
          includedNames.set(n, count + 1)
        } else {
          includedNames.set(n, 1)
        }
        limits.tick()
        try {
          return traced((hooks) => t.execute(n, data, { hooks }))
        } catch (e) {
          if (e instanceof RangeError && /call stack/i.test(e.message)) {
            throw new Error(
              `rendering template has a nested reference name: ${n}: unable to execute template`,
              { cause: e },
            )
          }
          throw e
        } finally {
          includedNames.set(n, (includedNames.get(n) ?? 1) - 1)
        }
      },
      { params: ['string', 'interface {}'], result: 'string' },
    )

  const makeTpl = (parent: TemplateSet): TemplateFunc =>
    withSignature(
      (text: GoValue, vals: GoValue) => {
        const s = text as string
        limits.tick()
        const t = parent.clone()
        t.addFuncs({ include: makeInclude(t), tpl: makeTpl(t) })
        const previous = t.lookup('gotpl')
        try {
          t.parse('gotpl', s)
        } catch (e) {
          throw new Error(`cannot parse template ${quote(s)}: ${(e as Error).message}`, {
            cause: e,
          })
        }
        // Go executes the tree it just parsed; a body of only defines keeps an earlier
        // `gotpl` in the set (nested tpl), but the new, empty tree is what runs.
        if (previous !== undefined && t.lookup('gotpl') === previous) return ''
        let out: string
        try {
          out = traced((hooks) => t.execute('gotpl', vals, { hooks }))
        } catch (e) {
          if (e instanceof RenderError) throw e
          throw new Error(
            `error during tpl function execution for ${quote(s)}: ${(e as Error).message}`,
            { cause: e },
          )
        }
        return out.split('<no value>').join('')
      },
      { params: ['string', 'interface {}'], result: 'string' },
    )

  set.addFuncs({ include: makeInclude(set), tpl: makeTpl(set) })

  const keys = sortTemplates([...tpls.keys()])
  const leftOut = new Set<string>()
  for (const name of keys) {
    try {
      set.parse(name, tpls.get(name)!.text)
    } catch (e) {
      if (e instanceof TemplateError) {
        const error = new RenderError(cleanupParseError(name, e), name, e.line)
        if (!options.onTemplateFailure) throw error
        // Parsing adds nothing on error: the file and its defines are simply absent.
        options.onTemplateFailure({ error })
        leftOut.add(name)
        continue
      }
      throw e
    }
  }

  const rendered = new Map<string, RenderedTemplate>()
  for (const name of keys) {
    if (pathBase(name).startsWith('_') || leftOut.has(name)) continue
    const r = tpls.get(name)!
    setKey(r.vals, 'Template', { Name: name, BasePath: r.basePath })
    const trace = options.trace ? new FileTrace() : undefined
    current = trace
    const hooks: ExecHooks = { onWrite: (n) => limits.emitted(n) }
    if (trace) {
      hooks.onEmit = (start, end, at, kind) => trace.onEmit(start, end, at, kind)
      hooks.onRead = (c, k, v, at) => trace.onRead(c, k, v, at)
    }
    let raw: string
    try {
      limits.tick()
      raw = set.execute(name, r.vals, { hooks })
    } catch (e) {
      if (limits.tripped) throw new RenderError(limits.tripped.message, name)
      const spent = activeBudget()?.exceeded
      if (spent) throw new RenderError(budgetMessage(spent.message), name)
      const error = toRenderError(name, e)
      if (!options.onTemplateFailure || !(error instanceof RenderError)) throw error
      options.onTemplateFailure({ error, valueSite: lastValueRead(trace, error) })
      continue
    } finally {
      current = undefined
    }
    const text = trace ? trace.removeNoValue(raw) : raw.split('<no value>').join('')
    rendered.set(name, { name, text, file: r.file, trace })
  }
  // A trace keeps the objects a template read (`.` among them), and through `.Files` every
  // file of the chart; a scan keeps the traces until its findings are placed. No value of
  // a values file is in there, so the files go.
  for (const files of filesMaps) for (const k of Object.keys(files)) delete files[k]
  return rendered
}

/** A render stopped by its budget, as the finding says it. */
export function budgetMessage(reason: string): string {
  return `kube-whoami stopped rendering: ${reason} (a limit of kube-whoami for untrusted charts; helm has none)`
}

/**
 * The values-file site of what fed the action that failed: below a nil it read (a missing
 * subchart default, `.Values.db.auth` absent under `db:`), the key that was there; else the
 * last value with a site it read.
 */
function lastValueRead(trace: FileTrace | undefined, error: RenderError): ValueSite | undefined {
  if (!trace) return undefined
  // The failing action's reads are the last ones; a few thousand back is far enough.
  const stop = Math.max(0, trace.reads.length - 5000)
  // Innermost place first: an include's failure names the helper line after the caller's.
  for (const place of failurePlaces(error).reverse()) {
    let last: ValueSite | undefined
    for (let i = trace.reads.length - 1; i >= stop; i--) {
      const r = trace.reads[i]
      if (r.at.template !== place.template || r.at.line !== place.line) continue
      if (r.value === null || r.value === undefined) {
        const parent = trace.reads.slice(stop, i).findLast((p) => p.value === r.container)
        const site = parent && siteOf(parent.container, parent.key)
        if (site) return site
      }
      last ??= siteOf(r.container, r.key)
    }
    if (last) return last
  }
  return undefined
}

/** The template places an error names, outermost first (`chart/templates/x.yaml:12:4`). */
export function failurePlaces(
  error: RenderError,
): { template: string; line: number; col?: number }[] {
  const out: { template: string; line: number; col?: number }[] = []
  if (error.template !== undefined && error.line !== undefined) {
    out.push({ template: error.template, line: error.line, col: error.column })
  }
  for (const m of error.message.matchAll(/([\w.@+-]+(?:\/[\w.@+-]+)+):(\d+):(\d+)/g)) {
    const place = { template: m[1], line: Number(m[2]), col: Number(m[3]) }
    const last = out[out.length - 1]
    if (last && last.template === place.template && last.line === place.line) continue
    out.push(place)
  }
  return out
}

function toRenderError(name: string, e: unknown): Error {
  if (e instanceof RenderError) return e
  if (e instanceof TemplateError) {
    return new RenderError(
      reformatExecError(name, e),
      e.source ?? name,
      e.line || undefined,
      e.line ? e.col : undefined,
    )
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new RenderError(`rendering template failed: ${e.message}`, name)
  }
  return e as Error
}
