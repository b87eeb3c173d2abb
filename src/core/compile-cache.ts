/**
 * Node's on-disk cache of compiled modules (Node >= 22.1): the second run of the bundle reads
 * its chunks' bytecode instead of compiling them again. Called by the entry points before they
 * import anything large. The cache lives under the user's cache folder (never a folder other
 * users share), or RUNNER_TEMP in the Action; NODE_COMPILE_CACHE and
 * NODE_DISABLE_COMPILE_CACHE keep their meaning, as Node gives them.
 */
import * as nodeModule from 'node:module'
import { installChunkCodeCache } from './chunk-code-cache.js'
import { homedir } from 'node:os'
import { join } from 'node:path'

type EnableCompileCache = (dir?: string) => { status: number }
type FlushCompileCache = () => void

/** Where this user's caches go, by the platform's convention. */
export function userCacheDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME
  if (platform === 'win32' && env.LOCALAPPDATA) return env.LOCALAPPDATA
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches')
  return join(homedir(), '.cache')
}

/** The folder of kube-whoami's compile cache for this environment. */
export function compileCacheDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  const base =
    env.GITHUB_ACTIONS === 'true' && env.RUNNER_TEMP ? env.RUNNER_TEMP : userCacheDir(env, platform)
  return join(base, 'kube-whoami', 'compile-cache')
}

/** Turns the cache on where Node has one; never fails (a cache is an optimisation only). */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache
  if (typeof enable !== 'function' || env.NODE_COMPILE_CACHE) return
  try {
    enable(compileCacheDir(env))
  } catch {
    // An unwritable home or cache folder: run without the cache.
  }
}

/**
 * Writes what Node's cache holds now (Node >= 22.10), for a process about to end with
 * `process.exit()`: Node writes it by itself only at a natural exit. Never fails.
 */
export function flushCompileCache(): void {
  const flush = (nodeModule as { flushCompileCache?: FlushCompileCache }).flushCompileCache
  try {
    flush?.()
  } catch {
    // A cache that cannot be written only costs the next run its compilation.
  }
}

/**
 * The CLI's cache of its chunks with every function a run compiled (chunk-code-cache.ts), in
 * the same folder (`chunks` in it), on every Node, kept apart for each `command` (the commands
 * call different functions of the chunks they share). Not for the Action: each job starts with an
 * empty RUNNER_TEMP, so the cache would be written at the end of every run and never read.
 */
export function enableChunkCodeCache(command: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_DISABLE_COMPILE_CACHE) return
  const dir = env.NODE_COMPILE_CACHE
    ? join(env.NODE_COMPILE_CACHE, 'kube-whoami-chunks')
    : join(compileCacheDir(env), 'chunks')
  installChunkCodeCache(dir, command)
}
