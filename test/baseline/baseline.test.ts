import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import {
  type BaselineDocument,
  createBaseline,
  serializeBaseline,
} from '../../src/baseline/format.js'
import { parseBaseline } from '../../src/baseline/read.js'
import { ConfigError } from '../../src/config/errors.js'
import { toSarif } from '../../src/report/sarif.js'
import { scan } from '../../src/scan.js'
import { projectRoot } from '../helpers/shared.js'

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-baseline-'))
  write(root, files)
  return root
}
function write(root: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
}

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: api
          image: registry.example/api:1
          securityContext: {privileged: true, runAsUser: 0}
          ports:
            - containerPort: 80
              hostPort: 80
        - name: sidecar
          image: registry.example/sidecar:1
          securityContext:
            capabilities:
              add: [SYS_ADMIN]
`
const BROKEN = `apiVersion: v1
kind: ConfigMap
metadata:
  name: x
  labels: {a: b
`
const DOCKERFILE = `FROM alpine:3.20
RUN adduser -D -u 10001 app
USER app
`

/** The same repository, edited the way people edit: lines inserted above every finding,
 * containers reordered, flow style turned into block style, a document added before. */
const EDITED: Record<string, string> = {
  'deploy/api.yaml': `# Shop API
# (owned by the shop team)

---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  labels:
    team: shop
spec:
  replicas: 2
  template:
    metadata:
      labels: { app: api }
    spec:

      hostNetwork: true
      containers:
        - name: sidecar
          image: registry.example/sidecar:1

          securityContext:
            capabilities:
              add:
                - SYS_ADMIN
        - name: api
          image: registry.example/api:1
          securityContext:
            privileged: true
            runAsUser: 0
          ports:
            - name: http
              containerPort: 80
              hostPort: 80
`,
  'deploy/broken.yaml': `# generated\n\n${BROKEN}`,
  'app/Dockerfile': `# syntax=docker/dockerfile:1\n\n${DOCKERFILE.replace('RUN', 'ARG X=1\nRUN')}`,
}

describe('baseline round trip', () => {
  it('survives inserted lines, reordering and reformatting; only a new finding comes back', async () => {
    const root = repo({
      'deploy/api.yaml': DEPLOY,
      'deploy/broken.yaml': BROKEN,
      'app/Dockerfile': DOCKERFILE,
    })
    const before = await scan({ root })
    const rules = new Set(before.findings.map((f) => f.ruleId))
    for (const id of [
      'pss-host-namespaces',
      'pss-privileged',
      'pss-host-ports',
      'pss-capabilities-restricted',
      'pss-run-as-user',
      'yaml-parse-error',
      'dockerfile-user-name',
    ])
      expect(rules, id).toContain(id)
    const doc = createBaseline(before.findings)
    expect(doc.findings.length).toBe(new Set(before.findings.map((f) => f.fingerprint)).size)
    const baseline = parseBaseline(serializeBaseline(doc), '.kube-whoami-baseline.json')

    const same = await scan({ root, suppress: { baseline } })
    expect(same.findings.filter((f) => !f.suppression)).toEqual([])
    expect(same.findings.every((f) => f.suppression?.via === 'baseline')).toBe(true)

    write(root, EDITED)
    const edited = await scan({ root, suppress: { baseline } })
    expect(edited.findings.length).toBe(before.findings.length)
    const lines = (r: typeof before) =>
      r.findings.map((f) => `${f.range.file}:${f.range.startLine}`)
    expect(lines(edited)).not.toEqual(lines(before)) // the findings did move
    expect(edited.findings.filter((f) => !f.suppression).map((f) => f.message)).toEqual([])
    expect(edited.notices.filter((n) => /baseline/.test(n.message))).toEqual([])

    // The first new problem fails; nothing old comes back with it.
    write(root, {
      'deploy/api.yaml': EDITED['deploy/api.yaml'].replace(
        '            runAsUser: 0\n',
        '            runAsUser: 0\n            procMount: Unmasked\n',
      ),
    })
    const added = await scan({ root, suppress: { baseline } })
    expect(
      added.findings
        .filter((f) => !f.suppression)
        .map((f) => `${f.ruleId} ${f.range.file}:${f.range.startLine}`),
    ).toEqual(['pss-proc-mount deploy/api.yaml:39'])

    // A fixed finding leaves a stale entry, counted in a notice.
    write(root, { 'deploy/broken.yaml': BROKEN.replace('{a: b', '{a: b}') })
    const fixed = await scan({ root, suppress: { baseline } })
    expect(fixed.notices.map((n) => n.message)).toContainEqual(
      expect.stringMatching(
        /^1 entry of the baseline \.kube-whoami-baseline\.json matched no finding/,
      ),
    )
  })

  it('SARIF partialFingerprints carry the baseline fingerprints, and baseline results are suppressed', async () => {
    const root = repo({ 'deploy/api.yaml': DEPLOY })
    const result = await scan({ root })
    const baseline = parseBaseline(serializeBaseline(createBaseline(result.findings)), 'b.json')
    const again = await scan({ root, suppress: { baseline } })
    const log = toSarif(again.findings, again.rules, again.notices)
    const results = log.runs[0].results!
    expect(results.map((r) => r.partialFingerprints!['kubeWhoami/v1']).sort()).toEqual(
      [...baseline.fingerprints].sort(),
    )
    expect(results.every((r) => r.suppressions?.[0].kind === 'external')).toBe(true)
    expect(results[0].suppressions![0].justification).toBe('accepted in the baseline b.json')
  })

  it('inline suppressions win over the baseline, and are not written into it', async () => {
    const root = repo({
      'pod.yaml': `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: a
      image: registry.example/a:1
      securityContext:
        privileged: true # kube-whoami ignore=pss-privileged accepted in SEC-1
`,
    })
    const result = await scan({ root })
    const doc = createBaseline(result.findings)
    expect(doc.findings.map((e) => e.ruleId)).not.toContain('pss-privileged')
    const baseline = parseBaseline(serializeBaseline(doc), 'b.json')
    const again = await scan({ root, suppress: { baseline } })
    const priv = again.findings.find((f) => f.ruleId === 'pss-privileged')!
    expect(priv.suppression).toMatchObject({
      kind: 'inSource',
      via: 'comment',
      justification: 'accepted in SEC-1',
    })
  })
})

