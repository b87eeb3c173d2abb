import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { BASELINE_FILE_NAME, createBaseline, serializeBaseline } from '../baseline/format.js'
import { ConfigError } from '../config/errors.js'
import { type CliIO, EXIT } from './io.js'
import { parseCommand } from './args.js'
import { BASELINE_HELP } from './help.js'
import { configuredScan, type ScanFlags, UsageError } from './scan-command.js'

/**
 * `kube-whoami baseline [PATH...] [-o FILE]`: scans like `scan` (same config, excludes and
 * policy) and writes every finding not already suppressed to a baseline file, which later
 * scans read to fail only on new findings. The existing baseline is not applied while
 * writing, so the file always holds the complete current set.
 */
export async function runBaseline(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand<ScanFlags & { output?: string }>(
    'baseline',
    argv,
    {
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      offline: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      root: { type: 'string' },
      'pss-level': { type: 'string' },
      'pss-version': { type: 'string' },
      exclude: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    BASELINE_HELP,
    io,
  )
  if (typeof parsed === 'number') return parsed
  const v = parsed.values
  try {
    // The existing baseline is not applied: the file always holds the complete current set.
    const { root, loaded, result } = await configuredScan(io, v, parsed.positionals, {
      baseline: false,
    })
    const doc = createBaseline(result.findings)
    const text = serializeBaseline(doc)
    const counts = new Map<string, number>()
    for (const e of doc.findings) counts.set(e.ruleId, (counts.get(e.ruleId) ?? 0) + 1)
    const byRule = [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, n]) => `  ${String(n).padStart(5)}  ${id}\n`)
      .join('')
    if (v.output === '-') {
      io.stdout(text)
      return EXIT.ok
    }
    const target = v.output
      ? resolve(io.cwd, v.output)
      : join(root, loaded.config.baseline?.value ?? BASELINE_FILE_NAME)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
    const shown = v.output ?? loaded.config.baseline?.value ?? BASELINE_FILE_NAME
    const n = doc.findings.length
    io.stdout(
      `kube-whoami: wrote ${shown} with ${n} ${n === 1 ? 'finding' : 'findings'}\n${byRule}` +
        (loaded.config.baseline || v.output
          ? ''
          : `Scans read it with --baseline ${shown}, or add "baseline: ${shown}" to .kube-whoami.yaml.\n`),
    )
    return EXIT.ok
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      for (const line of e.message.split('\n')) io.stderr(`kube-whoami: ${line}\n`)
      return EXIT.usage
    }
    throw e
  }
}
