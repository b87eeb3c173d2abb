/**
 * Differential tests against the real kubectl kustomize (v1.35.2): small kustomization
 * trees built around the features and edge cases kustomize users meet (strategic merge
 * list ordering and directives, JSON 6902, name references after prefixes and hashes,
 * generators, images, replicas, replacements, vars, labels with selectors, YAML 1.1/1.2
 * scalar quirks, errors). stdout, the error line and the exit status must be identical.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { runKustomize } from '../../src/kustomize/kustomize-command.js'
import { describeKubectl } from '../helpers/kubectl.js'

type Tree = Record<string, string>

const deployment = (name = 'app', extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: main
        image: nginx:1.25
        ports:
        - containerPort: 80
        env:
        - name: A
          value: "1"
      - name: sidecar
        image: busybox
${extra}`

const CASES: Record<string, Tree> = {
  'smp list merge: patched and new containers first': {
    'kustomization.yaml': 'resources:\n- d.yaml\npatches:\n- path: p.yaml\n',
    'd.yaml': deployment(),
    'p.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
      - name: sidecar
        image: busybox:1.36
      - name: new
        image: alpine
      securityContext:
        runAsNonRoot: true
`,
  },
  'smp directives: $patch delete and replace, null removes': {
    'kustomization.yaml': 'resources:\n- d.yaml\npatchesStrategicMerge:\n- p.yaml\n',
    'd.yaml': deployment(),
    'p.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels: null
spec:
  replicas: null
  template:
    spec:
      containers:
      - name: sidecar
        $patch: delete
      - name: main
        env:
        - $patch: replace
        - name: B
          value: two
`,
  },
  'smp $setElementOrder and $retainKeys pass through as kyaml does': {
    'kustomization.yaml': 'resources:\n- d.yaml\npatches:\n- path: p.yaml\n',
    'd.yaml': deployment(),
    'p.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      $setElementOrder/containers:
      - name: sidecar
      - name: main
      containers:
      - name: main
        image: nginx:1.26
`,
  },
  'delete a whole resource': {
    'kustomization.yaml':
      'resources:\n- d.yaml\n- s.yaml\npatches:\n- patch: |-\n    $patch: delete\n    apiVersion: v1\n    kind: Service\n    metadata:\n      name: svc\n',
    'd.yaml': deployment(),
    's.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports:\n  - port: 80\n',
  },
  'json 6902 inline and from a file, with targets': {
    'kustomization.yaml': `resources:
- d.yaml
patches:
- target:
    kind: Deployment
    name: app
  patch: |-
    - op: replace
      path: /spec/replicas
      value: 3
    - op: add
      path: /spec/template/spec/containers/0/args
      value: ["--port", 8080, true, null, 1.5]
    - op: remove
      path: /spec/template/spec/containers/1
patchesJson6902:
- target:
    group: apps
    version: v1
    kind: Deployment
    name: app
  path: ops.json
`,
    'd.yaml': deployment(),
    'ops.json':
      '[{"op": "add", "path": "/metadata/annotations", "value": {"a": "yes", "b": 12345678}}]',
  },
  'namespace, prefix, suffix and name references': {
    'kustomization.yaml': `namespace: shop
namePrefix: p-
nameSuffix: -s
resources:
- d.yaml
- r.yaml
configMapGenerator:
- name: cfg
  literals:
  - KEY=value
  - QUOTED="x y"
secretGenerator:
- name: sec
  literals:
  - password=hunter2
`,
    'd.yaml': deployment(
      'app',
      `      serviceAccountName: runner
      volumes:
      - name: c
        configMap:
          name: cfg
      - name: s
        secret:
          secretName: sec
`,
    ),
    'r.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: runner
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
subjects:
- kind: ServiceAccount
  name: runner
- kind: ServiceAccount
  name: default
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
rules: []
`,
  },
  'images, replicas and labels with selectors and templates': {
    'kustomization.yaml': `resources:
- d.yaml
images:
- name: nginx
  newName: ghcr.io/acme/nginx
  newTag: "1.27"
- name: busybox
  digest: sha256:0123456789abcdef
replicas:
- name: app
  count: 5
labels:
- pairs:
    team: a
  includeSelectors: true
- pairs:
    tier: web
  includeTemplates: true
commonAnnotations:
  note: "on"
`,
    'd.yaml': deployment(),
  },
  'overlay over a base with components and generator merge': {
    'base/kustomization.yaml':
      'resources:\n- d.yaml\nconfigMapGenerator:\n- name: cfg\n  literals:\n  - A=1\n',
    'base/d.yaml': deployment(),
    'comp/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: app
    spec:
      template:
        spec:
          securityContext:
            runAsUser: 1000
`,
    'overlay/kustomization.yaml': `resources:
- ../base
components:
- ../comp
configMapGenerator:
- name: cfg
  behavior: merge
  literals:
  - B=2
`,
  },
  'replacements and vars': {
    'kustomization.yaml': `resources:
- d.yaml
- s.yaml
replacements:
- source:
    kind: Service
    name: svc
    fieldPath: spec.ports.0.port
  targets:
  - select:
      kind: Deployment
    fieldPaths:
    - spec.template.spec.containers.[name=main].ports.0.containerPort
    - spec.template.spec.containers.[name=main].env.[name=A].value
vars:
- name: SVC
  objref:
    kind: Service
    name: svc
    apiVersion: v1
`,
    'd.yaml': deployment('app').replace(
      'image: busybox',
      'image: busybox\n        args: ["$(SVC)"]',
    ),
    's.yaml':
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports:\n  - port: 8443\n',
  },
  'scalar types as go-yaml v3 and v2 see them': {
    'kustomization.yaml': 'resources:\n- c.yaml\n',
    'c.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  annotations:
    octal: 0777
    hex: 0x1F
    bool11: yes
data:
  a: "yes"
  b: on
  c: "0777"
  d: 1e3
  e: "12:30"
  f: |
    multi
    line
  g: ~
  h: 2001-12-14
  i: "123"
  "on": x
`,
  },
  'list kinds and anchors': {
    'kustomization.yaml': 'resources:\n- l.yaml\n',
    'l.yaml': `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: one
  data: &d
    k: v
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: two
  data:
    <<: *d
    extra: y
`,
  },
  'error: missing resource file': {
    'kustomization.yaml': 'resources:\n- nope.yaml\n',
  },
  'error: patch without target': {
    'kustomization.yaml': 'resources:\n- d.yaml\npatches:\n- path: p.yaml\n',
    'd.yaml': deployment(),
    'p.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other\nspec:\n  replicas: 2\n',
  },
  'error: not a kustomization': {
    'kustomization.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n',
  },
  'error: unknown field': {
    'kustomization.yaml': 'resources:\n- d.yaml\nresourcse:\n- x\n',
    'd.yaml': deployment(),
  },
  'error: file outside the kustomization directory': {
    'a/kustomization.yaml': 'resources:\n- ../d.yaml\n',
    'd.yaml': deployment(),
  },
}

const ENTRY: Record<string, string> = {
  'overlay over a base with components and generator merge': 'overlay',
  'error: file outside the kustomization directory': 'a',
}

function writeTree(tree: Tree): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'kw-kustomize-')))
  for (const [file, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}

describeKubectl('kustomize differential against kubectl kustomize', (kubectl) => {
  for (const [name, tree] of Object.entries(CASES)) {
    it(name, async () => {
      const dir = writeTree(tree)
      try {
        const target = join(dir, ENTRY[name] ?? '.')
        const home = mkdtempSync(join(tmpdir(), 'kw-home-'))
        const real = spawnSync(kubectl, ['kustomize', target], {
          encoding: 'utf8',
          env: { PATH: '/usr/bin:/bin', HOME: home, KUBECONFIG: join(home, 'missing') },
        })
        let stdout = ''
        let stderr = ''
        const code = await runKustomize([target], {
          stdout: (s) => (stdout += s),
          stderr: (s) => (stderr += s),
          cwd: dir,
        })
        expect({ code, stdout, stderr }).toEqual({
          code: real.status,
          stdout: real.stdout,
          stderr: real.stderr,
        })
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})
