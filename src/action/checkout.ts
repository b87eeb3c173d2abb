/**
 * The checked-out repository: where its root is inside the workspace, which commit was
 * checked out (on a manual scan of another ref, GITHUB_SHA still names the branch picked in
 * the UI), and how scan paths map to repository paths, which annotations, links and code
 * scanning need.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError } from './inputs.js'
import { workspaceFile } from './paths.js'

export interface Checkout {
  /** Root of the repository: git's top level when it is the workspace or inside it, else the workspace. */
  repoRoot: string
  /** HEAD of the checkout, when git can tell. */
  head?: string
  /** The full ref HEAD is on (`refs/heads/main`), when it is on a branch. */
  headRef?: string
}

/** Runs git in a folder; undefined when git is missing or fails (no repository, dubious ownership). */
export function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
    }).trim()
  } catch {
    return undefined
  }
}

/**
 * Looks for the repository from `from` (the first scan path), so that a repository checked
 * out into a folder of the workspace (actions/checkout's `path:`) is found too.
 */
export function inspectCheckout(workspace: string, from: string = workspace): Checkout {
  let start = from
  try {
    if (!statSync(start).isDirectory()) start = dirname(start)
  } catch {
    start = workspace
  }
  const top = git(start, ['rev-parse', '--show-toplevel'])
  const real = (p: string) => {
    try {
      return realpathSync(p)
    } catch {
      return resolve(p)
    }
  }
  const ws = real(workspace)
  // A repository around the workspace (the workspace is a folder of some other checkout) is not ours.
  if (!top || isOutside(ws, real(top))) return { repoRoot: workspace }
  const repoRoot = join(workspace, relative(ws, real(top)))
  const head = git(repoRoot, ['rev-parse', '--verify', '--quiet', 'HEAD'])
  const headRef = git(repoRoot, ['symbolic-ref', '--quiet', 'HEAD'])
  return {
    repoRoot,
    ...(head && /^[0-9a-f]{40,64}$/.test(head) ? { head } : {}),
    ...(headRef?.startsWith('refs/') ? { headRef } : {}),
  }
}

export interface ScanLayout {
  /** Absolute root passed to scan(); findings are relative to it. */
  scanRoot: string
  /** Paths relative to scanRoot ([] for all of it). */
  paths: string[]
  /** A scan-root-relative file as a repository path, or undefined outside the repository. */
  repoPath(file: string): string | undefined
}

/**
 * Scan paths (relative to the workspace) as the CLI would take them from the repository
 * root: reported paths are repository paths, so annotations land on the diff and links
 * resolve. A single path outside the repository becomes the scan root.
 */
export function layoutScan(workspace: string, repoRoot: string, inputPaths: string[]): ScanLayout {
  const abs = inputPaths.map((p) => workspaceFile(workspace, p, 'path'))
  abs.forEach((p, i) => {
    if (!existsSync(p))
      throw new InputError(`input path: ${inputPaths[i]} does not exist in the workspace`)
  })
  let scanRoot = repoRoot
  if (abs.length === 1 && isOutside(repoRoot, abs[0])) scanRoot = abs[0]
  const paths = abs.map((p, i) => {
    if (isOutside(scanRoot, p))
      throw new InputError(`input path: ${inputPaths[i]} is outside the repository (${repoRoot})`)
    return toPosix(relative(scanRoot, p))
  })
  const same = scanRoot === repoRoot
  return {
    scanRoot,
    paths: paths.filter((p) => p !== ''),
    repoPath: (file) => {
      if (same) return file
      const abs = join(scanRoot, file)
      return isOutside(repoRoot, abs) ? undefined : toPosix(relative(repoRoot, abs))
    },
  }
}

function isOutside(root: string, p: string): boolean {
  const rel = relative(root, p)
  return rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}
