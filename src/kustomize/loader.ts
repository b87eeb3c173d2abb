/**
 * kustomize's file loader: kustomization roots resolved through symlinks, files loaded
 * relative to the root that names them, with kustomize's load restrictor (a file must be
 * in or below its kustomization's directory unless LoadRestrictionsNone), cycle checks
 * between roots, and kustomize's error wording. A fence keeps every path inside the
 * scanned repository whatever the restrictor says; remote resources are never fetched.
 */
import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { FileRefused, readRegularFile } from '../core/root-files.js'
import { KustomizeError } from './errors.js'

export type LoadRestrictor = 'rootOnly' | 'none'

/** Why a read failed, in Go's syscall wording. */
function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'ENOTDIR':
      return 'not a directory'
    case 'EACCES':
      return 'permission denied'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    case 'EISDIR':
      return 'is a directory'
    default:
      return (e as Error).message
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** filepath.EvalSymlinks of an absolute path, with Go's "lstat <path>: <reason>" errors. */
export function evalSymlinks(abs: string, depth = 0): string {
  if (depth > 255) throw new KustomizeError(`EvalSymlinks: too many links`)
  const parts = abs.split(sep).filter((p) => p !== '')
  let cur: string = sep
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]
    if (p === '.') continue
    if (p === '..') {
      cur = dirname(cur)
      continue
    }
    const next = join(cur, p)
    let st
    try {
      st = lstatSync(next)
    } catch (e) {
      throw new KustomizeError(`lstat ${next}: ${errnoText(e)}`)
    }
    if (st.isSymbolicLink()) {
      const target = readlinkSync(next)
      const resolved = evalSymlinks(isAbsolute(target) ? target : join(cur, target), depth + 1)
      cur = resolved
    } else {
      if (i < parts.length - 1 && !st.isDirectory()) {
        throw new KustomizeError(`lstat ${join(next, parts[i + 1])}: not a directory`)
      }
      cur = next
    }
  }
  return cur
}

/** CleanedAbs: the confirmed directory and, for a file, its base name. */
export function cleanedAbs(path: string): { dir: string; file: string } {
  const abs = resolve(path)
  let delinked: string
  try {
    delinked = evalSymlinks(abs)
  } catch (e) {
    throw new KustomizeError(`evalsymlink failure on '${path}' : ${(e as Error).message}`)
  }
  if (isDir(delinked)) return { dir: delinked, file: '' }
  return { dir: dirname(delinked), file: delinked.slice(dirname(delinked).length + 1) }
}

/** ConfirmedDir.HasPrefix */
export function hasPrefix(d: string, prefix: string): boolean {
  if (prefix === sep || d === prefix) return true
  return d.startsWith(prefix + sep)
}

/** ConfirmDir, with kustomize's "'<path>': file is not directory" for files. */
export function confirmDir(path: string): string {
  if (path === '') throw new KustomizeError('directory path cannot be empty')
  let c
  try {
    c = cleanedAbs(path)
  } catch (e) {
    throw new KustomizeError(`not a valid directory: ${(e as Error).message}`)
  }
  if (c.file !== '') throw new KustomizeError(`'${path}': file is not directory`)
  return c.dir
}

