/**
 * One temporary folder per test run: every test's mkdtemp (through os.tmpdir(), which reads
 * TMPDIR) and every process a test starts lands under it, and the whole folder is removed
 * when the run ends, so a suite that fails half-way leaves nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    tempRoot: string
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'kw-test-'))
  project.provide('tempRoot', root)
  return () => rmSync(root, { recursive: true, force: true })
}
