/**
 * Links stated in `.kube-whoami.yaml` (`images:`). They are the user's answer to an
 * ambiguity, so they win over every other source; the entries are checked here
 * (valid image name, existing Dockerfile) and problems point at the entry.
 */
import { parseReference } from '../reference.js'
import type { Collector } from './collector.js'
import { dirOf, joinRel } from './paths.js'
import type { ConfigImage } from './types.js'

export function collectConfig(entries: readonly ConfigImage[], col: Collector): void {
  for (const e of entries) {
    const parsed = parseReference(e.image)
    if (!parsed.ok) {
      col.problem(
        'error',
        'image-invalid',
        `images: "${e.image}" is not a valid image name: ${parsed.error}`,
        e.range,
      )
      continue
    }
    const dockerfile = joinRel('.', e.dockerfile)
    const at = e.dockerfileRange ?? e.range
    if (dockerfile === undefined) {
      col.problem(
        'error',
        'outside-root',
        `images: ${e.dockerfile} is outside the scanned folder`,
        at,
      )
      continue
    }
    if (!col.exists(dockerfile)) {
      col.problem('error', 'dockerfile-missing', `images: ${e.dockerfile} does not exist`, at)
      continue
    }
    const context = e.context !== undefined ? joinRel('.', e.context) : dirOf(dockerfile)
    if (context === undefined) {
      col.problem(
        'error',
        'outside-root',
        `images: context ${e.context} is outside the scanned folder`,
        e.range,
      )
      continue
    }
    col.add({
      image: e.image,
      imageRange: e.range,
      dockerfile,
      context,
      target: e.target,
      buildArgs: e.args,
      kind: 'config',
      detail: `the images: entry for ${e.image} in the configuration builds it from ${dockerfile}`,
    })
  }
}
