import type { SourceRange } from './range.js'

/**
 * Who one container will run as, and whether the kubelet will start it: the "who runs as
 * whom" row shown by the text reporter (--identities), the JSON report and the job summary.
 * Rows without `runtime` are Kubernetes containers; rows with `runtime: 'docker'` are
 * started by Docker Compose, a `docker run` line or a workflow job (`workload` then names
 * the Compose service, the command or the job, and `verdict` is Docker's, not the kubelet's).
 */
export interface ContainerIdentity {
  runtime?: 'docker'
  /** For Docker rows, `kind` is `Compose service`, `Command`, `Job container` or `Job service`. */
  workload: { kind: string; name?: string; namespace?: string; range: SourceRange }
  container: string
  group: 'initContainers' | 'containers' | 'ephemeralContainers'
  image?: string
  /** The Dockerfile (and build target) that builds the image, with the evidence of the link. */
  build?: { dockerfile: string; target?: string; evidence: string; confidence: 'high' | 'low' }
  /** The effective user: uid/gid when knowable, and where each part comes from. */
  user: {
    uid?: number
    gid?: number
    /** A user name the kubelet cannot resolve (image `USER app`). */
    name?: string
    /** Human form, e.g. `1000:1000`, `app`, `0 (root)`, `unknown`. */
    display: string
    uidSource: string
    gidSource?: string
  }
  /** The kubelet's runAsNonRoot verdict, predicted. */
  verdict: {
    kind: 'starts' | 'refused' | 'runs-as-root' | 'unknown'
    /** The kubelet error for refused containers, or a short explanation. */
    message: string
  }
  /** Docker rows: where the container is started, by what, and what it may touch on the host. */
  docker?: { startedBy: string; tool: string; privileges: string[] }
}
