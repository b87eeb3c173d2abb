/**
 * Image builds in Docker Compose files: a service's `build` (a context string, or
 * `{context, dockerfile, target, args}`) together with its `image`, read from the Compose
 * projects of ../../docker/compose/project.ts (override files merged per service, `extends`
 * followed, values interpolated from the project's `.env`). A service that builds without
 * `image` is tagged `<project>-<service>`; that link is low confidence.
 */
import type { SourceRange } from '../../core/range.js'
import { composeInterpolate } from '../../docker/compose/interpolate.js'
import {
  loadComposeProjects,
  type ComposeProject,
  type ComposeService,
  type ServiceLayer,
} from '../../docker/compose/project.js'
import type { Collector } from './collector.js'
import { dirOf, isRemoteContext, joinRel } from './paths.js'
import { pushAll } from '../../core/arrays.js'

export { composeInterpolate, parseDotEnv } from '../../docker/compose/interpolate.js'

interface ServiceBuild {
  context: string
  dockerfile?: string
  target?: string
  args: Map<string, string | undefined>
  inline: boolean
  range: SourceRange
  /** Folder the build's paths are relative to. */
  dir: string
}

export function collectCompose(files: readonly string[], col: Collector): void {
  const projects = loadComposeProjects(
    files,
    {
      read: (rel) => col.read(rel),
      exists: (rel) => col.exists(rel),
      problem: (level, code, message, range) => col.problem(level, code, message, range),
      holes: col.holes,
    },
    col.input.root,
  )
  pushAll(col.composeProjects, projects)
  for (const project of projects) {
    for (const service of project.services) addService(col, project, service)
  }
}

function lastWith(service: ComposeService, key: string): ServiceLayer | undefined {
  return [...service.layers].reverse().find((l) => l.view.node([...l.path, key]) !== undefined)
}

function readBuild(
  layer: ServiceLayer,
  interp: (s: string | undefined) => string | undefined,
  env: ReadonlyMap<string, string>,
): ServiceBuild | undefined {
  const v = layer.view
  const b = [...layer.path, 'build']
  const dir = dirOf(layer.file)
  const asString = v.str(b)
  if (asString !== undefined)
    return {
      context: interp(asString) ?? '.',
      args: new Map(),
      inline: false,
      range: v.range(b),
      dir,
    }
  if (!v.isMap(b)) return undefined
  const args = new Map<string, string | undefined>()
  for (const [k, val] of v.stringMap([...b, 'args']))
    args.set(k, val === undefined ? env.get(k) : interp(val))
  return {
    context: interp(v.str([...b, 'context'])) ?? '.',
    dockerfile: interp(v.str([...b, 'dockerfile'])),
    target: interp(v.str([...b, 'target'])),
    args,
    inline: v.str([...b, 'dockerfile_inline']) !== undefined,
    range: v.range(b, 'key'),
    dir,
  }
}

function addService(col: Collector, project: ComposeProject, service: ComposeService): void {
  const interp = (s: string | undefined): string | undefined =>
    s === undefined ? undefined : composeInterpolate(s, project.env, col.holes)
  const buildLayer = lastWith(service, 'build')
  const build = buildLayer && readBuild(buildLayer, interp, project.env)
  if (!build || build.inline) return
  const imageLayer = lastWith(service, 'image')
  const imageText = imageLayer && interp(imageLayer.view.str([...imageLayer.path, 'image']))
  const image =
    imageLayer && imageText !== undefined
      ? { text: imageText, range: imageLayer.view.range([...imageLayer.path, 'image']) }
      : undefined
  const from = [
    ...new Set(
      service.layers
        .filter(
          (l) =>
            l.view.node([...l.path, 'build']) !== undefined ||
            l.view.node([...l.path, 'image']) !== undefined,
        )
        .map((l) => l.file),
    ),
  ]
  const name = service.name
  if (isRemoteContext(build.context)) return
  const context = joinRel(build.dir, build.context)
  if (context === undefined) {
    col.problem(
      'warning',
      'outside-root',
      `${project.file} service ${name} builds from a context outside the scanned folder`,
      build.range,
    )
    return
  }
  const df = joinRel(context, build.dockerfile ?? 'Dockerfile') ?? build.dockerfile ?? 'Dockerfile'
  const tag = image?.text ?? `${project.name}-${name}`
  const files = from.length ? from.join(' + ') : project.file
  col.add({
    image: tag,
    imageRange: image?.range ?? service.keyRange,
    dockerfile: df,
    context,
    target: build.target,
    buildArgs: build.args,
    kind: 'compose',
    detail: image
      ? `${files} service ${name} builds ${col.display(tag)} from ${col.display(df)}`
      : `${files} service ${name} builds ${col.display(df)} with no image: name, so Compose tags it ${tag}`,
    lowConfidence: !image,
  })
}
