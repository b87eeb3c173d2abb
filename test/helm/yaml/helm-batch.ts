/**
 * Runs many template expressions through the real helm binary in one `helm template`
 * call, for the differential tests of src/helm/yaml.
 *
 * Values are written to values.yaml in a form Go reads back exactly as the JavaScript
 * value (every non-ASCII or control character escaped, -0 and non-finite floats spelled
 * out), so the same GoValue goes into helm and into our functions. Each expression's
 * output comes back through `b64enc`, which keeps it byte-exact.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A JSON-like test value; numbers are Go float64s. */
export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain }

/** A string as a go-yaml double-quoted scalar that reads back as exactly this string. */
export function yamlQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (c >= 0x20 && c < 0x7f) out += ch
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0')
    else out += '\\U' + c.toString(16).padStart(8, '0')
  }
  return out + '"'
}

function yamlNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan'
  if (n === Infinity) return '.inf'
  if (n === -Infinity) return '-.inf'
  if (Object.is(n, -0)) return '-0.0'
  return String(n)
}

/**
 * Block-style YAML for a value placed after `key:` or `- ` at indentation `indent`. Keys
 * are always explicit (`? key` / `: value`), which lifts YAML's 1024-character limit on
 * implicit keys.
 */
export function yamlValue(v: Plain, indent = 0): string {
  if (v === null) return ' null'
  if (typeof v === 'boolean') return v ? ' true' : ' false'
  if (typeof v === 'number') return ' ' + yamlNumber(v)
  if (typeof v === 'string') return ' ' + yamlQuote(v)
  const pad = ' '.repeat(indent + 2)
  if (Array.isArray(v)) {
    if (v.length === 0) return ' []'
    return v.map((e) => `\n${pad}-${yamlValue(e, indent + 2)}`).join('')
  }
  const keys = Object.keys(v)
  if (keys.length === 0) return ' {}'
  return keys
    .map((k) => `\n${pad}? ${yamlQuote(k)}\n${pad}:${yamlValue(v[k], indent + 2)}`)
    .join('')
}

export interface Probe {
  /** Template expression whose string result is captured, e.g. `toYaml .Values.v3`. */
  expr: string
}

/**
 * Renders `values` as values.yaml and every probe expression in one chart; returns each
 * probe's output. Throws with helm's stderr if the render fails.
 */
export function runHelmProbes(
  helm: string,
  values: Record<string, Plain>,
  probes: string[],
): string[] {
  const root = mkdtempSync(join(tmpdir(), 'kw-helm-yaml-'))
  try {
    const dir = join(root, 'c')
    mkdirSync(join(dir, 'templates'), { recursive: true })
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n')
    const lines = Object.keys(values).map((k) => `${k}:${yamlValue(values[k])}`)
    writeFileSync(join(dir, 'values.yaml'), lines.join('\n') + '\n')
    const out = probes.map((p, i) => `p${i}: {{ ${p} | b64enc | quote }}`)
    writeFileSync(join(dir, 'templates', 'out.yaml'), out.join('\n') + '\n')
    const r = spawnSync(helm, ['template', 'x', dir], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: {
        ...process.env,
        HELM_CACHE_HOME: join(root, 'cache'),
        HELM_CONFIG_HOME: join(root, 'config'),
        HELM_DATA_HOME: join(root, 'data'),
      },
    })
    if (r.status !== 0) throw new Error(`helm failed: ${r.stderr}`)
    const results: string[] = new Array(probes.length)
    for (const line of r.stdout.split('\n')) {
      const m = /^p(\d+): "([^"]*)"$/.exec(line)
      if (m) results[Number(m[1])] = Buffer.from(m[2], 'base64').toString('utf8')
    }
    for (let i = 0; i < probes.length; i++) {
      if (results[i] === undefined) throw new Error(`no output for probe ${i}: ${probes[i]}`)
    }
    return results
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
