import type { ContainerIdentity } from '../core/identity.js'
import { kubeletImageUser } from '../dockerfile/kubelet-user.js'
import { verifyRunAsNonRoot } from '../k8s/kubelet.js'
import { locIn } from '../k8s/objects.js'
import { resolveLoc } from '../k8s/source.js'
import type { ContainerView, Workload } from '../k8s/workload.js'
import type { ImageFacts } from './image-facts.js'
import { rootContext, type RootIsolation } from './isolation.js'
import { displayUser, runtimeUser, userLabel } from './runtime-user.js'

/** One row of "who runs as whom": the effective user and the kubelet's predicted verdict. */
export function identify(
  w: Workload,
  c: ContainerView,
  facts: ImageFacts | undefined,
  isolation: RootIsolation = { userNamespace: false },
): ContainerIdentity {
  const user = runtimeUser(c, facts)
  const link = facts?.resolution.link
  const eff = c.effective
  let verdict: ContainerIdentity['verdict']
  const guarded = eff.runAsNonRoot?.value === true
  if (guarded && !eff.runAsUser && (!facts || facts.user === null)) {
    verdict = {
      kind: 'unknown',
      message:
        'runAsNonRoot is set but the image user is unknown: link the image to its Dockerfile',
    }
  } else {
    const image = facts && facts.user !== null ? kubeletImageUser(facts.user) : { uid: user.uid }
    const v = verifyRunAsNonRoot(
      { runAsNonRoot: eff.runAsNonRoot?.value, runAsUser: eff.runAsUser?.value },
      image,
    )
    if (v.kind !== 'ok') verdict = { kind: 'refused', message: v.message! }
    else if (user.uid === 0) {
      const where = rootContext(isolation)
      verdict = {
        kind: 'runs-as-root',
        message: where ? `starts, and runs as root ${where}` : 'starts, and runs as root',
      }
    } else if (user.uid === undefined && user.nonRoot)
      verdict = { kind: 'starts', message: `starts, as ${userLabel(user)}` }
    else if (user.uid === undefined)
      verdict = { kind: 'unknown', message: 'starts; the user is unknown' }
    else
      verdict = { kind: 'starts', message: guarded ? 'starts (runAsNonRoot verified)' : 'starts' }
  }
  return {
    workload: {
      kind: w.object.kind,
      name: w.object.name,
      namespace: w.object.namespace,
      range: resolveLoc(locIn(w.object, [])).range,
    },
    container: c.name,
    group: c.group,
    image: c.image,
    build: link
      ? {
          dockerfile: link.dockerfile,
          target: link.target,
          evidence: link.evidence.detail,
          confidence: link.confidence,
        }
      : undefined,
    user: {
      uid: user.uid,
      gid: user.gid,
      name: user.name,
      display: displayUser(user),
      uidSource: user.uidSource,
      gidSource: user.gidSource,
    },
    ...(isolation.userNamespace || isolation.runtimeClass ? { isolation } : {}),
    verdict,
  }
}
