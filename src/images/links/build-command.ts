/**
 * Recognises image builds on a command line: `docker build`, `docker buildx build`,
 * `docker image build`, `podman build`, `buildah bud|build`, `nerdctl build`, and reads
 * their tags, Dockerfile, context, target and build arguments.
 */
import type { SourceRange } from '../../core/range.js'
import { pushAll } from '../../core/arrays.js'

/** One expanded argument and the source range of the word it came from. */
export interface Field {
  text: string
  range: SourceRange
}

export interface BuildInvocation {
  tool: 'docker' | 'podman' | 'buildah' | 'nerdctl'
  /** The command words as written, for messages: `docker buildx build`. */
  command: string
  tags: Field[]
  file?: Field
  context?: Field
  target?: Field
  /** `--build-arg K=V` values; `--build-arg K` (taken from the environment) maps to undefined. */
  buildArgs: Map<string, string | undefined>
  range: SourceRange
}

// Options that take a value as the next argument (docker build/buildx, podman, buildah, nerdctl).
const VALUE_FLAGS = new Set([
  '-t',
  '--tag',
  '-f',
  '--file',
  '--target',
  '--build-arg',
  '--build-arg-file',
  '--platform',
  '--label',
  '--label-file',
  '--cache-from',
  '--cache-to',
  '--iidfile',
  '--metadata-file',
  '-o',
  '--output',
  '--progress',
  '--secret',
  '--ssh',
  '--network',
  '--add-host',
  '--allow',
  '--annotation',
  '--attest',
  '--build-context',
  '--builder',
  '--call',
  '--cgroup-parent',
  '--cpu-period',
  '--cpu-quota',
  '-c',
  '--cpu-shares',
  '--cpuset-cpus',
  '--cpuset-mems',
  '--isolation',
  '-m',
  '--memory',
  '--memory-swap',
  '--no-cache-filter',
  '--provenance',
  '--sbom',
  '--security-opt',
  '--shm-size',
  '--ulimit',
  '--userns',
  '-v',
  '--volume',
  '--format',
  '--jobs',
  '--arch',
  '--os',
  '--variant',
  '--authfile',
  '--cert-dir',
  '--creds',
  '--decryption-key',
  '--env',
  '--from',
  '--ignorefile',
  '--manifest',
  '--runtime',
  '--sign-by',
  '--timestamp',
  '--unsetenv',
  '--unsetlabel',
  '--dns',
  '--dns-option',
  '--dns-search',
  '--logfile',
  '--os-feature',
  '--os-version',
  '--retry',
  '--retry-delay',
  '--group-add',
  '--cap-add',
  '--cap-drop',
  '--device',
  '--runtime-flag',
  '--source-date-epoch',
  '--cache-ttl',
  '--hooks-dir',
  '--pid',
  '--ipc',
  '--uts',
  '--cgroupns',
  '--userns-uid-map',
  '--userns-gid-map',
  '--userns-uid-map-user',
  '--userns-gid-map-group',
  '--secret-id',
])

// Global options of the docker CLI that come before the subcommand and take a value.
const DOCKER_GLOBAL_VALUE = new Set([
  '--context',
  '-c',
  '--host',
  '-H',
  '--config',
  '--log-level',
  '-l',
  '--tlscacert',
  '--tlscert',
  '--tlskey',
])

const WRAPPERS = new Set([
  'sudo',
  'exec',
  'time',
  'command',
  'nohup',
  'then',
  'do',
  'else',
  '{',
  '!',
])

function toolOf(word: string): BuildInvocation['tool'] | undefined {
  const base = word.slice(word.lastIndexOf('/') + 1)
  if (base === 'docker' || base === 'docker.exe') return 'docker'
  if (base === 'podman' || base === 'podman-remote') return 'podman'
  if (base === 'buildah') return 'buildah'
  if (base === 'nerdctl') return 'nerdctl'
  return undefined
}

/** Index of the subcommand: after the program and its global options (`docker -H x build`). */
function subcommandAt(fields: Field[], at: number): number {
  let i = at + 1
  while (i < fields.length && fields[i].text.startsWith('-')) {
    const f = fields[i].text
    i += DOCKER_GLOBAL_VALUE.has(f) ? 2 : 1
  }
  return i
}

