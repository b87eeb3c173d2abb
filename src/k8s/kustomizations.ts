/**
 * Kustomize overlays in the scanned tree: which kustomizations to build (those no other
 * kustomization includes, plus the config file's `kustomize:` entries), each built the
 * way `kubectl kustomize` builds it, and read as Kubernetes objects whose places map back
 * to the base resource, patch or kustomization line that set them.
 */
import { statSync } from 'node:fs'
import { readRegularFile, readRootText } from '../core/root-files.js'
import { join, posix, relative, resolve, sep } from 'node:path'
import type { Notice } from '../core/finding.js'
import type { RelatedLocation, SourceRange } from '../core/range.js'
import { build } from '../kustomize/build.js'
import { resourceYaml } from '../kustomize/encode.js'
import { asKustomizeError } from '../kustomize/errors.js'
import { loadKustomization } from '../kustomize/kustomization.js'
import type { Src } from '../kustomize/node.js'
import { findPath, placeOf } from '../kustomize/source-map.js'
import { readManifestYaml } from '../yaml/fast-document.js'
import { type PositionedDocument, type SpanPart, type YamlPath, YamlText } from '../yaml/read.js'
import { type K8sObject, objectsOfDocument } from './objects.js'
import { type Located, type ManifestSource, nearestExisting } from './source.js'
import type { Resource } from '../kustomize/resource.js'
import { pushAll } from '../core/arrays.js'
import type { BudgetExceeded } from '../core/budget.js'
import { withBudget, type BudgetLimits } from '../core/budget.js'

/** One kustomization to build (a folder relative to the root). */
export interface KustomizeRendering {
  dir: string
  restrictor?: 'rootOnly' | 'none'
  /** Why it is built: an overlay nothing includes, a config entry, or a fallback for a failed overlay. */
  reason: 'root' | 'config' | 'fallback'
}

/** A `kustomize:` entry of the configuration file. */
export interface KustomizeConfig {
  path: string
  loadRestrictor?: 'rootOnly' | 'none'
  range?: SourceRange
}

interface KustomizationInfo {
  dir: string
  file: string
  component: boolean
  /** Folders (relative to the root) it includes as resources, bases or components. */
  includes: string[]
  /** Files (relative to the root) it names as patches. */
  patches: string[]
}

export interface KustomizePlan {
  renderings: KustomizeRendering[]
  /** Files any kustomization names as a patch: never scanned as workloads on their own. */
  patchFiles: Set<string>
  infos: Map<string, KustomizationInfo>
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/')
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}

