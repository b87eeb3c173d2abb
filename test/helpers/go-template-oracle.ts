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
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface GoCase {
  /** Template text; becomes the body of a define. */
  template: string
  /** JSON-like values, reachable as .Values (numbers arrive in Go as float64). */
  values?: unknown
}

export type GoOutcome =
  { output: string; error?: undefined } | { error: string; output?: undefined }

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

function runHelm(helm: string, dir: string): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync(helm, ['template', 'x', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      HELM_CACHE_HOME: join(dir, '..', 'cache'),
      HELM_CONFIG_HOME: join(dir, '..', 'config'),
      HELM_DATA_HOME: join(dir, '..', 'data'),
    },
  })
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr }
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

/** Runs the cases through helm; outputs are exact, errors in Go's (or Helm's parse) form. */
export function runGoTemplates(helm: string, cases: GoCase[]): GoOutcome[] {
  const root = mkdtempSync(join(tmpdir(), 'kw-go-oracle-'))
  const dir = join(root, 'c')
  const results: (GoOutcome | undefined)[] = new Array(cases.length)
  try {
    let pending = cases.map((_, i) => i)
    const failing: number[] = []
    while (pending.length > 0) {
      const files: Record<string, string> = {}
      const values: Record<string, unknown> = {}
      const out: string[] = []
      for (const i of pending) {
        files[`_c${i}.tpl`] = caseFileText(i, cases[i].template)
        values[`c${i}`] = cases[i].values ?? {}
        out.push(`r${i}: {{ include "c${i}" (dict "Values" .Values.c${i}) | b64enc | quote }}`)
      }
      files['out.yaml'] = out.join('\n') + '\n'
      writeChart(dir, files, values)
      const r = runHelm(helm, dir)
      if (r.ok) {
        for (const line of r.stdout.split('\n')) {
          const m = /^r(\d+): "([^"]*)"$/.exec(line)
          if (m) results[Number(m[1])] = { output: Buffer.from(m[2], 'base64').toString('utf8') }
        }
        for (const i of pending) {
          if (!results[i])
            results[i] = { error: `oracle: no output for case ${i}: ${r.stdout.slice(0, 200)}` }
        }
        break
      }
      const m = /_c(\d+)\.tpl/.exec(r.stderr)
      if (!m || !pending.includes(Number(m[1]))) {
        // Cannot tell which case failed: run every remaining case alone.
        failing.push(...pending)
        break
      }
      const bad = Number(m[1])
      failing.push(bad)
      pending = pending.filter((i) => i !== bad)
    }
    for (const i of failing) {
      const files = {
        [`_c${i}.tpl`]: caseFileText(i, cases[i].template),
        'out.yaml': `{{ template "c${i}" (dict "Values" .Values) }}`,
      }
      writeChart(dir, files, cases[i].values ?? {})
      const r = runHelm(helm, dir)
      if (r.ok) {
        results[i] = { error: `oracle: case ${i} failed in a batch but not alone` }
      } else {
        results[i] = { error: goErrorFromHelm(r.stderr) }
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  return results as GoOutcome[]
}
