/**
 * Image builds in GitHub workflows: `docker/build-push-action` (any version, including
 * v1's `repository`/`path`/`dockerfile` inputs), its `tags` from `docker/metadata-action`
 * (`steps.<id>.outputs.tags`, `fromJSON(steps.<id>.outputs.json).tags`, job outputs read
 * through `needs`), and `docker build` / `docker buildx build` / `podman build` in `run:`
 * steps. `env` at workflow, job and step level, matrices, `$GITHUB_ENV` / `$GITHUB_OUTPUT`
 * writes, local reusable workflows and their inputs are followed.
 */
import { readYaml, type YamlPath } from '../../yaml/read.js'
import type { SourceRange } from '../../core/range.js'
import type { Collector } from './collector.js'
import {
  exprToString,
  interpolate,
  MetaJson,
  MetaTags,
  soleExpression,
  toExprValue,
  Unknown,
  type ContextLookup,
  type ExprValue,
  type MetaImage,
} from './github-expr.js'
import { LineIndex } from './line-index.js'
import { isRemoteContext, joinRel } from './paths.js'
import { addShellBuilds, findShellBuilds, MENTIONS_TOOL } from './shell-builds.js'
import type { GithubContext } from './types.js'
import { YamlView } from './yaml-access.js'
import { hasEncodedHoles } from '../template.js'

const MAX_MATRIX = 64
const OUTPUT_MARK = '\uE003GITHUB_OUTPUT'
const ENV_MARK = '\uE003GITHUB_ENV'

interface Workflow {
  rel: string
  view: YamlView
  /** Input defaults when the workflow is reusable (`on: workflow_call`). */
  callInputs?: Map<string, string | undefined>
  calls: { file: string; with: Map<string, string | undefined>; job: string }[]
}

type Obj = { [k: string]: ExprValue }

function loadWorkflow(rel: string, col: Collector): Workflow | undefined {
  const text = col.read(rel)
  if (text === undefined) return undefined
  const file = readYaml(text, rel)
  const doc = file.documents.find((d) => !d.isEmpty)
  if (!doc) return undefined
  if (col.yamlProblem(rel, doc)) return undefined
  const view = new YamlView(doc, new LineIndex(rel, text))
  // YAML 1.1 reads the key `on` as a boolean; accept both spellings.
  const onKey = view.keys([]).find((k) => k === 'on' || k === 'true')
  const wf: Workflow = { rel, view, calls: [] }
  if (onKey && view.isMap([onKey, 'workflow_call'])) {
    const inputs = new Map<string, string | undefined>()
    for (const k of view.keys([onKey, 'workflow_call', 'inputs'])) {
      inputs.set(k, view.str([onKey, 'workflow_call', 'inputs', k, 'default']))
    }
    wf.callInputs = inputs
  } else if (onKey && view.str([onKey]) === 'workflow_call') {
    wf.callInputs = new Map()
  }
  for (const job of view.keys(['jobs'])) {
    const uses = view.str(['jobs', job, 'uses'])
    if (uses?.startsWith('./')) {
      const target = joinRel('.', uses.split('@')[0])
      if (target) wf.calls.push({ file: target, with: view.stringMap(['jobs', job, 'with']), job })
    }
  }
  return wf
}

/** Collects links from all workflows; reusable ones run once per local caller (or once alone). */
export function collectWorkflows(
  files: readonly string[],
  col: Collector,
  github?: GithubContext,
): void {
  const loaded = new Map<string, Workflow>()
  for (const rel of files) {
    const wf = loadWorkflow(rel, col)
    if (wf) loaded.set(rel, wf)
  }
  const called = new Set<string>()
  for (const wf of loaded.values())
    for (const c of wf.calls) if (loaded.has(c.file)) called.add(c.file)
  for (const wf of loaded.values()) {
    if (wf.callInputs && called.has(wf.rel)) continue
    runWorkflow(wf, col, github, wf.callInputs ? inputsValue(wf.callInputs, new Map()) : undefined)
    for (const call of wf.calls) {
      const target = loaded.get(call.file)
      if (!target?.callInputs) continue
      const callerLookup = baseLookup(github, {})
      const given = new Map<string, string | undefined>()
      for (const [k, v] of call.with)
        given.set(k, v === undefined ? undefined : interpolate(v, callerLookup, col.holes))
      runWorkflow(
        target,
        col,
        github,
        inputsValue(target.callInputs, given),
        `called by ${wf.rel} job ${call.job}`,
      )
    }
  }
}

