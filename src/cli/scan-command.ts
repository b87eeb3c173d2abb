import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { readConfig } from '../config/file.js'
import { ConfigError } from '../config/errors.js'
import { scanOptionsFromConfig } from '../config/scan-options.js'
import { type Level } from '../core/finding.js'
import { scanJobs } from '../core/worker-entry.js'
import { atOrAbove } from '../report/filter.js'
import { jsonReport } from '../report/json.js'
import { writeJson, type Sink } from '../report/json-stream.js'
import { limitResults, MAX_RESULTS_PER_RUN } from '../report/github/upload.js'
import { identitiesTable } from '../report/identities.js'
import { toText } from '../report/text.js'
import { exitCodeFor } from '../report/severity.js'
import { RULES } from '../rules/index.js'
import { scan } from '../scan.js'
import { parseCommand } from './args.js'
import { SCAN_HELP } from './help.js'
import { type CliIO, EXIT } from './io.js'
import { terminalProgress } from './progress.js'

const LEVELS = ['error', 'warning', 'note'] as const
const FORMATS = ['text', 'sarif', 'json'] as const

export class UsageError extends Error {}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`)
  }
  return value as T
}

const SCAN_ARGS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  root: { type: 'string' },
  'pss-level': { type: 'string' },
  'pss-version': { type: 'string' },
  severity: { type: 'string' },
  'fail-on': { type: 'string' },
  exclude: { type: 'string', multiple: true },
  category: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  identities: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  offline: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
} as const

interface ScanValues extends ScanFlags {
  format?: string
  output?: string
  severity?: string
  'fail-on'?: string
  category?: string
  color?: boolean
  'no-color'?: boolean
  identities?: boolean
  verbose?: boolean
  baseline?: string
  'no-baseline'?: boolean
}

export async function runScan(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand<ScanValues>('scan', argv, SCAN_ARGS, SCAN_HELP, io)
  if (typeof parsed === 'number') return parsed
  const v = parsed.values
  try {
    const format = oneOf('format', v.format, FORMATS, 'text')
    const severity = oneOf('severity', v.severity, LEVELS, 'note')
    const failOn = oneOf('fail-on', v['fail-on'], [...LEVELS, 'none'] as const, 'error')
    const { root, result } = await configuredScan(io, v, parsed.positionals, {
      baseline: v['no-baseline'] ? false : v.baseline,
    })
    const reported = atOrAbove(result.findings, severity as Level).concat(
      result.findings.filter((f) => f.suppression),
    )
    // SARIF carries the rule pages (help text): their module is loaded for it alone.
    const toSarif = format === 'sarif' ? (await import('../report/sarif.js')).toSarif : undefined
    const write = (sink: Sink) => {
      if (format === 'sarif') {
        const { log, dropped } = limitResults(
          toSarif!(reported, result.rules, result.notices, { category: v.category, root }),
        )
        if (dropped) {
          const note = `SARIF holds ${MAX_RESULTS_PER_RUN} results, GitHub's limit for one run (errors first); ${dropped} more are left out: see --format json for all of them`
          log.runs[0].invocations?.[0]?.toolExecutionNotifications?.push({
            level: 'warning',
            message: { text: note },
          })
          io.stderr(`kube-whoami: warning: ${note}\n`)
        }
        writeJson(log, sink)
      } else if (format === 'json') {
        writeJson(jsonReport(result, reported), sink, 2)
      } else {
        const color = v['no-color']
          ? false
          : (v.color ?? (io.isTTY && !v.output && !io.env.NO_COLOR))
        if (v.identities) sink(identitiesTable(result.identities) + '\n')
        const severities = new Map(result.rules.map((r) => [r.id, r.meta.securitySeverity]))
        sink(
          toText(reported, result.notices, {
            color,
            verbose: v.verbose,
            severity: (id) => severities.get(id) ?? 0,
          }),
        )
      }
    }
    if (v.output) {
      writeOutputFile(resolve(io.cwd, v.output), v.output, write)
      if (format !== 'text')
        io.stderr(`kube-whoami: wrote ${v.output} (${reported.length} findings)\n`)
    } else {
      write(io.stdout)
    }
    if (format !== 'text')
      for (const n of result.notices) io.stderr(`kube-whoami: ${n.level}: ${n.message}\n`)
    return exitCodeFor(result.findings, failOn) ? EXIT.findings : EXIT.ok
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof OutputError) {
      for (const line of e.message.split('\n')) io.stderr(`kube-whoami: ${line}\n`)
      return EXIT.usage
    }
    throw e
  }
}

