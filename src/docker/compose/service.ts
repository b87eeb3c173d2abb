/**
 * A Compose service as a container view: every key that decides who the container runs as
 * and what it can reach, merged over the service's layers the way Compose merges files
 * and `extends` (scalars: the last layer wins; `cap_add`, `cap_drop`, `security_opt`,
 * `group_add`, `ports`, `expose`, `tmpfs`: appended without duplicates; `volumes` and
 * `devices`: merged by container path; `sysctls`: merged by name), each value
 * interpolated and kept with the range of the layer that set it.
 */
import { isMap, isScalar, isSeq } from 'yaml'
import type { SourceRange } from '../../core/range.js'
import { displayText, hasEncodedHoles } from '../../images/template.js'
import type { YamlPath } from '../../yaml/read.js'
import { normalizeCapability, parseMountFlag, parsePortSpec, parseVolumeSpec } from '../syntax.js'
import type {
  DockerContainer,
  MountSetting,
  PortSetting,
  Setting,
  SysctlSetting,
} from '../types.js'
import { composeInterpolate, type MissingVariable } from './interpolate.js'
import type { ComposeIO, ComposeService, ServiceLayer } from './project.js'

/** Keys whose unresolved value hides a security decision: a note says so. */
const DECISIVE = new Set([
  'user',
  'privileged',
  'network_mode',
  'pid',
  'ipc',
  'userns_mode',
  'cap_add',
  'security_opt',
])

/** Compose's reading of a boolean (YAML 1.2 booleans, and the strings it casts after interpolation). */
export function composeBool(text: string): boolean | undefined {
  const t = text.trim().toLowerCase()
  if (['true', 'yes', 'y', 'on'].includes(t)) return true
  if (['false', 'no', 'n', 'off'].includes(t)) return false
  return undefined
}

interface Item {
  layer: ServiceLayer
  path: YamlPath
}

class ServiceReader {
  constructor(
    readonly service: ComposeService,
    private readonly io: ComposeIO,
  ) {}

  /** Interpolated text of a scalar, and whether a variable stayed unknown. */
  text(layer: ServiceLayer, path: YamlPath): { text: string; unresolved: boolean } | undefined {
    const raw = layer.view.str(path)
    if (raw === undefined) return undefined
    const missing: MissingVariable[] = []
    const value = composeInterpolate(raw, this.service.project.env, this.io.holes, (m) =>
      missing.push(m),
    )
    for (const m of missing) {
      if (!m.required) continue
      this.io.problem(
        'note',
        'compose-variable',
        `${layer.file}: \${${m.name}:?${m.message ?? ''}} needs ${m.name}, which the project's .env does not set: docker compose refuses the file unless the environment sets it${m.message ? ` ("${m.message}")` : ''}`,
        layer.view.range(path),
      )
    }
    return { text: displayText(value, this.io.holes), unresolved: hasEncodedHoles(value) }
  }

  /** The layer that sets a key last (Compose: the later file or the extending service wins). */
  last(key: string): ServiceLayer | undefined {
    for (let i = this.service.layers.length - 1; i >= 0; i--) {
      const l = this.service.layers[i]
      const n = l.view.node([...l.path, key])
      if (n !== undefined && !(isScalar(n) && n.value === null)) return l
    }
    return undefined
  }

  scalar(key: string, written = key): Setting<string> | undefined {
    const layer = this.last(key)
    if (!layer) return undefined
    const path = [...layer.path, key]
    const t = this.text(layer, path)
    if (!t) return undefined
    return {
      value: t.text,
      written,
      range: layer.view.range(path, 'pair'),
      ...(t.unresolved ? { unresolved: true } : {}),
    }
  }

  bool(key: string): Setting<boolean> | undefined {
    const s = this.scalar(key)
    if (!s) return undefined
    const value = composeBool(s.value)
    if (value === undefined) return s.unresolved ? { ...s, value: false } : undefined
    return { ...s, value }
  }