function inputsValue(
  defaults: Map<string, string | undefined>,
  given: Map<string, string | undefined>,
): Obj {
  const out: Obj = {}
  for (const [k, v] of defaults) if (v !== undefined) out[k] = v
  for (const [k, v] of given) if (v !== undefined) out[k] = v
  return out
}

function githubValue(github?: GithubContext): Obj {
  const g: Obj = {}
  if (github?.repository) {
    g.repository = github.repository.toLowerCase()
    const [owner, name] = github.repository.toLowerCase().split('/')
    g.repository_owner = github.repositoryOwner?.toLowerCase() ?? owner
    g.event = { repository: { name } }
  }
  return g
}

function baseLookup(github: GithubContext | undefined, extra: Obj): ContextLookup {
  const gh = githubValue(github)
  return (name) => {
    if (name in extra) return extra[name]
    if (name === 'github') return gh
    return undefined
  }
}

interface JobScope {
  wf: Workflow
  col: Collector
  github?: GithubContext
  inputs?: Obj
  needs: Obj
  calledBy?: string
}

function runWorkflow(
  wf: Workflow,
  col: Collector,
  github: GithubContext | undefined,
  inputs?: Obj,
  calledBy?: string,
): void {
  const v = wf.view
  const jobs = orderJobs(v)
  const needs: Obj = {}
  for (const job of jobs) {
    if (v.str(['jobs', job, 'uses']) !== undefined) continue
    const scope: JobScope = { wf, col, github, inputs, needs, calledBy }
    const outputs = runJob(scope, job)
    needs[job] = { outputs, result: new Unknown(`needs.${job}.result`) }
  }
}

/** Jobs in an order where each comes after the jobs it needs. */
function orderJobs(v: YamlView): string[] {
  const jobs = v.keys(['jobs'])
  const deps = new Map<string, string[]>()
  for (const j of jobs) {
    const one = v.str(['jobs', j, 'needs'])
    const list =
      one !== undefined
        ? [one]
        : Array.from(
            { length: v.length(['jobs', j, 'needs']) },
            (_, i) => v.str(['jobs', j, 'needs', i]) ?? '',
          )
    deps.set(
      j,
      list.filter((d) => jobs.includes(d)),
    )
  }
  const out: string[] = []
  const seen = new Set<string>()
  const visit = (j: string, stack: Set<string>): void => {
    if (seen.has(j) || stack.has(j)) return
    stack.add(j)
    for (const d of deps.get(j) ?? []) visit(d, stack)
    seen.add(j)
    out.push(j)
  }
  for (const j of jobs) visit(j, new Set())
  return out
}

function runJob(scope: JobScope, job: string): Obj {
  const combos = matrixCombos(scope, ['jobs', job, 'strategy', 'matrix'])
  // A matrix job's outputs are whichever leg wrote last; the first leg stands for them.
  let firstOutputs: Obj | undefined
  for (const combo of combos) {
    const outputs = runCombo(scope, job, combo)
    firstOutputs ??= outputs
  }
  return firstOutputs ?? {}
}