describe('baseline file format', () => {
  const doc: BaselineDocument = {
    version: 1,
    findings: [
      { fingerprint: 'b'.repeat(32), ruleId: 'pss-privileged', hint: 'b.yaml: Pod//b spec' },
      { fingerprint: 'a'.repeat(32), ruleId: 'pss-host-ports', hint: 'a.yaml: Pod//a spec' },
    ],
  }

  it('one entry per line, valid against the shipped schema, and read back as written', () => {
    const text = serializeBaseline(doc)
    expect(text.split('\n').filter((l) => l.startsWith('    {"fingerprint"')).length).toBe(2)
    const schema = JSON.parse(
      readFileSync(join(projectRoot, 'schema', 'kube-whoami-baseline.schema.json'), 'utf8'),
    )
    const validate = new Ajv({ strict: false }).compile(schema)
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true)
    const read = parseBaseline(text, 'b.json')
    expect(read.entries).toEqual(doc.findings)
    expect(serializeBaseline({ version: 1, findings: [] })).toContain('"findings": []')
  })

  it('entries are sorted by hint and deduplicated by fingerprint', async () => {
    const root = repo({ 'b.yaml': DEPLOY, 'a.yaml': DEPLOY.replace('name: api', 'name: web') })
    const result = await scan({ root })
    const entries = createBaseline([...result.findings, ...result.findings]).findings
    expect(entries.length).toBe(new Set(result.findings.map((f) => f.fingerprint)).size)
    const hints = entries.map((e) => e.hint!)
    expect(hints).toEqual([...hints].sort())
    expect(hints[0]).toMatch(/^a\.yaml: Deployment\/shop\/web /)
  })

  it('bad files are usage errors with a position', () => {
    const err = (text: string) => {
      try {
        parseBaseline(text, 'b.json')
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError)
        return (e as Error).message
      }
      return 'no error'
    }
    expect(err('{"version": 1, "findings": [}')).toMatch(
      /^b\.json:1:\d+: the baseline is not valid JSON/,
    )
    expect(err('{\n  "version": 2,\n  "findings": []\n}')).toBe(
      'b.json:2:14: baseline version 2 is not supported (this kube-whoami reads version 1)',
    )
    expect(err('{"version": 1,\n "findings": [\n  {"fingerprint": "xyz", "ruleId": "a"}]}')).toBe(
      'b.json:3:3: findings[0].fingerprint must be 32 hexadecimal digits',
    )
    expect(err('[]')).toBe('b.json:1:1: the baseline must be a JSON object')
  })
})
