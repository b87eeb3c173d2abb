/**
 * Which runtime an image runs, from its base image, its ENTRYPOINT/CMD (or the container's
 * command and args) and what it copies, and where that runtime writes at run time
 * (runtime-write-table.ts), as absolute paths.
 */
import { posix } from 'node:path'
import type { SourceRange } from '../core/range.js'
import type { CommandDecl, ImageModel } from '../dockerfile/types.js'
import { runtimeFact, type RuntimeFact, type RuntimeWritePath } from './runtime-write-table.js'

/** A place the program of an image writes at run time. */
export interface RuntimeWrite {
  runtime: RuntimeFact
  fact: RuntimeWritePath
  /** Absolute path. */
  path: string
  /** The application directory (for `within: 'app'` facts). */
  appDir?: string
  /** What showed the runtime, for messages: a Dockerfile line, or the container's command. */
  evidence: { text: string; range?: SourceRange }[]
}

/** The container's own `command` and `args`, when it sets them (they replace ENTRYPOINT and CMD). */
export interface ContainerCommand {
  command?: string[]
  args?: string[]
}

interface Argv {
  words: string[]
  evidence: { text: string; range?: SourceRange }[]
}

/** What the container runs: its command/args over the image's ENTRYPOINT/CMD, as Kubernetes does. */
function effectiveArgv(model: ImageModel, container: ContainerCommand): Argv {
  const evidence: Argv['evidence'] = []
  const fromImage = (d: CommandDecl | null, kw: string): string[] => {
    if (!d) return []
    evidence.push({ text: `${kw} at line ${d.range.startLine}`, range: d.range })
    return d.argv
  }
  let entry: string[]
  let cmd: string[]
  if (container.command) {
    entry = container.command
    evidence.push({ text: "the container's command" })
    cmd = container.args ?? []
    if (container.args) evidence.push({ text: "the container's args" })
  } else {
    entry = fromImage(model.entrypoint, 'ENTRYPOINT')
    if (container.args) {
      cmd = container.args
      evidence.push({ text: "the container's args" })
    } else cmd = fromImage(model.cmd, 'CMD')
  }
  // Shell forms and `sh -c` scripts: their words, split where a shell would.
  const words: string[] = []
  for (const w of [...entry, ...cmd]) {
    for (const part of w.split(/[\s;&|()]+/)) if (part !== '') words.push(part)
  }
  return { words, evidence }
}

const base = (w: string) => w.slice(w.lastIndexOf('/') + 1)

function resolveIn(dir: string, p: string): string {
  return posix.normalize(p.startsWith('/') ? p : posix.join(dir, p)).replace(/(.)\/+$/, '$1')
}

function strip(p: string): string {
  return p.replace(/(.)\/+$/, '$1')
}

/** The runtimes an image runs and where they write. */
export function runtimeWrites(model: ImageModel, container: ContainerCommand = {}): RuntimeWrite[] {
  const argv = effectiveArgv(model, container)
  const words = argv.words
  const workdir = strip(model.workdir?.path ?? '/')
  const out: RuntimeWrite[] = []
  const add = (
    id: Parameters<typeof runtimeFact>[0],
    appDir: string | undefined,
    evidence: RuntimeWrite['evidence'],
  ) => {
    const runtime = runtimeFact(id)
    for (const fact of runtime.paths) {
      if (fact.within === 'app' && appDir === undefined) continue
      const path = fact.within === 'app' ? resolveIn(appDir!, fact.path) : fact.path
      out.push({
        runtime,
        fact,
        path,
        appDir: fact.within === 'app' ? appDir : undefined,
        evidence,
      })
    }
  }

  // Next.js: the standalone output copied in, or `next start`.
  const standalone = model.copies.find((c) =>
    c.sources.some((s) => /(^|\/)\.next\/standalone\/?$/.test(s)),
  )
  // `node server.js`, or `server.js` alone where the base image's entrypoint is node (distroless).
  const serverJs = words.findIndex((w) => base(w) === 'server.js')
  const nodeRuns = serverJs >= 0
  const nextStart = words.findIndex((w, i) => base(w) === 'next' && words[i + 1] === 'start')
  const knownCommand = words.length > 0
  if (standalone && (!knownCommand || nodeRuns)) {
    const appDir = nodeRuns
      ? posix.dirname(resolveIn(workdir, words[serverJs]))
      : strip(standalone.dest)
    add('nextjs', appDir, [
      {
        text: `its standalone server copied at line ${standalone.range.startLine}`,
        range: standalone.range,
      },
      ...(nodeRuns ? argv.evidence : []),
    ])
  } else if (nextStart >= 0) {
    add('nextjs', workdir, argv.evidence)
  }

  // Rails: `rails server` / `rails s`, directly or through bundle exec, thrust, foreman….
  const rails = words.findIndex(
    (w, i) => base(w) === 'rails' && (words[i + 1] === 'server' || words[i + 1] === 's'),
  )
  if (rails >= 0) {
    const w = words[rails]
    // `bin/rails` lives in the app's bin/; a bare `rails` runs in the working directory.
    const appDir = w.includes('/') ? posix.dirname(posix.dirname(resolveIn(workdir, w))) : workdir
    add('rails-server', appDir, argv.evidence)
  }

  const repo = model.baseImage.fact?.family ?? ''
  const baseRef = (model.baseImage.ref ?? '').toLowerCase()
  if (/(^|\/)nginx-unprivileged(:|@|$)/.test(baseRef)) {
    add('nginx-unprivileged', undefined, [
      { text: `FROM ${model.baseImage.written}`, range: model.baseImage.range },
    ])
  } else if (
    repo.startsWith('nginx:') &&
    (!knownCommand || words.some((x) => base(x) === 'nginx'))
  ) {
    add('nginx', undefined, [
      { text: `FROM ${model.baseImage.written}`, range: model.baseImage.range },
    ])
  }
  if (/(^|\/)php:[^@]*fpm/.test(baseRef) || words.some((x) => /^php-fpm/.test(base(x)))) {
    add('php-fpm', undefined, [
      { text: `FROM ${model.baseImage.written}`, range: model.baseImage.range },
    ])
  }
  if (words.some((x) => /^python[0-9.]*$/.test(base(x)))) add('python', workdir, argv.evidence)
  if (words.some((x) => base(x) === 'gunicorn')) {
    const at = words.findIndex((x) => x === '--worker-tmp-dir' || x.startsWith('--worker-tmp-dir='))
    const dir =
      at < 0 ? undefined : words[at].includes('=') ? words[at].split('=')[1] : words[at + 1]
    // A worker tmp dir in memory (/dev/shm) is not on the root filesystem.
    if (!dir?.startsWith('/dev/shm')) add('gunicorn', undefined, argv.evidence)
  }
  if (words.some((x) => base(x) === 'java')) add('jvm', undefined, argv.evidence)
  return out.filter((w) => !(w.fact.unlessEnv && model.env[w.fact.unlessEnv]))
}