/** Matrix combinations, following GitHub's include/exclude rules. */
function matrixCombos(scope: JobScope, path: YamlPath): (Obj | Unknown)[] {
  const v = scope.wf.view
  const node = v.node(path)
  if (node === undefined) return [{}]
  const lookup = baseLookup(scope.github, {
    inputs: scope.inputs ?? new Unknown('inputs'),
    needs: scope.needs,
  })
  let matrix: ExprValue
  const asText = v.str(path)
  if (asText !== undefined) matrix = soleExpression(asText, lookup) ?? new Unknown('matrix')
  else matrix = toExprValue(jsAt(scope, path))
  if (
    matrix instanceof Unknown ||
    matrix === null ||
    typeof matrix !== 'object' ||
    Array.isArray(matrix)
  ) {
    return [new Unknown('matrix')]
  }
  const m = matrix as Obj
  const keys = Object.keys(m).filter((k) => k !== 'include' && k !== 'exclude')
  let combos: Obj[] = [{}]
  for (const k of keys) {
    let values = m[k]
    if (typeof values === 'string') values = soleExpression(values, lookup) ?? values
    if (!Array.isArray(values)) {
      combos = combos.map((c) => ({ ...c, [k]: new Unknown(`matrix.${k}`) }))
      continue
    }
    const next: Obj[] = []
    for (const c of combos)
      for (const val of values) if (next.length < MAX_MATRIX) next.push({ ...c, [k]: val })
    combos = next
  }
  const matches = (c: Obj, e: Obj): boolean =>
    Object.entries(e).every(([k, x]) => JSON.stringify(c[k]) === JSON.stringify(x))
  if (Array.isArray(m.exclude)) {
    for (const e of m.exclude)
      if (e && typeof e === 'object' && !Array.isArray(e))
        combos = combos.filter((c) => !matches(c, e as Obj))
  }
  if (keys.length === 0) combos = []
  const original = combos.map((c) => ({ ...c }))
  if (Array.isArray(m.include)) {
    for (const inc of m.include) {
      if (!inc || typeof inc !== 'object' || Array.isArray(inc)) continue
      const entry = inc as Obj
      let added = false
      // Merged into each original combination whose matrix values it does not overwrite.
      original.forEach((base, idx) => {
        if (
          Object.entries(entry).every(
            ([k, x]) => !(k in base) || JSON.stringify(base[k]) === JSON.stringify(x),
          )
        ) {
          Object.assign(combos[idx], entry)
          added = true
        }
      })
      if (!added && combos.length < MAX_MATRIX) combos.push({ ...entry })
    }
  }
  return combos.length ? combos : [{}]
}

function jsAt(scope: JobScope, path: YamlPath): unknown {
  let v: unknown = scope.wf.view.doc.value
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[String(p)]
  }
  return v
}

interface StepState {
  steps: Obj
  githubEnv: Map<string, string>
  /** `path:` of the job's actions/checkout steps that may have checked out this repository. */
  checkouts: string[]
}

/**
 * A path written under a checkout folder (`actions/checkout` with `path: release`, then
 * `file: release/cmd/app/Dockerfile`) names the file at `cmd/app/Dockerfile` of the
 * repository. The folder is taken off only when the path does not exist as written and
 * does without it: a checkout of another repository into that folder cannot match then.
 */
function underCheckout(col: Collector, state: StepState, path: string): string {
  if (!state.checkouts.length || col.exists(path)) return path
  for (const dir of state.checkouts) {
    if (!path.startsWith(dir + '/')) continue
    const rest = path.slice(dir.length + 1)
    if (col.exists(rest)) return rest
  }
  return path
}

