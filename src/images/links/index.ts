/**
 * Which Dockerfile builds each deployed image. `collectLinks` reads every evidence
 * source once; `LinkIndex.resolve` answers per image reference with the link, the
 * evidence that agrees, the competing claims when there is more than one, or the
 * facts of a well-known base image when nothing here builds it.
 */
import { lookupBaseImage } from '../base-images.js'
import { matchPattern, tagFits } from '../pattern.js'
import { parseReference, repositoryOf, type ImageReference } from '../reference.js'
import {
  fillTemplate,
  hasEncodedHoles,
  splitTemplate,
  type HoleTable,
  type TemplatePart,
} from '../template.js'
import { Collector, type Candidate } from './collector.js'
import { collectCompose } from './compose.js'
import { collectConfig } from './config.js'
import { byName, sharedByParent, single } from './heuristics.js'
import { dirOf } from './paths.js'
import { escapeRegex } from '../../core/linear-regex.js'
import { collectScript } from './scripts.js'
import { collectSkaffold } from './skaffold.js'
import type { ComposeProject } from '../../docker/compose/project.js'
import type {
  CollectInput,
  ContainerCommand,
  JobContainerSource,
  EvidenceKind,
  ImageLink,
  ImageResolution,
  LinkProblem,
  ResolveOptions,
} from './types.js'
import { collectWorkflows } from './workflows.js'
import { pushAll } from '../../core/arrays.js'
import { linearRegex } from '../../core/linear-regex.js'

export type * from './types.js'

const PRIORITY: Record<EvidenceKind, number> = {
  config: 0,
  workflow: 1,
  compose: 2,
  skaffold: 3,
  makefile: 4,
  script: 5,
  'heuristic-name': 6,
  'heuristic-single': 7,
}

function guard(col: Collector, file: string, fn: () => void): void {
  try {
    fn()
  } catch (e) {
    col.problem(
      'warning',
      'internal-error',
      `could not read build evidence from ${file}: ${(e as Error).message}`,
      {
        file,
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1,
      },
    )
  }
}

/** Reads the evidence sources in order: config, workflows, compose, skaffold, Makefiles and scripts. */
export function collectLinks(input: CollectInput): LinkIndex {
  const col = new Collector(input)
  if (input.configImages?.length)
    guard(col, '.kube-whoami.yaml', () => collectConfig(input.configImages!, col))
  guard(col, '.github/workflows', () => collectWorkflows(input.files.workflows, col, input.github))
  guard(col, 'compose files', () => collectCompose(input.files.compose, col))
  for (const f of input.files.skaffold) guard(col, f, () => collectSkaffold(f, col))
  for (const f of input.files.scripts) guard(col, f, () => collectScript(f, col))
  return new LinkIndex(col)
}

const linkKey = (l: ImageLink): string => `${l.dockerfile}\u0000${l.target ?? ''}`

export class LinkIndex {
  readonly problems: readonly LinkProblem[]
  /** What the build files say about running containers, for the container views. */
  readonly composeProjects: readonly ComposeProject[]
  readonly containerCommands: readonly ContainerCommand[]
  readonly jobContainers: readonly JobContainerSource[]
  /** The variables the readers could not resolve, for displaying texts that hold them. */
  readonly holes: HoleTable
  /** Dockerfiles that links name but discovery did not list; the scanner should load them too. */
  readonly extraDockerfiles: readonly string[]
  private readonly exact = new Map<string, Candidate[]>()
  private readonly patterns: Candidate[] = []
  private readonly claimed = new Set<string>()
  private readonly allDockerfiles: string[]
  private readonly cache = new Map<string, ImageResolution>()
  private readonly nearCache = new Map<string, ImageResolution>()
  /** Links of exactly named candidates per repository (they do not depend on the tag). */
  private readonly exactLinks = new Map<string, ImageLink[]>()
  private cacheFor?: readonly string[]
  private singleCache?: { images: readonly string[]; repo?: string }

