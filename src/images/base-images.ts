/**
 * Looks up what a well-known image runs as. The Dockerfile model asks this for the
 * "effective user from the base image"; the scanner asks it for images that are not
 * built in the repository. An image with no entry gets undefined, never a guess.
 */
import {
  BASE_IMAGE_ROWS,
  type BaseImageAccount,
  type BaseImageRow,
  type FactConfidence,
} from './base-image-table.js'
import { effectiveTag, repositoryOf, type ImageReference } from './reference.js'
import { parseImageRef } from './pattern.js'
import { minOf } from '../core/arrays.js'

export type { BaseImageAccount, BaseImageRow, FactConfidence } from './base-image-table.js'

/** What the kubelet decides for `runAsNonRoot: true` with no `runAsUser`. */
export type RunAsNonRootVerdict = 'refused-root' | 'refused-name' | 'ok'

export interface BaseImageFact {
  /** Row of shared/notes/base-image-users.md the fact comes from (0: the registry alone). */
  row: number
  /**
   * Where the user comes from: the shipped table, the image's own config in its registry, or
   * a Dockerfile of the repository that builds the image.
   */
  origin?: 'table' | 'registry' | 'repository'
  /** The image manifest digest the registry answered with. */
  digest?: string
  /** How the fact is known, for messages: `docker.io/library/rabbitmq@sha256:… config User "" → root`. */
  evidence?: string
  /** Groups of the image's /etc/group, when read. */
  groups?: readonly BaseImageAccount[]
  /** True when `accounts` is the image's whole /etc/passwd (a name missing there does not exist). */
  accountsComplete?: boolean
  /** Family and tag pattern the fact covers: `node:*-alpine*`. */
  family: string
  /** The image that was looked up, normalised with its tag: `docker.io/library/node:22-alpine`. */
  image: string
  /** Image config `User`: '' when unset (root), a uid, `uid:gid`, or a name. */
  user: string
  uid?: number
  gid?: number
  /** The account name of the user, when known. */
  name?: string
  runAsNonRoot: RunAsNonRootVerdict
  /** Accounts worth knowing for chown / runAsUser comparisons (not the whole /etc/passwd). */
  accounts: readonly BaseImageAccount[]
  /** ENV of the image that derived Dockerfiles may use (`APP_UID`). */
  env?: Readonly<Record<string, string>>
  /** True when `env` is the image's whole ENV (its registry config), not a selection. */
  envComplete?: boolean
  ports?: readonly number[]
  volumes?: readonly string[]
  dropsTo?: string
  hasPasswd: boolean
  /** Capabilities its binaries carry as file capabilities, without `CAP_`. */
  fileCapabilities?: readonly string[]
  notes?: string
  source: string
  confidence: FactConfidence
}

/** The lookup the Dockerfile model takes as a parameter. */
export type BaseImageLookup = (ref: string) => BaseImageFact | undefined

/** The kubelet's reading of an image user (only the part before `:` counts). */
export function runAsNonRootVerdict(user: string): RunAsNonRootVerdict {
  const u = user.split(':')[0]
  if (u === '') return 'refused-root'
  if (!/^[0-9]+$/.test(u)) return 'refused-name'
  return Number(u) === 0 ? 'refused-root' : 'ok'
}

// Registries that serve Docker Hub's official images under another name.
const OFFICIAL_MIRRORS: [string, string][] = [
  ['public.ecr.aws/docker/library/', 'docker.io/library/'],
  ['mirror.gcr.io/library/', 'docker.io/library/'],
  ['registry-1.docker.io/', 'docker.io/'],
]

function canonicalRepo(repo: string): string {
  for (const [from, to] of OFFICIAL_MIRRORS) {
    if (repo.startsWith(from)) return to + repo.slice(from.length)
  }
  return repo
}

function globRegex(glob: string): RegExp {
  const src = glob.replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*')
  return new RegExp(`^${src}$`)
}

interface CompiledRow {
  row: BaseImageRow
  tag: (tag: string) => boolean
  tagSpecificity: number
  exclude: RegExp[]
  tagIndependent: boolean
}

const literalCount = (glob: string): number => glob.replace(/\*/g, '').length

function compile(row: BaseImageRow): CompiledRow {
  const exclude = (row.excludeTags ?? []).map(globRegex)
  if (Array.isArray(row.tags)) {
    const res = row.tags.map(globRegex)
    const anyTag = row.tags.includes('*')
    return {
      row,
      tag: (t) => res.some((re) => re.test(t)),
      tagSpecificity: anyTag ? 0 : minOf(row.tags.map(literalCount)),
      exclude,
      tagIndependent: anyTag && exclude.length === 0,
    }
  }
  const test = row.tags.test
  return { row, tag: test, tagSpecificity: 1, exclude, tagIndependent: false }
}

const COMPILED: CompiledRow[] = BASE_IMAGE_ROWS.map(compile)

/**
 * The rows' repository patterns: most are one repository, found by name; only the globs are
 * tested (a scan looks up hundreds of references, each against every pattern before).
 */
