import { isDict, isSet, list, str } from '../../k8s/fields.js'
import { podLoc } from '../../k8s/workload.js'
import { definePssRule, type PssItem } from './define-pss.js'
import { joinQuote, pluralize, sortedUnique } from './psa-text.js'

const ALLOWED = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]

/** Restricted types in PSA's order (PSA's `unknown` cannot arise from decoded YAML: unknown fields are dropped). */
const RESTRICTED = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
]

export default definePssRule({
  id: 'pss-restricted-volumes',
  check: 'restrictedVolumes',
  level: 'restricted',
  since: 0,
  overrides: { since: 0, checks: ['hostPathVolumes'] },
  meta: {
    title: 'Pod uses a volume type outside the restricted set',
    description:
      'The restricted level allows only volume types that cannot reach node or network storage directly: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret. hostPath, nfs, gitRepo and the in-tree cloud and network volume types are rejected (a PVC bound to such storage is fine).',
    securitySeverity: 5.0,
    precision: 'very-high',
    remediation:
      'Mount the storage through a persistentVolumeClaim, or use one of the allowed volume types.',
  },
  evaluate(w) {
    const names: string[] = []
    const types: string[] = []
    const items: PssItem[] = []
    list(w.pod.spec.volumes).forEach((v, i) => {
      if (!isDict(v)) return
      if (ALLOWED.some((k) => isSet(v[k]))) return
      // The API server defaults a volume without a source to emptyDir before PSA sees it.
      if (!RESTRICTED.some((k) => isSet(v[k]))) return
      const name = str(v.name) ?? ''
      const type = RESTRICTED.find((k) => isSet(v[k])) as string
      names.push(name)
      types.push(type)
      items.push({
        at: podLoc(w, 'volumes', i, type),
        detail: `volume ${joinQuote([name])} uses restricted volume type ${joinQuote([type])}`,
      })
    })
    if (!names.length) return undefined
    const distinct = sortedUnique(types)
    return {
      reason: 'restricted volume types',
      detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('restricted volume type', 'restricted volume types', distinct.length)} ${joinQuote(distinct)}`,
      items,
    }
  },
})
