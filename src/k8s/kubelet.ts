/**
 * The kubelet's runAsNonRoot check (pkg/kubelet/kuberuntime, verifyRunAsNonRoot on Linux),
 * reproduced exactly: the effective securityContext decides first; only when it sets
 * runAsNonRoot without runAsUser does the image user matter, and then a name (even `root`)
 * cannot be verified, uid 0 or no user is root, and a uid outside 0..2147483647 is invalid.
 * The API server accepts all of these pods; the kubelet then refuses to create the
 * container (CreateContainerConfigError), retrying with back-off forever.
 */

export const MAX_USER_ID = 2147483647

/** The image user as the kubelet gets it from the runtime: exactly one of the two is set. */
export interface ImageUserForKubelet {
  uid?: number
  username?: string
}

export type KubeletVerdictKind =
  'ok' | 'runAsUserIsRoot' | 'imageUserIsRoot' | 'imageUserNonNumeric' | 'imageUserInvalidId'

export interface KubeletVerdict {
  kind: KubeletVerdictKind
  /** The kubelet's error without the `(pod: ..., container: ...)` suffix newer kubelets add. */
  message?: string
}

export interface RunAsNonRootInput {
  /** Effective runAsNonRoot (container over pod). */
  runAsNonRoot?: boolean
  /** Effective runAsUser (container over pod). */
  runAsUser?: number
}

/** verifyRunAsNonRoot's decision (KUBERNETES.md A.4). */
export function verifyRunAsNonRoot(
  sc: RunAsNonRootInput,
  image: ImageUserForKubelet,
): KubeletVerdict {
  if (sc.runAsNonRoot !== true) return { kind: 'ok' }
  if (sc.runAsUser !== undefined) {
    return sc.runAsUser === 0
      ? { kind: 'runAsUserIsRoot', message: "container's runAsUser breaks non-root policy" }
      : { kind: 'ok' }
  }
  if (image.uid === undefined && image.username) {
    return {
      kind: 'imageUserNonNumeric',
      message: `container has runAsNonRoot and image has non-numeric user (${image.username}), cannot verify user is non-root`,
    }
  }
  if (image.uid !== undefined) {
    if (image.uid === 0)
      return {
        kind: 'imageUserIsRoot',
        message: 'container has runAsNonRoot and image will run as root',
      }
    if (image.uid < 0 || image.uid > MAX_USER_ID) {
      return {
        kind: 'imageUserInvalidId',
        message: `container has runAsNonRoot and image has an invalid user id (${image.uid}). (Must be 1-(${MAX_USER_ID})): must be between 0 and ${MAX_USER_ID}, inclusive`,
      }
    }
  }
  return { kind: 'ok' }
}

/** The full message as current kubelets print it, with the pod identity suffix. */
export function kubeletMessage(
  verdict: KubeletVerdict,
  pod: { name: string; namespace: string; uid: string },
  container: string,
): string | undefined {
  if (!verdict.message) return undefined
  return `${verdict.message} (pod: ${JSON.stringify(`${pod.name}_${pod.namespace}(${pod.uid})`)}, container: ${container})`
}