const BY_REPOSITORY = new Map<string, { c: CompiledRow; literal: number }[]>()
const GLOBS: { c: CompiledRow; re: RegExp; literal: number }[] = []
for (const c of COMPILED) {
  for (const pattern of c.row.repos) {
    const literal = literalCount(pattern)
    if (pattern.includes('*')) GLOBS.push({ c, re: globRegex(pattern), literal })
    else BY_REPOSITORY.set(pattern, [...(BY_REPOSITORY.get(pattern) ?? []), { c, literal }])
  }
}

/**
 * Each row with a pattern matching the repository, in the table's order, scored by the most
 * literal characters among its matching patterns.
 */
function rowsForRepository(repo: string): { c: CompiledRow; score: number }[] {
  const scores = new Map<CompiledRow, number>()
  const add = (c: CompiledRow, literal: number) => {
    if (literal > (scores.get(c) ?? -1)) scores.set(c, literal)
  }
  for (const { c, literal } of BY_REPOSITORY.get(repo) ?? []) add(c, literal)
  for (const { c, re, literal } of GLOBS) if (re.test(repo)) add(c, literal)
  if (scores.size === 0) return []
  return COMPILED.filter((c) => scores.has(c)).map((c) => ({ c, score: scores.get(c)! }))
}

/** The most specific row for a repository and tag (undefined tag: digest-only reference). */
function findRow(repo: string, tag: string | undefined): BaseImageRow | undefined {
  const forRepo = rowsForRepository(repo)
  if (forRepo.length === 0) return undefined
  if (tag === undefined) {
    // Without a tag only a row that holds for every tag of the repository applies.
    const only = forRepo.length === 1 ? forRepo[0].c : undefined
    return only && only.tagIndependent && !only.row.unknown ? only.row : undefined
  }
  let best: { c: CompiledRow; score: number } | undefined
  for (const x of forRepo) {
    if (!x.c.tag(tag) || x.c.exclude.some((re) => re.test(tag))) continue
    if (
      !best ||
      x.c.tagSpecificity > best.c.tagSpecificity ||
      (x.c.tagSpecificity === best.c.tagSpecificity && x.score > best.score)
    ) {
      best = x
    }
  }
  if (!best || best.c.row.unknown) return undefined
  return best.c.row
}

function toFact(row: BaseImageRow, image: string): BaseImageFact {
  const fact: BaseImageFact = {
    row: row.row,
    family: row.family,
    image,
    user: row.user,
    runAsNonRoot: runAsNonRootVerdict(row.user),
    accounts: row.accounts,
    hasPasswd: row.hasPasswd ?? true,
    source: row.source,
    confidence: row.confidence,
  }
  if (row.uid !== undefined) fact.uid = row.uid
  if (row.gid !== undefined) fact.gid = row.gid
  if (row.name !== undefined) fact.name = row.name
  if (row.env) fact.env = row.env
  if (row.ports) fact.ports = row.ports
  if (row.volumes) fact.volumes = row.volumes
  if (row.dropsTo) fact.dropsTo = row.dropsTo
  if (row.fileCapabilities) fact.fileCapabilities = row.fileCapabilities
  if (row.notes) fact.notes = row.notes
  return fact
}

// Stand-ins for a tag that is still a variable: a fact is returned only when every one
// of them leads to the same row, so `node:${V}-alpine` is known and `node:${V}` is not.
const TAG_SAMPLES = [
  '1',
  '22',
  '3.12.1',
  'lts',
  'latest',
  'alpine',
  'slim',
  'bookworm',
  'noble',
  'jammy',
  '22.04',
  'nonroot',
  'debug',
  'debug-nonroot',
  'chiseled',
  'noble-chiseled',
  'distroless',
  'dev',
  'latest-dev',
  'windowsservercore',
]

function lookupTemplatedTag(repo: string, tagTemplate: string): BaseImageRow | undefined {
  let found: BaseImageRow | undefined
  for (const sample of TAG_SAMPLES) {
    const tag = tagTemplate.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)/g, sample)
    const row = findRow(repo, tag)
    if (!row || (found && row !== found)) return undefined
    found = row
  }
  return found
}

/**
 * Facts for an image reference (`node:22-alpine`, `gcr.io/distroless/static:nonroot`,
 * `postgres@sha256:…`). A tag that still holds `${VAR}` gets a fact only when the fact
 * does not depend on the variable.
 */
export function lookupBaseImage(text: string): BaseImageFact | undefined {
  const parsed = parseImageRef(text)
  if (parsed.kind === 'invalid' || parsed.kind === 'pattern') return undefined
  const ref: ImageReference = parsed.ref
  const repo = canonicalRepo(repositoryOf(ref))
  if (parsed.templated) {
    const tagText = /:([^@/]*)(?:@.*)?$/.exec(text.slice(text.lastIndexOf('/') + 1))?.[1]
    const row =
      tagText === undefined
        ? findRow(repo, ref.digest ? undefined : 'latest')
        : lookupTemplatedTag(repo, tagText)
    return row ? toFact(row, tagText === undefined ? repo : `${repo}:${tagText}`) : undefined
  }
  const tag = effectiveTag(ref)
  const row = findRow(repo, tag)
  if (!row) return undefined
  return toFact(row, tag !== undefined ? `${repo}:${tag}` : `${repo}@${ref.digest}`)
}

/** `lookupBaseImage` typed as the parameter the Dockerfile model takes. */
export const baseImageLookup: BaseImageLookup = lookupBaseImage