/** What a kustomization file says it includes and patches (without building it). */
function inspect(root: string, file: string): KustomizationInfo {
  const dir = posix.dirname(file)
  const info: KustomizationInfo = { dir, file, component: false, includes: [], patches: [] }
  let k
  try {
    k = loadKustomization(readRootText(root, file), file, dir).k
  } catch {
    return info
  }
  info.component = k.kind === 'Component'
  const rel = (p: string) => toPosix(relative(root, resolve(root, dir, p)))
  for (const p of [...(k.resources ?? []), ...(k.components ?? [])]) {
    if (/^[a-z]+:\/\//i.test(p)) continue
    const r = rel(p)
    if (!r.startsWith('..') && isDir(join(root, r))) info.includes.push(r || '.')
  }
  const patchPaths = [
    ...(k.patches ?? []).map((p) => p.path),
    ...(k.patchesJson6902 ?? []).map((p) => p.path),
    ...(k.patchesStrategicMerge ?? []),
  ]
  for (const p of patchPaths) {
    if (!p || p.includes('\n')) continue
    const r = rel(p)
    if (!r.startsWith('..') && isFile(join(root, r))) info.patches.push(r)
  }
  return info
}

/**
 * The kustomizations to build: every one no other kustomization includes (components are
 * only built through what includes them), and every `kustomize:` entry.
 */
export function planKustomizations(
  root: string,
  files: readonly string[],
  config: readonly KustomizeConfig[] = [],
): KustomizePlan {
  const infos = new Map<string, KustomizationInfo>()
  for (const f of files) {
    const info = inspect(root, f)
    infos.set(info.dir, info)
  }
  const included = new Set<string>()
  const patchFiles = new Set<string>()
  for (const info of infos.values()) {
    for (const d of info.includes) if (d !== info.dir) included.add(d)
    for (const p of info.patches) patchFiles.add(p)
  }
  const byPath = new Map(config.map((c) => [c.path.replace(/\/+$/, '') || '.', c]))
  const renderings: KustomizeRendering[] = []
  for (const info of [...infos.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
    const entry = byPath.get(info.dir)
    if (entry) continue
    if (included.has(info.dir) || info.component) continue
    renderings.push({ dir: info.dir, reason: 'root' })
  }
  // Kustomizations no root reaches (bases that only include each other) are built too.
  const reached = new Set<string>()
  const visit = (d: string) => {
    if (reached.has(d)) return
    reached.add(d)
    for (const sub of infos.get(d)?.includes ?? []) visit(sub)
  }
  for (const r of renderings) visit(r.dir)
  for (const path of byPath.keys()) visit(path)
  for (const info of [...infos.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
    if (reached.has(info.dir) || info.component || byPath.has(info.dir)) continue
    renderings.push({ dir: info.dir, reason: 'root' })
    visit(info.dir)
  }
  for (const [path, c] of byPath) {
    renderings.push({ dir: path, restrictor: c.loadRestrictor, reason: 'config' })
  }
  return { renderings, patchFiles, infos }
}

export interface KustomizeProblem {
  message: string
  range: SourceRange
  related: RelatedLocation[]
  key: string
}

export interface LoadedKustomize {
  ok: boolean
  /** The build ran out of its budget (its bases are not built on their own: they would too). */
  stopped?: boolean
  objects: K8sObject[]
  problems: KustomizeProblem[]
  notices: Notice[]
  /** Files the build read (relative to the root). */
  read: string[]
  /** Chart folders its helmCharts rendered (relative to the root). */
  charts: string[]
}

/** Converts engine places to ranges in files under the root. */
class Places {
  private readonly texts = new Map<string, YamlText>()

  constructor(
    private readonly root: string,
    private readonly sources: Map<string, string>,
  ) {}

  rel(abs: string): string {
    return toPosix(relative(this.root, abs))
  }

  range(src: Src | undefined): SourceRange | undefined {
    if (!src) return undefined
    let text = this.texts.get(src.file)
    if (!text) {
      let source = this.sources.get(src.file)
      if (source === undefined) {
        try {
          source = readRegularFile(src.file, this.rel(src.file)).toString('utf8')
        } catch {
          return undefined
        }
      }
      text = YamlText.withLines(this.rel(src.file), source)
      this.texts.set(src.file, text)
    }
    return text.rangeOfSpan({ start: src.start, end: src.end })
  }
}

function fileStart(file: string): SourceRange {
  return { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
}

/**
 * A document kustomize built: its values are the printed output's, and its places are
 * those of the nodes that produced them; the overlay's kustomization is where this rendering
 * of the object is made (reports name it with each object a finding affects).
 */
export class KustomizeManifestSource implements ManifestSource {
  constructor(
    readonly id: string,
    readonly doc: PositionedDocument,
    private readonly resource: Resource,
    private readonly places: Places,
    private readonly overlay: SourceRange,
    readonly rendering?: string,
  ) {}

  locate(path: YamlPath, part: SpanPart = 'pair'): Located {
    const at = this.doc.has(path) ? path : nearestExisting(this.doc, path)
    const found = findPath(this.resource.node, at)
    const range =
      this.places.range(placeOf(found, part)) ??
      this.places.range(this.resource.node.src) ??
      this.overlay
    return { range, related: [], overlay: this.overlay }
  }
}

/** Absolute paths in a message written relative to the root (also those outside it). */
function relativePaths(message: string, absRoot: string): string {
  let out = message
  let dir = absRoot
  let up = ''
  while (dir !== sep && dir !== join(dir, '..')) {
    out = out.split(dir + sep).join(up)
    out = out.split(`'${dir}'`).join(`'${up ? up.slice(0, -1) : '.'}'`)
    dir = join(dir, '..')
    up += '..' + sep
  }
  return out
}

/** Builds one kustomization and reads its output as objects. */
export function loadKustomize(
  root: string,
  r: KustomizeRendering,
  /** The build's budget (time, memory); the defaults of core/budget.ts when absent. */
  limits?: Partial<BudgetLimits>,
): LoadedKustomize {
  const absRoot = resolve(root)
  const dir = join(absRoot, r.dir)
  const kfile = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((n) => posix.join(r.dir, n))
    .find((f) => isFile(join(absRoot, f)))
  const kRange = fileStart(kfile ?? posix.join(r.dir, 'kustomization.yaml'))
  const clean = (m: string) => relativePaths(m, absRoot)
  let result
  let spent: BudgetExceeded | undefined
  try {
    result = withBudget(limits, (budget) => {
      try {
        return build(dir, {
          restrictor: r.restrictor ?? 'rootOnly',
          fence: absRoot,
          enableHelm: true,
          externalPlugins: 'skip',
        })
      } finally {
        spent = budget.exceeded
      }
    })
  } catch (e) {
    if (spent) {
      return {
        ok: false,
        stopped: true,
        objects: [],
        notices: [],
        read: [],
        charts: [],
        problems: [
          {
            message: `kube-whoami stopped building the kustomize overlay ${r.dir}: ${spent.message}, so neither it nor the bases it includes are scanned (a limit of kube-whoami for untrusted input; kubectl has none)`,
            range: kRange,
            related: [],
            key: `${r.dir}#budget`,
          },
        ],
      }
    }
    const k = asKustomizeError(e)
    const ctx = (k as { ctx?: { loaderCtx: { texts: Map<string, string>; read: Set<string> } } })
      .ctx
    const places = new Places(absRoot, ctx?.loaderCtx.texts ?? new Map())
    const at = k.at.map((s) => places.range(s)).find((x) => x !== undefined) ?? kRange
    const related: RelatedLocation[] = []
    if (at.file !== kRange.file)
      related.push({ range: kRange, message: `the overlay ${r.dir} that was built` })
    const why = clean(k.message)
    return {
      ok: false,
      objects: [],
      notices: [],
      read: [...(ctx?.loaderCtx.read ?? [])].map((f) => places.rel(f)),
      charts: [],
      problems: [
        {
          message: `kubectl kustomize ${r.dir} fails: ${why}`,
          range: at,
          related,
          key: `${r.dir}#${why.replace(/[0-9a-z]{10}\b/g, '')}`,
        },
      ],
    }
  }
  const places = new Places(absRoot, result.ctx.loaderCtx.texts)
  const notices: Notice[] = result.ctx.leftOut.map((l) => ({
    level: 'warning' as const,
    message: `kustomize ${r.dir}: ${clean(l.message)}; what it would add or change is not scanned`,
    range: places.range(l.at) ?? kRange,
  }))
  const objects: K8sObject[] = []
  const id = `kustomize:${r.dir}`
  for (const res of result.resources) {
    let text: string
    try {
      text = resourceYaml(res.node)
    } catch {
      continue
    }
    const { documents } = readManifestYaml(text, `${kRange.file} (rendered)`)
    for (const doc of documents) {
      if (doc.isEmpty || doc.problems.length) continue
      const source = new KustomizeManifestSource(
        id,
        doc,
        res,
        places,
        kRange,
        `overlay ${r.dir === '.' ? './' : r.dir}`,
      )
      pushAll(objects, objectsOfDocument(source))
    }
  }
  return {
    ok: true,
    objects,
    notices,
    problems: [],
    read: [...result.ctx.loaderCtx.read].map((f) => places.rel(f)),
    charts: [...result.ctx.chartDirs].map((d) => places.rel(d) || '.'),
  }
}

/** For a failed overlay, the kustomizations it includes become renderings of their own. */
export function fallbackRenderings(
  plan: KustomizePlan,
  failed: string,
  done: Set<string>,
): KustomizeRendering[] {
  const info = plan.infos.get(failed)
  if (!info) return []
  const out: KustomizeRendering[] = []
  for (const d of info.includes) {
    const sub = plan.infos.get(d)
    if (!sub || sub.component || done.has(d)) continue
    out.push({ dir: d, reason: 'fallback' })
  }
  return out
}
