import type { SourceRange } from '../core/range.js'
import type { BaseImageFact, BaseImageLookup } from '../images/base-images.js'
import type { MappedText, LineIndex } from './text.js'

/** Something odd in a Dockerfile: never a crash; the scanner reports it as `dockerfile-parse-error`. */
export interface DockerfileProblem {
  message: string
  range: SourceRange
  /**
   * `error`: Docker refuses the file or the build fails; `warning`: it may build but
   * something is likely wrong (a USER variable nothing defines); `note`: the model cannot
   * decide something from the file alone (a base image chosen by a build arg).
   */
  severity: 'error' | 'warning' | 'note'
}

export interface DockerfileDirectives {
  syntax?: string
  escape?: string
  check?: string
}

/** `--name=value` before an instruction's arguments (value as written, quotes kept). */
export interface InstructionFlag {
  name: string
  value: string | null
  range: SourceRange
  valueRange?: SourceRange
}

export interface Heredoc {
  name: string
  chomp: boolean
  /** False for a quoted delimiter (`<<'EOF'`). */
  expand: boolean
  body: string
  /** File offset of the body's first character. */
  bodyOffset: number
  range: SourceRange
}

export interface Instruction {
  /** Upper-cased keyword. */
  keyword: string
  range: SourceRange
  keywordRange: SourceRange
  flags: InstructionFlag[]
  /** Arguments after the flags, continuations removed, mapped to the file. */
  args: MappedText
  heredocs: Heredoc[]
  /** Index of the stage the instruction belongs to; -1 before the first FROM. */
  stage: number
}

export interface Stage {
  index: number
  /** The `AS` name as written, if any. */
  name?: string
  nameRange?: SourceRange
  from: Instruction
  /** The FROM image argument as written (not expanded). */
  image: string
  imageRange: SourceRange
  /** `--platform` as written. */
  platform?: string
  /** Instructions after FROM up to the next FROM. */
  instructions: Instruction[]
}

export interface DockerfileComment {
  text: string
  range: SourceRange
}

/** A parsed Dockerfile: structure only; no expansion or evaluation. */
export interface DockerfileModel {
  file: string
  directives: DockerfileDirectives
  escape: string
  /** ARG instructions before the first FROM. */
  globalArgs: Instruction[]
  stages: Stage[]
  instructions: Instruction[]
  comments: DockerfileComment[]
  problems: DockerfileProblem[]
  /** @internal position lookup for the file. */
  lines: LineIndex
}

// ---------------------------------------------------------------------------
// Image model (one build target, evaluated)

export interface StageRef {
  index: number
  name?: string
}

export type { BaseImageFact, BaseImageLookup } from '../images/base-images.js'

export type Distro =
  'alpine' | 'busybox' | 'debian' | 'ubuntu' | 'rhel' | 'distroless' | 'scratch' | 'windows'

/** How the kubelet reads an image user string (KUBERNETES.md A.3). */
export interface KubeletImageUser {
  /** Set when the part before ':' parses as a base-10 int64. */
  uid?: number
  /** Set otherwise; '' for an empty name before ':' (`":1000"`). */
  username?: string
}

export type UserSource =
  | { kind: 'dockerfile'; range: SourceRange; stage: StageRef; inherited: boolean }
  | { kind: 'base-image'; image: string; fact?: BaseImageFact }
  | { kind: 'unknown'; image: string | null; reason: string }

export interface EffectiveUser {
  /**
   * The USER string in force after expansion; '' when the image sets none
   * (the kubelet then treats it as uid 0); null when it cannot be known.
   */
  raw: string | null
  /** The USER argument as written (quotes kept), when a USER instruction decides. */
  written?: string
  /** Numeric part before ':' (as the kubelet parses it). */
  uid?: number
  /** Numeric part after ':'. */
  gid?: number
  /** Non-numeric user part. */
  name?: string
  /** Non-numeric group part. */
  group?: string
  /** `name` resolved through the users created in the file or known in the base image. */
  resolvedUid?: number
  resolvedGid?: number
  /** DESIGN.md: the USER line, or the base-image fact the answer comes from. */
  source: SourceRange | BaseImageFact | undefined
  origin: UserSource
  /** The kubelet's view (A.3); undefined when `raw` is null. */
  kubelet?: KubeletImageUser
  /** Variables in the USER line that nothing in the file (or known base ENV) defines. */
  undefinedVars: string[]
}

export interface UserAccount {
  name: string
  /** null: created without a pinned id (the tool picks one; non-zero for system accounts). */
  uid: number | null
  gid: number | null
  group: string | null
  system: boolean
  origin: 'created' | 'base-image' | 'distro'
  via?: string
  range?: SourceRange
  stage?: StageRef
  note?: string
}

export interface GroupAccount {
  name: string
  gid: number | null
  system: boolean
  origin: 'created' | 'base-image' | 'distro'
  via?: string
  range?: SourceRange
  stage?: StageRef
  note?: string
}

export interface CreatedUser extends UserAccount {
  origin: 'created'
  via: string
  range: SourceRange
  /** The whole RUN instruction. */
  instruction: SourceRange
  stage: StageRef
}

export interface CreatedGroup extends GroupAccount {
  origin: 'created'
  via: string
  range: SourceRange
  instruction: SourceRange
  stage: StageRef
}

