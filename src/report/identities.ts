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

export function identitiesTable(identities: readonly ContainerIdentity[]): string {
  if (!identities.length) return 'Who runs as whom: no workloads found.\n'
  const rows = [['WORKLOAD', 'CONTAINER', 'IMAGE', 'BUILT FROM', 'USER', 'KUBELET']]
  const notes: string[] = []
  for (const id of identities) {
    const w = `${id.workload.kind}/${id.workload.name ?? '?'}`
    const built = id.build
      ? `${id.build.dockerfile}${id.build.target ? ` (${id.build.target})` : ''}${id.build.confidence === 'low' ? ' ?' : ''}`
      : '-'
    rows.push([w, id.container, id.image ?? '-', built, id.user.display, VERDICT[id.verdict.kind]])
    if (id.verdict.kind === 'refused') notes.push(`  ${w} ${id.container}: ${id.verdict.message}`)
  }
  const lines = ['Who runs as whom', ...pad(rows).map((l) => `  ${l}`)]
  if (notes.length) lines.push('', ...notes)
  return lines.join('\n') + '\n'
}