function runCombo(scope: JobScope, job: string, combo: Obj | Unknown): Obj {
  const { wf, col } = scope
  const v = wf.view
  const jobPath: YamlPath = ['jobs', job]
  const state: StepState = { steps: {}, githubEnv: new Map(), checkouts: [] }
  let env: Obj = {}
  const lookupWith = (envObj: Obj): ContextLookup => {
    const gh = githubValue(scope.github)
    return (name) => {
      switch (name) {
        case 'env':
          return envObj
        case 'matrix':
          return combo
        case 'github':
          return gh
        case 'steps':
          return state.steps
        case 'needs':
          return scope.needs
        case 'inputs':
          return scope.inputs ?? new Unknown('inputs')
        default:
          return undefined
      }
    }
  }
  const addEnv = (path: YamlPath): void => {
    const lookup = lookupWith(env)
    const next: Obj = { ...env }
    for (const [k, raw] of v.stringMap(path)) {
      next[k] = raw === undefined ? '' : interpolate(raw, lookup, col.holes)
    }
    env = next
  }
  addEnv(['env'])
  addEnv([...jobPath, 'env'])
  const jobEnv = env
  const wd =
    v.str([...jobPath, 'defaults', 'run', 'working-directory']) ??
    v.str(['defaults', 'run', 'working-directory'])
  const where = `${wf.rel} job ${job}${scope.calledBy ? ` (${scope.calledBy})` : ''}`
  // The runner evaluates `container:` and `services:` without the env context.
  jobContainers(scope, jobPath, lookupWith({}), where)
  for (let i = 0; i < v.length([...jobPath, 'steps']); i++) {
    const stepPath: YamlPath = [...jobPath, 'steps', i]
    env = { ...jobEnv }
    for (const [k, val] of state.githubEnv) env[k] = val
    addEnv([...stepPath, 'env'])
    const lookup = lookupWith(env)
    const id = v.str([...stepPath, 'id'])
    const name = v.str([...stepPath, 'name'])
    const label = `${where} step ${name ? `"${name}"` : id ? `"${id}"` : i + 1}`
    const uses = v.str([...stepPath, 'uses'])
    if (uses && /^actions\/checkout(@|$)/i.test(uses)) {
      const repo = v.str([...stepPath, 'with', 'repository'])
      const raw = v.str([...stepPath, 'with', 'path'])
      const path = raw === undefined ? undefined : joinRel('.', interpolate(raw, lookup, col.holes))
      const known = scope.github?.repository
      const other =
        repo !== undefined && known !== undefined && repo.toLowerCase() !== known.toLowerCase()
      if (path && path !== '.' && !other && !hasEncodedHoles(path)) state.checkouts.push(path)
    } else if (uses && /^docker\/metadata-action(@|$)/i.test(uses)) {
      if (id) state.steps[id] = metadataOutputs(scope, stepPath, lookup, label)
    } else if (uses && /^docker\/build-push-action(@|$)/i.test(uses)) {
      buildPushAction(scope, stepPath, lookup, label, state)
    } else if (uses && /^redhat-actions\/buildah-build(@|$)/i.test(uses)) {
      buildahBuild(scope, stepPath, lookup, label)
    } else {
      const run = v.str([...stepPath, 'run'])
      if (run !== undefined && (MENTIONS_TOOL.test(run) || /GITHUB_(OUTPUT|ENV)/.test(run))) {
        const stepWd = v.str([...stepPath, 'working-directory']) ?? wd
        runStep(scope, stepPath, run, env, lookup, stepWd, label, state, id)
      }
    }
  }
  const outputs: Obj = {}
  const lookup = lookupWith(jobEnv)
  for (const [k, raw] of v.stringMap([...jobPath, 'outputs'])) {
    if (raw === undefined) continue
    const sole = soleExpression(raw, lookup)
    outputs[k] =
      sole instanceof MetaTags || sole instanceof MetaJson
        ? sole
        : interpolate(raw, lookup, col.holes)
  }
  return outputs
}

/** A job's `container:` and `services:`, with expressions resolved (one per matrix leg). */
function jobContainers(
  scope: JobScope,
  jobPath: YamlPath,
  lookup: ContextLookup,
  where: string,
): void {
  const v = scope.wf.view
  const col = scope.col
  const job = String(jobPath[1])
  const text = (path: YamlPath): string | undefined => {
    const raw = v.str(path)
    return raw === undefined ? undefined : interpolate(raw, lookup, col.holes)
  }
  const list = (path: YamlPath) =>
    Array.from({ length: v.length(path) }, (_, i) => {
      const t = text([...path, i])
      return t === undefined ? undefined : { text: t, range: v.range([...path, i]) }
    }).filter((x) => x !== undefined)
  const add = (path: YamlPath, role: 'container' | 'service', service?: string): void => {
    const asString = text(path)
    const imagePath = asString !== undefined ? path : [...path, 'image']
    const image = asString ?? text(imagePath)
    const options = v.str([...path, 'options'])
    col.jobContainers.push({
      file: scope.wf.rel,
      job,
      role,
      ...(service !== undefined ? { service } : {}),
      keyRange: v.range(path, 'key'),
      ...(image !== undefined ? { image: { text: image, range: v.range(imagePath) } } : {}),
      ...(options !== undefined
        ? {
            options: {
              raw: options,
              expand: (t: string) => interpolate(t, lookup, col.holes),
              rangeOf: (s: number, e: number) => v.innerRange([...path, 'options'], s, e),
            },
          }
        : {}),
      volumes: asString === undefined ? list([...path, 'volumes']) : [],
      ports: asString === undefined ? list([...path, 'ports']) : [],
      where: `${where}${role === 'container' ? ' container' : ` service ${service}`}`,
    })
  }
  if (v.node([...jobPath, 'container']) !== undefined) add([...jobPath, 'container'], 'container')
  for (const id of v.keys([...jobPath, 'services']))
    add([...jobPath, 'services', id], 'service', id)
}

