import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'

const POD = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: a
      image: registry.example/a:1
      securityContext: {privileged: true}
`

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-bcli-'))
  for (const [n, t] of Object.entries(files)) writeFileSync(join(root, n), t)
  return root
}

describe('baseline on the command line', () => {
  it('baseline -o - prints the file; -o FILE writes it where asked', async () => {
    const root = repo({ 'pod.yaml': POD })
    const printed = await runCli(['baseline', '-o', '-'], root)
    expect(printed.code).toBe(0)
    const doc = JSON.parse(printed.stdout)
    expect(doc.version).toBe(1)
    expect(doc.findings.map((e: { ruleId: string }) => e.ruleId)).toContain('pss-privileged')
    const written = await runCli(
      ['baseline', '-o', 'accepted.json', '--pss-level', 'baseline'],
      root,
    )
    expect(written.stdout).toMatch(
      /^kube-whoami: wrote accepted\.json with 1 finding\n {6}1 {2}pss-privileged\n$/,
    )
    expect(JSON.parse(readFileSync(join(root, 'accepted.json'), 'utf8')).findings).toHaveLength(1)
  })

  it('writes to the config baseline path, which later scans read; --no-baseline ignores it', async () => {
    const root = repo({ 'pod.yaml': POD, '.kube-whoami.yaml': 'baseline: accepted.json\n' })
    expect((await runCli(['scan'], root)).stderr).toBe(
      'kube-whoami: .kube-whoami.yaml:1:11: baseline file not found: accepted.json (write it with kube-whoami baseline)\n',
    )
    expect((await runCli(['scan'], root)).code).toBe(2)
    expect((await runCli(['baseline'], root)).stdout).toMatch(/^kube-whoami: wrote accepted\.json/)
    const clean = await runCli(['scan', '--fail-on', 'note'], root)
    expect(clean.code).toBe(0)
    expect(clean.stdout).toMatch(/✔ no problems found \(\d+ in the baseline\)/)
    expect((await runCli(['scan', '--no-baseline'], root)).code).toBe(1)
  })

  it('--baseline FILE: relative to the working directory; missing or broken is exit 2', async () => {
    const root = repo({ 'pod.yaml': POD })
    expect((await runCli(['scan', '--baseline', 'nope.json'], root)).stderr).toBe(
      'kube-whoami: baseline file not found: nope.json (write it with kube-whoami baseline)\n',
    )
    writeFileSync(join(root, 'bad.json'), '{"version": 1, "findings": {}}')
    const bad = await runCli(['scan', '--baseline', 'bad.json'], root)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('kube-whoami: bad.json:1:28: the baseline needs a "findings" list\n')
    await runCli(['baseline', '-o', 'b.json'], root)
    const sarif = await runCli(['scan', '--baseline', 'b.json', '-f', 'sarif'], root)
    expect(sarif.code).toBe(0)
    const results = JSON.parse(sarif.stdout).runs[0].results
    expect(results.length).toBeGreaterThan(0)
    expect(
      results.every(
        (r: { suppressions?: { kind: string }[] }) => r.suppressions?.[0].kind === 'external',
      ),
    ).toBe(true)
  })
})
