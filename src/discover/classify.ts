/** What a file is to the scanner, from its path alone. */
export type FileKind =
  | 'manifest'
  | 'chart'
  | 'kustomization'
  | 'dockerfile'
  | 'workflow'
  | 'compose'
  | 'skaffold'
  | 'script'
  | 'config'

const DOCKERFILE_RE =
  /^(?:(?:Dockerfile|Containerfile)(?:[.-].*)?|.+\.(?:dockerfile|containerfile))$/i

export function classifyFile(rel: string): FileKind | undefined {
  const slash = rel.lastIndexOf('/')
  const base = rel.slice(slash + 1)
  const lower = base.toLowerCase()
  if (base === 'Chart.yaml') return 'chart'
  if (base === 'kustomization.yaml' || base === 'kustomization.yml' || base === 'Kustomization')
    return 'kustomization'
  if (lower === '.kube-whoami.yaml' || lower === '.kube-whoami.yml') return 'config'
  if (
    DOCKERFILE_RE.test(base) &&
    !lower.endsWith('.dockerignore') &&
    !/\.(ya?ml|json|md|txt)$/.test(lower)
  )
    return 'dockerfile'
  const isYaml = /\.(ya?ml)$/.test(lower)
  if (isYaml && /(^|\/)\.github\/workflows\/[^/]+$/.test(rel)) return 'workflow'
  if (isYaml && /^(docker-)?compose([.-].*)?\.ya?ml$/.test(lower)) return 'compose'
  if (isYaml && /^skaffold([.-].*)?\.ya?ml$/.test(lower)) return 'skaffold'
  if (
    base === 'Makefile' ||
    base === 'makefile' ||
    base === 'GNUmakefile' ||
    /\.(mk|sh|bash)$/.test(lower)
  )
    return 'script'
  if (isYaml || lower.endsWith('.json')) return 'manifest'
  return undefined
}
