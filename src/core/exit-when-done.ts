/**
 * Ends the process once its work is done and its output is out. Left to end by itself, Node
 * first runs every task V8 still has queued (a scavenge, optimising compiles on helper threads,
 * finishing a concurrent marking): 10-25 ms of a 250 ms `render` and of a 470 ms scan measured
 * here, all of it work for a process about to end. `process.exit()` skips those tasks and still
 * runs the 'exit' listeners (the chunk code cache is saved there).
 *
 * Output not yet handed to the system (a pipe on Windows writes asynchronously; a full pipe
 * buffers) would be lost by exiting now, so then the process ends by itself as before.
 */
import { flushCompileCache } from './compile-cache.js'

export function exitWhenDone(code: number, io: ProcessStreams = process): void {
  process.exitCode = code
  if (io.stdout.writableLength > 0 || io.stderr.writableLength > 0) return
  flushCompileCache()
  process.exit(code)
}

/** The streams whose pending bytes decide whether exiting now would lose output. */
export interface ProcessStreams {
  stdout: { writableLength: number }
  stderr: { writableLength: number }
}
