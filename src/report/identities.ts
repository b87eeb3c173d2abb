/** The "who runs as whom" table for terminals: one row per container. */
import type { ContainerIdentity } from '../core/identity.js'
import { maxOf } from '../core/arrays.js'

const VERDICT: Record<ContainerIdentity['verdict']['kind'], string> = {
  starts: 'starts',
  refused: 'REFUSED by the kubelet',
  'runs-as-root': 'starts as ROOT',
  unknown: 'unknown',
}

function pad(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => maxOf(rows.map((r) => r[i].length)))
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  )
}

const DOCKER_VERDICT: Record<ContainerIdentity['verdict']['kind'], string> = {
  starts: 'starts',
  refused: 'FAILS to start',
  'runs-as-root': 'starts as ROOT',
  unknown: 'unknown',
}

const builtFrom = (id: ContainerIdentity): string =>
  id.build
    ? `${id.build.dockerfile}${id.build.target ? ` (${id.build.target})` : ''}${id.build.confidence === 'low' ? ' ?' : ''}`
    : '-'

export function identitiesTable(identities: readonly ContainerIdentity[]): string {
  const kube = identities.filter((id) => id.runtime === undefined)
  const docker = identities.filter((id) => id.runtime === 'docker')
  const out = kube.length || !docker.length ? kubernetesTable(kube) : ''
  return docker.length ? `${out}${out ? '\n' : ''}${dockerTable(docker)}` : out
}

/** Containers Docker starts: where, image, user, Docker's verdict and what they may touch. */
function dockerTable(identities: readonly ContainerIdentity[]): string {
  const rows = [['STARTED BY', 'IMAGE', 'BUILT FROM', 'USER', 'DOCKER', 'HOST ACCESS']]
  const notes: string[] = []
  for (const id of identities) {
    const where = `${id.docker?.startedBy ?? id.workload.name ?? '?'} (${id.workload.range.file}:${id.workload.range.startLine})`
    rows.push([
      where,
      id.image ?? '-',
      builtFrom(id),
      id.user.display,
      DOCKER_VERDICT[id.verdict.kind],
      id.docker?.privileges.join(', ') || '-',
    ])
    if (id.verdict.kind === 'refused') notes.push(`  ${where}: ${id.verdict.message}`)
  }
  const lines = [
    'Who runs as whom (Docker, Compose, workflow jobs)',
    ...pad(rows).map((l) => `  ${l}`),
  ]
  if (notes.length) lines.push('', ...notes)
  return lines.join('\n') + '\n'
}

function kubernetesTable(identities: readonly ContainerIdentity[]): string {
  if (!identities.length) return 'Who runs as whom: no workloads found.\n'
  const rows = [['WORKLOAD', 'CONTAINER', 'IMAGE', 'BUILT FROM', 'USER', 'KUBELET']]
  const notes: string[] = []
  for (const id of identities) {
    const w = `${id.workload.kind}/${id.workload.name ?? '?'}`
    const built = builtFrom(id)
    rows.push([w, id.container, id.image ?? '-', built, id.user.display, VERDICT[id.verdict.kind]])
    if (id.verdict.kind === 'refused') notes.push(`  ${w} ${id.container}: ${id.verdict.message}`)
  }
  const lines = ['Who runs as whom', ...pad(rows).map((l) => `  ${l}`)]
  if (notes.length) lines.push('', ...notes)
  return lines.join('\n') + '\n'
}
