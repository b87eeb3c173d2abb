/**
 * Image builds in shell scripts. A script's working directory is unknown (CI usually runs
 * `./scripts/build.sh` from the root, people run it from its folder), so paths are tried
 * from both; `cd` moves both. The script's folder wins when the Dockerfile exists there: a
 * script that sits beside a Dockerfile and builds `.` builds that one, not the root's. When
 * the Dockerfile exists under neither, the root reading is kept (for the message).
 */
import type { Collector } from './collector.js'
import { LineIndex } from './line-index.js'
import { dirOf } from './paths.js'
import { addShellBuilds, findShellBuilds, MENTIONS_TOOL } from './shell-builds.js'
import { collectMakefile } from './makefile.js'

export function isMakefile(rel: string): boolean {
  const base = rel.slice(rel.lastIndexOf('/') + 1)
  return (
    base === 'Makefile' || base === 'makefile' || base === 'GNUmakefile' || base.endsWith('.mk')
  )
}

export function collectScript(rel: string, col: Collector): void {
  if (isMakefile(rel)) {
    collectMakefile(rel, col)
    return
  }
  const text = col.read(rel)
  // A script that never names a build tool cannot build an image.
  if (text === undefined || !MENTIONS_TOOL.test(text)) return
  const lines = new LineIndex(rel, text)
  const dir = dirOf(rel)
  const builds = findShellBuilds({
    text,
    rangeOf: (s, e) => lines.range(s, e),
    holes: col.holes,
    env: new Map([['0', rel]]),
    cwds: dir === '.' ? ['.'] : [dir, '.'],
    scriptDir: dir,
    onContainerStart: (found) =>
      col.containerCommands.push({ kind: 'script', file: rel, where: rel, found }),
  })
  addShellBuilds(col, builds, 'script', rel, 'last')
}