/** `user[:group]` of a chown or `--chown`, after expansion and resolution. */
export interface OwnerSpec {
  /** Normalised `user[:group]` (`":0"` for a group-only change). */
  raw: string
  user?: string
  group?: string
  uid?: number
  gid?: number
  /** Names that matched no known account at that point of the build. */
  unresolved: string[]
}

export type OwnershipHow =
  | 'RUN chown'
  | 'RUN chgrp'
  | 'RUN chmod'
  | 'RUN install --owner'
  | 'RUN icacls /setowner'
  | 'COPY --chown'
  | 'COPY --chmod'
  | 'ADD --chown'
  | 'ADD --chmod'

export interface OwnershipChange {
  /** Absolute path after expansion (relative paths resolved against WORKDIR; shell variables kept as written). */
  path: string
  owner: OwnerSpec | null
  mode: string | null
  how: OwnershipHow
  recursive?: boolean
  /** Inside a shell branch that does not run with the default build args. */
  conditional?: boolean
  /** Values a loop variable in `path` takes (`for dir in a b; do chown u $dir; done`). */
  pathValues?: string[]
  note?: string
  range: SourceRange
  instruction: SourceRange
  stage: StageRef
}

/** `setcap` on a file: what its permitted set holds afterwards. */
export interface FileCapability {
  path: string
  /** Upper-case names without `CAP_` (`NET_BIND_SERVICE`); [] after `setcap -r`. */
  caps: string[]
  range: SourceRange
  stage: StageRef
}

export interface ExposedPort {
  /** As written after expansion (`8080/tcp`, `53/udp`, `8000-8010`). */
  spec: string
  port: number | null
  endPort?: number
  protocol: string
  range: SourceRange
  stage: StageRef
}

export interface VolumeDecl {
  path: string
  range: SourceRange
  stage: StageRef
}

export interface WorkdirDecl {
  path: string
  range: SourceRange
  stage: StageRef
}

export interface CopyFromRef {
  /** A stage of this file, or an external image / build context. */
  stage?: StageRef
  image?: string
  range: SourceRange
  stageOfInstruction: StageRef
}

/** A COPY or ADD: what it copies where, and to whom it gives the files. */
export interface CopyDecl {
  keyword: 'COPY' | 'ADD'
  /** Sources after expansion, as written (paths in the build context or the `--from` stage). */
  sources: string[]
  /** Absolute destination (relative ones resolved against WORKDIR); a trailing `/` is kept. */
  dest: string
  /** `--from`: a stage of this file, or an image / build context. */
  from?: { stage?: StageRef; image?: string }
  /** `--chown`, resolved. */
  owner?: OwnerSpec
  range: SourceRange
  stage: StageRef
}

/** ENTRYPOINT or CMD in force for the target. */
export interface CommandDecl {
  /** Exec form as written; shell form as `/bin/sh -c <text>` (variables are the shell's, at run time). */
  argv: string[]
  shellForm: boolean
  range: SourceRange
  stage: StageRef
}

export interface HiddenAccountSource {
  reason: 'package install' | 'script' | 'copy into /etc'
  range: SourceRange
  stage: StageRef
}

export interface BaseImageRef {
  /** Image reference after ARG expansion and quote removal; null when not resolvable. */
  ref: string | null
  written: string
  range: SourceRange
  /** Global ARGs without a value that the reference needs. */
  undefinedVars: string[]
  platform?: string
  fact?: BaseImageFact
}

/** One Dockerfile build target, evaluated. */
export interface ImageModel {
  file: string
  target: StageRef
  /** The target followed by the in-file stages it is built FROM, nearest first. */
  stageChain: StageRef[]
  baseImage: BaseImageRef
  effectiveUser: EffectiveUser
  /** Accounts known in the final image: created here, from the base-image fact, or distro defaults. */
  users: Map<string, UserAccount>
  groups: Map<string, GroupAccount>
  createdUsers: CreatedUser[]
  createdGroups: CreatedGroup[]
  chowns: OwnershipChange[]
  /** File capabilities set with `setcap`, in build order (a later entry for a path wins). */
  fileCapabilities: FileCapability[]
  exposedPorts: ExposedPort[]
  volumes: VolumeDecl[]
  workdir: WorkdirDecl | null
  /** ENV in force at the end of the target (inherited stages and known base ENV included). */
  env: Record<string, string>
  copiesFrom: CopyFromRef[]
  /** Every COPY and ADD of the target's stage chain, in build order. */
  copies: CopyDecl[]
  /** ENTRYPOINT and CMD in force (those set in the file; a base image's own are not known). */
  entrypoint: CommandDecl | null
  cmd: CommandDecl | null
  /**
   * Steps that may add accounts the model cannot see: package installs (`apk add nginx`
   * creates `nginx`), scripts, files copied over /etc. A name missing from `users` is
   * only surely undefined when this list is empty.
   */
  hiddenAccountSources: HiddenAccountSource[]
  distro?: Distro
  /** Problems of evaluating this target; the file's own parse problems are in DockerfileModel.problems. */
  problems: DockerfileProblem[]
}

export interface BuildImageOptions {
  /** Stage name or index; default: the last stage. */
  target?: string | number
  buildArgs?: Record<string, string>
  baseImages: BaseImageLookup
  /** Platform for TARGETOS/TARGETARCH/... (default linux/amd64). */
  platform?: string
}
