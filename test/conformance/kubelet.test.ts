/**
 * The 38 kubelet runAsNonRoot cases of ../shared/conformance/kubelet-runasnonroot.json, run
 * through the public path: the case's pod and container securityContext in a Pod manifest,
 * read by the Kubernetes model (field-by-field effective securityContext), the image User
 * string read as the kubelet reads it, then the kubelet's decision and exact message.
 */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { kubeletImageUser } from '../../src/dockerfile/kubelet-user.js'
import { loadManifest } from '../../src/k8s/load.js'
import { kubeletMessage, verifyRunAsNonRoot } from '../../src/k8s/kubelet.js'
import { toWorkload } from '../../src/k8s/workload.js'
import { describeShared, sharedPath } from '../helpers/shared.js'

interface Case {
  name: string
  podSecurityContext: Record<string, unknown> | null
  containerSecurityContext: Record<string, unknown> | null
  imageUser: string | null
  verifyInput: { uid: number | null; username: string }
  expect: string
  expectKind: string
}

describeShared(
  ['conformance', 'kubelet-runasnonroot.json'],
  'kubelet runAsNonRoot: all 38 cases',
  () => {
    const cases = JSON.parse(
      readFileSync(sharedPath('conformance', 'kubelet-runasnonroot.json'), 'utf8'),
    ) as Case[]
    it('has 38 cases', () => expect(cases).toHaveLength(38))
    for (const c of cases) {
      it(c.name, () => {
        const pod: Record<string, unknown> = {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'bar', namespace: 'new' },
          spec: {
            ...(c.podSecurityContext ? { securityContext: c.podSecurityContext } : {}),
            containers: [
              {
                name: 'foo',
                image: 'img',
                ...(c.containerSecurityContext
                  ? { securityContext: c.containerSecurityContext }
                  : {}),
              },
            ],
          },
        }
        const { objects } = loadManifest(JSON.stringify(pod), 'pod.json')
        const w = toWorkload(objects[0])!
        const eff = w.pod.containers[0].effective
        // Case 10 has no image string that can produce its input; the JSON gives the verify input.
        const image =
          c.imageUser === null
            ? {
                ...(c.verifyInput.uid !== null ? { uid: c.verifyInput.uid } : {}),
                ...(c.verifyInput.username ? { username: c.verifyInput.username } : {}),
              }
            : kubeletImageUser(c.imageUser)
        const verdict = verifyRunAsNonRoot(
          { runAsNonRoot: eff.runAsNonRoot?.value, runAsUser: eff.runAsUser?.value },
          image,
        )
        expect(verdict.kind).toBe(c.expectKind)
        const message = kubeletMessage(
          verdict,
          { name: 'bar', namespace: 'new', uid: '12345678' },
          'foo',
        )
        expect(message ?? 'ok').toBe(c.expect)
      })
    }
  },
)
