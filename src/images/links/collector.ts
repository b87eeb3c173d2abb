/**
 * What every evidence source shares: the hole table, the list of candidate links, the
 * problems found, and the check that a named Dockerfile exists.
 */
import type { SourceRange } from '../../core/range.js'
import { parseImageRef, type ImagePattern, type ImageRefResult } from '../pattern.js'
import { displayText, hasEncodedHoles, HoleTable, splitTemplate } from '../template.js'
import { joinRel } from './paths.js'
import type { ComposeProject } from '../../docker/compose/project.js'
import type {
  CollectInput,
  ContainerCommand,
  EvidenceKind,
  JobContainerSource,
  LinkEvidence,
  LinkProblem,
} from './types.js'

/** A link before resolution: names and paths may still hold holes. */
export interface Candidate {
  image: Exclude<ImageRefResult, { kind: 'invalid' }>
  /** The image text with holes shown as `${expr}`. */
  imageDisplay: string
  tags: string[]
  /** Tags written with variables, as displayed: `${VERSION}-alpine`. */
  tagPatterns: string[]
  /** Root-relative paths; may contain encoded holes. */
  dockerfile: string
  context: string
  target?: string
  buildArgs: Record<string, string>
  unresolvedBuildArgs: string[]
  evidence: LinkEvidence
  variant?: string
  /** Candidates of one file and artifact share a group; variants compete only inside it. */
  group?: string
  lowConfidence?: boolean
}

export interface BuildSpec {
  /** Image name as resolved so far (encoded holes allowed), with or without tag. */
  image: string
  /** Where the image is named; a function when computing it is worth deferring. */
  imageRange: SourceRange | (() => SourceRange)
  /** Root-relative Dockerfile path (encoded holes allowed). */
  dockerfile: string
  context: string
  target?: string
  /** Values may hold encoded holes; undefined means "from the environment, unknown". */
  buildArgs?: Map<string, string | undefined> | Record<string, string | undefined>
  kind: EvidenceKind
  detail: string
  variant?: string
  group?: string
  /** Tags known from elsewhere (metadata-action `type=raw` values, v1 `tags`). */
  extraTags?: string[]
  /** The link rests on a naming convention rather than an explicit name. */
  lowConfidence?: boolean
}

export class Collector {
  readonly holes = new HoleTable()
  readonly candidates: Candidate[] = []
  readonly problems: LinkProblem[] = []
  private readonly known: Set<string>
  private readonly existsCache = new Map<string, boolean>()
  /** Dockerfiles found by reading that discovery did not list (a `-f` to an unusual name). */
  readonly extraDockerfiles = new Set<string>()
  /** What the same files say about running containers (not links; the container views read them). */
  readonly composeProjects: ComposeProject[] = []
  readonly containerCommands: ContainerCommand[] = []
  readonly jobContainers: JobContainerSource[] = []

  constructor(readonly input: CollectInput) {
    this.known = new Set(input.files.dockerfiles)
  }

  get dockerfiles(): readonly string[] {
    return this.input.files.dockerfiles
  }

  /** The file's text, or undefined with a problem when it cannot be read. */
  read(rel: string): string | undefined {
    try {
      return this.input.readFile(rel)
    } catch (e) {
      this.problem('warning', 'read-error', `cannot read ${rel}: ${(e as Error).message}`, {
        file: rel,
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1,
      })
      return undefined
    }
  }

  exists(rel: string): boolean {
    if (this.known.has(rel)) return true
    let hit = this.existsCache.get(rel)
    if (hit === undefined) {
      try {
        this.input.readFile(rel)
        hit = true
      } catch {
        hit = false
      }
      this.existsCache.set(rel, hit)
    }
    return hit
  }

  private readonly problemKeys = new Set<string>()

  /** Records a problem once (matrix legs and repeated tags would repeat it). */
  problem(level: LinkProblem['level'], code: string, message: string, range: SourceRange): void {
    const key = `${code}\u0000${range.file}:${range.startLine}:${range.startColumn}\u0000${message}`
    if (this.problemKeys.has(key)) return
    this.problemKeys.add(key)
    this.problems.push({ level, code, message, range })
  }

