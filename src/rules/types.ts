import type { Level } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import type { Loc } from '../k8s/source.js'
import type { ContainerView, Workload } from '../k8s/workload.js'
import type { DockerfileModel, ImageModel } from '../dockerfile/index.js'
import type { ImageFacts } from '../identity/image-facts.js'
import type { RuntimeUser } from '../identity/runtime-user.js'
import type { DockerUser } from '../identity/docker.js'
import type { DockerContainer } from '../docker/types.js'
import type { PssPolicy } from './pod/pss-policy.js'
import type { NamespacePolicy } from '../k8s/namespaces.js'

export type Precision = 'very-high' | 'high' | 'medium' | 'low'

export interface RuleMeta {
  /** One line, shown as the alert title (SARIF shortDescription). */
  title: string
  /** What the rule detects and why it matters (SARIF fullDescription). */
  description: string
  /** Default level; the config file can override it. */
  severity: Level
  /** GitHub's security-severity score, 0.1–10 (>9 critical, 7–8.9 high, 4–6.9 medium). */
  securitySeverity: number
  tags: string[]
  precision: Precision
  /** One sentence: how to fix what the rule found. */
  remediation: string
  /** The Pod Security Admission check this rule implements. */
  pss?: { level: 'baseline' | 'restricted'; check: string }
}

/** Where a rule reports: a place in a Kubernetes object (resolved lazily) or a file range. */
export type At = Loc | SourceRange

export interface ReportInput {
  message: string
  at: At
  related?: { at: At; message: string }[]
  /** The image a cross-check is about; part of the finding's identity. */
  image?: string
  /** Extra identity when rule + object + field path is not unique (e.g. a Dockerfile target). */
  key?: string
  /** A level for this finding other than the rule's default; a level set in the config still wins. */
  level?: Level
  properties?: Record<string, unknown>
}

/** Scan-wide settings rules read. */
export interface RuleSettings {
  pss: PssPolicy
  /** Pod Security levels that Namespace objects in the repository enforce, by namespace. */
  namespaces?: ReadonlyMap<string, NamespacePolicy>
}

export interface RuleContext {
  readonly settings: RuleSettings
  /** Per-rule options from the config file's `rules:` entry. */
  readonly options: Readonly<Record<string, unknown>>
  report(input: ReportInput): void
}

interface RuleBase {
  id: string
  meta: RuleMeta
}

/** A rule over every workload (pod spec view) of the scan. */
export interface WorkloadRule extends RuleBase {
  scope: 'workload'
  check(ctx: RuleContext, workload: Workload): void
}

/**
 * A rule whose findings are produced while reading input (YAML, charts, Dockerfiles):
 * it carries metadata only, and loaders report under its id.
 */
export interface InputRule extends RuleBase {
  scope: 'input'
}

/** A container of a workload with what the repository tells about its image. */
export interface ContainerImage {
  container: ContainerView
  /** Undefined when the container has no image reference. */
  facts?: ImageFacts
  /** The uid/gid its process will get, as far as the repository tells. */
  user: RuntimeUser
}

/** A workload seen with the images its containers run (image ↔ pod cross-checks). */
export interface ImagePodSubject {
  workload: Workload
  containers: ContainerImage[]
}

export interface ImagePodRule extends RuleBase {
  scope: 'image-pod'
  check(ctx: RuleContext, subject: ImagePodSubject): void
}

/** One build target of a Dockerfile (the default target, and every target a workload runs). */
export interface DockerfileSubject {
  dockerfile: DockerfileModel
  image: ImageModel
}

export interface DockerfileRule extends RuleBase {
  scope: 'dockerfile'
  check(ctx: RuleContext, subject: DockerfileSubject): void
}

/** A container Docker starts (Compose service, `docker run` line, workflow job container). */
export interface DockerSubject {
  container: DockerContainer
  /** What the repository tells about its image; undefined when the image is not known. */
  facts?: ImageFacts
  user: DockerUser
}

export interface DockerRule extends RuleBase {
  scope: 'docker'
  check(ctx: RuleContext, subject: DockerSubject): void
}

export type Rule = WorkloadRule | InputRule | ImagePodRule | DockerfileRule | DockerRule

export function isAt(v: unknown): v is At {
  return typeof v === 'object' && v !== null && ('source' in v || 'file' in v)
}
