/** Loads a fixture repository under __fixtures__/links and collects its links. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { classifyFile } from '../../../src/discover/classify.js'
import { collectLinks, type LinkIndex } from '../../../src/images/links/index.js'
import type { CollectInput, ConfigImage, LinkFiles } from '../../../src/images/links/types.js'
import { projectRoot } from '../../helpers/shared.js'

export function fixtureRoot(name: string): string {
  return join(projectRoot, '__fixtures__', 'links', name)
}

function walk(root: string, dir = ''): string[] {
  const out: string[] = []
  for (const e of readdirSync(join(root, dir)).sort()) {
    const rel = dir ? `${dir}/${e}` : e
    if (statSync(join(root, rel)).isDirectory()) out.push(...walk(root, rel))
    else out.push(rel)
  }
  return out
}

export function fixtureFiles(name: string): LinkFiles {
  const files: { [K in keyof LinkFiles]: string[] } = {
    workflows: [],
    compose: [],
    skaffold: [],
    scripts: [],
    dockerfiles: [],
  }
  for (const rel of walk(fixtureRoot(name))) {
    const kind = classifyFile(rel)
    if (kind === 'workflow') files.workflows.push(rel)
    else if (kind === 'compose') files.compose.push(rel)
    else if (kind === 'skaffold') files.skaffold.push(rel)
    else if (kind === 'script') files.scripts.push(rel)
    else if (kind === 'dockerfile') files.dockerfiles.push(rel)
  }
  return files
}

export function loadFixture(
  name: string,
  extra: Partial<Omit<CollectInput, 'root' | 'files' | 'readFile'>> & {
    configImages?: ConfigImage[]
  } = {},
): LinkIndex {
  const root = fixtureRoot(name)
  return collectLinks({
    root,
    files: fixtureFiles(name),
    readFile: (rel) => readFileSync(join(root, rel), 'utf8'),
    ...extra,
  })
}
