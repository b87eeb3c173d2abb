/**
 * The image side of a scan: link every deployed image to the Dockerfile that builds it (or
 * to a well-known image's facts), build the image models once, and say for every container
 * who it runs as.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { resolveInRoot } from '../core/root-files.js'
import type { Notice } from '../core/finding.js'
import type { ContainerIdentity } from '../core/identity.js'
import type { Discovery } from '../discover/walk.js'
import { collectLinks, type LinkIndex } from '../images/links/index.js'
import type { ConfigImage, GithubContext } from '../images/links/types.js'
import { parseReference } from '../images/reference.js'
import { NO_REGISTRY_FACTS, type RegistryFacts } from '../images/registry-facts.js'
import type { LookupRequest } from '../registry/index.js'
import type { ImageModel } from '../dockerfile/index.js'
import type { Workload } from '../k8s/workload.js'
import { locIn } from '../k8s/objects.js'
import { resolveLoc } from '../k8s/source.js'
import type { ContainerImage, DockerSubject, ImagePodSubject } from '../rules/types.js'
import { dockerContainers } from '../docker/index.js'
import { dockerIdentity, dockerUser } from './docker.js'
import { ImageCatalog } from './catalog.js'
import { imageRun, type ImageFacts, type ImageRun } from './image-facts.js'
import type { DockerContainer } from '../docker/types.js'
import { identify } from './identify.js'
import { podIsolation } from './isolation.js'
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
  /** RuntimeClass handlers by name, from the repository's RuntimeClass objects. */
  runtimeClasses?: ReadonlyMap<string, string>
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

export interface LinkedImages {
  links: LinkIndex
  notices: Notice[]
}

/** Which Dockerfile builds which image, from every kind of evidence the repository holds. */
export function linkImages(input: AnalyseInput): LinkedImages {
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
    isFolder: (rel) => folderIn(d.root, rel),
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
  return { links, notices }
}

/** Whether `rel` is a folder inside the root (symbolic links out of it or into .git are not). */
function folderIn(root: string, rel: string): boolean {
  try {
    return statSync(resolveInRoot(root, rel)).isDirectory()
  } catch {
    return false
  }
}

/**
 * An image name Docker will run, as far as it is known: a tag nothing here sets
 * (`podinfo:${VERSION}`) leaves the repository, which is what links and facts are about.
 */
function knownRepository(image: string | undefined): string | undefined {
  if (image === undefined || !image.includes('${')) return image
  const known = image.slice(0, image.indexOf('${'))
  const colon = known.lastIndexOf(':')
  if (colon <= known.lastIndexOf('/') || known.includes('@')) return undefined
  return known.slice(0, colon)
}

/** The file a workload is written in (the template of a chart, the resource of an overlay). */
function sourceFile(w: Workload): string {
  return resolveLoc(locIn(w.object, [])).range.file
}

function deployedImagesOf(workloads: readonly Workload[]): string[] {
  return [
    ...new Set(
      workloads.flatMap((w) =>
        w.pod.containers.map((c) => c.image).filter((i): i is string => !!i),
      ),
    ),
  ]
}

/** A reference a registry can answer for: valid, without variables, not `scratch`. */
function lookable(ref: string): boolean {
  const t = ref.trim()
  return !/[$\s{}]/.test(t) && t.toLowerCase() !== 'scratch' && parseReference(t).ok
}

/**
 * The images whose registry facts the scan needs, found by a dry run of the image side: every
 * deployed image no Dockerfile here builds (in a workload or a container Docker starts), and the
 * external base of every Dockerfile target built. Accounts are read for a base whose Dockerfile creates or names accounts, else only
 * when the image's user is not root.
 */
