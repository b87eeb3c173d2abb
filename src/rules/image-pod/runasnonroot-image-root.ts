import { KUBELET_TAGS } from './describe.js'
import { imageUserRule } from './image-user-check.js'

export default imageUserRule('runasnonroot-image-root', 'imageUserIsRoot', {
  title: 'runAsNonRoot with an image that runs as root: the kubelet will not start the container',
  description:
    'The pod sets runAsNonRoot: true and no runAsUser, and the image runs as uid 0 — its USER is 0, or it has no USER at all, which the kubelet treats as root. The API server accepts the pod; the kubelet then refuses to create the container ("container has runAsNonRoot and image will run as root") and it stays in CreateContainerConfigError.',
  severity: 'error',
  securitySeverity: 8.0,
  tags: KUBELET_TAGS,
  precision: 'high',
  remediation:
    'Set runAsUser to the non-root uid the image is meant to run as, or give the image a numeric non-root USER (USER 10001).',
})
