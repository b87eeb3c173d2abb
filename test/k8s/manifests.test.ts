/**
 * Manifest files that are not YAML as they stand: a Go template (krew, goreleaser, gomplate)
 * becomes one notice at its first error instead of a finding per parser error.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { fixturesRoot } from '../rules/fixture-harness.js'

function rootWith(name: string, file: string): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-manifests-'))
  writeFileSync(join(root, name), readFileSync(join(fixturesRoot, 'yaml-parse-error', file)))
  return root
}

describe('manifest files that do not parse', () => {
  it('a Go template is a notice at its first error, not a yaml-parse-error per parser error', async () => {
    const result = await scan({ root: rootWith('.krew.yaml', 'dont-fire-go-template.yaml') })
    expect(result.findings).toEqual([])
    const notes = result.notices.filter((n) => n.message.includes('Go template actions'))
    expect(notes.map((n) => [n.level, n.range?.file, n.range?.startLine])).toEqual([
      ['note', '.krew.yaml', 13],
    ])
    expect(notes[0].message).toContain('not scanned')
  })

  it('a broken manifest gets one finding per broken document; the next document is still read', async () => {
    const result = await scan({ root: rootWith('pods.yaml', 'fire-one-per-document.yaml') })
    const errors = result.findings.filter((f) => f.ruleId === 'yaml-parse-error')
    expect(errors.map((f) => f.range.startLine)).toEqual([6])
    expect(result.workloads.map((w) => w.object.name)).toEqual(['b'])
  })
})