/** Splits an action's list input (newline or comma separated) into entries with offsets. */
function listEntries(raw: string, csvAware: boolean): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  let offset = 0
  for (const line of raw.split('\n')) {
    const pieces: { text: string; start: number }[] = []
    if (csvAware && /(^|,)\s*name=/.test(line)) pieces.push({ text: line, start: 0 })
    else {
      let s = 0
      let depth = 0
      for (let k = 0; k <= line.length; k++) {
        if (line.startsWith('${{', k)) depth++
        if (line.startsWith('}}', k) && depth > 0) depth--
        if (k === line.length || (line[k] === ',' && depth === 0)) {
          pieces.push({ text: line.slice(s, k), start: s })
          s = k + 1
        }
      }
    }
    for (const p of pieces) {
      const lead = p.text.length - p.text.trimStart().length
      const text = p.text.trim()
      if (text && !text.startsWith('#')) out.push({ text, start: offset + p.start + lead })
    }
    offset += line.length + 1
  }
  return out
}

function metadataOutputs(
  scope: JobScope,
  stepPath: YamlPath,
  lookup: ContextLookup,
  label: string,
): Obj {
  const v = scope.wf.view
  const col = scope.col
  const imagesPath = [...stepPath, 'with', 'images']
  const raw = v.str(imagesPath) ?? ''
  const images: MetaImage[] = []
  for (const e of listEntries(raw, true)) {
    let text = e.text
    if (/(^|,)\s*name=/.test(text)) {
      const attrs = new Map(
        text.split(',').map((kv) => {
          const eq = kv.indexOf('=')
          return [kv.slice(0, eq).trim(), kv.slice(eq + 1).trim()] as [string, string]
        }),
      )
      if (attrs.get('enable') === 'false') continue
      text = attrs.get('name') ?? ''
    }
    const name = interpolate(text, lookup, col.holes)
    images.push({
      name,
      range: () => v.innerRange(imagesPath, e.start, e.start + e.text.length),
      step: label,
    })
  }
  const literalTags: string[] = []
  for (const line of (v.str([...stepPath, 'with', 'tags']) ?? '').split('\n')) {
    const m = /^\s*type=raw,(?:.*,)?value=([\w][\w.-]*)\s*(?:,|$)/.exec(line)
    if (m) literalTags.push(m[1])
  }
  const tags = new MetaTags(images, literalTags)
  return {
    outputs: {
      tags,
      json: new MetaJson(tags),
      version: new Unknown('steps.meta.outputs.version'),
      labels: new Unknown('steps.meta.outputs.labels'),
    },
  }
}

/** A step's `with:` inputs, with their `${{ }}` expressions resolved as far as known. */
function stepInputs(
  scope: JobScope,
  withPath: YamlPath,
  lookup: ContextLookup,
): (name: string) => string | undefined {
  return (name) => {
    const raw = scope.wf.view.str([...withPath, name])
    return raw === undefined ? undefined : interpolate(raw, lookup, scope.col.holes).trim()
  }
}

