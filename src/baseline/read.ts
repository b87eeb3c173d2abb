/**
 * Reads a baseline file. A missing or malformed baseline is a usage error (exit code 2)
 * with the position to fix, never silently "no baseline": that would fail a pull request
 * on every accepted finding, or worse, pass one because nothing was compared.
 */
import { FileRefused, readRegularFile, readRootText } from '../core/root-files.js'
import type { SourceRange } from '../core/range.js'
import { ConfigError } from '../config/errors.js'
import { isDict } from '../k8s/fields.js'
import { readYaml, type YamlPath } from '../yaml/read.js'
import { type Baseline, BASELINE_VERSION, type BaselineEntry } from './format.js'

const FINGERPRINT_RE = /^[0-9a-f]{32}$/

/**
 * Reads `abs`; `file` names it in messages. `referencedAt` is where the config names the
 * file, so that a missing baseline points at that line.
 */
export function readBaseline(
  abs: string,
  file: string,
  referencedAt?: SourceRange,
  root?: string,
): Baseline {
  let text: string
  try {
    // A baseline the repository names is read like any file of it: inside the root only.
    text = root
      ? readRootText(root, abs, { shown: file })
      : readRegularFile(abs, file).toString('utf8')
  } catch (e) {
    const missing =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ||
      (e instanceof FileRefused && e.reason === 'not found')
    throw new ConfigError(
      missing
        ? `baseline file not found: ${file} (write it with kube-whoami baseline)`
        : e instanceof FileRefused
          ? `the baseline ${e.message}: not read`
          : `cannot read the baseline ${file}: ${(e as Error).message}`,
      referencedAt,
    )
  }
  return parseBaseline(text, file)
}

export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw new ConfigError(
      `the baseline is not valid JSON: ${(e as Error).message}`,
      jsonErrorRange(text, file, (e as Error).message),
    )
  }
  const fail = (message: string, path: YamlPath): never => {
    const doc = readYaml(text, file).documents.find((d) => !d.isEmpty)
    throw new ConfigError(message, doc?.rangeOf(path, 'value') ?? doc?.contentRange)
  }
  if (!isDict(value)) return fail('the baseline must be a JSON object', [])
  if (value.version !== BASELINE_VERSION) {
    return fail(
      `baseline version ${JSON.stringify(value.version)} is not supported (this kube-whoami reads version ${BASELINE_VERSION})`,
      ['version'],
    )
  }
  if (!Array.isArray(value.findings))
    return fail('the baseline needs a "findings" list', ['findings'])
  const entries: BaselineEntry[] = []
  value.findings.forEach((raw, i) => {
    if (!isDict(raw)) return fail(`findings[${i}] must be an object`, ['findings', i])
    if (typeof raw.fingerprint !== 'string' || !FINGERPRINT_RE.test(raw.fingerprint))
      return fail(`findings[${i}].fingerprint must be 32 hexadecimal digits`, ['findings', i])
    if (typeof raw.ruleId !== 'string')
      return fail(`findings[${i}].ruleId must be a rule id`, ['findings', i])
    entries.push({
      fingerprint: raw.fingerprint,
      ruleId: raw.ruleId,
      ...(typeof raw.hint === 'string' ? { hint: raw.hint } : {}),
    })
  })
  return { file, entries, fingerprints: new Set(entries.map((e) => e.fingerprint)) }
}

function jsonErrorRange(text: string, file: string, message: string): SourceRange | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message)
  if (lc) {
    const line = Number(lc[1])
    const col = Number(lc[2])
    return { file, startLine: line, startColumn: col, endLine: line, endColumn: col }
  }
  const pos = /position (\d+)/.exec(message)
  if (!pos) return { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
  const before = text.slice(0, Number(pos[1]))
  const line = before.split('\n').length
  const col = before.length - before.lastIndexOf('\n')
  return { file, startLine: line, startColumn: col, endLine: line, endColumn: col }
}
