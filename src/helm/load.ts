/**
 * Loads a chart from a directory or a .tgz the way Helm's loader does (pkg/chart/v2/loader):
 * the directory walk in byte order with .helmignore applied (the root chart's file governs
 * the whole tree, subcharts included), Chart.yaml/requirements.yaml/values.yaml/schema,
 * templates/, charts/ holding subchart folders and archives, everything else in `.Files`.
 *
 * Untrusted input: symbolic links are followed only while they stay inside `boundary`
 * (the scanned root by default); one that leaves it is not followed (reported through
 * `refusedLink`), files are size-limited as in Helm, and nothing outside the boundary is
 * ever read. Links followed are reported through `symlink`, where helm logs them.
 */
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { Chart, emptyMetadata, type ChartFile, type FileOrigin } from './chart.js'
import { readChartArchive, maxDecompressedChartSize, maxDecompressedFileSize } from './archive.js'
import { work } from '../core/budget.js'

/**
 * Paths one chart folder may hold (helm has no limit): the largest chart of the corpus (kube-prometheus-stack) has 449;
 * a folder that links to itself from two places per level holds 2^levels.
 */
const maxChartPaths = 100_000

/** Paths by which links may lead to one folder (a shared `crds/` linked from a few charts). */
const maxPathsToOneFolder = 16
import { HelmIgnore } from './helmignore.js'
import { bytesToString, pathExt, trimBom } from './go-text.js'
import { compareGoStrings } from '../template/sort.js'
import { decodeMetadataInto, validateMetadata } from './metadata.js'
import { readValuesYaml, readYamlFirstDocument } from './values-yaml.js'

/** A loading failure; `message` is what Helm prints after `Error: `. */
export class ChartLoadError extends Error {
  constructor(
    message: string,
    /** The file concerned, relative to the scanned root, when known. */
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message)
  }
}

/** A warning Helm writes with log.Printf while loading (shown on stderr). */
export type LoadWarn = (message: string) => void

export interface LoadOptions {
  /** Directory that source ranges are relative to (the scanned root). Default: cwd. */
  root?: string
  /** Symbolic links may not resolve outside this directory. Default: `root`. */
  boundary?: string
  warn?: LoadWarn
  /** A link followed: its absolute path and what it resolves to (helm logs both). */
  symlink?: (path: string, resolved: string) => void
  /**
   * A link that leaves the boundary: its path relative to the root and its target. It is
   * left out; without this callback the load fails instead.
   */
  refusedLink?: (path: string, target: string) => void
  /** Each file read from a directory: its path relative to the root, and its bytes. */
  fileRead?: (path: string, data: Uint8Array) => void
}

interface BufferedFile {
  name: string
  data: Uint8Array
  origin: FileOrigin
}

function toSlash(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

function isInside(dir: string, p: string): boolean {
  const rel = relative(dir, p)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))
}

/** Loads the chart at `chartPath` (a directory or a .tgz file). */
export function loadChart(chartPath: string, opts: LoadOptions = {}): Chart {
  const root = resolve(opts.root ?? process.cwd())
  const abs = resolve(chartPath)
  let st
  try {
    st = statSync(abs)
  } catch {
    throw new ChartLoadError(`path ${JSON.stringify(chartPath)} not found`)
  }
  const boundary = resolve(opts.boundary ?? root)
  const rel = toSlash(relative(root, abs))
  if (st.isDirectory()) return loadDir(abs, rel, boundary, opts)
  const data = readFileSync(abs)
  if (!(data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08)) {
    if (chartPath.endsWith('.yml') || chartPath.endsWith('.yaml')) {
      throw new ChartLoadError(
        `file '${abs}' seems to be a YAML file, but expected a gzipped archive`,
      )
    }
    throw new ChartLoadError(`file '${abs}' does not appear to be a gzipped archive`)
  }
  return loadArchive(data, { path: rel, archive: rel }, opts.warn)
}

function loadArchive(data: Uint8Array, origin: FileOrigin, warn?: LoadWarn): Chart {
  let files
  try {
    files = readChartArchive(data)
  } catch (e) {
    throw new ChartLoadError((e as Error).message, origin.archive ?? origin.path)
  }
  const archive = origin.archive ?? origin.path
  return loadFiles(
    files.map((f) => ({ name: f.name, data: f.data, origin: { path: archive, archive } })),
    origin,
    warn,
  )
}