/** A URL or git reference kustomize would fetch (never fetched here). */
export function isRemote(path: string): boolean {
  if (/^https?:\/\//.test(path)) return true
  if (/^(git::|ssh:\/\/|git@|github\.com[/:]|gitlab\.com[/:]|bitbucket\.org[/:])/.test(path))
    return true
  return /\?ref=|\.git(\/\/|$)/.test(path)
}

export class RemoteResourceError extends KustomizeError {}

export interface LoaderContext {
  restrictor: LoadRestrictor
  /** Absolute directory no path may leave (the scanned repository); undefined: no fence. */
  fence?: string
  /** Every file read, absolute and symlink-free. */
  read: Set<string>
  /** Texts of the files read, by the path kustomize named them with (for source places). */
  texts: Map<string, string>
}

export class Loader {
  constructor(
    /** Confirmed absolute directory. */
    readonly root: string,
    readonly ctx: LoaderContext,
    private readonly referrer?: Loader,
  ) {}

  static at(path: string, ctx: LoaderContext): Loader {
    let root: string
    try {
      root = confirmDir(path)
    } catch (e) {
      throw new KustomizeError(`must build at directory: ${(e as Error).message}`)
    }
    const l = new Loader(root, ctx)
    l.checkFence(root, path)
    return l
  }

  private checkFence(abs: string, named: string): void {
    const fence = this.ctx.fence
    if (fence !== undefined && !hasPrefix(abs, fence)) {
      throw new KustomizeError(
        `security; '${named}' resolves to '${abs}', outside the scanned repository '${fence}'`,
      )
    }
  }

  /** Loader.New: a loader for a base or component directory. */
  newLoader(path: string): Loader {
    if (path === '') throw new KustomizeError('new root cannot be empty')
    if (isRemote(path)) {
      throw new RemoteResourceError(`remote resource '${path}' is not fetched`)
    }
    if (isAbsolute(path)) throw new KustomizeError(`new root '${path}' cannot be absolute`)
    let root: string
    try {
      root = confirmDir(join(this.root, path))
    } catch (e) {
      throw new KustomizeError(`must build at directory: ${(e as Error).message}`)
    }
    this.checkFence(root, path)
    this.errIfArgEqualOrHigher(root)
    return new Loader(root, this.ctx, this)
  }

  private errIfArgEqualOrHigher(candidate: string): void {
    if (hasPrefix(this.root, candidate)) {
      throw new KustomizeError(
        `cycle detected: candidate root '${candidate}' contains visited root '${this.root}'`,
      )
    }
    this.referrer?.errIfArgEqualOrHigher(candidate)
  }

  /** Loader.Load: a file's bytes, subject to the load restrictor. */
  load(path: string): string {
    if (/^https?:\/\//.test(path)) {
      throw new RemoteResourceError(`remote file '${path}' is not fetched`)
    }
    let full = isAbsolute(path) ? path : join(this.root, path)
    if (this.ctx.restrictor === 'rootOnly') {
      const c = cleanedAbs(full)
      if (c.file === '') throw new KustomizeError(`'${full}' must resolve to a file`)
      if (!hasPrefix(c.dir, this.root)) {
        throw new KustomizeError(`security; file '${full}' is not in or below '${this.root}'`)
      }
      full = join(c.dir, c.file)
    } else {
      const c = cleanedAbs(full)
      if (c.file === '') throw new KustomizeError(`read ${full}: is a directory`)
      full = join(c.dir, c.file)
    }
    this.checkFence(full, path)
    let text: string
    if (this.ctx.fence !== undefined) {
      // A scanned repository is untrusted: never .git (checkout's token), never a FIFO or a
      // device, never more than a manifest could be.
      const rel = relative(this.ctx.fence, full)
      if (rel === '.git' || rel.startsWith(`.git${sep}`)) {
        throw new KustomizeError(`security; '${path}' is inside .git: not read`)
      }
      try {
        text = readRegularFile(full, path).toString('utf8')
      } catch (e) {
        if (e instanceof FileRefused) throw new KustomizeError(`open ${full}: ${e.reason}`)
        throw e
      }
    } else {
      try {
        text = readFileSync(full, 'utf8')
      } catch (e) {
        throw new KustomizeError(`open ${full}: ${errnoText(e)}`)
      }
    }
    this.ctx.read.add(full)
    this.ctx.texts.set(full, text)
    const named = isAbsolute(path) ? path : join(this.root, path)
    if (named !== full) this.ctx.texts.set(named, text)
    return text
  }

  /** Whether a path (relative to the root) names an existing file; used where kustomize tries. */
  fileExists(path: string): boolean {
    try {
      return statSync(isAbsolute(path) ? path : join(this.root, path)).isFile()
    } catch {
      return false
    }
  }
}
