/**
 * Links between image names and the Dockerfiles that build them, with the evidence a
 * person can check: the workflow step, compose service, skaffold artifact, Makefile line
 * or config entry that says so.
 */
import type { Level } from '../../core/finding.js'
import type { SourceRange } from '../../core/range.js'
import type { BaseImageFact } from '../base-images.js'
import type { ImageReference } from '../reference.js'
import type { FoundContainerStart } from './shell-builds.js'

/** Where a link came from, strongest first. */
export type EvidenceKind =
  | 'config'
  | 'workflow'
  | 'compose'
  | 'skaffold'
  | 'makefile'
  | 'script'
  | 'heuristic-single'
  | 'heuristic-name'

export interface LinkEvidence {
  kind: EvidenceKind
  /** The text that names the image (tag, `image:` key, config entry), or the Dockerfile for heuristics. */
  range: SourceRange
  /** One sentence: which step, service or line, and what it builds. */
  detail: string
}

export interface ImageLink {
  /** Normalised repository: `ghcr.io/acme/api`. */
  image: string
  /** The name as written when it held variables: `${REGISTRY}/api`. */
  pattern?: string
  /** Literal tags the evidence names with the image. */
  tags?: string[]
  /** Tags written with variables: `${VERSION}-alpine`. A deployed tag that fits one picks this link. */
  tagPatterns?: string[]
  /** Dockerfile path relative to the scanned root. */
  dockerfile: string
  /** Build context relative to the scanned root ('.' for the root). */
  context: string
  target?: string
  /** Build arguments whose values are known. */
  buildArgs?: Record<string, string>
  /** Build arguments passed with values that could not be resolved. */
  unresolvedBuildArgs?: string[]
  /** A named alternative of the same build system (skaffold profile). */
  variant?: string
  evidence: LinkEvidence
  confidence: 'high' | 'low'
}

/** An `images:` entry of the configuration file. */
export interface ConfigImage {
  image: string
  dockerfile: string
  target?: string
  args?: Record<string, string>
  /** Build context; default the Dockerfile's folder. */
  context?: string
  /** Range of the entry (or its `image:` key) in the config file. */
  range: SourceRange
  /** Range of the `dockerfile:` value, for problems about the path. */
  dockerfileRange?: SourceRange
}

/** Something the collector could not use, reported as a notice or finding by the scanner. */
export interface LinkProblem {
  level: Level
  /** Stable id: `yaml-error`, `image-invalid`, `dockerfile-missing`, `outside-root`, `unresolved`. */
  code: string
  message: string
  range: SourceRange
}

export interface LinkFiles {
  workflows: readonly string[]
  compose: readonly string[]
  skaffold: readonly string[]
  /** Makefiles (`Makefile`, `*.mk`) and shell scripts (`*.sh`, `*.bash`). */
  scripts: readonly string[]
  dockerfiles: readonly string[]
}

export interface GithubContext {
  /** `owner/name`, as in GITHUB_REPOSITORY. */
  repository?: string
  repositoryOwner?: string
}

export interface CollectInput {
  root: string
  files: LinkFiles
  configImages?: readonly ConfigImage[]
  /** Reads a file relative to `root`; throws when it does not exist. */
  readFile(rel: string): string
  /** Known values of `github.*` (the action knows them; the CLI usually does not). */
  github?: GithubContext
}

export interface ResolveOptions {
  /**
   * Every image the scanned workloads deploy. The "single Dockerfile, single image"
   * heuristic needs it; without it that heuristic does not fire.
   */
  deployedImages?: readonly string[]
}

export interface ImageResolution {
  /** The reference as given. */
  input: string
  /** Normalised repository, when the reference is valid. */
  image?: string
  reference?: ImageReference
  /** Why the reference is invalid (Docker's message). */
  error?: string
  /** The Dockerfile that builds the image, when exactly one is claimed. */
  link?: ImageLink
  /** Other evidence naming the same Dockerfile and target. */
  corroborating?: ImageLink[]
  /** Named variants of the same build (skaffold profiles) that build it differently. */
  alternatives?: ImageLink[]
  /** Two or more Dockerfiles (or targets) claim the image: reported, never resolved silently. */
  ambiguous?: ImageLink[]
  /** Facts of a well-known image, when the image is not built here. */
  baseFact?: BaseImageFact
}

/** A command line that starts a container, where the readers met it. */
export interface ContainerCommand {
  kind: 'script' | 'makefile' | 'workflow'
  /** The file that holds the command. */
  file: string
  /** The script, make target, or workflow job and step. */
  where: string
  found: FoundContainerStart
}

/** A text with the range of each part of it. */
export interface PlacedText {
  text: string
  range: SourceRange
}

/**
 * A workflow job's `container:` or one of its `services:`, with `${{ }}` expressions
 * resolved as far as known (a matrix job gives one per combination).
 */
export interface JobContainerSource {
  file: string
  job: string
  /** `container`, or the service's id. */
  role: 'container' | 'service'
  service?: string
  /** The `container:` key, or the service's key. */
  keyRange: SourceRange
  image?: PlacedText
  /**
   * `options:` as written, how to resolve the `${{ }}` expressions of a part of it (the
   * words are split first, so that each keeps its column), and the range of [start, end)
   * offsets inside it.
   */
  options?: {
    raw: string
    expand(text: string): string
    rangeOf(start: number, end: number): SourceRange
  }
  volumes: PlacedText[]
  ports: PlacedText[]
  /** Where the job is, for messages: `.github/workflows/ci.yml job test`. */
  where: string
}
