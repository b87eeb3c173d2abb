/**
 * Docker Compose projects as `docker compose` assembles them, read once for every reader
 * (the image linker wants `build` and `image`, the container views want the rest): a base
 * file and its `*.override.yaml` files merged service by service, the `.env` file of the
 * project folder for interpolation, the project name (`COMPOSE_PROJECT_NAME`, `name:`, or
 * the folder), and `extends` (same file or another one, chains, cycles refused). Each
 * service keeps its layers, lowest priority first, so that every value is read from the
 * file and line that set it.
 */
import type { Level } from '../../core/finding.js'
import type { SourceRange } from '../../core/range.js'
import type { HoleTable } from '../../images/template.js'
import { LineIndex } from '../../images/links/line-index.js'
import { baseOf, dirOf, joinRel } from '../../images/links/paths.js'
import { YamlView } from '../../images/links/yaml-access.js'
import { readYaml, type YamlPath } from '../../yaml/read.js'
import { composeInterpolate, parseDotEnv } from './interpolate.js'

/** What the loader needs from its caller: files, problems, and the hole table. */
export interface ComposeIO {
  /** The file's text; undefined (the caller reports why) when it cannot be read. */
  read(rel: string): string | undefined
  exists(rel: string): boolean
  problem(level: Level, code: string, message: string, range: SourceRange): void
  holes: HoleTable
}

/** One file's definition of a service. */
export interface ServiceLayer {
  file: string
  view: YamlView
  /** `['services', name]` in that file. */
  path: YamlPath
}

export interface ComposeService {
  name: string
  project: ComposeProject
  /** Lowest priority first: the services it extends, the base file, then override files. */
  layers: ServiceLayer[]
  /** The service's key in the first project file that declares it. */
  keyRange: SourceRange
}

export interface ComposeProject {
  /** The base file. */
  file: string
  /** Base file, then its override files, in merge order. */
  files: string[]
  dir: string
  /** Project name as Compose computes it (lower case, `[a-z0-9_-]`). */
  name: string
  /** Variables of the project's `.env` file. */
  env: ReadonlyMap<string, string>
  services: ComposeService[]
}

const MAX_EXTENDS_DEPTH = 16

/** Base file of an override file (`compose.override.yaml` → `compose.yaml`), by name. */
export function overrideBase(rel: string, all: ReadonlySet<string>): string | undefined {
  const m = /^(.*)\.override(\.ya?ml)$/.exec(rel)
  if (!m) return undefined
  for (const ext of [m[2], '.yml', '.yaml']) if (all.has(m[1] + ext)) return m[1] + ext
  return undefined
}

/** Every project of the discovered compose files (override files join their base file's). */
export function loadComposeProjects(
  files: readonly string[],
  io: ComposeIO,
  root: string,
): ComposeProject[] {
  const loader = new Loader(io)
  const all = new Set(files)
  const overridesOf = new Map<string, string[]>()
  for (const rel of files) {
    const base = overrideBase(rel, all)
    if (base) overridesOf.set(base, [...(overridesOf.get(base) ?? []), rel])
  }
  const projects: ComposeProject[] = []
  for (const rel of files) {
    if (overrideBase(rel, all)) continue
    const dir = dirOf(rel)
    const env = loader.envFor(dir)
    const projectFiles = [rel, ...(overridesOf.get(rel) ?? [])]
    const views = projectFiles
      .map((f) => ({ file: f, view: loader.view(f) }))
      .filter((x): x is { file: string; view: YamlView } => x.view !== undefined)
    if (!views.length) continue
    const interp = (s: string | undefined) =>
      s === undefined ? undefined : composeInterpolate(s, env, io.holes)
    const named = views
      .map((v) => interp(v.view.str(['name'])))
      .filter((p) => p !== undefined)
      .pop()
    const project: ComposeProject = {
      file: rel,
      files: views.map((v) => v.file),
      dir,
      name: (env.get('COMPOSE_PROJECT_NAME') || named || baseOf(dir === '.' ? root : dir))
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, ''),
      env,
      services: [],
    }
    const names: string[] = []
    for (const { view } of views)
      for (const name of view.keys(['services'])) if (!names.includes(name)) names.push(name)
    for (const name of names) {
      const own: ServiceLayer[] = views
        .filter(({ view }) => view.isMap(['services', name]))
        .map(({ file, view }) => ({ file, view, path: ['services', name] }))
      if (!own.length) continue
      const withExtends = [...own].reverse().find((l) => l.view.node([...l.path, 'extends']))
      const inherited = withExtends
        ? loader.extended(withExtends, env, [`${withExtends.file}#${name}`])
        : []
      project.services.push({
        name,
        project,
        layers: [...inherited, ...own],
        keyRange: own[0].view.range(own[0].path, 'key'),
      })
    }
    projects.push(project)
  }
  return projects
}