export function imageLookupRequests(input: AnalyseInput, linked: LinkedImages): LookupRequest[] {
  const bases = new Set<string>()
  const deployed = deployedImagesOf(input.workloads)
  const catalog = new ImageCatalog(
    (ref, near) => linked.links.resolve(ref, { deployedImages: deployed, near }),
    input.readFile,
    NO_REGISTRY_FACTS,
    (ref) => bases.add(ref),
  )
  const out = new Map<string, LookupRequest['accounts']>()
  // Every image a container runs, with the file that runs it (claims settled by proximity);
  // containers Docker starts (Compose services, `docker run`, job containers) run images too.
  const runs: [string, string][] = input.workloads.flatMap((w) =>
    w.pod.containers.flatMap((c) =>
      c.image ? [[c.image, sourceFile(w)] as [string, string]] : [],
    ),
  )
  for (const c of dockerContainers(linked.links).containers)
    if (c.image && !c.image.unresolved) runs.push([c.image.value, c.anchor.file])
  for (const [image, near] of runs) {
    const facts = catalog.imageFacts(image, near)
    // An image some build here claims is not the registry's to answer, even when unsettled.
    if (facts.model || facts.resolution.ambiguous?.length || !lookable(image)) continue
    out.set(image.trim(), 'if-user')
  }
  for (const file of input.discovery.dockerfiles) {
    const df = catalog.dockerfile(file)
    if (df?.stages.length) catalog.model(file)
  }
  for (const m of catalog.builtModels()) {
    const ref = m.baseImage.ref
    if (!ref || !bases.has(ref) || !lookable(ref)) continue
    const names =
      m.createdUsers.length > 0 ||
      m.createdGroups.length > 0 ||
      m.effectiveUser.name !== undefined ||
      m.chowns.some((c) => c.owner?.user !== undefined && !/^\d+$/.test(c.owner.user))
    const prev = out.get(ref.trim())
    out.set(ref.trim(), names || prev === true ? true : 'if-user')
  }
  return [...out].map(([ref, accounts]) => ({ ref, accounts }))
}

export function analyseImages(
  input: AnalyseInput,
  linked: LinkedImages = linkImages(input),
  registry: RegistryFacts = NO_REGISTRY_FACTS,
): ImageAnalysis {
  const links = linked.links
  const notices: Notice[] = [...linked.notices]

  const deployedImages = deployedImagesOf(input.workloads)
  const reportedAmbiguity = new Set<string>()
  const catalog = new ImageCatalog(
    (ref, near) => {
      const res = links.resolve(ref, { deployedImages, near })
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
    },
    input.readFile,
    registry,
  )

  const subjects: ImagePodSubject[] = []
  const identities: ContainerIdentity[] = []
  // Tags of one build share its model; the runs are gathered per model, then handed to each.
  const runs = new Map<ImageModel, ImageRun[]>()
  for (const w of input.workloads) {
    const containers: ContainerImage[] = w.pod.containers.map((c) => {
      const facts = c.image ? catalog.imageFacts(c.image, sourceFile(w)) : undefined
      if (facts?.model) {
        const list = runs.get(facts.model) ?? []
        list.push(imageRun(c))
        runs.set(facts.model, list)
        facts.runs = list
      }
      return { container: c, facts, user: runtimeUser(c, facts) }
    })
    const isolation = podIsolation(w.pod, input.runtimeClasses)
    subjects.push({ workload: w, containers, isolation })
    for (const ci of containers) identities.push(identify(w, ci.container, ci.facts, isolation))
  }
  const views = dockerContainers(links)
  pushAll(notices, views.notices)
  const docker: DockerSubject[] = []
  for (const c of views.containers) {
    const image = c.image
      ? c.image.unresolved
        ? knownRepository(c.image.value)
        : c.image.value
      : c.builtImage
    const facts =
      image !== undefined ? ownBuild(c, catalog.imageFacts(image, c.anchor.file)) : undefined
    const user = dockerUser(c, facts)
    docker.push({ container: c, facts, user })
    identities.push(dockerIdentity(c, facts, user))
  }
  return { subjects, docker, identities, catalog, links, notices }
}
