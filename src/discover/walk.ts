import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import {
  FileRefused,
  readRegularFile,
  readRootText,
  registerRawPath,
  resolveInRoot,
  showName,
} from '../core/root-files.js'
import { join, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import type { Notice } from '../core/finding.js'
import { classifyFile, type FileKind } from './classify.js'
import { compileGlobs } from '../core/glob.js'

/** Files larger than this are skipped with a notice: no manifest or Dockerfile is that big. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024

/** Folders never worth walking (dependencies and VCS data), on top of .gitignore. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn'])

export interface Discovery {
  /** Absolute scan root; every path below is relative to it, with forward slashes. */
  root: string
  manifests: string[]
  /** Chart roots: folders with a Chart.yaml that are not inside another chart's charts/. */
  charts: string[]
  /** Kustomization files (kustomization.yaml, .yml, Kustomization) outside charts. */
  kustomizations: string[]
  dockerfiles: string[]
  workflows: string[]
  compose: string[]
  skaffold: string[]
  scripts: string[]
  configs: string[]
  notices: Notice[]
}

export interface DiscoverOptions {
  /** Absolute scan root. */
  root: string
  /** Sub-paths (files or folders, relative to root) to limit the walk to; default the whole root. */
  paths?: string[]
  /** Globs (relative to root) excluded on top of .gitignore. */
  exclude?: string[]
}

