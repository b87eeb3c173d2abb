/**
 * Image builds in Docker Compose files: a service's `build` (a context string, or
 * `{context, dockerfile, target, args}`) together with its `image`. Variables are
 * interpolated as Compose does (`${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:+alt}`, `${VAR:?err}`, `$$`), from the `.env` file beside the compose file.
 * `compose.override.yaml` files are merged over their base file per service. A service
 * that builds without `image` is tagged `<project>-<service>`; that link is low confidence.
 */
import { readYaml } from '../../yaml/read.js'
import type { SourceRange } from '../../core/range.js'
import type { HoleTable } from '../template.js'
import type { Collector } from './collector.js'
import { LineIndex } from './line-index.js'
import { baseOf, dirOf, isRemoteContext, joinRel } from './paths.js'
import { YamlView } from './yaml-access.js'

interface ServiceBuild {
  image?: { text: string; range: SourceRange }
  build?: {
    context: string
    dockerfile?: string
    target?: string
    args: Map<string, string | undefined>
    inline: boolean
    range: SourceRange
  }
  keyRange: SourceRange
  file: string
}

/** `.env` lines: `KEY=VALUE`, optional `export`, quotes removed, comments skipped. */
export function parseDotEnv(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (!m) continue
    let v = m[2]
    if (/^".*"$/.test(v) || /^'.*'$/.test(v)) v = v.slice(1, -1)
    else v = v.replace(/\s+#.*$/, '')
    out.set(m[1], v)
  }
  return out
}

/** Compose's interpolation; unknown variables without a default become holes. */
export function composeInterpolate(
  text: string,
  env: Map<string, string>,
  holes: HoleTable,
): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c !== '$') {
      out += c
      i++
      continue
    }
    if (text[i + 1] === '$') {
      out += '$'
      i += 2
      continue
    }
    if (text[i + 1] === '{') {
      let depth = 0
      let j = i + 1
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++
        else if (text[j] === '}' && --depth === 0) break
      }
      const body = text.slice(i + 2, j)
      i = j + 1
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body)
      if (!m) {
        out += holes.encode(body, 'any')
        continue
      }
      const [, name, op, arg] = m
      const value = env.get(name)
      const set = value !== undefined && (!op?.startsWith(':') || value !== '')
      if (!op) out += value ?? holes.encode(name, 'any')
      else if (op.endsWith('-')) out += set ? value : composeInterpolate(arg ?? '', env, holes)
      else if (op.endsWith('+')) out += set ? composeInterpolate(arg ?? '', env, holes) : ''
      else out += value ?? holes.encode(name, 'any')
      continue
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))
    if (m) {
      out += env.get(m[0]) ?? holes.encode(m[0], 'any')
      i += 1 + m[0].length
      continue
    }
    out += '$'
    i++
  }
  return out
}

function readServices(
  rel: string,
  col: Collector,
  env: Map<string, string>,
): { project?: string; services: Map<string, ServiceBuild> } | undefined {
  const text = col.read(rel)
  if (text === undefined) return undefined
  const file = readYaml(text, rel)
  const doc = file.documents.find((d) => !d.isEmpty)
  if (!doc) return undefined
  if (col.yamlProblem(rel, doc)) return undefined
  const v = new YamlView(doc, new LineIndex(rel, text))
  const interp = (s: string | undefined): string | undefined =>
    s === undefined ? undefined : composeInterpolate(s, env, col.holes)
  const services = new Map<string, ServiceBuild>()
  for (const name of v.keys(['services'])) {
    const p = ['services', name]
    const svc: ServiceBuild = { keyRange: v.range(p, 'key'), file: rel }
    const image = interp(v.str([...p, 'image']))
    if (image !== undefined) svc.image = { text: image, range: v.range([...p, 'image']) }
    const b = [...p, 'build']
    const asString = v.str(b)
    if (asString !== undefined) {
      svc.build = {
        context: interp(asString) ?? '.',
        args: new Map(),
        inline: false,
        range: v.range(b),
      }
    } else if (v.isMap(b)) {
      const args = new Map<string, string | undefined>()
      for (const [k, val] of v.stringMap([...b, 'args']))
        args.set(k, val === undefined ? env.get(k) : interp(val))
      svc.build = {
        context: interp(v.str([...b, 'context'])) ?? '.',
        dockerfile: interp(v.str([...b, 'dockerfile'])),
        target: interp(v.str([...b, 'target'])),
        args,
        inline: v.str([...b, 'dockerfile_inline']) !== undefined,
        range: v.range(b, 'key'),
      }
    }
    services.set(name, svc)
  }
  return { project: interp(v.str(['name'])), services }
}