function loadDir(topdir: string, relTop: string, boundary: string, opts: LoadOptions): Chart {
  const warn = opts.warn
  let rules = HelmIgnore.empty()
  const ignoreFile = join(topdir, '.helmignore')
  try {
    if (statSync(ignoreFile).isFile()) {
      rules = HelmIgnore.parse(readFileSync(ignoreFile, 'utf8'))
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new ChartLoadError((e as Error).message, joinRel(relTop, '.helmignore'))
    }
  }
  rules.addDefaults()
  const files: BufferedFile[] = []
  const visiting = new Set<string>()

  /**
   * Follows a symbolic link at absPath (inside the boundary only); the target's stat, or
   * undefined for a link left out.
   */
  const followLink = (absPath: string, name: string): Stats | undefined => {
    let target: string
    try {
      target = realpathSync(absPath)
    } catch {
      // filepath.EvalSymlinks names the path it could not find.
      let missing = absPath
      try {
        const target = resolve(dirname(absPath), readlinkSync(absPath))
        // The first component of the target that does not exist.
        const parts = target.split(sep)
        for (let i = 2; i <= parts.length; i++) {
          const prefix = parts.slice(0, i).join(sep)
          try {
            lstatSync(prefix)
          } catch {
            missing = prefix
            break
          }
        }
      } catch {
        // keep the link's own path
      }
      throw new ChartLoadError(
        `error evaluating symlink ${absPath}: lstat ${missing}: no such file or directory`,
        joinRel(relTop, name),
      )
    }
    if (!isInside(boundary, target)) {
      if (opts.refusedLink) {
        opts.refusedLink(joinRel(relTop, name), target)
        return undefined
      }
      throw new ChartLoadError(
        `symbolic link ${name} points outside the scanned directory (${target}); refusing to follow it`,
        joinRel(relTop, name),
      )
    }
    // .git holds the token actions/checkout persists: never rendered into a chart.
    if (relative(boundary, target).split(sep)[0] === '.git') {
      if (opts.refusedLink) {
        opts.refusedLink(joinRel(relTop, name), target)
        return undefined
      }
      throw new ChartLoadError(
        `symbolic link ${name} points into .git; refusing to follow it`,
        joinRel(relTop, name),
      )
    }
    opts.symlink?.(absPath, target)
    return statSync(target)
  }

  const tooLarge = (name: string): ChartLoadError => {
    const base = name.slice(name.lastIndexOf('/') + 1)
    return new ChartLoadError(
      `chart file ${JSON.stringify(base)} is larger than the maximum file size ${maxDecompressedFileSize}`,
      joinRel(relTop, name),
    )
  }

  // Links to one folder from two places in each of n folders make 2^n paths (helm walks them
  // all): the walk stops at a count of paths and of bytes, as an archive's does.
  let paths = 0
  let bytes = 0
  /** Times each real folder was walked: more than a few means links multiply the paths. */
  const visits = new Map<string, number>()
  const count = (name: string, size: number): void => {
    work()
    bytes += size
    if (++paths > maxChartPaths) {
      throw new ChartLoadError(
        `chart folder has more than ${maxChartPaths} files and folders (counting each path a symbolic link leads to); kube-whoami stops loading it there`,
        joinRel(relTop, 'Chart.yaml'),
      )
    }
    if (bytes > maxDecompressedChartSize) {
      throw new ChartLoadError(
        `chart folder holds more than ${maxDecompressedChartSize} bytes (counting each path a symbolic link leads to); kube-whoami stops loading it there`,
        joinRel(relTop, 'Chart.yaml'),
      )
    }
  }

  const walkDir = (absPath: string, name: string, real: string): void => {
    if (visiting.has(real)) {
      throw new ChartLoadError(`symbolic link loop at ${name}`, joinRel(relTop, name))
    }
    count(name, 0)
    const arrivals = (visits.get(real) ?? 0) + 1
    visits.set(real, arrivals)
    if (arrivals > maxPathsToOneFolder) {
      throw new ChartLoadError(
        `symbolic links lead to one folder by more than ${maxPathsToOneFolder} paths (at ${name}); kube-whoami stops loading the chart there, where helm walks every path`,
        joinRel(relTop, 'Chart.yaml'),
      )
    }
    visiting.add(real)
    // Entry types come with the listing: no lstat per file.
    const entries = readdirSync(absPath, { withFileTypes: true }).sort((a, b) =>
      compareGoStrings(a.name, b.name),
    )
    for (const d of entries) {
      const childAbs = join(absPath, d.name)
      const childName = name === '' ? d.name : `${name}/${d.name}`
      if (d.isSymbolicLink()) {
        const st = followLink(childAbs, childName)
        if (!st) continue
        if (st.isDirectory()) {
          if (rules.ignores(childName, true)) continue
          let childReal: string
          try {
            childReal = realpathSync(childAbs)
          } catch {
            childReal = childAbs
          }
          walkDir(childAbs, childName, childReal)
        } else {
          readFile(childAbs, childName, st)
        }
      } else if (d.isDirectory()) {
        if (rules.ignores(childName, true)) continue
        walkDir(childAbs, childName, join(real, d.name))
      } else {
        readFile(childAbs, childName, d.isFile() ? undefined : 'irregular')
      }
    }
    visiting.delete(real)
  }

  /** A file to keep (unless ignored); `st` when already known (links), 'irregular' for devices and pipes. */
  const readFile = (absPath: string, name: string, st: Stats | 'irregular' | undefined): void => {
    if (rules.ignores(name, false)) return
    if (st === 'irregular' || (st !== undefined && !st.isFile())) {
      throw new ChartLoadError(
        `cannot load irregular file ${absPath} as it has file mode type bits set`,
        joinRel(relTop, name),
      )
    }
    let data: Uint8Array
    if (st !== undefined) {
      if (st.size > maxDecompressedFileSize) throw tooLarge(name)
      data = new Uint8Array(readFileSync(absPath))
    } else {
      data = readLimited(absPath, () => tooLarge(name))
    }
    count(name, data.length)
    const path = joinRel(relTop, name)
    opts.fileRead?.(path, data)
    files.push({ name, data: trimBom(data), origin: { path } })
  }

  let top
  try {
    top = lstatSync(topdir)
  } catch (e) {
    throw new ChartLoadError((e as Error).message, joinRel(relTop, ''))
  }
  const st = top.isSymbolicLink() ? followLink(topdir, '') : top
  if (!st) return loadFiles(files, { path: relTop }, warn)
  if (st.isDirectory()) {
    let real: string
    try {
      real = realpathSync(topdir)
    } catch {
      real = topdir
    }
    walkDir(topdir, '', real)
  } else {
    readFile(topdir, '', st)
  }
  return loadFiles(files, { path: relTop }, warn)
}

