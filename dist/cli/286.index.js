export const id = 286;
export const ids = [286];
export const modules = {

/***/ 6286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jq: () => (/* binding */ build),
  m7: () => (/* binding */ renderResources),
  FV: () => (/* binding */ resourcesFromNodes)
});

// UNUSED EXPORTS: ANNO_NEEDS_HASH, idSelectedBy

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/helm/yaml/resolve.js
var resolve = __webpack_require__(7205);
;// CONCATENATED MODULE: ./build/kustomize/default-config.js
/** Defaults of kustomize v5.7.1's transformer configuration (which fields each transformer touches), one entry per field spec as "Kind|group|version|path[|create]". */
const DEFAULT_FIELD_SPECS = {
    namePrefix: ['|||metadata/name'],
    nameSuffix: ['|||metadata/name'],
    commonLabels: [
        'Service||v1|spec/selector|create',
        'ReplicationController||v1|spec/selector|create',
        'Deployment|||spec/selector/matchLabels|create',
        'Deployment|apps||spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
        'Deployment|apps||spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
        'Deployment|apps||spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
        'Deployment|apps||spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
        'Deployment|apps||spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
        'ReplicaSet|||spec/selector/matchLabels|create',
        'DaemonSet|||spec/selector/matchLabels|create',
        'StatefulSet|apps||spec/selector/matchLabels|create',
        'StatefulSet|apps||spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
        'StatefulSet|apps||spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
        'StatefulSet|apps||spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
        'StatefulSet|apps||spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
        'StatefulSet|apps||spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
        'Job|batch||spec/selector/matchLabels',
        'CronJob|batch||spec/jobTemplate/spec/selector/matchLabels',
        'PodDisruptionBudget|policy||spec/selector/matchLabels',
        'NetworkPolicy|networking.k8s.io||spec/podSelector/matchLabels',
        'NetworkPolicy|networking.k8s.io||spec/ingress/from/podSelector/matchLabels',
        'NetworkPolicy|networking.k8s.io||spec/egress/to/podSelector/matchLabels',
        '|||metadata/labels|create',
        'ReplicationController||v1|spec/template/metadata/labels|create',
        'Deployment|||spec/template/metadata/labels|create',
        'ReplicaSet|||spec/template/metadata/labels|create',
        'DaemonSet|||spec/template/metadata/labels|create',
        'StatefulSet|apps||spec/template/metadata/labels|create',
        'StatefulSet|apps||spec/volumeClaimTemplates[]/metadata/labels|create',
        'Job|batch||spec/template/metadata/labels|create',
        'CronJob|batch||spec/jobTemplate/metadata/labels|create',
        'CronJob|batch||spec/jobTemplate/spec/template/metadata/labels|create',
    ],
    templateLabels: [
        '|||metadata/labels|create',
        'ReplicationController||v1|spec/template/metadata/labels|create',
        'Deployment|||spec/template/metadata/labels|create',
        'ReplicaSet|||spec/template/metadata/labels|create',
        'DaemonSet|||spec/template/metadata/labels|create',
        'StatefulSet|apps||spec/template/metadata/labels|create',
        'StatefulSet|apps||spec/volumeClaimTemplates[]/metadata/labels|create',
        'Job|batch||spec/template/metadata/labels|create',
        'CronJob|batch||spec/jobTemplate/metadata/labels|create',
        'CronJob|batch||spec/jobTemplate/spec/template/metadata/labels|create',
    ],
    commonAnnotations: [
        '|||metadata/annotations|create',
        'ReplicationController||v1|spec/template/metadata/annotations|create',
        'Deployment|||spec/template/metadata/annotations|create',
        'ReplicaSet|||spec/template/metadata/annotations|create',
        'DaemonSet|||spec/template/metadata/annotations|create',
        'StatefulSet|||spec/template/metadata/annotations|create',
        'Job|batch||spec/template/metadata/annotations|create',
        'CronJob|batch||spec/jobTemplate/metadata/annotations|create',
        'CronJob|batch||spec/jobTemplate/spec/template/metadata/annotations|create',
    ],
    namespace: [
        'Namespace|||metadata/name|create',
        'APIService|apiregistration.k8s.io||spec/service/namespace|create',
        'CustomResourceDefinition|apiextensions.k8s.io||spec/conversion/webhook/clientConfig/service/namespace',
    ],
    varReference: [
        'CronJob|||spec/jobTemplate/spec/template/spec/containers/args',
        'CronJob|||spec/jobTemplate/spec/template/spec/containers/command',
        'CronJob|||spec/jobTemplate/spec/template/spec/containers/env/value',
        'CronJob|||spec/jobTemplate/spec/template/spec/containers/volumeMounts/mountPath',
        'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/args',
        'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/command',
        'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/env/value',
        'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/volumeMounts/mountPath',
        'CronJob|||spec/jobTemplate/spec/template/volumes/nfs/server',
        'DaemonSet|||spec/template/spec/containers/args',
        'DaemonSet|||spec/template/spec/containers/command',
        'DaemonSet|||spec/template/spec/containers/env/value',
        'DaemonSet|||spec/template/spec/containers/volumeMounts/mountPath',
        'DaemonSet|||spec/template/spec/initContainers/args',
        'DaemonSet|||spec/template/spec/initContainers/command',
        'DaemonSet|||spec/template/spec/initContainers/env/value',
        'DaemonSet|||spec/template/spec/initContainers/volumeMounts/mountPath',
        'DaemonSet|||spec/template/spec/volumes/nfs/server',
        'Deployment|||spec/template/spec/containers/args',
        'Deployment|||spec/template/spec/containers/command',
        'Deployment|||spec/template/spec/containers/env/value',
        'Deployment|||spec/template/spec/containers/volumeMounts/mountPath',
        'Deployment|||spec/template/spec/initContainers/args',
        'Deployment|||spec/template/spec/initContainers/command',
        'Deployment|||spec/template/spec/initContainers/env/value',
        'Deployment|||spec/template/spec/initContainers/volumeMounts/mountPath',
        'Deployment|||spec/template/spec/volumes/nfs/server',
        'Deployment|||spec/template/metadata/annotations',
        'Ingress|||spec/rules/host',
        'Ingress|||spec/tls/hosts',
        'Ingress|||spec/tls/secretName',
        'Job|||spec/template/spec/containers/args',
        'Job|||spec/template/spec/containers/command',
        'Job|||spec/template/spec/containers/env/value',
        'Job|||spec/template/spec/containers/volumeMounts/mountPath',
        'Job|||spec/template/spec/initContainers/args',
        'Job|||spec/template/spec/initContainers/command',
        'Job|||spec/template/spec/initContainers/env/value',
        'Job|||spec/template/spec/initContainers/volumeMounts/mountPath',
        'Job|||spec/template/spec/volumes/nfs/server',
        'Pod|||spec/containers/args',
        'Pod|||spec/containers/command',
        'Pod|||spec/containers/env/value',
        'Pod|||spec/containers/volumeMounts/mountPath',
        'Pod|||spec/initContainers/args',
        'Pod|||spec/initContainers/command',
        'Pod|||spec/initContainers/env/value',
        'Pod|||spec/initContainers/volumeMounts/mountPath',
        'Pod|||spec/volumes/nfs/server',
        'ReplicaSet|||spec/template/spec/containers/args',
        'ReplicaSet|||spec/template/spec/containers/command',
        'ReplicaSet|||spec/template/spec/containers/env/value',
        'ReplicaSet|||spec/template/spec/containers/volumeMounts/mountPath',
        'ReplicaSet|||spec/template/spec/initContainers/args',
        'ReplicaSet|||spec/template/spec/initContainers/command',
        'ReplicaSet|||spec/template/spec/initContainers/env/value',
        'ReplicaSet|||spec/template/spec/initContainers/volumeMounts/mountPath',
        'ReplicaSet|||spec/template/spec/volumes/nfs/server',
        'Service|||spec/ports/port',
        'Service|||spec/ports/targetPort',
        'StatefulSet|||spec/template/spec/containers/args',
        'StatefulSet|||spec/template/spec/containers/command',
        'StatefulSet|||spec/template/spec/containers/env/value',
        'StatefulSet|||spec/template/spec/containers/volumeMounts/mountPath',
        'StatefulSet|||spec/template/spec/initContainers/args',
        'StatefulSet|||spec/template/spec/initContainers/command',
        'StatefulSet|||spec/template/spec/initContainers/env/value',
        'StatefulSet|||spec/template/spec/initContainers/volumeMounts/mountPath',
        'StatefulSet|||spec/volumeClaimTemplates/spec/nfs/server',
        'PersistentVolume|||spec/nfs/server',
        '|||metadata/labels',
        '|||metadata/annotations',
    ],
    images: [
        '|||spec/containers[]/image|create',
        '|||spec/initContainers[]/image|create',
        '|||spec/volumes[]/image/reference|create',
        '|||spec/template/spec/containers[]/image|create',
        '|||spec/template/spec/initContainers[]/image|create',
        '|||spec/template/spec/volumes[]/image/reference|create',
    ],
    replicas: [
        'Deployment|||spec/replicas|create',
        'ReplicationController|||spec/replicas|create',
        'ReplicaSet|||spec/replicas|create',
        'StatefulSet|||spec/replicas|create',
    ],
};
/** Name references: for each referred kind, the fields of other kinds that hold its name. */
const DEFAULT_NAME_REFERENCES = [
    {
        gvk: 'Deployment||',
        refs: ['HorizontalPodAutoscaler|||spec/scaleTargetRef/name'],
    },
    {
        gvk: 'ReplicationController||',
        refs: ['HorizontalPodAutoscaler|||spec/scaleTargetRef/name'],
    },
    {
        gvk: 'ReplicaSet||',
        refs: ['HorizontalPodAutoscaler|||spec/scaleTargetRef/name'],
    },
    {
        gvk: 'StatefulSet||',
        refs: ['HorizontalPodAutoscaler|||spec/scaleTargetRef/name'],
    },
    {
        gvk: 'ConfigMap||v1',
        refs: [
            'Pod||v1|spec/volumes/configMap/name',
            'Pod||v1|spec/containers/env/valueFrom/configMapKeyRef/name',
            'Pod||v1|spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'Pod||v1|spec/containers/envFrom/configMapRef/name',
            'Pod||v1|spec/initContainers/envFrom/configMapRef/name',
            'Pod||v1|spec/volumes/projected/sources/configMap/name',
            'PodTemplate|||template/spec/volumes/configMap/name',
            'PodTemplate|||template/spec/containers/env/valueFrom/configMapKeyRef/name',
            'PodTemplate|||template/spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'PodTemplate|||template/spec/containers/envFrom/configMapRef/name',
            'PodTemplate|||template/spec/initContainers/envFrom/configMapRef/name',
            'PodTemplate|||template/spec/volumes/projected/sources/configMap/name',
            'Deployment|||spec/template/spec/volumes/configMap/name',
            'Deployment|||spec/template/spec/containers/env/valueFrom/configMapKeyRef/name',
            'Deployment|||spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'Deployment|||spec/template/spec/containers/envFrom/configMapRef/name',
            'Deployment|||spec/template/spec/initContainers/envFrom/configMapRef/name',
            'Deployment|||spec/template/spec/volumes/projected/sources/configMap/name',
            'ReplicaSet|||spec/template/spec/volumes/configMap/name',
            'ReplicaSet|||spec/template/spec/containers/env/valueFrom/configMapKeyRef/name',
            'ReplicaSet|||spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'ReplicaSet|||spec/template/spec/containers/envFrom/configMapRef/name',
            'ReplicaSet|||spec/template/spec/initContainers/envFrom/configMapRef/name',
            'ReplicaSet|||spec/template/spec/volumes/projected/sources/configMap/name',
            'DaemonSet|||spec/template/spec/volumes/configMap/name',
            'DaemonSet|||spec/template/spec/containers/env/valueFrom/configMapKeyRef/name',
            'DaemonSet|||spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'DaemonSet|||spec/template/spec/containers/envFrom/configMapRef/name',
            'DaemonSet|||spec/template/spec/initContainers/envFrom/configMapRef/name',
            'DaemonSet|||spec/template/spec/volumes/projected/sources/configMap/name',
            'StatefulSet|||spec/template/spec/volumes/configMap/name',
            'StatefulSet|||spec/template/spec/containers/env/valueFrom/configMapKeyRef/name',
            'StatefulSet|||spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'StatefulSet|||spec/template/spec/containers/envFrom/configMapRef/name',
            'StatefulSet|||spec/template/spec/initContainers/envFrom/configMapRef/name',
            'StatefulSet|||spec/template/spec/volumes/projected/sources/configMap/name',
            'Job|||spec/template/spec/volumes/configMap/name',
            'Job|||spec/template/spec/containers/env/valueFrom/configMapKeyRef/name',
            'Job|||spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'Job|||spec/template/spec/containers/envFrom/configMapRef/name',
            'Job|||spec/template/spec/initContainers/envFrom/configMapRef/name',
            'Job|||spec/template/spec/volumes/projected/sources/configMap/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/volumes/configMap/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/volumes/projected/sources/configMap/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/containers/env/valueFrom/configMapKeyRef/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/env/valueFrom/configMapKeyRef/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/containers/envFrom/configMapRef/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/envFrom/configMapRef/name',
            'Node|||spec/configSource/configMap',
            'Role|||rules/resourceNames',
            'ClusterRole|||rules/resourceNames',
            'Ingress|||metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap',
        ],
    },
    {
        gvk: 'Secret||v1',
        refs: [
            'Pod||v1|spec/volumes/secret/secretName',
            'Pod||v1|spec/containers/env/valueFrom/secretKeyRef/name',
            'Pod||v1|spec/initContainers/env/valueFrom/secretKeyRef/name',
            'Pod||v1|spec/containers/envFrom/secretRef/name',
            'Pod||v1|spec/initContainers/envFrom/secretRef/name',
            'Pod||v1|spec/imagePullSecrets/name',
            'Pod||v1|spec/volumes/projected/sources/secret/name',
            'PodTemplate|||template/spec/volumes/secret/secretName',
            'PodTemplate|||template/spec/containers/env/valueFrom/secretKeyRef/name',
            'PodTemplate|||template/spec/initContainers/env/valueFrom/secretKeyRef/name',
            'PodTemplate|||template/spec/containers/envFrom/secretRef/name',
            'PodTemplate|||template/spec/initContainers/envFrom/secretRef/name',
            'PodTemplate|||template/spec/imagePullSecrets/name',
            'PodTemplate|||template/spec/volumes/projected/sources/secret/name',
            'Deployment|||spec/template/spec/volumes/secret/secretName',
            'Deployment|||spec/template/spec/containers/env/valueFrom/secretKeyRef/name',
            'Deployment|||spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name',
            'Deployment|||spec/template/spec/containers/envFrom/secretRef/name',
            'Deployment|||spec/template/spec/initContainers/envFrom/secretRef/name',
            'Deployment|||spec/template/spec/imagePullSecrets/name',
            'Deployment|||spec/template/spec/volumes/projected/sources/secret/name',
            'ReplicaSet|||spec/template/spec/volumes/secret/secretName',
            'ReplicaSet|||spec/template/spec/containers/env/valueFrom/secretKeyRef/name',
            'ReplicaSet|||spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name',
            'ReplicaSet|||spec/template/spec/containers/envFrom/secretRef/name',
            'ReplicaSet|||spec/template/spec/initContainers/envFrom/secretRef/name',
            'ReplicaSet|||spec/template/spec/imagePullSecrets/name',
            'ReplicaSet|||spec/template/spec/volumes/projected/sources/secret/name',
            'DaemonSet|||spec/template/spec/volumes/secret/secretName',
            'DaemonSet|||spec/template/spec/containers/env/valueFrom/secretKeyRef/name',
            'DaemonSet|||spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name',
            'DaemonSet|||spec/template/spec/containers/envFrom/secretRef/name',
            'DaemonSet|||spec/template/spec/initContainers/envFrom/secretRef/name',
            'DaemonSet|||spec/template/spec/imagePullSecrets/name',
            'DaemonSet|||spec/template/spec/volumes/projected/sources/secret/name',
            'StatefulSet|||spec/template/spec/volumes/secret/secretName',
            'StatefulSet|||spec/template/spec/containers/env/valueFrom/secretKeyRef/name',
            'StatefulSet|||spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name',
            'StatefulSet|||spec/template/spec/containers/envFrom/secretRef/name',
            'StatefulSet|||spec/template/spec/initContainers/envFrom/secretRef/name',
            'StatefulSet|||spec/template/spec/imagePullSecrets/name',
            'StatefulSet|||spec/template/spec/volumes/projected/sources/secret/name',
            'Job|||spec/template/spec/volumes/secret/secretName',
            'Job|||spec/template/spec/containers/env/valueFrom/secretKeyRef/name',
            'Job|||spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name',
            'Job|||spec/template/spec/containers/envFrom/secretRef/name',
            'Job|||spec/template/spec/initContainers/envFrom/secretRef/name',
            'Job|||spec/template/spec/imagePullSecrets/name',
            'Job|||spec/template/spec/volumes/projected/sources/secret/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/volumes/secret/secretName',
            'CronJob|||spec/jobTemplate/spec/template/spec/volumes/projected/sources/secret/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/containers/env/valueFrom/secretKeyRef/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/env/valueFrom/secretKeyRef/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/containers/envFrom/secretRef/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/initContainers/envFrom/secretRef/name',
            'CronJob|||spec/jobTemplate/spec/template/spec/imagePullSecrets/name',
            'Ingress|||spec/tls/secretName',
            'Ingress|||metadata/annotations/ingress.kubernetes.io\\/auth-secret',
            'Ingress|||metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret',
            'Ingress|||metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret',
            'Ingress|||spec/tls/secretName',
            'ServiceAccount|||imagePullSecrets/name',
            'StorageClass|||parameters/secretName',
            'StorageClass|||parameters/adminSecretName',
            'StorageClass|||parameters/userSecretName',
            'StorageClass|||parameters/secretRef',
            'Role|||rules/resourceNames',
            'ClusterRole|||rules/resourceNames',
            'Service|serving.knative.dev|v1|spec/template/spec/containers/env/valueFrom/secretKeyRef/name',
            'PersistentVolume|||spec/azureFile/secretName',
        ],
    },
    {
        gvk: 'Service||v1',
        refs: [
            'StatefulSet|apps||spec/serviceName',
            'Ingress|||spec/rules/http/paths/backend/serviceName',
            'Ingress|||spec/backend/serviceName',
            'Ingress|||spec/rules/http/paths/backend/service/name',
            'Ingress|||spec/defaultBackend/service/name',
            'APIService|apiregistration.k8s.io||spec/service/name',
            'ValidatingWebhookConfiguration|admissionregistration.k8s.io||webhooks/clientConfig/service',
            'MutatingWebhookConfiguration|admissionregistration.k8s.io||webhooks/clientConfig/service',
        ],
    },
    {
        gvk: 'Role|rbac.authorization.k8s.io|',
        refs: ['RoleBinding|rbac.authorization.k8s.io||roleRef/name'],
    },
    {
        gvk: 'ClusterRole|rbac.authorization.k8s.io|',
        refs: [
            'RoleBinding|rbac.authorization.k8s.io||roleRef/name',
            'ClusterRoleBinding|rbac.authorization.k8s.io||roleRef/name',
        ],
    },
    {
        gvk: 'ServiceAccount||v1',
        refs: [
            'RoleBinding|rbac.authorization.k8s.io||subjects',
            'ClusterRoleBinding|rbac.authorization.k8s.io||subjects',
            'Pod|||spec/serviceAccountName',
            'StatefulSet|||spec/template/spec/serviceAccountName',
            'Deployment|||spec/template/spec/serviceAccountName',
            'ReplicationController|||spec/template/spec/serviceAccountName',
            'CronJob|||spec/jobTemplate/spec/template/spec/serviceAccountName',
            'Job|||spec/template/spec/serviceAccountName',
            'DaemonSet|||spec/template/spec/serviceAccountName',
        ],
    },
    {
        gvk: 'PersistentVolumeClaim||v1',
        refs: [
            'Pod|||spec/volumes/persistentVolumeClaim/claimName',
            'StatefulSet|||spec/template/spec/volumes/persistentVolumeClaim/claimName',
            'Deployment|||spec/template/spec/volumes/persistentVolumeClaim/claimName',
            'ReplicationController|||spec/template/spec/volumes/persistentVolumeClaim/claimName',
            'CronJob|||spec/jobTemplate/spec/template/spec/volumes/persistentVolumeClaim/claimName',
            'Job|||spec/template/spec/volumes/persistentVolumeClaim/claimName',
            'DaemonSet|||spec/template/spec/volumes/persistentVolumeClaim/claimName',
        ],
    },
    {
        gvk: 'PersistentVolume||v1',
        refs: ['PersistentVolumeClaim|||spec/volumeName', 'ClusterRole|||rules/resourceNames'],
    },
    {
        gvk: 'StorageClass|storage.k8s.io|v1',
        refs: [
            'PersistentVolume|||spec/storageClassName',
            'PersistentVolumeClaim|||spec/storageClassName',
            'StatefulSet|||spec/volumeClaimTemplates/spec/storageClassName',
        ],
    },
    {
        gvk: 'PriorityClass|scheduling.k8s.io|v1',
        refs: [
            'Pod|||spec/priorityClassName',
            'StatefulSet|||spec/template/spec/priorityClassName',
            'Deployment|||spec/template/spec/priorityClassName',
            'ReplicationController|||spec/template/spec/priorityClassName',
            'CronJob|||spec/jobTemplate/spec/template/spec/priorityClassName',
            'Job|||spec/template/spec/priorityClassName',
            'DaemonSet|||spec/template/spec/priorityClassName',
        ],
    },
    {
        gvk: 'IngressClass|networking.k8s.io/v1|v1',
        refs: ['Ingress|||spec/ingressClassName'],
    },
    {
        gvk: 'ValidatingAdmissionPolicy|admissionregistration.k8s.io|',
        refs: ['ValidatingAdmissionPolicyBinding|admissionregistration.k8s.io||spec/policyName'],
    },
];

// EXTERNAL MODULE: ./build/kustomize/errors.js
var errors = __webpack_require__(4969);
;// CONCATENATED MODULE: ./build/kustomize/resid.js
/**
 * Resource identities as kustomize writes and compares them (kyaml's resid): group,
 * version, kind, name and namespace, with "default" and "" the same namespace and
 * cluster-scoped kinds in none.
 */
const DEFAULT_NAMESPACE = 'default';
const TOTALLY_NOT_A_NAMESPACE = '_non_namespaceable_';
function parseGroupVersion(apiVersion) {
    const i = apiVersion.indexOf('/');
    return i > -1
        ? { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) }
        : { group: '', version: apiVersion };
}
function apiVersionOf(g) {
    return g.group ? `${g.group}/${g.version}` : g.version;
}
function gvkString(g) {
    return `${g.kind || '[noKind]'}.${g.version || '[noVer]'}.${g.group || '[noGrp]'}`;
}
function resIdString(id) {
    return `${gvkString(id.gvk)}/${id.name || '[noName]'}.${id.namespace || '[noNs]'}`;
}
function gvkEquals(a, b) {
    return a.group === b.group && a.version === b.version && a.kind === b.kind;
}
/** Gvk.IsSelected: empty selector fields match anything. */
function resid_gvkSelected(g, selector) {
    if (!selector)
        return true;
    if (selector.group && g.group !== selector.group)
        return false;
    if (selector.version && g.version !== selector.version)
        return false;
    if (selector.kind && g.kind !== selector.kind)
        return false;
    return true;
}
function effectiveNamespace(id) {
    if (id.clusterScoped)
        return TOTALLY_NOT_A_NAMESPACE;
    if (id.namespace === '' || id.namespace === DEFAULT_NAMESPACE)
        return DEFAULT_NAMESPACE;
    return id.namespace;
}
function nsEquals(a, b) {
    return effectiveNamespace(a) === effectiveNamespace(b);
}
function gvknEquals(a, b) {
    return a.name === b.name && gvkEquals(a.gvk, b.gvk);
}
function idEquals(a, b) {
    return nsEquals(a, b) && gvknEquals(a, b);
}
/** Go's == on ResId values (isClusterScoped included, as it is a struct field). */
function idIdentical(a, b) {
    return (gvkEquals(a.gvk, b.gvk) &&
        a.name === b.name &&
        a.namespace === b.namespace &&
        a.clusterScoped === b.clusterScoped);
}
/** ResId.IsSelectedBy */
function idSelectedBy(id, selector) {
    return ((selector.name === '' || selector.name === id.name) &&
        (selector.namespace === '' || nsEquals(selector, id)) &&
        resid_gvkSelected(id.gvk, selector.gvk));
}
const LEGACY_FIRST = [
    'Namespace',
    'ResourceQuota',
    'StorageClass',
    'CustomResourceDefinition',
    'ServiceAccount',
    'PodSecurityPolicy',
    'Role',
    'ClusterRole',
    'RoleBinding',
    'ClusterRoleBinding',
    'ConfigMap',
    'Secret',
    'Endpoints',
    'Service',
    'LimitRange',
    'PriorityClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'Deployment',
    'StatefulSet',
    'CronJob',
    'PodDisruptionBudget',
];
const LEGACY_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];
const DEFAULT_ORDER = { first: LEGACY_FIRST, last: LEGACY_LAST };
/** The kind ranks of a legacy order: first kinds negative, last kinds positive, others 0. */
function typeOrders(first, last) {
    const m = new Map();
    first.forEach((k, i) => m.set(k, -first.length + i));
    last.forEach((k, i) => m.set(k, 1 + i));
    return m;
}
const DEFAULT_TYPE_ORDERS = typeOrders(LEGACY_FIRST, LEGACY_LAST);
function stableGvk(g) {
    return `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`;
}
/** Gvk.IsLessThan (the order of field specs in a transformer config). */
function gvkLessThan(a, b) {
    const i = DEFAULT_TYPE_ORDERS.get(a.kind) ?? 0;
    const j = DEFAULT_TYPE_ORDERS.get(b.kind) ?? 0;
    if (i !== j)
        return i < j;
    return goLess(stableGvk(a), stableGvk(b));
}
/** Go's string < (byte order of UTF-8). */
function goLess(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')) < 0;
}
/** The SortOrderTransformer's legacy comparison. */
function legacyLess(a, b, orders) {
    if (!gvkEquals(a.gvk, b.gvk)) {
        const i = orders.get(a.gvk.kind) ?? 0;
        const j = orders.get(b.gvk.kind) ?? 0;
        if (i !== j)
            return i < j;
        if (a.gvk.kind === 'Namespace' &&
            b.gvk.kind === 'Namespace' &&
            (a.gvk.group === '' || b.gvk.group === '')) {
            return goLess(stableGvk(b.gvk), stableGvk(a.gvk));
        }
        return goLess(stableGvk(a.gvk), stableGvk(b.gvk));
    }
    const key = (id) => `${gvkString(id.gvk)}|${id.namespace || '~X'}|${id.name || '~N'}`;
    return goLess(key(a), key(b));
}

// EXTERNAL MODULE: ./build/kustomize/strict-decode.js
var strict_decode = __webpack_require__(4878);
;// CONCATENATED MODULE: ./build/kustomize/config.js
/**
 * kustomize's transformer configuration: for each transformer, the field specs (kind +
 * path) it touches; for name references, which fields of which kinds hold another kind's
 * name. Defaults, `configurations:` files and `crds:` files merge into one configuration
 * per build, in kustomize's order and with its dedup rules.
 */




const FS_FIELDS = [
    'namePrefix',
    'nameSuffix',
    'namespace',
    'commonLabels',
    'labels',
    'templateLabels',
    'commonAnnotations',
    'varReference',
    'images',
    'replicas',
];
function emptyConfig() {
    const c = { nameReference: [] };
    for (const f of FS_FIELDS)
        c[f] = [];
    return c;
}
function parseCompact(s) {
    const [kind, group, version, path, create] = s.split('|');
    return { gvk: { kind, group, version }, path, create: create === 'create' };
}
let defaults;
function defaultConfig() {
    if (!defaults) {
        const c = emptyConfig();
        for (const [k, list] of Object.entries(DEFAULT_FIELD_SPECS)) {
            c[k] = sortFs(list.map(parseCompact));
        }
        c.nameReference = sortNbr(DEFAULT_NAME_REFERENCES.map((n) => {
            const [kind, group, version] = n.gvk.split('|');
            return { gvk: { kind, group, version }, referrers: n.refs.map(parseCompact) };
        }));
        defaults = c;
    }
    return copyConfig(defaults);
}
function copyConfig(c) {
    const out = emptyConfig();
    for (const f of FS_FIELDS)
        out[f] = [...c[f]];
    out.nameReference = c.nameReference.map((n) => ({ gvk: n.gvk, referrers: [...n.referrers] }));
    return out;
}
function sortFs(list) {
    return [...list].sort((a, b) => gvkLessThan(a.gvk, b.gvk) ? -1 : gvkLessThan(b.gvk, a.gvk) ? 1 : 0);
}
function sortNbr(list) {
    return [...list].sort((a, b) => gvkLessThan(a.gvk, b.gvk) ? -1 : gvkLessThan(b.gvk, a.gvk) ? 1 : 0);
}
/** FieldSpec.effectivelyEquals */
function effectivelyEquals(a, b) {
    return resid_gvkSelected(a.gvk, b.gvk) && a.path === b.path;
}
/** FsSlice.MergeOne */
function mergeOne(list, x) {
    const i = list.findIndex((f) => effectivelyEquals(f, x));
    if (i > -1) {
        if (list[i].create !== x.create)
            throw new errors/* KustomizeError */.Kv('conflicting fieldspecs');
        return list;
    }
    return [...list, x];
}
function mergeAll(list, incoming) {
    let out = list;
    for (const x of incoming)
        out = mergeOne(out, x);
    return out;
}
function mergeNbr(list, incoming) {
    let out = list;
    for (const other of incoming) {
        let found = false;
        out = out.map((c) => {
            if (!gvkEquals(c.gvk, other.gvk))
                return c;
            found = true;
            return { gvk: c.gvk, referrers: mergeAll(c.referrers, other.referrers) };
        });
        if (!found)
            out = [...out, other];
    }
    return out;
}
const MERGE_NAMES = {
    namePrefix: 'NamePrefix',
    nameSuffix: 'NameSuffix',
    namespace: 'NameSpace',
    commonLabels: 'CommonLabels',
    labels: 'Labels',
    templateLabels: 'TemplateLabels',
    commonAnnotations: 'CommonAnnotations',
    varReference: 'VarReference',
    images: 'Images',
    replicas: 'Replicas',
};
/** TransformerConfig.Merge (the result's field specs sorted by kind). */
function mergeConfig(a, b) {
    if (!b)
        return a;
    const out = emptyConfig();
    for (const f of FS_FIELDS) {
        try {
            out[f] = sortFs(mergeAll(a[f], b[f]));
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `failed to merge ${MERGE_NAMES[f]} fieldSpec`);
        }
    }
    try {
        out.nameReference = sortNbr(mergeNbr(a.nameReference, b.nameReference));
    }
    catch (e) {
        throw (0,errors/* wrap */.LV)(e, 'failed to merge NameReference fieldSpec');
    }
    return out;
}
function fsFromValue(v) {
    const o = (v ?? {});
    const s = (k) => (typeof o[k] === 'string' ? o[k] : '');
    return {
        gvk: { group: s('group'), version: s('version'), kind: s('kind') },
        path: s('path'),
        create: o.create === true,
    };
}
/** A `configurations:` file (yaml.UnmarshalStrict into TransformerConfig). */
function configFromText(text, file) {
    const v = (0,strict_decode/* decodeAny */.T)(text, file);
    const c = emptyConfig();
    if (v === null)
        return c;
    if (typeof v !== 'object' || Array.isArray(v)) {
        throw new errors/* KustomizeError */.Kv('error unmarshaling JSON: json: cannot unmarshal into TransformerConfig');
    }
    for (const [k, list] of Object.entries(v)) {
        if (k === 'nameReference') {
            c.nameReference = sortNbr((Array.isArray(list) ? list : []).map((n) => {
                const o = (n ?? {});
                const base = fsFromValue(o);
                return {
                    gvk: base.gvk,
                    referrers: (Array.isArray(o.fieldSpecs) ? o.fieldSpecs : []).map(fsFromValue),
                };
            }));
        }
        else if (FS_FIELDS.includes(k)) {
            c[k] = sortFs((Array.isArray(list) ? list : []).map(fsFromValue));
        }
        else {
            throw new errors/* KustomizeError */.Kv(`error unmarshaling JSON: while decoding JSON: json: unknown field "${k}"`);
        }
    }
    return c;
}
/** MakeTransformerConfig: the defaults merged with the `configurations:` files. */
function makeTransformerConfig(ldr, paths) {
    const base = defaultConfig();
    if (!paths?.length)
        return base;
    let extra = emptyConfig();
    for (const p of paths)
        extra = mergeConfig(extra, configFromText(ldr.load(p), p));
    return mergeConfig(base, extra);
}
/** LoadConfigFromCRDs */
function configFromCrds(ldr, paths) {
    let tc = emptyConfig();
    for (const p of paths ?? []) {
        const content = ldr.load(p);
        let m;
        try {
            const v = content.trimStart().startsWith('{') ? JSON.parse(content) : (0,strict_decode/* decodeAny */.T)(content, p);
            m = (v ?? {});
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `unable to parse open API definition from '${p}'`);
        }
        tc = mergeConfig(tc, configFromApiMap(m));
    }
    return tc;
}
function propertiesOf(def) {
    const d = (def ?? {});
    return d.Schema?.properties ?? {};
}
function configFromApiMap(m) {
    let result = emptyConfig();
    for (const name of Object.keys(m)) {
        const props = propertiesOf(m[name]);
        if (!('kind' in props && 'apiVersion' in props && 'metadata' in props))
            continue;
        const tc = emptyConfig();
        const parts = name.split('.');
        loadCrdIntoConfig(tc, { group: '', version: '', kind: parts[parts.length - 1] }, m, name, []);
        result = mergeConfig(result, tc);
    }
    return result;
}
function loadCrdIntoConfig(tc, gvk, m, typeName, path) {
    if (!(typeName in m))
        return;
    const fs = (p) => ({ gvk, path: p.join('/'), create: false });
    for (const [propName, prop] of Object.entries(propertiesOf(m[typeName]))) {
        const p = [...path, propName];
        if (typeof prop['x-kubernetes-annotation'] === 'string')
            tc.commonAnnotations = mergeOne(tc.commonAnnotations, fs(p));
        if (typeof prop['x-kubernetes-label-selector'] === 'string')
            tc.commonLabels = mergeOne(tc.commonLabels, fs(p));
        if (typeof prop['x-kubernetes-identity'] === 'string')
            tc.namePrefix = mergeOne(tc.namePrefix, fs(p));
        const version = prop['x-kubernetes-object-ref-api-version'];
        const kind = prop['x-kubernetes-object-ref-kind'];
        if (typeof version === 'string' && typeof kind === 'string') {
            const nameKey = typeof prop['x-kubernetes-object-ref-name-key'] === 'string'
                ? prop['x-kubernetes-object-ref-name-key']
                : 'name';
            tc.nameReference = mergeNbr(tc.nameReference, [
                { gvk: { group: '', version, kind }, referrers: [fs([...p, nameKey])] },
            ]);
        }
        if (typeof prop.$ref === 'string')
            loadCrdIntoConfig(tc, gvk, m, prop.$ref, p);
    }
}

// EXTERNAL MODULE: ./build/kustomize/encode.js
var encode = __webpack_require__(9012);
// EXTERNAL MODULE: ./build/kustomize/node.js
var node = __webpack_require__(3766);
;// CONCATENATED MODULE: ./build/kustomize/fieldspec.js
/**
 * kustomize's fieldspec filter: walks a field spec's path through a resource (through
 * every element of the lists on the way), optionally creating what is missing, and calls
 * a setter on the node it reaches.
 */



/** kyaml's PathSplitter: '/'-separated, a backslash escapes a slash. */
function splitPath(path, delimiter = '/') {
    let ps = path.split(delimiter);
    if (ps.length > 1 && ps[0] === '')
        ps = ps.slice(1);
    const res = [ps[0]];
    for (let i = 1; i < ps.length; i++) {
        const last = res.length - 1;
        if (res[last].endsWith('\\'))
            res[last] = res[last].slice(0, -1) + delimiter + ps[i];
        else
            res.push(ps[i]);
    }
    return res;
}
/** The object's id as resid.FromRNode prints it. */
function nodeIdString(obj) {
    const { group, version } = parseGroupVersion(obj.field('apiVersion')?.value ?? '');
    const meta = obj.field('metadata');
    return resIdString({
        gvk: { group, version, kind: obj.field('kind')?.value ?? '' },
        name: meta?.field('name')?.value ?? '',
        namespace: meta?.field('namespace')?.value ?? '',
        clusterScoped: false,
    });
}
function kindName(k) {
    return k === 'map' ? 'MappingNode' : k === 'seq' ? 'SequenceNode' : 'ScalarNode';
}
function wrongKind(expected, n) {
    return new errors/* KustomizeError */.Kv(`wrong node kind: expected ${kindName(expected)} but got ${kindName(n.kind)}`);
}
/** Whether a field spec's gvk matches the object (isMatchGVK). */
function fsMatches(fs, obj) {
    const kind = obj.field('kind')?.value ?? '';
    if (fs.gvk.kind && fs.gvk.kind !== kind)
        return false;
    const { group, version } = parseGroupVersion(obj.field('apiVersion')?.value ?? '');
    if (fs.gvk.group && fs.gvk.group !== group)
        return false;
    if (fs.gvk.version && fs.gvk.version !== version)
        return false;
    return true;
}
/** fieldspec.Filter */
function applyFieldSpec(obj, fs, set, opts = {}) {
    if (!fsMatches(fs, obj))
        return;
    const path = splitPath(fs.path);
    try {
        walk(obj, path, fs, set, opts);
    }
    catch (e) {
        throw (0,errors/* wrap */.LV)(e, `considering field '${fs.path}' of object ${nodeIdString(obj)}`);
    }
}
function walk(n, path, fs, set, opts) {
    if (path.length === 0) {
        set(n);
        return;
    }
    if (n.tag === node/* TAG_NULL */.NY)
        return;
    if (n.kind === 'seq') {
        for (const el of [...n.content]) {
            try {
                walk(el, path, fs, set, opts);
            }
            catch (e) {
                throw (0,errors/* wrap */.LV)(e, `visit traversal on path: [${path.join(' ')}]`);
            }
        }
        return;
    }
    if (n.kind !== 'map')
        throw new errors/* KustomizeError */.Kv('expected sequence or mapping node');
    const seq = path[0].endsWith('[]');
    const name = seq ? path[0].slice(0, -2) : path[0];
    if (name === '')
        throw new errors/* KustomizeError */.Kv('cannot set or create an empty field name');
    let field;
    let kind;
    let tag = '';
    if (!fs.create || opts.createKind === undefined || seq) {
        field = lookupField(n, name);
        if (seq)
            kind = 'seq';
    }
    else if (path.length <= 1) {
        field = n.fieldOrCreate(name, opts.createKind, opts.src);
        kind = opts.createKind;
        tag = opts.createTag ?? '';
    }
    else {
        field = n.fieldOrCreate(name, 'map', opts.src);
        kind = 'map';
        tag = node/* TAG_MAP */.sA;
    }
    if (!field)
        return;
    if (field.tag === node/* TAG_NULL */.NY && kind !== undefined) {
        field.kind = kind;
        field.tag = tag;
    }
    walk(field, path.slice(1), fs, set, opts);
}
/** PathGetter for one part: a field, an element index, or a [name=value] match. */
function lookupField(n, part) {
    if (/^\[.*\]$/.test(part))
        return undefined;
    return n.field(part);
}
/**
 * filtersutil.SetEntry: sets field `name` (or, with name '', the scalar itself) to a scalar
 * with `tag`, attributed to `src`.
 */
function setEntry(name, value, tag, src) {
    return (n) => {
        const v = node/* KNode */.Yy.scalar(value, tag, src);
        if (name === '') {
            if (n.kind !== 'scalar' && n.tag !== node/* TAG_NULL */.NY)
                throw wrongKind('scalar', n);
            n.setScalarValue(v);
            return;
        }
        if (n.kind !== 'map')
            throw wrongKind('map', n);
        n.setField(name, v, src);
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/helm/yaml/go-json.js
var go_json = __webpack_require__(982);
// EXTERNAL MODULE: ./build/core/budget.js
var budget = __webpack_require__(6785);
;// CONCATENATED MODULE: ./build/kustomize/resource.js
/**
 * kustomize's Resource and ResMap: a resource node with the build bookkeeping kustomize
 * keeps in internal.config.kubernetes.io annotations (previous names, prefixes, generator
 * behaviour, references) \u2014 kept there too, because which annotations exist changes what
 * kustomize prints (they are removed at the end, rewriting the annotations map).
 */




const DOMAIN = 'internal.config.kubernetes.io';
const ANNO_PREVIOUS_KINDS = `${DOMAIN}/previousKinds`;
const ANNO_PREVIOUS_NAMES = `${DOMAIN}/previousNames`;
const ANNO_PREFIXES = `${DOMAIN}/prefixes`;
const ANNO_SUFFIXES = `${DOMAIN}/suffixes`;
const ANNO_PREVIOUS_NAMESPACES = `${DOMAIN}/previousNamespaces`;
const ANNO_REF_BY = `${DOMAIN}/refBy`;
const ANNO_GEN_BEHAVIOR = `${DOMAIN}/generatorBehavior`;
const ANNO_NEEDS_HASH = `${DOMAIN}/needsHashSuffix`;
const ANNO_ALLOW_NAME_CHANGE = `${DOMAIN}/allowNameChange`;
const ANNO_ALLOW_KIND_CHANGE = `${DOMAIN}/allowKindChange`;
const ANNO_ORIGIN = 'config.kubernetes.io/origin';
const ANNO_TRANSFORMATIONS = 'alpha.config.kubernetes.io/transformations';
const ANNO_LOCAL_CONFIG = 'config.kubernetes.io/local-config';
/** Annotations kustomize removes before printing (Resource.BuildAnnotations). */
const BUILD_ANNOTATIONS = [
    ANNO_PREVIOUS_KINDS,
    ANNO_PREVIOUS_NAMES,
    ANNO_PREFIXES,
    ANNO_SUFFIXES,
    ANNO_PREVIOUS_NAMESPACES,
    ANNO_ALLOW_NAME_CHANGE,
    ANNO_ALLOW_KIND_CHANGE,
    ANNO_REF_BY,
    ANNO_GEN_BEHAVIOR,
    ANNO_NEEDS_HASH,
    'config.kubernetes.io/path',
    'config.kubernetes.io/index',
    'internal.config.kubernetes.io/seqindent',
    'config.kubernetes.io/id',
    'config.k8s.io/id',
    'internal.config.kubernetes.io/path',
    'internal.config.kubernetes.io/index',
    'internal.config.kubernetes.io/id',
    'internal.config.kubernetes.io/annotations-migration-resource-id',
];
function parseBehavior(s) {
    return s === 'create' || s === 'merge' || s === 'replace' ? s : 'unspecified';
}
function metadataOf(n) {
    const m = n.field('metadata');
    return m && !(0,node/* isNilOrEmpty */.E4)(m) ? m : undefined;
}
/** RNode.getMetaStringField */
function metaString(n, name) {
    const m = metadataOf(n);
    const f = m?.field(name);
    return f && !(0,node/* isNilOrEmpty */.E4)(f) ? f.value : '';
}
class Resource {
    node;
    api;
    refVarNames = [];
    constructor(node, api) {
        this.node = node;
        this.api = api;
    }
    get kind() {
        return this.node.field('kind')?.value ?? '';
    }
    get apiVersion() {
        return this.node.field('apiVersion')?.value ?? '';
    }
    get name() {
        return metaString(this.node, 'name');
    }
    get namespace() {
        return metaString(this.node, 'namespace');
    }
    get gvk() {
        const { group, version } = parseGroupVersion(this.apiVersion);
        return { group, version, kind: this.kind };
    }
    isEmpty() {
        return (0,node/* isNilOrEmpty */.E4)(this.node);
    }
    makeId(gvk, name, namespace) {
        return makeResId(this.api, gvk, name, namespace);
    }
    curId() {
        return this.makeId(this.gvk, this.name, this.namespace);
    }
    prevIds() {
        const a = this.annotations();
        const names = a.get(ANNO_PREVIOUS_NAMES);
        if (!names)
            return [];
        const n = names.value.split(',');
        const ns = (a.get(ANNO_PREVIOUS_NAMESPACES)?.value ?? '').split(',');
        const kinds = (a.get(ANNO_PREVIOUS_KINDS)?.value ?? '').split(',');
        if (n.length !== ns.length || n.length !== kinds.length) {
            throw new errors/* KustomizeError */.Kv('number of previous names, number of previous namespaces, number of previous kinds not equal');
        }
        const { group, version } = parseGroupVersion(this.apiVersion);
        return n.map((name, i) => this.makeId({ group, version, kind: kinds[i] }, name, ns[i]));
    }
    orgId() {
        const prev = this.prevIds();
        return prev.length > 0 ? prev[0] : this.curId();
    }
    // ---- metadata maps ----
    metaMap(field) {
        const out = new Map();
        const m = metadataOf(this.node);
        const f = m?.field(field);
        if (!f || f.kind !== 'map')
            return out;
        for (const [k, v] of f.entries())
            out.set(k.value, { value: v.value, src: v.src, keySrc: k.src });
        return out;
    }
    annotations() {
        return this.metaMap('annotations');
    }
    labels() {
        return this.metaMap('labels');
    }
    /** setMapInMetadata: the field is cleared and rewritten with sorted !!str values. */
    setMetaMap(field, m) {
        const meta = this.node.fieldOrCreate('metadata', 'map');
        meta.clear(field);
        if (m.size === 0)
            return;
        const map = meta.fieldOrCreate(field, 'map');
        for (const k of [...m.keys()].sort(compareGo)) {
            const e = m.get(k);
            map.setField(k, node/* KNode */.Yy.string(e.value, e.src), e.keySrc);
        }
    }
    setAnnotations(m) {
        this.setMetaMap('annotations', m);
    }
    setLabels(m) {
        this.setMetaMap('labels', m);
    }
    /** kyaml's SetAnnotation: one key set (as !!str), creating metadata/annotations as needed. */
    setAnnotation(key, value) {
        const meta = this.node.fieldOrCreate('metadata', 'map');
        const anns = meta.fieldOrCreate('annotations', 'map');
        anns.setField(key, node/* KNode */.Yy.string(value));
    }
    setName(name, src) {
        const meta = this.node.fieldOrCreate('metadata', 'map');
        meta.setField('name', node/* KNode */.Yy.scalar(name, '', src));
    }
    setNamespace(ns) {
        const meta = this.node.field('metadata');
        if (ns === '') {
            meta?.clear('namespace');
            return;
        }
        this.node.fieldOrCreate('metadata', 'map').setField('namespace', node/* KNode */.Yy.scalar(ns));
    }
    setKind(kind) {
        this.node.setField('kind', node/* KNode */.Yy.scalar(kind));
    }
    setApiVersion(av) {
        this.node.setField('apiVersion', node/* KNode */.Yy.scalar(av));
    }
    setGvk(g) {
        this.setKind(g.kind);
        this.setApiVersion(g.group ? `${g.group}/${g.version}` : g.version);
    }
    // ---- build annotations ----
    csv(name) {
        const v = this.annotations().get(name);
        return v === undefined ? [] : v.value.split(',');
    }
    appendCsv(name, value) {
        if (value === '')
            return;
        this.setAnnotation(name, [...this.csv(name), value].join(','));
    }
    namePrefixes() {
        return this.csv(ANNO_PREFIXES);
    }
    nameSuffixes() {
        return this.csv(ANNO_SUFFIXES);
    }
    addNamePrefix(p) {
        this.appendCsv(ANNO_PREFIXES, p);
    }
    addNameSuffix(s) {
        this.appendCsv(ANNO_SUFFIXES, s);
    }
    setPreviousId(ns, name, kind) {
        this.appendCsv(ANNO_PREVIOUS_NAMES, name);
        this.appendCsv(ANNO_PREVIOUS_NAMESPACES, ns);
        this.appendCsv(ANNO_PREVIOUS_KINDS, kind);
    }
    storePreviousId() {
        const id = this.curId();
        this.setPreviousId(effectiveNamespace(id), id.name, id.gvk.kind);
    }
    isEnabled(key) {
        return this.annotations().get(key)?.value === 'enabled';
    }
    enable(key) {
        const a = this.annotations();
        a.set(key, { value: 'enabled' });
        this.setAnnotations(a);
    }
    allowNameChange() {
        this.enable(ANNO_ALLOW_NAME_CHANGE);
    }
    allowKindChange() {
        this.enable(ANNO_ALLOW_KIND_CHANGE);
    }
    nameChangeAllowed() {
        return this.isEnabled(ANNO_ALLOW_NAME_CHANGE);
    }
    kindChangeAllowed() {
        return this.isEnabled(ANNO_ALLOW_KIND_CHANGE);
    }
    needHashSuffix() {
        return this.isEnabled(ANNO_NEEDS_HASH);
    }
    enableHashSuffix() {
        this.enable(ANNO_NEEDS_HASH);
    }
    behavior() {
        const v = this.annotations().get(ANNO_GEN_BEHAVIOR);
        return parseBehavior(v?.value ?? '');
    }
    setBehavior(b) {
        const a = this.annotations();
        a.set(ANNO_GEN_BEHAVIOR, { value: b });
        this.setAnnotations(a);
    }
    refBy() {
        return this.csv(ANNO_REF_BY);
    }
    appendRefBy(id) {
        this.appendCsv(ANNO_REF_BY, resIdString(id));
    }
    removeBuildAnnotations() {
        const a = this.annotations();
        if (a.size === 0)
            return;
        for (const k of BUILD_ANNOTATIONS)
            a.delete(k);
        this.setAnnotations(a);
    }
    /** Resource.DeepCopy */
    deepCopy() {
        const r = new Resource(this.node.clone(), this.api);
        r.refVarNames = [...this.refVarNames];
        return r;
    }
    /** CopyMergeMetaDataFieldsFrom */
    copyMergeMetaDataFieldsFrom(other) {
        const labels = other.labels();
        for (const [k, v] of this.labels())
            labels.set(k, v);
        this.setLabels(labels);
        const own = this.annotations();
        const enableHash = own.has(ANNO_NEEDS_HASH);
        const merged = new Map(other.annotations());
        for (const [k, v] of own)
            merged.set(k, v);
        // Build annotations come from `other` only.
        const theirs = other.annotations();
        for (const k of BUILD_ANNOTATIONS) {
            const v = theirs.get(k);
            if (v !== undefined)
                merged.set(k, v);
            else
                merged.delete(k);
        }
        if (!enableHash)
            merged.delete(ANNO_NEEDS_HASH);
        this.setAnnotations(merged);
        this.setName(other.name);
        this.setNamespace(other.namespace);
        this.refVarNames = [...other.refVarNames];
    }
    /** GetDataMap / GetBinaryDataMap */
    dataMap(field) {
        const out = new Map();
        const d = this.node.field(field);
        if (!d || d.kind !== 'map')
            return out;
        for (const [k, v] of d.entries())
            out.set((0,node/* valueOf */.RP)(k), { value: (0,node/* valueOf */.RP)(v), src: v.src, keySrc: k.src });
        return out;
    }
    /** SetDataMap / SetBinaryDataMap: cleared, then written back sorted as !!str values. */
    setDataMap(field, m) {
        this.node.clear(field);
        if (m.size === 0)
            return;
        for (const k of [...m.keys()].sort(compareGo)) {
            const e = m.get(k);
            this.node.fieldOrCreate(field, 'map').setField(k, node/* KNode */.Yy.string(e.value, e.src), e.keySrc);
        }
    }
    /** Whether labels match a Kubernetes label selector. */
    matchesLabelSelector(selector) {
        return matchSelector(selector, this.labels());
    }
    matchesAnnotationSelector(selector) {
        return matchSelector(selector, this.annotations());
    }
    lookup(...path) {
        return (0,node/* lookup */.$I)(this.node, ...path);
    }
}
function makeResId(api, gvk, name, namespace) {
    const av = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
    const scoped = api.isNamespaceScoped(av, gvk.kind);
    return { gvk, name, namespace, clusterScoped: scoped === false };
}
/** Go's sort.Strings order. */
function compareGo(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
// ---- label selectors (k8s.io/apimachinery labels.Parse, the subset kustomize users write) ----
function matchSelector(selector, labels) {
    if (selector.trim() === '')
        return true;
    for (const req of splitRequirements(selector)) {
        if (!matchRequirement(req.trim(), labels))
            return false;
    }
    return true;
}
function splitRequirements(s) {
    const out = [];
    let depth = 0;
    let cur = '';
    for (const ch of s) {
        if (ch === '(')
            depth++;
        if (ch === ')')
            depth--;
        if (ch === ',' && depth === 0) {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out;
}
function matchRequirement(r, labels) {
    let m = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(r);
    if (m) {
        const values = m[3].split(',').map((v) => v.trim());
        const v = labels.get(m[1]);
        if (m[2] === 'in')
            return v !== undefined && values.includes(v.value);
        return v === undefined || !values.includes(v.value);
    }
    if (r.startsWith('!'))
        return !labels.has(r.slice(1).trim());
    m = /^([^=!<>\s]+)\s*(==|=|!=|>|<)\s*(.*)$/.exec(r);
    if (m) {
        const v = labels.get(m[1]);
        const want = m[3].trim();
        switch (m[2]) {
            case '=':
            case '==':
                return v !== undefined && v.value === want;
            case '!=':
                return v === undefined || v.value !== want;
            case '>':
                return v !== undefined && Number(v.value) > Number(want);
            case '<':
                return v !== undefined && Number(v.value) < Number(want);
        }
    }
    if (/^[^=!<>\s(),]+$/.test(r))
        return labels.has(r);
    throw new errors/* KustomizeError */.Kv(`unable to parse requirement: ${r}`);
}
class ResMap {
    api;
    list = [];
    constructor(api) {
        this.api = api;
    }
    get size() {
        return this.list.length;
    }
    resources() {
        return [...this.list];
    }
    append(r) {
        // The id check below scans the whole list: charge it, or 4,096 appends to a list of 10^5
        // (an overlay doubling its base) pass between two looks at the budget's clock.
        (0,budget/* work */.oJ)(1 + (this.list.length >>> 4));
        const id = r.curId();
        if (this.byCurrentId((x) => idEquals(id, x)).length > 0) {
            throw new errors/* KustomizeError */.Kv(`may not add resource with an already registered id: ${resIdString(id)}`);
        }
        this.list.push(r);
    }
    appendAll(other) {
        for (const r of Array.isArray(other) ? other : other.list)
            this.append(r);
    }
    byCurrentId(m) {
        return this.list.filter((r) => m(r.curId()));
    }
    byAnyId(m) {
        const out = [];
        for (const r of this.list) {
            if (r.isEmpty())
                continue;
            if ([...r.prevIds(), r.curId()].some(m))
                out.push(r);
        }
        return out;
    }
    /** GetById: exactly one match by any id, else kustomize's error. */
    getById(id) {
        const r = this.byAnyId((x) => idEquals(id, x));
        if (r.length === 1)
            return r[0];
        const why = r.length > 1
            ? `multiple matches for Id ${resIdString(id)}`
            : `no matches for Id ${resIdString(id)}`;
        throw new errors/* KustomizeError */.Kv(`${why}; failed to find unique target for patch ${resIdString(id)}`);
    }
    indexOfCurrentId(id) {
        let count = 0;
        let result = -1;
        this.list.forEach((r, i) => {
            if (idEquals(id, r.curId())) {
                count++;
                result = i;
            }
        });
        if (count > 1)
            throw new errors/* KustomizeError */.Kv(`id matched ${count} resources`);
        return result;
    }
    replace(r) {
        const id = r.curId();
        let i;
        try {
            i = this.indexOfCurrentId(id);
        }
        catch (e) {
            throw new errors/* KustomizeError */.Kv(`in Replace: ${e.message}`);
        }
        if (i < 0)
            throw new errors/* KustomizeError */.Kv(`cannot find resource with id ${resIdString(id)} to replace`);
        this.list[i] = r;
        return i;
    }
    remove(id) {
        const before = this.list.length;
        this.list = this.list.filter((r) => !idIdentical(r.curId(), id));
        if (this.list.length !== before - 1)
            throw new errors/* KustomizeError */.Kv(`id ${resIdString(id)} not found in removal`);
    }
    clear() {
        this.list = [];
    }
    /** Resources a referrer can point at: same namespace, cluster-scoped, RoleBinding subjects' namespaces. */
    subsetReferencedBy(referrer) {
        const rid = referrer.curId();
        if (rid.clusterScoped)
            return this.resources();
        const subjectNs = new Set();
        if (referrer.kind === 'RoleBinding') {
            const subjects = referrer.node.field('subjects');
            for (const s of subjects?.kind === 'seq' ? subjects.content : []) {
                const ns = s.field('namespace');
                const kind = s.field('kind');
                if (ns && kind?.value === 'ServiceAccount')
                    subjectNs.add(ns.value);
            }
        }
        return this.list.filter((t) => {
            const id = t.curId();
            return id.clusterScoped || nsEquals(id, rid) || subjectNs.has(t.namespace);
        });
    }
    groupedByNamespace(original) {
        const out = new Map();
        for (const r of this.list) {
            const ns = effectiveNamespace(original ? r.orgId() : r.curId());
            if (!out.has(ns))
                out.set(ns, []);
            out.get(ns).push(r);
        }
        return out;
    }
    dropEmpties() {
        this.list = this.list.filter((r) => !r.isEmpty());
    }
    /** Select: resources matching a patch or replacement target selector. */
    select(s) {
        const re = (p) => (p ? anchoredRegExp(p) : undefined);
        const nsRe = re(s.namespace);
        const nameRe = re(s.name);
        const gRe = re(s.group);
        const vRe = re(s.version);
        const kRe = re(s.kind);
        const out = [];
        for (const r of this.list) {
            const cur = r.curId();
            const org = r.orgId();
            if (nsRe && !nsRe.test(effectiveNamespace(org)) && !nsRe.test(effectiveNamespace(cur)))
                continue;
            if (nameRe && !nameRe.test(org.name) && !nameRe.test(cur.name))
                continue;
            const g = r.gvk;
            if ((gRe && !gRe.test(g.group)) ||
                (vRe && !vRe.test(g.version)) ||
                (kRe && !kRe.test(g.kind)))
                continue;
            if (!r.matchesLabelSelector(s.labelSelector ?? ''))
                continue;
            if (!r.matchesAnnotationSelector(s.annotationSelector ?? ''))
                continue;
            out.push(r);
        }
        return out;
    }
}
/** types.NewSelectorRegex: each field is an anchored Go regexp. */
function anchoredRegExp(p) {
    try {
        return new RegExp(`^(?:${p})$`, 'u');
    }
    catch (e) {
        throw new errors/* KustomizeError */.Kv(`error parsing regexp: ${e.message}`);
    }
}
/** Whether the selector's GVK fields select the id (used where kustomize does not use regexes). */
function selectsGvk(selector, g) {
    return gvkSelected(g, selector);
}

// EXTERNAL MODULE: ./build/core/arrays.js
var arrays = __webpack_require__(8170);
;// CONCATENATED MODULE: ./build/kustomize/generators.js
/**
 * configMapGenerator and secretGenerator: key/value pairs from env files, literals and
 * files, the generated object, and the name-suffix hash kustomize computes over it.
 */







/** Go's fmt %v of a []string. */
function goList(l) {
    return `[${(l ?? []).join(' ')}]`;
}
function envPairs(text, src) {
    const out = [];
    const lines = text.split('\n');
    // bufio.Scanner drops a final empty line and the \r of CRLF endings.
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((raw, i) => {
        let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (i === 0 && line.startsWith('\ufeff'))
            line = line.slice(1);
        line = line.replace(/^\s+/u, '');
        if (line.length === 0 || line[0] === '#')
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? line : line.slice(0, eq);
        out.push({ key, value: eq < 0 ? '' : line.slice(eq + 1), src });
    });
    return out;
}
function removeQuotes(s) {
    if (s.length < 2 || s[0] !== s[s.length - 1])
        return s;
    return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s;
}
/** generators.ParseFileSource */
function parseFileSource(source) {
    const n = source.split('=').length - 1;
    if (n === 0)
        return { key: source.slice(source.lastIndexOf('/') + 1) || source, path: source };
    if (n === 1 && source.startsWith('=')) {
        throw new errors/* KustomizeError */.Kv(`missing key name for file path ${JSON.stringify(source.slice(1))} in source ${JSON.stringify(source)}`);
    }
    if (n === 1 && source.endsWith('=')) {
        throw new errors/* KustomizeError */.Kv(`missing file path for key name ${JSON.stringify(source.slice(0, -1))} in source ${JSON.stringify(source)}`);
    }
    if (n > 1)
        throw new errors/* KustomizeError */.Kv(`source ${JSON.stringify(source)} key name or file path contains '='`);
    const [key, path] = source.split('=');
    return { key, path };
}
/** kv.Loader.Load: env files, then literals, then files. */
function loadPairs(ldr, args, srcs) {
    const all = [];
    try {
        ;
        (args.envs ?? []).forEach((p, i) => (0,arrays/* pushAll */.iI)(all, envPairs(ldr.load(p), srcs.envs(i))));
    }
    catch (e) {
        throw (0,errors/* wrap */.LV)(e, `env source files: ${goList(args.envs)}`);
    }
    try {
        ;
        (args.literals ?? []).forEach((s, i) => {
            if (s.indexOf('=') === 0 || !s.includes('=')) {
                throw new errors/* KustomizeError */.Kv(`invalid literal source ${s}, expected key=value`);
            }
            const eq = s.indexOf('=');
            all.push({ key: s.slice(0, eq), value: removeQuotes(s.slice(eq + 1)), src: srcs.literals(i) });
        });
    }
    catch (e) {
        throw (0,errors/* wrap */.LV)(e, `literal sources ${goList(args.literals)}`);
    }
    try {
        ;
        (args.files ?? []).forEach((s, i) => {
            const { key, path } = parseFileSource(s);
            all.push({ key, value: ldr.load(path), src: srcs.files(i) });
        });
    }
    catch (e) {
        throw (0,errors/* wrap */.LV)(e, `file sources: ${goList(args.files)}`);
    }
    return all;
}
function dataMap(ldr, args, srcs) {
    let pairs;
    try {
        pairs = loadPairs(ldr, args, srcs);
    }
    catch (e) {
        throw (0,errors/* wrap */.LV)(e, 'loading KV pairs');
    }
    const known = new Map();
    for (const p of pairs) {
        if (known.has(p.key)) {
            throw new errors/* KustomizeError */.Kv(`configmap ${args.name} illegally repeats the key \`${p.key}\``);
        }
        known.set(p.key, p);
    }
    return known;
}
/** base64 broken into 70-character lines when longer (kyaml's encodeBase64). */
function encodeBase64(s) {
    const enc = Buffer.from(s, 'utf8').toString('base64');
    if (enc.length < 70)
        return enc;
    const lines = [];
    for (let i = 0; i < enc.length; i += 70)
        lines.push(enc.slice(i, i + 70));
    return lines.join('\n') + '\n';
}
function metaNode(n, src) {
    return n.fieldOrCreate('metadata', 'map', src);
}
function setMeta(n, field, key, value, src) {
    const v = node/* KNode */.Yy.string(value, src);
    v.style = node/* STYLE_SINGLE */.Bn;
    if (field === 'annotations') {
        const meta = n.field('metadata');
        if (meta) {
            const a = meta.field('annotations');
            if (a && a.content.length === 0)
                meta.clear('annotations');
            if (meta.content.length === 0)
                n.clear('metadata');
        }
    }
    metaNode(n, src).fieldOrCreate(field, 'map', src).setField(key, v, src);
}
function applyOptions(n, opts, src) {
    if (!opts)
        return;
    for (const k of Object.keys(opts.labels ?? {}).sort(compareGo))
        setMeta(n, 'labels', k, opts.labels[k], src);
    for (const k of Object.keys(opts.annotations ?? {}).sort(compareGo)) {
        setMeta(n, 'annotations', k, opts.annotations[k], src);
    }
    if (opts.immutable)
        n.setField('immutable', node/* KNode */.Yy.scalar('true', node/* TAG_BOOL */.KG, src));
}
function baseNode(kind, args, src) {
    const n = node/* KNode */.Yy.map(src);
    n.content.push(node/* KNode */.Yy.scalar('apiVersion', node/* TAG_STR */.DQ, src), node/* KNode */.Yy.scalar('v1', node/* TAG_STR */.DQ, src));
    n.content.push(node/* KNode */.Yy.scalar('kind', node/* TAG_STR */.DQ, src), node/* KNode */.Yy.scalar(kind, node/* TAG_STR */.DQ, src));
    if (!args.name)
        throw new errors/* KustomizeError */.Kv('a configmap must have a name');
    metaNode(n, src).setField('name', node/* KNode */.Yy.string(args.name, src));
    if (args.namespace)
        metaNode(n, src).setField('namespace', node/* KNode */.Yy.string(args.namespace, src));
    return n;
}
function makeConfigMap(ldr, args, srcs) {
    const n = baseNode('ConfigMap', args, srcs.at);
    for (const k of [...dataMap(ldr, args, srcs).entries()].sort((a, b) => compareGo(a[0], b[0]))) {
        const v = node/* KNode */.Yy.string(k[1].value, k[1].src ?? srcs.at);
        v.tag = node/* TAG_STR */.DQ;
        if (v.value.includes('\n'))
            v.style = node/* STYLE_LITERAL */.QE;
        n.fieldOrCreate('data', 'map', srcs.at).setField(k[0], v, k[1].src);
    }
    applyOptions(n, args.options, srcs.at);
    return n;
}
function makeSecret(ldr, args, srcs) {
    const n = baseNode('Secret', args, srcs.at);
    n.setField('type', node/* KNode */.Yy.string(args.type || 'Opaque', srcs.at));
    const data = dataMap(ldr, args, srcs);
    const map = n.fieldOrCreate('data', 'map', srcs.at);
    for (const [k, p] of [...data.entries()].sort((a, b) => compareGo(a[0], b[0]))) {
        const v = node/* KNode */.Yy.string(encodeBase64(p.value), p.src ?? srcs.at);
        v.tag = node/* TAG_STR */.DQ;
        map.setField(k, v, p.src);
    }
    applyOptions(n, args.options, srcs.at);
    return n;
}
/** MergeGlobalOptionsIntoLocal */
function mergeOptions(local, global) {
    if (!global)
        return local;
    const out = { ...(local ?? {}) };
    if (!out.labels) {
        if (global.labels)
            out.labels = { ...global.labels };
    }
    else {
        out.labels = { ...out.labels };
        for (const [k, v] of Object.entries(global.labels ?? {}))
            if (!(k in out.labels))
                out.labels[k] = v;
    }
    if (!out.annotations) {
        if (global.annotations)
            out.annotations = { ...global.annotations };
    }
    else {
        out.annotations = { ...out.annotations };
        for (const [k, v] of Object.entries(global.annotations ?? {})) {
            if (!(k in out.annotations))
                out.annotations[k] = v;
        }
    }
    if (global.disableNameSuffixHash)
        out.disableNameSuffixHash = true;
    if (global.immutable)
        out.immutable = true;
    return out;
}
// ---- the name-suffix hash (api/hasher) ----
function hashEncode(hex) {
    const map = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };
    return [...hex.slice(0, 10)].map((c) => map[c] ?? c).join('');
}
function sha256Hex(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
}
/** getNodeValues: a Lookup of one field (kustomize looks up "metadata/name" as a single field name, so names never enter the hash). */
function nodeValue(n, field) {
    const cur = n.kind === 'map' ? n.field(field) : undefined;
    if (!cur)
        return '';
    if (cur.kind !== 'scalar') {
        const wrapped = node/* KNode */.Yy.map();
        wrapped.content.push(node/* KNode */.Yy.scalar('v'), cur);
        return (0,encode/* resourceValue */.oO)(wrapped).v;
    }
    return cur.value;
}
function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Hasher.Hash: the 10-character suffix of a generated ConfigMap or Secret. */
function hashOf(n) {
    const kind = n.field('kind')?.value ?? '';
    let m;
    if (kind === 'ConfigMap') {
        m = {
            kind: 'ConfigMap',
            name: nodeValue(n, 'metadata/name'),
            data: nodeValue(n, 'data'),
        };
        const bin = nodeValue(n, 'binaryData');
        if (isMap(bin))
            m.binaryData = bin;
    }
    else if (kind === 'Secret') {
        m = {
            kind: 'Secret',
            type: nodeValue(n, 'type'),
            name: nodeValue(n, 'metadata/name'),
            data: nodeValue(n, 'data'),
        };
        const sd = nodeValue(n, 'stringData');
        if (isMap(sd))
            m.stringData = sd;
    }
    else {
        return hashEncode(sha256Hex((0,go_json/* marshalJson */.l5)((0,encode/* resourceValue */.oO)(n))));
    }
    return hashEncode(sha256Hex((0,go_json/* marshalJson */.l5)(m)));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/helm/render.js + 59 modules
var render = __webpack_require__(7767);
// EXTERNAL MODULE: ./build/helm/yaml/to-yaml.js + 2 modules
var to_yaml = __webpack_require__(9972);
;// CONCATENATED MODULE: ./build/kustomize/openapi.generated.js
const KUBERNETES_OPENAPI = {
    gvks: {
        'events.k8s.io/v1beta1|Event': 'io.k8s.api.events.v1beta1.Event',
        'v1|ComponentStatus': 'io.k8s.api.core.v1.ComponentStatus',
        'v1|Pod': 'io.k8s.api.core.v1.Pod',
        'certificates.k8s.io/v1beta1|CertificateSigningRequestList': 'io.k8s.api.certificates.v1beta1.CertificateSigningRequestList',
        'v1|Event': 'io.k8s.api.core.v1.Event',
        'v1|LimitRangeList': 'io.k8s.api.core.v1.LimitRangeList',
        'batch/v1|CronJobList': 'io.k8s.api.batch.v1.CronJobList',
        'apps/v1|StatefulSetList': 'io.k8s.api.apps.v1.StatefulSetList',
        'storage.k8s.io/v1|CSIDriver': 'io.k8s.api.storage.v1.CSIDriver',
        'flowcontrol.apiserver.k8s.io/v1beta1|PriorityLevelConfigurationList': 'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationList',
        'v1|PersistentVolume': 'io.k8s.api.core.v1.PersistentVolume',
        'batch/v1beta1|CronJobList': 'io.k8s.api.batch.v1beta1.CronJobList',
        'storage.k8s.io/v1|StorageClass': 'io.k8s.api.storage.v1.StorageClass',
        'apiregistration.k8s.io/v1|APIService': 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService',
        'node.k8s.io/v1beta1|RuntimeClass': 'io.k8s.api.node.v1beta1.RuntimeClass',
        'rbac.authorization.k8s.io/v1|Role': 'io.k8s.api.rbac.v1.Role',
        'v1|ReplicationController': 'io.k8s.api.core.v1.ReplicationController',
        'certificates.k8s.io/v1|CertificateSigningRequest': 'io.k8s.api.certificates.v1.CertificateSigningRequest',
        'v1|APIVersions': 'io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions',
        'apps/v1|DeploymentList': 'io.k8s.api.apps.v1.DeploymentList',
        'extensions/v1beta1|IngressList': 'io.k8s.api.extensions.v1beta1.IngressList',
        'networking.k8s.io/v1|IngressList': 'io.k8s.api.networking.v1.IngressList',
        'discovery.k8s.io/v1beta1|EndpointSliceList': 'io.k8s.api.discovery.v1beta1.EndpointSliceList',
        'networking.k8s.io/v1|NetworkPolicy': 'io.k8s.api.networking.v1.NetworkPolicy',
        'batch/v1|JobList': 'io.k8s.api.batch.v1.JobList',
        'authorization.k8s.io/v1|SubjectAccessReview': 'io.k8s.api.authorization.v1.SubjectAccessReview',
        'autoscaling/v1|HorizontalPodAutoscaler': 'io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler',
        'rbac.authorization.k8s.io/v1beta1|RoleBindingList': 'io.k8s.api.rbac.v1beta1.RoleBindingList',
        'authentication.k8s.io/v1|TokenRequest': 'io.k8s.api.authentication.v1.TokenRequest',
        'autoscaling/v2beta2|HorizontalPodAutoscalerList': 'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerList',
        'v1|PersistentVolumeList': 'io.k8s.api.core.v1.PersistentVolumeList',
        'storage.k8s.io/v1|CSINodeList': 'io.k8s.api.storage.v1.CSINodeList',
        'coordination.k8s.io/v1|Lease': 'io.k8s.api.coordination.v1.Lease',
        'batch/v1|Job': 'io.k8s.api.batch.v1.Job',
        'flowcontrol.apiserver.k8s.io/v1beta1|FlowSchemaList': 'io.k8s.api.flowcontrol.v1beta1.FlowSchemaList',
        'networking.k8s.io/v1beta1|Ingress': 'io.k8s.api.networking.v1beta1.Ingress',
        'v1|EndpointsList': 'io.k8s.api.core.v1.EndpointsList',
        'networking.k8s.io/v1beta1|IngressClass': 'io.k8s.api.networking.v1beta1.IngressClass',
        'v1|APIResourceList': 'io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList',
        'v1|EventList': 'io.k8s.api.core.v1.EventList',
        'v1|Secret': 'io.k8s.api.core.v1.Secret',
        'node.k8s.io/v1|RuntimeClass': 'io.k8s.api.node.v1.RuntimeClass',
        'v1|PersistentVolumeClaimList': 'io.k8s.api.core.v1.PersistentVolumeClaimList',
        'discovery.k8s.io/v1|EndpointSlice': 'io.k8s.api.discovery.v1.EndpointSlice',
        'v1|NamespaceList': 'io.k8s.api.core.v1.NamespaceList',
        'v1|NodeList': 'io.k8s.api.core.v1.NodeList',
        'rbac.authorization.k8s.io/v1beta1|RoleList': 'io.k8s.api.rbac.v1beta1.RoleList',
        'storage.k8s.io/v1beta1|CSINodeList': 'io.k8s.api.storage.v1beta1.CSINodeList',
        'networking.k8s.io/v1|NetworkPolicyList': 'io.k8s.api.networking.v1.NetworkPolicyList',
        'policy/v1beta1|PodDisruptionBudget': 'io.k8s.api.policy.v1beta1.PodDisruptionBudget',
        'coordination.k8s.io/v1|LeaseList': 'io.k8s.api.coordination.v1.LeaseList',
        'v1|SecretList': 'io.k8s.api.core.v1.SecretList',
        'node.k8s.io/v1|RuntimeClassList': 'io.k8s.api.node.v1.RuntimeClassList',
        'rbac.authorization.k8s.io/v1|ClusterRoleBinding': 'io.k8s.api.rbac.v1.ClusterRoleBinding',
        'authorization.k8s.io/v1beta1|SelfSubjectRulesReview': 'io.k8s.api.authorization.v1beta1.SelfSubjectRulesReview',
        'autoscaling/v1|Scale': 'io.k8s.api.autoscaling.v1.Scale',
        'admissionregistration.k8s.io/v1|MutatingWebhookConfiguration': 'io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration',
        'admissionregistration.k8s.io/v1beta1|MutatingWebhookConfiguration': 'io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration',
        'admissionregistration.k8s.io/v1beta1|ValidatingWebhookConfiguration': 'io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration',
        'storage.k8s.io/v1beta1|StorageClassList': 'io.k8s.api.storage.v1beta1.StorageClassList',
        'apiregistration.k8s.io/v1beta1|APIService': 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService',
        'admissionregistration.k8s.io/v1|ValidatingWebhookConfiguration': 'io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration',
        'v1|ServiceAccount': 'io.k8s.api.core.v1.ServiceAccount',
        'rbac.authorization.k8s.io/v1|ClusterRoleList': 'io.k8s.api.rbac.v1.ClusterRoleList',
        'apiextensions.k8s.io/v1beta1|CustomResourceDefinitionList': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionList',
        'v1|ServiceList': 'io.k8s.api.core.v1.ServiceList',
        'storage.k8s.io/v1beta1|CSINode': 'io.k8s.api.storage.v1beta1.CSINode',
        'v1|ConfigMapList': 'io.k8s.api.core.v1.ConfigMapList',
        'storage.k8s.io/v1|CSINode': 'io.k8s.api.storage.v1.CSINode',
        'storage.k8s.io/v1beta1|VolumeAttachmentList': 'io.k8s.api.storage.v1beta1.VolumeAttachmentList',
        'certificates.k8s.io/v1|CertificateSigningRequestList': 'io.k8s.api.certificates.v1.CertificateSigningRequestList',
        'v1|ResourceQuotaList': 'io.k8s.api.core.v1.ResourceQuotaList',
        'networking.k8s.io/v1beta1|IngressList': 'io.k8s.api.networking.v1beta1.IngressList',
        'storage.k8s.io/v1beta1|CSIStorageCapacity': 'io.k8s.api.storage.v1beta1.CSIStorageCapacity',
        'node.k8s.io/v1beta1|RuntimeClassList': 'io.k8s.api.node.v1beta1.RuntimeClassList',
        'policy/v1|PodDisruptionBudgetList': 'io.k8s.api.policy.v1.PodDisruptionBudgetList',
        'v1|PodTemplateList': 'io.k8s.api.core.v1.PodTemplateList',
        'storage.k8s.io/v1beta1|StorageClass': 'io.k8s.api.storage.v1beta1.StorageClass',
        'v1|LimitRange': 'io.k8s.api.core.v1.LimitRange',
        'networking.k8s.io/v1beta1|IngressClassList': 'io.k8s.api.networking.v1beta1.IngressClassList',
        'v1|APIGroup': 'io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup',
        'apiregistration.k8s.io/v1beta1|APIServiceList': 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceList',
        'rbac.authorization.k8s.io/v1beta1|ClusterRoleList': 'io.k8s.api.rbac.v1beta1.ClusterRoleList',
        'apps/v1|DaemonSet': 'io.k8s.api.apps.v1.DaemonSet',
        'apps/v1|Deployment': 'io.k8s.api.apps.v1.Deployment',
        'networking.k8s.io/v1|IngressClassList': 'io.k8s.api.networking.v1.IngressClassList',
        'v1|PodList': 'io.k8s.api.core.v1.PodList',
        'events.k8s.io/v1beta1|EventList': 'io.k8s.api.events.v1beta1.EventList',
        'authorization.k8s.io/v1|LocalSubjectAccessReview': 'io.k8s.api.authorization.v1.LocalSubjectAccessReview',
        'storage.k8s.io/v1beta1|CSIDriver': 'io.k8s.api.storage.v1beta1.CSIDriver',
        'storage.k8s.io/v1|CSIDriverList': 'io.k8s.api.storage.v1.CSIDriverList',
        'rbac.authorization.k8s.io/v1beta1|ClusterRoleBinding': 'io.k8s.api.rbac.v1beta1.ClusterRoleBinding',
        'apps/v1|ReplicaSetList': 'io.k8s.api.apps.v1.ReplicaSetList',
        'batch/v1beta1|CronJob': 'io.k8s.api.batch.v1beta1.CronJob',
        'rbac.authorization.k8s.io/v1|ClusterRoleBindingList': 'io.k8s.api.rbac.v1.ClusterRoleBindingList',
        'v1|ServiceAccountList': 'io.k8s.api.core.v1.ServiceAccountList',
        'coordination.k8s.io/v1beta1|LeaseList': 'io.k8s.api.coordination.v1beta1.LeaseList',
        'v1|ResourceQuota': 'io.k8s.api.core.v1.ResourceQuota',
        'v1|Service': 'io.k8s.api.core.v1.Service',
        'storage.k8s.io/v1|VolumeAttachment': 'io.k8s.api.storage.v1.VolumeAttachment',
        'v1|APIGroupList': 'io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList',
        'v1|Endpoints': 'io.k8s.api.core.v1.Endpoints',
        'policy/v1beta1|PodSecurityPolicy': 'io.k8s.api.policy.v1beta1.PodSecurityPolicy',
        'scheduling.k8s.io/v1|PriorityClass': 'io.k8s.api.scheduling.v1.PriorityClass',
        'admissionregistration.k8s.io/v1|ValidatingWebhookConfigurationList': 'io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList',
        'authorization.k8s.io/v1|SelfSubjectRulesReview': 'io.k8s.api.authorization.v1.SelfSubjectRulesReview',
        'rbac.authorization.k8s.io/v1beta1|ClusterRole': 'io.k8s.api.rbac.v1beta1.ClusterRole',
        'policy/v1beta1|Eviction': 'io.k8s.api.policy.v1beta1.Eviction',
        'storage.k8s.io/v1beta1|VolumeAttachment': 'io.k8s.api.storage.v1beta1.VolumeAttachment',
        'v1|Node': 'io.k8s.api.core.v1.Node',
        'batch/v1|CronJob': 'io.k8s.api.batch.v1.CronJob',
        'scheduling.k8s.io/v1|PriorityClassList': 'io.k8s.api.scheduling.v1.PriorityClassList',
        'storage.k8s.io/v1|VolumeAttachmentList': 'io.k8s.api.storage.v1.VolumeAttachmentList',
        'apiextensions.k8s.io/v1beta1|CustomResourceDefinition': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition',
        'authentication.k8s.io/v1beta1|TokenReview': 'io.k8s.api.authentication.v1beta1.TokenReview',
        'storage.k8s.io/v1|StorageClassList': 'io.k8s.api.storage.v1.StorageClassList',
        'autoscaling/v2beta1|HorizontalPodAutoscalerList': 'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerList',
        'flowcontrol.apiserver.k8s.io/v1beta1|FlowSchema': 'io.k8s.api.flowcontrol.v1beta1.FlowSchema',
        'authorization.k8s.io/v1beta1|SubjectAccessReview': 'io.k8s.api.authorization.v1beta1.SubjectAccessReview',
        'apps/v1|DaemonSetList': 'io.k8s.api.apps.v1.DaemonSetList',
        'flowcontrol.apiserver.k8s.io/v1beta1|PriorityLevelConfiguration': 'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration',
        'apiextensions.k8s.io/v1|CustomResourceDefinition': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition',
        'autoscaling/v2beta2|HorizontalPodAutoscaler': 'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler',
        'networking.k8s.io/v1|Ingress': 'io.k8s.api.networking.v1.Ingress',
        'authorization.k8s.io/v1beta1|SelfSubjectAccessReview': 'io.k8s.api.authorization.v1beta1.SelfSubjectAccessReview',
        'admissionregistration.k8s.io/v1beta1|MutatingWebhookConfigurationList': 'io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfigurationList',
        'rbac.authorization.k8s.io/v1|RoleList': 'io.k8s.api.rbac.v1.RoleList',
        'autoscaling/v2beta1|HorizontalPodAutoscaler': 'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler',
        'rbac.authorization.k8s.io/v1beta1|ClusterRoleBindingList': 'io.k8s.api.rbac.v1beta1.ClusterRoleBindingList',
        'admissionregistration.k8s.io/v1|MutatingWebhookConfigurationList': 'io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList',
        'rbac.authorization.k8s.io/v1|ClusterRole': 'io.k8s.api.rbac.v1.ClusterRole',
        'v1|PodTemplate': 'io.k8s.api.core.v1.PodTemplate',
        'scheduling.k8s.io/v1beta1|PriorityClass': 'io.k8s.api.scheduling.v1beta1.PriorityClass',
        'scheduling.k8s.io/v1beta1|PriorityClassList': 'io.k8s.api.scheduling.v1beta1.PriorityClassList',
        'apps/v1|ReplicaSet': 'io.k8s.api.apps.v1.ReplicaSet',
        'events.k8s.io/v1|EventList': 'io.k8s.api.events.v1.EventList',
        'autoscaling/v1|HorizontalPodAutoscalerList': 'io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList',
        'certificates.k8s.io/v1beta1|CertificateSigningRequest': 'io.k8s.api.certificates.v1beta1.CertificateSigningRequest',
        'v1|Binding': 'io.k8s.api.core.v1.Binding',
        'policy/v1|PodDisruptionBudget': 'io.k8s.api.policy.v1.PodDisruptionBudget',
        'rbac.authorization.k8s.io/v1|RoleBinding': 'io.k8s.api.rbac.v1.RoleBinding',
        'admissionregistration.k8s.io/v1beta1|ValidatingWebhookConfigurationList': 'io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfigurationList',
        'storage.k8s.io/v1beta1|CSIDriverList': 'io.k8s.api.storage.v1beta1.CSIDriverList',
        'apps/v1|StatefulSet': 'io.k8s.api.apps.v1.StatefulSet',
        'policy/v1beta1|PodSecurityPolicyList': 'io.k8s.api.policy.v1beta1.PodSecurityPolicyList',
        'networking.k8s.io/v1|IngressClass': 'io.k8s.api.networking.v1.IngressClass',
        'rbac.authorization.k8s.io/v1beta1|Role': 'io.k8s.api.rbac.v1beta1.Role',
        'rbac.authorization.k8s.io/v1beta1|RoleBinding': 'io.k8s.api.rbac.v1beta1.RoleBinding',
        'v1|ConfigMap': 'io.k8s.api.core.v1.ConfigMap',
        'authorization.k8s.io/v1|SelfSubjectAccessReview': 'io.k8s.api.authorization.v1.SelfSubjectAccessReview',
        'apiregistration.k8s.io/v1|APIServiceList': 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList',
        'discovery.k8s.io/v1|EndpointSliceList': 'io.k8s.api.discovery.v1.EndpointSliceList',
        'v1|ComponentStatusList': 'io.k8s.api.core.v1.ComponentStatusList',
        'v1|PersistentVolumeClaim': 'io.k8s.api.core.v1.PersistentVolumeClaim',
        'policy/v1beta1|PodDisruptionBudgetList': 'io.k8s.api.policy.v1beta1.PodDisruptionBudgetList',
        'coordination.k8s.io/v1beta1|Lease': 'io.k8s.api.coordination.v1beta1.Lease',
        'v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'admission.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'admission.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'admissionregistration.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'admissionregistration.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apiextensions.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apiextensions.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apiregistration.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apiregistration.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apps/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apps/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apps/v1beta2|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'authentication.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'authentication.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'authorization.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'authorization.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'autoscaling/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'autoscaling/v2beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'autoscaling/v2beta2|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'batch/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'batch/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'certificates.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'certificates.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'coordination.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'coordination.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'discovery.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'discovery.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'events.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'events.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'extensions/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'flowcontrol.apiserver.k8s.io/v1alpha1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'flowcontrol.apiserver.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'imagepolicy.k8s.io/v1alpha1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'internal.apiserver.k8s.io/v1alpha1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'networking.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'networking.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'node.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'node.k8s.io/v1alpha1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'node.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'policy/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'policy/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'rbac.authorization.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'rbac.authorization.k8s.io/v1alpha1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'rbac.authorization.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'scheduling.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'scheduling.k8s.io/v1alpha1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'scheduling.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'storage.k8s.io/v1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'storage.k8s.io/v1alpha1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'storage.k8s.io/v1beta1|WatchEvent': 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
        'apiextensions.k8s.io/v1|CustomResourceDefinitionList': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList',
        'authentication.k8s.io/v1|TokenReview': 'io.k8s.api.authentication.v1.TokenReview',
        'authorization.k8s.io/v1beta1|LocalSubjectAccessReview': 'io.k8s.api.authorization.v1beta1.LocalSubjectAccessReview',
        'v1|ReplicationControllerList': 'io.k8s.api.core.v1.ReplicationControllerList',
        'extensions/v1beta1|Ingress': 'io.k8s.api.extensions.v1beta1.Ingress',
        'discovery.k8s.io/v1beta1|EndpointSlice': 'io.k8s.api.discovery.v1beta1.EndpointSlice',
        'rbac.authorization.k8s.io/v1|RoleBindingList': 'io.k8s.api.rbac.v1.RoleBindingList',
        'apps/v1|ControllerRevision': 'io.k8s.api.apps.v1.ControllerRevision',
        'storage.k8s.io/v1beta1|CSIStorageCapacityList': 'io.k8s.api.storage.v1beta1.CSIStorageCapacityList',
        'v1|Status': 'io.k8s.apimachinery.pkg.apis.meta.v1.Status',
        'apps/v1|ControllerRevisionList': 'io.k8s.api.apps.v1.ControllerRevisionList',
        'v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'admission.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'admission.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'admissionregistration.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'admissionregistration.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'apiextensions.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'apiextensions.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'apiregistration.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'apiregistration.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'apps/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'apps/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'apps/v1beta2|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'authentication.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'authentication.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'authorization.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'authorization.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'autoscaling/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'autoscaling/v2beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'autoscaling/v2beta2|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'batch/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'batch/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'certificates.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'certificates.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'coordination.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'coordination.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'discovery.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'discovery.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'events.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'events.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'extensions/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'flowcontrol.apiserver.k8s.io/v1alpha1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'flowcontrol.apiserver.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'imagepolicy.k8s.io/v1alpha1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'internal.apiserver.k8s.io/v1alpha1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'networking.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'networking.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'node.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'node.k8s.io/v1alpha1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'node.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'policy/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'policy/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'rbac.authorization.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'rbac.authorization.k8s.io/v1alpha1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'rbac.authorization.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'scheduling.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'scheduling.k8s.io/v1alpha1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'scheduling.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'storage.k8s.io/v1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'storage.k8s.io/v1alpha1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'storage.k8s.io/v1beta1|DeleteOptions': 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
        'events.k8s.io/v1|Event': 'io.k8s.api.events.v1.Event',
        'v1|Namespace': 'io.k8s.api.core.v1.Namespace',
    },
    defs: {
        'io.k8s.api.admissionregistration.v1.MutatingWebhook': {
            p: {
                objectSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                rules: { t: 'array', i: { r: 'io.k8s.api.admissionregistration.v1.RuleWithOperations' } },
                clientConfig: { r: 'io.k8s.api.admissionregistration.v1.WebhookClientConfig' },
                namespaceSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                webhooks: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1.MutatingWebhook' },
                    s: 'merge',
                    k: 'name',
                },
            },
        },
        'io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration' },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.admissionregistration.v1.RuleWithOperations': {},
        'io.k8s.api.admissionregistration.v1.ServiceReference': {},
        'io.k8s.api.admissionregistration.v1.ValidatingWebhook': {
            p: {
                objectSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                rules: { t: 'array', i: { r: 'io.k8s.api.admissionregistration.v1.RuleWithOperations' } },
                clientConfig: { r: 'io.k8s.api.admissionregistration.v1.WebhookClientConfig' },
                namespaceSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                webhooks: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1.ValidatingWebhook' },
                    s: 'merge',
                    k: 'name',
                },
            },
        },
        'io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration' },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.admissionregistration.v1.WebhookClientConfig': {
            p: { service: { r: 'io.k8s.api.admissionregistration.v1.ServiceReference' } },
        },
        'io.k8s.api.admissionregistration.v1beta1.MutatingWebhook': {
            p: {
                clientConfig: { r: 'io.k8s.api.admissionregistration.v1beta1.WebhookClientConfig' },
                namespaceSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                objectSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                rules: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1beta1.RuleWithOperations' },
                },
            },
        },
        'io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                webhooks: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1beta1.MutatingWebhook' },
                    s: 'merge',
                    k: 'name',
                },
            },
        },
        'io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfigurationList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration' },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.admissionregistration.v1beta1.RuleWithOperations': {},
        'io.k8s.api.admissionregistration.v1beta1.ServiceReference': {},
        'io.k8s.api.admissionregistration.v1beta1.ValidatingWebhook': {
            p: {
                objectSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                rules: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1beta1.RuleWithOperations' },
                },
                clientConfig: { r: 'io.k8s.api.admissionregistration.v1beta1.WebhookClientConfig' },
                namespaceSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                webhooks: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1beta1.ValidatingWebhook' },
                    s: 'merge',
                    k: 'name',
                },
            },
        },
        'io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfigurationList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration' },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.admissionregistration.v1beta1.WebhookClientConfig': {
            p: { service: { r: 'io.k8s.api.admissionregistration.v1beta1.ServiceReference' } },
        },
        'io.k8s.api.apps.v1.ControllerRevision': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                data: { r: 'io.k8s.apimachinery.pkg.runtime.RawExtension' },
            },
        },
        'io.k8s.api.apps.v1.ControllerRevisionList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.apps.v1.ControllerRevision' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.apps.v1.DaemonSet': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.apps.v1.DaemonSetSpec' },
                status: { r: 'io.k8s.api.apps.v1.DaemonSetStatus' },
            },
        },
        'io.k8s.api.apps.v1.DaemonSetCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.apps.v1.DaemonSetList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.apps.v1.DaemonSet' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.apps.v1.DaemonSetSpec': {
            p: {
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                template: { r: 'io.k8s.api.core.v1.PodTemplateSpec' },
                updateStrategy: { r: 'io.k8s.api.apps.v1.DaemonSetUpdateStrategy' },
            },
        },
        'io.k8s.api.apps.v1.DaemonSetStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.apps.v1.DaemonSetCondition' },
                    s: 'merge',
                    k: 'type',
                },
            },
        },
        'io.k8s.api.apps.v1.DaemonSetUpdateStrategy': {
            p: { rollingUpdate: { r: 'io.k8s.api.apps.v1.RollingUpdateDaemonSet' } },
        },
        'io.k8s.api.apps.v1.Deployment': {
            p: {
                status: { r: 'io.k8s.api.apps.v1.DeploymentStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.apps.v1.DeploymentSpec' },
            },
        },
        'io.k8s.api.apps.v1.DeploymentCondition': {
            p: {
                lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastUpdateTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.apps.v1.DeploymentList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.apps.v1.Deployment' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.apps.v1.DeploymentSpec': {
            p: {
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                strategy: { r: 'io.k8s.api.apps.v1.DeploymentStrategy', s: 'retainKeys' },
                template: { r: 'io.k8s.api.core.v1.PodTemplateSpec' },
            },
        },
        'io.k8s.api.apps.v1.DeploymentStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.apps.v1.DeploymentCondition' },
                    s: 'merge',
                    k: 'type',
                },
            },
        },
        'io.k8s.api.apps.v1.DeploymentStrategy': {
            p: { rollingUpdate: { r: 'io.k8s.api.apps.v1.RollingUpdateDeployment' } },
        },
        'io.k8s.api.apps.v1.ReplicaSet': {
            p: {
                spec: { r: 'io.k8s.api.apps.v1.ReplicaSetSpec' },
                status: { r: 'io.k8s.api.apps.v1.ReplicaSetStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.apps.v1.ReplicaSetCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.apps.v1.ReplicaSetList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.apps.v1.ReplicaSet' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.apps.v1.ReplicaSetSpec': {
            p: {
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                template: { r: 'io.k8s.api.core.v1.PodTemplateSpec' },
            },
        },
        'io.k8s.api.apps.v1.ReplicaSetStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.apps.v1.ReplicaSetCondition' },
                    s: 'merge',
                    k: 'type',
                },
            },
        },
        'io.k8s.api.apps.v1.RollingUpdateDaemonSet': {
            p: {
                maxSurge: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
                maxUnavailable: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
            },
        },
        'io.k8s.api.apps.v1.RollingUpdateDeployment': {
            p: {
                maxSurge: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
                maxUnavailable: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
            },
        },
        'io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy': {},
        'io.k8s.api.apps.v1.StatefulSet': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.apps.v1.StatefulSetSpec' },
                status: { r: 'io.k8s.api.apps.v1.StatefulSetStatus' },
            },
        },
        'io.k8s.api.apps.v1.StatefulSetCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.apps.v1.StatefulSetList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.apps.v1.StatefulSet' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.apps.v1.StatefulSetSpec': {
            p: {
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                template: { r: 'io.k8s.api.core.v1.PodTemplateSpec' },
                updateStrategy: { r: 'io.k8s.api.apps.v1.StatefulSetUpdateStrategy' },
                volumeClaimTemplates: { t: 'array', i: { r: 'io.k8s.api.core.v1.PersistentVolumeClaim' } },
            },
        },
        'io.k8s.api.apps.v1.StatefulSetStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.apps.v1.StatefulSetCondition' },
                    s: 'merge',
                    k: 'type',
                },
            },
        },
        'io.k8s.api.apps.v1.StatefulSetUpdateStrategy': {
            p: { rollingUpdate: { r: 'io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy' } },
        },
        'io.k8s.api.authentication.v1.BoundObjectReference': {},
        'io.k8s.api.authentication.v1.TokenRequest': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authentication.v1.TokenRequestSpec' },
                status: { r: 'io.k8s.api.authentication.v1.TokenRequestStatus' },
            },
        },
        'io.k8s.api.authentication.v1.TokenRequestSpec': {
            p: { boundObjectRef: { r: 'io.k8s.api.authentication.v1.BoundObjectReference' } },
        },
        'io.k8s.api.authentication.v1.TokenRequestStatus': {
            p: { expirationTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.authentication.v1.TokenReview': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authentication.v1.TokenReviewSpec' },
                status: { r: 'io.k8s.api.authentication.v1.TokenReviewStatus' },
            },
        },
        'io.k8s.api.authentication.v1.TokenReviewSpec': {},
        'io.k8s.api.authentication.v1.TokenReviewStatus': {
            p: { user: { r: 'io.k8s.api.authentication.v1.UserInfo' } },
        },
        'io.k8s.api.authentication.v1.UserInfo': {},
        'io.k8s.api.authentication.v1beta1.TokenReview': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authentication.v1beta1.TokenReviewSpec' },
                status: { r: 'io.k8s.api.authentication.v1beta1.TokenReviewStatus' },
            },
        },
        'io.k8s.api.authentication.v1beta1.TokenReviewSpec': {},
        'io.k8s.api.authentication.v1beta1.TokenReviewStatus': {
            p: { user: { r: 'io.k8s.api.authentication.v1beta1.UserInfo' } },
        },
        'io.k8s.api.authentication.v1beta1.UserInfo': {},
        'io.k8s.api.authorization.v1.LocalSubjectAccessReview': {
            p: {
                status: { r: 'io.k8s.api.authorization.v1.SubjectAccessReviewStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authorization.v1.SubjectAccessReviewSpec' },
            },
        },
        'io.k8s.api.authorization.v1.NonResourceAttributes': {},
        'io.k8s.api.authorization.v1.NonResourceRule': {},
        'io.k8s.api.authorization.v1.ResourceAttributes': {},
        'io.k8s.api.authorization.v1.ResourceRule': {},
        'io.k8s.api.authorization.v1.SelfSubjectAccessReview': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec' },
                status: { r: 'io.k8s.api.authorization.v1.SubjectAccessReviewStatus' },
            },
        },
        'io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec': {
            p: {
                nonResourceAttributes: { r: 'io.k8s.api.authorization.v1.NonResourceAttributes' },
                resourceAttributes: { r: 'io.k8s.api.authorization.v1.ResourceAttributes' },
            },
        },
        'io.k8s.api.authorization.v1.SelfSubjectRulesReview': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec' },
                status: { r: 'io.k8s.api.authorization.v1.SubjectRulesReviewStatus' },
            },
        },
        'io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec': {},
        'io.k8s.api.authorization.v1.SubjectAccessReview': {
            p: {
                status: { r: 'io.k8s.api.authorization.v1.SubjectAccessReviewStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authorization.v1.SubjectAccessReviewSpec' },
            },
        },
        'io.k8s.api.authorization.v1.SubjectAccessReviewSpec': {
            p: {
                nonResourceAttributes: { r: 'io.k8s.api.authorization.v1.NonResourceAttributes' },
                resourceAttributes: { r: 'io.k8s.api.authorization.v1.ResourceAttributes' },
            },
        },
        'io.k8s.api.authorization.v1.SubjectAccessReviewStatus': {},
        'io.k8s.api.authorization.v1.SubjectRulesReviewStatus': {
            p: {
                nonResourceRules: { t: 'array', i: { r: 'io.k8s.api.authorization.v1.NonResourceRule' } },
                resourceRules: { t: 'array', i: { r: 'io.k8s.api.authorization.v1.ResourceRule' } },
            },
        },
        'io.k8s.api.authorization.v1beta1.LocalSubjectAccessReview': {
            p: {
                spec: { r: 'io.k8s.api.authorization.v1beta1.SubjectAccessReviewSpec' },
                status: { r: 'io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.authorization.v1beta1.NonResourceAttributes': {},
        'io.k8s.api.authorization.v1beta1.NonResourceRule': {},
        'io.k8s.api.authorization.v1beta1.ResourceAttributes': {},
        'io.k8s.api.authorization.v1beta1.ResourceRule': {},
        'io.k8s.api.authorization.v1beta1.SelfSubjectAccessReview': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authorization.v1beta1.SelfSubjectAccessReviewSpec' },
                status: { r: 'io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus' },
            },
        },
        'io.k8s.api.authorization.v1beta1.SelfSubjectAccessReviewSpec': {
            p: {
                nonResourceAttributes: { r: 'io.k8s.api.authorization.v1beta1.NonResourceAttributes' },
                resourceAttributes: { r: 'io.k8s.api.authorization.v1beta1.ResourceAttributes' },
            },
        },
        'io.k8s.api.authorization.v1beta1.SelfSubjectRulesReview': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authorization.v1beta1.SelfSubjectRulesReviewSpec' },
                status: { r: 'io.k8s.api.authorization.v1beta1.SubjectRulesReviewStatus' },
            },
        },
        'io.k8s.api.authorization.v1beta1.SelfSubjectRulesReviewSpec': {},
        'io.k8s.api.authorization.v1beta1.SubjectAccessReview': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.authorization.v1beta1.SubjectAccessReviewSpec' },
                status: { r: 'io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus' },
            },
        },
        'io.k8s.api.authorization.v1beta1.SubjectAccessReviewSpec': {
            p: {
                nonResourceAttributes: { r: 'io.k8s.api.authorization.v1beta1.NonResourceAttributes' },
                resourceAttributes: { r: 'io.k8s.api.authorization.v1beta1.ResourceAttributes' },
            },
        },
        'io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus': {},
        'io.k8s.api.authorization.v1beta1.SubjectRulesReviewStatus': {
            p: {
                nonResourceRules: {
                    t: 'array',
                    i: { r: 'io.k8s.api.authorization.v1beta1.NonResourceRule' },
                },
                resourceRules: { t: 'array', i: { r: 'io.k8s.api.authorization.v1beta1.ResourceRule' } },
            },
        },
        'io.k8s.api.autoscaling.v1.CrossVersionObjectReference': {},
        'io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec' },
                status: { r: 'io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus' },
            },
        },
        'io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec': {
            p: { scaleTargetRef: { r: 'io.k8s.api.autoscaling.v1.CrossVersionObjectReference' } },
        },
        'io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus': {
            p: { lastScaleTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.autoscaling.v1.Scale': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.autoscaling.v1.ScaleSpec' },
                status: { r: 'io.k8s.api.autoscaling.v1.ScaleStatus' },
            },
        },
        'io.k8s.api.autoscaling.v1.ScaleSpec': {},
        'io.k8s.api.autoscaling.v1.ScaleStatus': {},
        'io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricSource': {
            p: { targetAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
        },
        'io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricStatus': {
            p: { currentAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
        },
        'io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference': {},
        'io.k8s.api.autoscaling.v2beta1.ExternalMetricSource': {
            p: {
                metricSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                targetAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                targetValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.ExternalMetricStatus': {
            p: {
                currentValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                metricSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                currentAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler': {
            p: {
                spec: { r: 'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerSpec' },
                status: { r: 'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerSpec': {
            p: {
                metrics: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v2beta1.MetricSpec' } },
                scaleTargetRef: { r: 'io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerCondition' },
                },
                currentMetrics: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v2beta1.MetricStatus' } },
                lastScaleTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.MetricSpec': {
            p: {
                object: { r: 'io.k8s.api.autoscaling.v2beta1.ObjectMetricSource' },
                pods: { r: 'io.k8s.api.autoscaling.v2beta1.PodsMetricSource' },
                resource: { r: 'io.k8s.api.autoscaling.v2beta1.ResourceMetricSource' },
                containerResource: { r: 'io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricSource' },
                external: { r: 'io.k8s.api.autoscaling.v2beta1.ExternalMetricSource' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.MetricStatus': {
            p: {
                external: { r: 'io.k8s.api.autoscaling.v2beta1.ExternalMetricStatus' },
                object: { r: 'io.k8s.api.autoscaling.v2beta1.ObjectMetricStatus' },
                pods: { r: 'io.k8s.api.autoscaling.v2beta1.PodsMetricStatus' },
                resource: { r: 'io.k8s.api.autoscaling.v2beta1.ResourceMetricStatus' },
                containerResource: { r: 'io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricStatus' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.ObjectMetricSource': {
            p: {
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                target: { r: 'io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference' },
                targetValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                averageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.ObjectMetricStatus': {
            p: {
                averageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                currentValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                target: { r: 'io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.PodsMetricSource': {
            p: {
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                targetAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.PodsMetricStatus': {
            p: {
                currentAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.autoscaling.v2beta1.ResourceMetricSource': {
            p: { targetAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
        },
        'io.k8s.api.autoscaling.v2beta1.ResourceMetricStatus': {
            p: { currentAverageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
        },
        'io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricSource': {
            p: { target: { r: 'io.k8s.api.autoscaling.v2beta2.MetricTarget' } },
        },
        'io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricStatus': {
            p: { current: { r: 'io.k8s.api.autoscaling.v2beta2.MetricValueStatus' } },
        },
        'io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference': {},
        'io.k8s.api.autoscaling.v2beta2.ExternalMetricSource': {
            p: {
                metric: { r: 'io.k8s.api.autoscaling.v2beta2.MetricIdentifier' },
                target: { r: 'io.k8s.api.autoscaling.v2beta2.MetricTarget' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.ExternalMetricStatus': {
            p: {
                current: { r: 'io.k8s.api.autoscaling.v2beta2.MetricValueStatus' },
                metric: { r: 'io.k8s.api.autoscaling.v2beta2.MetricIdentifier' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.HPAScalingPolicy': {},
        'io.k8s.api.autoscaling.v2beta2.HPAScalingRules': {
            p: { policies: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v2beta2.HPAScalingPolicy' } } },
        },
        'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerSpec' },
                status: { r: 'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerStatus' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerBehavior': {
            p: {
                scaleDown: { r: 'io.k8s.api.autoscaling.v2beta2.HPAScalingRules' },
                scaleUp: { r: 'io.k8s.api.autoscaling.v2beta2.HPAScalingRules' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerSpec': {
            p: {
                behavior: { r: 'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerBehavior' },
                metrics: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v2beta2.MetricSpec' } },
                scaleTargetRef: { r: 'io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerStatus': {
            p: {
                lastScaleTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerCondition' },
                },
                currentMetrics: { t: 'array', i: { r: 'io.k8s.api.autoscaling.v2beta2.MetricStatus' } },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.MetricIdentifier': {
            p: { selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' } },
        },
        'io.k8s.api.autoscaling.v2beta2.MetricSpec': {
            p: {
                resource: { r: 'io.k8s.api.autoscaling.v2beta2.ResourceMetricSource' },
                containerResource: { r: 'io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricSource' },
                external: { r: 'io.k8s.api.autoscaling.v2beta2.ExternalMetricSource' },
                object: { r: 'io.k8s.api.autoscaling.v2beta2.ObjectMetricSource' },
                pods: { r: 'io.k8s.api.autoscaling.v2beta2.PodsMetricSource' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.MetricStatus': {
            p: {
                containerResource: { r: 'io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricStatus' },
                external: { r: 'io.k8s.api.autoscaling.v2beta2.ExternalMetricStatus' },
                object: { r: 'io.k8s.api.autoscaling.v2beta2.ObjectMetricStatus' },
                pods: { r: 'io.k8s.api.autoscaling.v2beta2.PodsMetricStatus' },
                resource: { r: 'io.k8s.api.autoscaling.v2beta2.ResourceMetricStatus' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.MetricTarget': {
            p: {
                value: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                averageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.MetricValueStatus': {
            p: {
                averageValue: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                value: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.ObjectMetricSource': {
            p: {
                describedObject: { r: 'io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference' },
                metric: { r: 'io.k8s.api.autoscaling.v2beta2.MetricIdentifier' },
                target: { r: 'io.k8s.api.autoscaling.v2beta2.MetricTarget' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.ObjectMetricStatus': {
            p: {
                current: { r: 'io.k8s.api.autoscaling.v2beta2.MetricValueStatus' },
                describedObject: { r: 'io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference' },
                metric: { r: 'io.k8s.api.autoscaling.v2beta2.MetricIdentifier' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.PodsMetricSource': {
            p: {
                metric: { r: 'io.k8s.api.autoscaling.v2beta2.MetricIdentifier' },
                target: { r: 'io.k8s.api.autoscaling.v2beta2.MetricTarget' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.PodsMetricStatus': {
            p: {
                current: { r: 'io.k8s.api.autoscaling.v2beta2.MetricValueStatus' },
                metric: { r: 'io.k8s.api.autoscaling.v2beta2.MetricIdentifier' },
            },
        },
        'io.k8s.api.autoscaling.v2beta2.ResourceMetricSource': {
            p: { target: { r: 'io.k8s.api.autoscaling.v2beta2.MetricTarget' } },
        },
        'io.k8s.api.autoscaling.v2beta2.ResourceMetricStatus': {
            p: { current: { r: 'io.k8s.api.autoscaling.v2beta2.MetricValueStatus' } },
        },
        'io.k8s.api.batch.v1.CronJob': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.batch.v1.CronJobSpec' },
                status: { r: 'io.k8s.api.batch.v1.CronJobStatus' },
            },
        },
        'io.k8s.api.batch.v1.CronJobList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.batch.v1.CronJob' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.batch.v1.CronJobSpec': {
            p: { jobTemplate: { r: 'io.k8s.api.batch.v1.JobTemplateSpec' } },
        },
        'io.k8s.api.batch.v1.CronJobStatus': {
            p: {
                active: { t: 'array', i: { r: 'io.k8s.api.core.v1.ObjectReference' } },
                lastScheduleTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastSuccessfulTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.batch.v1.Job': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.batch.v1.JobSpec' },
                status: { r: 'io.k8s.api.batch.v1.JobStatus' },
            },
        },
        'io.k8s.api.batch.v1.JobCondition': {
            p: {
                lastProbeTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.batch.v1.JobList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.batch.v1.Job' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.batch.v1.JobSpec': {
            p: {
                template: { r: 'io.k8s.api.core.v1.PodTemplateSpec' },
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.batch.v1.JobStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.batch.v1.JobCondition' },
                    s: 'merge',
                    k: 'type',
                },
                startTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                completionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.batch.v1.JobTemplateSpec': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.batch.v1.JobSpec' },
            },
        },
        'io.k8s.api.batch.v1beta1.CronJob': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.batch.v1beta1.CronJobSpec' },
                status: { r: 'io.k8s.api.batch.v1beta1.CronJobStatus' },
            },
        },
        'io.k8s.api.batch.v1beta1.CronJobList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.batch.v1beta1.CronJob' } },
            },
        },
        'io.k8s.api.batch.v1beta1.CronJobSpec': {
            p: { jobTemplate: { r: 'io.k8s.api.batch.v1beta1.JobTemplateSpec' } },
        },
        'io.k8s.api.batch.v1beta1.CronJobStatus': {
            p: {
                lastSuccessfulTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                active: { t: 'array', i: { r: 'io.k8s.api.core.v1.ObjectReference' } },
                lastScheduleTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.batch.v1beta1.JobTemplateSpec': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.batch.v1.JobSpec' },
            },
        },
        'io.k8s.api.certificates.v1.CertificateSigningRequest': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.certificates.v1.CertificateSigningRequestSpec' },
                status: { r: 'io.k8s.api.certificates.v1.CertificateSigningRequestStatus' },
            },
        },
        'io.k8s.api.certificates.v1.CertificateSigningRequestCondition': {
            p: {
                lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastUpdateTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.certificates.v1.CertificateSigningRequestList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.certificates.v1.CertificateSigningRequest' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.certificates.v1.CertificateSigningRequestSpec': {},
        'io.k8s.api.certificates.v1.CertificateSigningRequestStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.certificates.v1.CertificateSigningRequestCondition' },
                    m: ['type'],
                },
            },
        },
        'io.k8s.api.certificates.v1beta1.CertificateSigningRequest': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.certificates.v1beta1.CertificateSigningRequestSpec' },
                status: { r: 'io.k8s.api.certificates.v1beta1.CertificateSigningRequestStatus' },
            },
        },
        'io.k8s.api.certificates.v1beta1.CertificateSigningRequestCondition': {
            p: {
                lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastUpdateTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.certificates.v1beta1.CertificateSigningRequestList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.api.certificates.v1beta1.CertificateSigningRequest' },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.certificates.v1beta1.CertificateSigningRequestSpec': {},
        'io.k8s.api.certificates.v1beta1.CertificateSigningRequestStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.certificates.v1beta1.CertificateSigningRequestCondition' },
                    m: ['type'],
                },
            },
        },
        'io.k8s.api.coordination.v1.Lease': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.coordination.v1.LeaseSpec' },
            },
        },
        'io.k8s.api.coordination.v1.LeaseList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.coordination.v1.Lease' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.coordination.v1.LeaseSpec': {
            p: {
                acquireTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' },
                renewTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' },
            },
        },
        'io.k8s.api.coordination.v1beta1.Lease': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.coordination.v1beta1.LeaseSpec' },
            },
        },
        'io.k8s.api.coordination.v1beta1.LeaseList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.coordination.v1beta1.Lease' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.coordination.v1beta1.LeaseSpec': {
            p: {
                renewTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' },
                acquireTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' },
            },
        },
        'io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource': {},
        'io.k8s.api.core.v1.Affinity': {
            p: {
                podAffinity: { r: 'io.k8s.api.core.v1.PodAffinity' },
                podAntiAffinity: { r: 'io.k8s.api.core.v1.PodAntiAffinity' },
                nodeAffinity: { r: 'io.k8s.api.core.v1.NodeAffinity' },
            },
        },
        'io.k8s.api.core.v1.AttachedVolume': {},
        'io.k8s.api.core.v1.AzureDiskVolumeSource': {},
        'io.k8s.api.core.v1.AzureFilePersistentVolumeSource': {},
        'io.k8s.api.core.v1.AzureFileVolumeSource': {},
        'io.k8s.api.core.v1.Binding': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                target: { r: 'io.k8s.api.core.v1.ObjectReference' },
            },
        },
        'io.k8s.api.core.v1.CSIPersistentVolumeSource': {
            p: {
                controllerPublishSecretRef: { r: 'io.k8s.api.core.v1.SecretReference' },
                nodePublishSecretRef: { r: 'io.k8s.api.core.v1.SecretReference' },
                nodeStageSecretRef: { r: 'io.k8s.api.core.v1.SecretReference' },
                controllerExpandSecretRef: { r: 'io.k8s.api.core.v1.SecretReference' },
            },
        },
        'io.k8s.api.core.v1.CSIVolumeSource': {
            p: { nodePublishSecretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.Capabilities': {},
        'io.k8s.api.core.v1.CephFSPersistentVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.SecretReference' } },
        },
        'io.k8s.api.core.v1.CephFSVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.CinderPersistentVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.SecretReference' } },
        },
        'io.k8s.api.core.v1.CinderVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.ClientIPConfig': {},
        'io.k8s.api.core.v1.ComponentCondition': {},
        'io.k8s.api.core.v1.ComponentStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.ComponentCondition' },
                    s: 'merge',
                    k: 'type',
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.core.v1.ComponentStatusList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.ComponentStatus' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.ConfigMap': {
            p: { metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' } },
        },
        'io.k8s.api.core.v1.ConfigMapEnvSource': {},
        'io.k8s.api.core.v1.ConfigMapKeySelector': {},
        'io.k8s.api.core.v1.ConfigMapList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.ConfigMap' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.ConfigMapNodeConfigSource': {},
        'io.k8s.api.core.v1.ConfigMapProjection': {
            p: { items: { t: 'array', i: { r: 'io.k8s.api.core.v1.KeyToPath' } } },
        },
        'io.k8s.api.core.v1.ConfigMapVolumeSource': {
            p: { items: { t: 'array', i: { r: 'io.k8s.api.core.v1.KeyToPath' } } },
        },
        'io.k8s.api.core.v1.Container': {
            p: {
                livenessProbe: { r: 'io.k8s.api.core.v1.Probe' },
                readinessProbe: { r: 'io.k8s.api.core.v1.Probe' },
                resources: { r: 'io.k8s.api.core.v1.ResourceRequirements' },
                securityContext: { r: 'io.k8s.api.core.v1.SecurityContext' },
                startupProbe: { r: 'io.k8s.api.core.v1.Probe' },
                volumeMounts: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.VolumeMount' },
                    s: 'merge',
                    k: 'mountPath',
                },
                envFrom: { t: 'array', i: { r: 'io.k8s.api.core.v1.EnvFromSource' } },
                volumeDevices: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.VolumeDevice' },
                    s: 'merge',
                    k: 'devicePath',
                },
                env: { t: 'array', i: { r: 'io.k8s.api.core.v1.EnvVar' }, s: 'merge', k: 'name' },
                lifecycle: { r: 'io.k8s.api.core.v1.Lifecycle' },
                ports: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.ContainerPort' },
                    s: 'merge',
                    k: 'containerPort',
                    m: ['containerPort', 'protocol'],
                },
            },
        },
        'io.k8s.api.core.v1.ContainerImage': {},
        'io.k8s.api.core.v1.ContainerPort': {},
        'io.k8s.api.core.v1.ContainerState': {
            p: {
                running: { r: 'io.k8s.api.core.v1.ContainerStateRunning' },
                terminated: { r: 'io.k8s.api.core.v1.ContainerStateTerminated' },
                waiting: { r: 'io.k8s.api.core.v1.ContainerStateWaiting' },
            },
        },
        'io.k8s.api.core.v1.ContainerStateRunning': {
            p: { startedAt: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.core.v1.ContainerStateTerminated': {
            p: {
                startedAt: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                finishedAt: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.core.v1.ContainerStateWaiting': {},
        'io.k8s.api.core.v1.ContainerStatus': {
            p: {
                lastState: { r: 'io.k8s.api.core.v1.ContainerState' },
                state: { r: 'io.k8s.api.core.v1.ContainerState' },
            },
        },
        'io.k8s.api.core.v1.DaemonEndpoint': {},
        'io.k8s.api.core.v1.DownwardAPIProjection': {
            p: { items: { t: 'array', i: { r: 'io.k8s.api.core.v1.DownwardAPIVolumeFile' } } },
        },
        'io.k8s.api.core.v1.DownwardAPIVolumeFile': {
            p: {
                resourceFieldRef: { r: 'io.k8s.api.core.v1.ResourceFieldSelector' },
                fieldRef: { r: 'io.k8s.api.core.v1.ObjectFieldSelector' },
            },
        },
        'io.k8s.api.core.v1.DownwardAPIVolumeSource': {
            p: { items: { t: 'array', i: { r: 'io.k8s.api.core.v1.DownwardAPIVolumeFile' } } },
        },
        'io.k8s.api.core.v1.EmptyDirVolumeSource': {
            p: { sizeLimit: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
        },
        'io.k8s.api.core.v1.EndpointAddress': {
            p: { targetRef: { r: 'io.k8s.api.core.v1.ObjectReference' } },
        },
        'io.k8s.api.core.v1.EndpointPort': {},
        'io.k8s.api.core.v1.EndpointSubset': {
            p: {
                addresses: { t: 'array', i: { r: 'io.k8s.api.core.v1.EndpointAddress' } },
                notReadyAddresses: { t: 'array', i: { r: 'io.k8s.api.core.v1.EndpointAddress' } },
                ports: { t: 'array', i: { r: 'io.k8s.api.core.v1.EndpointPort' } },
            },
        },
        'io.k8s.api.core.v1.Endpoints': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                subsets: { t: 'array', i: { r: 'io.k8s.api.core.v1.EndpointSubset' } },
            },
        },
        'io.k8s.api.core.v1.EndpointsList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.Endpoints' } },
            },
        },
        'io.k8s.api.core.v1.EnvFromSource': {
            p: {
                configMapRef: { r: 'io.k8s.api.core.v1.ConfigMapEnvSource' },
                secretRef: { r: 'io.k8s.api.core.v1.SecretEnvSource' },
            },
        },
        'io.k8s.api.core.v1.EnvVar': { p: { valueFrom: { r: 'io.k8s.api.core.v1.EnvVarSource' } } },
        'io.k8s.api.core.v1.EnvVarSource': {
            p: {
                configMapKeyRef: { r: 'io.k8s.api.core.v1.ConfigMapKeySelector' },
                fieldRef: { r: 'io.k8s.api.core.v1.ObjectFieldSelector' },
                resourceFieldRef: { r: 'io.k8s.api.core.v1.ResourceFieldSelector' },
                secretKeyRef: { r: 'io.k8s.api.core.v1.SecretKeySelector' },
            },
        },
        'io.k8s.api.core.v1.EphemeralContainer': {
            p: {
                envFrom: { t: 'array', i: { r: 'io.k8s.api.core.v1.EnvFromSource' } },
                securityContext: { r: 'io.k8s.api.core.v1.SecurityContext' },
                volumeDevices: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.VolumeDevice' },
                    s: 'merge',
                    k: 'devicePath',
                },
                resources: { r: 'io.k8s.api.core.v1.ResourceRequirements' },
                startupProbe: { r: 'io.k8s.api.core.v1.Probe' },
                volumeMounts: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.VolumeMount' },
                    s: 'merge',
                    k: 'mountPath',
                },
                env: { t: 'array', i: { r: 'io.k8s.api.core.v1.EnvVar' }, s: 'merge', k: 'name' },
                readinessProbe: { r: 'io.k8s.api.core.v1.Probe' },
                lifecycle: { r: 'io.k8s.api.core.v1.Lifecycle' },
                livenessProbe: { r: 'io.k8s.api.core.v1.Probe' },
                ports: { t: 'array', i: { r: 'io.k8s.api.core.v1.ContainerPort' } },
            },
        },
        'io.k8s.api.core.v1.EphemeralVolumeSource': {
            p: { volumeClaimTemplate: { r: 'io.k8s.api.core.v1.PersistentVolumeClaimTemplate' } },
        },
        'io.k8s.api.core.v1.Event': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                source: { r: 'io.k8s.api.core.v1.EventSource' },
                lastTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                related: { r: 'io.k8s.api.core.v1.ObjectReference' },
                series: { r: 'io.k8s.api.core.v1.EventSeries' },
                firstTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                involvedObject: { r: 'io.k8s.api.core.v1.ObjectReference' },
                eventTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' },
            },
        },
        'io.k8s.api.core.v1.EventList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.Event' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.EventSeries': {
            p: { lastObservedTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' } },
        },
        'io.k8s.api.core.v1.EventSource': {},
        'io.k8s.api.core.v1.ExecAction': {},
        'io.k8s.api.core.v1.FCVolumeSource': {},
        'io.k8s.api.core.v1.FlexPersistentVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.SecretReference' } },
        },
        'io.k8s.api.core.v1.FlexVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.FlockerVolumeSource': {},
        'io.k8s.api.core.v1.GCEPersistentDiskVolumeSource': {},
        'io.k8s.api.core.v1.GitRepoVolumeSource': {},
        'io.k8s.api.core.v1.GlusterfsPersistentVolumeSource': {},
        'io.k8s.api.core.v1.GlusterfsVolumeSource': {},
        'io.k8s.api.core.v1.HTTPGetAction': {
            p: {
                port: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
                httpHeaders: { t: 'array', i: { r: 'io.k8s.api.core.v1.HTTPHeader' } },
            },
        },
        'io.k8s.api.core.v1.HTTPHeader': {},
        'io.k8s.api.core.v1.Handler': {
            p: {
                tcpSocket: { r: 'io.k8s.api.core.v1.TCPSocketAction' },
                exec: { r: 'io.k8s.api.core.v1.ExecAction' },
                httpGet: { r: 'io.k8s.api.core.v1.HTTPGetAction' },
            },
        },
        'io.k8s.api.core.v1.HostAlias': {},
        'io.k8s.api.core.v1.HostPathVolumeSource': {},
        'io.k8s.api.core.v1.ISCSIPersistentVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.SecretReference' } },
        },
        'io.k8s.api.core.v1.ISCSIVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.KeyToPath': {},
        'io.k8s.api.core.v1.Lifecycle': {
            p: {
                postStart: { r: 'io.k8s.api.core.v1.Handler' },
                preStop: { r: 'io.k8s.api.core.v1.Handler' },
            },
        },
        'io.k8s.api.core.v1.LimitRange': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.LimitRangeSpec' },
            },
        },
        'io.k8s.api.core.v1.LimitRangeItem': {
            p: {
                default: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                defaultRequest: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                max: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                maxLimitRequestRatio: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                min: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
            },
        },
        'io.k8s.api.core.v1.LimitRangeList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.LimitRange' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.LimitRangeSpec': {
            p: { limits: { t: 'array', i: { r: 'io.k8s.api.core.v1.LimitRangeItem' } } },
        },
        'io.k8s.api.core.v1.LoadBalancerIngress': {
            p: { ports: { t: 'array', i: { r: 'io.k8s.api.core.v1.PortStatus' } } },
        },
        'io.k8s.api.core.v1.LoadBalancerStatus': {
            p: { ingress: { t: 'array', i: { r: 'io.k8s.api.core.v1.LoadBalancerIngress' } } },
        },
        'io.k8s.api.core.v1.LocalObjectReference': {},
        'io.k8s.api.core.v1.LocalVolumeSource': {},
        'io.k8s.api.core.v1.NFSVolumeSource': {},
        'io.k8s.api.core.v1.Namespace': {
            p: {
                status: { r: 'io.k8s.api.core.v1.NamespaceStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.NamespaceSpec' },
            },
        },
        'io.k8s.api.core.v1.NamespaceCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.core.v1.NamespaceList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.Namespace' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.NamespaceSpec': {},
        'io.k8s.api.core.v1.NamespaceStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.NamespaceCondition' },
                    s: 'merge',
                    k: 'type',
                },
            },
        },
        'io.k8s.api.core.v1.Node': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.NodeSpec' },
                status: { r: 'io.k8s.api.core.v1.NodeStatus' },
            },
        },
        'io.k8s.api.core.v1.NodeAddress': {},
        'io.k8s.api.core.v1.NodeAffinity': {
            p: {
                preferredDuringSchedulingIgnoredDuringExecution: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.PreferredSchedulingTerm' },
                },
                requiredDuringSchedulingIgnoredDuringExecution: { r: 'io.k8s.api.core.v1.NodeSelector' },
            },
        },
        'io.k8s.api.core.v1.NodeCondition': {
            p: {
                lastHeartbeatTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.core.v1.NodeConfigSource': {
            p: { configMap: { r: 'io.k8s.api.core.v1.ConfigMapNodeConfigSource' } },
        },
        'io.k8s.api.core.v1.NodeConfigStatus': {
            p: {
                active: { r: 'io.k8s.api.core.v1.NodeConfigSource' },
                assigned: { r: 'io.k8s.api.core.v1.NodeConfigSource' },
                lastKnownGood: { r: 'io.k8s.api.core.v1.NodeConfigSource' },
            },
        },
        'io.k8s.api.core.v1.NodeDaemonEndpoints': {
            p: { kubeletEndpoint: { r: 'io.k8s.api.core.v1.DaemonEndpoint' } },
        },
        'io.k8s.api.core.v1.NodeList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.Node' } },
            },
        },
        'io.k8s.api.core.v1.NodeSelector': {
            p: { nodeSelectorTerms: { t: 'array', i: { r: 'io.k8s.api.core.v1.NodeSelectorTerm' } } },
        },
        'io.k8s.api.core.v1.NodeSelectorRequirement': {},
        'io.k8s.api.core.v1.NodeSelectorTerm': {
            p: {
                matchExpressions: { t: 'array', i: { r: 'io.k8s.api.core.v1.NodeSelectorRequirement' } },
                matchFields: { t: 'array', i: { r: 'io.k8s.api.core.v1.NodeSelectorRequirement' } },
            },
        },
        'io.k8s.api.core.v1.NodeSpec': {
            p: {
                configSource: { r: 'io.k8s.api.core.v1.NodeConfigSource' },
                podCIDRs: { t: 'array', s: 'merge' },
                taints: { t: 'array', i: { r: 'io.k8s.api.core.v1.Taint' } },
            },
        },
        'io.k8s.api.core.v1.NodeStatus': {
            p: {
                images: { t: 'array', i: { r: 'io.k8s.api.core.v1.ContainerImage' } },
                nodeInfo: { r: 'io.k8s.api.core.v1.NodeSystemInfo' },
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.NodeCondition' },
                    s: 'merge',
                    k: 'type',
                },
                daemonEndpoints: { r: 'io.k8s.api.core.v1.NodeDaemonEndpoints' },
                capacity: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                config: { r: 'io.k8s.api.core.v1.NodeConfigStatus' },
                volumesAttached: { t: 'array', i: { r: 'io.k8s.api.core.v1.AttachedVolume' } },
                addresses: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.NodeAddress' },
                    s: 'merge',
                    k: 'type',
                },
                allocatable: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
            },
        },
        'io.k8s.api.core.v1.NodeSystemInfo': {},
        'io.k8s.api.core.v1.ObjectFieldSelector': {},
        'io.k8s.api.core.v1.ObjectReference': {},
        'io.k8s.api.core.v1.PersistentVolume': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.PersistentVolumeSpec' },
                status: { r: 'io.k8s.api.core.v1.PersistentVolumeStatus' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeClaim': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.PersistentVolumeClaimSpec' },
                status: { r: 'io.k8s.api.core.v1.PersistentVolumeClaimStatus' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeClaimCondition': {
            p: {
                lastProbeTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeClaimList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.PersistentVolumeClaim' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeClaimSpec': {
            p: {
                dataSource: { r: 'io.k8s.api.core.v1.TypedLocalObjectReference' },
                resources: { r: 'io.k8s.api.core.v1.ResourceRequirements' },
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeClaimStatus': {
            p: {
                capacity: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.PersistentVolumeClaimCondition' },
                    s: 'merge',
                    k: 'type',
                },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeClaimTemplate': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.PersistentVolumeClaimSpec' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource': {},
        'io.k8s.api.core.v1.PersistentVolumeList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.PersistentVolume' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeSpec': {
            p: {
                portworxVolume: { r: 'io.k8s.api.core.v1.PortworxVolumeSource' },
                scaleIO: { r: 'io.k8s.api.core.v1.ScaleIOPersistentVolumeSource' },
                storageos: { r: 'io.k8s.api.core.v1.StorageOSPersistentVolumeSource' },
                nfs: { r: 'io.k8s.api.core.v1.NFSVolumeSource' },
                cephfs: { r: 'io.k8s.api.core.v1.CephFSPersistentVolumeSource' },
                gcePersistentDisk: { r: 'io.k8s.api.core.v1.GCEPersistentDiskVolumeSource' },
                nodeAffinity: { r: 'io.k8s.api.core.v1.VolumeNodeAffinity' },
                awsElasticBlockStore: { r: 'io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource' },
                claimRef: { r: 'io.k8s.api.core.v1.ObjectReference' },
                fc: { r: 'io.k8s.api.core.v1.FCVolumeSource' },
                flocker: { r: 'io.k8s.api.core.v1.FlockerVolumeSource' },
                glusterfs: { r: 'io.k8s.api.core.v1.GlusterfsPersistentVolumeSource' },
                local: { r: 'io.k8s.api.core.v1.LocalVolumeSource' },
                capacity: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                cinder: { r: 'io.k8s.api.core.v1.CinderPersistentVolumeSource' },
                quobyte: { r: 'io.k8s.api.core.v1.QuobyteVolumeSource' },
                azureDisk: { r: 'io.k8s.api.core.v1.AzureDiskVolumeSource' },
                iscsi: { r: 'io.k8s.api.core.v1.ISCSIPersistentVolumeSource' },
                hostPath: { r: 'io.k8s.api.core.v1.HostPathVolumeSource' },
                rbd: { r: 'io.k8s.api.core.v1.RBDPersistentVolumeSource' },
                flexVolume: { r: 'io.k8s.api.core.v1.FlexPersistentVolumeSource' },
                photonPersistentDisk: { r: 'io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource' },
                vsphereVolume: { r: 'io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource' },
                azureFile: { r: 'io.k8s.api.core.v1.AzureFilePersistentVolumeSource' },
                csi: { r: 'io.k8s.api.core.v1.CSIPersistentVolumeSource' },
            },
        },
        'io.k8s.api.core.v1.PersistentVolumeStatus': {},
        'io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource': {},
        'io.k8s.api.core.v1.Pod': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.PodSpec' },
                status: { r: 'io.k8s.api.core.v1.PodStatus' },
            },
        },
        'io.k8s.api.core.v1.PodAffinity': {
            p: {
                preferredDuringSchedulingIgnoredDuringExecution: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.WeightedPodAffinityTerm' },
                },
                requiredDuringSchedulingIgnoredDuringExecution: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.PodAffinityTerm' },
                },
            },
        },
        'io.k8s.api.core.v1.PodAffinityTerm': {
            p: {
                labelSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                namespaceSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.core.v1.PodAntiAffinity': {
            p: {
                requiredDuringSchedulingIgnoredDuringExecution: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.PodAffinityTerm' },
                },
                preferredDuringSchedulingIgnoredDuringExecution: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.WeightedPodAffinityTerm' },
                },
            },
        },
        'io.k8s.api.core.v1.PodCondition': {
            p: {
                lastProbeTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.core.v1.PodDNSConfig': {
            p: { options: { t: 'array', i: { r: 'io.k8s.api.core.v1.PodDNSConfigOption' } } },
        },
        'io.k8s.api.core.v1.PodDNSConfigOption': {},
        'io.k8s.api.core.v1.PodIP': {},
        'io.k8s.api.core.v1.PodList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.Pod' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.PodReadinessGate': {},
        'io.k8s.api.core.v1.PodSecurityContext': {
            p: {
                seLinuxOptions: { r: 'io.k8s.api.core.v1.SELinuxOptions' },
                windowsOptions: { r: 'io.k8s.api.core.v1.WindowsSecurityContextOptions' },
                seccompProfile: { r: 'io.k8s.api.core.v1.SeccompProfile' },
                sysctls: { t: 'array', i: { r: 'io.k8s.api.core.v1.Sysctl' } },
            },
        },
        'io.k8s.api.core.v1.PodSpec': {
            p: {
                ephemeralContainers: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.EphemeralContainer' },
                    s: 'merge',
                    k: 'name',
                },
                initContainers: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.Container' },
                    s: 'merge',
                    k: 'name',
                },
                affinity: { r: 'io.k8s.api.core.v1.Affinity' },
                tolerations: { t: 'array', i: { r: 'io.k8s.api.core.v1.Toleration' } },
                hostAliases: { t: 'array', i: { r: 'io.k8s.api.core.v1.HostAlias' }, s: 'merge', k: 'ip' },
                imagePullSecrets: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.LocalObjectReference' },
                    s: 'merge',
                    k: 'name',
                },
                topologySpreadConstraints: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.TopologySpreadConstraint' },
                    s: 'merge',
                    k: 'topologyKey',
                    m: ['topologyKey', 'whenUnsatisfiable'],
                },
                dnsConfig: { r: 'io.k8s.api.core.v1.PodDNSConfig' },
                readinessGates: { t: 'array', i: { r: 'io.k8s.api.core.v1.PodReadinessGate' } },
                overhead: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                securityContext: { r: 'io.k8s.api.core.v1.PodSecurityContext' },
                volumes: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.Volume' },
                    s: 'merge,retainKeys',
                    k: 'name',
                },
                containers: { t: 'array', i: { r: 'io.k8s.api.core.v1.Container' }, s: 'merge', k: 'name' },
            },
        },
        'io.k8s.api.core.v1.PodStatus': {
            p: {
                startTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.PodCondition' },
                    s: 'merge',
                    k: 'type',
                },
                containerStatuses: { t: 'array', i: { r: 'io.k8s.api.core.v1.ContainerStatus' } },
                ephemeralContainerStatuses: { t: 'array', i: { r: 'io.k8s.api.core.v1.ContainerStatus' } },
                initContainerStatuses: { t: 'array', i: { r: 'io.k8s.api.core.v1.ContainerStatus' } },
                podIPs: { t: 'array', i: { r: 'io.k8s.api.core.v1.PodIP' }, s: 'merge', k: 'ip' },
            },
        },
        'io.k8s.api.core.v1.PodTemplate': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                template: { r: 'io.k8s.api.core.v1.PodTemplateSpec' },
            },
        },
        'io.k8s.api.core.v1.PodTemplateList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.PodTemplate' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.PodTemplateSpec': {
            p: {
                spec: { r: 'io.k8s.api.core.v1.PodSpec' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.core.v1.PortStatus': {},
        'io.k8s.api.core.v1.PortworxVolumeSource': {},
        'io.k8s.api.core.v1.PreferredSchedulingTerm': {
            p: { preference: { r: 'io.k8s.api.core.v1.NodeSelectorTerm' } },
        },
        'io.k8s.api.core.v1.Probe': {
            p: {
                exec: { r: 'io.k8s.api.core.v1.ExecAction' },
                httpGet: { r: 'io.k8s.api.core.v1.HTTPGetAction' },
                tcpSocket: { r: 'io.k8s.api.core.v1.TCPSocketAction' },
            },
        },
        'io.k8s.api.core.v1.ProjectedVolumeSource': {
            p: { sources: { t: 'array', i: { r: 'io.k8s.api.core.v1.VolumeProjection' } } },
        },
        'io.k8s.api.core.v1.QuobyteVolumeSource': {},
        'io.k8s.api.core.v1.RBDPersistentVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.SecretReference' } },
        },
        'io.k8s.api.core.v1.RBDVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.ReplicationController': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.ReplicationControllerSpec' },
                status: { r: 'io.k8s.api.core.v1.ReplicationControllerStatus' },
            },
        },
        'io.k8s.api.core.v1.ReplicationControllerCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.core.v1.ReplicationControllerList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.ReplicationController' } },
            },
        },
        'io.k8s.api.core.v1.ReplicationControllerSpec': {
            p: { template: { r: 'io.k8s.api.core.v1.PodTemplateSpec' } },
        },
        'io.k8s.api.core.v1.ReplicationControllerStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.ReplicationControllerCondition' },
                    s: 'merge',
                    k: 'type',
                },
            },
        },
        'io.k8s.api.core.v1.ResourceFieldSelector': {
            p: { divisor: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
        },
        'io.k8s.api.core.v1.ResourceQuota': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.ResourceQuotaSpec' },
                status: { r: 'io.k8s.api.core.v1.ResourceQuotaStatus' },
            },
        },
        'io.k8s.api.core.v1.ResourceQuotaList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.ResourceQuota' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.ResourceQuotaSpec': {
            p: {
                hard: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                scopeSelector: { r: 'io.k8s.api.core.v1.ScopeSelector' },
            },
        },
        'io.k8s.api.core.v1.ResourceQuotaStatus': {
            p: {
                hard: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                used: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
            },
        },
        'io.k8s.api.core.v1.ResourceRequirements': {
            p: {
                limits: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
                requests: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } },
            },
        },
        'io.k8s.api.core.v1.SELinuxOptions': {},
        'io.k8s.api.core.v1.ScaleIOPersistentVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.SecretReference' } },
        },
        'io.k8s.api.core.v1.ScaleIOVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.ScopeSelector': {
            p: {
                matchExpressions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.ScopedResourceSelectorRequirement' },
                },
            },
        },
        'io.k8s.api.core.v1.ScopedResourceSelectorRequirement': {},
        'io.k8s.api.core.v1.SeccompProfile': {},
        'io.k8s.api.core.v1.Secret': {
            p: { metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' } },
        },
        'io.k8s.api.core.v1.SecretEnvSource': {},
        'io.k8s.api.core.v1.SecretKeySelector': {},
        'io.k8s.api.core.v1.SecretList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.Secret' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.SecretProjection': {
            p: { items: { t: 'array', i: { r: 'io.k8s.api.core.v1.KeyToPath' } } },
        },
        'io.k8s.api.core.v1.SecretReference': {},
        'io.k8s.api.core.v1.SecretVolumeSource': {
            p: { items: { t: 'array', i: { r: 'io.k8s.api.core.v1.KeyToPath' } } },
        },
        'io.k8s.api.core.v1.SecurityContext': {
            p: {
                seLinuxOptions: { r: 'io.k8s.api.core.v1.SELinuxOptions' },
                seccompProfile: { r: 'io.k8s.api.core.v1.SeccompProfile' },
                capabilities: { r: 'io.k8s.api.core.v1.Capabilities' },
                windowsOptions: { r: 'io.k8s.api.core.v1.WindowsSecurityContextOptions' },
            },
        },
        'io.k8s.api.core.v1.Service': {
            p: {
                status: { r: 'io.k8s.api.core.v1.ServiceStatus' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.core.v1.ServiceSpec' },
            },
        },
        'io.k8s.api.core.v1.ServiceAccount': {
            p: {
                imagePullSecrets: { t: 'array', i: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                secrets: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.ObjectReference' },
                    s: 'merge',
                    k: 'name',
                },
            },
        },
        'io.k8s.api.core.v1.ServiceAccountList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.ServiceAccount' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.core.v1.ServiceAccountTokenProjection': {},
        'io.k8s.api.core.v1.ServiceList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.core.v1.Service' } },
            },
        },
        'io.k8s.api.core.v1.ServicePort': {
            p: { targetPort: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' } },
        },
        'io.k8s.api.core.v1.ServiceSpec': {
            p: {
                sessionAffinityConfig: { r: 'io.k8s.api.core.v1.SessionAffinityConfig' },
                ports: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.ServicePort' },
                    s: 'merge',
                    k: 'port',
                    m: ['port', 'protocol'],
                },
            },
        },
        'io.k8s.api.core.v1.ServiceStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Condition' },
                    s: 'merge',
                    k: 'type',
                    m: ['type'],
                },
                loadBalancer: { r: 'io.k8s.api.core.v1.LoadBalancerStatus' },
            },
        },
        'io.k8s.api.core.v1.SessionAffinityConfig': {
            p: { clientIP: { r: 'io.k8s.api.core.v1.ClientIPConfig' } },
        },
        'io.k8s.api.core.v1.StorageOSPersistentVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.ObjectReference' } },
        },
        'io.k8s.api.core.v1.StorageOSVolumeSource': {
            p: { secretRef: { r: 'io.k8s.api.core.v1.LocalObjectReference' } },
        },
        'io.k8s.api.core.v1.Sysctl': {},
        'io.k8s.api.core.v1.TCPSocketAction': {
            p: { port: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' } },
        },
        'io.k8s.api.core.v1.Taint': {
            p: { timeAdded: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.core.v1.Toleration': {},
        'io.k8s.api.core.v1.TopologySelectorLabelRequirement': {},
        'io.k8s.api.core.v1.TopologySelectorTerm': {
            p: {
                matchLabelExpressions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.core.v1.TopologySelectorLabelRequirement' },
                },
            },
        },
        'io.k8s.api.core.v1.TopologySpreadConstraint': {
            p: { labelSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' } },
        },
        'io.k8s.api.core.v1.TypedLocalObjectReference': {},
        'io.k8s.api.core.v1.Volume': {
            p: {
                quobyte: { r: 'io.k8s.api.core.v1.QuobyteVolumeSource' },
                azureFile: { r: 'io.k8s.api.core.v1.AzureFileVolumeSource' },
                cinder: { r: 'io.k8s.api.core.v1.CinderVolumeSource' },
                configMap: { r: 'io.k8s.api.core.v1.ConfigMapVolumeSource' },
                nfs: { r: 'io.k8s.api.core.v1.NFSVolumeSource' },
                photonPersistentDisk: { r: 'io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource' },
                ephemeral: { r: 'io.k8s.api.core.v1.EphemeralVolumeSource' },
                glusterfs: { r: 'io.k8s.api.core.v1.GlusterfsVolumeSource' },
                rbd: { r: 'io.k8s.api.core.v1.RBDVolumeSource' },
                azureDisk: { r: 'io.k8s.api.core.v1.AzureDiskVolumeSource' },
                downwardAPI: { r: 'io.k8s.api.core.v1.DownwardAPIVolumeSource' },
                gitRepo: { r: 'io.k8s.api.core.v1.GitRepoVolumeSource' },
                scaleIO: { r: 'io.k8s.api.core.v1.ScaleIOVolumeSource' },
                hostPath: { r: 'io.k8s.api.core.v1.HostPathVolumeSource' },
                persistentVolumeClaim: { r: 'io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource' },
                gcePersistentDisk: { r: 'io.k8s.api.core.v1.GCEPersistentDiskVolumeSource' },
                iscsi: { r: 'io.k8s.api.core.v1.ISCSIVolumeSource' },
                secret: { r: 'io.k8s.api.core.v1.SecretVolumeSource' },
                flexVolume: { r: 'io.k8s.api.core.v1.FlexVolumeSource' },
                awsElasticBlockStore: { r: 'io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource' },
                csi: { r: 'io.k8s.api.core.v1.CSIVolumeSource' },
                projected: { r: 'io.k8s.api.core.v1.ProjectedVolumeSource' },
                vsphereVolume: { r: 'io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource' },
                storageos: { r: 'io.k8s.api.core.v1.StorageOSVolumeSource' },
                cephfs: { r: 'io.k8s.api.core.v1.CephFSVolumeSource' },
                emptyDir: { r: 'io.k8s.api.core.v1.EmptyDirVolumeSource' },
                fc: { r: 'io.k8s.api.core.v1.FCVolumeSource' },
                flocker: { r: 'io.k8s.api.core.v1.FlockerVolumeSource' },
                portworxVolume: { r: 'io.k8s.api.core.v1.PortworxVolumeSource' },
            },
        },
        'io.k8s.api.core.v1.VolumeDevice': {},
        'io.k8s.api.core.v1.VolumeMount': {},
        'io.k8s.api.core.v1.VolumeNodeAffinity': {
            p: { required: { r: 'io.k8s.api.core.v1.NodeSelector' } },
        },
        'io.k8s.api.core.v1.VolumeProjection': {
            p: {
                serviceAccountToken: { r: 'io.k8s.api.core.v1.ServiceAccountTokenProjection' },
                configMap: { r: 'io.k8s.api.core.v1.ConfigMapProjection' },
                downwardAPI: { r: 'io.k8s.api.core.v1.DownwardAPIProjection' },
                secret: { r: 'io.k8s.api.core.v1.SecretProjection' },
            },
        },
        'io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource': {},
        'io.k8s.api.core.v1.WeightedPodAffinityTerm': {
            p: { podAffinityTerm: { r: 'io.k8s.api.core.v1.PodAffinityTerm' } },
        },
        'io.k8s.api.core.v1.WindowsSecurityContextOptions': {},
        'io.k8s.api.discovery.v1.Endpoint': {
            p: {
                conditions: { r: 'io.k8s.api.discovery.v1.EndpointConditions' },
                hints: { r: 'io.k8s.api.discovery.v1.EndpointHints' },
                targetRef: { r: 'io.k8s.api.core.v1.ObjectReference' },
            },
        },
        'io.k8s.api.discovery.v1.EndpointConditions': {},
        'io.k8s.api.discovery.v1.EndpointHints': {
            p: { forZones: { t: 'array', i: { r: 'io.k8s.api.discovery.v1.ForZone' } } },
        },
        'io.k8s.api.discovery.v1.EndpointPort': {},
        'io.k8s.api.discovery.v1.EndpointSlice': {
            p: {
                endpoints: { t: 'array', i: { r: 'io.k8s.api.discovery.v1.Endpoint' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                ports: { t: 'array', i: { r: 'io.k8s.api.discovery.v1.EndpointPort' } },
            },
        },
        'io.k8s.api.discovery.v1.EndpointSliceList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.discovery.v1.EndpointSlice' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.discovery.v1.ForZone': {},
        'io.k8s.api.discovery.v1beta1.Endpoint': {
            p: {
                hints: { r: 'io.k8s.api.discovery.v1beta1.EndpointHints' },
                targetRef: { r: 'io.k8s.api.core.v1.ObjectReference' },
                conditions: { r: 'io.k8s.api.discovery.v1beta1.EndpointConditions' },
            },
        },
        'io.k8s.api.discovery.v1beta1.EndpointConditions': {},
        'io.k8s.api.discovery.v1beta1.EndpointHints': {
            p: { forZones: { t: 'array', i: { r: 'io.k8s.api.discovery.v1beta1.ForZone' } } },
        },
        'io.k8s.api.discovery.v1beta1.EndpointPort': {},
        'io.k8s.api.discovery.v1beta1.EndpointSlice': {
            p: {
                endpoints: { t: 'array', i: { r: 'io.k8s.api.discovery.v1beta1.Endpoint' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                ports: { t: 'array', i: { r: 'io.k8s.api.discovery.v1beta1.EndpointPort' } },
            },
        },
        'io.k8s.api.discovery.v1beta1.EndpointSliceList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.discovery.v1beta1.EndpointSlice' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.discovery.v1beta1.ForZone': {},
        'io.k8s.api.events.v1.Event': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                related: { r: 'io.k8s.api.core.v1.ObjectReference' },
                deprecatedSource: { r: 'io.k8s.api.core.v1.EventSource' },
                series: { r: 'io.k8s.api.events.v1.EventSeries' },
                eventTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' },
                regarding: { r: 'io.k8s.api.core.v1.ObjectReference' },
                deprecatedFirstTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                deprecatedLastTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.api.events.v1.EventList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.events.v1.Event' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.events.v1.EventSeries': {
            p: { lastObservedTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' } },
        },
        'io.k8s.api.events.v1beta1.Event': {
            p: {
                related: { r: 'io.k8s.api.core.v1.ObjectReference' },
                deprecatedLastTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                deprecatedFirstTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                eventTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' },
                deprecatedSource: { r: 'io.k8s.api.core.v1.EventSource' },
                regarding: { r: 'io.k8s.api.core.v1.ObjectReference' },
                series: { r: 'io.k8s.api.events.v1beta1.EventSeries' },
            },
        },
        'io.k8s.api.events.v1beta1.EventList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.events.v1beta1.Event' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.events.v1beta1.EventSeries': {
            p: { lastObservedTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime' } },
        },
        'io.k8s.api.extensions.v1beta1.HTTPIngressPath': {
            p: { backend: { r: 'io.k8s.api.extensions.v1beta1.IngressBackend' } },
        },
        'io.k8s.api.extensions.v1beta1.HTTPIngressRuleValue': {
            p: { paths: { t: 'array', i: { r: 'io.k8s.api.extensions.v1beta1.HTTPIngressPath' } } },
        },
        'io.k8s.api.extensions.v1beta1.Ingress': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.extensions.v1beta1.IngressSpec' },
                status: { r: 'io.k8s.api.extensions.v1beta1.IngressStatus' },
            },
        },
        'io.k8s.api.extensions.v1beta1.IngressBackend': {
            p: {
                resource: { r: 'io.k8s.api.core.v1.TypedLocalObjectReference' },
                servicePort: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
            },
        },
        'io.k8s.api.extensions.v1beta1.IngressList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.extensions.v1beta1.Ingress' } },
            },
        },
        'io.k8s.api.extensions.v1beta1.IngressRule': {
            p: { http: { r: 'io.k8s.api.extensions.v1beta1.HTTPIngressRuleValue' } },
        },
        'io.k8s.api.extensions.v1beta1.IngressSpec': {
            p: {
                backend: { r: 'io.k8s.api.extensions.v1beta1.IngressBackend' },
                rules: { t: 'array', i: { r: 'io.k8s.api.extensions.v1beta1.IngressRule' } },
                tls: { t: 'array', i: { r: 'io.k8s.api.extensions.v1beta1.IngressTLS' } },
            },
        },
        'io.k8s.api.extensions.v1beta1.IngressStatus': {
            p: { loadBalancer: { r: 'io.k8s.api.core.v1.LoadBalancerStatus' } },
        },
        'io.k8s.api.extensions.v1beta1.IngressTLS': {},
        'io.k8s.api.flowcontrol.v1beta1.FlowDistinguisherMethod': {},
        'io.k8s.api.flowcontrol.v1beta1.FlowSchema': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.flowcontrol.v1beta1.FlowSchemaSpec' },
                status: { r: 'io.k8s.api.flowcontrol.v1beta1.FlowSchemaStatus' },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.FlowSchemaCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.flowcontrol.v1beta1.FlowSchemaList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.flowcontrol.v1beta1.FlowSchema' } },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.FlowSchemaSpec': {
            p: {
                rules: { t: 'array', i: { r: 'io.k8s.api.flowcontrol.v1beta1.PolicyRulesWithSubjects' } },
                distinguisherMethod: { r: 'io.k8s.api.flowcontrol.v1beta1.FlowDistinguisherMethod' },
                priorityLevelConfiguration: {
                    r: 'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationReference',
                },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.FlowSchemaStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.flowcontrol.v1beta1.FlowSchemaCondition' },
                    m: ['type'],
                },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.GroupSubject': {},
        'io.k8s.api.flowcontrol.v1beta1.LimitResponse': {
            p: { queuing: { r: 'io.k8s.api.flowcontrol.v1beta1.QueuingConfiguration' } },
        },
        'io.k8s.api.flowcontrol.v1beta1.LimitedPriorityLevelConfiguration': {
            p: { limitResponse: { r: 'io.k8s.api.flowcontrol.v1beta1.LimitResponse' } },
        },
        'io.k8s.api.flowcontrol.v1beta1.NonResourcePolicyRule': {},
        'io.k8s.api.flowcontrol.v1beta1.PolicyRulesWithSubjects': {
            p: {
                resourceRules: {
                    t: 'array',
                    i: { r: 'io.k8s.api.flowcontrol.v1beta1.ResourcePolicyRule' },
                },
                subjects: { t: 'array', i: { r: 'io.k8s.api.flowcontrol.v1beta1.Subject' } },
                nonResourceRules: {
                    t: 'array',
                    i: { r: 'io.k8s.api.flowcontrol.v1beta1.NonResourcePolicyRule' },
                },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationSpec' },
                status: { r: 'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationStatus' },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration' },
                },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationReference': {},
        'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationSpec': {
            p: { limited: { r: 'io.k8s.api.flowcontrol.v1beta1.LimitedPriorityLevelConfiguration' } },
        },
        'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationCondition' },
                    m: ['type'],
                },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.QueuingConfiguration': {},
        'io.k8s.api.flowcontrol.v1beta1.ResourcePolicyRule': {},
        'io.k8s.api.flowcontrol.v1beta1.ServiceAccountSubject': {},
        'io.k8s.api.flowcontrol.v1beta1.Subject': {
            p: {
                group: { r: 'io.k8s.api.flowcontrol.v1beta1.GroupSubject' },
                serviceAccount: { r: 'io.k8s.api.flowcontrol.v1beta1.ServiceAccountSubject' },
                user: { r: 'io.k8s.api.flowcontrol.v1beta1.UserSubject' },
            },
        },
        'io.k8s.api.flowcontrol.v1beta1.UserSubject': {},
        'io.k8s.api.networking.v1.HTTPIngressPath': {
            p: { backend: { r: 'io.k8s.api.networking.v1.IngressBackend' } },
        },
        'io.k8s.api.networking.v1.HTTPIngressRuleValue': {
            p: { paths: { t: 'array', i: { r: 'io.k8s.api.networking.v1.HTTPIngressPath' } } },
        },
        'io.k8s.api.networking.v1.IPBlock': {},
        'io.k8s.api.networking.v1.Ingress': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.networking.v1.IngressSpec' },
                status: { r: 'io.k8s.api.networking.v1.IngressStatus' },
            },
        },
        'io.k8s.api.networking.v1.IngressBackend': {
            p: {
                resource: { r: 'io.k8s.api.core.v1.TypedLocalObjectReference' },
                service: { r: 'io.k8s.api.networking.v1.IngressServiceBackend' },
            },
        },
        'io.k8s.api.networking.v1.IngressClass': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.networking.v1.IngressClassSpec' },
            },
        },
        'io.k8s.api.networking.v1.IngressClassList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.networking.v1.IngressClass' } },
            },
        },
        'io.k8s.api.networking.v1.IngressClassParametersReference': {},
        'io.k8s.api.networking.v1.IngressClassSpec': {
            p: { parameters: { r: 'io.k8s.api.networking.v1.IngressClassParametersReference' } },
        },
        'io.k8s.api.networking.v1.IngressList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.networking.v1.Ingress' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.networking.v1.IngressRule': {
            p: { http: { r: 'io.k8s.api.networking.v1.HTTPIngressRuleValue' } },
        },
        'io.k8s.api.networking.v1.IngressServiceBackend': {
            p: { port: { r: 'io.k8s.api.networking.v1.ServiceBackendPort' } },
        },
        'io.k8s.api.networking.v1.IngressSpec': {
            p: {
                defaultBackend: { r: 'io.k8s.api.networking.v1.IngressBackend' },
                rules: { t: 'array', i: { r: 'io.k8s.api.networking.v1.IngressRule' } },
                tls: { t: 'array', i: { r: 'io.k8s.api.networking.v1.IngressTLS' } },
            },
        },
        'io.k8s.api.networking.v1.IngressStatus': {
            p: { loadBalancer: { r: 'io.k8s.api.core.v1.LoadBalancerStatus' } },
        },
        'io.k8s.api.networking.v1.IngressTLS': {},
        'io.k8s.api.networking.v1.NetworkPolicy': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.networking.v1.NetworkPolicySpec' },
            },
        },
        'io.k8s.api.networking.v1.NetworkPolicyEgressRule': {
            p: {
                ports: { t: 'array', i: { r: 'io.k8s.api.networking.v1.NetworkPolicyPort' } },
                to: { t: 'array', i: { r: 'io.k8s.api.networking.v1.NetworkPolicyPeer' } },
            },
        },
        'io.k8s.api.networking.v1.NetworkPolicyIngressRule': {
            p: {
                from: { t: 'array', i: { r: 'io.k8s.api.networking.v1.NetworkPolicyPeer' } },
                ports: { t: 'array', i: { r: 'io.k8s.api.networking.v1.NetworkPolicyPort' } },
            },
        },
        'io.k8s.api.networking.v1.NetworkPolicyList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.networking.v1.NetworkPolicy' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.networking.v1.NetworkPolicyPeer': {
            p: {
                ipBlock: { r: 'io.k8s.api.networking.v1.IPBlock' },
                namespaceSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                podSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.networking.v1.NetworkPolicyPort': {
            p: { port: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' } },
        },
        'io.k8s.api.networking.v1.NetworkPolicySpec': {
            p: {
                egress: { t: 'array', i: { r: 'io.k8s.api.networking.v1.NetworkPolicyEgressRule' } },
                ingress: { t: 'array', i: { r: 'io.k8s.api.networking.v1.NetworkPolicyIngressRule' } },
                podSelector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
            },
        },
        'io.k8s.api.networking.v1.ServiceBackendPort': {},
        'io.k8s.api.networking.v1beta1.HTTPIngressPath': {
            p: { backend: { r: 'io.k8s.api.networking.v1beta1.IngressBackend' } },
        },
        'io.k8s.api.networking.v1beta1.HTTPIngressRuleValue': {
            p: { paths: { t: 'array', i: { r: 'io.k8s.api.networking.v1beta1.HTTPIngressPath' } } },
        },
        'io.k8s.api.networking.v1beta1.Ingress': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.networking.v1beta1.IngressSpec' },
                status: { r: 'io.k8s.api.networking.v1beta1.IngressStatus' },
            },
        },
        'io.k8s.api.networking.v1beta1.IngressBackend': {
            p: {
                resource: { r: 'io.k8s.api.core.v1.TypedLocalObjectReference' },
                servicePort: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
            },
        },
        'io.k8s.api.networking.v1beta1.IngressClass': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.networking.v1beta1.IngressClassSpec' },
            },
        },
        'io.k8s.api.networking.v1beta1.IngressClassList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.networking.v1beta1.IngressClass' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.networking.v1beta1.IngressClassParametersReference': {},
        'io.k8s.api.networking.v1beta1.IngressClassSpec': {
            p: { parameters: { r: 'io.k8s.api.networking.v1beta1.IngressClassParametersReference' } },
        },
        'io.k8s.api.networking.v1beta1.IngressList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.networking.v1beta1.Ingress' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.networking.v1beta1.IngressRule': {
            p: { http: { r: 'io.k8s.api.networking.v1beta1.HTTPIngressRuleValue' } },
        },
        'io.k8s.api.networking.v1beta1.IngressSpec': {
            p: {
                rules: { t: 'array', i: { r: 'io.k8s.api.networking.v1beta1.IngressRule' } },
                tls: { t: 'array', i: { r: 'io.k8s.api.networking.v1beta1.IngressTLS' } },
                backend: { r: 'io.k8s.api.networking.v1beta1.IngressBackend' },
            },
        },
        'io.k8s.api.networking.v1beta1.IngressStatus': {
            p: { loadBalancer: { r: 'io.k8s.api.core.v1.LoadBalancerStatus' } },
        },
        'io.k8s.api.networking.v1beta1.IngressTLS': {},
        'io.k8s.api.node.v1.Overhead': {
            p: { podFixed: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } } },
        },
        'io.k8s.api.node.v1.RuntimeClass': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                overhead: { r: 'io.k8s.api.node.v1.Overhead' },
                scheduling: { r: 'io.k8s.api.node.v1.Scheduling' },
            },
        },
        'io.k8s.api.node.v1.RuntimeClassList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.node.v1.RuntimeClass' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.node.v1.Scheduling': {
            p: { tolerations: { t: 'array', i: { r: 'io.k8s.api.core.v1.Toleration' } } },
        },
        'io.k8s.api.node.v1beta1.Overhead': {
            p: { podFixed: { a: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' } } },
        },
        'io.k8s.api.node.v1beta1.RuntimeClass': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                overhead: { r: 'io.k8s.api.node.v1beta1.Overhead' },
                scheduling: { r: 'io.k8s.api.node.v1beta1.Scheduling' },
            },
        },
        'io.k8s.api.node.v1beta1.RuntimeClassList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.node.v1beta1.RuntimeClass' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.node.v1beta1.Scheduling': {
            p: { tolerations: { t: 'array', i: { r: 'io.k8s.api.core.v1.Toleration' } } },
        },
        'io.k8s.api.policy.v1.PodDisruptionBudget': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.policy.v1.PodDisruptionBudgetSpec' },
                status: { r: 'io.k8s.api.policy.v1.PodDisruptionBudgetStatus' },
            },
        },
        'io.k8s.api.policy.v1.PodDisruptionBudgetList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.policy.v1.PodDisruptionBudget' } },
            },
        },
        'io.k8s.api.policy.v1.PodDisruptionBudgetSpec': {
            p: {
                minAvailable: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector', s: 'replace' },
                maxUnavailable: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
            },
        },
        'io.k8s.api.policy.v1.PodDisruptionBudgetStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Condition' },
                    s: 'merge',
                    k: 'type',
                    m: ['type'],
                },
                disruptedPods: { a: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
            },
        },
        'io.k8s.api.policy.v1beta1.AllowedCSIDriver': {},
        'io.k8s.api.policy.v1beta1.AllowedFlexVolume': {},
        'io.k8s.api.policy.v1beta1.AllowedHostPath': {},
        'io.k8s.api.policy.v1beta1.Eviction': {
            p: {
                deleteOptions: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.policy.v1beta1.FSGroupStrategyOptions': {
            p: { ranges: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.IDRange' } } },
        },
        'io.k8s.api.policy.v1beta1.HostPortRange': {},
        'io.k8s.api.policy.v1beta1.IDRange': {},
        'io.k8s.api.policy.v1beta1.PodDisruptionBudget': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.policy.v1beta1.PodDisruptionBudgetSpec' },
                status: { r: 'io.k8s.api.policy.v1beta1.PodDisruptionBudgetStatus' },
            },
        },
        'io.k8s.api.policy.v1beta1.PodDisruptionBudgetList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.PodDisruptionBudget' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.policy.v1beta1.PodDisruptionBudgetSpec': {
            p: {
                maxUnavailable: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
                minAvailable: { r: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
                selector: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector', s: 'replace' },
            },
        },
        'io.k8s.api.policy.v1beta1.PodDisruptionBudgetStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Condition' },
                    s: 'merge',
                    k: 'type',
                    m: ['type'],
                },
                disruptedPods: { a: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
            },
        },
        'io.k8s.api.policy.v1beta1.PodSecurityPolicy': {
            p: {
                spec: { r: 'io.k8s.api.policy.v1beta1.PodSecurityPolicySpec' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.policy.v1beta1.PodSecurityPolicyList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.PodSecurityPolicy' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.policy.v1beta1.PodSecurityPolicySpec': {
            p: {
                allowedFlexVolumes: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.AllowedFlexVolume' } },
                allowedHostPaths: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.AllowedHostPath' } },
                runtimeClass: { r: 'io.k8s.api.policy.v1beta1.RuntimeClassStrategyOptions' },
                fsGroup: { r: 'io.k8s.api.policy.v1beta1.FSGroupStrategyOptions' },
                hostPorts: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.HostPortRange' } },
                runAsUser: { r: 'io.k8s.api.policy.v1beta1.RunAsUserStrategyOptions' },
                seLinux: { r: 'io.k8s.api.policy.v1beta1.SELinuxStrategyOptions' },
                supplementalGroups: { r: 'io.k8s.api.policy.v1beta1.SupplementalGroupsStrategyOptions' },
                allowedCSIDrivers: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.AllowedCSIDriver' } },
                runAsGroup: { r: 'io.k8s.api.policy.v1beta1.RunAsGroupStrategyOptions' },
            },
        },
        'io.k8s.api.policy.v1beta1.RunAsGroupStrategyOptions': {
            p: { ranges: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.IDRange' } } },
        },
        'io.k8s.api.policy.v1beta1.RunAsUserStrategyOptions': {
            p: { ranges: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.IDRange' } } },
        },
        'io.k8s.api.policy.v1beta1.RuntimeClassStrategyOptions': {},
        'io.k8s.api.policy.v1beta1.SELinuxStrategyOptions': {
            p: { seLinuxOptions: { r: 'io.k8s.api.core.v1.SELinuxOptions' } },
        },
        'io.k8s.api.policy.v1beta1.SupplementalGroupsStrategyOptions': {
            p: { ranges: { t: 'array', i: { r: 'io.k8s.api.policy.v1beta1.IDRange' } } },
        },
        'io.k8s.api.rbac.v1.AggregationRule': {
            p: {
                clusterRoleSelectors: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                },
            },
        },
        'io.k8s.api.rbac.v1.ClusterRole': {
            p: {
                aggregationRule: { r: 'io.k8s.api.rbac.v1.AggregationRule' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                rules: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.PolicyRule' } },
            },
        },
        'io.k8s.api.rbac.v1.ClusterRoleBinding': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                roleRef: { r: 'io.k8s.api.rbac.v1.RoleRef' },
                subjects: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.Subject' } },
            },
        },
        'io.k8s.api.rbac.v1.ClusterRoleBindingList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.ClusterRoleBinding' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.rbac.v1.ClusterRoleList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.ClusterRole' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.rbac.v1.PolicyRule': {},
        'io.k8s.api.rbac.v1.Role': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                rules: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.PolicyRule' } },
            },
        },
        'io.k8s.api.rbac.v1.RoleBinding': {
            p: {
                roleRef: { r: 'io.k8s.api.rbac.v1.RoleRef' },
                subjects: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.Subject' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.rbac.v1.RoleBindingList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.RoleBinding' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.rbac.v1.RoleList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1.Role' } },
            },
        },
        'io.k8s.api.rbac.v1.RoleRef': {},
        'io.k8s.api.rbac.v1.Subject': {},
        'io.k8s.api.rbac.v1beta1.AggregationRule': {
            p: {
                clusterRoleSelectors: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                },
            },
        },
        'io.k8s.api.rbac.v1beta1.ClusterRole': {
            p: {
                aggregationRule: { r: 'io.k8s.api.rbac.v1beta1.AggregationRule' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                rules: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.PolicyRule' } },
            },
        },
        'io.k8s.api.rbac.v1beta1.ClusterRoleBinding': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                roleRef: { r: 'io.k8s.api.rbac.v1beta1.RoleRef' },
                subjects: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.Subject' } },
            },
        },
        'io.k8s.api.rbac.v1beta1.ClusterRoleBindingList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.ClusterRoleBinding' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.rbac.v1beta1.ClusterRoleList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.ClusterRole' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.rbac.v1beta1.PolicyRule': {},
        'io.k8s.api.rbac.v1beta1.Role': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                rules: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.PolicyRule' } },
            },
        },
        'io.k8s.api.rbac.v1beta1.RoleBinding': {
            p: {
                subjects: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.Subject' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                roleRef: { r: 'io.k8s.api.rbac.v1beta1.RoleRef' },
            },
        },
        'io.k8s.api.rbac.v1beta1.RoleBindingList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.RoleBinding' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.rbac.v1beta1.RoleList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.rbac.v1beta1.Role' } },
            },
        },
        'io.k8s.api.rbac.v1beta1.RoleRef': {},
        'io.k8s.api.rbac.v1beta1.Subject': {},
        'io.k8s.api.scheduling.v1.PriorityClass': {
            p: { metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' } },
        },
        'io.k8s.api.scheduling.v1.PriorityClassList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.scheduling.v1.PriorityClass' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.scheduling.v1beta1.PriorityClass': {
            p: { metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' } },
        },
        'io.k8s.api.scheduling.v1beta1.PriorityClassList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.scheduling.v1beta1.PriorityClass' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.storage.v1.CSIDriver': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.storage.v1.CSIDriverSpec' },
            },
        },
        'io.k8s.api.storage.v1.CSIDriverList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1.CSIDriver' } },
            },
        },
        'io.k8s.api.storage.v1.CSIDriverSpec': {
            p: { tokenRequests: { t: 'array', i: { r: 'io.k8s.api.storage.v1.TokenRequest' } } },
        },
        'io.k8s.api.storage.v1.CSINode': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.storage.v1.CSINodeSpec' },
            },
        },
        'io.k8s.api.storage.v1.CSINodeDriver': {
            p: { allocatable: { r: 'io.k8s.api.storage.v1.VolumeNodeResources' } },
        },
        'io.k8s.api.storage.v1.CSINodeList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1.CSINode' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.storage.v1.CSINodeSpec': {
            p: {
                drivers: {
                    t: 'array',
                    i: { r: 'io.k8s.api.storage.v1.CSINodeDriver' },
                    s: 'merge',
                    k: 'name',
                },
            },
        },
        'io.k8s.api.storage.v1.StorageClass': {
            p: {
                allowedTopologies: { t: 'array', i: { r: 'io.k8s.api.core.v1.TopologySelectorTerm' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.storage.v1.StorageClassList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1.StorageClass' } },
            },
        },
        'io.k8s.api.storage.v1.TokenRequest': {},
        'io.k8s.api.storage.v1.VolumeAttachment': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.storage.v1.VolumeAttachmentSpec' },
                status: { r: 'io.k8s.api.storage.v1.VolumeAttachmentStatus' },
            },
        },
        'io.k8s.api.storage.v1.VolumeAttachmentList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1.VolumeAttachment' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.storage.v1.VolumeAttachmentSource': {
            p: { inlineVolumeSpec: { r: 'io.k8s.api.core.v1.PersistentVolumeSpec' } },
        },
        'io.k8s.api.storage.v1.VolumeAttachmentSpec': {
            p: { source: { r: 'io.k8s.api.storage.v1.VolumeAttachmentSource' } },
        },
        'io.k8s.api.storage.v1.VolumeAttachmentStatus': {
            p: {
                attachError: { r: 'io.k8s.api.storage.v1.VolumeError' },
                detachError: { r: 'io.k8s.api.storage.v1.VolumeError' },
            },
        },
        'io.k8s.api.storage.v1.VolumeError': {
            p: { time: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.storage.v1.VolumeNodeResources': {},
        'io.k8s.api.storage.v1beta1.CSIDriver': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.storage.v1beta1.CSIDriverSpec' },
            },
        },
        'io.k8s.api.storage.v1beta1.CSIDriverList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1beta1.CSIDriver' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.storage.v1beta1.CSIDriverSpec': {
            p: { tokenRequests: { t: 'array', i: { r: 'io.k8s.api.storage.v1beta1.TokenRequest' } } },
        },
        'io.k8s.api.storage.v1beta1.CSINode': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.storage.v1beta1.CSINodeSpec' },
            },
        },
        'io.k8s.api.storage.v1beta1.CSINodeDriver': {
            p: { allocatable: { r: 'io.k8s.api.storage.v1beta1.VolumeNodeResources' } },
        },
        'io.k8s.api.storage.v1beta1.CSINodeList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1beta1.CSINode' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.storage.v1beta1.CSINodeSpec': {
            p: {
                drivers: {
                    t: 'array',
                    i: { r: 'io.k8s.api.storage.v1beta1.CSINodeDriver' },
                    s: 'merge',
                    k: 'name',
                },
            },
        },
        'io.k8s.api.storage.v1beta1.CSIStorageCapacity': {
            p: {
                nodeTopology: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector' },
                capacity: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                maximumVolumeSize: { r: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.storage.v1beta1.CSIStorageCapacityList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.api.storage.v1beta1.CSIStorageCapacity' },
                    m: ['name'],
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.storage.v1beta1.StorageClass': {
            p: {
                allowedTopologies: { t: 'array', i: { r: 'io.k8s.api.core.v1.TopologySelectorTerm' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
            },
        },
        'io.k8s.api.storage.v1beta1.StorageClassList': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1beta1.StorageClass' } },
            },
        },
        'io.k8s.api.storage.v1beta1.TokenRequest': {},
        'io.k8s.api.storage.v1beta1.VolumeAttachment': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.api.storage.v1beta1.VolumeAttachmentSpec' },
                status: { r: 'io.k8s.api.storage.v1beta1.VolumeAttachmentStatus' },
            },
        },
        'io.k8s.api.storage.v1beta1.VolumeAttachmentList': {
            p: {
                items: { t: 'array', i: { r: 'io.k8s.api.storage.v1beta1.VolumeAttachment' } },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.api.storage.v1beta1.VolumeAttachmentSource': {
            p: { inlineVolumeSpec: { r: 'io.k8s.api.core.v1.PersistentVolumeSpec' } },
        },
        'io.k8s.api.storage.v1beta1.VolumeAttachmentSpec': {
            p: { source: { r: 'io.k8s.api.storage.v1beta1.VolumeAttachmentSource' } },
        },
        'io.k8s.api.storage.v1beta1.VolumeAttachmentStatus': {
            p: {
                detachError: { r: 'io.k8s.api.storage.v1beta1.VolumeError' },
                attachError: { r: 'io.k8s.api.storage.v1beta1.VolumeError' },
            },
        },
        'io.k8s.api.storage.v1beta1.VolumeError': {
            p: { time: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.api.storage.v1beta1.VolumeNodeResources': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion': {
            p: {
                webhook: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec',
                },
                status: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList': {
            p: {
                items: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition',
                    },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec': {
            p: {
                conversion: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion',
                },
                names: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames',
                },
                versions: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion',
                    },
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition',
                    },
                    m: ['type'],
                },
                acceptedNames: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion': {
            p: {
                additionalPrinterColumns: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition',
                    },
                },
                schema: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation',
                },
                subresources: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources': {
            p: {
                scale: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale',
                },
                status: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation': {
            p: {
                openAPIV3Schema: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps': {
            p: {
                anyOf: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' },
                },
                example: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON' },
                items: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray',
                },
                patternProperties: {
                    a: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' },
                },
                externalDocs: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation',
                },
                enum: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON' },
                },
                definitions: {
                    a: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' },
                },
                properties: {
                    a: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' },
                },
                dependencies: {
                    a: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray',
                    },
                },
                oneOf: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' },
                },
                additionalItems: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool',
                },
                allOf: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' },
                },
                default: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON' },
                additionalProperties: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool',
                },
                not: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig': {
            p: {
                service: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference' },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion': {
            p: {
                clientConfig: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceColumnDefinition': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceConversion': {
            p: {
                webhookClientConfig: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.WebhookClientConfig',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionSpec',
                },
                status: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionStatus',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionCondition': { p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } } },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionList': {
            p: {
                items: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition',
                    },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionNames': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionSpec': {
            p: {
                subresources: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresources',
                },
                conversion: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceConversion',
                },
                names: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionNames',
                },
                versions: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionVersion',
                    },
                },
                additionalPrinterColumns: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceColumnDefinition',
                    },
                },
                validation: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceValidation',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionStatus': {
            p: {
                acceptedNames: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionNames',
                },
                conditions: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionCondition',
                    },
                    m: ['type'],
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionVersion': {
            p: {
                schema: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceValidation',
                },
                subresources: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresources',
                },
                additionalPrinterColumns: {
                    t: 'array',
                    i: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceColumnDefinition',
                    },
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceScale': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceStatus': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresources': {
            p: {
                scale: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceScale',
                },
                status: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceStatus',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceValidation': {
            p: {
                openAPIV3Schema: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps',
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ExternalDocumentation': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps': {
            p: {
                items: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrArray',
                },
                oneOf: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps' },
                },
                additionalItems: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrBool',
                },
                not: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps' },
                additionalProperties: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrBool',
                },
                allOf: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps' },
                },
                default: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON' },
                patternProperties: {
                    a: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps' },
                },
                properties: {
                    a: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps' },
                },
                enum: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON' },
                },
                externalDocs: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ExternalDocumentation',
                },
                anyOf: {
                    t: 'array',
                    i: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps' },
                },
                example: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON' },
                definitions: {
                    a: { r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps' },
                },
                dependencies: {
                    a: {
                        r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrStringArray',
                    },
                },
            },
        },
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrArray': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrBool': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrStringArray': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ServiceReference': {},
        'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.WebhookClientConfig': {
            p: {
                service: {
                    r: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ServiceReference',
                },
            },
        },
        'io.k8s.apimachinery.pkg.api.resource.Quantity': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup': {
            p: {
                preferredVersion: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery' },
                serverAddressByClientCIDRs: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR' },
                },
                versions: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery' },
                },
            },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList': {
            p: { groups: { t: 'array', i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup' } } },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.APIResource': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList': {
            p: {
                resources: { t: 'array', i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.APIResource' } },
            },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions': {
            p: {
                serverAddressByClientCIDRs: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR' },
                },
            },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.Condition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions': {
            p: { preconditions: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions' } },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector': {
            p: {
                matchExpressions: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement' },
                },
            },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement': {
            p: { key: { s: 'merge', k: 'key' } },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry': {
            p: {
                fieldsV1: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1' },
                time: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
            },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {
            p: {
                creationTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                finalizers: { t: 'array', s: 'merge' },
                deletionTimestamp: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
                ownerReferences: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference' },
                    s: 'merge',
                    k: 'uid',
                },
                managedFields: {
                    t: 'array',
                    i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry' },
                },
            },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.Status': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
                details: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails' },
            },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails': {
            p: { causes: { t: 'array', i: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause' } } },
        },
        'io.k8s.apimachinery.pkg.apis.meta.v1.Time': {},
        'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent': {
            p: { object: { r: 'io.k8s.apimachinery.pkg.runtime.RawExtension' } },
        },
        'io.k8s.apimachinery.pkg.runtime.RawExtension': {},
        'io.k8s.apimachinery.pkg.util.intstr.IntOrString': {},
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec' },
                status: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus' },
            },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService' },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec': {
            p: { service: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference' } },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition' },
                    s: 'merge',
                    k: 'type',
                    m: ['type'],
                },
            },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference': {},
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService': {
            p: {
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
                spec: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceSpec' },
                status: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceStatus' },
            },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceCondition': {
            p: { lastTransitionTime: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time' } },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceList': {
            p: {
                items: {
                    t: 'array',
                    i: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService' },
                },
                metadata: { r: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
            },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceSpec': {
            p: {
                service: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.ServiceReference' },
            },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceStatus': {
            p: {
                conditions: {
                    t: 'array',
                    i: { r: 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceCondition' },
                    s: 'merge',
                    k: 'type',
                    m: ['type'],
                },
            },
        },
        'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.ServiceReference': {},
    },
    clusterScoped: [
        'admissionregistration.k8s.io/v1beta1|MutatingWebhookConfiguration',
        'admissionregistration.k8s.io/v1beta1|ValidatingWebhookConfiguration',
        'admissionregistration.k8s.io/v1|MutatingWebhookConfiguration',
        'admissionregistration.k8s.io/v1|ValidatingWebhookConfiguration',
        'apiextensions.k8s.io/v1beta1|CustomResourceDefinition',
        'apiextensions.k8s.io/v1|CustomResourceDefinition',
        'apiregistration.k8s.io/v1beta1|APIService',
        'apiregistration.k8s.io/v1|APIService',
        'certificates.k8s.io/v1beta1|CertificateSigningRequest',
        'certificates.k8s.io/v1|CertificateSigningRequest',
        'flowcontrol.apiserver.k8s.io/v1beta1|FlowSchema',
        'flowcontrol.apiserver.k8s.io/v1beta1|PriorityLevelConfiguration',
        'networking.k8s.io/v1beta1|IngressClass',
        'networking.k8s.io/v1|IngressClass',
        'node.k8s.io/v1beta1|RuntimeClass',
        'node.k8s.io/v1|RuntimeClass',
        'policy/v1beta1|PodSecurityPolicy',
        'rbac.authorization.k8s.io/v1beta1|ClusterRole',
        'rbac.authorization.k8s.io/v1beta1|ClusterRoleBinding',
        'rbac.authorization.k8s.io/v1|ClusterRole',
        'rbac.authorization.k8s.io/v1|ClusterRoleBinding',
        'scheduling.k8s.io/v1beta1|PriorityClass',
        'scheduling.k8s.io/v1|PriorityClass',
        'storage.k8s.io/v1beta1|CSIDriver',
        'storage.k8s.io/v1beta1|CSINode',
        'storage.k8s.io/v1beta1|StorageClass',
        'storage.k8s.io/v1beta1|VolumeAttachment',
        'storage.k8s.io/v1|CSIDriver',
        'storage.k8s.io/v1|CSINode',
        'storage.k8s.io/v1|StorageClass',
        'storage.k8s.io/v1|VolumeAttachment',
        'v1|ComponentStatus',
        'v1|Namespace',
        'v1|Node',
        'v1|NodeProxyOptions',
        'v1|PersistentVolume',
    ],
    namespaced: [
        'apps/v1|ControllerRevision',
        'apps/v1|DaemonSet',
        'apps/v1|Deployment',
        'apps/v1|ReplicaSet',
        'apps/v1|StatefulSet',
        'autoscaling/v1|HorizontalPodAutoscaler',
        'autoscaling/v1|Scale',
        'autoscaling/v2beta1|HorizontalPodAutoscaler',
        'autoscaling/v2beta2|HorizontalPodAutoscaler',
        'batch/v1beta1|CronJob',
        'batch/v1|CronJob',
        'batch/v1|Job',
        'coordination.k8s.io/v1beta1|Lease',
        'coordination.k8s.io/v1|Lease',
        'discovery.k8s.io/v1beta1|EndpointSlice',
        'discovery.k8s.io/v1|EndpointSlice',
        'events.k8s.io/v1beta1|Event',
        'events.k8s.io/v1|Event',
        'extensions/v1beta1|Ingress',
        'networking.k8s.io/v1beta1|Ingress',
        'networking.k8s.io/v1|Ingress',
        'networking.k8s.io/v1|NetworkPolicy',
        'policy/v1beta1|PodDisruptionBudget',
        'policy/v1|PodDisruptionBudget',
        'rbac.authorization.k8s.io/v1beta1|Role',
        'rbac.authorization.k8s.io/v1beta1|RoleBinding',
        'rbac.authorization.k8s.io/v1|Role',
        'rbac.authorization.k8s.io/v1|RoleBinding',
        'storage.k8s.io/v1beta1|CSIStorageCapacity',
        'v1|ConfigMap',
        'v1|Endpoints',
        'v1|Event',
        'v1|LimitRange',
        'v1|PersistentVolumeClaim',
        'v1|Pod',
        'v1|PodAttachOptions',
        'v1|PodExecOptions',
        'v1|PodPortForwardOptions',
        'v1|PodProxyOptions',
        'v1|PodTemplate',
        'v1|ReplicationController',
        'v1|ResourceQuota',
        'v1|Secret',
        'v1|Service',
        'v1|ServiceAccount',
        'v1|ServiceProxyOptions',
    ],
};

;// CONCATENATED MODULE: ./build/kustomize/openapi.js
/**
 * The OpenAPI facts kyaml's strategic merge and kustomize's namespace handling read: the
 * schema of each built-in type (Kubernetes v1.21.2, as kustomize v5.7.1 compiles in), its
 * lists' patch strategies and merge keys, and whether a kind is cluster-scoped. A
 * kustomization's `openapi: {path: \u2026}` adds definitions from a file, as kyaml does.
 */

/** The schema kyaml consults during one build (kyaml keeps it process-wide). */
class OpenApi {
    gvks = new Map();
    defs = new Map();
    scope = new Map();
    /** Set once a kustomization chose a schema (kyaml's "this should only be set once"). */
    custom = false;
    constructor(data = KUBERNETES_OPENAPI) {
        this.add(data);
    }
    add(data) {
        for (const [k, v] of Object.entries(data.gvks))
            this.gvks.set(k, v);
        for (const [k, v] of Object.entries(data.defs))
            this.defs.set(k, v);
        for (const k of data.namespaced)
            this.scope.set(k, true);
        for (const k of data.clusterScoped)
            if (!this.scope.has(k))
                this.scope.set(k, false);
    }
    schemaForType(apiVersion, kind) {
        const name = this.gvks.get(`${apiVersion}|${kind}`);
        return name === undefined ? undefined : this.defs.get(name);
    }
    resolve(s) {
        let cur = s;
        for (let guard = 0; cur?.r !== undefined && guard < 64; guard++) {
            const next = this.defs.get(cur.r);
            if (!next)
                return undefined;
            cur = next;
        }
        return cur;
    }
    /** ResourceSchema.Field: a property's schema, else additionalProperties', refs resolved. */
    field(s, name) {
        if (!s)
            return undefined;
        const p = s.p && Object.prototype.hasOwnProperty.call(s.p, name) ? s.p[name] : s.a;
        return p ? this.resolve(p) : undefined;
    }
    /** ResourceSchema.Elements: the item schema of an array. */
    elements(s) {
        if (!s || s.t !== 'array' || !s.i)
            return undefined;
        return this.resolve(s.i);
    }
    /** IsNamespaceScoped: true/false when the type is known, undefined otherwise. */
    isNamespaceScoped(apiVersion, kind) {
        return this.scope.get(`${apiVersion}|${kind}`);
    }
    /** Adds the definitions of an OpenAPI v2 document (JSON value) a kustomization names. */
    addDocument(doc) {
        const definitions = isObject(doc) && isObject(doc.definitions) ? doc.definitions : {};
        const data = { gvks: {}, defs: {}, clusterScoped: [], namespaced: [] };
        for (const [name, def] of Object.entries(definitions)) {
            data.defs[name] = schemaFromJson(def);
            const gvk = isObject(def) ? def['x-kubernetes-group-version-kind'] : undefined;
            for (const g of Array.isArray(gvk) ? gvk : []) {
                if (!isObject(g) || typeof g.kind !== 'string' || typeof g.version !== 'string')
                    continue;
                const group = typeof g.group === 'string' ? g.group : '';
                data.gvks[`${group ? `${group}/` : ''}${g.version}|${g.kind}`] = name;
            }
        }
        this.add(data);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function schemaFromJson(v) {
    const out = {};
    if (!isObject(v))
        return out;
    if (typeof v.$ref === 'string')
        out.r = v.$ref.replace('#/definitions/', '');
    const type = v.type;
    if (type === 'array' || (Array.isArray(type) && type.length === 1 && type[0] === 'array')) {
        out.t = 'array';
    }
    if (isObject(v.items))
        out.i = schemaFromJson(v.items);
    if (isObject(v.additionalProperties))
        out.a = schemaFromJson(v.additionalProperties);
    if (isObject(v.properties)) {
        out.p = {};
        for (const [k, p] of Object.entries(v.properties))
            out.p[k] = schemaFromJson(p);
    }
    if (typeof v['x-kubernetes-patch-strategy'] === 'string')
        out.s = v['x-kubernetes-patch-strategy'];
    if (typeof v['x-kubernetes-patch-merge-key'] === 'string')
        out.k = v['x-kubernetes-patch-merge-key'];
    const keys = v['x-kubernetes-list-map-keys'];
    if (Array.isArray(keys))
        out.m = keys.filter((k) => typeof k === 'string');
    return out;
}
/** PatchStrategyAndKeyList: the strategy and the merge keys of a list. */
function strategyAndKeys(s) {
    if (!s || s.s === undefined)
        return { strategy: '', keys: [] };
    if (s.m)
        return { strategy: s.s, keys: s.m };
    return { strategy: s.s, keys: s.k !== undefined ? [s.k] : [] };
}
/** Whether the schema's strategy includes "merge" (the list is associative). */
function hasMergeStrategy(s) {
    return (s?.s ?? '').split(',').includes('merge');
}

;// CONCATENATED MODULE: ./build/kustomize/merge.js
/**
 * Strategic merge as kustomize v5 applies it (kyaml's merge2 walker, not apimachinery's
 * strategicpatch): maps merge field by field, lists whose schema has patch strategy
 * "merge" merge by their merge keys (patch elements first, then the remaining base
 * elements), other lists are replaced, `$patch: delete|replace|merge` works on maps and
 * lists, and an explicit null removes a field. Other directives ($setElementOrder,
 * $retainKeys, $deleteFromPrimitiveList) are ordinary keys to kyaml and pass through.
 */



/** walk.ClearNode */
const CLEAR = undefined;
function nodeKindName(n) {
    return n.kind === 'map' ? 'MappingNode' : n.kind === 'seq' ? 'SequenceNode' : 'ScalarNode';
}
function errorIfInvalid(kind, nodes) {
    for (const n of nodes) {
        if (n === undefined || (0,node/* isMissingOrNull */.fC)(n))
            continue;
        if (n.kind !== kind) {
            const expected = kind === 'map' ? 'MappingNode' : kind === 'seq' ? 'SequenceNode' : 'ScalarNode';
            throw new errors/* KustomizeError */.Kv(`wrong node kind: expected ${expected} but got ${nodeKindName(n)}`);
        }
    }
}
function directive(patch) {
    if (patch === undefined)
        return 'merge';
    if (patch.kind === 'seq')
        return seqDirective(patch);
    if (patch.kind === 'map')
        return mapDirective(patch);
    throw new errors/* KustomizeError */.Kv(`no implemented strategic merge patch strategy for '${patch.tag}' ('${patch.value}')`);
}
function mapDirective(patch) {
    const node = patch.field('$patch');
    if (!node)
        return 'merge';
    const v = node.value;
    if (v === 'delete' || v === 'replace' || v === 'merge') {
        patch.clear('$patch');
        return v;
    }
    throw new errors/* KustomizeError */.Kv(`unknown patch strategy '${v}'`);
}
function seqDirective(patch) {
    const el = patch.content.find((e) => e.kind === 'map' && e.field('$patch') !== undefined);
    if (!el || el.content.length > 2)
        return 'merge';
    const v = el.field('$patch').value;
    if (v === 'delete' || v === 'replace' || v === 'merge') {
        setElement(patch, undefined, ['$patch'], [v]);
        return v;
    }
    throw new errors/* KustomizeError */.Kv(`unknown patch strategy '${v}'`);
}
// ---- kyaml element helpers ----
/** FieldMatcher{Name, StringValue}: the field's value, when it exists (and matches a non-empty value). */
function matchField(elem, name, value) {
    if (name === '') {
        if (elem.kind !== 'scalar')
            return undefined;
        return (0,node/* valueOf */.RP)(elem) === value ? elem : undefined;
    }
    if (elem.kind !== 'map')
        return undefined;
    let out;
    for (const [k, v] of elem.entries()) {
        if (k.value === name && (value === '' || v.value === value))
            out = v;
    }
    return out;
}
/** yaml.ElementSetter: replaces (or removes, with no element) the elements matching keys/values. */
function setElement(list, element, keys, values) {
    if (keys.length === 0)
        keys = [''];
    const mappingSetter = keys[0] !== '' && values.length > 0 && values[0] !== '';
    const next = [];
    let found = false;
    for (const elem of list.content) {
        if ((0,node/* isMissingOrNull */.fC)(elem) || (0,node/* isEmptyMap */.qm)(elem))
            continue;
        if (elem.kind !== 'map' && mappingSetter) {
            next.push(elem);
            continue;
        }
        let ok = true;
        for (let j = 0; j < keys.length; j++) {
            if (j < values.length && matchField(elem, keys[j], values[j]) === undefined) {
                ok = false;
                break;
            }
        }
        if (!ok) {
            if (values.length > 0)
                next.push(elem);
            continue;
        }
        found = true;
        if (element === undefined)
            continue;
        next.push(element);
    }
    list.content = next;
    if (element === undefined || (0,node/* isMissingOrNull */.fC)(element))
        return undefined;
    if (!found)
        list.content.push(element);
    return element;
}
/** yaml.MatchElementList: the first element whose keys have exactly these values. */
function elementList(list, keys, values) {
    if (!list || list.kind !== 'seq')
        return undefined;
    if (keys.length === 0 || keys[0] === '') {
        return list.content.find((e) => e.value === (values[0] ?? ''));
    }
    for (const elem of list.content) {
        if (elem.kind !== 'map')
            continue;
        let ok = true;
        for (let i = 0; i < keys.length; i++) {
            const f = elem.field(keys[i]);
            if (f === undefined || f.value !== (values[i] ?? '')) {
                ok = false;
                break;
            }
        }
        if (ok)
            return elem;
    }
    return undefined;
}
function elementValuesList(list, keys) {
    return list.content.map((elem) => keys.map((k) => {
        const f = elem.kind === 'map' ? elem.field(k) : undefined;
        return f === undefined || isNilOrEmptyValue(f) ? '' : f.value;
    }));
}
function isNilOrEmptyValue(n) {
    return n.tag === node/* TAG_NULL */.NY || ((n.kind === 'map' || n.kind === 'seq') && n.content.length === 0);
}
function validateKeys(valuesList, values, keys) {
    const valid = new Set();
    for (const vs of valuesList)
        vs.forEach((v, i) => v !== '' && valid.add(keys[i]));
    if (valid.size === 0)
        return [keys, values];
    return [keys.filter((k) => valid.has(k)), values.filter((v, i) => v !== '' || valid.has(keys[i]))];
}
function mergeValues(valuesList) {
    for (let i = 0; i < valuesList.length; i++) {
        for (let j = 0; j < valuesList.length; j++) {
            const m = matchValues(valuesList[i], valuesList[j]);
            if (m) {
                valuesList[i] = m;
                valuesList[j] = m;
            }
        }
    }
    return valuesList;
}
function matchValues(a, b) {
    if (a.length !== b.length)
        return undefined;
    let common = false;
    const res = [];
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i]) {
            common = true;
            res.push(a[i]);
            continue;
        }
        if (a[i] !== '' && b[i] !== '')
            return undefined;
        res.push(a[i] !== '' ? a[i] : b[i]);
    }
    return common ? res : undefined;
}
function sameList(a, b) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
}
/** The walker over [dest, origin] (kyaml's walk.Walker with merge2's Merger). */
class Merger {
    api;
    constructor(api) {
        this.api = api;
    }
    schemaFor(sources, schema) {
        if (schema)
            return schema;
        for (const s of sources) {
            if (s === undefined || (0,node/* isMissingOrNull */.fC)(s) || s.kind !== 'map')
                continue;
            const kind = s.field('kind');
            const av = s.field('apiVersion');
            if (!kind || !av || kind.value === '' || av.value === '')
                continue;
            const found = this.api.schemaForType(av.value, kind.value);
            if (found)
                return found;
        }
        return undefined;
    }
    walk(dest, origin, schema0, path) {
        const schema = this.schemaFor([dest, origin], schema0);
        const first = [dest, origin].find((s) => !(0,node/* isMissingOrNull */.fC)(s));
        switch (first?.kind) {
            case 'map':
                errorIfInvalid('map', [dest, origin]);
                return this.walkMap(dest, origin, schema, path);
            case 'seq':
                errorIfInvalid('seq', [dest, origin]);
                if (schema && hasMergeStrategy(schema))
                    return this.walkAssociative(dest, origin, schema, path);
                return origin !== undefined ? origin : dest;
            case 'scalar':
                errorIfInvalid('scalar', [dest, origin]);
                return origin !== undefined ? origin : dest;
            default:
                return this.walkMap(dest, origin, schema, path);
        }
    }
    visitMap(dest, origin) {
        if ((0,node/* isMissingOrNull */.fC)(dest)) {
            let d;
            try {
                d = directive(origin);
            }
            catch {
                d = 'unknown';
            }
            if (d === 'delete')
                return CLEAR;
            if (origin === undefined && dest !== undefined && dest.value.length > 0) {
                const n = new node/* KNode */.Yy('scalar', node/* TAG_NULL */.NY, dest.value, 0, undefined, dest.src);
                n.keep = true;
                return n;
            }
            return origin;
        }
        if (origin !== undefined && origin.tag === node/* TAG_NULL */.NY)
            return CLEAR;
        const d = directive(origin);
        if (d === 'delete')
            return CLEAR;
        if (d === 'replace')
            return origin;
        return dest;
    }
    walkMap(dest0, origin, schema, path) {
        const dest = this.visitMap(dest0, origin);
        if (dest === undefined)
            return undefined;
        const names = new Set();
        for (const s of [dest, origin]) {
            if (s === undefined || s.kind !== 'map')
                continue;
            for (const f of s.fieldNames())
                names.add(f);
        }
        const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const key of sorted) {
            const s = schema ? this.api.field(schema, key) : undefined;
            const dv = dest.kind === 'map' ? dest.field(key) : undefined;
            const ov = origin?.kind === 'map' ? origin.field(key) : undefined;
            const val = this.walk(dv, ov, s, [...path, key]);
            if (dest.kind !== 'map')
                continue;
            if (val === undefined || (val.tag === node/* TAG_NULL */.NY && !val.keep))
                dest.clear(key);
            else
                dest.setField(key, val, origin?.fieldKey(key)?.src ?? dest.fieldKey(key)?.src);
        }
        return dest;
    }
    visitList(dest, origin) {
        if ((0,node/* isMissingOrNull */.fC)(dest))
            return origin;
        if (origin !== undefined && origin.tag === node/* TAG_NULL */.NY)
            return CLEAR;
        const d = directive(origin);
        if (d === 'delete')
            return CLEAR;
        if (d === 'replace')
            return origin;
        return dest;
    }
    walkAssociative(dest0, origin, schema, path) {
        const dest = this.visitList(dest0, origin);
        if (dest === undefined)
            return undefined;
        const { keys } = strategyAndKeys(schema);
        // Patch elements first (kustomize merges with ListIncreaseDirection prepend).
        const sources = [origin, dest];
        const values = [];
        for (const src of sources) {
            if (!src || src.kind !== 'seq')
                continue;
            for (const v of elementValuesList(src, keys)) {
                if (v.length === 0 || values.some((s) => sameList(s, v)))
                    continue;
                values.push(v);
            }
        }
        if (values.length !== 0 || keys.length > 0) {
            return this.setElements(dest, origin, values, keys, schema, path);
        }
        const prim = [];
        const seen = new Set();
        for (const src of sources) {
            if (!src || src.kind !== 'seq')
                continue;
            for (const item of src.content) {
                if (seen.has(item.value))
                    continue;
                seen.add(item.value);
                prim.push([item.value]);
            }
        }
        return this.setElements(dest, origin, prim, [''], schema, path);
    }
    setElements(dest, origin, valuesList, keys, schema, path) {
        const items = node/* KNode */.Yy.seq(dest.src);
        const elemSchema = this.api.elements(schema);
        if (keys.length > 1)
            valuesList = mergeValues(valuesList);
        let validKeys = keys;
        for (const values of valuesList) {
            if (values.length === 0)
                continue;
            const [vk, validValues] = validateKeys(valuesList, values, keys);
            validKeys = vk;
            const [k2, v2] = validateKeys([validValues], validValues, validKeys);
            const d = elementList(dest, k2, v2);
            const o = elementList(origin, k2, v2);
            const val = this.walk(d, o, elemSchema, path);
            let exit = false;
            for (let i = 0; i < validKeys.length; i++) {
                if (val === undefined || (0,node/* isMissingOrNull */.fC)(val) || (0,node/* isEmptyMap */.qm)(val)) {
                    setElement(dest, undefined, validKeys, validValues);
                    exit = true;
                }
                else if (val.kind === 'map' &&
                    val.field(validKeys[i]) === undefined &&
                    validValues[i] !== '') {
                    val.setField(validKeys[i], node/* KNode */.Yy.scalar(validValues[i]));
                }
            }
            if (exit)
                continue;
            setElement(items, val, validKeys, validValues);
        }
        let out = dest;
        if (valuesList.length > 0)
            out = appendList(items, dest, validKeys);
        if ((0,node/* isMissingOrNull */.fC)(out))
            return undefined;
        return out;
    }
}
/** walk.appendListNode: dst gets src's elements (replacing matches). */
function appendList(dst, src, keys) {
    for (const elem of [...src.content]) {
        if (keys[0] === '') {
            setElement(dst, elem, [''], [elem.value]);
            continue;
        }
        const v = [];
        for (const key of keys) {
            const valueNode = elem.kind === 'map' ? elem.field(key) : undefined;
            if (valueNode === undefined) {
                dst.content.push(elem);
                continue;
            }
            v.push(valueNode.value);
        }
        if (keys.length > 1)
            setElement(dst, undefined, keys, v);
        setElement(dst, elem, keys, v);
    }
    return dst;
}
/** merge2.Merge(patch, dest): the merged node (dest is changed in place), or undefined when deleted. */
function strategicMerge(patch, dest, api) {
    return new Merger(api).walk(dest, patch, undefined, []);
}

// EXTERNAL MODULE: ./build/kustomize/parse.js
var parse = __webpack_require__(1339);
// EXTERNAL MODULE: ./build/template/strconv.js
var strconv = __webpack_require__(1582);
;// CONCATENATED MODULE: ./build/kustomize/helm-charts.js
/**
 * helmCharts (kustomize's HelmChartInflationGenerator) rendered with the project's own
 * Helm engine instead of a helm binary: local charts only (under helmGlobals.chartHome, at
 * <name> or, with repo and version, <name>-<version>/<name>), values file, additional
 * values files and valuesInline merged as kustomize merges them. A chart that would have
 * to be pulled is an error, as kustomize's is without network.
 */














/** kyaml.FromMap: a Go value as the node go-yaml v3 would encode and read back. */
function nodeOfValue(v, src) {
    if (v === null || v === undefined)
        return new node/* KNode */.Yy('scalar', node/* TAG_NULL */.NY, 'null', 0, undefined, src);
    if (Array.isArray(v)) {
        const n = node/* KNode */.Yy.seq(src);
        for (const e of v)
            n.content.push(nodeOfValue(e, src));
        return n;
    }
    switch (typeof v) {
        case 'string':
            return node/* KNode */.Yy.scalar(v, node/* TAG_STR */.DQ, src);
        case 'boolean':
            return node/* KNode */.Yy.scalar(String(v), node/* TAG_BOOL */.KG, src);
        case 'number': {
            const t = (0,strconv/* formatFloat */.kr)(v, 'g', -1);
            return node/* KNode */.Yy.scalar(t, (0,parse/* resolvedTag */.DQ)(t), src);
        }
        case 'bigint':
            return node/* KNode */.Yy.scalar(v.toString(), '!!int', src);
    }
    const n = node/* KNode */.Yy.map(src);
    for (const k of Object.keys(v).sort()) {
        n.content.push(node/* KNode */.Yy.scalar(k, node/* TAG_STR */.DQ, src), nodeOfValue(v[k], src));
    }
    return n;
}
function inflateHelmCharts(kt, charts, globals) {
    const out = [];
    charts.forEach((c, i) => {
        const at = (0,strict_decode/* srcOf */.MT)(charts, i);
        try {
            (0,arrays/* pushAll */.iI)(out, inflate(kt, c, globals, at));
        }
        catch (e) {
            throw (0,errors/* locate */.x5)(e, at);
        }
    });
    return out;
}
function inflate(kt, c, globals, at) {
    if (!kt.ctx.enableHelm) {
        throw new errors/* KustomizeError */.Kv('trouble configuring builtin HelmChartInflationGenerator with config: must specify --enable-helm');
    }
    if (!c.name)
        throw new errors/* KustomizeError */.Kv('chart name cannot be empty');
    const root = kt.ldr.root;
    const chartHome0 = globals?.chartHome || 'charts';
    let chartHome = (0,external_node_path_.isAbsolute)(chartHome0) ? chartHome0 : (0,external_node_path_.join)(root, chartHome0);
    if (c.version && c.repo)
        chartHome = (0,external_node_path_.join)(chartHome, `${c.name}-${c.version}`);
    const valuesFile = c.valuesFile || (0,external_node_path_.join)(chartHome, c.name, 'values.yaml');
    const additional = [];
    for (const f of c.additionalValuesFiles ?? []) {
        try {
            kt.ldr.load(f);
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, 'could not load additionalValuesFile');
        }
        additional.push((0,external_node_path_.join)(root, f));
    }
    const merge = c.valuesMerge || 'override';
    if (!['merge', 'override', 'replace'].includes(merge)) {
        throw new errors/* KustomizeError */.Kv('valuesMerge must be one of [merge override replace]');
    }
    const chartDir = (0,external_node_path_.join)(chartHome, c.name);
    if (!(0,external_node_fs_.existsSync)(chartDir) || !(0,external_node_fs_.statSync)(chartDir).isDirectory()) {
        if (!c.repo)
            throw new errors/* KustomizeError */.Kv(`no repo specified for pull, no chart found at ''`);
        kt.ctx.leftOut.push({ message: `helm chart ${c.name} from ${c.repo} is not pulled`, at });
        throw new errors/* KustomizeError */.Kv(`helm chart '${c.name}' is not vendored at '${chartDir}' and charts are never pulled`);
    }
    kt.ctx.chartDirs.add(chartDir);
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'kube-whoami-kustomize-helm-'));
    try {
        const values = (0,external_node_path_.join)(tmp, `${c.name}-kustomize-values.yaml`);
        const inline = c.valuesInline && Object.keys(c.valuesInline).length > 0;
        if (inline) {
            let merged = c.valuesInline;
            if (merge === 'merge' || merge === 'override') {
                const text = kt.ldr.load(valuesFile);
                const chValues = (0,parse/* readKyamlStream */.hQ)(text, valuesFile)[0] ?? node/* KNode */.Yy.map();
                const inlineNode = nodeOfValue(c.valuesInline);
                const out = merge === 'override'
                    ? strategicMerge(inlineNode, chValues.clone(), kt.ctx.api)
                    : strategicMerge(chValues, inlineNode.clone(), kt.ctx.api);
                merged = out ? (0,encode/* goValueOf */.TT)(out, true) : {};
            }
            (0,external_node_fs_.writeFileSync)(values, (0,to_yaml/* marshalYaml */._D)(merged));
        }
        else {
            (0,external_node_fs_.writeFileSync)(values, kt.ldr.load(valuesFile));
        }
        const result = (0,render/* renderChart */.x)(chartDir, {
            releaseName: c.releaseName || 'release-name',
            namespace: c.namespace || undefined,
            valuesFiles: [values, ...additional],
            kubeVersion: kt.ctx.helmKubeVersion || c.kubeVersion || undefined,
            apiVersions: kt.ctx.helmApiVersions?.length ? kt.ctx.helmApiVersions : c.apiVersions,
            includeCrds: c.includeCRDs,
            skipTests: c.skipTests,
            noHooks: c.skipHooks,
            cwd: root,
            root,
        });
        if (!result.ok) {
            throw new errors/* KustomizeError */.Kv(`Error: ${result.error?.message ?? 'helm template failed'}\n: unable to run: 'helm template' for chart ${c.name}`);
        }
        const where = at ?? { file: kt.file, start: 0, end: 0 };
        const nodes = (0,parse/* readKyamlStream */.hQ)(result.output, where.file, () => where.start);
        return resourcesFromNodes(nodes, kt.ctx.api);
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/kustomize/images.js


/** image.IsImageMatched: the name is used as a regular expression, as kustomize does. */
function matches(value, name) {
    let re;
    try {
        re = new RegExp(`^${name}(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`);
    }
    catch {
        return false;
    }
    return re.test(value);
}
/** image.Split: name, tag and digest of an image reference. */
function splitImage(image) {
    let search = image;
    let slash = image.indexOf('/');
    if (slash > 0)
        search = image.slice(slash);
    else
        slash = 0;
    let id = search.indexOf('@');
    let ic = search.indexOf(':');
    if (ic < 0 && id < 0)
        return { name: image, tag: '', digest: '' };
    if (id >= 0 && (id < ic || ic < 0)) {
        id += slash;
        return { name: image.slice(0, id), tag: '', digest: image.slice(id + 1) };
    }
    if (id >= 0 && ic >= 0) {
        id += slash;
        ic += slash;
        return { name: image.slice(0, ic), tag: image.slice(ic + 1, id), digest: image.slice(id + 1) };
    }
    ic += slash;
    return { name: image.slice(0, ic), tag: image.slice(ic + 1), digest: '' };
}
function updater(img, src) {
    return (n) => {
        if (n.tag === '!!null')
            return;
        if (n.kind !== 'scalar')
            throw wrongKind('scalar', n);
        if (!matches(n.value, img.name ?? ''))
            return;
        let { name, tag, digest } = splitImage(n.value);
        if (img.newName)
            name = img.newName;
        if (img.newTag && img.digest) {
            tag = img.newTag;
            digest = img.digest;
        }
        else if (img.newTag) {
            tag = img.newTag;
            digest = '';
        }
        else if (img.digest) {
            tag = '';
            digest = img.digest;
        }
        else if (img.tagSuffix) {
            tag += img.tagSuffix;
            digest = '';
        }
        if (tag)
            name += ':' + tag;
        if (digest)
            name += '@' + digest;
        n.setScalarValue(node/* KNode */.Yy.scalar(name, '', src));
    };
}
function legacyWalk(n, set) {
    if (n.kind === 'map') {
        for (const [k, v] of [...n.entries()]) {
            legacyWalk(v, set);
            if ((k.value === 'containers' || k.value === 'initContainers') && v.kind === 'seq') {
                for (const c of v.content) {
                    const image = c.kind === 'map' ? c.field('image') : undefined;
                    if (image)
                        set(image);
                }
            }
        }
    }
    else if (n.kind === 'seq') {
        for (const c of n.content)
            legacyWalk(c, set);
    }
}
/** One `images:` entry applied to every resource but CustomResourceDefinitions. */
function applyImage(m, img, fss, entry, fields) {
    const set = updater(img, entry ?? fields);
    for (const r of m.resources()) {
        if (r.isEmpty() || r.kind === 'CustomResourceDefinition')
            continue;
        legacyWalk(r.node, set);
    }
    for (const r of m.resources()) {
        if (r.isEmpty() || r.kind === 'CustomResourceDefinition')
            continue;
        for (const fs of fss)
            applyFieldSpec(r.node, fs, set);
    }
}

// EXTERNAL MODULE: ./build/kustomize/kustomization.js
var kustomization = __webpack_require__(8273);
// EXTERNAL MODULE: ./build/core/root-files.js
var root_files = __webpack_require__(2170);
;// CONCATENATED MODULE: ./build/kustomize/loader.js
/**
 * kustomize's file loader: kustomization roots resolved through symlinks, files loaded
 * relative to the root that names them, with kustomize's load restrictor (a file must be
 * in or below its kustomization's directory unless LoadRestrictionsNone), cycle checks
 * between roots, and kustomize's error wording. A fence keeps every path inside the
 * scanned repository whatever the restrictor says; remote resources are never fetched.
 */




/** Why a read failed, in Go's syscall wording. */
function errnoText(e) {
    const code = e.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file or directory';
        case 'ENOTDIR':
            return 'not a directory';
        case 'EACCES':
            return 'permission denied';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        case 'EISDIR':
            return 'is a directory';
        default:
            return e.message;
    }
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** filepath.EvalSymlinks of an absolute path, with Go's "lstat <path>: <reason>" errors. */
function evalSymlinks(abs, depth = 0) {
    if (depth > 255)
        throw new errors/* KustomizeError */.Kv(`EvalSymlinks: too many links`);
    const parts = abs.split(external_node_path_.sep).filter((p) => p !== '');
    let cur = external_node_path_.sep;
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (p === '.')
            continue;
        if (p === '..') {
            cur = (0,external_node_path_.dirname)(cur);
            continue;
        }
        const next = (0,external_node_path_.join)(cur, p);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(next);
        }
        catch (e) {
            throw new errors/* KustomizeError */.Kv(`lstat ${next}: ${errnoText(e)}`);
        }
        if (st.isSymbolicLink()) {
            const target = (0,external_node_fs_.readlinkSync)(next);
            const resolved = evalSymlinks((0,external_node_path_.isAbsolute)(target) ? target : (0,external_node_path_.join)(cur, target), depth + 1);
            cur = resolved;
        }
        else {
            if (i < parts.length - 1 && !st.isDirectory()) {
                throw new errors/* KustomizeError */.Kv(`lstat ${(0,external_node_path_.join)(next, parts[i + 1])}: not a directory`);
            }
            cur = next;
        }
    }
    return cur;
}
/** CleanedAbs: the confirmed directory and, for a file, its base name. */
function cleanedAbs(path) {
    const abs = (0,external_node_path_.resolve)(path);
    let delinked;
    try {
        delinked = evalSymlinks(abs);
    }
    catch (e) {
        throw new errors/* KustomizeError */.Kv(`evalsymlink failure on '${path}' : ${e.message}`);
    }
    if (isDir(delinked))
        return { dir: delinked, file: '' };
    return { dir: (0,external_node_path_.dirname)(delinked), file: delinked.slice((0,external_node_path_.dirname)(delinked).length + 1) };
}
/** ConfirmedDir.HasPrefix */
function hasPrefix(d, prefix) {
    if (prefix === external_node_path_.sep || d === prefix)
        return true;
    return d.startsWith(prefix + external_node_path_.sep);
}
/** ConfirmDir, with kustomize's "'<path>': file is not directory" for files. */
function confirmDir(path) {
    if (path === '')
        throw new errors/* KustomizeError */.Kv('directory path cannot be empty');
    let c;
    try {
        c = cleanedAbs(path);
    }
    catch (e) {
        throw new errors/* KustomizeError */.Kv(`not a valid directory: ${e.message}`);
    }
    if (c.file !== '')
        throw new errors/* KustomizeError */.Kv(`'${path}': file is not directory`);
    return c.dir;
}
/** A URL or git reference kustomize would fetch (never fetched here). */
function isRemote(path) {
    if (/^https?:\/\//.test(path))
        return true;
    if (/^(git::|ssh:\/\/|git@|github\.com[/:]|gitlab\.com[/:]|bitbucket\.org[/:])/.test(path))
        return true;
    return /\?ref=|\.git(\/\/|$)/.test(path);
}
class RemoteResourceError extends errors/* KustomizeError */.Kv {
}
class Loader {
    root;
    ctx;
    referrer;
    constructor(
    /** Confirmed absolute directory. */
    root, ctx, referrer) {
        this.root = root;
        this.ctx = ctx;
        this.referrer = referrer;
    }
    static at(path, ctx) {
        let root;
        try {
            root = confirmDir(path);
        }
        catch (e) {
            throw new errors/* KustomizeError */.Kv(`must build at directory: ${e.message}`);
        }
        const l = new Loader(root, ctx);
        l.checkFence(root, path);
        return l;
    }
    checkFence(abs, named) {
        const fence = this.ctx.fence;
        if (fence !== undefined && !hasPrefix(abs, fence)) {
            throw new errors/* KustomizeError */.Kv(`security; '${named}' resolves to '${abs}', outside the scanned repository '${fence}'`);
        }
    }
    /** Loader.New: a loader for a base or component directory. */
    newLoader(path) {
        if (path === '')
            throw new errors/* KustomizeError */.Kv('new root cannot be empty');
        if (isRemote(path)) {
            throw new RemoteResourceError(`remote resource '${path}' is not fetched`);
        }
        if ((0,external_node_path_.isAbsolute)(path))
            throw new errors/* KustomizeError */.Kv(`new root '${path}' cannot be absolute`);
        let root;
        try {
            root = confirmDir((0,external_node_path_.join)(this.root, path));
        }
        catch (e) {
            throw new errors/* KustomizeError */.Kv(`must build at directory: ${e.message}`);
        }
        this.checkFence(root, path);
        this.errIfArgEqualOrHigher(root);
        return new Loader(root, this.ctx, this);
    }
    errIfArgEqualOrHigher(candidate) {
        if (hasPrefix(this.root, candidate)) {
            throw new errors/* KustomizeError */.Kv(`cycle detected: candidate root '${candidate}' contains visited root '${this.root}'`);
        }
        this.referrer?.errIfArgEqualOrHigher(candidate);
    }
    /** Loader.Load: a file's bytes, subject to the load restrictor. */
    load(path) {
        if (/^https?:\/\//.test(path)) {
            throw new RemoteResourceError(`remote file '${path}' is not fetched`);
        }
        let full = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(this.root, path);
        if (this.ctx.restrictor === 'rootOnly') {
            const c = cleanedAbs(full);
            if (c.file === '')
                throw new errors/* KustomizeError */.Kv(`'${full}' must resolve to a file`);
            if (!hasPrefix(c.dir, this.root)) {
                throw new errors/* KustomizeError */.Kv(`security; file '${full}' is not in or below '${this.root}'`);
            }
            full = (0,external_node_path_.join)(c.dir, c.file);
        }
        else {
            const c = cleanedAbs(full);
            if (c.file === '')
                throw new errors/* KustomizeError */.Kv(`read ${full}: is a directory`);
            full = (0,external_node_path_.join)(c.dir, c.file);
        }
        this.checkFence(full, path);
        let text;
        if (this.ctx.fence !== undefined) {
            // A scanned repository is untrusted: never .git (checkout's token), never a FIFO or a
            // device, never more than a manifest could be.
            const rel = (0,external_node_path_.relative)(this.ctx.fence, full);
            if (rel === '.git' || rel.startsWith(`.git${external_node_path_.sep}`)) {
                throw new errors/* KustomizeError */.Kv(`security; '${path}' is inside .git: not read`);
            }
            try {
                text = (0,root_files/* readRegularFile */.XF)(full, path).toString('utf8');
            }
            catch (e) {
                if (e instanceof root_files/* FileRefused */.rV)
                    throw new errors/* KustomizeError */.Kv(`open ${full}: ${e.reason}`);
                throw e;
            }
        }
        else {
            try {
                text = (0,external_node_fs_.readFileSync)(full, 'utf8');
            }
            catch (e) {
                throw new errors/* KustomizeError */.Kv(`open ${full}: ${errnoText(e)}`);
            }
        }
        this.ctx.read.add(full);
        this.ctx.texts.set(full, text);
        const named = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(this.root, path);
        if (named !== full)
            this.ctx.texts.set(named, text);
        return text;
    }
    /** Whether a path (relative to the root) names an existing file; used where kustomize tries. */
    fileExists(path) {
        try {
            return (0,external_node_fs_.statSync)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(this.root, path)).isFile();
        }
        catch {
            return false;
        }
    }
}

;// CONCATENATED MODULE: ./build/kustomize/nameref.js




/** utils.SameEndingSubSlice */
function sameEnding(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === 0 && b.length === 0;
    const [s, l] = a.length <= b.length ? [a, b] : [b, a];
    const off = l.length - s.length;
    return s.every((v, i) => v === l[off + i]);
}
function prefixSuffixEquals(r, o, allowEmpty) {
    const rp = r.namePrefixes();
    const op = o.namePrefixes();
    const rs = r.nameSuffixes();
    const os = o.nameSuffixes();
    if (allowEmpty) {
        const pe = rp.length === 0 || op.length === 0;
        const se = rs.length === 0 || os.length === 0;
        return (pe || sameEnding(rp, op)) && (se || sameEnding(rs, os));
    }
    return sameEnding(rp, op) && sameEnding(rs, os);
}
class Filter {
    referrer;
    target;
    path;
    candidates;
    m;
    constructor(referrer, target, path, candidates, m) {
        this.referrer = referrer;
        this.target = target;
        this.path = path;
        this.candidates = candidates;
        this.m = m;
    }
    select(oldName, candidates, identical) {
        let c = candidates.filter((r) => r.prevIds().some((id) => id.name === oldName));
        c = c.filter((r) => r.prevIds().some((id) => resid_gvkSelected(id.gvk, this.target)));
        if (this.path.endsWith('roleRef/name')) {
            const roleRef = this.referrer.node.field('roleRef');
            const apiGroup = roleRef?.field('apiGroup');
            const kind = roleRef?.field('kind');
            if (roleRef && apiGroup && kind) {
                const gvk = { group: apiGroup.value, version: '', kind: kind.value };
                c = c.filter((r) => r.prevIds().some((id) => resid_gvkSelected(id.gvk, gvk)));
            }
        }
        const rid = this.referrer.curId();
        if (!rid.clusterScoped) {
            c = c.filter((r) => {
                const id = r.curId();
                return id.clusterScoped || r.kind === 'ServiceAccount' || nsEquals(rid, id);
            });
        }
        if (c.length === 1)
            return c[0];
        c = c.filter((r) => prefixSuffixEquals(r, this.referrer, true));
        if (c.length > 1)
            c = c.filter((r) => prefixSuffixEquals(r, this.referrer, false));
        if (c.length === 1)
            return c[0];
        if (c.length === 0)
            return undefined;
        if (identical(c))
            return c[0];
        throw new errors/* KustomizeError */.Kv(`found multiple possible referrals: ${c.map((r) => resIdString(r.curId())).join(', ')}`);
    }
    record(referral) {
        referral.appendRefBy(this.referrer.curId());
    }
    setScalar(n, src) {
        const referral = this.select(n.value, this.candidates, (rs) => rs.every((r) => r.name === rs[0].name));
        if (!referral)
            return;
        this.record(referral);
        if (referral.name === n.value)
            return;
        n.setScalarValue(node/* KNode */.Yy.scalar(referral.name, '', src ?? n.src));
    }
    setMapping(n) {
        const nameNode = n.field('name');
        if (!nameNode)
            throw new errors/* KustomizeError */.Kv("path config error; no 'name' field in node");
        const nsNode = n.field('namespace');
        let candidates;
        if (!nsNode)
            candidates = this.candidates;
        else {
            const ns = nsNode.value;
            const byOrg = group(this.candidates, true);
            candidates = byOrg.get(ns) ?? group(this.candidates, false).get(ns) ?? [];
        }
        const referral = this.select(nameNode.value, candidates, (rs) => rs.every((r) => r.name === rs[0].name && r.namespace === rs[0].namespace));
        if (!referral)
            return;
        this.record(referral);
        if (referral.name === nameNode.value && referral.namespace === '')
            return;
        n.setField('name', node/* KNode */.Yy.scalar(referral.name, '', nameNode.src));
        if (referral.namespace === '')
            return;
        n.setField('namespace', node/* KNode */.Yy.scalar(referral.namespace, '', n.field('namespace')?.src));
    }
    set = (n) => {
        if ((0,node/* isMissingOrNull */.fC)(n))
            return;
        if (n.kind === 'scalar')
            this.setScalar(n);
        else if (n.kind === 'map')
            this.setMapping(n);
        else {
            for (const el of n.content) {
                if ((0,node/* isMissingOrNull */.fC)(el))
                    continue;
                if (el.kind === 'scalar')
                    this.setScalar(el);
                else if (el.kind === 'map')
                    this.setMapping(el);
                else
                    throw new errors/* KustomizeError */.Kv(`${nodeIdString(el)} is expected to be either a string or a map of string`);
            }
        }
    };
}
function group(list, original) {
    const out = new Map();
    for (const r of list) {
        const ns = effectiveNamespace(original ? r.orgId() : r.curId());
        if (!out.has(ns))
            out.set(ns, []);
        out.get(ns).push(r);
    }
    return out;
}
function fixNameReferences(m, backRefs) {
    const resources = m.resources();
    const orgIds = resources.map((r) => r.orgId());
    const filters = new Map();
    for (const br of backRefs) {
        for (const fs of br.referrers) {
            resources.forEach((r, i) => {
                if (!resid_gvkSelected(orgIds[i].gvk, fs.gvk))
                    return;
                if (!filters.has(r))
                    filters.set(r, []);
                filters.get(r).push({ target: br.gvk, fs });
            });
        }
    }
    for (const [r, list] of filters) {
        const candidates = m.subsetReferencedBy(r);
        for (const { target, fs } of list) {
            const f = new Filter(r, target, fs.path, candidates, m);
            try {
                applyFieldSpec(r.node, { ...fs, gvk: r.gvk }, f.set);
            }
            catch (e) {
                throw (0,errors/* wrap */.LV)(e, `updating name reference in '${fs.path}' field of '${resIdString(r.curId())}'`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./build/kustomize/inline-text.js
function inlineOffsetMapper(fileText, value) {
    const start = value.start;
    const c = fileText[start];
    if (c !== '|' && c !== '>')
        return () => start;
    const headerEnd = fileText.indexOf('\n', start);
    if (headerEnd < 0)
        return () => start;
    // Content lines, each with the file offset where the value's text on that line begins.
    const lineStarts = [];
    let indent = -1;
    let pos = headerEnd + 1;
    while (pos < fileText.length && pos < value.end + 1) {
        const nl = fileText.indexOf('\n', pos);
        const end = nl < 0 ? fileText.length : nl;
        const line = fileText.slice(pos, end).replace(/\r$/, '');
        if (indent < 0 && line.trim() !== '')
            indent = line.length - line.trimStart().length;
        lineStarts.push(pos);
        pos = end + 1;
    }
    const ind = Math.max(indent, 0);
    return (offset) => {
        // Offsets count characters of the value, lines separated by a single \n.
        let line = 0;
        let rest = offset;
        const text = fileText;
        for (; line < lineStarts.length; line++) {
            const ls = lineStarts[line];
            const nl = text.indexOf('\n', ls);
            const raw = text.slice(ls, nl < 0 ? text.length : nl).replace(/\r$/, '');
            const len = Math.max(raw.length - ind, 0);
            if (rest <= len)
                return ls + Math.min(ind, raw.length) + rest;
            rest -= len + 1;
        }
        return value.end;
    };
}

// EXTERNAL MODULE: ./build/helm/yaml/yaml-tree.js + 2 modules
var yaml_tree = __webpack_require__(0);
;// CONCATENATED MODULE: ./build/kustomize/jsonpatch.js







/** A YAML (or JSON) node as the JSON value sigs.k8s.io/yaml makes of it, as a node tree. */
function jsonNode(n, at, fallback) {
    const d = n && n.t === 'alias' ? (n.target ?? null) : n;
    if (d === null)
        return new node/* KNode */.Yy('scalar', node/* TAG_NULL */.NY, 'null', 0, undefined, fallback);
    const src = at(d.start);
    if (d.t === 'seq') {
        const out = node/* KNode */.Yy.seq(src);
        for (const it of d.items)
            out.content.push(jsonNode(it, at, src));
        return out;
    }
    if (d.t === 'map')
        return jsonMap(d, at, src);
    if (d.t !== 'scalar')
        return new node/* KNode */.Yy('scalar', node/* TAG_NULL */.NY, 'null', 0, undefined, src);
    const tag = d.tag !== undefined ? (0,parse/* shortTag */.j)(d.tag) : undefined;
    if (tag === node/* TAG_STR */.DQ || (!d.plain && tag === undefined))
        return node/* KNode */.Yy.scalar(d.value, node/* TAG_STR */.DQ, src);
    const r = (0,resolve/* resolvePlain */.Rg)(d.value, false);
    const t = tag ?? `!!${r.tag}`;
    switch (t) {
        case '!!null':
            return new node/* KNode */.Yy('scalar', node/* TAG_NULL */.NY, 'null', 0, undefined, src);
        case '!!bool':
            return node/* KNode */.Yy.scalar(r.value ? 'true' : 'false', node/* TAG_BOOL */.KG, src);
        case '!!int':
        case '!!float': {
            const f = typeof r.value === 'bigint' ? Number(r.value) : Number(r.value);
            return numberNode(f, src);
        }
        default:
            return node/* KNode */.Yy.scalar(d.value, node/* TAG_STR */.DQ, src);
    }
}
function jsonMap(d, at, src) {
    const out = node/* KNode */.Yy.map(src);
    d.keys.forEach((k, i) => {
        const kk = k.t === 'alias' ? k.target : k;
        const name = kk && kk.t === 'scalar' ? kk.value : '';
        out.content.push(node/* KNode */.Yy.scalar(name, node/* TAG_STR */.DQ, at(k.start)), jsonNode(d.values[i], at, at(k.start)));
    });
    return out;
}
function numberNode(f, src) {
    const text = (0,strconv/* formatFloat */.kr)(f, 'g', -1);
    return node/* KNode */.Yy.scalar(text, (0,parse/* resolvedTag */.DQ)(text), src);
}
/** Decodes a patch text (YAML or JSON) into operations; `at` maps offsets to places. */
function decodeJsonPatch(text, at) {
    const tree = (0,yaml_tree/* readYamlTree */._)(text);
    if ('error' in tree)
        throw new errors/* KustomizeError */.Kv(`yaml: ${tree.error}`);
    const root = tree.root;
    if (root === null)
        throw new errors/* KustomizeError */.Kv('empty json patch operations');
    if (root.t !== 'seq') {
        throw new errors/* KustomizeError */.Kv('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
    }
    return root.items.map((item) => {
        const src = at(item.start);
        const d = item.t === 'alias' ? item.target : item;
        if (!d || d.t !== 'map')
            throw new errors/* KustomizeError */.Kv('json: cannot unmarshal into Go value of type jsonpatch.Operation');
        const op = { op: '', hasValue: false, src };
        d.keys.forEach((k, i) => {
            const name = k.t === 'scalar' ? k.value : '';
            const v = d.values[i];
            const text = v && v.t === 'scalar' ? v.value : '';
            if (name === 'op')
                op.op = text;
            else if (name === 'path')
                op.path = text;
            else if (name === 'from')
                op.from = text;
            else if (name === 'value') {
                op.value = jsonNode(v, at, src);
                op.hasValue = true;
            }
        });
        return op;
    });
}
function splitPointer(p) {
    if (p === '')
        return [];
    if (!p.startsWith('/'))
        throw new errors/* KustomizeError */.Kv(`JSON pointer must be empty or start with a "/`);
    return p
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** The container of the last path step (evanphx's findObject). */
function findObject(doc, path) {
    const parts = splitPointer(path);
    if (parts.length === 0)
        return undefined;
    let cur = doc;
    for (const part of parts.slice(0, -1)) {
        if (!cur)
            return undefined;
        if (cur.kind === 'map')
            cur = cur.field(part);
        else if (cur.kind === 'seq') {
            const i = arrayIndex(part, cur.content.length);
            cur = i === undefined ? undefined : cur.content[i];
        }
        else
            return undefined;
    }
    if (!cur || (cur.kind !== 'map' && cur.kind !== 'seq'))
        return undefined;
    return { node: cur, key: parts[parts.length - 1] };
}
function arrayIndex(key, len) {
    if (!/^-?\d+$/.test(key))
        return undefined;
    let i = Number(key);
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return undefined;
    return i;
}
function get(c) {
    if (c.node.kind === 'map')
        return c.node.field(c.key);
    const i = arrayIndex(c.key, c.node.content.length);
    return i === undefined ? undefined : c.node.content[i];
}
function add(c, value, path) {
    if (c.node.kind === 'map') {
        const i = c.node.keyIndex(c.key);
        if (i >= 0)
            c.node.content[i + 1] = value;
        else
            c.node.content.push(node/* KNode */.Yy.scalar(c.key, node/* TAG_STR */.DQ, value.src), value);
        return;
    }
    const len = c.node.content.length;
    if (c.key === '-') {
        c.node.content.push(value);
        return;
    }
    if (!/^-?\d+$/.test(c.key))
        throw new errors/* KustomizeError */.Kv(`add operation does not apply: doc is missing path: "${path}": missing value`);
    let i = Number(c.key);
    if (i > len)
        throw new errors/* KustomizeError */.Kv(`Unable to access invalid index: ${i}: invalid index referenced`);
    if (i < 0) {
        if (-i > len)
            throw new errors/* KustomizeError */.Kv(`Unable to access invalid index: ${i}: invalid index referenced`);
        i += len;
    }
    c.node.content.splice(i, 0, value);
}
function remove(c, path) {
    if (c.node.kind === 'map') {
        const i = c.node.keyIndex(c.key);
        if (i < 0)
            throw new errors/* KustomizeError */.Kv(`Unable to remove nonexistent key: ${c.key}: missing value`);
        const v = c.node.content[i + 1];
        c.node.content.splice(i, 2);
        return v;
    }
    const i = arrayIndex(c.key, c.node.content.length);
    if (i === undefined)
        throw new errors/* KustomizeError */.Kv(`Unable to access invalid index: ${c.key}: invalid index referenced (path ${path})`);
    return c.node.content.splice(i, 1)[0];
}
function equalJson(a, b) {
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'scalar')
        return (JSON.stringify(String((0,encode/* scalarValue */.Um)(a))) === JSON.stringify(String((0,encode/* scalarValue */.Um)(b))) &&
            typeof (0,encode/* scalarValue */.Um)(a) === typeof (0,encode/* scalarValue */.Um)(b));
    if (a.content.length !== b.content.length)
        return false;
    if (a.kind === 'seq')
        return a.content.every((x, i) => equalJson(x, b.content[i]));
    for (const [k, v] of a.entries()) {
        const o = b.field(k.value);
        if (!o || !equalJson(v, o))
            return false;
    }
    return true;
}
/** Applies the operations to the resource node in place. */
function applyJsonPatch(doc, ops) {
    for (const op of ops) {
        const path = op.path ?? '';
        switch (op.op) {
            case 'add': {
                if (!op.hasValue)
                    throw new errors/* KustomizeError */.Kv('add operation, missing value field');
                const c = findObject(doc, path);
                if (!c)
                    throw new errors/* KustomizeError */.Kv(`add operation does not apply: doc is missing path: "${path}": missing value`);
                add(c, op.value.clone(), path);
                break;
            }
            case 'remove': {
                const c = findObject(doc, path);
                if (!c)
                    throw new errors/* KustomizeError */.Kv(`remove operation does not apply: doc is missing path: "${path}": missing value`);
                remove(c, path);
                break;
            }
            case 'replace': {
                if (!op.hasValue)
                    throw new errors/* KustomizeError */.Kv('replace operation, missing value field');
                const c = findObject(doc, path);
                if (!c)
                    throw new errors/* KustomizeError */.Kv(`replace operation does not apply: doc is missing path: ${path}: missing value`);
                if (get(c) === undefined) {
                    throw new errors/* KustomizeError */.Kv(`replace operation does not apply: doc is missing key: ${path}: missing value`);
                }
                if (c.node.kind === 'map')
                    c.node.content[c.node.keyIndex(c.key) + 1] = op.value.clone();
                else
                    c.node.content[arrayIndex(c.key, c.node.content.length)] = op.value.clone();
                break;
            }
            case 'move':
            case 'copy': {
                const from = op.from ?? '';
                const fc = findObject(doc, from);
                if (!fc)
                    throw new errors/* KustomizeError */.Kv(`${op.op} operation does not apply: doc is missing from path: ${from}: missing value`);
                const v = op.op === 'move' ? remove(fc, from) : get(fc);
                if (!v)
                    throw new errors/* KustomizeError */.Kv(`copy operation does not apply: doc is missing from path: ${from}: missing value`);
                const tc = findObject(doc, path);
                if (!tc)
                    throw new errors/* KustomizeError */.Kv(`${op.op} operation does not apply: doc is missing destination path: ${path}: missing value`);
                add(tc, op.op === 'copy' ? v.clone() : v, path);
                break;
            }
            case 'test': {
                const c = findObject(doc, path);
                const v = c ? get(c) : path === '' ? doc : undefined;
                const want = op.value;
                if (!v || !want || !equalJson(v, want)) {
                    throw new errors/* KustomizeError */.Kv(`testing value ${path} failed: test failed`);
                }
                break;
            }
            default:
                throw new errors/* KustomizeError */.Kv(`Unexpected kind: ${op.op}`);
        }
    }
    normalizeAsJson(doc);
}
/** What the JSON round trip leaves of a node: JSON-typed scalars, keys sorted. */
function normalizeAsJson(n) {
    n.style = 0;
    if (n.kind === 'scalar') {
        const v = (0,encode/* scalarValue */.Um)(n);
        if (v === null) {
            n.tag = node/* TAG_NULL */.NY;
            n.value = 'null';
        }
        else if (typeof v === 'boolean') {
            n.tag = node/* TAG_BOOL */.KG;
            n.value = v ? 'true' : 'false';
        }
        else if (typeof v === 'number' || typeof v === 'bigint') {
            const f = Number(v);
            n.value = (0,strconv/* formatFloat */.kr)(f, 'g', -1);
            n.tag = (0,parse/* resolvedTag */.DQ)(n.value);
        }
        else {
            n.tag = node/* TAG_STR */.DQ;
            n.value = String(v);
        }
        return;
    }
    n.tag = n.kind === 'map' ? '!!map' : '!!seq';
    if (n.kind === 'map') {
        const pairs = [...n.entries()];
        pairs.sort((a, b) => Buffer.compare(Buffer.from(a[0].value), Buffer.from(b[0].value)));
        n.content = pairs.flat();
        for (const [k, v] of pairs) {
            k.tag = node/* TAG_STR */.DQ;
            k.style = 0;
            normalizeAsJson(v);
        }
    }
    else {
        for (const c of n.content)
            normalizeAsJson(c);
    }
}

;// CONCATENATED MODULE: ./build/kustomize/patches.js
/**
 * The three patch fields of a kustomization: patchesStrategicMerge (legacy), patches
 * (strategic merge or JSON 6902, inline or from a file, with target selectors) and
 * patchesJson6902 (legacy), applied as kustomize's PatchStrategicMerge, Patch and
 * PatchJson6902 transformers apply them, with their error messages.
 */










/** Go's %q of a string. */
function goQuote(s) {
    return JSON.stringify(s);
}
function loadPatchEntries(kt, k) {
    const out = [];
    (k.patchesStrategicMerge ?? []).forEach((p, i) => {
        out.push({
            legacy: 'strategicMerge',
            path: p,
            at: (0,strict_decode/* srcOf */.MT)(k.patchesStrategicMerge, i),
            inlineAt: (0,strict_decode/* srcOf */.MT)(k.patchesStrategicMerge, i),
        });
    });
    (k.patches ?? []).forEach((p, i) => {
        out.push({ ...p, at: (0,strict_decode/* srcOf */.MT)(k.patches, i), inlineAt: (0,strict_decode/* srcOf */.MT)(p, 'patch') });
    });
    (k.patchesJson6902 ?? []).forEach((p, i) => {
        out.push({
            legacy: 'json6902',
            ...p,
            at: (0,strict_decode/* srcOf */.MT)(k.patchesJson6902, i),
            inlineAt: (0,strict_decode/* srcOf */.MT)(p, 'patch'),
        });
    });
    return out;
}
function inline(kt, text, at, source) {
    const fileText = kt.text;
    return {
        text,
        file: kt.file,
        mapOffset: at && fileText !== undefined ? inlineOffsetMapper(fileText, at) : undefined,
        source,
    };
}
function fromFile(kt, path) {
    const text = kt.ldr.load(path);
    const file = (0,external_node_path_.join)(kt.ldr.root, path);
    kt.ctx.patchFiles.add(file);
    return { text, file, source: `[path: ${goQuote(path)}]` };
}
function smPatches(kt, p) {
    return resourcesFromNodes((0,parse/* readKyamlStream */.hQ)(p.text, p.file, p.mapOffset), kt.ctx.api);
}
function jsonOps(p) {
    if (p.text === '')
        throw new errors/* KustomizeError */.Kv('empty json patch operations');
    const base = p.mapOffset ?? ((o) => o);
    return decodeJsonPatch(p.text, (o) => ({ file: p.file, start: base(o), end: base(o) }));
}
function applyPatches(kt, m, entries) {
    for (const e of entries)
        applyPatchEntry(kt, m, e);
}
function applyPatchEntry(kt, m, e) {
    try {
        if (e.legacy === 'strategicMerge')
            legacyStrategicMerge(kt, m, e);
        else if (e.legacy === 'json6902')
            legacyJson6902(kt, m, e);
        else
            patchTransformer(kt, m, e);
    }
    catch (err) {
        throw (0,errors/* locate */.x5)(err, e.at);
    }
    // A resource a `$patch: delete` removed is gone (kustomize drops nil nodes).
    m.dropEmpties();
}
function legacyStrategicMerge(kt, m, e) {
    const path = e.path ?? '';
    let patches;
    try {
        patches = smPatches(kt, inline(kt, path, e.inlineAt, path));
    }
    catch {
        patches = smPatches(kt, fromFile(kt, path));
    }
    if (patches.length === 0) {
        throw new errors/* KustomizeError */.Kv(`patch appears to be empty; files=[${path}], Patch=`);
    }
    for (const patch of patches) {
        const target = m.getById(patch.orgId());
        applySmPatchToSet(m, new Set([target]), patch);
    }
}
/** ResMap.ApplySmPatch: a copy of the patch for each selected resource; deleted ones dropped. */
function applySmPatchToSet(m, selected, patch) {
    const ids = [...selected].map((r) => r.curId());
    const list = [];
    for (const res of m.list) {
        const id = res.curId();
        if (ids.some((x) => resIdString(x) === resIdString(id) && x.clusterScoped === id.clusterScoped)) {
            const copy = patch.deepCopy();
            copy.copyMergeMetaDataFieldsFrom(patch);
            copy.setGvk(res.gvk);
            copy.setKind(patch.kind);
            applySmPatch(res, copy, m);
        }
        if (!res.isEmpty())
            list.push(res);
    }
    m.clear();
    m.appendAll(list);
}
/** Resource.ApplySmPatch: merged, with the name, kind and namespace kept unless allowed to change. */
function applySmPatch(r, patch, m) {
    const name = r.name;
    const nameSrc = r.node.field('metadata')?.field('name')?.src;
    const ns = r.namespace;
    const kind = r.kind;
    if (patch.nameChangeAllowed() || patch.kindChangeAllowed())
        r.storePreviousId();
    const merged = strategicMerge(patch.node, r.node, m.api);
    if (merged === undefined || merged.tag === '!!null') {
        r.node.kind = 'map';
        r.node.content = [];
        return;
    }
    if (merged !== r.node)
        r.node.assign(merged);
    if (r.isEmpty())
        return;
    if (!patch.kindChangeAllowed())
        r.setKind(kind);
    if (!patch.nameChangeAllowed())
        r.setName(name, nameSrc);
    r.setNamespace(ns);
}
function patchTransformer(kt, m, e) {
    const patchText = (e.patch ?? '').trim();
    const path = e.path ?? '';
    if (patchText === '' && path === '') {
        throw new errors/* KustomizeError */.Kv(`must specify one of patch and path in\n${configYaml(e)}`);
    }
    if (patchText !== '' && path !== '') {
        throw new errors/* KustomizeError */.Kv(`patch and path can't be set at the same time\n${configYaml(e)}`);
    }
    let loaded;
    if (patchText !== '') {
        // The trimmed text starts where the first non-blank character of the value is.
        const lead = (e.patch ?? '').length - (e.patch ?? '').trimStart().length;
        loaded = inline(kt, patchText, e.inlineAt, `[patch: ${goQuote(patchText)}]`);
        const base = loaded.mapOffset;
        if (base)
            loaded.mapOffset = (o) => base(o + lead);
    }
    else {
        try {
            loaded = fromFile(kt, path);
        }
        catch (err) {
            throw new errors/* KustomizeError */.Kv(`failed to get the patch file from path(${path}): ${(0,errors/* asKustomizeError */.ap)(err).message}`);
        }
    }
    let sm;
    let smErr;
    try {
        sm = smPatches(kt, loaded);
    }
    catch (err) {
        smErr = err;
    }
    let ops;
    let jsonErr;
    try {
        ops = jsonOps(loaded);
    }
    catch (err) {
        jsonErr = err;
    }
    if (sm && ops && sm.length > 0 && ops.length > 0) {
        throw new errors/* KustomizeError */.Kv(`illegally qualifies as both an SM and JSON patch: ${loaded.source}`);
    }
    if (smErr !== undefined && jsonErr !== undefined) {
        throw new errors/* KustomizeError */.Kv(`unable to parse SM or JSON patch from ${loaded.source}`);
    }
    if (smErr === undefined && sm) {
        for (const p of sm) {
            if (e.options?.allowNameChange)
                p.allowNameChange();
            if (e.options?.allowKindChange)
                p.allowKindChange();
        }
        if (e.target) {
            if (sm.length > 1) {
                throw new errors/* KustomizeError */.Kv(`Multiple Strategic-Merge Patches in one \`patches\` entry is not allowed to set \`patches.target\` field: ${loaded.source}`);
            }
            let selected;
            try {
                selected = m.select(e.target);
            }
            catch (err) {
                throw (0,errors/* wrap */.LV)(err, `unable to find patch target ${goQuote(JSON.stringify(e.target))} in \`resources\``);
            }
            applySmPatchToSet(m, new Set(selected), sm[0]);
            return;
        }
        for (const p of sm) {
            let target;
            try {
                target = m.getById(p.orgId());
            }
            catch (err) {
                throw (0,errors/* wrap */.LV)(err, `no resource matches strategic merge patch ${goQuote(resIdString(p.orgId()))}`);
            }
            applySmPatch(target, p, m);
        }
        return;
    }
    if (!e.target)
        throw new errors/* KustomizeError */.Kv(`must specify a target for JSON patch ${loaded.source}`);
    for (const res of m.select(e.target)) {
        res.storePreviousId();
        applyJsonPatchKeepingInternal(res, ops ?? []);
    }
}
function applyJsonPatchKeepingInternal(res, ops) {
    const internal = new Map([...res.annotations()].filter(([k]) => k.startsWith('internal.config.kubernetes.io/') ||
        k === 'config.kubernetes.io/path' ||
        k === 'config.kubernetes.io/index' ||
        k === 'config.k8s.io/id'));
    applyJsonPatch(res.node, ops);
    const a = res.annotations();
    for (const [k, v] of internal)
        a.set(k, v);
    res.setAnnotations(a);
}
function legacyJson6902(kt, m, e) {
    if (!e.target?.name)
        throw new errors/* KustomizeError */.Kv('must specify the target name');
    const path = e.path ?? '';
    const op = e.patch ?? '';
    if (path === '' && op === '')
        throw new errors/* KustomizeError */.Kv('empty file path and empty jsonOp');
    let loaded;
    if (path !== '') {
        if (op !== '')
            throw new errors/* KustomizeError */.Kv('must specify a file path or jsonOp, not both');
        loaded = fromFile(kt, path);
        if (loaded.text === '')
            throw new errors/* KustomizeError */.Kv(`patch file '${path}' empty seems to be empty`);
    }
    else
        loaded = inline(kt, op, e.inlineAt, op);
    const ops = jsonOps(loaded);
    if (ops.length === 0) {
        throw new errors/* KustomizeError */.Kv(`patch appears to be empty; file=${path}, JsonOp=${loaded.text}`);
    }
    for (const res of m.select(e.target))
        applyJsonPatchKeepingInternal(res, ops);
}
function configYaml(e) {
    let out = '';
    if (e.path)
        out += `path: ${e.path}\n`;
    if (e.patch)
        out += `patch: ${JSON.stringify(e.patch)}\n`;
    return out;
}

;// CONCATENATED MODULE: ./build/kustomize/pathmatch.js
/**
 * kyaml's field paths as vars and replacements use them: `a.b[0].c`, `[name=x]` list
 * matches (a regular expression for replacement targets), `*` wildcards, and creating
 * what is missing when asked.
 */




/** utils.SmarterPathSplitter: splits on the delimiter, keeping [a.b=c] together. */
function smarterSplit(path, delimiter = '.') {
    let ps = path.split(delimiter);
    if (ps.length > 1 && ps[0] === '')
        ps = ps.slice(1);
    const split = [ps[0]];
    for (let i = 1; i < ps.length; i++) {
        const last = split.length - 1;
        if (split[last].endsWith('\\'))
            split[last] = split[last].slice(0, -1) + delimiter + ps[i];
        else
            split.push(ps[i]);
    }
    const out = [];
    for (let i = 0; i < split.length; i++) {
        const elem = split[i];
        if (elem.startsWith('[') && !elem.endsWith(']')) {
            const parts = [elem];
            while (i < split.length - 1) {
                i++;
                parts.push(split[i]);
                if (split[i].endsWith(']'))
                    break;
            }
            const joined = parts.join(delimiter);
            out.push(joined.includes('=') ? joined : joined.replace(/^\[+|\]+$/g, ''));
        }
        else
            out.push(elem);
    }
    return out;
}
/** convertSliceIndex: `ports[0]` becomes `ports`, `0`. */
function convertSliceIndex(fields) {
    const out = [];
    for (const s of fields) {
        const m = s.endsWith(']') ? /^(.*)\[(\d+)\]$/.exec(s) : null;
        if (!m) {
            out.push(s);
            continue;
        }
        if (m[1] !== '')
            out.push(m[1]);
        out.push(m[2]);
    }
    return out;
}
function isListIndex(p) {
    return p.startsWith('[') && p.endsWith(']');
}
function splitIndexNameValue(p) {
    const elem = p.replace(/^\[/, '').replace(/\]$/, '');
    const eq = elem.indexOf('=');
    if (eq < 0)
        throw new errors/* KustomizeError */.Kv('list path element must contain fieldName=fieldValue for element to match');
    return [elem.slice(0, eq), elem.slice(eq + 1)];
}
/** PathGetter (Lookup): one node, or undefined. */
function lookupPath(n, path) {
    let cur = n;
    for (const raw of path) {
        const part = raw.trim();
        if (part === '')
            continue;
        if (!cur)
            return undefined;
        if (/^\d+$/.test(part)) {
            if (cur.kind !== 'seq')
                throw wrongKind('seq', cur);
            cur = cur.content[Number(part)];
        }
        else if (part === '-') {
            if (cur.kind !== 'seq')
                throw wrongKind('seq', cur);
            cur = cur.content[cur.content.length - 1];
        }
        else if (isListIndex(part)) {
            const [name, value] = splitIndexNameValue(part);
            if (cur.kind !== 'seq')
                throw wrongKind('seq', cur);
            cur = cur.content.find((e) => name === '' ? e.value === value : e.kind === 'map' && e.field(name)?.value === value);
        }
        else {
            if (cur.tag === '!!null')
                return undefined;
            if (cur.kind !== 'map')
                throw wrongKind('map', cur);
            cur = cur.field(part);
        }
    }
    return cur;
}
function partKind(next, create) {
    if (next === undefined || next === '')
        return create;
    if (isListIndex(next) || /^\d+$/.test(next))
        return 'seq';
    return 'map';
}
function yamlText(n) {
    if (n.kind !== 'scalar')
        return '';
    return n.value;
}
/** PathMatcher: every node the path reaches (created with `create` when asked). */
function matchPath(n, path, create, src) {
    const p = path.map((s) => s.trim()).filter((s) => s !== '');
    if (p.length === 0)
        return [n];
    const [head, ...rest] = p;
    if (/^\d+$/.test(head)) {
        if (n.kind !== 'seq')
            throw wrongKind('seq', n);
        const idx = Number(head);
        if (n.content.length === idx && create) {
            n.content.push(new node/* KNode */.Yy(partKind(rest[0], create), '', '', 0, [], src));
        }
        if (n.content.length < idx + 1) {
            throw new errors/* KustomizeError */.Kv(`index ${idx} specified but only ${n.content.length} elements found`);
        }
        return matchPath(n.content[idx], rest, create, src);
    }
    if (isListIndex(head)) {
        if (n.kind !== 'seq')
            throw wrongKind('seq', n);
        const [field, pattern] = splitIndexNameValue(head);
        let re;
        try {
            re = new RegExp(pattern);
        }
        catch (e) {
            throw new errors/* KustomizeError */.Kv(`error parsing regexp: ${e.message}`);
        }
        const out = [];
        for (const el of n.content) {
            if (field === '') {
                if (re.test(yamlText(el).trim()))
                    out.push(el);
                continue;
            }
            const v = el.kind === 'map' ? el.field(field) : undefined;
            if (!v || !re.test(yamlText(v).trim()))
                continue;
            (0,arrays/* pushAll */.iI)(out, matchPath(el, rest, create, src));
        }
        if (out.length > 0 || !create)
            return out;
        const value = node/* KNode */.Yy.scalar(pattern, '', src);
        const elem = field === '' ? value : new node/* KNode */.Yy('map', '', '', 0, [node/* KNode */.Yy.scalar(field, '', src), value], src);
        n.content.push(elem);
        return matchPath(n, p, create, src);
    }
    if (head === '*') {
        if (n.kind !== 'seq')
            throw wrongKind('seq', n);
        return n.content.flatMap((el) => matchPath(el, rest, create, src));
    }
    if (n.kind !== 'map') {
        if (n.tag === '!!null')
            return [];
        throw wrongKind('map', n);
    }
    let field = n.field(head);
    if (!field) {
        if (!create)
            return [];
        field = new node/* KNode */.Yy(partKind(rest[0], create), '', '', 0, [], src);
        n.setField(head, field, src);
        field = n.field(head);
    }
    return matchPath(field, rest, create, src);
}

;// CONCATENATED MODULE: ./build/kustomize/replacements.js







const REPLACEMENT_SPEC = kustomization/* KUSTOMIZATION_SPEC */.KK.fields.replacements.list;
/** ReplacementTransformerPlugin.Config: inline entries, or files holding one or a list. */
function loadReplacements(kt, list) {
    const out = [];
    list.forEach((r, i) => {
        const at = (0,strict_decode/* srcOf */.MT)(list, i);
        if (r.path && (r.source || r.targets?.length)) {
            throw new errors/* KustomizeError */.Kv('cannot specify both path and inline replacement', at);
        }
        if (!r.path) {
            out.push({ r, at });
            return;
        }
        const text = kt.ldr.load(r.path);
        const trimmed = text.trimStart();
        if (trimmed.startsWith('-')) {
            const spec = { struct: 'Replacements', fields: { items: { list: REPLACEMENT_SPEC } } };
            const wrapped = (0,strict_decode/* strictDecode */.ub)(`items:\n${text.replace(/^/gm, '  ')}`, r.path, spec);
            for (const item of wrapped.items ?? [])
                out.push({ r: item, at });
        }
        else {
            out.push({ r: (0,strict_decode/* strictDecode */.ub)(text, r.path, REPLACEMENT_SPEC), at });
        }
    });
    return out;
}
function selectorId(s, api) {
    void api;
    return {
        gvk: { group: s?.group ?? '', version: s?.version ?? '', kind: s?.kind ?? '' },
        name: s?.name ?? '',
        namespace: s?.namespace ?? '',
        clusterScoped: false,
    };
}
function selectorString(s) {
    return `${resIdString(selectorId(s, undefined))}`;
}
/** utils.MakeResIds: the current id and the previous ones (scope not consulted). */
function resIds(r) {
    const cur = { ...r.curId(), clusterScoped: false };
    return [cur, ...r.prevIds().map((id) => ({ ...id, clusterScoped: false }))];
}
function sourceValue(m, rep, api) {
    if (rep.sourceValue !== undefined && rep.source) {
        throw new errors/* KustomizeError */.Kv('value and resource selectors are mutually exclusive');
    }
    if (rep.sourceValue !== undefined)
        return node/* KNode */.Yy.scalar(rep.sourceValue, '', (0,strict_decode/* srcOf */.MT)(rep, 'sourceValue'));
    const sel = selectorId(rep.source, api);
    const matches = [];
    for (const r of m.list) {
        if (resIds(r).some((id) => idSelectedBy(id, sel))) {
            if (matches.length > 0) {
                throw new errors/* KustomizeError */.Kv(`multiple matches for selector ${selectorString(rep.source)}`);
            }
            matches.push(r);
        }
    }
    if (matches.length === 0)
        throw new errors/* KustomizeError */.Kv(`nothing selected by ${selectorString(rep.source)}`);
    const fieldPath = rep.source?.fieldPath || 'metadata.name';
    let rn;
    try {
        rn = lookupPath(matches[0].node, smarterSplit(fieldPath));
    }
    catch (e) {
        throw new errors/* KustomizeError */.Kv(`error looking up replacement source: ${e.message}`);
    }
    if (rn === undefined || (0,node/* isNilOrEmpty */.E4)(rn)) {
        throw new errors/* KustomizeError */.Kv(`fieldPath \`${fieldPath}\` is missing for replacement source ${resIdString(sel)}`);
    }
    return refined(rep.source?.options, rn);
}
function refined(options, rn) {
    if (!options?.delimiter)
        return rn;
    if (rn.kind !== 'scalar')
        throw new errors/* KustomizeError */.Kv('delimiter option can only be used with scalar nodes');
    const parts = rn.value.split(options.delimiter);
    const index = options.index ?? 0;
    if (index >= parts.length || index < 0) {
        throw new errors/* KustomizeError */.Kv(`options.index ${index} is out of bounds for value ${rn.value}`);
    }
    const n = rn.clone();
    n.value = parts[index];
    return n;
}
function matchesSelectors(r, s) {
    return (r.matchesAnnotationSelector(s?.annotationSelector ?? '') &&
        r.matchesLabelSelector(s?.labelSelector ?? ''));
}
function setFieldValue(options, target, value0) {
    const value = value0.clone();
    if (options?.delimiter) {
        if (target.kind !== 'scalar')
            throw new errors/* KustomizeError */.Kv('delimiter option can only be used with scalar nodes');
        let tv = target.value.split(options.delimiter);
        const v = value.tag === '!!null' ? '' : value.value;
        const index = options.index ?? 0;
        if (index < 0)
            tv = [v, ...tv];
        else if (index >= tv.length)
            tv.push(v);
        else
            tv[index] = v;
        value.value = tv.join(options.delimiter);
    }
    if (target.kind === 'scalar') {
        target.value = value.value;
        target.src = value.src ?? target.src;
    }
    else
        target.assign(value);
}
function applyReplacements(m, reps, api) {
    for (const { r: rep, at } of reps) {
        try {
            if ((rep.sourceValue === undefined && !rep.source) || !rep.targets) {
                throw new errors/* KustomizeError */.Kv('replacements must specify a source and at least one target');
            }
            const value = sourceValue(m, rep, api);
            for (const t of rep.targets) {
                if (!t.select)
                    throw new errors/* KustomizeError */.Kv('target must specify resources to select');
                const fieldPaths = t.fieldPaths?.length ? t.fieldPaths : ['metadata.name'];
                const sel = selectorId(t.select, api);
                for (const target of m.list) {
                    const ids = resIds(target);
                    if (!matchesSelectors(target, t.select))
                        continue;
                    if ((t.reject ?? []).some((rj) => (rj.annotationSelector || rj.labelSelector) && matchesSelectors(target, rj))) {
                        continue;
                    }
                    const rejected = (t.reject ?? []).some((rj) => {
                        const rid = selectorId(rj, api);
                        const empty = !rid.gvk.group && !rid.gvk.version && !rid.gvk.kind && !rid.name && !rid.namespace;
                        return !empty && ids.some((id) => idSelectedBy(id, rid));
                    });
                    if (!ids.some((id) => idSelectedBy(id, sel)) || rejected)
                        continue;
                    for (const fp of fieldPaths) {
                        const create = t.options?.create ? value.kind : undefined;
                        const what = create
                            ? `unable to find or create field "${fp}" in replacement target`
                            : `unable to find field "${fp}" in replacement target`;
                        let fields;
                        try {
                            fields = matchPath(target.node, smarterSplit(fp), create, value.src);
                        }
                        catch (e) {
                            throw new errors/* KustomizeError */.Kv(`${what}: ${e.message}`);
                        }
                        if (fields.length === 0)
                            throw new errors/* KustomizeError */.Kv(what);
                        for (const f of fields)
                            setFieldValue(t.options, f, value);
                    }
                }
            }
        }
        catch (e) {
            throw (0,errors/* locate */.x5)(e, at);
        }
    }
}

;// CONCATENATED MODULE: ./build/kustomize/plugins.js
/**
 * `generators:`, `transformers:` and `validators:` entries: inline configs, files, or
 * kustomization directories producing plugin configs. Configs of kustomize's built-in
 * plugins (apiVersion: builtin) run as kustomize runs them; anything else is an exec, Go
 * or KRM function plugin, which is never run: kubectl refuses it without its alpha flags,
 * and a scan leaves it out with a notice.
 */










function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function strMap(v) {
    const out = {};
    for (const [k, x] of Object.entries(obj(v)))
        out[k] = typeof x === 'string' ? x : String(x);
    return out;
}
function fieldSpecs(v) {
    return (Array.isArray(v) ? v : []).map((x) => {
        const o = obj(x);
        return {
            gvk: { group: str(o.group), version: str(o.version), kind: str(o.kind) },
            path: str(o.path),
            create: o.create === true,
        };
    });
}
function selector(v) {
    if (v === undefined || v === null)
        return undefined;
    const o = obj(v);
    const s = {};
    for (const k of [
        'group',
        'version',
        'kind',
        'name',
        'namespace',
        'labelSelector',
        'annotationSelector',
    ]) {
        if (typeof o[k] === 'string')
            s[k] = o[k];
    }
    return s;
}
/** A built-in plugin configured from its config resource, or undefined for an unknown kind. */
function builtin(host, res, at) {
    const c = obj((0,encode/* goValueOf */.TT)(res.node, true));
    switch (res.kind) {
        case 'LabelTransformer':
            return (m) => host.transformMetaMap(m, strMap(c.labels), fieldSpecs(c.fieldSpecs), at);
        case 'AnnotationsTransformer':
            return (m) => host.transformMetaMap(m, strMap(c.annotations), fieldSpecs(c.fieldSpecs), at);
        case 'PrefixTransformer':
        case 'SuffixTransformer': {
            const which = res.kind === 'PrefixTransformer' ? 'prefix' : 'suffix';
            const value = str(c[which]);
            return (m) => value && host.transformPrefixSuffix(m, which, value, fieldSpecs(c.fieldSpecs), at);
        }
        case 'NamespaceTransformer': {
            const ns = str(obj(c.metadata).namespace);
            return (m) => ns && host.transformNamespace(m, ns, fieldSpecs(c.fieldSpecs), at, c.unsetOnly === true);
        }
        case 'ReplicaCountTransformer': {
            const r = obj(c.replica);
            const count = typeof r.count === 'bigint' ? Number(r.count) : typeof r.count === 'number' ? r.count : 0;
            return (m) => host.transformReplicas(m, str(r.name), count, fieldSpecs(c.fieldSpecs), at);
        }
        case 'ImageTagTransformer': {
            const img = obj(c.imageTag);
            return (m) => applyImage(m, img, fieldSpecs(c.fieldSpecs), at, at);
        }
        case 'PatchTransformer':
            return (m) => applyPatchEntry(host, m, {
                path: str(c.path) || undefined,
                patch: str(c.patch) || undefined,
                target: selector(c.target),
                options: obj(c.options),
                at,
            });
        case 'PatchStrategicMergeTransformer': {
            const paths = (Array.isArray(c.paths) ? c.paths : []).map(str);
            return (m) => {
                for (const p of paths)
                    applyPatchEntry(host, m, { legacy: 'strategicMerge', path: p, at });
                if (str(c.patches))
                    applyPatchEntry(host, m, { legacy: 'strategicMerge', path: str(c.patches), at });
            };
        }
        case 'PatchJson6902Transformer':
            return (m) => applyPatchEntry(host, m, {
                legacy: 'json6902',
                target: selector(c.target),
                path: str(c.path) || undefined,
                patch: str(c.jsonOp) || undefined,
                at,
            });
        case 'ReplacementTransformer': {
            const reps = (Array.isArray(c.replacements) ? c.replacements : []);
            return (m) => applyReplacements(m, reps.map((r) => ({ r, at })), m.api);
        }
        case 'ValueAddTransformer':
            return valueAdd(host, c, at);
        default:
            return undefined;
    }
}
function valueAdd(host, c, at) {
    const value = str(c.value).trim() || (0,external_node_path_.basename)(host.ldr.root);
    const targets = (Array.isArray(c.targets) ? c.targets : []).map(obj);
    if (targets.length === 0)
        throw new errors/* KustomizeError */.Kv('must specify at least one target');
    return (m) => {
        for (const t of targets) {
            const sel = selector(t.selector);
            const fieldPath = str(t.fieldPath);
            if (fieldPath === '')
                throw new errors/* KustomizeError */.Kv('fieldPath cannot be empty');
            const pos = typeof t.filePathPosition === 'number'
                ? t.filePathPosition
                : Number(t.filePathPosition ?? 0);
            const resources = sel ? m.select(sel) : m.resources();
            for (const r of resources) {
                if (fieldPath === 'metadata/namespace') {
                    host.transformNamespace(m, value, [], at, false);
                    continue;
                }
                let n = r.node;
                const fields = splitPath(fieldPath);
                fields.forEach((f, i) => {
                    n = n.fieldOrCreate(f, i === fields.length - 1 ? 'scalar' : 'map', at);
                });
                let v = value;
                if (pos > 0)
                    v = insertPathPart(n.value, pos - 1, value);
                n.setScalarValue(node/* KNode */.Yy.scalar(v, '', at));
            }
        }
    };
}
/** filesys.InsertPathPart */
function insertPathPart(path, pos, part) {
    if (part === '')
        return path;
    const parts = path === '' ? [] : path.split('/');
    let p = Math.max(0, Math.min(pos, parts.length));
    if (parts.length > 0 && parts[0] === '' && p < parts.length)
        p++;
    parts.splice(p, 0, part);
    return parts.join('/');
}
function builtinGenerator(host, res, at) {
    if (res.kind !== 'ConfigMapGenerator' && res.kind !== 'SecretGenerator')
        return undefined;
    const c = obj((0,encode/* goValueOf */.TT)(res.node, true));
    const meta = obj(c.metadata);
    const args = {
        name: str(c.name) || str(meta.name),
        namespace: str(c.namespace) || str(meta.namespace),
        behavior: str(c.behavior),
        literals: (Array.isArray(c.literals) ? c.literals : []).map(str),
        files: (Array.isArray(c.files) ? c.files : []).map(str),
        envs: [...(Array.isArray(c.envs) ? c.envs : []).map(str), ...(str(c.env) ? [str(c.env)] : [])],
        options: obj(c.options),
        type: str(c.type) || undefined,
    };
    const srcs = { at, envs: () => at, literals: () => at, files: () => at };
    const kind = res.kind;
    return () => {
        const node = kind === 'ConfigMapGenerator'
            ? makeConfigMap(host.ldr, args, srcs)
            : makeSecret(host.ldr, args, srcs);
        const r = host.newResource(node);
        if (!args.options?.disableNameSuffixHash)
            r.enableHashSuffix();
        r.setBehavior(args.behavior === 'merge' || args.behavior === 'replace' || args.behavior === 'create'
            ? args.behavior
            : 'unspecified');
        host.absorbGenerated(r, kind);
    };
}
/** The plugins of a generators/transformers/validators list, in order. */
function externalPlugins(host, entries, at, field) {
    const out = [];
    entries.forEach((entry, i) => {
        const where = at(i);
        let configs;
        try {
            configs = host.configResources(entry, where);
        }
        catch (e) {
            throw (0,errors/* locate */.x5)(e, where);
        }
        for (const res of configs) {
            const g = res.gvk;
            const isBuiltin = g.group === '' && g.version === 'builtin';
            let p;
            if (isBuiltin && field !== 'validators') {
                p = field === 'generators' ? builtinGenerator(host, res, where) : builtin(host, res, where);
                if (!p)
                    throw new errors/* KustomizeError */.Kv(`unable to load builtin ${g.kind}.${g.version}.${g.group || '[noGrp]'}`, where);
            }
            if (p) {
                out.push(p);
                continue;
            }
            if (host.ctx.externalPlugins === 'error') {
                throw new errors/* KustomizeError */.Kv(`external plugins disabled; unable to load external plugin '${res.orgId().gvk.kind}'`, where);
            }
            host.ctx.leftOut.push({
                message: `${field} plugin ${resIdString(res.curId())} is not run (exec, Go and KRM function plugins never are)`,
                at: where,
            });
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./build/kustomize/vars.js






function goVarString(v) {
    const o = v.objref;
    return `{${v.name} {{${o.group ?? ''} ${o.version ?? ''} ${o.kind ?? ''}} ${o.name} ${o.namespace ?? ''}} {${v.fieldref?.fieldPath ?? ''}}}`;
}
/** GetFieldValue: the var's value as Go sees it (string, int, float, bool, or a collection). */
function fieldValue(n, path) {
    const fields = convertSliceIndex(smarterSplit(path, '.'));
    const v = lookupPath(n, fields);
    if (!v)
        throw new errors/* KustomizeError */.Kv(`no field named '${path}'`);
    if (v.kind !== 'scalar')
        return { node: v };
    switch (v.tag) {
        case node/* TAG_STR */.DQ:
            return v.value;
        case node/* TAG_INT */.rP: {
            const i = Number(v.value);
            if (!Number.isInteger(i))
                throw new errors/* KustomizeError */.Kv(`strconv.Atoi: parsing "${v.value}": invalid syntax`);
            return BigInt(v.value);
        }
        case node/* TAG_FLOAT */.Ug:
            return Number((0,encode/* scalarValue */.Um)(v));
        case node/* TAG_BOOL */.KG:
            return (v.value === 'true' ||
                v.value === 'True' ||
                v.value === 'TRUE' ||
                v.value === '1' ||
                v.value === 't' ||
                v.value === 'T');
        default:
            return v.value;
    }
}
/** fmt %v of a value. */
function show(v) {
    if (typeof v === 'object')
        return v.node.value;
    return String(v);
}
function tryRead(input) {
    switch (input[0]) {
        case '$':
            return { read: '$', isVar: false, advance: 1 };
        case '(': {
            const close = input.indexOf(')', 1);
            if (close > 0)
                return { read: input.slice(1, close), isVar: true, advance: close + 1 };
            return { read: '$(', isVar: false, advance: 1 };
        }
        default:
            return { read: '$' + input[0], isVar: false, advance: 1 };
    }
}
/** refvar.DoReplacements */
function doReplacements(input, mapping) {
    let out = '';
    let checkpoint = 0;
    for (let cursor = 0; cursor < input.length; cursor++) {
        if (input[cursor] === '$' && cursor + 1 < input.length) {
            out += input.slice(checkpoint, cursor);
            const { read, isVar, advance } = tryRead(input.slice(cursor + 1));
            if (isVar) {
                const mapped = mapping(read);
                if (input === `$(${read})`)
                    return mapped;
                out += show(mapped);
            }
            else
                out += read;
            cursor += advance;
            checkpoint = cursor + 1;
        }
    }
    return out + input.slice(checkpoint);
}
function updateNode(n, v) {
    if (typeof v === 'bigint') {
        n.value = v.toString();
        n.tag = node/* TAG_INT */.rP;
    }
    else if (typeof v === 'boolean') {
        n.value = String(v);
        n.tag = node/* TAG_BOOL */.KG;
    }
    else if (typeof v === 'number') {
        n.value = (0,strconv/* formatFloat */.kr)(v, 'f', -1);
        n.tag = node/* TAG_FLOAT */.Ug;
    }
    else if (typeof v === 'string') {
        n.value = v;
        n.tag = node/* TAG_STR */.DQ;
    }
    else {
        n.value = v.node.value;
        n.tag = node/* TAG_STR */.DQ;
    }
    n.style = n.value.includes('\n') ? node/* STYLE_LITERAL */.QE : 0;
}
function resolveVars(m, vars, fss, ctx) {
    if (vars.length === 0)
        return;
    const values = new Map();
    for (const v of [...vars].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const holder = m.list.find((r) => r.refVarNames.includes(v.name));
        if (!holder) {
            throw new errors/* KustomizeError */.Kv(`var '${goVarString(v)}' cannot be mapped to a field in the set of known resources`);
        }
        try {
            values.set(v.name, fieldValue(holder.node, v.fieldref?.fieldPath || 'metadata.name'));
        }
        catch {
            throw new errors/* KustomizeError */.Kv(`field specified in var '${goVarString(v)}' not found in corresponding resource`);
        }
    }
    const counts = new Map();
    const mapping = (key) => {
        const v = values.get(key);
        if (v !== undefined && typeof v !== 'object') {
            counts.set(key, (counts.get(key) ?? 0) + 1);
            return v;
        }
        return `$(${key})`;
    };
    const replace = (n) => {
        if (!(0,node/* isStringNode */.Ef)(n))
            return;
        updateNode(n, doReplacements(n.value, mapping));
    };
    for (const r of m.resources()) {
        for (const fs of fss) {
            applyFieldSpec(r.node, fs, (n) => {
                if ((0,node/* isMissingOrNull */.fC)(n))
                    return;
                if (n.kind === 'scalar')
                    replace(n);
                else if (n.kind === 'map') {
                    for (const [k, v] of n.entries()) {
                        if (!(0,node/* isStringNode */.Ef)(k))
                            throw new errors/* KustomizeError */.Kv(`invalid map key: value='${k.value}', tag='${k.tag}'`);
                        if ((0,node/* isStringNode */.Ef)(v))
                            replace(v);
                    }
                }
                else {
                    for (const item of n.content) {
                        if (!(0,node/* isStringNode */.Ef)(item))
                            throw new errors/* KustomizeError */.Kv('invalid value type expect a string');
                        replace(item);
                    }
                }
            });
        }
    }
    const unused = [...values.keys()].filter((k) => !counts.has(k));
    if (unused.length)
        ctx.stderr.push(`klog: well-defined vars that were never replaced: ${unused.join(',')}`);
}

;// CONCATENATED MODULE: ./build/kustomize/build.js
/**
 * kustomize build (krusty's Kustomizer and the KustTarget it drives): resources, bases
 * and components accumulated recursively, generators, the built-in transformers in
 * kustomize's order, hash suffixes, name back-references, vars, local-config removal and
 * the legacy output order. Knows nothing of rules: it returns resource nodes that still
 * say where each field was written.
 */
























function yamlScalar(s) {
    return (0,resolve/* resolvePlain */.Rg)(s, true).tag === 'str' && !/^[\s'"&*!|>%@`#-]|: |\s$/.test(s)
        ? s
        : JSON.stringify(s);
}
function originString(o) {
    let out = '';
    if (o.path)
        out += `path: ${yamlScalar(o.path)}\n`;
    if (o.configuredIn)
        out += `configuredIn: ${yamlScalar(o.configuredIn)}\n`;
    if (o.configuredBy) {
        out += `configuredBy:\n  apiVersion: ${o.configuredBy.apiVersion}\n  kind: ${o.configuredBy.kind}\n`;
    }
    return out;
}
function joinPath(a, b) {
    return (0,external_node_path_.relative)('.', (0,external_node_path_.join)(a ?? '', b)) || '.';
}
// ---- the accumulator ----
class Accumulator {
    ctx;
    resMap;
    config = emptyConfig();
    vars = new Map();
    constructor(ctx) {
        this.ctx = ctx;
        this.resMap = new ResMap(ctx.api);
    }
    mergeConfig(c) {
        this.config = mergeConfig(this.config, c);
    }
    mergeVars(incoming, at) {
        incoming.forEach((v, i) => {
            const gvk = varGvk(v);
            const target = makeResId(this.ctx.api, gvk, v.objref.name, v.objref.namespace ?? '');
            const matcher = target.namespace !== '' || target.clusterScoped
                ? (id) => idEquals(target, id)
                : (id) => gvknEquals(target, id);
            const matched = this.resMap.byAnyId(matcher);
            if (matched.length > 1) {
                throw new errors/* KustomizeError */.Kv(`found ${matched.length} resId matches for var ${goVar(v)} (unable to disambiguate)`, at(i));
            }
            if (matched.length === 1)
                matched[0].refVarNames.push(v.name);
        });
        for (const [i, v] of incoming.entries())
            this.mergeVar(v, at(i));
    }
    mergeVar(v, at) {
        if (this.vars.has(v.name))
            throw new errors/* KustomizeError */.Kv(`var '${v.name}' already encountered`, at);
        this.vars.set(v.name, defaultVar(v));
    }
    mergeAccumulator(other) {
        this.resMap.appendAll(other.resMap);
        this.mergeConfig(other.config);
        for (const v of other.vars.values())
            this.mergeVar(v);
    }
    /** AbsorbAll: generated resources create, merge with or replace what exists. */
    absorb(res) {
        const id = res.curId();
        const matches = this.resMap.byAnyId((x) => idEquals(id, x));
        if (matches.length === 0) {
            const b = res.behavior();
            if (b === 'merge' || b === 'replace') {
                throw new errors/* KustomizeError */.Kv(`id ${goResId(id)} does not exist; cannot merge or replace`);
            }
            this.resMap.append(res);
            return;
        }
        if (matches.length > 1) {
            throw new errors/* KustomizeError */.Kv(`found multiple objects ${matches.map((m) => resIdString(m.curId())).join(' ')} that could accept merge of ${resIdString(id)}`);
        }
        const old = matches[0];
        switch (res.behavior()) {
            case 'replace':
                res.copyMergeMetaDataFieldsFrom(old);
                break;
            case 'merge': {
                const orig = old.annotations().get(ANNO_ORIGIN);
                res.copyMergeMetaDataFieldsFrom(old);
                for (const field of ['data', 'binaryData']) {
                    const merged = old.dataMap(field);
                    for (const [k, v] of res.dataMap(field))
                        merged.set(k, v);
                    res.setDataMap(field, merged);
                }
                if (orig)
                    res.setAnnotation(ANNO_ORIGIN, orig.value);
                break;
            }
            default:
                throw new errors/* KustomizeError */.Kv(`id ${goResId(id)} exists; behavior must be merge or replace`);
        }
        this.resMap.replace(res);
    }
}
function varGvk(v) {
    const t = v.objref;
    let group = t.group ?? '';
    let version = t.version ?? '';
    if (t.apiVersion) {
        const parts = t.apiVersion.split('/');
        if (parts.length === 2)
            [group, version] = parts;
        if (parts.length === 1)
            version = parts[0];
    }
    return { group, version, kind: t.kind ?? '' };
}
function defaultVar(v) {
    const gvk = varGvk(v);
    return {
        ...v,
        objref: { ...v.objref, group: gvk.group, version: gvk.version },
        fieldref: { fieldPath: v.fieldref?.fieldPath || 'metadata.name' },
    };
}
/** Go's %v of a Var (for error messages). */
function goVar(v) {
    const g = varGvk(v);
    return `{${v.name} {{${g.group} ${g.version} ${g.kind}} ${v.objref.name} ${v.objref.namespace ?? ''}} {${v.fieldref?.fieldPath ?? ''}}}`;
}
/** Go's %#v of a ResId, as kustomize's generator errors print it. */
function goResId(id) {
    return `resid.ResId{Gvk:resid.Gvk{Group:${JSON.stringify(id.gvk.group)}, Version:${JSON.stringify(id.gvk.version)}, Kind:${JSON.stringify(id.gvk.kind)}, isClusterScoped:${id.clusterScoped}}, Name:${JSON.stringify(id.name)}, Namespace:${JSON.stringify(id.namespace)}}`;
}
// ---- one kustomization ----
class KustTarget {
    ldr;
    ctx;
    k;
    /** Absolute path of the kustomization file. */
    file;
    fileName;
    /** The kustomization file's text (inline patches map into it). */
    text;
    origin;
    constructor(ldr, ctx) {
        this.ldr = ldr;
        this.ctx = ctx;
    }
    /** The src of a kustomization field (or of one item of a list field). */
    at(field, i) {
        const v = this.k[field];
        if (i !== undefined && Array.isArray(v))
            return (0,strict_decode/* srcOf */.MT)(v, i);
        return (0,strict_decode/* srcOf */.MT)(this.k, field);
    }
    load() {
        const found = [];
        for (const name of kustomization/* KUSTOMIZATION_FILE_NAMES */.YU) {
            try {
                found.push({ name, text: this.ldr.load(name) });
            }
            catch {
                // Not this name.
            }
        }
        if (found.length === 0) {
            throw new errors/* KustomizeError */.Kv(`unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${this.ldr.root}'`);
        }
        if (found.length > 1) {
            throw new errors/* KustomizeError */.Kv(`Found multiple kustomization files under: ${this.ldr.root}\n`);
        }
        this.fileName = found[0].name;
        this.file = (0,external_node_path_.join)(this.ldr.root, found[0].name);
        this.text = found[0].text;
        this.ctx.kustomizations.add(this.file);
        let loaded;
        try {
            loaded = (0,kustomization/* loadKustomization */.oe)(found[0].text, this.file, this.ldr.root);
        }
        catch (e) {
            throw (0,errors/* locate */.x5)(e, { file: this.file, start: 0, end: 0 });
        }
        (0,arrays/* pushAll */.iI)(this.ctx.stderr, loaded.warnings);
        this.k = loaded.k;
    }
    /** The openapi field: a schema file replaces kyaml's schema for the rest of the build. */
    applyOpenApi(reset) {
        const o = this.k.openapi;
        if (!o)
            return;
        if (this.ctx.api.custom && !reset)
            return;
        if (o.path) {
            if (o.version)
                throw new errors/* KustomizeError */.Kv('builtin version and custom schema provided, cannot use both');
            const text = this.ldr.load(o.path);
            let doc;
            try {
                doc = text.trimStart().startsWith('{') ? JSON.parse(text) : undefined;
            }
            catch (e) {
                throw new errors/* KustomizeError */.Kv(`invalid schema file: ${e.message}`);
            }
            if (doc === undefined) {
                const nodes = (0,parse/* readKyamlStream */.hQ)(text, o.path);
                doc = nodes[0] ? jsonOfNode(nodes[0]) : {};
            }
            this.ctx.api.addDocument(doc);
            this.ctx.api.custom = true;
        }
        else if (o.version && o.version !== 'v1.21.2') {
            throw new errors/* KustomizeError */.Kv('the specified OpenAPI version is not built in');
        }
    }
    makeCustomizedResMap() {
        if (this.k.buildMetadata?.length)
            this.origin = {};
        const ra = this.accumulateTarget(new Accumulator(this.ctx));
        // Hash suffixes, then name references, vars and local-config removal, after all
        // kustomizations have been accumulated.
        for (const r of ra.resMap.resources()) {
            if (!r.needHashSuffix())
                continue;
            const h = hashOf(r.node);
            r.storePreviousId();
            r.setName(`${r.name}-${h}`, r.node.field('metadata')?.field('name')?.src);
        }
        fixNameReferences(ra.resMap, ra.config.nameReference);
        resolveVars(ra.resMap, [...ra.vars.values()], ra.config.varReference, this.ctx);
        ra.resMap.list = ra.resMap.list.filter((r) => {
            const v = r.annotations().get(ANNO_LOCAL_CONFIG);
            return v === undefined || v.value === 'false';
        });
        return ra.resMap;
    }
    accumulateTarget(ra) {
        try {
            this.accumulateResources(ra, this.k.resources ?? [], 'resources');
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, 'accumulating resources');
        }
        const tc = makeTransformerConfig(this.ldr, this.k.configurations);
        ra.mergeConfig(tc);
        let crd;
        try {
            crd = configFromCrds(this.ldr, this.k.crds);
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `loading CRDs [${(this.k.crds ?? []).join(' ')}]`);
        }
        ra.mergeConfig(crd);
        this.runGenerators(ra);
        try {
            ra = this.accumulateComponents(ra, this.k.components ?? []);
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, 'accumulating components');
        }
        this.runTransformers(ra);
        externalPlugins(this, this.k.validators ?? [], (i) => this.at('validators', i), 'validators');
        try {
            ra.mergeVars(this.k.vars ?? [], (i) => this.at('vars', i));
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `merging vars [${(this.k.vars ?? []).map(goVar).join(' ')}]`);
        }
        return ra;
    }
    accumulateResources(ra, paths, field) {
        paths.forEach((path, i) => {
            const at = field ? this.at(field, i) : undefined;
            if (isRemote(path)) {
                // Never fetched: kubectl's failure without network, or (scans) left out with a notice.
                if (this.ctx.externalPlugins === 'skip') {
                    this.ctx.leftOut.push({ message: `remote resource '${path}' is never fetched`, at });
                    return;
                }
                throw new RemoteResourceError(`accumulation err='accumulating resources from '${path}': remote resources are never fetched'`, at);
            }
            let errF;
            try {
                this.accumulateFile(ra, path);
                return;
            }
            catch (e) {
                errF = (0,errors/* asKustomizeError */.ap)(e);
            }
            let sub;
            try {
                sub = this.ldr.newLoader(path);
            }
            catch (e) {
                if (errF.message.includes('MalformedYAMLError'))
                    throw (0,errors/* locate */.x5)(errF, at);
                throw (0,errors/* locate */.x5)((0,errors/* wrap */.LV)(e, `accumulation err='${errF.message}'`), at);
            }
            const saved = this.origin;
            if (this.origin)
                this.origin = { path: joinPath(this.origin.path, path) };
            try {
                this.accumulateDirectory(ra, sub, false);
            }
            catch (e) {
                throw (0,errors/* locate */.x5)((0,errors/* wrap */.LV)(e, `accumulation err='${errF.message}'`), at);
            }
            finally {
                this.origin = saved;
            }
        });
    }
    accumulateComponents(ra, paths) {
        paths.forEach((path, i) => {
            const at = this.at('components', i);
            let sub;
            try {
                sub = this.ldr.newLoader(path);
            }
            catch (e) {
                throw (0,errors/* locate */.x5)(new errors/* KustomizeError */.Kv(`loader.New ${JSON.stringify((0,errors/* asKustomizeError */.ap)(e).message)}`), at);
            }
            const saved = this.origin;
            if (this.origin)
                this.origin = { path: joinPath(this.origin.path, path) };
            try {
                ra = this.accumulateDirectory(ra, sub, true);
            }
            catch (e) {
                const k = (0,errors/* asKustomizeError */.ap)(e);
                const out = new errors/* KustomizeError */.Kv(`accumulateDirectory: ${JSON.stringify(k.message)}`);
                (0,arrays/* pushAll */.iI)(out.at, k.at);
                throw (0,errors/* locate */.x5)(out, at);
            }
            finally {
                this.origin = saved;
            }
        });
        return ra;
    }
    accumulateDirectory(ra, ldr, isComponent) {
        // Two overlays of one base per level make 2^levels copies of it: the budget bounds that.
        (0,budget/* work */.oJ)();
        const sub = new KustTarget(ldr, this.ctx);
        try {
            sub.load();
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `couldn't make target for path '${ldr.root}'`);
        }
        sub.k.buildMetadata = this.k.buildMetadata;
        sub.origin = this.origin;
        sub.applyOpenApi(false);
        if (isComponent && sub.k.kind !== 'Component') {
            throw new errors/* KustomizeError */.Kv(`expected kind 'Component' for path '${ldr.root}' but got '${sub.k.kind}'`);
        }
        else if (!isComponent && sub.k.kind === 'Component') {
            throw new errors/* KustomizeError */.Kv(`expected kind != 'Component' for path '${ldr.root}'`);
        }
        let subRa;
        try {
            if (isComponent) {
                subRa = sub.accumulateTarget(ra);
                ra = new Accumulator(this.ctx);
            }
            else {
                subRa = sub.accumulateTarget(new Accumulator(this.ctx));
            }
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `recursed accumulation of path '${ldr.root}'`);
        }
        try {
            ra.mergeAccumulator(subRa);
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `recursed merging from path '${ldr.root}'`);
        }
        return ra;
    }
    accumulateFile(ra, path) {
        let resources;
        try {
            const text = this.ldr.load(path);
            resources = this.resourcesFromText(text, (0,external_node_path_.join)(this.ldr.root, path));
        }
        catch (e) {
            const k = (0,errors/* asKustomizeError */.ap)(e);
            const msg = k.message.includes('MalformedYAMLError')
                ? `${k.message} in File: ${path}`
                : k.message;
            throw (0,errors/* wrap */.LV)(new errors/* KustomizeError */.Kv(msg), `accumulating resources from '${path}'`);
        }
        if (this.origin) {
            const o = originString({ path: joinPath(this.origin.path, path) });
            for (const r of resources) {
                if (!r.annotations().has(ANNO_ORIGIN))
                    r.setAnnotation(ANNO_ORIGIN, o);
            }
        }
        try {
            ra.resMap.appendAll(resources);
        }
        catch (e) {
            throw (0,errors/* wrap */.LV)(e, `merging resources from '${path}'`);
        }
    }
    /** RNodesFromBytes: documents, validated metadata, FooList items inlined. */
    resourcesFromText(text, file) {
        return resourcesFromNodes((0,parse/* readKyamlStream */.hQ)(text, file), this.ctx.api);
    }
    runGenerators(ra) {
        const gen = (kind, list) => {
            const field = kind === 'ConfigMap' ? 'configMapGenerator' : 'secretGenerator';
            (list ?? []).forEach((args0, i) => {
                const at = this.at(field, i);
                const args = { ...args0, options: mergeOptions(args0.options, this.k.generatorOptions) };
                const srcs = {
                    at,
                    envs: (j) => (0,strict_decode/* srcOf */.MT)(args0.envs, j),
                    literals: (j) => (0,strict_decode/* srcOf */.MT)(args0.literals, j),
                    files: (j) => (0,strict_decode/* srcOf */.MT)(args0.files, j),
                };
                let node;
                try {
                    node =
                        kind === 'ConfigMap'
                            ? makeConfigMap(this.ldr, args, srcs)
                            : makeSecret(this.ldr, args, srcs);
                }
                catch (e) {
                    throw (0,errors/* locate */.x5)(e, at);
                }
                const r = new Resource(node, this.ctx.api);
                if (!args.options?.disableNameSuffixHash)
                    r.enableHashSuffix();
                r.setBehavior(args.behavior === 'create' || args.behavior === 'merge' || args.behavior === 'replace'
                    ? args.behavior
                    : 'unspecified');
                this.addGeneratorOrigin(r, `${kind}Generator`);
                try {
                    ra.absorb(r);
                }
                catch (e) {
                    throw (0,errors/* locate */.x5)((0,errors/* wrap */.LV)(e, `merging from generator ${goGenerator(args)}`), at);
                }
            });
        };
        gen('ConfigMap', this.k.configMapGenerator);
        gen('Secret', this.k.secretGenerator);
        if (this.k.helmCharts?.length) {
            const charts = inflateHelmCharts(this, this.k.helmCharts, this.k.helmGlobals);
            for (const r of charts) {
                this.addGeneratorOrigin(r, 'HelmChartInflationGenerator');
                ra.absorb(r);
            }
        }
        this.currentRa = ra;
        for (const p of externalPlugins(this, this.k.generators ?? [], (i) => this.at('generators', i), 'generators')) {
            p(ra.resMap);
        }
    }
    /** The accumulator generators absorb into (for generator plugins). */
    currentRa;
    absorbGenerated(r, kind) {
        this.addGeneratorOrigin(r, kind);
        this.currentRa.absorb(r);
    }
    newResource(n) {
        return new Resource(n, this.ctx.api);
    }
    /** The plugin config resources an entry names: inline YAML, a file, or a kustomization. */
    configResources(entry, at) {
        try {
            const inline = resourcesFromNodes((0,parse/* readKyamlStream */.hQ)(entry, this.file, () => at?.start ?? 0), this.ctx.api);
            if (inline.length > 0)
                return inline;
        }
        catch {
            // Not inline YAML: a path.
        }
        const ra = new Accumulator(this.ctx);
        this.accumulateResources(ra, [entry], undefined);
        return ra.resMap.list;
    }
    transformMetaMap(m, pairs, fss, at) {
        transformMetaMap(m, pairs, fss, at, at);
    }
    transformPrefixSuffix(m, which, value, fss, at) {
        transformPrefixSuffix(m, which, value, fss, at);
    }
    transformNamespace(m, ns, fss, at, unsetOnly) {
        transformNamespace(m, ns, fss, at, unsetOnly);
    }
    transformReplicas(m, name, count, fss, at) {
        transformReplicas(m, name, count, fss, at);
    }
    addGeneratorOrigin(r, kind) {
        if (!this.origin || r.annotations().has(ANNO_ORIGIN))
            return;
        r.setAnnotation(ANNO_ORIGIN, originString({
            configuredIn: joinPath(this.origin.path, this.fileName),
            configuredBy: { apiVersion: 'builtin', kind },
        }));
    }
    runTransformers(ra) {
        const tc = ra.config;
        const m = ra.resMap;
        const k = this.k;
        // PatchStrategicMergeTransformer, PatchTransformer
        const patches = loadPatchEntries(this, k);
        applyPatches(this, m, patches.filter((p) => p.legacy === 'strategicMerge'));
        applyPatches(this, m, patches.filter((p) => p.legacy === undefined));
        if (k.namespace)
            transformNamespace(m, k.namespace, tc.namespace, this.at('namespace'));
        if (k.namePrefix)
            transformPrefixSuffix(m, 'prefix', k.namePrefix, tc.namePrefix, this.at('namePrefix'));
        if (k.nameSuffix)
            transformPrefixSuffix(m, 'suffix', k.nameSuffix, tc.nameSuffix, this.at('nameSuffix'));
        if (k.labels?.length || (k.commonLabels && Object.keys(k.commonLabels).length)) {
            for (const [i, label] of (k.labels ?? []).entries()) {
                let fss = (label.fields ?? []).map((f) => ({
                    gvk: { group: f.group ?? '', version: f.version ?? '', kind: f.kind ?? '' },
                    path: f.path,
                    create: f.create === true,
                }));
                fss = mergeAll(fss, tc.labels);
                if (label.includeSelectors)
                    fss = mergeAll(fss, tc.commonLabels);
                else {
                    if (label.includeTemplates)
                        fss = mergeAll(fss, tc.templateLabels);
                    fss = mergeOne(fss, {
                        gvk: { group: '', version: '', kind: '' },
                        path: 'metadata/labels',
                        create: true,
                    });
                }
                transformMetaMap(m, label.pairs ?? {}, fss, (0,strict_decode/* srcOf */.MT)(k.labels?.[i]?.pairs), (0,strict_decode/* srcOf */.MT)(k.labels?.[i]));
            }
            transformMetaMap(m, k.commonLabels ?? {}, tc.commonLabels, (0,strict_decode/* srcOf */.MT)(k.commonLabels), this.at('commonLabels'));
        }
        if (k.commonAnnotations && Object.keys(k.commonAnnotations).length) {
            transformMetaMap(m, k.commonAnnotations, tc.commonAnnotations, (0,strict_decode/* srcOf */.MT)(k.commonAnnotations), this.at('commonAnnotations'));
        }
        applyPatches(this, m, patches.filter((p) => p.legacy === 'json6902'));
        for (const [i, rep] of (k.replicas ?? []).entries()) {
            transformReplicas(m, rep.name ?? '', rep.count, tc.replicas, this.at('replicas', i));
        }
        for (const [i, img] of (k.images ?? []).entries()) {
            applyImage(m, img, tc.images, (0,strict_decode/* srcOf */.MT)(k.images, i), (0,strict_decode/* srcOf */.MT)(img));
        }
        if (k.replacements?.length) {
            applyReplacements(m, loadReplacements(this, k.replacements), this.ctx.api);
        }
        for (const p of externalPlugins(this, k.transformers ?? [], (i) => this.at('transformers', i), 'transformers')) {
            p(m);
        }
    }
}
function goGenerator(a) {
    return `&{${a.name ?? ''}}`;
}
/** Resources of parsed documents (RNodesFromBytes): validated, FooList items inlined. */
function resourcesFromNodes(nodes, api) {
    const queue = [...nodes];
    const out = [];
    while (queue.length) {
        const n = queue.shift();
        if ((0,node/* isNilOrEmpty */.E4)(n))
            continue;
        if (n.kind !== 'map')
            throw new errors/* KustomizeError */.Kv('missing Resource metadata');
        validateMetadata(n);
        const kind = n.field('kind')?.value ?? '';
        if (kind.endsWith('List')) {
            const items = n.field('items');
            if (items === undefined) {
                out.push(new Resource(n, api));
                continue;
            }
            if (items.tag === '!!null')
                continue;
            if (items.kind !== 'seq') {
                throw new errors/* KustomizeError */.Kv(`expected array in ${kind}/items, but found ${items.kind === 'map' ? 'map[string]interface {}' : 'string'}`);
            }
            for (const it of items.content) {
                if (it.kind !== 'map' || it.content.length === 0)
                    continue;
                validateMetadata(it);
                queue.push(it);
            }
            continue;
        }
        out.push(new Resource(n, api));
    }
    return out;
}
function validateMetadata(n) {
    const kind = n.field('kind');
    const meta = n.field('metadata');
    const name = meta?.field('name');
    const av = n.field('apiVersion');
    if (!kind && !av && !meta)
        throw new errors/* KustomizeError */.Kv('missing Resource metadata');
    const k = kind?.value ?? '';
    const describe = () => `{{${av?.value ?? ''} ${k}} {{${name?.value ?? ''} ${meta?.field('namespace')?.value ?? ''}} map[] map[]}}`;
    if (k === '')
        throw new errors/* KustomizeError */.Kv(`missing kind in object ${describe()}`);
    if (k.endsWith('List'))
        return;
    if (!name || name.value === '')
        throw new errors/* KustomizeError */.Kv(`missing metadata.name in object ${describe()}`);
}
/** A JSON-style value of a node (for an OpenAPI document read from YAML). */
function jsonOfNode(n) {
    if (n.kind === 'seq')
        return n.content.map(jsonOfNode);
    if (n.kind === 'map') {
        const out = {};
        for (const [k, v] of n.entries())
            out[k.value] = jsonOfNode(v);
        return out;
    }
    const r = (0,resolve/* resolvePlain */.Rg)(n.value, true);
    if (n.tag === node/* TAG_STR */.DQ || r.tag === 'str' || r.tag === 'timestamp')
        return n.value;
    if (r.tag === 'int')
        return Number(r.value);
    return r.value;
}
// ---- built-in transformers without a file of their own ----
const PREFIX_SKIP = [
    { group: '', version: '', kind: 'CustomResourceDefinition' },
    { group: 'apiregistration.k8s.io', version: '', kind: 'APIService' },
    { group: '', version: '', kind: 'Namespace' },
];
function transformPrefixSuffix(m, which, value, fss, src) {
    for (const r of m.resources()) {
        const org = r.orgId();
        if (PREFIX_SKIP.some((s) => resid_gvkSelected(org.gvk, s)))
            continue;
        for (const fs of fss) {
            if (!resid_gvkSelected(org.gvk, fs.gvk))
                continue;
            if (fs.path === 'metadata/name') {
                if (which === 'prefix')
                    r.addNamePrefix(value);
                else
                    r.addNameSuffix(value);
                r.storePreviousId();
            }
            applyFieldSpec(r.node, fs, (n) => {
                const v = which === 'prefix' ? value + n.value : n.value + value;
                setEntry('', v, '', n.src ?? src)(n);
            }, { createKind: 'scalar', createTag: node/* TAG_STR */.DQ, src });
        }
    }
}
function transformNamespace(m, ns, fss, src, unsetOnly = false) {
    for (const r of m.resources()) {
        if (r.isEmpty())
            continue;
        r.storePreviousId();
        const apiVersion = r.apiVersion;
        let specs = fss.filter((f) => f.path !== 'metadata/namespace' && (apiVersion === 'v1' || f.path !== 'metadata/name'));
        const setAlways = setEntry('', ns, node/* TAG_STR */.DQ, src);
        // unsetOnly (NamespaceTransformer option): only where no namespace is set yet.
        const set = unsetOnly
            ? (n) => {
                if (n.kind === 'scalar' && n.tag !== '!!null' && n.value !== '')
                    return;
                if (n.kind === 'map' && n.field('')?.value)
                    return;
                setAlways(n);
            }
            : setAlways;
        if (!r.curId().clusterScoped) {
            applyFieldSpec(r.node, { gvk: { group: '', version: '', kind: '' }, path: 'metadata/namespace', create: true }, set, {
                createKind: 'scalar',
                src,
            });
        }
        const kind = r.kind;
        if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
            specs = specs.filter((f) => !((f.gvk.kind === 'RoleBinding' || f.gvk.kind === 'ClusterRoleBinding') &&
                f.path === 'subjects/namespace'));
            const subjects = r.node.field('subjects');
            if (subjects && subjects.tag !== '!!null') {
                for (const s of subjects.kind === 'seq' ? subjects.content : []) {
                    if (s.kind !== 'map')
                        continue;
                    if (s.field('name')?.value !== 'default')
                        continue;
                    set(s.fieldOrCreate('namespace', 'scalar', src));
                }
            }
        }
        for (const fs of specs) {
            try {
                applyFieldSpec(r.node, fs, set, { createKind: 'scalar', createTag: node/* TAG_STR */.DQ, src });
            }
            catch (e) {
                throw (0,errors/* wrap */.LV)(e, 'namespace transformation failed');
            }
        }
        const id = r.curId();
        if (m.byCurrentId((x) => idEquals(id, x)).length !== 1) {
            throw new errors/* KustomizeError */.Kv(`namespace transformation produces ID conflict: ${resIdString(id)}`, src);
        }
    }
}
/** Labels and annotations (LabelTransformer, AnnotationsTransformer). */
function transformMetaMap(m, pairs, fss, values, at) {
    const keys = Object.keys(pairs).sort(compareGo);
    if (keys.length === 0)
        return;
    for (const r of m.resources()) {
        if (r.isEmpty())
            continue;
        for (const k of keys) {
            const src = (0,strict_decode/* srcOf */.MT)(pairs, k) ?? values ?? at;
            for (const fs of fss) {
                applyFieldSpec(r.node, fs, setEntry(k, pairs[k], node/* TAG_STR */.DQ, src), {
                    createKind: 'map',
                    createTag: node/* TAG_MAP */.sA,
                    src,
                });
            }
        }
    }
}
function transformReplicas(m, name, count, fss, src) {
    let found = false;
    for (const fs of fss) {
        const list = m.byAnyId((id) => id.name === name && resid_gvkSelected(id.gvk, fs.gvk));
        if (list.length === 0)
            continue;
        found = true;
        for (const r of list) {
            applyFieldSpec(r.node, fs, setEntry('', String(count), node/* TAG_INT */.rP, src), {
                createKind: 'scalar',
                createTag: node/* TAG_INT */.rP,
                src,
            });
        }
    }
    if (!found) {
        const gvks = fss.map((f) => `${f.gvk.kind || '[noKind]'}.${f.gvk.version || '[noVer]'}.${f.gvk.group || '[noGrp]'}`);
        throw new errors/* KustomizeError */.Kv(`resource with name ${name} does not match a config with the following GVK [${gvks.join(' ')}]`, src);
    }
}
// ---- sorting and the kustomizer ----
function sortResources(m, k) {
    const so = k.sortOptions;
    let first = DEFAULT_ORDER.first;
    let last = DEFAULT_ORDER.last;
    if (so) {
        const order = so.order ?? '';
        if (order !== 'fifo' && order !== 'legacy') {
            throw new errors/* KustomizeError */.Kv("the field 'sortOptions.order' must be one of [fifo, legacy]");
        }
        if (order === 'fifo') {
            if (so.legacySortOptions) {
                throw new errors/* KustomizeError */.Kv("the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'");
            }
            return;
        }
        if (so.legacySortOptions) {
            first = so.legacySortOptions.orderFirst ?? [];
            last = so.legacySortOptions.orderLast ?? [];
        }
    }
    const orders = typeOrders(first, last);
    const ids = new Map(m.list.map((r) => [r, r.curId()]));
    m.list.sort((a, b) => {
        const x = ids.get(a);
        const y = ids.get(b);
        return legacyLess(x, y, orders) ? -1 : legacyLess(y, x, orders) ? 1 : 0;
    });
}
/** kubectl kustomize DIR: the resources in output order, or a KustomizeError. */
function build(dir, opts = {}) {
    const ctx = {
        api: new OpenApi(),
        loaderCtx: {
            restrictor: opts.restrictor ?? 'rootOnly',
            fence: opts.fence,
            read: new Set(),
            texts: new Map(),
        },
        stderr: [],
        leftOut: [],
        enableHelm: opts.enableHelm ?? false,
        kustomizations: new Set(),
        patchFiles: new Set(),
        chartDirs: new Set(),
        externalPlugins: opts.externalPlugins ?? 'error',
        helmKubeVersion: opts.helmKubeVersion,
        helmApiVersions: opts.helmApiVersions,
    };
    try {
        return buildIn(dir, ctx, opts);
    }
    catch (e) {
        const k = (0,errors/* asKustomizeError */.ap)(e);
        Object.assign(k, { stderr: ctx.stderr, ctx });
        throw k;
    }
}
function buildIn(dir, ctx, opts) {
    const ldr = Loader.at(dir, ctx.loaderCtx);
    const kt = new KustTarget(ldr, ctx);
    kt.load();
    kt.applyOpenApi(true);
    const m = kt.makeCustomizedResMap();
    if (kt.k.sortOptions || opts.reorder !== 'none')
        sortResources(m, kt.k);
    const meta = kt.k.buildMetadata ?? [];
    if (opts.managedByLabel || meta.includes('managedByLabel')) {
        for (const r of m.list) {
            applyFieldSpec(r.node, { gvk: { group: '', version: '', kind: '' }, path: 'metadata/labels', create: true }, setEntry('app.kubernetes.io/managed-by', 'kustomize-v5.7.1', node/* TAG_STR */.DQ), { createKind: 'map', createTag: node/* TAG_MAP */.sA });
        }
    }
    for (const r of m.list)
        r.removeBuildAnnotations();
    if (!meta.includes('originAnnotations')) {
        for (const r of m.list) {
            const a = r.annotations();
            a.delete(ANNO_ORIGIN);
            r.setAnnotations(a);
        }
    }
    if (!meta.includes('transformerAnnotations')) {
        for (const r of m.list) {
            const a = r.annotations();
            a.delete(ANNO_TRANSFORMATIONS);
            r.setAnnotations(a);
        }
    }
    return { resources: m.list, ctx };
}
/** The YAML kubectl kustomize prints for the resources. */
function renderResources(resources) {
    return resources.map((r) => (0,encode/* resourceYaml */.oY)(r.node)).join('---\n');
}



/***/ }),

/***/ 9012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TT: () => (/* binding */ goValueOf),
/* harmony export */   Um: () => (/* binding */ scalarValue),
/* harmony export */   oO: () => (/* binding */ resourceValue),
/* harmony export */   oY: () => (/* binding */ resourceYaml)
/* harmony export */ });
/* unused harmony export decodedTag */
/* harmony import */ var _helm_gomap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4649);
/* harmony import */ var _helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7205);
/* harmony import */ var _helm_yaml_to_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9972);
/* harmony import */ var _template_value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1886);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4969);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1339);
/* harmony import */ var _node_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3766);
/**
 * A resource as kustomize prints it (Resource.AsYAML): the node is encoded with go-yaml
 * v3, decoded back into map[string]interface{}, marshalled to JSON and turned into YAML by
 * sigs.k8s.io/yaml (go-yaml v2). That last step is Helm's toYaml, which this project
 * already reproduces byte for byte (src/helm/yaml), so here only the first round trip is
 * modelled: which Go value each node becomes.
 */







const QUOTED = _node_js__WEBPACK_IMPORTED_MODULE_6__/* .STYLE_DOUBLE */ .yN | _node_js__WEBPACK_IMPORTED_MODULE_6__/* .STYLE_SINGLE */ .Bn | _node_js__WEBPACK_IMPORTED_MODULE_6__/* .STYLE_LITERAL */ .QE | _node_js__WEBPACK_IMPORTED_MODULE_6__/* .STYLE_FOLDED */ .d8;
/** The tag a scalar is written with by the v3 encoder ('' = implicit), and whether it is forced to quotes. */
function emittedTag(n) {
    let tag = n.tag;
    let quoted = (n.style & QUOTED) !== 0;
    if (tag !== '' && (n.style & _node_js__WEBPACK_IMPORTED_MODULE_6__/* .STYLE_TAGGED */ .fQ) === 0) {
        if (tag === _node_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_STR */ .DQ && quoted)
            tag = '';
        else {
            const rtag = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvedTag */ .DQ)(n.value);
            if (rtag === tag)
                tag = '';
            else if (tag === _node_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_STR */ .DQ) {
                tag = '';
                quoted = true;
            }
        }
    }
    return { tag, quoted };
}
/** The tag go-yaml v3 gives the scalar when it reads the encoded text back (ShortTag). */
function decodedTag(n) {
    if (n.kind === 'map')
        return '!!map';
    if (n.kind === 'seq')
        return '!!seq';
    const { tag, quoted } = emittedTag(n);
    if (tag !== '')
        return tag;
    return quoted ? _node_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_STR */ .DQ : (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvedTag */ .DQ)(n.value);
}
function decodeError(tag, value) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv(`yaml: unmarshal errors:\n  cannot decode ${tag} \`${value}\` as a ${tag}`);
}
/** A scalar's Go value after the v3 round trip. */
function scalarValue(n) {
    const { tag, quoted } = emittedTag(n);
    if (tag === '') {
        if (quoted)
            return n.value;
        return plainValue(n.value);
    }
    switch (tag) {
        case _node_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_STR */ .DQ:
        case '!!binary':
            return tag === '!!binary'
                ? Buffer.from(n.value.replace(/\s+/g, ''), 'base64').toString('latin1')
                : n.value;
        case '!!null':
            return null;
        case '!!bool': {
            const r = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlain */ .Rg)(n.value, true);
            if (r.tag !== 'bool')
                throw decodeError(tag, n.value);
            return r.value;
        }
        case '!!int': {
            const plain = n.value.replace(/_/g, '');
            const i = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoInt */ .bm)(plain);
            if (typeof i === 'bigint')
                return i;
            const u = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoUint */ ._L)(plain);
            if (typeof u === 'bigint')
                return u;
            const r = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlain */ .Rg)(n.value, true);
            if (r.tag === 'int')
                return r.value;
            if (r.tag === 'float' && Number.isInteger(r.value))
                return BigInt(r.value);
            throw decodeError(tag, n.value);
        }
        case '!!float': {
            const r = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlain */ .Rg)(n.value, true);
            if (r.tag === 'float')
                return r.value;
            if (r.tag === 'int')
                return Number(r.value);
            throw decodeError(tag, n.value);
        }
        case '!!timestamp':
            return goTimestamp(n.value) ?? n.value;
        default:
            // Unknown tags decode into interface{} as their text.
            return n.value;
    }
}
function plainValue(s) {
    const r = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePlain */ .Rg)(s, true);
    switch (r.tag) {
        case 'null':
            return null;
        case 'bool':
            return r.value;
        case 'int':
            return r.value;
        case 'float':
            return r.value;
        case 'timestamp':
            // go-yaml v3 decodes a plain timestamp into time.Time, which JSON prints in RFC 3339.
            return goTimestamp(s) ?? s;
        default:
            return s;
    }
}
/** A value isGoTimestamp accepted, as the time.Time go-yaml makes of it. */
function goTimestamp(s) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]| +)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?(Z|[+-]\d\d:\d\d)?)?$/.exec(s);
    if (!m)
        return undefined;
    const [, y, mo, d, h = '0', mi = '0', se = '0', frac = '', zone = ''] = m;
    let offset = 0;
    if (zone && zone !== 'Z') {
        offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    }
    const digits = (frac + '000000000').slice(0, 9);
    const ms = Number(digits.slice(0, 3));
    const date = new Date(Date.UTC(2000, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se), ms));
    date.setUTCFullYear(Number(y));
    const utc = date.getTime();
    return new _template_value_js__WEBPACK_IMPORTED_MODULE_3__/* .GoTime */ .yT(utc - offset * 60000, offset, offset === 0 ? 'UTC' : '', Number(digits.slice(3)));
}
class UnsupportedMap extends Error {
}
/** v3's isStringMap: every key reads back as a string (or a merge key). */
function isStringMap(n) {
    for (let i = 0; i < n.content.length; i += 2) {
        const t = decodedTag(n.content[i]);
        if (t !== _node_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_STR */ .DQ && t !== '!!merge')
            return false;
    }
    return true;
}
/** The Go value a node decodes to; `top` is the map[string]interface{} the resource decodes into. */
function goValueOf(n, top = false) {
    switch (n.kind) {
        case 'scalar':
            return scalarValue(n);
        case 'seq':
            return n.content.map((c) => goValueOf(c));
        case 'map': {
            if (!top && !isStringMap(n))
                throw new UnsupportedMap();
            const out = {};
            for (let i = 0; i + 1 < n.content.length; i += 2) {
                (0,_helm_gomap_js__WEBPACK_IMPORTED_MODULE_0__/* .setKey */ .qL)(out, n.content[i].value, goValueOf(n.content[i + 1]));
            }
            return out;
        }
    }
}
/** The resource as kubectl kustomize prints it (ends with a newline). */
function resourceYaml(n) {
    let v;
    try {
        v = goValueOf(n, true);
    }
    catch (e) {
        if (e instanceof UnsupportedMap) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv('json: unsupported type: map[interface {}]interface {}');
        }
        throw e;
    }
    try {
        return (0,_helm_yaml_to_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .marshalYaml */ ._D)(v);
    }
    catch (e) {
        if (e instanceof _helm_yaml_to_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlMarshalError */ .c8)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv(e.message);
        throw e;
    }
}
/** The resource as a plain Go value (RNode.Map / MarshalJSON), for JSON patches and hashes. */
function resourceValue(n) {
    try {
        return goValueOf(n, true);
    }
    catch (e) {
        if (e instanceof UnsupportedMap) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv('json: unsupported type: map[interface {}]interface {}');
        }
        throw e;
    }
}


/***/ }),

/***/ 4969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kv: () => (/* binding */ KustomizeError),
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   ap: () => (/* binding */ asKustomizeError),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var _core_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8170);

class KustomizeError extends Error {
    /** The kustomization entry (or file) that led to the error, innermost first. */
    at = [];
    constructor(message, at) {
        super(message);
        if (at)
            this.at.push(at);
    }
}
/** errors.WrapPrefixf: "prefix: message", keeping where the error arose. */
function wrap(e, prefix, at) {
    const inner = asKustomizeError(e);
    const out = new KustomizeError(`${prefix}: ${inner.message}`);
    (0,_core_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .pushAll */ .iI)(out.at, inner.at);
    if (at)
        out.at.push(at);
    return out;
}
/** Adds the place a person edits to an error (kept innermost-first). */
function locate(e, at) {
    const k = asKustomizeError(e);
    if (at)
        k.at.push(at);
    return k;
}
function asKustomizeError(e) {
    if (e instanceof KustomizeError)
        return e;
    const k = new KustomizeError(e instanceof Error ? e.message : String(e));
    if (e instanceof Error && e.stack)
        k.stack = e.stack;
    return k;
}


/***/ }),

/***/ 8273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ KUSTOMIZATION_SPEC),
/* harmony export */   YU: () => (/* binding */ KUSTOMIZATION_FILE_NAMES),
/* harmony export */   oe: () => (/* binding */ loadKustomization)
/* harmony export */ });
/* unused harmony exports KUSTOMIZATION_VERSION, COMPONENT_VERSION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4969);
/* harmony import */ var _strict_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4878);


const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const KUSTOMIZATION_VERSION = 'kustomize.config.k8s.io/v1beta1';
const COMPONENT_VERSION = 'kustomize.config.k8s.io/v1alpha1';
const strings = { list: 'string' };
const stringMap = { map: 'string' };
const fieldSpec = {
    struct: 'FieldSpec',
    fields: { group: 'string', version: 'string', kind: 'string', path: 'string', create: 'bool' },
};
const selector = {
    struct: 'Selector',
    fields: {
        group: 'string',
        version: 'string',
        kind: 'string',
        name: 'string',
        namespace: 'string',
        annotationSelector: 'string',
        labelSelector: 'string',
    },
};
const patch = {
    struct: 'Patch',
    fields: { path: 'string', patch: 'string', target: selector, options: { map: 'bool' } },
};
const image = {
    struct: 'Image',
    fields: {
        name: 'string',
        newName: 'string',
        tagSuffix: 'string',
        newTag: 'string',
        digest: 'string',
    },
};
const fieldOptions = {
    struct: 'FieldOptions',
    fields: { delimiter: 'string', index: 'int', encoding: 'string', create: 'bool' },
};
const replacement = {
    struct: 'ReplacementField',
    fields: {
        source: {
            struct: 'SourceSelector',
            inline: [selector],
            fields: { fieldPath: 'string', options: fieldOptions },
        },
        targets: {
            list: {
                struct: 'TargetSelector',
                fields: {
                    select: selector,
                    reject: { list: selector },
                    fieldPaths: strings,
                    options: fieldOptions,
                },
            },
        },
        sourceValue: 'string',
        path: 'string',
    },
};
const generatorOptions = {
    struct: 'GeneratorOptions',
    fields: {
        labels: stringMap,
        annotations: stringMap,
        disableNameSuffixHash: 'bool',
        immutable: 'bool',
    },
};
const generatorArgs = {
    struct: 'GeneratorArgs',
    fields: {
        namespace: 'string',
        name: 'string',
        behavior: 'string',
        literals: strings,
        files: strings,
        envs: strings,
        env: 'string',
        options: generatorOptions,
    },
};
const helmChart = {
    struct: 'HelmChart',
    fields: {
        name: 'string',
        version: 'string',
        repo: 'string',
        releaseName: 'string',
        namespace: 'string',
        additionalValuesFiles: strings,
        valuesFile: 'string',
        valuesInline: { map: 'any' },
        valuesMerge: 'string',
        includeCRDs: 'bool',
        skipHooks: 'bool',
        apiVersions: strings,
        kubeVersion: 'string',
        nameTemplate: 'string',
        skipTests: 'bool',
        debug: 'bool',
        devel: 'bool',
    },
};
const KUSTOMIZATION_SPEC = {
    struct: 'Kustomization',
    fields: {
        apiVersion: 'string',
        kind: 'string',
        metadata: {
            struct: 'ObjectMeta',
            fields: { name: 'string', namespace: 'string', labels: stringMap, annotations: stringMap },
        },
        openapi: stringMap,
        namePrefix: 'string',
        nameSuffix: 'string',
        namespace: 'string',
        commonLabels: stringMap,
        labels: {
            list: {
                struct: 'Label',
                fields: {
                    pairs: stringMap,
                    includeSelectors: 'bool',
                    includeTemplates: 'bool',
                    fields: { list: fieldSpec },
                },
            },
        },
        commonAnnotations: stringMap,
        patchesStrategicMerge: strings,
        patchesJson6902: { list: patch },
        patches: { list: patch },
        images: { list: image },
        imageTags: { list: image },
        replacements: { list: replacement },
        replicas: { list: { struct: 'Replica', fields: { name: 'string', count: 'int' } } },
        vars: {
            list: {
                struct: 'Var',
                fields: {
                    name: 'string',
                    objref: {
                        struct: 'Target',
                        fields: {
                            group: 'string',
                            version: 'string',
                            kind: 'string',
                            apiVersion: 'string',
                            name: 'string',
                            namespace: 'string',
                        },
                    },
                    fieldref: { struct: 'FieldSelector', fields: { fieldPath: 'string' } },
                },
            },
        },
        sortOptions: {
            struct: 'SortOptions',
            fields: {
                order: 'string',
                legacySortOptions: {
                    struct: 'LegacySortOptions',
                    fields: { orderFirst: strings, orderLast: strings },
                },
            },
        },
        resources: strings,
        components: strings,
        crds: strings,
        bases: strings,
        configMapGenerator: { list: generatorArgs },
        secretGenerator: {
            list: { struct: 'SecretArgs', inline: [generatorArgs], fields: { type: 'string' } },
        },
        helmGlobals: { struct: 'HelmGlobals', fields: { chartHome: 'string', configHome: 'string' } },
        helmCharts: { list: helmChart },
        helmChartInflationGenerator: {
            list: {
                struct: 'HelmChartArgs',
                fields: {
                    chartName: 'string',
                    chartVersion: 'string',
                    chartRepoUrl: 'string',
                    chartHome: 'string',
                    chartRepoName: 'string',
                    helmBin: 'string',
                    helmHome: 'string',
                    values: 'string',
                    valuesLocal: { map: 'any' },
                    valuesMerge: 'string',
                    releaseName: 'string',
                    releaseNamespace: 'string',
                    extraArgs: strings,
                },
            },
        },
        generatorOptions,
        configurations: strings,
        generators: strings,
        transformers: strings,
        validators: strings,
        buildMetadata: strings,
    },
};
const FIX = "Run 'kustomize edit fix' to update your Kustomization automatically.";
const FIX_EXPERIMENTAL = `[EXPERIMENTAL] ${FIX}`;
const DEPRECATIONS = [
    ['bases', `# Warning: 'bases' is deprecated. Please use 'resources' instead. ${FIX}`],
    ['commonLabels', `# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. ${FIX}`],
    ['imageTags', `# Warning: 'imageTags' is deprecated. Please use 'images' instead. ${FIX}`],
    [
        'patchesJson6902',
        `# Warning: 'patchesJson6902' is deprecated. Please use 'patches' instead. ${FIX}`,
    ],
    [
        'patchesStrategicMerge',
        `# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead. ${FIX}`,
    ],
    [
        'vars',
        `# Warning: 'vars' is deprecated. Please use 'replacements' instead. ${FIX_EXPERIMENTAL}`,
    ],
];
/**
 * Unmarshal, CheckDeprecatedFields, FixKustomization, CheckEmpty and EnforceFields, in
 * kustomize's order. `root` is the directory kustomize names in the EnforceFields error.
 */
function loadKustomization(text, file, root) {
    let k;
    try {
        k = (0,_strict_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .strictDecode */ .ub)(text, file, KUSTOMIZATION_SPEC);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KustomizeError */ .Kv(`invalid Kustomization: ${e.message}`);
    }
    const warnings = DEPRECATIONS.filter(([f]) => k[f] !== undefined).map(([, w]) => w);
    fixKustomization(k);
    if (isEmpty(k))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KustomizeError */ .Kv('kustomization.yaml is empty');
    const errs = [];
    if (k.kind !== 'Kustomization' && k.kind !== 'Component') {
        errs.push('kind should be Kustomization or Component');
    }
    const required = k.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
    if (k.apiVersion && k.apiVersion !== required) {
        errs.push(`apiVersion for ${k.kind} should be ${required}`);
    }
    if (errs.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KustomizeError */ .Kv(`Failed to read kustomization file under ${root}:\n${errs.join('\n')}`);
    }
    return { k, warnings };
}
function fixKustomization(k) {
    if (!k.kind)
        k.kind = 'Kustomization';
    if (!k.apiVersion)
        k.apiVersion = k.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
    k.resources = concat(k.resources, k.bases);
    delete k.bases;
    k.images = concat(k.images, k.imageTags);
    delete k.imageTags;
    for (const g of [...(k.configMapGenerator ?? []), ...(k.secretGenerator ?? [])]) {
        if (g.env) {
            g.envs = [...(g.envs ?? []), g.env];
            delete g.env;
        }
    }
    const legacy = k.helmChartInflationGenerator ?? [];
    if (legacy.length) {
        const charts = [];
        let globals = {};
        for (const p of legacy) {
            charts.push({
                name: p.chartName,
                version: p.chartVersion,
                repo: p.chartRepoUrl,
                releaseName: p.releaseName,
                namespace: p.releaseNamespace,
                valuesFile: p.values,
                valuesInline: p.valuesLocal,
                valuesMerge: p.valuesMerge,
            });
            globals = { chartHome: p.chartHome, configHome: p.helmHome };
        }
        if (!k.helmGlobals && (globals.chartHome || globals.configHome))
            k.helmGlobals = globals;
        k.helmCharts = [...(k.helmCharts ?? []), ...charts];
    }
    delete k.helmChartInflationGenerator;
}
/** Go's append(a, b...): nil when both are nil, else the concatenation. */
function concat(a, b) {
    if (a === undefined && b === undefined)
        return undefined;
    if (b === undefined || b.length === 0)
        return a;
    return (0,_strict_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .concatWithPlaces */ .$X)(a ?? [], b);
}
/** CheckEmpty: nothing but apiVersion and kind was decoded. */
function isEmpty(k) {
    return Object.keys(k).every((f) => f === 'apiVersion' || f === 'kind' || k[f] === undefined);
}


/***/ }),

/***/ 3766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   Bn: () => (/* binding */ STYLE_SINGLE),
/* harmony export */   DQ: () => (/* binding */ TAG_STR),
/* harmony export */   E4: () => (/* binding */ isNilOrEmpty),
/* harmony export */   Ef: () => (/* binding */ isStringNode),
/* harmony export */   ID: () => (/* binding */ setYaml11NonStringCheck),
/* harmony export */   KG: () => (/* binding */ TAG_BOOL),
/* harmony export */   NY: () => (/* binding */ TAG_NULL),
/* harmony export */   QE: () => (/* binding */ STYLE_LITERAL),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   Ug: () => (/* binding */ TAG_FLOAT),
/* harmony export */   Yy: () => (/* binding */ KNode),
/* harmony export */   d8: () => (/* binding */ STYLE_FOLDED),
/* harmony export */   fC: () => (/* binding */ isMissingOrNull),
/* harmony export */   fQ: () => (/* binding */ STYLE_TAGGED),
/* harmony export */   j4: () => (/* binding */ TAG_SEQ),
/* harmony export */   qm: () => (/* binding */ isEmptyMap),
/* harmony export */   rP: () => (/* binding */ TAG_INT),
/* harmony export */   sA: () => (/* binding */ TAG_MAP),
/* harmony export */   yN: () => (/* binding */ STYLE_DOUBLE)
/* harmony export */ });
/* unused harmony exports STYLE_FLOW, isYaml11NonString, stringMap */
/* harmony import */ var _core_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6785);
/**
 * The YAML node tree kustomize works on (kyaml's RNode over go-yaml v3's yaml.Node), with
 * the place each node was written: every transformer edits these nodes in place, so after
 * a build a node still says which file and line set it (the base resource, the patch, the
 * kustomization entry that rewrote an image).
 *
 * Scalars keep their go-yaml v3 tag ('' for a node kustomize made without one, which the
 * final encoding resolves from its text) and style: both decide what type the value has in
 * the output, exactly as the v3 encoder and decoder round trip decides it in kustomize.
 */

/** go-yaml v3 style bits (only those that change meaning). */
const STYLE_TAGGED = 1;
const STYLE_DOUBLE = 2;
const STYLE_SINGLE = 4;
const STYLE_LITERAL = 8;
const STYLE_FOLDED = 16;
const STYLE_FLOW = 32;
const TAG_STR = '!!str';
const TAG_INT = '!!int';
const TAG_FLOAT = '!!float';
const TAG_BOOL = '!!bool';
const TAG_NULL = '!!null';
const TAG_MAP = '!!map';
const TAG_SEQ = '!!seq';
class KNode {
    kind;
    tag;
    value;
    style;
    /** Map content alternates keys and values, as yaml.Node.Content does. */
    content;
    src;
    /** A null that a merge keeps (kyaml's ShouldKeep on MakePersistentNullNode). */
    keep;
    constructor(kind, tag, value = '', style = 0, content, src) {
        this.kind = kind;
        this.tag = tag;
        this.value = value;
        this.style = style;
        this.content = content ?? [];
        this.src = src;
    }
    static scalar(value, tag = '', src) {
        return new KNode('scalar', tag, value, 0, undefined, src);
    }
    /** yaml.Node.SetString: a !!str scalar, literal style when it spans lines. */
    static string(value, src) {
        const n = new KNode('scalar', TAG_STR, value, 0, undefined, src);
        if (value.includes('\n'))
            n.style = STYLE_LITERAL;
        return n;
    }
    static map(src) {
        return new KNode('map', TAG_MAP, '', 0, [], src);
    }
    static seq(src) {
        return new KNode('seq', TAG_SEQ, '', 0, [], src);
    }
    static null(src) {
        return new KNode('scalar', TAG_NULL, 'null', 0, undefined, src);
    }
    get isMap() {
        return this.kind === 'map';
    }
    get isSeq() {
        return this.kind === 'seq';
    }
    get isScalar() {
        return this.kind === 'scalar';
    }
    /** Deep copy (yaml.Node copy with copied children). */
    clone() {
        (0,_core_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .work */ .oJ)();
        return new KNode(this.kind, this.tag, this.value, this.style, this.content.map((c) => c.clone()), this.src);
    }
    /** RNode.SetYNode: this node becomes a shallow copy of `other` (children shared). */
    assign(other) {
        this.kind = other.kind;
        this.tag = other.tag;
        this.value = other.value;
        this.style = other.style;
        this.content = other.content;
        this.src = other.src;
    }
    // ---- mappings ----
    /** Index of the key named `name` in content (the last one wins, as kyaml visits all). */
    keyIndex(name) {
        for (let i = 0; i + 1 < this.content.length; i += 2) {
            if (this.content[i].value === name)
                return i;
        }
        return -1;
    }
    /** The value of field `name`, or undefined. */
    field(name) {
        if (this.kind !== 'map')
            return undefined;
        const i = this.keyIndex(name);
        return i < 0 ? undefined : this.content[i + 1];
    }
    /** The key node of field `name`, or undefined. */
    fieldKey(name) {
        if (this.kind !== 'map')
            return undefined;
        const i = this.keyIndex(name);
        return i < 0 ? undefined : this.content[i];
    }
    fieldNames() {
        const out = [];
        for (let i = 0; i + 1 < this.content.length; i += 2)
            out.push(this.content[i].value);
        return out;
    }
    *entries() {
        for (let i = 0; i + 1 < this.content.length; i += 2)
            yield [this.content[i], this.content[i + 1]];
    }
    /** yaml.Clear: removes field `name`; returns its value. */
    clear(name) {
        if (this.kind !== 'map')
            return undefined;
        const i = this.keyIndex(name);
        if (i < 0)
            return undefined;
        const removed = this.content[i + 1];
        this.content.splice(i, 2);
        return removed;
    }
    /**
     * FieldSetter with a name: replaces the field's value in place (keeping the old style, as
     * kyaml does) or appends the field. A tagged null value clears the field.
     */
    setField(name, value, keySrc) {
        if (value === undefined || (value.tag === TAG_NULL && !value.keep)) {
            this.clear(name);
            return undefined;
        }
        prepareStringStyle(value);
        const i = this.keyIndex(name);
        if (i >= 0) {
            const field = this.content[i + 1];
            value.style = field.style;
            field.assign(value);
            return field;
        }
        this.content.push(KNode.scalar(name, '', keySrc ?? value.src), value);
        return value;
    }
    /** FieldSetter without a name on a scalar: this node takes the value (keeping its style). */
    setScalarValue(value) {
        prepareStringStyle(value);
        value.style = this.style;
        this.assign(value);
    }
    /** LookupCreate of one field: the field's value, created with `kind` when absent. */
    fieldOrCreate(name, kind, src) {
        const f = this.field(name);
        if (f)
            return f;
        const n = new KNode(kind, '', '', 0, [], src);
        this.content.push(KNode.scalar(name, '', src), n);
        return n;
    }
}
/** Whether a node is missing or a tagged null (kyaml's IsMissingOrNull). */
function isMissingOrNull(n) {
    return n === undefined || n.tag === TAG_NULL;
}
/** kyaml's IsNilOrEmpty: missing, null, or an empty map or sequence. */
function isNilOrEmpty(n) {
    return (n === undefined ||
        n.tag === TAG_NULL ||
        ((n.kind === 'map' || n.kind === 'seq') && n.content.length === 0));
}
function isEmptyMap(n) {
    return n === undefined || isMissingOrNull(n) || (n.kind === 'map' && n.content.length === 0);
}
/** kyaml's GetValue: the scalar text, "" for a missing or null node. */
function valueOf(n) {
    return n === undefined || isMissingOrNull(n) ? '' : n.value;
}
/** IsYNodeString: a scalar tagged !!str or not tagged at all. */
function isStringNode(n) {
    return n.kind === 'scalar' && (n.tag === TAG_STR || n.tag === '');
}
/**
 * FieldSetter's first step: a plain string value that YAML 1.1 would read as something else
 * ("yes", "1.0", "[a]") is double quoted, so that it stays a string.
 */
function prepareStringStyle(value) {
    if (isStringNode(value) && value.style === 0 && isYaml11NonString(value.value)) {
        value.style = STYLE_DOUBLE;
    }
}
let yaml11Check;
/** Installed by the YAML module (avoids a dependency cycle). */
function setYaml11NonStringCheck(fn) {
    yaml11Check = fn;
}
function isYaml11NonString(s) {
    return yaml11Check ? yaml11Check(s) : false;
}
/** Walks a path of field names; undefined when any step is missing. */
function lookup(n, ...path) {
    let cur = n;
    for (const p of path) {
        if (!cur || cur.kind !== 'map')
            return undefined;
        cur = cur.field(p);
    }
    return cur;
}
/** A map of strings as kyaml reads metadata.labels/annotations (scalar texts). */
function stringMap(n) {
    const out = new Map();
    if (!n || n.kind !== 'map')
        return out;
    for (const [k, v] of n.entries())
        out.set(k.value, v.value);
    return out;
}


/***/ }),

/***/ 1339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ resolvedTag),
/* harmony export */   hQ: () => (/* binding */ readKyamlStream),
/* harmony export */   j: () => (/* binding */ shortTag)
/* harmony export */ });
/* unused harmony exports readKyamlDocument, isYaml11NonString */
/* harmony import */ var _helm_goyaml_ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4331);
/* harmony import */ var _helm_goyaml_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7876);
/* harmony import */ var _helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7205);
/* harmony import */ var _helm_yaml_yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(0);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4969);
/* harmony import */ var _node_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3766);






const LONG_TAG = 'tag:yaml.org,2002:';
/** go-yaml v3's shortTag. */
function shortTag(tag) {
    return tag.startsWith(LONG_TAG) ? '!!' + tag.slice(LONG_TAG.length) : tag;
}
/** v3's resolve("", value) as a short tag. */
function resolvedTag(value) {
    const r = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePlain */ .Rg)(value, true);
    switch (r.tag) {
        case 'null':
            return _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_NULL */ .NY;
        case 'bool':
            return '!!bool';
        case 'int':
            return '!!int';
        case 'float':
            return '!!float';
        case 'timestamp':
            return '!!timestamp';
        case 'merge':
            return '!!merge';
        default:
            return _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_STR */ .DQ;
    }
}
/** At most this many nodes per document, aliases expanded (the generic reader's bound). */
const MAX_NODES = 1_000_000;
function srcOf(c, n) {
    return { file: c.file, start: c.origin(c.base + n.start), end: c.origin(c.base + n.end) };
}
function toKNode(c, n, at) {
    if (++c.count.n > MAX_NODES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv(`MalformedYAMLError: yaml: document expands to more than ${MAX_NODES} nodes (aliases)`);
    }
    if (n === null)
        return new _node_js__WEBPACK_IMPORTED_MODULE_5__/* .KNode */ .Yy('scalar', _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_NULL */ .NY, '', 0, undefined, srcOf(c, at));
    if (n.t === 'alias') {
        if (!n.target)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv(`unknown anchor '${n.name}' referenced`);
        return toKNode(c, n.target, n.target);
    }
    const explicit = n.tag !== undefined && n.tag !== '!' ? shortTag(n.tag) : undefined;
    if (n.t === 'scalar') {
        let tag;
        let style = 0;
        if (explicit !== undefined) {
            tag = explicit;
            style = _node_js__WEBPACK_IMPORTED_MODULE_5__/* .STYLE_TAGGED */ .fQ;
        }
        else if (!n.plain)
            tag = _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_STR */ .DQ;
        else if (n.value === '<<')
            tag = '!!merge';
        else
            tag = resolvedTag(n.value);
        if (!n.plain)
            style |= _node_js__WEBPACK_IMPORTED_MODULE_5__/* .STYLE_DOUBLE */ .yN;
        return new _node_js__WEBPACK_IMPORTED_MODULE_5__/* .KNode */ .Yy('scalar', tag, n.value, style, undefined, srcOf(c, n));
    }
    if (n.t === 'seq') {
        const out = new _node_js__WEBPACK_IMPORTED_MODULE_5__/* .KNode */ .Yy('seq', explicit ?? _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_SEQ */ .j4, '', explicit ? _node_js__WEBPACK_IMPORTED_MODULE_5__/* .STYLE_TAGGED */ .fQ : 0, [], srcOf(c, n));
        for (const it of n.items)
            out.content.push(toKNode(c, it, it));
        return out;
    }
    return mapNode(c, n, explicit);
}
function isMergeKey(k) {
    return k.t === 'scalar' && k.plain && k.value === '<<' && k.tag === undefined;
}
/** A mapping with its `<<` merge keys applied as kyaml's DeAnchor applies them. */
function mapNode(c, n, explicit) {
    const out = new _node_js__WEBPACK_IMPORTED_MODULE_5__/* .KNode */ .Yy('map', explicit ?? _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_MAP */ .sA, '', explicit ? _node_js__WEBPACK_IMPORTED_MODULE_5__/* .STYLE_TAGGED */ .fQ : 0, [], srcOf(c, n));
    const merges = [];
    let mergeSeen = false;
    n.keys.forEach((k, i) => {
        if (isMergeKey(k)) {
            if (mergeSeen)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv('duplicate merge key');
            mergeSeen = true;
            const v = n.values[i];
            const d = v && v.t === 'alias' ? v.target : v;
            if (d?.t === 'map')
                merges.push(d);
            else if (d?.t === 'seq') {
                for (const item of [...d.items].reverse()) {
                    const t = item.t === 'alias' ? item.target : item;
                    if (t?.t === 'seq')
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv('invalid map merge: received a nested sequence');
                    if (t?.t !== 'map')
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv('invalid map merge: received alias for a non-map value');
                    merges.push(t);
                }
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv('map merge requires map or sequence of maps as the value');
            }
            return;
        }
        out.content.push(toKNode(c, k, k), toKNode(c, n.values[i], k));
    });
    if (merges.length === 0)
        return out;
    // Merged maps apply in order, each entry replacing an existing key in place; the map's
    // own entries are applied last and so win.
    const merged = _node_js__WEBPACK_IMPORTED_MODULE_5__/* .KNode */ .Yy.map(out.src);
    const apply = (src) => {
        for (const [k, v] of src.entries()) {
            const i = merged.keyIndex(k.value);
            if (i >= 0) {
                merged.content[i] = k;
                merged.content[i + 1] = v;
            }
            else
                merged.content.push(k, v);
        }
    };
    for (const [k, v] of out.entries())
        merged.content.push(k, v);
    for (const m of merges)
        apply(mapNode(c, m, undefined));
    apply(out);
    merged.tag = out.tag;
    merged.style = out.style;
    return merged;
}
/** kyaml's splitDocuments: `\n---` lines with at most a comment after them separate documents. */
function splitDocuments(s) {
    const docs = [];
    if (s.length === 0)
        return docs;
    const re = /\n---.*\n/g;
    let prev = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
        const rest = m[0].slice(4).trim();
        if (rest.length > 0 && rest[0] !== '#') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv(`invalid document separator: ${m[0].trim()}`);
        }
        docs.push({ text: s.slice(prev, m.index), start: prev });
        prev = m.index + m[0].length;
    }
    docs.push({ text: s.slice(prev), start: prev });
    return docs;
}
function crlfMapper(text) {
    if (!text.includes('\r\n'))
        return { normalized: text, origin: (o) => o };
    const removed = [];
    let out = '';
    let last = 0;
    for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) {
        out += text.slice(last, i);
        removed.push(out.length);
        last = i + 1;
    }
    out += text.slice(last);
    return {
        normalized: out,
        origin: (o) => {
            let lo = 0;
            let hi = removed.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (removed[mid] < o)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return o + lo;
        },
    };
}
/**
 * The documents of a YAML stream as kyaml's ByteReader yields them: empty and null
 * documents dropped. Throws a KustomizeError with kyaml's "MalformedYAMLError" wording.
 */
function readKyamlStream(text, file, mapOffset) {
    const crlf = crlfMapper(text);
    const normalized = crlf.normalized;
    const origin = mapOffset ? (o) => mapOffset(crlf.origin(o)) : crlf.origin;
    const parts = splitDocuments(normalized);
    const out = [];
    parts.forEach((part, i) => {
        const chunk = i !== parts.length - 1 ? part.text + '\n' : part.text;
        let root;
        try {
            root = (0,_helm_goyaml_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFirstDocument */ .jE)(chunk);
        }
        catch (e) {
            if (e instanceof _helm_goyaml_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlSyntaxError */ .n)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KustomizeError */ .Kv(`MalformedYAMLError: yaml: ${e.goMessage}`);
            throw e;
        }
        if (root === null)
            return;
        const node = toKNode({ file, base: part.start, origin, count: { n: 0 } }, root, root);
        if (node.tag === _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_NULL */ .NY)
            return;
        out.push(node);
    });
    return out;
}
/** One YAML document (the first) as a node tree, for kustomization files and inline values. */
function readKyamlDocument(text, file) {
    return readKyamlStream(text, file)[0];
}
/**
 * kyaml's IsYaml1_1NonString: whether go-yaml v2 (YAML 1.1) reads the text as something
 * other than a string (a bool, number, null, list or map).
 */
function isYaml11NonString(value) {
    if (value === '' || value.includes('\n'))
        return false;
    const tree = (0,_helm_yaml_yaml_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlTree */ ._)(value);
    if ('error' in tree)
        return false;
    const root = tree.root;
    if (root === null)
        return true;
    if (root.t === 'alias')
        return false;
    if (root.t !== 'scalar')
        return true;
    if (root.tag !== undefined) {
        const t = shortTag(root.tag);
        return t !== _node_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_STR */ .DQ && t !== '!';
    }
    if (!root.plain)
        return false;
    return (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePlain */ .Rg)(root.value, false).tag !== 'str';
}
(0,_node_js__WEBPACK_IMPORTED_MODULE_5__/* .setYaml11NonStringCheck */ .ID)(isYaml11NonString);


/***/ }),

/***/ 4878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ concatWithPlaces),
/* harmony export */   MT: () => (/* binding */ srcOf),
/* harmony export */   T: () => (/* binding */ decodeAny),
/* harmony export */   ub: () => (/* binding */ strictDecode)
/* harmony export */ });
/* unused harmony exports whereOf, keySrcOf */
/* harmony import */ var _helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7205);
/* harmony import */ var _helm_yaml_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(0);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4969);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1339);




const places = new WeakMap();
/** Where a decoded object, list or map was written. */
function whereOf(v) {
    return v ? places.get(v) : undefined;
}
/** Where a field (or list item) of a decoded value was written. */
function srcOf(v, field) {
    const w = whereOf(v);
    if (!w)
        return undefined;
    return field === undefined ? w.at : (w.fields.get(field) ?? w.at);
}
function keySrcOf(v, field) {
    return whereOf(v)?.keys.get(field);
}
class Decoder {
    file;
    constructor(file) {
        this.file = file;
    }
    src(n) {
        return { file: this.file, start: n.start, end: n.end };
    }
    /** The JSON kind and value of a scalar, as YAMLToJSON produces it. */
    scalar(n) {
        const t = n.t === 'alias' ? n.target : n;
        if (!t)
            return { kind: 'null', value: null };
        if (t.t === 'seq')
            return { kind: 'array', value: null };
        if (t.t === 'map')
            return { kind: 'object', value: null };
        if (t.t !== 'scalar')
            return { kind: 'null', value: null };
        const tag = t.tag !== undefined ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .shortTag */ .j)(t.tag) : undefined;
        if (tag === '!!str' || (!t.plain && tag === undefined))
            return { kind: 'string', value: t.value };
        const r = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlain */ .Rg)(t.value, false);
        switch (tag ?? '!!' + r.tag) {
            case '!!null':
                return { kind: 'null', value: null };
            case '!!bool':
                return { kind: 'bool', value: r.value };
            case '!!int':
                return { kind: 'number', value: Number(r.value) };
            case '!!float':
                return { kind: 'number', value: r.value };
            default:
                return { kind: 'string', value: t.value };
        }
    }
    kindOf(n) {
        if (n === null)
            return 'null';
        return this.scalar(n).kind;
    }
    typeError(kind, path, goType) {
        const what = kind === 'bool' ? 'bool' : kind === 'null' ? 'null' : kind;
        const field = path.length > 1 ? ` Go struct field ${path.join('.')} of` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeError */ .Kv(`json: cannot unmarshal ${what} into${field} type ${goType}`);
    }
    decode(n, spec, path) {
        const d = n && n.t === 'alias' ? (n.target ?? null) : n;
        const kind = this.kindOf(d);
        if (kind === 'null')
            return undefined;
        if (spec === 'any')
            return this.anyValue(d);
        if (spec === 'string') {
            if (kind !== 'string')
                throw this.typeError(kind, path, 'string');
            return this.scalar(d).value;
        }
        if (spec === 'bool') {
            if (kind !== 'bool')
                throw this.typeError(kind, path, 'bool');
            return this.scalar(d).value;
        }
        if (spec === 'int') {
            if (kind !== 'number')
                throw this.typeError(kind, path, 'int64');
            const v = this.scalar(d).value;
            if (!Number.isInteger(v)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeError */ .Kv(`json: cannot unmarshal number ${v} into Go struct field ${path.join('.')} of type int64`);
            }
            return v;
        }
        if ('list' in spec) {
            if (kind !== 'array')
                throw this.typeError(kind, path, `[]${goTypeOf(spec.list)}`);
            const seq = d;
            const out = [];
            const where = { at: this.src(seq), fields: new Map(), keys: new Map() };
            seq.items.forEach((it, i) => {
                const v = this.decode(it, spec.list, path);
                out.push(v === undefined ? zeroOf(spec.list) : v);
                where.fields.set(i, this.src(it));
            });
            places.set(out, where);
            return out;
        }
        if ('map' in spec) {
            if (kind !== 'object')
                throw this.typeError(kind, path, `map[string]${goTypeOf(spec.map)}`);
            const m = d;
            const out = {};
            const where = { at: this.src(m), fields: new Map(), keys: new Map() };
            for (const [k, v] of this.sortedEntries(m)) {
                const val = this.decode(v, spec.map, path);
                Object.defineProperty(out, k.name, {
                    value: val === undefined ? zeroOf(spec.map) : val,
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
                where.fields.set(k.name, v ? this.src(v) : this.src(k.node));
                where.keys.set(k.name, this.src(k.node));
            }
            places.set(out, where);
            return out;
        }
        return this.decodeStruct(d, kind, spec, path);
    }
    decodeStruct(d, kind, spec, path) {
        if (kind !== 'object')
            throw this.typeError(kind, path, `types.${spec.struct}`);
        const m = d;
        const out = {};
        const where = { at: this.src(m), fields: new Map(), keys: new Map() };
        const all = flatten(spec);
        for (const [k, v] of this.sortedEntries(m)) {
            const name = Object.prototype.hasOwnProperty.call(all, k.name)
                ? k.name
                : Object.keys(all).find((f) => f.toLowerCase() === k.name.toLowerCase());
            if (name === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeError */ .Kv(`json: unknown field "${k.name}"`);
            const val = this.decode(v, all[name], [...(path.length ? path : [spec.struct]), name]);
            if (val !== undefined)
                out[name] = val;
            where.fields.set(name, v ? this.src(v) : this.src(k.node));
            where.keys.set(name, this.src(k.node));
        }
        places.set(out, where);
        return out;
    }
    /** Keys as JSON strings, sorted as encoding/json sorts map keys; duplicates rejected. */
    sortedEntries(m) {
        const seen = new Map();
        const entries = [];
        m.keys.forEach((k, i) => {
            const kk = k.t === 'alias' ? k.target : k;
            const name = kk && kk.t === 'scalar' ? keyString(kk) : '';
            if (seen.has(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeError */ .Kv(`yaml: unmarshal errors:\n  mapping key "${name}" already defined`);
            }
            seen.set(name, k);
            entries.push([{ name, node: k }, m.values[i]]);
        });
        return entries.sort((a, b) => Buffer.compare(Buffer.from(a[0].name, 'utf8'), Buffer.from(b[0].name, 'utf8')));
    }
    /** map[string]interface{} values as encoding/json decodes JSON into interface{}. */
    anyValue(n) {
        const d = n && n.t === 'alias' ? (n.target ?? null) : n;
        if (d === null)
            return null;
        if (d.t === 'seq')
            return d.items.map((it) => this.anyValue(it));
        if (d.t === 'map') {
            const out = {};
            for (const [k, v] of this.sortedEntries(d)) {
                Object.defineProperty(out, k.name, {
                    value: this.anyValue(v),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return out;
        }
        return this.scalar(d).value;
    }
}
function keyString(k) {
    if (k.t !== 'scalar')
        return '';
    if (!k.plain || k.tag !== undefined)
        return k.value;
    const r = (0,_helm_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlain */ .Rg)(k.value, false);
    if (r.tag === 'null')
        return 'null';
    if (r.tag === 'bool')
        return String(r.value);
    if (r.tag === 'int')
        return r.value.toString();
    if (r.tag === 'float')
        return String(r.value);
    return k.value;
}
function flatten(spec) {
    const out = {};
    for (const inner of spec.inline ?? [])
        Object.assign(out, flatten(inner));
    Object.assign(out, spec.fields);
    return out;
}
function goTypeOf(s) {
    if (typeof s === 'string')
        return s === 'any' ? 'interface {}' : s === 'int' ? 'int64' : s;
    if ('list' in s)
        return `[]${goTypeOf(s.list)}`;
    if ('map' in s)
        return `map[string]${goTypeOf(s.map)}`;
    return `types.${s.struct}`;
}
function zeroOf(s) {
    if (s === 'string')
        return '';
    if (s === 'bool')
        return false;
    if (s === 'int')
        return 0;
    if (s === 'any')
        return null;
    return undefined;
}
/**
 * Decodes the first YAML document of `text` into `spec`. An empty document decodes to an
 * empty object (JSON null leaves a struct untouched).
 */
function strictDecode(text, file, spec) {
    const tree = (0,_helm_yaml_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlTree */ ._)(text);
    if ('error' in tree)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeError */ .Kv(`yaml: ${tree.error}`);
    const dec = new Decoder(file);
    const root = tree.root;
    if (root === null) {
        const empty = {};
        places.set(empty, { at: { file, start: 0, end: 0 }, fields: new Map(), keys: new Map() });
        return empty;
    }
    const kind = dec.kindOf(root);
    if (kind === 'null') {
        const empty = {};
        places.set(empty, { at: dec.src(root), fields: new Map(), keys: new Map() });
        return empty;
    }
    return dec.decodeStruct(root, kind, spec, []);
}
/** Decodes a YAML text into Go values as sigs.k8s.io/yaml.Unmarshal into interface{} does. */
function decodeAny(text, file) {
    const tree = (0,_helm_yaml_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlTree */ ._)(text);
    if ('error' in tree)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeError */ .Kv(`yaml: ${tree.error}`);
    return new Decoder(file).anyValue(tree.root);
}
/** a.concat(b) that keeps where each item was written. */
function concatWithPlaces(a, b) {
    const out = [...a, ...b];
    const wa = whereOf(a);
    const wb = whereOf(b);
    const where = { at: wa?.at ?? wb.at, fields: new Map(), keys: new Map() };
    a.forEach((_, i) => {
        const s = wa?.fields.get(i);
        if (s)
            where.fields.set(i, s);
    });
    b.forEach((_, i) => {
        const s = wb?.fields.get(i);
        if (s)
            where.fields.set(a.length + i, s);
    });
    places.set(out, where);
    return out;
}


/***/ })

};