/** Base file of an override file (`compose.override.yaml` → `compose.yaml`), by name. */
function overrideBase(rel: string, all: Set<string>): string | undefined {
  const m = /^(.*)\.override(\.ya?ml)$/.exec(rel)
  if (!m) return undefined
  for (const ext of [m[2], '.yml', '.yaml']) if (all.has(m[1] + ext)) return m[1] + ext
  return undefined
}

export function collectCompose(files: readonly string[], col: Collector): void {
  const all = new Set(files)
  const envCache = new Map<string, Map<string, string>>()
  const envFor = (dir: string): Map<string, string> => {
    let env = envCache.get(dir)
    if (!env) {
      const dotenv = joinRel(dir, '.env')
      env = dotenv && col.exists(dotenv) ? parseDotEnv(col.input.readFile(dotenv)) : new Map()
      envCache.set(dir, env)
    }
    return env
  }
  const parsed = new Map<string, ReturnType<typeof readServices>>()
  for (const rel of files) parsed.set(rel, readServices(rel, col, envFor(dirOf(rel))))
  const overridesOf = new Map<string, string[]>()
  for (const rel of files) {
    const base = overrideBase(rel, all)
    if (base) overridesOf.set(base, [...(overridesOf.get(base) ?? []), rel])
  }
  for (const rel of files) {
    if (overrideBase(rel, all)) continue
    const own = parsed.get(rel)
    if (!own) continue
    const layers = [
      own,
      ...(overridesOf.get(rel) ?? []).map((o) => parsed.get(o)).filter((x) => x !== undefined),
    ]
    const dir = dirOf(rel)
    const named = layers
      .map((l) => l.project)
      .filter((p) => p !== undefined)
      .pop()
    const project = (named ?? baseOf(dir === '.' ? col.input.root : dir))
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '')
    const names = new Set(layers.flatMap((l) => [...l.services.keys()]))
    for (const name of names) {
      // Later files (overrides) win field by field, as Compose merges them.
      let build: ServiceBuild['build']
      let image: ServiceBuild['image']
      let keyRange: SourceRange | undefined
      const from: string[] = []
      for (const l of layers) {
        const svc = l.services.get(name)
        if (!svc) continue
        keyRange ??= svc.keyRange
        if (svc.build || svc.image) from.push(svc.file)
        build = svc.build ?? build
        image = svc.image ?? image
      }
      if (!build || build.inline || !keyRange) continue
      addService(col, rel, dir, project, name, build, image, keyRange, [...new Set(from)])
    }
  }
}

function addService(
  col: Collector,
  rel: string,
  dir: string,
  project: string,
  name: string,
  build: NonNullable<ServiceBuild['build']>,
  image: ServiceBuild['image'],
  keyRange: SourceRange,
  from: string[],
): void {
  if (isRemoteContext(build.context)) return
  const context = joinRel(dir, build.context)
  if (context === undefined) {
    col.problem(
      'warning',
      'outside-root',
      `${rel} service ${name} builds from a context outside the scanned folder`,
      build.range,
    )
    return
  }
  const df = joinRel(context, build.dockerfile ?? 'Dockerfile') ?? build.dockerfile ?? 'Dockerfile'
  const imageText = image?.text ?? `${project}-${name}`
  const files = from.length ? from.join(' + ') : rel
  col.add({
    image: imageText,
    imageRange: image?.range ?? keyRange,
    dockerfile: df,
    context,
    target: build.target,
    buildArgs: build.args,
    kind: 'compose',
    detail: image
      ? `${files} service ${name} builds ${col.display(imageText)} from ${col.display(df)}`
      : `${files} service ${name} builds ${col.display(df)} with no image: name, so Compose tags it ${imageText}`,
    lowConfidence: !image,
  })
}
