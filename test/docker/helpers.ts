/** Writes a small repository to a temporary folder and reads its containers, or scans it. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { dockerContainers } from '../../src/docker/index.js'
import type { DockerContainer } from '../../src/docker/types.js'
import { discover } from '../../src/discover/walk.js'
import { collectLinks } from '../../src/images/links/index.js'
import { scan, type ScanResult } from '../../src/scan.js'

export function writeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-docker-'))
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
  return root
}

export function views(files: Record<string, string>) {
  const root = writeRepo(files)
  const d = discover({ root })
  const links = collectLinks({
    root,
    files: d,
    readFile: (rel) => readFileSync(join(root, rel), 'utf8'),
  })
  const out = dockerContainers(links)
  const byName = (name: string): DockerContainer => {
    const c = out.containers.find((x) => x.name === name)
    if (!c) throw new Error(`no container ${name}: ${out.containers.map((x) => x.name).join(', ')}`)
    return c
  }
  return { ...out, links, byName }
}

export async function scanRepo(files: Record<string, string>): Promise<ScanResult> {
  return scan({ root: writeRepo(files) })
}

/** `file:line:col` of a range. */
export const at = (r: { file: string; startLine: number; startColumn: number }) =>
  `${r.file}:${r.startLine}:${r.startColumn}`
