/**
 * The one way the scan reads a file the scanned repository names: a manifest, a Dockerfile,
 * a values file, a compose `.env`, a Makefile include, a baseline. The repository is
 * untrusted (a pull request from a fork writes it), so a path is read only when its real
 * location, symbolic links resolved, is a regular file inside the scanned root and outside
 * `.git/` (where `actions/checkout` keeps the token it persists), and not larger than a limit.
 * A refusal names the path and the reason, never anything read from it.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync, constants } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'

/** Files over this size are not read (a manifest or Dockerfile is kilobytes). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024

export type RefusalReason =
  | 'outside the scanned root'
  | 'inside .git'
  | 'not a regular file'
  | 'too large'
  | 'not found'
  | 'unreadable'

/** A file the scan will not read, and why; the message never quotes its content. */
export class FileRefused extends Error {
  constructor(
    readonly path: string,
    readonly reason: RefusalReason,
    detail = '',
  ) {
    super(`${path}: ${reason}${detail ? ` (${detail})` : ''}`)
    this.name = 'FileRefused'
  }
}

const realRoots = new Map<string, string>()

/**
 * File names that are not valid UTF-8 cannot be named by a JS string. Discovery shows them
 * escaped (`a\\xff.yaml`) and records here, by that absolute shown path, the bytes that name
 * the file, so that every reader opens the file itself.
 */
const rawPaths = new Map<string, Buffer>()

/** `name` as text: itself when it is valid UTF-8, else with each invalid byte as `\\xHH`. */
export function showName(name: Buffer): string {
  const text = name.toString('utf8')
  if (Buffer.byteLength(text) === name.length && Buffer.from(text).equals(name)) return text
  let out = ''
  let i = 0
  while (i < name.length) {
    const len = utf8SequenceLength(name, i)
    if (len === 0) {
      out += `\\x${name[i].toString(16).padStart(2, '0')}`
      i++
    } else {
      out += name.subarray(i, i + len).toString('utf8')
      i += len
    }
  }
  return out
}

/** The length of a valid UTF-8 sequence starting at `i`, or 0. */
function utf8SequenceLength(b: Buffer, i: number): number {
  const c = b[i]
  if (c < 0x80) return 1
  const len =
    c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
  if (len === 0 || i + len > b.length) return 0
  for (let k = 1; k < len; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0
  const cp =
    b
      .subarray(i, i + len)
      .toString('utf8')
      .codePointAt(0) ?? 0xfffd
  if (cp === 0xfffd) return 0
  return len
}

/** Records the bytes that name the file discovery shows as `shownAbs` (see showName). */
export function registerRawPath(shownAbs: string, bytes: Buffer): void {
  rawPaths.set(resolve(shownAbs), bytes)
}

/** The bytes naming a shown path when its name is not UTF-8, else the path itself. */
export function fsPath(abs: string): string | Buffer {
  return rawPaths.get(abs) ?? abs
}

function realRoot(root: string): string {
  let real = realRoots.get(root)
  if (real === undefined) {
    try {
      real = realpathSync(root)
    } catch {
      real = resolve(root)
    }
    realRoots.set(root, real)
  }
  return real
}

/** `p` relative to `dir` when it is inside (or is) `dir`, else undefined. */
function insideOf(dir: string, p: string): string | undefined {
  const rel = relative(dir, p)
  if (rel === '') return ''
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined
  return rel
}

function inGitDir(rel: string): boolean {
  const first = rel.split(sep)[0]
  return first === '.git'
}

/**
 * The absolute, symlink-resolved path of `path` (relative to `root`, or absolute) when it
 * may be read; throws FileRefused otherwise. `shown` is how messages name the path (default:
 * as given).
 */
export function resolveInRoot(root: string, path: string, shown = path): string {
  const absRoot = resolve(root)
  const abs = resolve(absRoot, path)
  const lexical = insideOf(absRoot, abs)
  if (lexical === undefined) throw new FileRefused(shown, 'outside the scanned root')
  if (inGitDir(lexical)) throw new FileRefused(shown, 'inside .git')
  let real: string
  try {
    const raw = rawPaths.get(abs)
    if (raw) {
      // A name that is not UTF-8: resolved by its bytes, shown escaped.
      const realBytes = realpathSync.native(raw, { encoding: 'buffer' })
      real = showName(realBytes)
      rawPaths.set(real, realBytes)
    } else {
      real = realpathSync(abs)
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileRefused(shown, 'not found')
    throw new FileRefused(shown, 'unreadable', code ?? '')
  }
  const rel = insideOf(realRoot(absRoot), real)
  if (rel === undefined)
    throw new FileRefused(shown, 'outside the scanned root', 'a symbolic link leads out of it')
  if (inGitDir(rel)) throw new FileRefused(shown, 'inside .git', 'through a symbolic link')
  return real
}

/**
 * The bytes of a regular file inside the root (see resolveInRoot), at most `maxBytes`. A
 * FIFO, device or directory is refused without blocking on it: the file is opened
 * non-blocking and checked on the open descriptor.
 */
export function readRootFile(
  root: string,
  path: string,
  opts: { maxBytes?: number; shown?: string } = {},
): Buffer {
  const shown = opts.shown ?? path
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES
  const real = resolveInRoot(root, path, shown)
  return readRegularFile(real, shown, maxBytes)
}

/** A regular file's bytes up to `maxBytes`, refusing anything else without blocking on it. */
export function readRegularFile(abs: string, shown: string, maxBytes = MAX_FILE_BYTES): Buffer {
  let fd: number
  try {
    fd = openSync(fsPath(abs), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new FileRefused(shown, 'not found')
    throw new FileRefused(shown, 'unreadable', code ?? '')
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new FileRefused(shown, 'not a regular file')
    if (st.size > maxBytes)
      throw new FileRefused(shown, 'too large', `${st.size} bytes, the limit is ${maxBytes}`)
    // Files that report size 0 (procfs-like) are read up to the limit, never past it.
    const chunks: Buffer[] = []
    let total = 0
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size, 1), 65536) + 1)
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      total += n
      if (total > maxBytes) throw new FileRefused(shown, 'too large', `the limit is ${maxBytes}`)
      chunks.push(Buffer.from(chunk.subarray(0, n)))
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total)
  } finally {
    closeSync(fd)
  }
}

/** The file as UTF-8 text (see readRootFile). */
export function readRootText(
  root: string,
  path: string,
  opts: { maxBytes?: number; shown?: string } = {},
): string {
  return readRootFile(root, path, opts).toString('utf8')
}
