/** Paths and addresses the action hands out: workspace-relative paths, file URIs, links to lines. */
import { lstatSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { RunContext } from './event.js'
import { InputError } from './inputs.js'

/** A link to lines of a file at the scanned commit. */
export function blobUrl(
  ctx: RunContext,
  sha: string | undefined,
  file: string,
  start?: number,
  end?: number,
): string | undefined {
  if (!ctx.repository || !sha) return undefined
  const path = file.split('/').map(encodeURIComponent).join('/')
  const anchor = start ? `#L${start}-L${end ?? start}` : ''
  return `${ctx.serverUrl}/${ctx.repository}/blob/${sha}/${path}${anchor}`
}

/** A path relative to the workspace when it is inside, else absolute. */
export function workspacePath(workspace: string, abs: string): string {
  const rel = relative(workspace, abs)
  if (rel.startsWith('..') || isAbsolute(rel)) return abs
  return sep === '/' ? rel : rel.split(sep).join('/')
}

/** The `file://` URI of a folder, with the trailing slash code scanning expects. */
export function fileUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : href + '/'
}

function outside(dir: string, p: string): boolean {
  const rel = relative(dir, p)
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)
}

/** The real path of `p`'s deepest existing ancestor, with the rest appended. */
function realish(p: string): string {
  const rest: string[] = []
  let cur = p
  for (;;) {
    try {
      return join(realpathSync(cur), ...rest.reverse())
    } catch {
      const parent = dirname(cur)
      if (parent === cur) return p
      rest.push(basename(cur))
      cur = parent
    }
  }
}

/**
 * A path input (`path`, `config`, `baseline`, `sarif-file`) as an absolute path inside the
 * workspace, symbolic links of existing folders resolved; an InputError naming the input when
 * it leads out of the workspace. Workflow inputs can come from a pull request's edits, and the
 * runner's home and tool cache sit beside the workspace.
 */
export function workspaceFile(
  workspace: string,
  input: string,
  name: string,
  opts: { output?: boolean } = {},
): string {
  const abs = resolve(workspace, input)
  // An output file is replaced (writeReplacing), never followed: only its folder must be inside.
  const real = opts.output ? join(realish(dirname(abs)), basename(abs)) : realish(abs)
  if (outside(workspace, abs) || outside(realish(workspace), real))
    throw new InputError(`input ${name}: ${input} is outside the workspace`)
  return abs
}

/**
 * Writes `text` to `file` by renaming a new file over it, so that a symbolic link committed
 * at that name is replaced, never written through.
 */
export function writeReplacing(file: string, text: string): void {
  try {
    if (lstatSync(file).isDirectory()) throw new Error(`EISDIR: ${file} is a directory`)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, text, { flag: 'wx' })
    renameSync(temp, file)
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}
