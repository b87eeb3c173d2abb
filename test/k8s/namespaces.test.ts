import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'

function repo(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-ns-'))
  writeFileSync(join(root, 'all.yaml'), yaml)
  return root
}

const namespace = (name: string, level: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    pod-security.kubernetes.io/enforce: ${level}
---
`

const pod = (ns: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: ${ns}
spec:
  containers:
    - name: app
      image: registry.example/app:1
      securityContext:
        privileged: true
`

describe('namespace Pod Security labels decide what is rejected', () => {
  it('a namespace enforcing restricted turns restricted-only findings into errors, with the label as related location', async () => {
    const result = await scan({ root: repo(namespace('shop', 'restricted') + pod('shop')) })
    const ape = result.findings.find((f) => f.ruleId === 'pss-allow-privilege-escalation')!
    expect(ape.level).toBe('error')
    expect(ape.message).toMatch(
      /Namespace "shop" enforces PodSecurity "restricted:latest": the API server rejects this pod\./,
    )
    expect(ape.related[0]).toMatchObject({
      message: 'namespace "shop" enforces restricted:latest',
      range: { startLine: 6 },
    })
  })

  it('a privileged namespace makes baseline findings warnings', async () => {
    const result = await scan({ root: repo(namespace('infra', 'privileged') + pod('infra')) })
    const priv = result.findings.find((f) => f.ruleId === 'pss-privileged')!
    expect(priv.level).toBe('warning')
    expect(priv.message).toMatch(
      /Namespace "infra" enforces only "privileged:latest", so this is not rejected there\./,
    )
  })

  it('reads an invalid enforce level as restricted, as PSA does, and ignores namespaces it does not know', async () => {
    const bad = await scan({ root: repo(namespace('x', 'strict') + pod('x')) })
    expect(bad.findings.find((f) => f.ruleId === 'pss-run-as-non-root')!.level).toBe('error')
    const unknown = await scan({ root: repo(namespace('x', 'baseline') + pod('other')) })
    expect(unknown.findings.find((f) => f.ruleId === 'pss-run-as-non-root')!.level).toBe('warning')
  })
})