  /** Items of a sequence key in every layer, in merge order (a lone scalar counts as one). */
  items(key: string): Item[] {
    const out: Item[] = []
    for (const layer of this.service.layers) {
      const path = [...layer.path, key]
      const n = layer.view.node(path)
      if (isSeq(n)) n.items.forEach((_, i) => out.push({ layer, path: [...path, i] }))
      else if (isScalar(n) && n.value !== null) out.push({ layer, path })
    }
    return out
  }

  /** Scalar items as settings, duplicates (by value) dropped as Compose drops them. */
  strings(key: string, normalize: (s: string) => string = (s) => s): Setting<string>[] {
    const out = new Map<string, Setting<string>>()
    for (const item of this.items(key)) {
      const t = this.text(item.layer, item.path)
      if (!t || t.text.trim() === '') continue
      const value = normalize(t.text)
      out.set(value, {
        value,
        written: key,
        range: item.layer.view.range(item.path),
        ...(t.unresolved ? { unresolved: true } : {}),
      })
    }
    return [...out.values()]
  }

  isMapAt(item: Item): boolean {
    return isMap(item.layer.view.node(item.path))
  }

  range(item: Item): SourceRange {
    return item.layer.view.range(item.path)
  }
}

/** Reads every container-relevant key of a service. */
export function serviceContainer(
  service: ComposeService,
  io: ComposeIO,
  notes: (message: string, range: SourceRange) => void,
): DockerContainer {
  const r = new ServiceReader(service, io)
  const project = service.project
  const profiles = r.strings('profiles').map((p) => p.value)
  const where = `${project.file} service ${service.name}${profiles.length ? ` (profile ${profiles.join(', ')})` : ''}`
  const c: DockerContainer = {
    origin: 'compose',
    tool: 'compose',
    file: project.file,
    name: service.name,
    where,
    anchor: service.keyRange,
    identity: `service ${service.name}`,
    capAdd: r.strings('cap_add', normalizeCapability),
    capDrop: r.strings('cap_drop', normalizeCapability),
    securityOpt: r.strings('security_opt'),
    mounts: volumes(r),
    devices: devices(r),
    sysctls: sysctls(r),
    groupAdd: r.strings('group_add'),
    ports: ports(r),
    tmpfs: r.strings('tmpfs'),
  }
  if (profiles.length) c.profiles = profiles
  const image = r.scalar('image')
  if (image) c.image = image
  if (r.last('build')) c.builtImage = image?.value ?? `${project.name}-${service.name}`
  const set = <K extends keyof DockerContainer>(k: K, v: DockerContainer[K] | undefined) => {
    if (v !== undefined) c[k] = v
  }
  set('user', r.scalar('user'))
  const entrypoint = r.last('entrypoint')
  if (entrypoint)
    c.entrypoint = {
      value: entrypoint.view.str([...entrypoint.path, 'entrypoint']) ?? '[…]',
      written: 'entrypoint',
      range: entrypoint.view.range([...entrypoint.path, 'entrypoint'], 'pair'),
    }
  set('privileged', r.bool('privileged'))
  set('network', r.scalar('network_mode'))
  set('pid', r.scalar('pid'))
  set('ipc', r.scalar('ipc'))
  set('userns', r.scalar('userns_mode'))
  set('uts', r.scalar('uts'))
  set('readOnly', r.bool('read_only'))
  set('apiSocket', r.bool('use_api_socket'))
  const decisive: Setting<unknown>[] = [
    ...[c.user, c.privileged, c.network, c.pid, c.ipc, c.userns].filter(
      (s): s is Setting<string> | Setting<boolean> => s !== undefined,
    ),
    ...c.capAdd,
    ...c.securityOpt,
  ]
  for (const s of decisive) {
    if (!s.unresolved || !DECISIVE.has(s.written)) continue
    notes(
      `${where}: ${s.written} depends on a variable that neither the project's .env nor a default sets, so its value is unknown here and the checks that need it are skipped`,
      s.range,
    )
  }
  return c
}

