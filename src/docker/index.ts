/**
 * Every container the repository starts outside Kubernetes, as container views: Compose
 * services, `docker run` / `docker create` / `podman run` lines (wherever the image linker
 * reads commands: shell scripts, Makefiles, workflow `run:` steps), and workflow job
 * containers and services. The files were read once, by the linker; this layer only
 * turns what it found into views, and reports what it could not read as notices.
 */
import type { Notice } from '../core/finding.js'
import type { SourceRange } from '../core/range.js'
import type { LinkIndex } from '../images/links/index.js'
import type { HoleTable } from '../images/template.js'
import { serviceContainer } from './compose/service.js'
import { commandContainer, jobContainer } from './run/container.js'
import type { DockerContainer } from './types.js'

export type * from './types.js'

export interface DockerViews {
  containers: DockerContainer[]
  notices: Notice[]
}

export function dockerContainers(links: LinkIndex): DockerViews {
  const holes: HoleTable = links.holes
  const notices: Notice[] = []
  const seenNotice = new Set<string>()
  const note = (level: Notice['level'], message: string, range: SourceRange) => {
    const key = `${range.file}:${range.startLine}:${range.startColumn}\u0000${message}`
    if (seenNotice.has(key)) return
    seenNotice.add(key)
    notices.push({ level, message, range })
  }
  const containers: DockerContainer[] = []
  const seen = new Set<string>()
  const add = (c: DockerContainer) => {
    // Matrix legs, make targets reached twice and scripts read from two folders repeat a
    // command: one view per place and content.
    const key = JSON.stringify([
      c.anchor.file,
      c.anchor.startLine,
      c.anchor.startColumn,
      c.image?.value,
      c.user?.value,
      c.identity,
    ])
    if (seen.has(key)) return
    seen.add(key)
    containers.push(c)
  }
  for (const project of links.composeProjects) {
    for (const service of project.services) {
      add(
        serviceContainer(
          service,
          {
            read: () => undefined,
            exists: () => false,
            problem: (level, _code, message, range) => note(level, message, range),
            holes,
          },
          (message, range) => note('note', message, range),
        ),
      )
    }
  }
  for (const cmd of links.containerCommands) {
    const c = commandContainer(cmd, holes)
    for (const p of cmd.found.problems) {
      note(
        'warning',
        `${c.where}: ${p.message}; sh refuses the script, and the command was read up to the end of the text`,
        p.range,
      )
    }
    if (!c.image) {
      note('note', `${c.where} names no image: the command is not checked`, c.anchor)
      continue
    }
    add(c)
  }
  for (const job of links.jobContainers) {
    // The runner skips a service whose image expression comes out empty (a matrix switch).
    if (job.image?.text.trim() === '') continue
    add(jobContainer(job, holes))
  }
  // Two identical commands in one file stay two containers for fingerprints.
  const count = new Map<string, number>()
  for (const c of containers) {
    const key = `${c.file}\u0000${c.identity}`
    const n = (count.get(key) ?? 0) + 1
    count.set(key, n)
    if (n > 1) c.identity += ` #${n}`
  }
  return { containers, notices }
}
