/**
 * Compares an ImageModel with one target of shared/corpus/dockerfiles/expected.json
 * (schema in that folder's README) and lists every fact that differs.
 */
import { lookupBaseImage } from '../../src/images/base-images.js'
import type {
  BaseImageFact,
  BaseImageLookup,
  ImageModel,
  StageRef,
} from '../../src/dockerfile/index.js'

export interface ExpectedFile {
  file: string
  stages: (string | number)[]
  targets: ExpectedTarget[]
  directives?: Record<string, string>
  tricky: boolean
  notes: string
}

export interface ExpectedTarget {
  stage: string | number
  stageIndex: number
  stageChain: (string | number)[]
  effectiveUser: string | null
  effectiveUserWithoutBaseEnv?: string
  userRaw: string | null
  userFrom: string
  userFromLine: number | null
  baseImage: string | null
  createdUsers: ExpectedUser[]
  createdGroups: ExpectedGroup[]
  chowns: ExpectedChown[]
  workdir: string | null
  volumes: string[]
  exposed: string[]
}

interface ExpectedUser {
  name: string
  uid: number | null
  gid: number | null
  group: string | null
  system: boolean
  line: number
  via: string
  fromStage?: string | number
}

interface ExpectedGroup {
  name: string
  gid: number | null
  system: boolean
  line: number
  via: string
  fromStage?: string | number
}

interface ExpectedChown {
  path: string
  owner: string | null
  mode: string | null
  line: number
  how: string
  recursive?: boolean
  conditional?: boolean
  fromStage?: string | number
}

/**
 * ENV of the jupyter images that the corpus README says the expected facts use
 * ("recorded with the base image's known value"): docker-stacks-foundation sets
 * NB_USER=jovyan, NB_UID=1000, NB_GID=100, HOME=/home/jovyan.
 */
const JUPYTER_ENV = { NB_USER: 'jovyan', NB_UID: '1000', NB_GID: '100', HOME: '/home/jovyan' }

/** The project's base-image table, plus the jupyter ENV the corpus depends on. */
export const corpusBaseImages: BaseImageLookup = (ref) => {
  const fact = lookupBaseImage(ref)
  if (ref.startsWith('quay.io/jupyter/')) {
    const base: BaseImageFact = fact ?? {
      row: 0,
      family: 'quay.io/jupyter/*',
      image: ref,
      user: '1000',
      uid: 1000,
      runAsNonRoot: 'ok',
      accounts: [{ name: 'jovyan', uid: 1000, gid: 100 }],
      hasPasswd: true,
      source: 'jupyter/docker-stacks images/docker-stacks-foundation/Dockerfile (corpus)',
      confidence: 'secondary',
    }
    return { ...base, env: { ...JUPYTER_ENV, ...(base.env ?? {}) } }
  }
  return fact
}

function stageKey(s: StageRef): string | number {
  return s.name ?? s.index
}

function fromStage(s: StageRef, target: StageRef): string | number | undefined {
  return s.index === target.index ? undefined : stageKey(s)
}

function userFrom(m: ImageModel): string {
  const o = m.effectiveUser.origin
  if (o.kind === 'dockerfile') {
    return o.inherited
      ? `stage ${stageKey(o.stage)}, dockerfile-line ${o.range.startLine}`
      : `dockerfile-line ${o.range.startLine}`
  }
  if (o.kind === 'unknown' && o.image === null) return 'base image (unresolved)'
  return `base image ${m.baseImage.ref}`
}

function show(v: unknown): string {
  return JSON.stringify(v)
}

/** Every difference between the model and the expected facts, as readable lines. */
export function compareTarget(exp: ExpectedTarget, m: ImageModel): string[] {
  const diffs: string[] = []
  const eq = (field: string, want: unknown, got: unknown) => {
    if (show(want) !== show(got)) diffs.push(`${field}: expected ${show(want)}, got ${show(got)}`)
  }
  eq('stageIndex', exp.stageIndex, m.target.index)
  eq('stageChain', exp.stageChain, m.stageChain.map(stageKey))
  const fromDockerfile = m.effectiveUser.origin.kind === 'dockerfile'
  eq('effectiveUser', exp.effectiveUser, fromDockerfile ? m.effectiveUser.raw : null)
  eq('userRaw', exp.userRaw, fromDockerfile ? (m.effectiveUser.written ?? null) : null)
  const uf = userFrom(m)
  if (exp.userFrom.startsWith('base image (unresolved'))
    eq('userFrom', 'base image (unresolved)', uf)
  else eq('userFrom', exp.userFrom, uf)
  eq(
    'userFromLine',
    exp.userFromLine,
    fromDockerfile && m.effectiveUser.origin.kind === 'dockerfile'
      ? m.effectiveUser.origin.range.startLine
      : null,
  )
  eq('baseImage', exp.baseImage, m.baseImage.ref)
  eq(
    'createdUsers',
    exp.createdUsers.map((u) => ({
      name: u.name,
      uid: u.uid,
      gid: u.gid,
      group: u.group,
      system: u.system,
      line: u.line,
      via: u.via,
      fromStage: u.fromStage,
    })),
    m.createdUsers.map((u) => ({
      name: u.name,
      uid: u.uid,
      gid: u.gid,
      group: u.group,
      system: u.system,
      line: u.instruction.startLine,
      via: u.via,
      fromStage: fromStage(u.stage, m.target),
    })),
  )
  eq(
    'createdGroups',
    exp.createdGroups.map((g) => ({
      name: g.name,
      gid: g.gid,
      system: g.system,
      line: g.line,
      via: g.via,
      fromStage: g.fromStage,
    })),
    m.createdGroups.map((g) => ({
      name: g.name,
      gid: g.gid,
      system: g.system,
      line: g.instruction.startLine,
      via: g.via,
      fromStage: fromStage(g.stage, m.target),
    })),
  )
  eq(
    'chowns',
    exp.chowns.map((c) => ({
      path: c.path,
      owner: c.owner,
      mode: c.mode,
      line: c.line,
      how: c.how,
      recursive: c.recursive ?? false,
      conditional: c.conditional ?? false,
      fromStage: c.fromStage,
    })),
    m.chowns.map((c) => ({
      path: c.path,
      owner: c.owner?.raw ?? null,
      mode: c.mode,
      line: c.instruction.startLine,
      how: c.how,
      recursive: c.recursive ?? false,
      conditional: c.conditional ?? false,
      fromStage: fromStage(c.stage, m.target),
    })),
  )
  eq('workdir', exp.workdir, m.workdir?.path ?? null)
  eq(
    'volumes',
    exp.volumes,
    m.volumes.map((v) => v.path),
  )
  eq(
    'exposed',
    exp.exposed,
    m.exposedPorts.map((p) => p.spec),
  )
  return diffs
}
