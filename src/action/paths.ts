/** Paths and addresses the action hands out: workspace-relative paths, file URIs, links to lines. */
import { isAbsolute, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { RunContext } from './event.js'

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