  constructor(private readonly col: Collector) {
    this.problems = col.problems
    this.composeProjects = col.composeProjects
    this.containerCommands = col.containerCommands
    this.jobContainers = col.jobContainers
    this.holes = col.holes
    this.extraDockerfiles = [...col.extraDockerfiles].sort()
    this.allDockerfiles = [...new Set([...col.dockerfiles, ...col.extraDockerfiles])].sort()
    for (const c of col.candidates) {
      if (c.image.kind === 'reference') {
        const list = this.exact.get(c.image.repository) ?? []
        list.push(c)
        this.exact.set(c.image.repository, list)
      } else {
        this.patterns.push(c)
      }
      if (!hasEncodedHoles(c.dockerfile)) this.claimed.add(c.dockerfile)
    }
  }

  /** Every link whose image name is fully known, in evidence order. */
  get links(): ImageLink[] {
    return [...this.exact.entries()]
      .flatMap(([repo, cs]) => cs.flatMap((c) => this.instantiate(c, repo, new Map())))
      .sort(
        (a, b) =>
          PRIORITY[a.evidence.kind] - PRIORITY[b.evidence.kind] || a.image.localeCompare(b.image),
      )
  }

  /** Links whose image name still holds variables, shown as written. */
  get patternLinks(): { pattern: string; dockerfile: string; evidence: ImageLink['evidence'] }[] {
    return this.patterns.map((c) => ({
      pattern: c.imageDisplay,
      dockerfile: this.col.display(c.dockerfile),
      evidence: c.evidence,
    }))
  }

  resolve(imageRef: string, options: ResolveOptions = {}): ImageResolution {
    // Answers depend on the deployed list only through the single-Dockerfile heuristic;
    // the cache holds for one list (by identity) at a time.
    const deployed = options.deployedImages
    if (deployed !== this.cacheFor) {
      this.cache.clear()
      this.cacheFor = deployed
    }
    let out = this.cache.get(imageRef)
    if (!out) {
      out = this.resolveUncached(imageRef, options)
      this.cache.set(imageRef, out)
    }
    if (out.ambiguous?.length && options.near !== undefined) {
      const key = `${imageRef}\u0000${dirOf(options.near)}`
      let near = this.nearCache.get(key)
      if (!near) {
        near = nearest(out, out.ambiguous, options.near)
        this.nearCache.set(key, near)
      }
      return near
    }
    return out
  }

  private resolveUncached(input: string, options: ResolveOptions): ImageResolution {
    const parsed = parseReference(input.trim())
    if (!parsed.ok) {
      const placeholder = placeholderName(input.trim())
      if (placeholder) {
        const named = this.placeholderLinks(input.trim(), placeholder)
        if (named.length) return decide({ input, image: placeholder.repo }, named, placeholder.ref)
      }
      return { input, error: parsed.error }
    }
    const ref = parsed.ref
    const repo = repositoryOf(ref)
    const res: ImageResolution = { input, image: repo, reference: ref }
    const evidence = this.evidenceFor(repo, ref)
    if (evidence.length) return decide(res, evidence, ref)
    const fact = lookupBaseImage(input.trim())
    if (fact) return { ...res, baseFact: fact }
    if (repo.startsWith('docker.io/library/')) return res
    const placeholder = placeholderName(input.trim())
    const named = placeholder
      ? this.placeholderLinks(input.trim(), placeholder)
      : byName(repo, this.allDockerfiles)
    if (named.length) return decide(res, named, ref)
    if (options.deployedImages && this.allDockerfiles.length === 1) {
      const lone = this.allDockerfiles[0]
      if (!this.claimed.has(lone) && this.singleCandidate(options.deployedImages) === repo) {
        return { ...res, link: single(repo, lone) }
      }
    }
    return res
  }

  private readonly folderCache = new Map<string, boolean>()
  private readonly isFolder = (rel: string): boolean => {
    let hit = this.folderCache.get(rel)
    if (hit === undefined) {
      hit = this.col.input.isFolder?.(rel) ?? false
      this.folderCache.set(rel, hit)
    }
    return hit
  }