/** `volumes`: short and long syntax, merged by container path (the later layer wins). */
function volumes(r: ServiceReader): MountSetting[] {
  const byTarget = new Map<string, MountSetting>()
  let anonymous = 0
  for (const item of r.items('volumes')) {
    const range = r.range(item)
    let setting: MountSetting | undefined
    if (r.isMapAt(item)) {
      const get = (k: string) => r.text(item.layer, [...item.path, k])
      const type = get('type')?.text ?? 'volume'
      const source = get('source')
      const target = get('target')?.text
      const ro = get('read_only')?.text
      const parts = parseMountFlag(`type=${type}`)
      setting = {
        value: `${source?.text ?? ''}:${target ?? ''}`,
        written: 'volumes',
        range,
        type: parts.type,
        ...(source ? { source: source.text } : {}),
        ...(target ? { target } : {}),
        readOnly: ro !== undefined && composeBool(ro) === true,
        ...(source?.unresolved ? { unresolved: true } : {}),
      }
    } else {
      const t = r.text(item.layer, item.path)
      if (!t) continue
      setting = {
        value: t.text,
        written: 'volumes',
        range,
        ...parseVolumeSpec(t.text),
        ...(t.unresolved ? { unresolved: true } : {}),
      }
    }
    byTarget.set(setting.target ?? `#${anonymous++}`, setting)
  }
  return [...byTarget.values()]
}

/** `devices`: `HOST[:CONTAINER[:PERMS]]`, or `{source, target}`; merged by container path. */
function devices(r: ServiceReader): Setting<string>[] {
  const out = new Map<string, Setting<string>>()
  for (const item of r.items('devices')) {
    const long = r.isMapAt(item)
    const t = long ? r.text(item.layer, [...item.path, 'source']) : r.text(item.layer, item.path)
    if (!t) continue
    const target = long ? r.text(item.layer, [...item.path, 'target'])?.text : t.text.split(':')[1]
    out.set(target ?? t.text, {
      value: t.text,
      written: 'devices',
      range: r.range(item),
      ...(t.unresolved ? { unresolved: true } : {}),
    })
  }
  return [...out.values()]
}

/** `sysctls`: a mapping or a list of `name=value`; merged by name. */
function sysctls(r: ServiceReader): SysctlSetting[] {
  const out = new Map<string, SysctlSetting>()
  for (const layer of r.service.layers) {
    const path = [...layer.path, 'sysctls']
    const v = layer.view
    if (v.isMap(path)) {
      for (const name of v.keys(path)) {
        const t = r.text(layer, [...path, name])
        out.set(name, {
          name,
          sysctlValue: t?.text ?? '',
          value: `${name}=${t?.text ?? ''}`,
          written: 'sysctls',
          range: v.range([...path, name], 'pair'),
        })
      }
    } else if (v.isSeq(path)) {
      for (let i = 0; i < v.length(path); i++) {
        const t = r.text(layer, [...path, i])
        if (!t) continue
        const eq = t.text.indexOf('=')
        const name = (eq < 0 ? t.text : t.text.slice(0, eq)).trim()
        out.set(name, {
          name,
          sysctlValue: eq < 0 ? '' : t.text.slice(eq + 1).trim(),
          value: t.text,
          written: 'sysctls',
          range: v.range([...path, i]),
        })
      }
    }
  }
  return [...out.values()]
}

/** `ports` (short and long syntax) and `expose`. */
function ports(r: ServiceReader): PortSetting[] {
  const out = new Map<string, PortSetting>()
  for (const key of ['ports', 'expose']) {
    for (const item of r.items(key)) {
      let spec: string
      let unresolved: boolean
      if (r.isMapAt(item)) {
        const target = r.text(item.layer, [...item.path, 'target'])
        const protocol = r.text(item.layer, [...item.path, 'protocol'])?.text
        if (!target) continue
        spec = `${target.text}${protocol ? `/${protocol}` : ''}`
        unresolved = target.unresolved
      } else {
        const t = r.text(item.layer, item.path)
        if (!t) continue
        spec = t.text
        unresolved = t.unresolved
      }
      out.set(`${key}\u0000${spec}`, {
        value: spec,
        written: key,
        range: r.range(item),
        ...parsePortSpec(spec),
        ...(unresolved ? { unresolved: true } : {}),
      })
    }
  }
  return [...out.values()]
}