/** The report file cannot be written (a missing folder, a folder, a full disk). */
export class OutputError extends Error {}

/** Writes a report file in pieces; a failure is one line naming the file and why. */
function writeOutputFile(abs: string, shown: string, write: (sink: Sink) => void): void {
  let fd: number
  try {
    fd = openSync(abs, 'w')
  } catch (e) {
    throw new OutputError(`cannot write --output ${shown}: ${whyNot(e)}`)
  }
  try {
    write((text) => {
      const buf = Buffer.from(text)
      for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off)
    })
  } catch (e) {
    throw new OutputError(`cannot write --output ${shown}: ${whyNot(e)}`)
  } finally {
    closeSync(fd)
  }
}

function whyNot(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist'
    case 'EISDIR':
      return 'it is a folder'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'read-only file system'
    default:
      return code ?? (e as Error).message
  }
}

/** The flags every scanning command shares. */
export interface ScanFlags {
  root?: string
  config?: string
  'pss-level'?: string
  'pss-version'?: string
  exclude?: string[]
  /** Only the lookup cache and the shipped table answer for images (also KUBE_WHOAMI_OFFLINE=1). */
  offline?: boolean
  /** Threads rendering charts (also KUBE_WHOAMI_JOBS; default in core/worker-entry.ts scanJobs). */
  jobs?: string
}

/**
 * Resolves the root, reads the configuration file and scans, as `scan` and `baseline` do;
 * `baseline` is the baseline file to apply (false: none).
 */
export async function configuredScan(
  io: CliIO,
  v: ScanFlags,
  positionals: string[],
  options: { baseline: string | false | undefined },
) {
  const { root, paths } = resolveRoot(io.cwd, v.root, positionals)
  const loaded = await readConfig(
    root,
    v.config,
    RULES.map((r) => r.id),
  )
  const settings = scanOptionsFromConfig(root, loaded, {
    pssLevel: v['pss-level'],
    pssVersion: v['pss-version'],
    exclude: v.exclude,
    baseline: options.baseline,
    cwd: io.cwd,
    registry: {
      offline: v.offline === true || io.env.KUBE_WHOAMI_OFFLINE === '1',
      env: io.env,
    },
  })
  const jobs = scanJobs(v.jobs, io.env)
  if ('error' in jobs) throw new UsageError(jobs.error)
  const progress = io.stderrTTY ? terminalProgress(io.stderr) : undefined
  let result
  try {
    result = await scan({
      root,
      paths,
      ...settings,
      jobs: jobs.jobs,
      workersFromCharts: jobs.workersFromCharts,
      onProgress: progress?.listener,
    })
  } finally {
    progress?.done()
  }
  // One line, whatever the format: stdout stays the report. Nothing to say when offline
  // with nothing cached.
  const r = result.registry?.stats
  if (r && r.cached + r.lookedUp + r.failed > 0)
    io.stderr(`kube-whoami: ${result.registry!.summary}\n`)
  return { root, loaded, result }
}

/**
 * Reported paths are relative to the root: --root, else a single PATH that is a folder, else
 * the working directory.
 */
export function resolveRoot(
  cwd: string,
  rootOpt: string | undefined,
  positionals: string[],
): { root: string; paths: string[] } {
  const absPaths = positionals.map((p) => resolve(cwd, p))
  for (const [i, p] of absPaths.entries()) {
    if (!existsSync(p)) throw new UsageError(`path not found: ${positionals[i]}`)
  }
  let root = rootOpt ? resolve(cwd, rootOpt) : cwd
  // One folder is the root, as `init PATH` writes its config there; one file outside the
  // working directory is scanned from its own folder.
  if (!rootOpt && absPaths.length === 1) {
    if (statSync(absPaths[0]).isDirectory()) root = absPaths[0]
    else if (isOutside(root, absPaths[0])) root = dirname(absPaths[0])
  }
  const paths = absPaths.map((p) => {
    if (isOutside(root, p)) throw new UsageError(`${p} is outside the root ${root}; pass --root`)
    return relative(root, p).split('\\').join('/')
  })
  return { root, paths: paths.filter((p) => p !== '') }
}

function isOutside(root: string, p: string): boolean {
  const rel = relative(root, p)
  return rel.startsWith('..') || isAbsolute(rel)
}