/** Index of the first argument after the build subcommand, or -1 when this is not a build. */
function buildArgsStart(fields: Field[], at: number, tool: BuildInvocation['tool']): number {
  const i = subcommandAt(fields, at)
  const sub = fields[i]?.text
  const sub2 = fields[i + 1]?.text
  if (tool === 'buildah') return sub === 'bud' || sub === 'build' ? i + 1 : -1
  if (sub === 'build') return i + 1
  if (
    (sub === 'buildx' || sub === 'image' || sub === 'builder') &&
    (sub2 === 'build' || (sub === 'buildx' && sub2 === 'b'))
  ) {
    return i + 2
  }
  return -1
}

/** Index of the program word, after leading assignments (`DOCKER_BUILDKIT=1`) and wrappers (`sudo`). */
function programAt(fields: Field[]): number {
  let at = 0
  while (
    at < fields.length &&
    (WRAPPERS.has(fields[at].text) ||
      /^[A-Za-z_][A-Za-z0-9_]*=/.test(fields[at].text) ||
      fields[at].text === 'env')
  ) {
    at++
  }
  return at
}

/** A command that creates a container: `docker run`, `docker container create`, `podman run`... */
export interface ContainerStart {
  tool: 'docker' | 'podman' | 'nerdctl'
  /** The command words as written, for messages: `docker run`, `podman container create`. */
  command: string
  /** Index of the first argument after the subcommand (flags, then the image). */
  argsStart: number
  /** Index of the program word. */
  programAt: number
}

/** Recognises `run` and `create` (also under `container`) of docker, podman and nerdctl. */
export function parseContainerStart(fields: Field[]): ContainerStart | undefined {
  const at = programAt(fields)
  const first = fields[at]
  if (!first) return undefined
  const tool = toolOf(first.text)
  if (!tool || tool === 'buildah') return undefined
  let i = subcommandAt(fields, at)
  if (fields[i]?.text === 'container') i++
  const sub = fields[i]?.text
  if (sub !== 'run' && sub !== 'create') return undefined
  return {
    tool,
    command: fields
      .slice(at, i + 1)
      .map((f) => f.text)
      .join(' '),
    argsStart: i + 1,
    programAt: at,
  }
}

/**
 * Reads a build from a command's expanded fields. Leading assignments (`DOCKER_BUILDKIT=1`)
 * and wrappers (`sudo`, `time`) are skipped. Returns undefined for any other command.
 */
export function parseBuildCommand(fields: Field[]): BuildInvocation | undefined {
  const at = programAt(fields)
  const first = fields[at]
  if (!first) return undefined
  const tool = toolOf(first.text)
  if (!tool) return undefined
  const start = buildArgsStart(fields, at, tool)
  if (start < 0) return undefined
  const inv: BuildInvocation = {
    tool,
    command: fields
      .slice(at, start)
      .map((f) => f.text)
      .join(' '),
    tags: [],
    buildArgs: new Map(),
    range: first.range,
  }
  const positional: Field[] = []
  for (let i = start; i < fields.length; i++) {
    const f = fields[i]
    const t = f.text
    if (t === '--') {
      pushAll(positional, fields.slice(i + 1))
      break
    }
    if (!t.startsWith('-') || t === '-') {
      positional.push(f)
      continue
    }
    let flag = t
    let value: Field | undefined
    const eq = t.indexOf('=')
    if (t.startsWith('--') && eq > 0) {
      flag = t.slice(0, eq)
      value = { text: t.slice(eq + 1), range: f.range }
    } else if (!t.startsWith('--') && t.length > 2 && VALUE_FLAGS.has(t.slice(0, 2))) {
      // -tname, -fDockerfile
      flag = t.slice(0, 2)
      value = { text: t.slice(2).replace(/^=/, ''), range: f.range }
    } else if (VALUE_FLAGS.has(t)) {
      value = fields[i + 1]
      i++
    }
    if (!value) continue
    switch (flag) {
      case '-t':
      case '--tag':
        inv.tags.push(value)
        break
      case '-f':
      case '--file':
        inv.file = value
        break
      case '--target':
        inv.target = value
        break
      case '--build-arg': {
        const k = value.text.indexOf('=')
        if (k > 0) inv.buildArgs.set(value.text.slice(0, k), value.text.slice(k + 1))
        else if (value.text) inv.buildArgs.set(value.text, undefined)
        break
      }
    }
  }
  if (positional.length) inv.context = positional[positional.length - 1]
  return inv
}