  /** Dockerfiles named like the last path segment of a placeholder image, said as such. */
  private placeholderLinks(input: string, p: Placeholder): ImageLink[] {
    // `e2e-actorapp` beside tests/apps/actorapp/: the name, then its dash-separated tails
    // and heads, longest first; the first that names a folder wins.
    const tokens = p.name.split('-')
    const candidates = [p.name]
    for (let k = 1; k < tokens.length; k++) {
      candidates.push(tokens.slice(k).join('-'), tokens.slice(0, tokens.length - k).join('-'))
    }
    let hits: ImageLink[] = []
    for (const c of candidates) {
      hits = byName(`placeholder/${c}`, this.allDockerfiles)
      if (hits.length) break
    }
    // An app folder without a Dockerfile of its own, built with the one its parent holds
    // (dapr's tests/apps/<app>/ and tests/apps/Dockerfile).
    if (!hits.length) {
      for (const c of candidates) {
        hits = sharedByParent(`placeholder/${c}`, this.isFolder, this.allDockerfiles)
        if (hits.length) break
      }
    }
    const why =
      p.kind === 'local'
        ? `names a local registry (${p.marker}), which holds only what was pushed from a checkout,`
        : `names a placeholder registry (${p.marker}),`
    return hits.map((l) => ({
      ...l,
      image: p.repo,
      evidence: {
        ...l.evidence,
        detail: `${input} ${why} so only its last path segment ${p.name} is matched: ${l.dockerfile} is assumed because ${l.evidence.detail.replace(/^.*? is assumed because /, '')} (low confidence)`,
      },
      confidence: 'low' as const,
    }))
  }

  /** Links from explicit evidence: config entries alone when present, else exact names, else patterns. */
  private evidenceFor(repo: string, ref: ImageReference): ImageLink[] {
    let links = this.exactLinks.get(repo)
    if (!links) {
      const exact = this.exact.get(repo) ?? []
      const config = exact.filter((c) => c.evidence.kind === 'config')
      const chosen = config.length ? config : exact
      links = chosen.flatMap((c) => this.instantiate(c, repo, new Map()))
      this.exactLinks.set(repo, links)
    }
    if (links.length || this.exact.get(repo)?.some((c) => c.evidence.kind === 'config'))
      return links
    // Docker Hub's official images are not what a repository with an unknown registry pushes.
    const official = repo.startsWith('docker.io/library/')
    return this.patterns.flatMap((c) => {
      if (c.image.kind !== 'pattern') return []
      if (official && c.image.pattern.domain !== 'docker.io') return []
      const bindings = matchPattern(c.image.pattern, ref)
      return bindings ? this.instantiate(c, repo, bindings) : []
    })
  }

  /** The one deployed repository no evidence, base fact or official name explains, if exactly one. */
  private singleCandidate(images: readonly string[]): string | undefined {
    if (this.singleCache?.images === images) return this.singleCache.repo
    const repos = new Set<string>()
    const seen = new Set<string>()
    for (const img of images) {
      const p = parseReference(img.trim())
      if (!p.ok) continue
      const repo = repositoryOf(p.ref)
      if (seen.has(repo)) continue
      seen.add(repo)
      if (repo.startsWith('docker.io/library/') || lookupBaseImage(img.trim())) continue
      if (this.evidenceFor(repo, p.ref).length) continue
      repos.add(repo)
    }
    const repo = repos.size === 1 ? [...repos][0] : undefined
    this.singleCache = { images, repo }
    return repo
  }

