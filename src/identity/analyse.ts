/**
 * The image side of a scan: link every deployed image to the Dockerfile that builds it (or
 * to a well-known image's facts), build the image models once, and say for every container
 * who it runs as.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Notice } from '../core/finding.js'
import type { ContainerIdentity } from '../core/identity.js'
import type { Discovery } from '../discover/walk.js'
import { collectLinks, type LinkIndex } from '../images/links/index.js'
import type { ConfigImage, GithubContext } from '../images/links/types.js'
import type { ImageModel } from '../dockerfile/index.js'
import type { Workload } from '../k8s/workload.js'
import type { ContainerImage, DockerSubject, ImagePodSubject } from '../rules/types.js'
import { dockerContainers } from '../docker/index.js'
import { dockerIdentity, dockerUser } from './docker.js'
import { ImageCatalog } from './catalog.js'
import { imageRun, type ImageFacts, type ImageRun } from './image-facts.js'
import type { DockerContainer } from '../docker/types.js'
import { identify } from './identify.js'
import { runtimeUser } from './runtime-user.js'
import { pushAll } from '../core/arrays.js'

export interface ImageAnalysis {
  subjects: ImagePodSubject[]
  /** Containers Docker starts: Compose services, `docker run` lines, workflow job containers. */
  docker: DockerSubject[]
  identities: ContainerIdentity[]
  catalog: ImageCatalog
  links: LinkIndex
  notices: Notice[]
}

export interface AnalyseInput {
  discovery: Discovery
  workloads: readonly Workload[]
  configImages?: readonly ConfigImage[]
  github?: GithubContext
  /** Reads a file relative to the root; undefined when it cannot be read. */
  readFile(rel: string): string | undefined
}

/**
 * A Compose service that builds its image without naming it is linked through the name
 * Compose gives it (`<project>-<service>`), a convention that makes the link low confidence
 * for workloads elsewhere; for the service itself, the build is its own.
 */
function ownBuild(c: DockerContainer, facts: ImageFacts): ImageFacts {
  const link = facts.resolution.link
  if (c.origin !== 'compose' || c.image || !c.builtImage || !link) return facts
  if (link.evidence.kind !== 'compose' || link.confidence === 'high') return facts
  return { ...facts, resolution: { ...facts.resolution, link: { ...link, confidence: 'high' } } }
}

export function analyseImages(input: AnalyseInput): ImageAnalysis {
  const d = input.discovery
  const notices: Notice[] = []
  const links = collectLinks({
    root: d.root,
    files: {
      workflows: d.workflows,
      compose: d.compose,
      skaffold: d.skaffold,
      scripts: d.scripts,
      dockerfiles: d.dockerfiles,
    },
    configImages: input.configImages,
    github: input.github,
    // The collector also asks whether files exist (a script's Dockerfile under either working
    // directory); a missing file is an answer there, not a problem to report.
    readFile: (rel) => {
      if (!existsSync(join(d.root, rel))) throw new Error(`${rel} does not exist`)
      const text = input.readFile(rel)
      if (text === undefined) throw new Error(`cannot read ${rel}`)
      return text
    },
  })
  for (const p of links.problems)
    notices.push({ level: p.level, message: p.message, range: p.range })

  const deployedImages = [
    ...new Set(
      input.workloads.flatMap((w) =>
        w.pod.containers.map((c) => c.image).filter((i): i is string => !!i),
      ),
    ),
  ]
  const reportedAmbiguity = new Set<string>()
  const catalog = new ImageCatalog((ref) => {
    const res = links.resolve(ref, { deployedImages })
    if (res.ambiguous?.length && !reportedAmbiguity.has(res.image ?? ref)) {
      reportedAmbiguity.add(res.image ?? ref)
      const claims = res.ambiguous
        .slice(0, 3)
        .map(
          (l) =>
            `${l.dockerfile}${l.target ? ` (target ${l.target})` : ''} per ${l.evidence.detail}`,
        )
      if (res.ambiguous.length > 3) claims.push(`and ${res.ambiguous.length - 3} more`)
      notices.push({
        level: 'warning',
        message: `image ${res.image ?? ref} is claimed by ${res.ambiguous.length} builds: ${claims.join('; ')}. Say which one in .kube-whoami.yaml images: to check it.`,
        range: res.ambiguous[0].evidence.range,
      })
    }
    return res
  }, input.readFile)

  const subjects: ImagePodSubject[] = []
  const identities: ContainerIdentity[] = []
  // Tags of one build share its model; the runs are gathered per model, then handed to each.
  const runs = new Map<ImageModel, ImageRun[]>()
  for (const w of input.workloads) {
    const containers: ContainerImage[] = w.pod.containers.map((c) => {
      const facts = c.image ? catalog.imageFacts(c.image) : undefined
      if (facts?.model) {
        const list = runs.get(facts.model) ?? []
        list.push(imageRun(c))
        runs.set(facts.model, list)
        facts.runs = list
      }
      return { container: c, facts, user: runtimeUser(c, facts) }
    })
    subjects.push({ workload: w, containers })
    for (const ci of containers) identities.push(identify(w, ci.container, ci.facts))
  }
  const views = dockerContainers(links)
  pushAll(notices, views.notices)
  const docker: DockerSubject[] = []
  for (const c of views.containers) {
    const image = c.image && !c.image.unresolved ? c.image.value : c.builtImage
    const facts =
      image !== undefined && !image.includes('${')
        ? ownBuild(c, catalog.imageFacts(image))
        : undefined
    const user = dockerUser(c, facts)
    docker.push({ container: c, facts, user })
    identities.push(dockerIdentity(c, facts, user))
  }
  return { subjects, docker, identities, catalog, links, notices }
}