interface IgnoreLayer {
  dir: string
  ig: Ignore
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

/**
 * Walks the scan root, honouring nested .gitignore files and the configured excludes, and
 * sorts files by what the scanner does with them. Helm chart folders are returned as charts:
 * their templates are rendered, not parsed as manifests.
 */
export function discover(options: DiscoverOptions): Discovery {
  const root = options.root
  const out: Discovery = {
    root,
    manifests: [],
    charts: [],
    kustomizations: [],
    dockerfiles: [],
    workflows: [],
    compose: [],
    skaffold: [],
    scripts: [],
    configs: [],
    notices: [],
  }
  const globs = options.exclude?.length ? compileGlobs(options.exclude) : undefined
  const excluded = globs && ((path: string) => globs.test(path))
  const seen = new Set<string>()

  const isIgnored = (rel: string, isDir: boolean, layers: IgnoreLayer[]): boolean => {
    if (excluded && (excluded(rel) || (isDir && excluded(rel + '/')))) return true
    for (const layer of layers) {
      const sub = layer.dir ? rel.slice(layer.dir.length + 1) : rel
      if (layer.ig.ignores(isDir ? sub + '/' : sub)) return true
    }
    return false
  }

  const add = (rel: string, size: number) => {
    if (seen.has(rel)) return
    seen.add(rel)
    const kind: FileKind | undefined = classifyFile(rel)
    if (!kind) return
    if (size > MAX_FILE_BYTES) {
      out.notices.push({
        level: 'warning',
        message: `skipped ${rel}: ${size} bytes is over the ${MAX_FILE_BYTES}-byte limit for scanned files`,
        range: { file: rel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      })
      return
    }
    switch (kind) {
      case 'manifest':
        out.manifests.push(rel)
        break
      case 'chart':
        out.charts.push(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.')
        break
      case 'kustomization':
        out.kustomizations.push(rel)
        break
      case 'dockerfile':
        out.dockerfiles.push(rel)
        break
      case 'workflow':
        out.workflows.push(rel)
        break
      case 'compose':
        out.compose.push(rel)
        break
      case 'skaffold':
        out.skaffold.push(rel)
        break
      case 'script':
        out.scripts.push(rel)
        break
      case 'config':
        out.configs.push(rel)
        break
    }
  }

  /** Symbolic links to files discovery found, followed once: real path -> the link's name. */
  const links = new Map<string, string>()

  const followLink = (childRel: string, layers: IgnoreLayer[]) => {
    if (isIgnored(childRel, false, layers) || !classifyFile(childRel)) return
    const at = { file: childRel, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
    let real: string
    try {
      real = resolveInRoot(root, childRel)
    } catch (e) {
      if (e instanceof FileRefused && e.reason !== 'not found') {
        out.notices.push({
          level: 'warning',
          message: `skipped ${childRel}: a symbolic link to a file ${e.reason}`,
          range: at,
        })
      }
      return
    }
    let st
    try {
      st = statSync(real)
    } catch {
      return
    }
    if (st.isDirectory()) {
      out.notices.push({
        level: 'note',
        message: `${childRel} is a symbolic link to a folder: not followed (scan its target by its own name)`,
        range: at,
      })
      return
    }
    if (!st.isFile()) return
    const realRel = toPosix(relative(realRootOf(root), real))
    if (links.has(realRel)) return
    links.set(realRel, childRel)
    add(childRel, st.size)
  }

  const walkDir = (
    absDir: Buffer,
    rel: string,
    layers: IgnoreLayer[],
    rawDir = false,
    depth = 0,
  ) => {
    let entries: Dirent<Buffer>[]
    try {
      entries = readdirSync(absDir, { withFileTypes: true, encoding: 'buffer' })
    } catch (e) {
      out.notices.push({
        level: 'warning',
        message: `cannot read folder ${rel || '.'}: ${(e as Error).message}`,
      })
      return
    }
    const named = entries.map((e) => ({ entry: e, name: showName(e.name) }))
    let here = layers
    if (named.some((e) => e.name === '.gitignore' && e.entry.isFile())) {
      try {
        // Listed as a regular file of a folder the walk reached without links: inside the root
        // by construction, so no real-path check (one lstat per level: 1,000 nested .gitignore
        // files took 87 s that way).
        const name = rel ? `${rel}/.gitignore` : '.gitignore'
        const ig = ignore().add(readRegularFile(join(root, name), name).toString('utf8'))
        here = [...layers, { dir: rel, ig }]
      } catch {
        // An unreadable .gitignore only means nothing extra is ignored.
      }
    }
    named.sort((a, b) => Buffer.compare(a.entry.name, b.entry.name))
    for (const { entry, name } of named) {
      const childRel = rel ? `${rel}/${name}` : name
      const abs = Buffer.concat([absDir, SLASH, entry.name])
      const raw = rawDir || name !== entry.name.toString('utf8')
      if (raw) {
        // A name that is not UTF-8 (or inside such a folder): read by its bytes, shown escaped.
        registerRawPath(join(root, childRel), abs)
      }
      if (entry.isSymbolicLink()) {
        followLink(childRel, here)
        continue
      }
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(name) || isIgnored(childRel, true, here)) continue
        if (name === 'vendor' && existsSync(Buffer.concat([abs, Buffer.from('/modules.txt')]))) {
          // Go module vendoring: third-party code, whose findings nobody here can fix.
          out.notices.push({
            level: 'note',
            message: `skipped ${childRel}/: vendored Go modules (third-party code); scan it on its own by naming the path`,
            range: {
              file: `${childRel}/modules.txt`,
              startLine: 1,
              startColumn: 1,
              endLine: 1,
              endColumn: 1,
            },
          })
          continue
        }
        if (depth >= MAX_FOLDER_DEPTH) {
          out.notices.push({
            level: 'warning',
            message: `skipped ${childRel}/: folders nested deeper than ${MAX_FOLDER_DEPTH} levels are not scanned`,
          })
          continue
        }
        walkDir(abs, childRel, here, raw, depth + 1)
      } else if (entry.isFile()) {
        if (isIgnored(childRel, false, here)) continue
        if (!classifyFile(childRel)) continue
        add(childRel, lstatSync(abs).size)
      }
    }
  }

  const starts = options.paths?.length ? options.paths : ['']
  for (const start of starts) {
    const rel = toPosix(start)
      .replace(/^\.\/?/, '')
      .replace(/\/+$/, '')
    const abs = rel ? join(root, rel) : root
    let st
    try {
      st = lstatSync(abs)
    } catch {
      out.notices.push({ level: 'error', message: `path not found: ${start}` })
      continue
    }
    if (st.isDirectory())
      walkDir(Buffer.from(abs), toPosix(relative(root, abs)), rootLayers(root, rel))
    else if (st.isFile()) add(toPosix(relative(root, abs)), st.size)
  }

  // A link to a file that is scanned under its own name is not scanned twice.
  for (const [realRel, linkRel] of links) {
    if (!seen.has(realRel) || realRel === linkRel) continue
    for (const list of [out.manifests, out.dockerfiles, out.workflows, out.compose]) {
      const i = list.indexOf(linkRel)
      if (i >= 0) list.splice(i, 1)
    }
  }
  return finish(out)
}

const SLASH = Buffer.from('/')

/**
 * Folders below this depth are left out with a notice. Every .gitignore above a path applies to
 * it, as in git, so a chain of n nested .gitignore files costs n² checks of paths n long: 1,000
 * took 87 s. Real repositories nest a few dozen levels (node_modules included).
 */
const MAX_FOLDER_DEPTH = 200

function realRootOf(root: string): string {
  try {
    return realpathSync(root)
  } catch {
    return root
  }
}

/** .gitignore files of the folders between the root and a start folder. */
function rootLayers(root: string, rel: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = []
  const parts = rel ? rel.split('/') : []
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/')
    try {
      const ig = ignore().add(readRootText(root, dir ? `${dir}/.gitignore` : '.gitignore'))
      layers.push({ dir, ig })
    } catch {
      // no .gitignore at this level
    }
  }
  return layers
}

/** Files inside a chart belong to the chart; subcharts (in a chart's charts/) are not roots. */
function finish(out: Discovery): Discovery {
  const chartDirs = [...new Set(out.charts)].sort()
  const inside = (file: string, dir: string) => dir === '.' || file.startsWith(dir + '/')
  const roots = chartDirs.filter(
    (dir) =>
      !chartDirs.some(
        (other) =>
          other !== dir &&
          inside(dir, other) &&
          dir.slice(other === '.' ? 0 : other.length + 1).startsWith('charts/'),
      ),
  )
  out.charts = roots
  if (chartDirs.length) {
    const inChart = (f: string) => chartDirs.some((dir) => inside(f, dir))
    out.manifests = out.manifests.filter((f) => !inChart(f))
    out.kustomizations = out.kustomizations.filter((f) => !inChart(f))
  }
  return out
}
