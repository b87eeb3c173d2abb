/**
 * File capabilities of an image's binaries: a binary carrying cap_net_bind_service gets it
 * when executed by a non-root user, as long as the container's bounding set holds it.
 */
import type { ImageModel } from '../dockerfile/index.js'
import type { ImageFacts } from './image-facts.js'

/** Whether a binary of the image keeps cap_net_bind_service in its file capabilities. */
export function bindsThroughFileCapability(facts: ImageFacts): boolean {
  const grants = (caps: readonly string[]) =>
    caps.includes('NET_BIND_SERVICE') || caps.includes('ALL')
  if (grants(facts.baseFact?.fileCapabilities ?? [])) return true
  if (!facts.model) return false
  const last = new Map<string, readonly string[]>()
  for (const f of facts.model.fileCapabilities) last.set(f.path, f.caps)
  return [...last.values()].some(grants)
}

/** The build starts from scratch or from a well-known image (whose file capabilities are known). */
export function knownBase(model: ImageModel): boolean {
  return model.baseImage.ref?.toLowerCase() === 'scratch' || model.baseImage.fact !== undefined
}
