/**
 * Dependencies listed in Chart.yaml but not vendored in charts/ (no `helm dependency build`
 * before the scan). helm template refuses such a chart; a scan resolves each one, in order:
 * its `file://` folder (what `helm dependency build` would vendor), else a chart of the same
 * name elsewhere in the scanned repository whose version satisfies the constraint (bitnami's
 * charts depend on `common` by OCI reference while bitnami/common sits beside them), else it
 * is left out and the parent's templates that need it fail on their own.
 *
 * Charts added this way are resolved in turn, as their published packages would carry their
 * own dependencies.
 */
import { readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Chart, Dependency } from './chart.js'
import { emptyMetadata } from './chart.js'
import { ChartLoadError, loadChart, type LoadOptions, type LoadWarn } from './load.js'
import { decodeMetadataInto } from './metadata.js'
import { compareVersions, isCompatibleRange, tryParseVersion } from './semver.js'
import { readYamlFirstDocument } from './values-yaml.js'

/** A chart folder of the scanned repository, by what its Chart.yaml says. */
export interface RepositoryChart {
  /** Absolute folder. */
  dir: string
  name: string
  version: string
}

/** How a dependency that is not vendored was resolved. */
export interface UnvendoredDependency {
  /** The name in Chart.yaml (before any alias). */
  name: string
  /** The constraint in Chart.yaml. */
  version: string
  repository: string
  /** Folder (relative to the root) of the chart whose Chart.yaml lists it. */
  parent: string
  how: 'file' | 'repository' | 'missing'
  /** Folder it was read from, relative to the root, and the version its Chart.yaml gives. */
  folder?: string
  folderVersion?: string
  /** With `missing`: same-name charts of the repository whose version does not satisfy the constraint. */
  rejected?: { folder: string; version: string }[]
  /** The Chart.yaml entry (its `enabled` tells, after dependency processing, whether it was used). */
  request: Dependency
}

export interface ResolveOptions {
  root: string
  warn?: LoadWarn
  /** Passed to the loader for the charts added (symbolic links followed and left out). */
  links?: Pick<LoadOptions, 'symlink' | 'refusedLink'>
  /** Charts of the repository to take a same-name dependency from (read once, when needed). */
  repositoryCharts?: () => readonly RepositoryChart[]
}

const maxDepth = 10

function toSlash(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

function isInside(dir: string, p: string): boolean {
  const rel = relative(dir, p)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))
}

/** Name and version of the chart in `dir`, or undefined when its Chart.yaml cannot be read. */
export function readChartIdentity(dir: string): RepositoryChart | undefined {
  try {
    const md = emptyMetadata()
    const file = join(dir, 'Chart.yaml')
    decodeMetadataInto(md, readYamlFirstDocument(readFileSync(file, 'utf8'), file))
    if (md.name === '') return undefined
    return { dir, name: md.name, version: md.version }
  } catch {
    return undefined
  }
}

/**
 * Adds what can be found for each dependency of `chart` (loaded from `absChart`) that is not
 * vendored, and of the charts so added; returns how each was resolved.
 */
export function resolveUnvendored(
  chart: Chart,
  absChart: string,
  options: ResolveOptions,
): UnvendoredDependency[] {
  const root = resolve(options.root)
  const out: UnvendoredDependency[] = []
  const visit = (c: Chart, dir: string, chain: string[]): void => {
    if (chain.length > maxDepth) return
    const vendored = new Set(c.dependencies.map((d) => d.name))
    const parent = toSlash(relative(root, dir)) || '.'
    for (const req of c.metadata.dependencies ?? []) {
      // One chart serves every alias of its name, as one folder in charts/ would.
      if (vendored.has(req.name)) continue
      vendored.add(req.name)
      const entry: UnvendoredDependency = {
        name: req.name,
        version: req.version,
        repository: req.repository,
        parent,
        how: 'missing',
        request: req,
      }
      out.push(entry)
      const found = findDependency(req, dir, root, options, entry)
      if (!found || chain.includes(found.dir)) continue
      let sub: Chart
      try {
        sub = loadChart(found.dir, { root, warn: options.warn, ...options.links })
      } catch (e) {
        if (!(e instanceof ChartLoadError)) throw e
        continue
      }
      // helm dependency build packs the chart under its own name; the request names it.
      if (sub.name !== req.name) continue
      entry.how = found.how
      entry.folder = toSlash(relative(root, found.dir)) || '.'
      entry.folderVersion = sub.metadata.version
      c.addDependency(sub)
      visit(sub, found.dir, [...chain, found.dir])
    }
  }
  visit(chart, absChart, [absChart])
  return out
}

function findDependency(
  req: Dependency,
  dir: string,
  root: string,
  options: ResolveOptions,
  entry: UnvendoredDependency,
): { dir: string; how: 'file' | 'repository' } | undefined {
  if (req.repository.startsWith('file://')) {
    const target = resolve(dir, req.repository.slice('file://'.length))
    // Never outside the scanned root (a chart from a pull request is untrusted input).
    return isInside(root, target) ? { dir: target, how: 'file' } : undefined
  }
  const candidates = (options.repositoryCharts?.() ?? []).filter(
    (c) => c.name === req.name && resolve(c.dir) !== resolve(dir),
  )
  const fits = candidates.filter((c) => isCompatibleRange(req.version, c.version))
  if (fits.length === 0) {
    if (candidates.length) {
      entry.rejected = candidates.map((c) => ({
        folder: toSlash(relative(root, c.dir)) || '.',
        version: c.version,
      }))
    }
    return undefined
  }
  // The newest that fits, as a repository would serve it.
  fits.sort((a, b) => {
    const va = tryParseVersion(a.version)
    const vb = tryParseVersion(b.version)
    return va && vb ? compareVersions(vb, va) : 0
  })
  return { dir: fits[0].dir, how: 'repository' }
}
