import { KUBELET_TAGS } from './describe.js'
import { imageUserRule } from './image-user-check.js'

export default imageUserRule(
  'runasnonroot-image-user-name',
  'imageUserNonNumeric',
  {
    title:
      'runAsNonRoot with an image whose USER is a name: the kubelet will not start the container',
    description:
      'The pod sets runAsNonRoot: true and no runAsUser, and the image\'s USER is a name (even root or nobody). The kubelet never resolves names, so it cannot verify the user is non-root and refuses to create the container ("container has runAsNonRoot and image has non-numeric user (app), cannot verify user is non-root").',
    severity: 'error',
    securitySeverity: 8.0,
    tags: KUBELET_TAGS,
    precision: 'high',
    remediation:
      'Use the numeric uid in the Dockerfile (USER 10001 instead of USER app), or set runAsUser in the pod.',
  },
  ({ user }) =>
    user.uid !== undefined && user.name
      ? ` ${user.name} is uid ${user.uid} in the image: USER ${user.uid}${user.gid !== undefined ? `:${user.gid}` : ''} (or runAsUser: ${user.uid}) fixes it.`
      : '',
)
