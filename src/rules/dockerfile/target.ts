/** Shared wording and places for the Dockerfile rules. */
import type { SourceRange } from '../../core/range.js'
import type { DockerfileSubject } from '../types.js'

/** `target "runtime"` / `target 2 (last stage)`. */
export function targetLabel(s: DockerfileSubject): string {
  const t = s.image.target
  const last = t.index === s.dockerfile.stages.length - 1 ? ' (the default target)' : ''
  return t.name !== undefined ? `target "${t.name}"${last}` : `target stage ${t.index}${last}`
}

/** The FROM line of the target stage: where a USER for that target belongs. */
export function targetFrom(s: DockerfileSubject): SourceRange {
  return s.dockerfile.stages[s.image.target.index]?.from.range ?? s.image.baseImage.range
}

/** Windows images: users are SIDs and the kubelet's runAsNonRoot check does not apply. */
export function isWindowsImage(s: DockerfileSubject): boolean {
  return s.image.distro === 'windows'
}

/**
 * A target built FROM scratch with no ENTRYPOINT or CMD in its build chain: it holds files
 * for other builds (`COPY --from`, `--output`, bundle images) and cannot run as a container,
 * so who it would run as does not matter.
 */
export function isArtifactOnly(s: DockerfileSubject): boolean {
  if (s.image.baseImage.ref?.toLowerCase() !== 'scratch') return false
  const chain = new Set(s.image.stageChain.map((r) => r.index))
  return !s.dockerfile.stages.some(
    (st) =>
      chain.has(st.index) &&
      st.instructions.some((i) => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD'),
  )
}