  /** Concrete links for a candidate; holes are filled from the image match or the Dockerfile list. */
  private instantiate(c: Candidate, repo: string, bindings: Map<string, string>): ImageLink[] {
    const holes = this.col.holes
    const dfParts = splitTemplate(c.dockerfile, holes)
    let options: { dockerfile: string; bindings: Map<string, string>; guessed: boolean }[]
    const filled = fillTemplate(dfParts, bindings)
    if (filled !== undefined) {
      if (
        hasEncodedHoles(c.dockerfile) &&
        !this.allDockerfiles.includes(filled) &&
        !this.col.exists(filled)
      )
        return []
      options = [{ dockerfile: filled, bindings, guessed: false }]
    } else {
      // Only a unique match is taken: a path that is mostly a variable would match everything.
      const matches = this.globDockerfiles(dfParts, bindings)
      options = matches.length === 1 ? [{ ...matches[0], guessed: true }] : []
    }
    const fill = (text: string | undefined, b: Map<string, string>): string | undefined =>
      text === undefined ? undefined : fillTemplate(splitTemplate(text, holes), b)
    return options.map(({ dockerfile, bindings: b, guessed }) => {
      const link: ImageLink = {
        image: repo,
        dockerfile,
        context: fill(c.context, b) ?? dirOf(dockerfile),
        evidence: c.evidence,
        confidence:
          c.lowConfidence ||
          guessed ||
          (c.image.kind === 'pattern' && !c.image.pattern.lastComponentLiteral)
            ? 'low'
            : 'high',
      }
      if (c.image.kind === 'pattern') link.pattern = c.imageDisplay
      else if (c.image.templated) link.pattern = c.imageDisplay
      if (c.tags.length) link.tags = [...c.tags]
      if (c.tagPatterns.length) link.tagPatterns = [...c.tagPatterns]
      const target = fill(c.target, b)
      if (target) link.target = target
      // A build target we cannot name may be any stage: the link stands, the stage is a guess.
      else if (c.target !== undefined) link.confidence = 'low'
      const args: Record<string, string> = { ...c.buildArgs }
      const unresolved = [...c.unresolvedBuildArgs]
      for (const [k, v] of Object.entries(c.buildArgs)) {
        const f = fill(v, b)
        if (f === undefined) {
          delete args[k]
          unresolved.push(k)
        } else args[k] = f
      }
      if (Object.keys(args).length) link.buildArgs = args
      if (unresolved.length) link.unresolvedBuildArgs = unresolved
      if (c.variant) link.variant = c.variant
      return link
    })
  }

  /** Known Dockerfiles matching a path with holes; each match binds the holes it fills. */
  private globDockerfiles(
    parts: TemplatePart[],
    bindings: Map<string, string>,
  ): { dockerfile: string; bindings: Map<string, string> }[] {
    const names: string[] = []
    let src = ''
    for (const p of parts) {
      if (typeof p === 'string') src += escapeRegex(p)
      else if (bindings.has(p.expr)) src += escapeRegex(bindings.get(p.expr)!)
      else {
        const seen = names.indexOf(p.expr)
        if (seen >= 0) src += `\\${seen + 1}`
        else {
          names.push(p.expr)
          src += '([^/]+(?:/[^/]+)*?)'
        }
      }
    }
    const re = linearRegex(`^${src}$`)
    const out: { dockerfile: string; bindings: Map<string, string> }[] = []
    for (const df of this.allDockerfiles) {
      const m = re.exec(df)
      if (!m) continue
      const b = new Map(bindings)
      names.forEach((n, i) => b.set(n, m[i + 1] ?? ''))
      out.push({ dockerfile: df, bindings: b })
    }
    return out
  }
}

