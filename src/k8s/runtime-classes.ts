/** RuntimeClass objects in the repository: the handler (runsc, kata…) each name stands for. */
import { str } from './fields.js'
import type { K8sObject } from './objects.js'

export function runtimeClassHandlers(objects: readonly K8sObject[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const o of objects) {
    if (o.kind !== 'RuntimeClass' || !o.apiVersion.startsWith('node.k8s.io/') || !o.name) continue
    const handler = str(o.value.handler)
    if (handler) out.set(o.name, handler)
  }
  return out
}
