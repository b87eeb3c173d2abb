/**
 * Runs template expressions through the real helm binary (v4.1.4) and through this
 * library, so tests can compare the two. Expressions with values that a template can
 * only get from values.yaml (float64, lists, maps) reference `.Values.v.<key>`.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { GoInt, isGoMap } from '../../../src/template/value.js'
import type { GoValue } from '../../../src/template/value.js'
import {
  GoFuncError,
  WARN_END,
  WARN_START,
  callChecked,
  formatV,
  quoteGo,
  sprigFuncs,
} from '../../../src/helm/funcs/index.js'

const run = promisify(execFile)

/** A template expression paired with the Go value it evaluates to. */
export class Raw {
  constructor(
    readonly tpl: string,
    readonly js: GoValue,
  ) {}
}

export const raw = (tpl: string, js: GoValue): Raw => new Raw(tpl, js)
export type Arg = GoValue | Raw

export interface Case {
  id: string
  /** Template expression, without braces. */
  expr: string
  /** This library's value for the expression (throws like the Go function would). */
  ours: () => GoValue
}

/** Collects cases and the values.yaml entries their arguments need. */
export class CaseSet {
  readonly cases: Case[] = []
  readonly values: Record<string, unknown> = {}
  private n = 0

  /** Template text for an argument (literal where Go has one, else a values reference). */
  argTpl(a: Arg): string {
    if (a instanceof Raw) return a.tpl
    if (a === null) return 'nil'
    if (typeof a === 'string') return quoteGo(a)
    if (typeof a === 'bigint') return a < 0n ? `(${a})` : a.toString()
    if (typeof a === 'boolean') return String(a)
    if (a instanceof GoInt && a.kind === 'int64') return `(int64 ${a.value})`
    if (typeof a === 'number' || Array.isArray(a) || isGoMap(a)) {
      const key = 'x' + this.n++
      this.values[key] = toJsonable(a)
      return `.Values.v.${key}`
    }
    throw new Error(`no template form for ${formatV(a)}`)
  }

  argJs(a: Arg): GoValue {
    if (a instanceof Raw) return a.js
    // Values come back from JSON: a fresh copy per case, as helm decodes per render.
    if (typeof a === 'object' && a !== null && !(a instanceof GoInt)) {
      return JSON.parse(JSON.stringify(toJsonable(a))) as GoValue
    }
    return a
  }

  /** A call `fn a b c`. */
  call(fn: string, ...args: Arg[]): void {
    const tpl = [fn, ...args.map((a) => this.argTpl(a))].join(' ')
    const spec = sprigFuncs()[fn]
    if (!spec) throw new Error(`unknown function ${fn}`)
    this.cases.push({
      id: `c${this.cases.length}`,
      expr: tpl,
      ours: () =>
        callChecked(
          spec,
          args.map((a) => this.argJs(a)),
        ),
    })
  }

  /** A free-form expression. */
  expr(tpl: string, ours: () => GoValue): void {
    this.cases.push({ id: `c${this.cases.length}`, expr: tpl, ours })
  }
}

function toJsonable(v: GoValue): unknown {
  if (typeof v === 'bigint') return Number(v)
  if (v instanceof GoInt) return Number(v.value)
  if (Array.isArray(v)) return v.map(toJsonable)
  if (v !== null && typeof v === 'object' && isGoMap(v)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonable(x)]))
  }
  return v
}

/** What text/template prints for a pipeline value (Helm then drops "<no value>"). */
export function printTop(v: GoValue): string {
  if (v === null) return ''
  return formatV(v)
}

/** Our printed result, or the error text Go would report. */
export function ours(c: Case): { out?: string; err?: string } {
  return oursOf(c.ours)
}

export function oursOf(f: () => GoValue): { out?: string; err?: string } {
  try {
    return { out: printTop(f()) }
  } catch (e) {
    if (e instanceof GoFuncError) {
      const m = e.message
      const wrapped = m.startsWith(WARN_START) && m.endsWith(WARN_END)
      return { err: wrapped ? m.slice(WARN_START.length, -WARN_END.length) : m }
    }
    throw e
  }
}

function makeChart(files: Record<string, string>, values: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-funcs-'))
  mkdirSync(join(dir, 'templates'))
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: hc\nversion: 0.1.0\n')
  writeFileSync(join(dir, 'values.yaml'), JSON.stringify({ v: values }))
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, 'templates', name), text)
  return dir
}

/**
 * Renders every case in one helm run; returns id -> output. A case that makes helm
 * fail is recorded as "<error: text>" and the rest rendered again without it.
 */
export async function helmOutputs(helm: string, set: CaseSet): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  let pending = set.cases
  for (let attempt = 0; attempt < 200 && pending.length > 0; attempt++) {
    const body = pending.map((c) => `@@BEGIN ${c.id}@@{{ ${c.expr} }}@@END@@\n`).join('')
    const dir = makeChart({ 'cases.yaml': body }, set.values)
    try {
      let stdout: string
      try {
        ;({ stdout } = await run(helm, ['template', 'r', dir, '--debug'], { maxBuffer: 256 << 20 }))
      } catch (e) {
        // Non-YAML output fails helm's manifest parse after printing it (--debug).
        stdout = (e as { stdout?: string }).stdout ?? ''
        if (!stdout.includes('@@BEGIN')) {
          const stderr = String((e as { stderr?: string }).stderr ?? '')
          const m = /cases\.yaml:(\d+):\d+: [\s\S]*?error calling [A-Za-z0-9_]+: ([\s\S]*)$/.exec(
            stderr,
          )
          const at = m ? Number(m[1]) - 1 : -1
          if (at < 0 || at >= pending.length) throw e
          out.set(pending[at].id, `<error: ${m![2].trim()}>`)
          pending = pending.filter((_, i) => i !== at)
          continue
        }
      }
      for (const m of stdout.matchAll(/@@BEGIN (c\d+)@@([\s\S]*?)@@END@@/g)) out.set(m[1], m[2])
      pending = []
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return out
}

/** Renders one expression expected to fail; returns helm's error text after "error calling X: ". */
export async function helmError(
  helm: string,
  expr: string,
  values: Record<string, unknown>,
): Promise<string> {
  const dir = makeChart({ 'e.yaml': `{{ ${expr} }}\n` }, values)
  try {
    await run(helm, ['template', 'r', dir])
    return '<no error>'
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? '')
      .replace(/\n+Use --debug flag to render out invalid YAML\s*$/, '')
      .trim()
    const exec = /execution error at \([^)]*\): ([\s\S]*)$/.exec(stderr)
    if (exec) return exec[1]
    const call = /error calling [A-Za-z0-9_]+: ([\s\S]*)$/.exec(stderr)
    if (call) return call[1]
    return stderr
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Runs tasks with a small concurrency limit. */
export async function pool<T>(
  items: T[],
  limit: number,
  f: (x: T) => Promise<void>,
): Promise<void> {
  let i = 0
  const workers = Array.from({ length: limit }, async () => {
    while (i < items.length) await f(items[i++])
  })
  await Promise.all(workers)
}
