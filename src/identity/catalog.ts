/**
 * The images a scan's workloads run, each resolved once: the Dockerfile target that builds
 * it (through the link evidence), or the facts of a well-known image.
 */
import {
  buildImageModel,
  parseDockerfile,
  type DockerfileModel,
  type ImageModel,
} from '../dockerfile/index.js'
import { type BaseImageFact, baseImageLookup } from '../images/base-images.js'
import type { ImageLink, ImageResolution } from '../images/links/types.js'
import { NO_REGISTRY_FACTS, type RegistryFacts } from '../images/registry-facts.js'
import { accountsOf, type ImageFacts, userEvidenceOf } from './image-facts.js'
import { repositoryFact } from './repository-facts.js'

/** Resolves an image reference; `near` is the file that runs it (see ResolveOptions.near). */
export type ImageResolver = (ref: string, near?: string) => ImageResolution

export class ImageCatalog {
  private readonly dockerfiles = new Map<string, DockerfileModel | undefined>()
  private readonly models = new Map<string, ImageModel>()
  private readonly facts = new Map<string, ImageFacts>()
  private readonly baseFacts = new Map<string, BaseImageFact | undefined>()
  /** Dockerfiles whose model is being built: a base that leads back to one is not followed. */
  private readonly building = new Set<string>()
  /**
   * Base-image facts by reference, looked up once per scan: a Dockerfile here that builds the
   * image, else the registry's answer, else the table's.
   */
  private readonly baseImages = (ref: string): BaseImageFact | undefined => {
    if (!this.baseFacts.has(ref)) {
      const here = this.builtHere(ref)
      // A base built here is not asked about even when its own model cannot tell its user:
      // the registry is asked about that model's base instead.
      if (!here.linked) this.onBaseImage?.(ref)
      this.baseFacts.set(ref, here.fact ?? this.registry.fact(ref) ?? baseImageLookup(ref))
    }
    return this.baseFacts.get(ref)
  }

  constructor(
    private readonly resolver: ImageResolver,
    private readonly readFile: (rel: string) => string | undefined,
    private readonly registry: RegistryFacts = NO_REGISTRY_FACTS,
    /** Told of every base image a Dockerfile model asks about (to look them up beforehand). */
    private readonly onBaseImage?: (ref: string) => void,
  ) {}

  /** A Dockerfile's structure, parsed once. */
  dockerfile(file: string): DockerfileModel | undefined {
    if (!this.dockerfiles.has(file)) {
      const text = this.readFile(file)
      this.dockerfiles.set(file, text === undefined ? undefined : parseDockerfile(text, file))
    }
    return this.dockerfiles.get(file)
  }

  /** One build target of a Dockerfile, evaluated once per target and build args. */
  model(file: string, target?: string, buildArgs?: Record<string, string>): ImageModel | undefined {
    const key = JSON.stringify([file, target ?? null, buildArgs ?? null])
    const cached = this.models.get(key)
    if (cached) return cached
    const df = this.dockerfile(file)
    if (!df || df.stages.length === 0) return undefined
    this.building.add(file)
    try {
      const model = buildImageModel(df, { target, buildArgs, baseImages: this.baseImages })
      this.models.set(key, model)
      return model
    } finally {
      this.building.delete(file)
    }
  }

  /**
   * The facts of a base image that a Dockerfile of the repository builds (`FROM
   * quay.io/jupyter/base-notebook` beside images/base-notebook/Dockerfile): its model's user,
   * ENV and accounts, as a later build here sees them.
   */
  private builtHere(ref: string): { linked: boolean; fact?: BaseImageFact } {
    const link = this.resolver(ref).link
    if (!link || this.building.has(link.dockerfile)) return { linked: false }
    const model = this.model(link.dockerfile, link.target, link.buildArgs)
    if (!model || model.effectiveUser.raw === null) return { linked: true }
    return { linked: true, fact: repositoryFact(ref, link, model) }
  }

  /** Every model built so far (for the Dockerfile rules). */
  builtModels(): ImageModel[] {
    return [...this.models.values()]
  }

  /** What the repository tells about an image reference, run from the file `near`. */
  imageFacts(ref: string, near?: string): ImageFacts {
    const resolution = this.resolver(ref, near)
    // Claims settled by proximity differ per place; the others are one answer per reference.
    const l = resolution.link
    const key = `${ref}\u0000${l?.dockerfile ?? ''}\u0000${l?.target ?? ''}`
    const cached = this.facts.get(key)
    if (cached) return cached
    const facts = this.factsOf(ref, resolution, resolution.link)
    this.facts.set(key, facts)
    return facts
  }

  private factsOf(
    ref: string,
    resolution: ImageResolution,
    link: ImageLink | undefined,
  ): ImageFacts {
    if (link) {
      const model = this.model(link.dockerfile, link.target, link.buildArgs)
      if (model) {
        return {
          ref,
          resolution,
          dockerfile: this.dockerfile(link.dockerfile),
          model,
          baseFact: model.baseImage.fact,
          user: model.effectiveUser.raw,
          userEvidence: userEvidenceOf(model),
          accounts: accountsOf(model, model.baseImage.fact),
        }
      }
    }
    const fact = this.registry.fact(ref) ?? resolution.baseFact
    if (fact) {
      const drops = fact.dropsTo ? ` (its entrypoint then switches to ${fact.dropsTo})` : ''
      return {
        ref,
        resolution,
        baseFact: fact,
        user: fact.user,
        userEvidence: {
          text:
            fact.origin === 'registry' && fact.evidence
              ? `${fact.evidence}${drops}`
              : `${fact.family} ${fact.user === '' ? 'sets no USER, so it runs as root' : `runs as USER ${fact.user}`}${drops}`,
        },
        accounts: accountsOf(undefined, fact),
      }
    }
    return {
      ref,
      resolution,
      user: null,
      userEvidence: { text: `nothing in the repository says how ${ref} is built` },
      accounts: accountsOf(undefined, undefined),
    }
  }
}
