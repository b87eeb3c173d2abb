/**
 * Runs a hostile case as a user would: the bundled CLI (or action) in a child process with a
 * heap limit and a wall-clock timeout, stdout and stderr to files (a case may print
 * hundreds of megabytes), and the peak RSS of the process tree's main process as GNU time
 * reports it (its workers included: they are threads of the same process).
 */
import { spawn } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { projectRoot } from '../helpers/shared.js'
import { CASES, type HostileCase } from './cases.js'

export interface CaseResult {
  code: number | null
  signal: string | null
  timedOut: boolean
  ms: number
  rssMb?: number
  stdout: string
  stderr: string
  /** Bytes written to stdout (only the first and last 2 MiB are kept in `stdout`). */
  stdoutBytes: number
}

export interface RunSettings {
  /** The CLI bundle (default dist/cli/index.js). */
  cli?: string
  /** The action bundle (default dist/index.js). */
  action?: string
  timeoutMs?: number
  heapMb?: number
  /** Node options before the script (`--import <tsx>` to run src/ directly). */
  nodeArgs?: string[]
  /** Passed to the case's build (see HostileCase.build). */
  quick?: boolean
}

const TIME = '/usr/bin/time'
const KEEP = 4 * 1024 * 1024

function actionEnv(root: string, inputs: Record<string, string>): Record<string, string> {
  const actionYaml = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const runner = mkdtempSync(join(tmpdir(), 'kw-hostile-runner-'))
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(actionYaml.inputs)) {
    const value = inputs[name] ?? (spec.default ?? '').replace('${{ github.token }}', 'ghs_x')
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const touch = (name: string) => {
    closeSync(openSync(join(runner, name), 'w'))
    return join(runner, name)
  }
  const event = () => {
    writeFileSync(
      join(runner, 'event.json'),
      JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/shop' } }),
    )
    return join(runner, 'event.json')
  }
  return {
    ...env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '3f9c2a7d1b5e8c4a6f0d2b9e7c1a5f3d8b6e4c2a',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    // A push payload as the runner writes it: an empty file is itself a malformed event
    // (the action-event-* cases), and would hide what the other action cases test.
    GITHUB_EVENT_PATH: event(),
    GITHUB_OUTPUT: touch('output'),
    GITHUB_STEP_SUMMARY: touch('summary'),
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runner,
  }
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|NODE_OPTIONS$|VITEST)/.test(k))
      env[k] = v
  }
  return env
}

/** Builds the case's repository in a fresh folder and runs it. */
export async function runCase(c: HostileCase, s: RunSettings = {}): Promise<CaseResult> {
  const dir = mkdtempSync(join(tmpdir(), `kw-hostile-${c.id}-`))
  const root = join(dir, 'repo')
  const run = c.build(root, s.quick) ?? {}
  const heap = s.heapMb ?? 2048
  let script: string
  let args: string[]
  let env = { ...baseEnv(), ...run.env }
  if (run.action) {
    script = s.action ?? join(projectRoot, 'dist', 'index.js')
    args = []
    env = { ...env, ...actionEnv(root, run.action.inputs ?? {}), ...run.action.env }
  } else {
    script = s.cli ?? join(projectRoot, 'dist', 'cli', 'index.js')
    args = run.args ?? ['scan', '.', '--format', 'json', '--fail-on', 'none']
  }
  const node = [
    process.execPath,
    `--max-old-space-size=${heap}`,
    ...(s.nodeArgs ?? []),
    script,
    ...args,
  ]
  const timeFile = join(dir, 'time.txt')
  const useTime = existsSync(TIME)
  const argv = useTime ? [TIME, '-f', '%M', '-o', timeFile, ...node] : node
  const outFile = join(dir, 'stdout')
  const errFile = join(dir, 'stderr')
  const out = openSync(outFile, 'w')
  const err = openSync(errFile, 'w')
  const started = performance.now()
  const child = spawn(argv[0], argv.slice(1), {
    cwd: root,
    env,
    stdio: ['ignore', run.headBytes ? 'pipe' : out, err],
    detached: true,
  })
  let headText = ''
  if (run.headBytes && child.stdout) {
    const want = run.headBytes
    child.stdout.on('data', (d: Buffer) => {
      if (headText.length < want) headText += d.subarray(0, want - headText.length).toString()
      if (headText.length >= want) child.stdout?.destroy()
    })
  }
  let timedOut = false
  const timer = setTimeout(
    () => {
      timedOut = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    },
    s.timeoutMs ?? (c.limits?.seconds ?? 30) * 1000 * 2,
  )
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal })),
  )
  clearTimeout(timer)
  const ms = performance.now() - started
  closeSync(out)
  closeSync(err)
  let rssMb: number | undefined
  if (useTime && existsSync(timeFile)) {
    const kb = Number(/(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'))?.[1])
    if (Number.isFinite(kb)) rssMb = kb / 1024
  }
  const stdoutBytes = run.headBytes ? headText.length : statSync(outFile).size
  // The first and the last 2 MiB: a text report's summary line is at its end.
  const read = (file: string) => {
    const size = statSync(file).size
    if (size <= KEEP) return readFileSync(file, 'utf8')
    const fd = openSync(file, 'r')
    const head = Buffer.alloc(KEEP / 2)
    const tail = Buffer.alloc(KEEP / 2)
    readSync(fd, head, 0, KEEP / 2, 0)
    readSync(fd, tail, 0, KEEP / 2, size - KEEP / 2)
    closeSync(fd)
    return `${head.toString('utf8')}\n…\n${tail.toString('utf8')}`
  }
  return {
    code,
    signal,
    timedOut,
    ms,
    rssMb,
    stdout: run.headBytes ? headText : read(outFile),
    stderr: read(errFile),
    stdoutBytes,
  }
}

/** GNU time reports a child killed by a signal as "Command terminated by signal N". */
export function describeOutcome(r: CaseResult): string {
  if (r.timedOut) return 'killed at the time limit'
  const died = /Command terminated by signal (\d+)/.exec(r.stderr)
  if (died) return `killed by signal ${died[1]}`
  if (/heap out of memory|Allocation failed/i.test(r.stderr)) return 'out of memory'
  if (/Maximum call stack|Invalid string length|internal error|Unhandled/.test(r.stderr))
    return `crash (exit ${r.code}): ${firstLine(r.stderr)}`
  return `exit ${r.code}`
}

function firstLine(s: string): string {
  const line =
    s
      .split('\n')
      .find((l) =>
        /Maximum call stack|Invalid string length|internal error|Unhandled|Error/.test(l),
      ) ?? ''
  return line.slice(0, 100)
}

export function caseById(id: string): HostileCase {
  const c = CASES.find((x) => x.id === id)
  if (!c) throw new Error(`no hostile case ${id}`)
  return c
}
