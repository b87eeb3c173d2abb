/**
 * Runs small Go templates through the real helm binary (Go's text/template with Sprig),
 * many per process launch, as the oracle for differential tests of src/template.
 *
 * Each case becomes `templates/_c<i>.tpl` holding `{{ define "c<i>" }}BODY{{ end }}` and is
 * executed with `.` = `{ Values: <case values> }`. Successful outputs come back through
 * `include | b64enc`, which keeps them byte-exact (no YAML parsing of the output, and
 * Helm's "<no value>" removal does not reach inside the encoded text). A batch that fails
 * names the failing case's file in its error; that case is then run alone through the
 * `template` action so its error is Go's own, not wrapped by include.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface GoCase {
  /** Template text; becomes the body of a define. */
  template: string
  /** JSON-like values, reachable as .Values (numbers arrive in Go as float64). */
  values?: unknown
  /** Extra template text (defines) placed in its own file `_d<i>.tpl`; names must be unique. */
  defs?: string
}

export type GoOutcome =
  { output: string; error?: undefined } | { error: string; output?: undefined }

/** The chart-relative file that holds case i's extra defines. */
export function defsFileName(i: number): string {
  return `c/templates/_d${i}.tpl`
}

/** The chart-relative file that holds case i, as Go names it in messages. */
export function caseFileName(i: number): string {
  return `c/templates/_c${i}.tpl`
}

/** The full text of case i's file. */
export function caseFileText(i: number, template: string): string {
  return `{{ define "c${i}" }}${template}{{ end }}`
}

/** Helm's rewriting of a Go parse error (engine.cleanupParseError). */
export function helmParseErrorForm(goMessage: string): string {
  const tokens = goMessage.split(': ')
  if (tokens.length === 1) return goMessage
  return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`
}

const CHART_YAML = 'apiVersion: v2\nname: c\nversion: 0.1.0\n'

function writeChart(dir: string, files: Record<string, string>, values: unknown): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'templates'), { recursive: true })
  writeFileSync(join(dir, 'Chart.yaml'), CHART_YAML)
  writeFileSync(join(dir, 'values.yaml'), JSON.stringify(values ?? {}))
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, 'templates', name), text)
}

function runHelm(
  helm: string,
  dir: string,
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const home = join(dir, '..')
    const child = spawn(helm, ['template', 'x', dir], {
      env: {
        ...process.env,
        HELM_CACHE_HOME: join(home, 'cache'),
        HELM_CONFIG_HOME: join(home, 'config'),
        HELM_DATA_HOME: join(home, 'data'),
      },
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        ok: code === 0,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    )
  })
}

/** Strips helm's decoration from an error and restores Go's one-line message form. */
export function goErrorFromHelm(stderr: string): string {
  let s = stderr.replace(/\n*Use --debug flag to render out invalid YAML\n*$/, '')
  s = s.replace(/^Error: /, '').replace(/\n+$/, '')
  // Helm 4 prints some execution errors as "FILE:L:C\n  executing "N" at <X>:\n    MSG".
  const m = /^(\S+:\d+:\d+)\n {2}executing "([^"]*)" at <([\s\S]*?)>:\n {4}([\s\S]*)$/.exec(s)
  if (m) return `template: ${m[1]}: executing "${m[2]}" at <${m[3]}>: ${m[4]}`
  return s
}

function caseFiles(i: number, c: GoCase): Record<string, string> {
  const files: Record<string, string> = { [`_c${i}.tpl`]: caseFileText(i, c.template) }
  if (c.defs !== undefined) files[`_d${i}.tpl`] = c.defs
  return files
}

/**
 * Runs the cases through helm; outputs are exact, errors in Go's form (parse errors in
 * Helm's rewritten form, see helmParseErrorForm).
 */
export async function runGoTemplates(
  helm: string,
  cases: GoCase[],
  options: {
    /** Cases expected to fail: run alone straight away instead of failing a batch. */
    expectErrors?: ReadonlySet<number>
    concurrency?: number
  } = {},
): Promise<GoOutcome[]> {
  const concurrency = options.concurrency ?? 8
  const expectErrors = options.expectErrors ?? new Set<number>()
  const root = mkdtempSync(join(tmpdir(), 'kw-go-oracle-'))
  const results: (GoOutcome | undefined)[] = new Array(cases.length)
  try {
    const dir = join(root, 'batch', 'c')
    let pending = cases.map((_, i) => i).filter((i) => !expectErrors.has(i))
    const failing: number[] = [...expectErrors]
    while (pending.length > 0) {
      let files: Record<string, string> = {}
      const values: Record<string, unknown> = {}
      const out: string[] = []
      for (const i of pending) {
        files = { ...files, ...caseFiles(i, cases[i]) }
        values[`c${i}`] = cases[i].values ?? {}
        out.push(`r${i}: {{ include "c${i}" (dict "Values" .Values.c${i}) | b64enc | quote }}`)
      }
      files['out.yaml'] = out.join('\n') + '\n'
      writeChart(dir, files, values)
      const r = await runHelm(helm, dir)
      if (r.ok) {
        for (const line of r.stdout.split('\n')) {
          const m = /^r(\d+): "([^"]*)"$/.exec(line)
          if (m) results[Number(m[1])] = { output: Buffer.from(m[2], 'base64').toString('utf8') }
        }
        for (const i of pending) {
          if (!results[i]) results[i] = { error: `oracle: no output for case ${i}` }
        }
        break
      }
      const m = /_[cd](\d+)\.tpl/.exec(r.stderr)
      if (!m || !pending.includes(Number(m[1]))) {
        // Cannot tell which case failed: run every remaining case alone.
        failing.push(...pending)
        break
      }
      const bad = Number(m[1])
      failing.push(bad)
      pending = pending.filter((i) => i !== bad)
    }
    let next = 0
    const worker = async (w: number): Promise<void> => {
      const wdir = join(root, `w${w}`, 'c')
      while (next < failing.length) {
        const i = failing[next++]
        const files = caseFiles(i, cases[i])
        files['out.yaml'] = `{{ template "c${i}" (dict "Values" .Values) }}`
        writeChart(wdir, files, cases[i].values ?? {})
        const r = await runHelm(helm, wdir)
        results[i] = r.ok
          ? { error: `oracle: case ${i} failed in a batch but not alone` }
          : { error: goErrorFromHelm(r.stderr) }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)))
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  return results as GoOutcome[]
}