/**
 * A regular file's bytes, read through one descriptor (its size checked before reading,
 * as Helm checks it before loading).
 */
function readLimited(absPath: string, tooLarge: () => Error): Uint8Array {
  const fd = openSync(absPath, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > maxDecompressedFileSize) throw tooLarge()
    // Sizes of 0 (special files) are read to the end.
    if (size === 0) return new Uint8Array(readFileSync(fd))
    const out = new Uint8Array(size)
    let got = 0
    while (got < size) {
      const n = readSync(fd, out, got, size - got, got)
      if (n === 0) break
      got += n
    }
    return got === size ? out : out.subarray(0, got)
  } finally {
    closeSync(fd)
  }
}

function joinRel(dir: string, name: string): string {
  if (dir === '' || dir === '.') return name
  return name === '' ? dir : `${dir}/${name}`
}

function originOf(origin: FileOrigin, name: string): FileOrigin {
  return origin.archive ? origin : { path: joinRel(origin.path, name) }
}

/** loader.LoadFiles: builds a chart (and its subcharts) from chart-relative files. */
function loadFiles(files: BufferedFile[], origin: FileOrigin, warn?: LoadWarn): Chart {
  const md = emptyMetadata()
  let haveMetadata = false
  const chartYaml = files.find((f) => f.name === 'Chart.yaml')
  const fileErr = (what: string, f: BufferedFile, e: unknown): ChartLoadError => {
    const ev = e as { message: string; line?: number; column?: number }
    return new ChartLoadError(
      `cannot load ${what}: ${ev.message}`,
      f.origin.path,
      ev.line,
      ev.column,
    )
  }
  if (chartYaml) {
    haveMetadata = true
    try {
      decodeMetadataInto(
        md,
        readYamlFirstDocument(bytesToString(chartYaml.data), chartYaml.origin.path),
      )
    } catch (e) {
      throw fileErr('Chart.yaml', chartYaml, e)
    }
    if (md.apiVersion === '') md.apiVersion = 'v1'
  }
  const chart = new Chart(md, origin)
  const subcharts = new Map<string, BufferedFile[]>()
  for (const f of files) {
    const name = f.name
    if (name === 'Chart.yaml' || name === 'Chart.lock' || name === 'requirements.lock') {
      if (name === 'requirements.lock') {
        if (!haveMetadata) haveMetadata = true
        if (md.apiVersion !== 'v1') {
          warn?.(
            'Warning: Dependency locking is handled in Chart.lock since apiVersion "v2". We recommend migrating to Chart.lock.',
          )
        } else {
          chart.files.push(f)
        }
      }
      continue
    }
    if (name === 'values.yaml') {
      try {
        chart.values = readValuesYaml(bytesToString(f.data), f.origin.path)
      } catch (e) {
        throw fileErr('values.yaml', f, e)
      }
      chart.valuesOrigin = f.origin
    } else if (name === 'values.schema.json') {
      chart.schema = f.data
    } else if (name === 'requirements.yaml') {
      haveMetadata = true
      if (md.apiVersion !== 'v1') {
        warn?.(
          'Warning: Dependencies are handled in Chart.yaml since apiVersion "v2". We recommend migrating dependencies to Chart.yaml.',
        )
      }
      try {
        decodeMetadataInto(md, readYamlFirstDocument(bytesToString(f.data), f.origin.path))
      } catch (e) {
        throw fileErr('requirements.yaml', f, e)
      }
      if (md.apiVersion === 'v1') chart.files.push(f)
    } else if (name.startsWith('templates/')) {
      chart.templates.push(f)
    } else if (name.startsWith('charts/')) {
      if (pathExt(name) === '.prov') {
        chart.files.push(f)
        continue
      }
      const fname = name.slice('charts/'.length)
      const cname = fname.split('/')[0]
      let list = subcharts.get(cname)
      if (!list) subcharts.set(cname, (list = []))
      list.push({ name: fname, data: f.data, origin: f.origin })
    } else {
      chart.files.push(f)
    }
  }
  if (!haveMetadata) {
    throw new ChartLoadError('Chart.yaml file is missing', joinRel(origin.path, 'Chart.yaml'))
  }
  try {
    validateMetadata(md)
  } catch (e) {
    throw new ChartLoadError((e as Error).message, chartYaml?.origin.path)
  }
  for (const [n, sub] of subcharts) {
    if (n.startsWith('_') || n.startsWith('.')) continue
    let sc: Chart
    try {
      if (pathExt(n) === '.tgz') {
        const file = sub[0]
        if (file.name !== n) {
          throw new ChartLoadError(
            `error unpacking subchart tar in ${chart.name}: expected ${n}, got ${file.name}`,
          )
        }
        const archivePath = origin.archive ?? joinRel(origin.path, `charts/${n}`)
        sc = loadArchive(file.data, { path: archivePath, archive: archivePath }, warn)
      } else {
        const buff: BufferedFile[] = []
        for (const f of sub) {
          const slash = f.name.indexOf('/')
          if (slash < 0) continue
          buff.push({ name: f.name.slice(slash + 1), data: f.data, origin: f.origin })
        }
        sc = loadFiles(buff, originOf(origin, `charts/${n}`), warn)
      }
    } catch (e) {
      if (e instanceof ChartLoadError && e.message.startsWith('error unpacking subchart tar'))
        throw e
      const err = e as ChartLoadError
      throw new ChartLoadError(
        `error unpacking subchart ${n} in ${chart.name}: ${err.message}`,
        err.file,
        err.line,
        err.column,
      )
    }
    chart.addDependency(sc)
  }
  return chart
}

export type { ChartFile }
