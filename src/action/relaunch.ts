/**
 * On Node 24 V8 lets the young generation grow much larger than on Node 20 (semi-spaces of
 * up to 64 MB where Node 20 stops at 16 MB), and a scan keeps most of what it makes (rendered
 * charts, their source maps), so every scavenge copies it: the action on the 40 corpus charts
 * peaked at 455 MB under Node 24 and at 346 MB with Node 20's size, no slower. Half that size
 * again (8 MB) peaks at about 288 MB where 16 MB gave 300 (same time; bitnami/charts' 117
 * charts no slower either). V8 reads the size only when it starts, so the action starts
 * itself again with it: one more Node start (about 80 ms), the same output, stdio and exit
 * code.
 */
import { spawn } from 'node:child_process'
import { exitWhenDone } from '../core/exit-when-done.js'

export const SEMI_SPACE_FLAG = '--max-semi-space-size=8'

/** Set in the relaunched process, so that it runs the action instead of relaunching. */
const RELAUNCHED = 'KUBE_WHOAMI_RELAUNCHED'

/** The flags to start again with, or undefined to run here. */
export function relaunchFlags(
  env: NodeJS.ProcessEnv = process.env,
  nodeVersion = process.versions.node,
  execArgv: readonly string[] = process.execArgv,
): string[] | undefined {
  if (env[RELAUNCHED] === '1') return undefined
  if (Number(nodeVersion.split('.')[0]) < 24) return undefined
  // Someone chose the size already.
  if ([...execArgv, env.NODE_OPTIONS ?? ''].some((a) => a.includes('semi-space-size')))
    return undefined
  return [SEMI_SPACE_FLAG]
}

/**
 * Runs this script again under `flags` and ends with its exit code. When the new process
 * cannot be started at all, `runHere` runs the action in this one instead.
 */
export function relaunch(flags: string[], runHere: () => void): void {
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...flags, process.argv[1], ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [RELAUNCHED]: '1' } },
  )
  let started = false
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  child.once('spawn', () => {
    started = true
    // A cancelled job's runner signals this process; the scan is the child's.
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
  })
  child.once('error', () => {
    if (!started) runHere()
  })
  child.once('exit', (code) => {
    process.off('SIGINT', forward)
    process.off('SIGTERM', forward)
    // Ended by a signal (no code): a failure, as the runner reports a killed step.
    exitWhenDone(code ?? 1)
  })
}
