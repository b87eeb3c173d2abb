/**
 * Links without explicit evidence, always low confidence: a Dockerfile in a folder named
 * like the image (`ghcr.io/acme/api` ← `services/api/Dockerfile`, `api.Dockerfile`,
 * `Dockerfile.api`), and the repository with a single Dockerfile and a single deployed
 * image that nothing else explains.
 */
import { fileStart } from '../../core/range.js'
import { baseOf, dirOf } from './paths.js'
import type { ImageLink } from './types.js'

// Folders that hold a service's Dockerfile without being named for the service.
const GENERIC_DIRS = new Set([
  'docker',
  'build',
  'deploy',
  'container',
  'containers',
  '.docker',
  'image',
  'images',
])
const PLAIN = new Set(['Dockerfile', 'Containerfile', 'dockerfile', 'containerfile'])

/** Dockerfiles whose folder or file name is the image's last path component. */
export function byName(repo: string, dockerfiles: readonly string[]): ImageLink[] {
  const name = repo.slice(repo.lastIndexOf('/') + 1)
  const named = new Set([
    `${name}.Dockerfile`,
    `${name}.dockerfile`,
    `Dockerfile.${name}`,
    `Containerfile.${name}`,
    `${name}.Containerfile`,
  ])
  const hits: { df: string; why: string }[] = []
  for (const df of dockerfiles) {
    const file = baseOf(df)
    const dir = dirOf(df)
    const folder = dir === '.' ? '' : baseOf(dir)
    if (named.has(file)) hits.push({ df, why: `its file name is ${file}` })
    else if (PLAIN.has(file) && folder === name)
      hits.push({ df, why: `it is in a folder named ${name}` })
    else if (
      PLAIN.has(file) &&
      GENERIC_DIRS.has(folder) &&
      dir.includes('/') &&
      baseOf(dirOf(dir)) === name
    ) {
      hits.push({ df, why: `it is in ${dir}, under a folder named ${name}` })
    }
  }
  return hits.map(({ df, why }) => ({
    image: repo,
    dockerfile: df,
    context: dirOf(df),
    evidence: {
      kind: 'heuristic-name',
      range: fileStart(df),
      detail: `nothing in the repository says which Dockerfile builds ${repo}; ${df} is assumed because ${why}`,
    },
    confidence: 'low',
  }))
}

/** The lone Dockerfile, for the lone deployed image nothing else explains. */
export function single(repo: string, dockerfile: string): ImageLink {
  return {
    image: repo,
    dockerfile,
    context: dirOf(dockerfile),
    evidence: {
      kind: 'heuristic-single',
      range: fileStart(dockerfile),
      detail: `${dockerfile} is the repository's only Dockerfile and ${repo} the only deployed image without another source, so one is assumed to build the other`,
    },
    confidence: 'low',
  }
}

/**
 * A folder named like the image that holds no Dockerfile of its own, beside a Dockerfile in
 * its parent folder: the shared Dockerfile its apps are built with (`tests/apps/actorapp/`
 * and `tests/apps/Dockerfile`, built once per app folder as the context).
 */
export function sharedByParent(
  repo: string,
  isFolder: (rel: string) => boolean,
  dockerfiles: readonly string[],
): ImageLink[] {
  const name = repo.slice(repo.lastIndexOf('/') + 1)
  const withDockerfile = new Set(dockerfiles.map(dirOf))
  const shared = new Map<string, string[]>()
  for (const d of dockerfiles) {
    if (!PLAIN.has(baseOf(d))) continue
    shared.set(dirOf(d), [...(shared.get(dirOf(d)) ?? []), d])
  }
  const hits: ImageLink[] = []
  for (const [parent, files] of shared) {
    const dir = parent === '.' ? name : `${parent}/${name}`
    if (files.length !== 1 || withDockerfile.has(dir) || !isFolder(dir)) continue
    hits.push({
      image: repo,
      dockerfile: files[0],
      context: dir,
      evidence: {
        kind: 'heuristic-name',
        range: fileStart(files[0]),
        detail: `nothing in the repository says which Dockerfile builds ${repo}; ${files[0]} is assumed because ${dir}/ holds no Dockerfile and ${files[0]} is the one its parent folder shares`,
      },
      confidence: 'low',
    })
  }
  return hits
}