/** Picks the link when all claims agree, else reports the competing claims. */
function decide(res: ImageResolution, links: ImageLink[], ref: ImageReference): ImageResolution {
  // The same line can build the same Dockerfile several times (matrix legs, callers of a
  // reusable workflow); those are one claim, with the tags of all of them. Links may be
  // shared with cached answers, so merging works on copies.
  const sorted = [...links].sort(
    (a, b) =>
      PRIORITY[a.evidence.kind] - PRIORITY[b.evidence.kind] ||
      (a.confidence === b.confidence ? 0 : a.confidence === 'high' ? -1 : 1),
  )
  const byKey = new Map<string, number>()
  const unique: ImageLink[] = []
  const copies = new Set<ImageLink>()
  for (const l of sorted) {
    const r = l.evidence.range
    const k = `${linkKey(l)}\u0000${r.file}:${r.startLine}:${r.startColumn}\u0000${l.variant ?? ''}`
    const at = byKey.get(k)
    if (at === undefined) {
      byKey.set(k, unique.length)
      unique.push(l)
      continue
    }
    let kept = unique[at]
    if (!copies.has(kept)) {
      kept = { ...kept }
      copies.add(kept)
    }
    if (l.tags) kept.tags = [...new Set([...(kept.tags ?? []), ...l.tags])]
    if (l.tagPatterns)
      kept.tagPatterns = [...new Set([...(kept.tagPatterns ?? []), ...l.tagPatterns])]
    unique[at] = kept
  }
  const main = unique.filter((l) => !l.variant)
  const pool = main.length ? main : unique
  const groups = new Map<string, ImageLink[]>()
  for (const l of pool) groups.set(linkKey(l), [...(groups.get(linkKey(l)) ?? []), l])
  let chosen: ImageLink[] | undefined
  const others: ImageLink[] = []
  const tag = ref.tag
  const named = (l: ImageLink): boolean => tag !== undefined && !!l.tags?.includes(tag)
  const fits = (l: ImageLink): boolean =>
    tag !== undefined && (named(l) || !!l.tagPatterns?.some((p) => tagFits(p, tag)))
  if (groups.size === 1) chosen = [...groups.values()][0]
  else if (tag !== undefined) {
    // A tag named by exactly one claim settles it; that is evidence, and the rest are listed.
    let byTag = [...groups.values()].filter((g) => g.some(named))
    if (byTag.length === 0) byTag = [...groups.values()].filter((g) => g.some(fits))
    if (byTag.length === 1) {
      chosen = byTag[0]
      for (const g of groups.values()) if (g !== chosen) pushAll(others, g)
    }
  }
  if (!chosen && tag !== undefined) {
    // No claim names the tag, but the tags some claims build cannot be it (`v1.2` is not a
    // build of `${VERSION}-debug`): when exactly one claim is left, it builds the image.
    const open = [...groups.values()].filter((g) => g.some((l) => mayBuildTag(l, tag)))
    if (open.length === 1 && open.length < groups.size) {
      chosen = open[0]
      for (const g of groups.values()) if (g !== chosen) pushAll(others, g)
    }
  }
  // Within the chosen claim, the evidence that names the tag comes first.
  const score = (l: ImageLink): number =>
    named(l) ? 3 : fits(l) ? 2 : tag !== undefined && mayBuildTag(l, tag) ? 1 : 0
  if (chosen && tag !== undefined) chosen = [...chosen].sort((a, b) => score(b) - score(a))
  if (!chosen) return { ...res, ambiguous: pool }
  const key = linkKey(chosen[0])
  const out: ImageResolution = { ...res, link: chosen[0] }
  const corroborating = chosen.slice(1)
  const alternatives = [...others]
  if (main.length) {
    for (const v of unique.filter((l) => l.variant))
      (linkKey(v) === key ? corroborating : alternatives).push(v)
  }
  if (corroborating.length) out.corroborating = corroborating
  if (alternatives.length) out.alternatives = alternatives
  return out
}

/** How many leading folders two folder paths share (`a/b/c` and `a/b/d`: 2). */
function sharedDepth(a: string, b: string): number {
  if (a === '.' || b === '.') return 0
  const x = a.split('/')
  const y = b.split('/')
  let n = 0
  while (n < x.length && n < y.length && x[n] === y[n]) n++
  return n
}

/**
 * Competing claims, settled by where the image runs: the build whose Dockerfile shares the
 * most folders with the file that runs it, when exactly one does (kubebuilder's testdata
 * projects each build `controller:latest` from their own Dockerfile). Low confidence, said so.
 */
