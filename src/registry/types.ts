/**
 * What the registry client reads about an image. Nothing here knows Kubernetes: the facts
 * are the image config and the accounts of its /etc/passwd and /etc/group.
 */

/** The parts of an image config (`config` of the config blob) a scanner needs. */
export interface ImageConfigFacts {
  /** `User` as the config carries it: '' when unset (the runtime then runs as root). */
  user: string
  env: Record<string, string>
  workingDir?: string
  /** `ExposedPorts` keys (`8080/tcp`). */
  exposedPorts: string[]
  volumes: string[]
  entrypoint?: string[]
  cmd?: string[]
  labels: Record<string, string>
  os?: string
  architecture?: string
  variant?: string
}

export interface PasswdEntry {
  name: string
  uid: number
  gid: number
  home?: string
  shell?: string
}

export interface GroupEntry {
  name: string
  gid: number
  members: string[]
}

/** One of /etc/passwd and /etc/group as the image's layers leave it. */
export type AccountFile<T> =
  | { state: 'read'; entries: T[]; layer: string }
  /** No layer holds it, or the top-most layer that mentions it deletes it (a whiteout). */
  | { state: 'absent'; layer?: string }
  /** It could not be read: over the byte budget, a compression this Node lacks, a bad layer. */
  | { state: 'unknown'; reason: string }

export interface ImageAccounts {
  passwd: AccountFile<PasswdEntry>
  group: AccountFile<GroupEntry>
  /** Compressed layer bytes read to find them. */
  bytesRead: number
}

/** Everything one lookup learned about one image reference. */
export interface RegistryImage {
  /** The reference looked up, normalised: `docker.io/library/rabbitmq:4`. */
  reference: string
  /** Registry host as named in the reference (`docker.io`, `127.0.0.1:5000`). */
  registry: string
  repository: string
  /** Digest of the platform's image manifest. */
  digest: string
  /** Digest of the index (manifest list) the tag named, when it named one. */
  indexDigest?: string
  /** Media type of the image manifest (OCI or Docker schema 2). */
  manifestType: string
  /** `os/arch[/variant]` picked. */
  platform: string
  configDigest: string
  config: ImageConfigFacts
  /** Read only when asked for (a named user, a uid whose group matters, a Dockerfile base). */
  accounts?: ImageAccounts
}
