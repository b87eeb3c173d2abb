import { KUBELET_TAGS } from './describe.js'
import { imageUserRule } from './image-user-check.js'

export default imageUserRule('runasnonroot-image-invalid-uid', 'imageUserInvalidId', {
  title:
    'runAsNonRoot with an image uid outside 0..2147483647: the kubelet will not start the container',
  description:
    'The pod sets runAsNonRoot: true and no runAsUser, and the image\'s numeric USER is negative or above 2147483647. The kubelet refuses to create the container ("container has runAsNonRoot and image has an invalid user id").',
  severity: 'error',
  securitySeverity: 8.0,
  tags: KUBELET_TAGS,
  precision: 'very-high',
  remediation:
    'Use a uid between 1 and 2147483647 in the Dockerfile USER, or set runAsUser in the pod.',
})