  /**
   * Reports the first problem of a YAML document that cannot be used (the evidence in it is
   * skipped); false when the document has none.
   */
  yamlProblem(
    rel: string,
    doc: { problems: readonly { message: string; range: SourceRange }[] },
  ): boolean {
    const p = doc.problems[0]
    if (!p) return false
    this.problem('warning', 'yaml-error', `${rel}: ${p.message}`, p.range)
    return true
  }

  display(text: string): string {
    return displayText(text, this.holes)
  }

  /**
   * A name with variables is kept when something pins it down: a literal registry host,
   * literal text in its last component, or a variable it shares with the Dockerfile path
   * (the path must then exist for the value the image name gives it).
   */
  private specificEnough(p: ImagePattern, dockerfile: string): boolean {
    if (p.domain) return true
    const last = p.display.slice(p.display.lastIndexOf('/') + 1).replace(/\$\{[^}]*\}/g, '')
    if (p.lastComponentLiteral || /[a-z0-9]/.test(last.split(':')[0])) return true
    const inPath = new Set(
      splitTemplate(dockerfile, this.holes)
        .filter((x) => typeof x !== 'string')
        .map((h) => (h as { expr: string }).expr),
    )
    return p.holes.some((h) => inPath.has(h.expr))
  }

  /** Records one image built from one Dockerfile. */
  add(spec: BuildSpec): void {
    const lazy = spec.imageRange
    let cached: SourceRange | undefined = typeof lazy === 'function' ? undefined : lazy
    const rangeNow = (): SourceRange => (cached ??= (lazy as () => SourceRange)())
    const parsed = parseImageRef(spec.image, this.holes)
    const shown = this.display(spec.image)
    if (parsed.kind === 'invalid') {
      this.problem(
        'warning',
        'image-invalid',
        `"${shown}" is not a valid image name: ${parsed.error}`,
        rangeNow(),
      )
      return
    }
    if (parsed.kind === 'pattern' && !this.specificEnough(parsed.pattern, spec.dockerfile)) {
      this.problem(
        'note',
        'unresolved',
        `the image name "${shown}" could not be resolved, so it cannot be matched to a workload; name it in the images: list of .kube-whoami.yaml`,
        rangeNow(),
      )
      return
    }
    const dockerfile = joinRel('.', spec.dockerfile)
    const context = joinRel('.', spec.context)
    if (dockerfile === undefined || context === undefined) {
      this.problem(
        'warning',
        'outside-root',
        `the build of "${shown}" names a Dockerfile or context outside the scanned folder (${this.display(spec.dockerfile)})`,
        rangeNow(),
      )
      return
    }
    if (!hasEncodedHoles(dockerfile)) {
      if (!this.exists(dockerfile)) {
        this.problem(
          'warning',
          'dockerfile-missing',
          `"${shown}" is built from ${dockerfile}, which does not exist`,
          rangeNow(),
        )
        return
      }
      if (!this.known.has(dockerfile)) this.extraDockerfiles.add(dockerfile)
    }
    const buildArgs: Record<string, string> = {}
    const unresolved: string[] = []
    const entries =
      spec.buildArgs instanceof Map ? [...spec.buildArgs] : Object.entries(spec.buildArgs ?? {})
    for (const [k, v] of entries) {
      if (v === undefined || hasEncodedHoles(v)) unresolved.push(k)
      else buildArgs[k] = v
    }
    const tags = new Set(spec.extraTags ?? [])
    if (parsed.kind === 'reference' && parsed.ref.tag !== undefined) tags.add(parsed.ref.tag)
    if (parsed.kind === 'pattern' && parsed.pattern.tag !== undefined) tags.add(parsed.pattern.tag)
    const tagPattern = parsed.kind === 'reference' ? parsed.tagPattern : parsed.pattern.tagPattern
    const c: Candidate = {
      image: parsed,
      imageDisplay: shown,
      tags: [...tags],
      tagPatterns: tagPattern ? [tagPattern] : [],
      dockerfile,
      context,
      buildArgs,
      unresolvedBuildArgs: unresolved,
      evidence: {
        kind: spec.kind,
        detail: spec.detail,
        // Most candidates never become a reported link; their range is computed on first use.
        get range() {
          return rangeNow()
        },
      },
    }
    if (spec.target !== undefined && spec.target !== '') c.target = spec.target
    if (spec.variant !== undefined) c.variant = spec.variant
    if (spec.group !== undefined) c.group = spec.group
    if (spec.lowConfidence) c.lowConfidence = true
    this.candidates.push(c)
  }
}