class Loader {
  private readonly views = new Map<string, YamlView | undefined>()
  private readonly envs = new Map<string, Map<string, string>>()

  constructor(private readonly io: ComposeIO) {}

  envFor(dir: string): Map<string, string> {
    let env = this.envs.get(dir)
    if (!env) {
      const dotenv = joinRel(dir, '.env')
      const text = dotenv && this.io.exists(dotenv) ? this.io.read(dotenv) : undefined
      env = text === undefined ? new Map() : parseDotEnv(text)
      this.envs.set(dir, env)
    }
    return env
  }

  /** A compose file's first document, or undefined (with a problem) when it cannot be used. */
  view(rel: string): YamlView | undefined {
    if (this.views.has(rel)) return this.views.get(rel)
    let view: YamlView | undefined
    const text = this.io.read(rel)
    if (text !== undefined) {
      const doc = readYaml(text, rel).documents.find((d) => !d.isEmpty)
      const p = doc?.problems[0]
      if (p) this.io.problem('warning', 'yaml-error', `${rel}: ${p.message}`, p.range)
      else if (doc) view = new YamlView(doc, new LineIndex(rel, text))
    }
    this.views.set(rel, view)
    return view
  }

  /**
   * The layers a service inherits through `extends` (`extends: name`, or `{service, file}`
   * with `file` relative to the file that says so), deepest first.
   */
  extended(layer: ServiceLayer, env: ReadonlyMap<string, string>, chain: string[]): ServiceLayer[] {
    const v = layer.view
    const at = [...layer.path, 'extends']
    const interp = (s: string | undefined) =>
      s === undefined ? undefined : composeInterpolate(s, env, this.io.holes)
    const service = interp(v.str(at) ?? v.str([...at, 'service']))
    const fileText = interp(v.str([...at, 'file']))
    const range = v.range(at, 'pair')
    if (!service) {
      this.io.problem(
        'warning',
        'compose-extends',
        `${layer.file}: extends needs a service name; the service is read without what it extends`,
        range,
      )
      return []
    }
    let file = layer.file
    if (fileText !== undefined) {
      const rel = joinRel(dirOf(layer.file), fileText)
      if (rel === undefined || !this.io.exists(rel)) {
        this.io.problem(
          'warning',
          'compose-extends',
          `${layer.file}: extends names ${fileText}, which ${rel === undefined ? 'is outside the scanned folder' : 'does not exist'}; the service is read without what it extends`,
          range,
        )
        return []
      }
      file = rel
    }
    const key = `${file}#${service}`
    if (chain.includes(key) || chain.length > MAX_EXTENDS_DEPTH) {
      this.io.problem(
        'warning',
        'compose-extends',
        `${layer.file}: extends makes a cycle (${[...chain, key].join(' → ')}); Compose refuses it`,
        range,
      )
      return []
    }
    const view = file === layer.file ? v : this.view(file)
    if (!view) return []
    const path: YamlPath = ['services', service]
    if (!view.isMap(path)) {
      this.io.problem(
        'warning',
        'compose-extends',
        `${layer.file}: extends names service ${service}, which ${file} does not define; Compose refuses it`,
        range,
      )
      return []
    }
    const base: ServiceLayer = { file, view, path }
    const deeper = view.node([...path, 'extends']) ? this.extended(base, env, [...chain, key]) : []
    return [...deeper, base]
  }
}
