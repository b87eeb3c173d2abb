/**
 * A container that Docker (or Podman) starts outside Kubernetes, as the rules see it: a
 * Compose service, a `docker run` / `docker create` / `podman run` command line, or a
 * GitHub workflow job's `container:` or `services:` entry. Every setting keeps the place
 * that set it (the compose key or the command-line flag, at its column), so findings
 * point at the text to edit; what a variable hides stays visible as a hole.
 */
import type { SourceRange } from '../core/range.js'

export type DockerOrigin = 'compose' | 'run' | 'job-container' | 'job-service'

/** The program that starts the container. */
export type DockerTool = 'docker' | 'podman' | 'nerdctl' | 'compose' | 'github-actions'

/** One setting: its value and where it is written. */
export interface Setting<T> {
  value: T
  /** The key or flag as written: `privileged`, `cap_add`, `--privileged`, `-u`. */
  written: string
  /** From the key (or flag) to the end of its value. */
  range: SourceRange
  /** The value holds a variable that could not be resolved (shown as `${NAME}`). */
  unresolved?: boolean
}

export interface MountSetting extends Setting<string> {
  type: 'bind' | 'volume' | 'tmpfs' | 'other'
  /** Host path (bind), volume name, or undefined (anonymous volume, tmpfs). */
  source?: string
  target?: string
  readOnly: boolean
}

export interface PortSetting extends Setting<string> {
  /** First container port of the mapping (`8080:80` → 80), when written as a number. */
  containerPort?: number
  /** Last container port of a range (`80-90`); equal to containerPort otherwise. */
  containerPortEnd?: number
  protocol: string
}

export interface SysctlSetting extends Setting<string> {
  name: string
  sysctlValue: string
}

export interface DockerContainer {
  origin: DockerOrigin
  tool: DockerTool
  /** The file that starts the container (for a service, the base compose file). */
  file: string
  /** Short name: the service, the job (and service), or the command. */
  name: string
  /** Where it is started, for messages: `compose.yaml service web`, `ci.sh: docker run`. */
  where: string
  /** The line to point at for the container as a whole: the service key, the command's first word. */
  anchor: SourceRange
  /** Line-independent identity for fingerprints: `service web`, `job test container`. */
  identity: string
  /** The image reference as written (holes shown as `${NAME}`), when known. */
  image?: Setting<string>
  /** The image name the repository builds it as (a Compose service with `build:`). */
  builtImage?: string
  user?: Setting<string>
  /** `entrypoint` / `--entrypoint`: replaces the image's entrypoint (and a switch of user it makes). */
  entrypoint?: Setting<string>
  privileged?: Setting<boolean>
  /** Capabilities added / dropped, upper case, without `CAP_`. */
  capAdd: Setting<string>[]
  capDrop: Setting<string>[]
  network?: Setting<string>
  pid?: Setting<string>
  ipc?: Setting<string>
  userns?: Setting<string>
  uts?: Setting<string>
  /** `security_opt` / `--security-opt` entries as written. */
  securityOpt: Setting<string>[]
  readOnly?: Setting<boolean>
  mounts: MountSetting[]
  devices: Setting<string>[]
  sysctls: SysctlSetting[]
  groupAdd: Setting<string>[]
  /** Published (`ports`) and exposed (`expose`, `--expose`) container ports. */
  ports: PortSetting[]
  tmpfs: Setting<string>[]
  /** `use_api_socket: true` / `--use-api-socket`: the engine's socket and credentials are mounted. */
  apiSocket?: Setting<boolean>
  /** Compose profiles the service belongs to (it starts only when one is enabled). */
  profiles?: string[]
}
