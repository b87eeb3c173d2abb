/**
 * Container views from command-line options: `docker run` / `docker create` / `podman run`
 * lines in scripts, Makefiles and workflow steps, and the `options:` of GitHub job
 * containers and services (which the runner passes to `docker create`).
 */
import type { SourceRange } from '../../core/range.js'
import type { ContainerCommand, JobContainerSource } from '../../images/links/types.js'
import { displayText, hasEncodedHoles, type HoleTable } from '../../images/template.js'
import { normalizeCapability, parseMountFlag, parsePortSpec, parseVolumeSpec } from '../syntax.js'
import type { DockerContainer, DockerTool, Setting } from '../types.js'
import { parseRunArgs, splitOptions, type RunFlag, type Word } from './flags.js'

type Base = Pick<
  DockerContainer,
  'origin' | 'tool' | 'file' | 'name' | 'where' | 'anchor' | 'identity'
>

function empty(base: Base): DockerContainer {
  return {
    ...base,
    capAdd: [],
    capDrop: [],
    securityOpt: [],
    mounts: [],
    devices: [],
    sysctls: [],
    groupAdd: [],
    ports: [],
    tmpfs: [],
  }
}

/** Applies options to a container view, in order (a later `--user` wins, lists add up). */
export function applyFlags(c: DockerContainer, flags: readonly RunFlag[], holes: HoleTable): void {
  for (const f of flags) {
    const raw = f.value
    const unresolved = raw !== undefined && hasEncodedHoles(raw)
    const text = raw === undefined ? undefined : displayText(raw, holes)
    const setting = <T>(value: T): Setting<T> => ({
      value,
      written: f.written,
      range: f.range,
      ...(unresolved ? { unresolved: true } : {}),
    })
    const bool = (): Setting<boolean> => setting(text === undefined || /^(true|1)$/i.test(text))
    const list = (): string[] =>
      (text ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    switch (f.name) {
      case 'user':
        if (text !== undefined) c.user = setting(text)
        break
      case 'entrypoint':
        if (text !== undefined) c.entrypoint = setting(text)
        break
      case 'privileged':
        c.privileged = bool()
        break
      case 'read-only':
        c.readOnly = bool()
        break
      case 'use-api-socket':
        c.apiSocket = bool()
        break
      case 'cap-add':
        for (const cap of list()) c.capAdd.push(setting(normalizeCapability(cap)))
        break
      case 'cap-drop':
        for (const cap of list()) c.capDrop.push(setting(normalizeCapability(cap)))
        break
      case 'network':
      case 'pid':
      case 'ipc':
      case 'userns':
      case 'uts':
        if (text !== undefined) c[f.name] = setting(text)
        break
      case 'security-opt':
        if (text !== undefined) c.securityOpt.push(setting(text))
        break
      case 'volume':
        if (text !== undefined) c.mounts.push({ ...setting(text), ...parseVolumeSpec(text) })
        break
      case 'mount':
        if (text !== undefined) c.mounts.push({ ...setting(text), ...parseMountFlag(text) })
        break
      case 'tmpfs':
        if (text !== undefined) c.tmpfs.push(setting(text))
        break
      case 'device':
        if (text !== undefined) c.devices.push(setting(text))
        break
      case 'sysctl':
        if (text !== undefined) {
          const eq = text.indexOf('=')
          c.sysctls.push({
            ...setting(text),
            name: (eq < 0 ? text : text.slice(0, eq)).trim(),
            sysctlValue: eq < 0 ? '' : text.slice(eq + 1).trim(),
          })
        }
        break
      case 'group-add':
        if (text !== undefined) c.groupAdd.push(setting(text))
        break
      case 'publish':
      case 'expose':
        if (text !== undefined) c.ports.push({ ...setting(text), ...parsePortSpec(text) })
        break
    }
  }
}

/** A `docker run` (or create) command line as a container view. */
export function commandContainer(cmd: ContainerCommand, holes: HoleTable): DockerContainer {
  const { start, fields } = cmd.found
  const parsed = parseRunArgs(fields.slice(start.argsStart))
  const program = fields[start.programAt]
  const image = parsed.image
  const imageText = image ? displayText(image.text, holes) : undefined
  const c = empty({
    origin: 'run',
    tool: start.tool,
    file: cmd.file,
    name: `${start.command}${imageText ? ` ${imageText}` : ''}`,
    where: `${cmd.where}: ${start.command}`,
    anchor: spanTo(program.range, fields[start.argsStart - 1].range),
    identity: `${cmd.where}: ${start.command} ${imageText ?? ''}`.trim(),
  })
  if (image && imageText !== undefined) c.image = imageSetting(image, imageText)
  applyFlags(c, parsed.flags, holes)
  return c
}

function imageSetting(image: Word, text: string): Setting<string> {
  return {
    value: text,
    written: 'image',
    range: image.range,
    ...(text.includes('${') ? { unresolved: true } : {}),
  }
}

function spanTo(a: SourceRange, b: SourceRange): SourceRange {
  if (a.file !== b.file || b.endLine < a.startLine) return a
  return { ...a, endLine: b.endLine, endColumn: b.endColumn }
}

/** A workflow job's `container:` or service as a container view (`options:` read as docker flags). */
export function jobContainer(src: JobContainerSource, holes: HoleTable): DockerContainer {
  const tool: DockerTool = 'github-actions'
  const name =
    src.role === 'container' ? `${src.job} container` : `${src.job} service ${src.service}`
  const c = empty({
    origin: src.role === 'container' ? 'job-container' : 'job-service',
    tool,
    file: src.file,
    name,
    where: src.where,
    anchor: src.keyRange,
    identity: `job ${name}`,
  })
  if (src.image) {
    const text = displayText(src.image.text, holes)
    c.image = {
      value: text,
      written: 'image',
      range: src.image.range,
      ...(hasEncodedHoles(src.image.text) ? { unresolved: true } : {}),
    }
  }
  if (src.options) {
    const opts = src.options
    const words: Word[] = splitOptions(opts.raw).map((w) => ({
      text: opts.expand(w.text),
      range: opts.rangeOf(w.start, w.end),
    }))
    const parsed = parseRunArgs(words)
    // Options hold no image: anything after them is passed on as written.
    applyFlags(c, parsed.flags, holes)
    if (parsed.image)
      applyFlags(c, parseRunArgs(words.slice(words.indexOf(parsed.image) + 1)).flags, holes)
  }
  for (const v of src.volumes) {
    const text = displayText(v.text, holes)
    c.mounts.push({
      value: text,
      written: 'volumes',
      range: v.range,
      ...parseVolumeSpec(text),
      ...(hasEncodedHoles(v.text) ? { unresolved: true } : {}),
    })
  }
  for (const p of src.ports) {
    const text = displayText(p.text, holes)
    c.ports.push({ value: text, written: 'ports', range: p.range, ...parsePortSpec(text) })
  }
  return c
}