function nearest(res: ImageResolution, claims: ImageLink[], near: string): ImageResolution {
  const dir = dirOf(near)
  const groups = new Map<string, ImageLink[]>()
  for (const l of claims) groups.set(linkKey(l), [...(groups.get(linkKey(l)) ?? []), l])
  const scored = [...groups.values()].map((g) => ({
    g,
    depth: Math.max(...g.map((l) => sharedDepth(dirOf(l.dockerfile), dir))),
  }))
  const best = Math.max(...scored.map((s) => s.depth))
  const top = scored.filter((s) => s.depth === best)
  if (best === 0 || top.length !== 1) return res
  const [chosen, ...corroborating] = top[0].g
  const shared = dir.split('/').slice(0, best).join('/')
  const out: ImageResolution = {
    input: res.input,
    ...(res.image !== undefined ? { image: res.image } : {}),
    ...(res.reference !== undefined ? { reference: res.reference } : {}),
    link: {
      ...chosen,
      confidence: 'low',
      evidence: {
        ...chosen.evidence,
        detail: `${chosen.evidence.detail}; of the ${groups.size} builds that claim ${res.image ?? res.input}, it is the one in ${shared}/, beside ${near} (low confidence)`,
      },
    },
  }
  if (corroborating.length) out.corroborating = corroborating
  out.alternatives = scored.filter((s) => s !== top[0]).flatMap((s) => s.g)
  return out
}

/** Whether a claim may build this tag: it names no tag, names this one, or has a pattern it fits. */
function mayBuildTag(l: ImageLink, tag: string): boolean {
  if (!l.tags?.length && !l.tagPatterns?.length) return true
  if (l.tags?.includes(tag)) return true
  return !!l.tagPatterns?.some(
    (p) => tagFits(p, tag) || splitTemplate(p).every((x) => typeof x !== 'string' || x === ''),
  )
}

interface Placeholder {
  /** A registry documentation writes for "yours", or one on the developer's machine. */
  kind: 'placeholder' | 'local'
  /** The part that marks it: `YOUR_ALIAS/`, `registry.example/`, `localhost:5000/`. */
  marker: string
  /** Its last path segment, lowercased, without tag or digest. */
  name: string
  repo: string
  ref: ImageReference
}

// Registries and owners that documentation writes for "put yours here".
const PLACEHOLDER_HOSTS =
  /^(registry\.example(\.(com|org|net))?|example\.(com|org|net)|([a-z0-9-]+\.)?example\.(com|org|net)|your[-_.]?registry[^/]*|my[-_.]?registry[^/]*|registry\.local)$/i
const PLACEHOLDER_SEGMENT =
  /^(\[?\s*your[-_ ][a-z0-9_ -]+\]?|<[^>]+>|\{\{[^}]*\}\}|xxx+|changeme)$/i
// Registries that run beside the developer's cluster (kind's and k3d's local registries):
// what they hold was pushed from a checkout, and no one else can answer for it.
const LOCAL_REGISTRY =
  /^(localhost|127\.0\.0\.1|\[::1\]|host\.docker\.internal|kind-registry|[a-z0-9-]*\.localhost|k3d-[a-z0-9-]+)(:\d+)?$/i

/** An image reference written with a placeholder registry or owner, if it is one. */
export function placeholderName(text: string): Placeholder | undefined {
  const noDigest = text.replace(/@.*$/, '')
  const parts = noDigest.split('/')
  if (parts.length < 2) return undefined
  const last = parts[parts.length - 1]
  const name = last.replace(/:[^:]*$/, '').toLowerCase()
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(name)) return undefined
  const local = LOCAL_REGISTRY.test(parts[0]) && parts.length > 1 ? parts[0] : undefined
  const marker =
    local ??
    (PLACEHOLDER_HOSTS.test(parts[0]) ? parts[0] : undefined) ??
    parts.slice(0, -1).find((p) => PLACEHOLDER_SEGMENT.test(p))
  if (!marker) return undefined
  const tag = /:([^:/]+)$/.exec(last)?.[1]
  return {
    kind: local ? 'local' : 'placeholder',
    marker: `${marker}/`,
    name,
    repo: `placeholder/${name}`,
    ref: { domain: 'placeholder', path: name, ...(tag ? { tag } : {}) },
  }
}
