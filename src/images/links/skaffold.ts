/**
 * Image builds in skaffold.yaml: `build.artifacts[]` with `image`, `context` and the
 * `docker` (or `kaniko`) builder's `dockerfile`, `target` and `buildArgs`, in every
 * document of the file, and in each profile (its own `build.artifacts`, or JSON patches
 * to the base artifacts). Profile builds are variants of the base build: they are listed
 * as alternatives when the base build differs, and compete only when there is no base.
 * Artifacts built without a Dockerfile (jib, ko, buildpacks, bazel, custom) are skipped.
 */
import { readYaml, type YamlPath } from '../../yaml/read.js'
import type { SourceRange } from '../../core/range.js'
import type { HoleTable } from '../template.js'
import type { Collector } from './collector.js'
import { LineIndex } from './line-index.js'
import { dirOf, isRemoteContext, joinRel } from './paths.js'
import { YamlView } from './yaml-access.js'

interface Artifact {
  image?: string
  context?: string
  dockerfile?: string
  target?: string
  buildArgs: Map<string, string | undefined>
  /** Builds without a Dockerfile. */
  other?: string
  imageRange: SourceRange
}

const OTHER_BUILDERS = ['jib', 'ko', 'buildpacks', 'bazel', 'custom']

/** Skaffold templates (`{{.IMAGE_REPO}}`) are resolved at run time: holes here. */
function templates(s: string | undefined, holes: HoleTable): string | undefined {
  return s?.replace(/\{\{([\s\S]*?)\}\}/g, (_m, inner: string) => holes.encode(inner.trim(), 'any'))
}

function readArtifact(v: YamlView, p: YamlPath, holes: HoleTable): Artifact {
  const builder = ['docker', 'kaniko'].find((b) => v.isMap([...p, b])) ?? 'docker'
  const buildArgs = new Map<string, string | undefined>()
  for (const [k, val] of v.stringMap([...p, builder, 'buildArgs']))
    buildArgs.set(k, templates(val, holes))
  const a: Artifact = {
    image: templates(v.str([...p, 'image']), holes),
    context: templates(v.str([...p, 'context']), holes),
    dockerfile: templates(v.str([...p, builder, 'dockerfile']), holes),
    target: templates(v.str([...p, builder, 'target']), holes),
    buildArgs,
    imageRange: v.range([...p, 'image']),
  }
  const other = OTHER_BUILDERS.find((b) => v.node([...p, b]) !== undefined)
  if (other) a.other = other
  return a
}

function artifactsAt(v: YamlView, p: YamlPath, holes: HoleTable): Artifact[] {
  return Array.from({ length: v.length(p) }, (_, i) => readArtifact(v, [...p, i], holes))
}

/** Applies a profile's JSON patches that touch `/build/artifacts/N/...`. */
function applyPatches(
  base: Artifact[],
  v: YamlView,
  patchesPath: YamlPath,
  holes: HoleTable,
): Artifact[] | undefined {
  const n = v.length(patchesPath)
  if (n === 0) return undefined
  const out = base.map((a) => ({ ...a, buildArgs: new Map(a.buildArgs) }))
  const touched = new Set<number>()
  for (let i = 0; i < n; i++) {
    const op = v.str([...patchesPath, i, 'op'])
    const path = v.str([...patchesPath, i, 'path']) ?? ''
    const m = /^\/build\/artifacts\/(\d+)\/(.+)$/.exec(path)
    if (!m || (op !== 'replace' && op !== 'add')) continue
    const index = Number(m[1])
    const a = out[index]
    if (!a) continue
    const value = templates(v.str([...patchesPath, i, 'value']), holes)
    const field = m[2]
    if (field === 'image') a.image = value
    else if (field === 'context') a.context = value
    else if (/^(docker|kaniko)\/dockerfile$/.test(field)) a.dockerfile = value
    else if (/^(docker|kaniko)\/target$/.test(field)) a.target = value
    else if (/^(docker|kaniko)\/buildArgs\/(.+)$/.test(field)) {
      a.buildArgs.set(field.replace(/^(docker|kaniko)\/buildArgs\//, ''), value)
    } else continue
    a.imageRange = v.range([...patchesPath, i, 'value'])
    touched.add(index)
  }
  // Only the artifacts a profile changes are its own builds; the rest are the base's.
  return touched.size ? out.filter((_, k) => touched.has(k)) : undefined
}

export function collectSkaffold(rel: string, col: Collector): void {
  const text = col.read(rel)
  if (text === undefined) return
  const file = readYaml(text, rel)
  const lines = new LineIndex(rel, text)
  const dir = dirOf(rel)
  file.documents.forEach((doc, docIndex) => {
    if (doc.isEmpty) return
    if (col.yamlProblem(rel, doc)) return
    const v = new YamlView(doc, lines)
    const configName = v.str(['metadata', 'name'])
    const base = artifactsAt(v, ['build', 'artifacts'], col.holes)
    const group = (a: Artifact, k: number): string => `${rel}#${docIndex}:${a.image ?? k}`
    base.forEach((a, k) => add(col, rel, dir, a, group(a, k), undefined, configName))
    for (let p = 0; p < v.length(['profiles']); p++) {
      const name = v.str(['profiles', p, 'name']) ?? String(p)
      const own = v.isSeq(['profiles', p, 'build', 'artifacts'])
        ? artifactsAt(v, ['profiles', p, 'build', 'artifacts'], col.holes)
        : applyPatches(base, v, ['profiles', p, 'patches'], col.holes)
      own?.forEach((a, k) => add(col, rel, dir, a, group(a, k), `profile ${name}`, configName))
    }
  })
}

function add(
  col: Collector,
  rel: string,
  dir: string,
  a: Artifact,
  group: string,
  variant: string | undefined,
  configName: string | undefined,
): void {
  if (a.image === undefined || a.other) return
  const ctxText = a.context ?? '.'
  if (isRemoteContext(ctxText)) return
  const context = joinRel(dir, ctxText)
  if (context === undefined) {
    col.problem(
      'warning',
      'outside-root',
      `${rel}: artifact ${col.display(a.image)} builds from a context outside the scanned folder`,
      a.imageRange,
    )
    return
  }
  const dockerfile = joinRel(context, a.dockerfile ?? 'Dockerfile') ?? a.dockerfile ?? 'Dockerfile'
  const where = `${rel}${configName ? ` (${configName})` : ''}${variant ? ` ${variant}` : ''}`
  const spec = {
    image: a.image,
    imageRange: a.imageRange,
    dockerfile,
    context,
    target: a.target,
    buildArgs: a.buildArgs,
    kind: 'skaffold' as const,
    detail: `${where} artifact ${col.display(a.image)} builds ${col.display(dockerfile)}`,
    variant,
    group,
  }
  col.add(spec)
  // `skaffold build --default-repo R` pushes a bare name `api` as `R/api`; deployed
  // manifests carry that name.
  const first = a.image.split('/')[0]
  if (!/[.:]/.test(first) && first !== 'localhost' && !a.image.includes('\uE000')) {
    col.add({
      ...spec,
      image: `${col.holes.encode('default-repo', 'any')}/${a.image}`,
      detail: `${spec.detail} (pushed under skaffold's --default-repo)`,
    })
  }
}