function buildPushAction(
  scope: JobScope,
  stepPath: YamlPath,
  lookup: ContextLookup,
  label: string,
  state: StepState,
): void {
  const v = scope.wf.view
  const col = scope.col
  const withPath = [...stepPath, 'with']
  const input = stepInputs(scope, withPath, lookup)
  // v1 had `repository` + `tags` (tag names), `path` and `dockerfile`.
  const v1 = v.str([...withPath, 'repository']) !== undefined
  let context = input(v1 ? 'path' : 'context') ?? '.'
  const gitContext = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(context)
  if (gitContext) context = gitContext[1] ?? '.'
  if (isRemoteContext(context)) return
  const file = input(v1 ? 'dockerfile' : 'file')
  const contextRel = underCheckout(col, state, joinRel('.', context) ?? context)
  const dockerfile = file
    ? underCheckout(col, state, joinRel('.', file) ?? file)
    : `${contextRel}/Dockerfile`
  const target = input('target')
  const buildArgs = new Map<string, string | undefined>()
  const argsRaw = v.str([...withPath, v1 ? 'build_args' : 'build-args'])
  if (argsRaw !== undefined) {
    for (const e of v1
      ? listEntries(argsRaw, false)
      : argsRaw.split('\n').map((t) => ({ text: t.trim(), start: 0 }))) {
      if (!e.text) continue
      const eq = e.text.indexOf('=')
      if (eq > 0)
        buildArgs.set(e.text.slice(0, eq), interpolate(e.text.slice(eq + 1), lookup, col.holes))
    }
  }
  const add = (
    image: string,
    range: () => SourceRange,
    detail: string,
    extraTags?: string[],
  ): void => {
    col.add({
      image,
      imageRange: range,
      dockerfile,
      context: contextRel,
      target,
      buildArgs,
      kind: 'workflow',
      detail: `${label} (docker/build-push-action) ${detail}, built from ${col.display(joinRel('.', dockerfile) ?? dockerfile)}`,
      extraTags,
    })
  }
  const tagsPath = [...withPath, 'tags']
  const tagsRaw = v.str(tagsPath) ?? ''
  if (v1) {
    const registry = input('registry')
    const repo = input('repository') ?? ''
    const tags = listEntries(tagsRaw, false).map((e) => interpolate(e.text, lookup, col.holes))
    const image = registry ? `${registry}/${repo}` : repo
    add(
      image,
      () => v.range([...withPath, 'repository']),
      `builds ${col.display(image)}`,
      tags.filter((t) => !hasEncodedHoles(t)),
    )
    return
  }
  for (const e of listEntries(tagsRaw, false)) {
    const range = (): SourceRange => v.innerRange(tagsPath, e.start, e.start + e.text.length)
    const sole = soleExpression(e.text, lookup)
    const meta = sole instanceof MetaTags ? sole : sole instanceof MetaJson ? sole.tags : undefined
    if (meta) {
      for (const img of meta.images) {
        add(
          img.name,
          img.range,
          `tags ${col.display(img.name)} from ${img.step} (docker/metadata-action)`,
          meta.literalTags,
        )
      }
      continue
    }
    const text = interpolate(e.text, lookup, col.holes)
    for (const image of text
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      add(image, range, `tags ${col.display(image)}`)
    }
  }
}

/**
 * `redhat-actions/buildah-build`: `image` with `tags` (whitespace separated; a tag with a
 * `/` is a full name), `containerfiles` (the first is used), `context`, `build-args`,
 * `--target` in `extra-args`. A name without a registry is pushed later under one
 * (`redhat-actions/push-to-registry`), so it also matches `<registry>/<name>`.
 */
