import { buildImageModel, parseDockerfile } from '../../src/dockerfile/index.js'
import type { BuildImageOptions, ImageModel } from '../../src/dockerfile/index.js'
import { lookupBaseImage } from '../../src/images/base-images.js'

/** Builds the model of a Dockerfile text with the project's base-image table. */
export function model(text: string, opts: Partial<BuildImageOptions> = {}): ImageModel {
  return buildImageModel(parseDockerfile(text, 'Dockerfile'), {
    baseImages: lookupBaseImage,
    ...opts,
  })
}

/** `name uid:gid group system` lines, for compact assertions on created accounts. */
export function users(m: ImageModel): string[] {
  return m.createdUsers.map(
    (u) =>
      `${u.name} ${u.uid ?? '?'}:${u.gid ?? '?'} ${u.group ?? '-'}${u.system ? ' system' : ''} (${u.via})`,
  )
}

export function groups(m: ImageModel): string[] {
  return m.createdGroups.map(
    (g) => `${g.name} ${g.gid ?? '?'}${g.system ? ' system' : ''} (${g.via})`,
  )
}

/** `how path owner mode` lines. */
export function changes(m: ImageModel): string[] {
  return m.chowns.map(
    (c) =>
      `${c.how} ${c.path}${c.owner ? ' ' + c.owner.raw : ''}${c.mode ? ' ' + c.mode : ''}${c.recursive ? ' -R' : ''}${
        c.conditional ? ' (conditional)' : ''
      }`,
  )
}