function buildahBuild(
  scope: JobScope,
  stepPath: YamlPath,
  lookup: ContextLookup,
  label: string,
): void {
  const v = scope.wf.view
  const col = scope.col
  const withPath = [...stepPath, 'with']
  const input = stepInputs(scope, withPath, lookup)
  const files = (input('containerfiles') ?? input('dockerfiles'))?.split(/\s*\n\s*/).filter(Boolean)
  if (!files?.length) return
  const context = joinRel('.', input('context') ?? '.')
  if (context === undefined) return
  const target = /--target[= ](\S+)/.exec(input('extra-args') ?? '')?.[1]
  const buildArgs = new Map<string, string | undefined>()
  for (const line of (input('build-args') ?? '').split('\n')) {
    const eq = line.indexOf('=')
    if (eq > 0) buildArgs.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  const image = input('image')
  const tags = (input('tags') ?? 'latest').split(/\s+/).filter(Boolean)
  const names = new Map<string, string[]>()
  for (const t of tags) {
    const full = t.includes('/') || !image ? t : `${image}:${t}`
    const colon = full.lastIndexOf(':')
    const name = colon > full.lastIndexOf('/') ? full.slice(0, colon) : full
    names.set(name, [
      ...(names.get(name) ?? []),
      ...(colon > full.lastIndexOf('/') ? [full.slice(colon + 1)] : []),
    ])
  }
  for (const [name, literalTags] of names) {
    const first = name.split('/')[0]
    const bare = !name.includes('/') || (!/[.:]/.test(first) && first !== 'localhost')
    const images = bare
      ? [name, `${col.holes.encode('push-to-registry registry', 'any')}/${name}`]
      : [name]
    for (const img of images) {
      col.add({
        image: img,
        imageRange: () => v.range([...withPath, image ? 'image' : 'tags']),
        dockerfile: files[0],
        context,
        target,
        buildArgs,
        kind: 'workflow',
        detail: `${label} (redhat-actions/buildah-build) builds ${col.display(img)} from ${col.display(joinRel('.', files[0]) ?? files[0])}`,
        extraTags: literalTags.filter((t) => !hasEncodedHoles(t)),
      })
    }
  }
}

function runStep(
  scope: JobScope,
  stepPath: YamlPath,
  run: string,
  env: Obj,
  lookup: ContextLookup,
  workingDir: string | undefined,
  label: string,
  state: StepState,
  id: string | undefined,
): void {
  const v = scope.wf.view
  const col = scope.col
  const runPath = [...stepPath, 'run']
  const shellEnv = new Map<string, string>()
  for (const [k, val] of Object.entries(env)) {
    const s = exprToString(val)
    if (s !== undefined) shellEnv.set(k, s)
  }
  const gh = githubValue(scope.github)
  if (typeof gh.repository === 'string') shellEnv.set('GITHUB_REPOSITORY', gh.repository)
  if (typeof gh.repository_owner === 'string')
    shellEnv.set('GITHUB_REPOSITORY_OWNER', gh.repository_owner)
  shellEnv.set('GITHUB_OUTPUT', OUTPUT_MARK)
  shellEnv.set('GITHUB_ENV', ENV_MARK)
  const cwd = workingDir ? joinRel('.', interpolate(workingDir, lookup, col.holes)) : '.'
  // A working directory inside a checkout folder may be that folder of this repository.
  const cwds: string[] = []
  if (cwd !== undefined) {
    cwds.push(cwd)
    for (const dir of state.checkouts) {
      if (cwd === dir) cwds.push('.')
      else if (cwd.startsWith(dir + '/')) cwds.push(cwd.slice(dir.length + 1))
    }
  }
  const builds = findShellBuilds({
    text: run,
    rangeOf: (s, e) => v.innerRange(runPath, s, e),
    holes: col.holes,
    env: shellEnv,
    cwds,
    scriptDir: cwd ?? '.',
    preExpand: (raw) => interpolate(raw, lookup, col.holes),
    onContainerStart: (found) =>
      col.containerCommands.push({ kind: 'workflow', file: scope.wf.rel, where: label, found }),
    onCommand: (fields, redirects) => {
      const sink = redirects.find(
        (r) =>
          (r.op === '>>' || r.op === '>') && (r.target === OUTPUT_MARK || r.target === ENV_MARK),
      )
      if (!sink || fields[0]?.text !== 'echo') return
      const line = fields
        .slice(1)
        .filter((f, k) => !(k === 0 && /^-[neE]+$/.test(f.text)))
        .map((f) => f.text)
        .join(' ')
      const eq = line.indexOf('=')
      if (eq <= 0) return
      const key = line.slice(0, eq)
      const value = line.slice(eq + 1)
      if (sink.target === ENV_MARK) state.githubEnv.set(key, value)
      else if (id) {
        const step = (state.steps[id] ??= { outputs: {} }) as Obj
        ;(step.outputs as Obj)[key] = value
      }
    },
  })
  addShellBuilds(col, builds, 'workflow', label)
}
