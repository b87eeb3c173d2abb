/**
 * buildImageModel: evaluates one build target of a parsed Dockerfile the way
 * BuildKit would with the given build args: the FROM chain, ARG/ENV scopes
 * and expansion, USER, WORKDIR, EXPOSE, VOLUME, COPY/ADD --chown/--chmod, and
 * what RUN scripts do to accounts and ownership. The base image's facts come
 * from the injected lookup, never from a table in this module.
 */
import { posix } from 'node:path'
import type { SourceRange } from '../core/range.js'
import { AccountTable } from './accounts.js'
import { commandName, interpretCommand, type RunEvent, type ShellKind } from './commands/index.js'
import { normaliseOwner } from './commands/ownership.js'
import { distroFromCommand, guessDistro } from './distro.js'
import { expandWord, expandWords, type Lookup } from './expand.js'
import { kubeletImageUser, splitUserSpec } from './kubelet-user.js'
import { nextRawWord, parseJsonArray, rawWords } from './parse.js'
import { rewritePowerShell } from './shell/powershell.js'
import { walkScript, type CommandVisit, type EvalWord, type Platform } from './shell/walk.js'
import type { MappedText } from './text.js'
import type {
  BaseImageFact,
  BuildImageOptions,
  CommandDecl,
  CopyDecl,
  CopyFromRef,
  CreatedGroup,
  CreatedUser,
  Distro,
  DockerfileModel,
  HiddenAccountSource,
  DockerfileProblem,
  EffectiveUser,
  ExposedPort,
  ImageModel,
  Instruction,
  OwnerSpec,
  FileCapability,
  OwnershipChange,
  OwnershipHow,
  Stage,
  StageRef,
  UserSource,
  VolumeDecl,
  WorkdirDecl,
} from './types.js'

/**
 * Words whose absence proves a RUN cannot create an account or change ownership, so
 * the shell parse can be skipped. A false positive only costs a parse.
 */
const RELEVANT_WORDS = [
  'useradd',
  'groupadd',
  'adduser',
  'addgroup',
  'usermod',
  'userdel',
  'groupdel',
  'chown',
  'chgrp',
  'chmod',
  'icacls',
  'setcap',
  'LocalUser',
  'localuser',
  '/etc/passwd',
  '/etc/group',
]
/** Commands interpretCommand reads, and package managers that tell the distribution. */
const INTERPRETED: ReadonlySet<string> = new Set([
  'useradd',
  'groupadd',
  'usermod',
  'userdel',
  'groupdel',
  'adduser',
  'addgroup',
  'chown',
  'chgrp',
  'chmod',
  'install',
  'find',
  'icacls',
  'icacls.exe',
  'setcap',
  'New-LocalUser',
  'new-localuser',
  'apk',
  'apt-get',
  'apt',
  'dpkg',
  'microdnf',
  'dnf',
  'yum',
  'rpm',
])

/** `install` as a command (not `apt-get install`). */
const INSTALL_COMMAND = /(^|[;&|(`\n]|\b(?:sudo|then|do|else|exec))\s*install\s/

function mayBeRelevant(script: string): boolean {
  for (const w of RELEVANT_WORDS) if (script.includes(w)) return true
  return script.includes('install') && INSTALL_COMMAND.test(script)
}

const PACKAGE_INSTALL =
  /\b(?:(?:apt-get|apt|aptitude|dnf|yum|microdnf|zypper|tdnf)\s+(?:-\S+\s+)*install|apk\s+(?:-\S+\s+)*add|rpm\s+-[a-zA-Z]*[iU]|dpkg\s+-[a-zA-Z]*i)\b/
const SCRIPT_RUN =
  /(?:^|[\s;&|(])(?:(?:\.{1,2}\/|\/)[^\s;&|]*\.(?:sh|bash)\b|(?:sh|bash|ash|source|\.)\s+(?!-)[^\s;&|]+)/

/** Whether a RUN may create accounts the model cannot see. */
function hiddenAccountSource(script: string): HiddenAccountSource['reason'] | undefined {
  if (PACKAGE_INSTALL.test(script)) return 'package install'
  if (SCRIPT_RUN.test(script)) return 'script'
  return undefined
}

const PACKAGE_MANAGER = /(^|[\s;&|(])(apk|apt-get|apt|dpkg|microdnf|dnf|yum|rpm)\s/

export function parsePlatform(p: string | undefined): Platform {
  const [os = 'linux', arch = 'amd64', variant] = (p ?? 'linux/amd64').split('/')
  return { os, arch, variant }
}

function autoArgValues(platform: Platform): Map<string, string> {
  const full = [platform.os, platform.arch, platform.variant].filter(Boolean).join('/')
  const m = new Map<string, string>()
  for (const side of ['TARGET', 'BUILD']) {
    m.set(side + 'PLATFORM', full)
    m.set(side + 'OS', platform.os)
    m.set(side + 'ARCH', platform.arch)
    m.set(side + 'VARIANT', platform.variant ?? '')
  }
  return m
}

/** Where a stage's FROM leads: another stage of the file, or an external image. */
interface StageLink {
  parent?: Stage
  ref: string | null
  written: string
  undefinedVars: string[]
  platform?: string
}

interface UserState {
  raw: string
  written: string
  range: SourceRange
  stage: StageRef
  undefinedVars: string[]
}

interface State {
  env: Map<string, string>
  user: UserState | null
  workdir: WorkdirDecl | null
  shell: ShellKind
  accounts: AccountTable
  distro: Distro | undefined
  createdUsers: CreatedUser[]
  createdGroups: CreatedGroup[]
  chowns: OwnershipChange[]
  fileCaps: FileCapability[]
  exposed: ExposedPort[]
  volumes: VolumeDecl[]
  copiesFrom: CopyFromRef[]
  copies: CopyDecl[]
  entrypoint: CommandDecl | null
  cmd: CommandDecl | null
  hidden: HiddenAccountSource[]
}

export function stageRef(s: Stage): StageRef {
  return s.name !== undefined ? { index: s.index, name: s.name } : { index: s.index }
}

class Builder {
  readonly problems: DockerfileProblem[] = []
  readonly platform: Platform
  readonly auto: Map<string, string>
  readonly buildArgs: Record<string, string>
  readonly globals = new Map<string, string | undefined>()
  readonly esc: string

  constructor(
    readonly df: DockerfileModel,
    readonly opts: BuildImageOptions,
  ) {
    this.platform = parsePlatform(opts.platform)
    this.auto = autoArgValues(this.platform)
    this.buildArgs = opts.buildArgs ?? {}
    this.esc = df.escape
    this.evalGlobalArgs()
  }

  private range(m: MappedText, s: number, e: number): SourceRange {
    const [a, b] = m.span(s, e)
    return this.df.lines.range(a, b)
  }

  private problem(
    message: string,
    range: SourceRange,
    severity: DockerfileProblem['severity'] = 'warning',
  ): void {
    this.problems.push({ message, range, severity })
  }

  // -- ARG ------------------------------------------------------------------

  /** `ARG a=1 b` -> [['a', '1'], ['b', undefined]] (defaults raw). */
  private argDecls(ins: Instruction): [string, string | undefined][] {
    const out: [string, string | undefined][] = []
    for (const w of rawWords(ins.args.text, this.esc)) {
      const eq = w.text.indexOf('=')
      if (eq === -1) out.push([w.text, undefined])
      else out.push([w.text.slice(0, eq), w.text.slice(eq + 1)])
    }
    if (out.length === 0) this.problem('ARG requires at least one argument', ins.range, 'error')
    return out
  }

  private evalGlobalArgs(): void {
    const lookup: Lookup = (n) => (this.globals.has(n) ? this.globals.get(n) : this.auto.get(n))
    for (const ins of this.df.globalArgs) {
      for (const [name, def] of this.argDecls(ins)) {
        if (name in this.buildArgs) this.globals.set(name, this.buildArgs[name])
        else if (this.auto.has(name)) this.globals.set(name, this.auto.get(name))
        else if (def !== undefined) this.globals.set(name, this.expand(def, lookup, ins).value)
        else this.globals.set(name, undefined)
      }
    }
  }

  private globalLookup: Lookup = (n) =>
    this.globals.has(n) ? this.globals.get(n) : this.auto.get(n)

  private expand(text: string, lookup: Lookup, ins: Instruction, keepUndefined = false) {
    const r = expandWord(text, { escape: this.esc, lookup, keepUndefined })
    if (r.error) this.problem(`${ins.keyword}: ${r.error}`, ins.range, 'error')
    return r
  }

  // -- stages ---------------------------------------------------------------

  private links = new Map<number, StageLink>()

  link(stage: Stage): StageLink {
    const cached = this.links.get(stage.index)
    if (cached) return cached
    const r = this.expand(stage.image, this.globalLookup, stage.from)
    const missing = r.undefinedVars.filter(
      (v) => !this.globals.has(v) || this.globals.get(v) === undefined,
    )
    const value = r.value
    const link: StageLink = { ref: value, written: stage.image, undefinedVars: missing }
    if (stage.platform !== undefined) {
      link.platform = this.expand(stage.platform, this.globalLookup, stage.from).value
    }
    const lower = value.toLowerCase()
    const parent = this.df.stages.find(
      (s) => s.index < stage.index && s.name?.toLowerCase() === lower,
    )
    if (parent) link.parent = parent
    else if (value === '' || missing.length > 0) link.ref = null
    this.links.set(stage.index, link)
    return link
  }

  chain(target: Stage): Stage[] {
    const out: Stage[] = []
    const seen = new Set<number>()
    let s: Stage | undefined = target
    while (s && !seen.has(s.index)) {
      seen.add(s.index)
      out.push(s)
      s = this.link(s).parent
    }
    return out
  }

  // -- evaluation -----------------------------------------------------------

  initialState(link: StageLink, fact: BaseImageFact | undefined): State {
    const env = new Map<string, string>()
    for (const [k, v] of Object.entries(fact?.env ?? {})) env.set(k, v)
    const distro = link.ref ? guessDistro(link.ref) : undefined
    const accounts = new AccountTable()
    accounts.seedDistro(distro)
    if (fact) accounts.seedFact(fact)
    return {
      env,
      user: null,
      workdir: null,
      shell: distro === 'windows' ? 'cmd' : 'sh',
      accounts,
      distro,
      createdUsers: [],
      createdGroups: [],
      chowns: [],
      fileCaps: [],
      exposed: [],
      volumes: [],
      copiesFrom: [],
      copies: [],
      entrypoint: null,
      cmd: null,
      hidden: [],
    }
  }

  runStage(stage: Stage, st: State): void {
    const ref = stageRef(stage)
    const args = new Map<string, string | undefined>()
    const lookup: Lookup = (n) => (st.env.has(n) ? st.env.get(n) : args.get(n))
    for (const ins of stage.instructions) {
      switch (ins.keyword) {
        case 'ARG':
          for (const [name, def] of this.argDecls(ins)) {
            let value: string | undefined
            if (name in this.buildArgs) value = this.buildArgs[name]
            else if (def !== undefined) value = this.expand(def, lookup, ins).value
            else if (this.globals.has(name)) value = this.globals.get(name)
            else if (this.auto.has(name)) value = this.auto.get(name)
            args.set(name, value)
          }
          break
        case 'ENV':
          this.env(ins, st, lookup)
          break
        case 'USER': {
          const r = this.expand(ins.args.text, lookup, ins)
          st.user = {
            raw: r.value,
            written: ins.args.text,
            range: ins.range,
            stage: ref,
            undefinedVars: r.undefinedVars,
          }
          for (const v of r.undefinedVars) {
            this.problem(
              `USER uses $${v}, which no ARG or ENV of this build defines (nor the base image's known ENV): Docker expands it to an empty string`,
              ins.range,
            )
          }
          break
        }
        case 'WORKDIR': {
          const r = this.expand(ins.args.text, lookup, ins, true)
          const p = r.value
          let path: string
          if (p.startsWith('/') || /^[A-Za-z]:[/\\]/.test(p) || p.startsWith('$')) path = p
          else path = posix.join(st.workdir?.path ?? '/', p)
          st.workdir = { path, range: ins.range, stage: ref }
          break
        }
        case 'EXPOSE':
          this.expose(ins, st, lookup, ref)
          break
        case 'VOLUME':
          this.volume(ins, st, lookup, ref)
          break
        case 'COPY':
        case 'ADD':
          this.copy(ins, st, lookup, ref)
          break
        case 'ENTRYPOINT':
        case 'CMD': {
          const json = parseJsonArray(ins.args.text)
          const decl: CommandDecl = {
            argv: json ?? ['/bin/sh', '-c', ins.args.text],
            shellForm: !json,
            range: ins.range,
            stage: ref,
          }
          if (ins.keyword === 'CMD') st.cmd = decl
          else {
            // Docker: an ENTRYPOINT drops a CMD inherited from an earlier stage.
            if (st.cmd && st.cmd.stage.index !== ref.index) st.cmd = null
            st.entrypoint = decl
          }
          break
        }
        case 'RUN':
          this.run(ins, st, lookup, ref)
          break
        case 'SHELL': {
          const argv = parseJsonArray(ins.args.text)
          if (!argv || argv.length === 0) {
            this.problem('SHELL requires the arguments to be in JSON form', ins.range, 'error')
            break
          }
          const name = commandName(argv[0], true)
          st.shell =
            name === 'powershell' || name === 'pwsh' ? 'powershell' : name === 'cmd' ? 'cmd' : 'sh'
          break
        }
      }
    }
  }

  private env(ins: Instruction, st: State, lookup: Lookup): void {
    const text = ins.args.text
    const first = nextRawWord(text, 0, this.esc)
    if (!first) return
    const updates: [string, string][] = []
    if (!first.text.includes('=')) {
      // Legacy `ENV KEY value with spaces`.
      const rest = text.slice(first.end).trim()
      updates.push([first.text, this.expand(rest, lookup, ins).value])
    } else {
      for (const w of rawWords(text, this.esc)) {
        const eq = w.text.indexOf('=')
        if (eq <= 0) {
          this.problem(`ENV names can not be blank: ${w.text}`, ins.range, 'error')
          continue
        }
        // All values see the environment from before this instruction.
        updates.push([w.text.slice(0, eq), this.expand(w.text.slice(eq + 1), lookup, ins).value])
      }
    }
    for (const [k, v] of updates) st.env.set(k, v)
  }

  private expose(ins: Instruction, st: State, lookup: Lookup, ref: StageRef): void {
    for (const w of rawWords(ins.args.text, this.esc)) {
      const r = expandWords(w.text, { escape: this.esc, lookup })
      for (const spec of r.words) {
        if (spec === '') continue
        const m = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(spec)
        const port: ExposedPort = {
          spec,
          port: m ? Number(m[1]) : null,
          protocol: m?.[3]?.toLowerCase() ?? 'tcp',
          range: this.range(ins.args, w.start, w.end),
          stage: ref,
        }
        if (m?.[2]) port.endPort = Number(m[2])
        if (!m) this.problem(`EXPOSE: invalid port specification: ${spec}`, port.range)
        st.exposed.push(port)
      }
    }
  }

  private volume(ins: Instruction, st: State, lookup: Lookup, ref: StageRef): void {
    const json = parseJsonArray(ins.args.text)
    const items: { text: string; range: SourceRange }[] = json
      ? json.map((t) => ({ text: t, range: ins.range }))
      : rawWords(ins.args.text, this.esc).map((w) => ({
          text: w.text,
          range: this.range(ins.args, w.start, w.end),
        }))
    for (const it of items) {
      const v = json ? it.text : this.expand(it.text, lookup, ins).value
      if (v.trim() === '') {
        this.problem('VOLUME specified can not be an empty string', it.range, 'error')
        continue
      }
      st.volumes.push({ path: v, range: it.range, stage: ref })
    }
  }

  private owner(raw: string, st: State, dockerCopy: boolean): OwnerSpec {
    const norm = dockerCopy ? raw : normaliseOwner(raw)
    const colon = norm.indexOf(':')
    const u = colon === -1 ? norm : norm.slice(0, colon)
    const g = colon === -1 ? undefined : norm.slice(colon + 1)
    const spec: OwnerSpec = { raw: norm, unresolved: [] }
    if (u !== '') {
      spec.user = u
      if (/^\d+$/.test(u)) spec.uid = Number(u)
      else {
        const acc = st.accounts.users.get(u)
        if (acc?.uid != null) spec.uid = acc.uid
        else if (!acc) spec.unresolved.push(u)
        if (g === undefined && acc?.gid != null && !dockerCopy) spec.gid = acc.gid
      }
    }
    if (g !== undefined && g !== '') {
      spec.group = g
      if (/^\d+$/.test(g)) spec.gid = Number(g)
      else {
        const grp = st.accounts.groups.get(g)
        if (grp?.gid != null) spec.gid = grp.gid
        else if (!grp) spec.unresolved.push(g)
      }
    } else if (g === undefined && dockerCopy && spec.uid !== undefined) {
      // --chown=user without a group: Docker uses the same number for the group.
      spec.gid = st.accounts.users.get(u)?.gid ?? spec.uid
    }
    return spec
  }

  private copy(ins: Instruction, st: State, lookup: Lookup, ref: StageRef): void {
    const flag = (n: string) => ins.flags.find((f) => f.name === n)
    const from = flag('from')
    if (from?.value != null) {
      const v = this.expand(from.value, lookup, ins).value
      const stage =
        /^\d+$/.test(v) && Number(v) < ref.index
          ? this.df.stages[Number(v)]
          : this.df.stages.find(
              (s) => s.index < ref.index && s.name?.toLowerCase() === v.toLowerCase(),
            )
      st.copiesFrom.push({
        ...(stage ? { stage: stageRef(stage) } : { image: v }),
        range: from.range,
        stageOfInstruction: ref,
      })
    }
    const chownF = flag('chown')
    const chmodF = flag('chmod')
    const json = parseJsonArray(ins.args.text)
    let dest: string | undefined
    let destRange = ins.range
    let sources: string[]
    if (json) {
      dest = json[json.length - 1]
      sources = json.slice(0, -1)
    } else {
      const words = rawWords(ins.args.text, this.esc)
      const last = words[words.length - 1]
      if (last) {
        dest = last.text
        destRange = this.range(ins.args, last.start, last.end)
      }
      sources = words.slice(0, -1).map((w) => this.expand(w.text, lookup, ins, true).value)
    }
    if (dest === undefined) {
      this.problem(`${ins.keyword} requires at least two arguments`, ins.range, 'error')
      return
    }
    const d = this.expand(dest, lookup, ins, true).value
    let path: string
    if (d.startsWith('/') || /^[A-Za-z]:[/\\]/.test(d) || d.startsWith('$')) path = d
    else path = posix.join(st.workdir?.path ?? '/', d)
    if (/^\/(etc(\/(passwd|group)?)?)?\/?$/.test(path)) {
      st.hidden.push({ reason: 'copy into /etc', range: ins.range, stage: ref })
    }
    const kw = ins.keyword as 'COPY' | 'ADD'
    const owner =
      chownF?.value != null
        ? this.owner(this.expand(chownF.value, lookup, ins).value, st, true)
        : undefined
    const fromDecl = st.copiesFrom.at(-1)
    st.copies.push({
      keyword: kw,
      sources,
      dest: path.endsWith('/') || !d.endsWith('/') ? path : `${path}/`,
      ...(from?.value != null && fromDecl?.range === from.range
        ? { from: fromDecl.stage ? { stage: fromDecl.stage } : { image: fromDecl.image } }
        : {}),
      ...(owner ? { owner } : {}),
      range: ins.range,
      stage: ref,
    })
    if (!chownF && !chmodF) return
    if (chownF?.value != null && owner) {
      st.chowns.push({
        path,
        owner,
        mode: null,
        how: `${kw} --chown` as OwnershipHow,
        range: chownF.range,
        instruction: ins.range,
        stage: ref,
      })
    }
    if (chmodF?.value != null) {
      st.chowns.push({
        path,
        owner: null,
        mode: this.expand(chmodF.value, lookup, ins).value,
        how: `${kw} --chmod` as OwnershipHow,
        range: chmodF.range,
        instruction: ins.range,
        stage: ref,
      })
    }
    void destRange
  }

  private run(ins: Instruction, st: State, lookup: Lookup, ref: StageRef): void {
    const lines = this.df.lines
    const onEvent = (e: RunEvent) => {
      const range = lines.range(e.start, Math.max(e.end, e.start))
      if (e.kind === 'user') {
        st.createdUsers.push({
          name: e.name,
          uid: e.uid,
          gid: e.gid,
          group: e.group,
          system: e.system,
          origin: 'created',
          via: e.via,
          note: e.note,
          range,
          instruction: ins.range,
          stage: ref,
        })
      } else if (e.kind === 'group') {
        st.createdGroups.push({
          name: e.name,
          gid: e.gid,
          system: e.system,
          origin: 'created',
          via: e.via,
          note: e.note,
          range,
          instruction: ins.range,
          stage: ref,
        })
      } else if (e.kind === 'caps') {
        if (!conditional) st.fileCaps.push({ path: e.path, caps: e.caps, range, stage: ref })
      } else {
        const change: OwnershipChange = {
          path: e.path,
          owner: e.owner === null ? null : this.owner(e.owner, st, false),
          mode: e.mode,
          how: e.how,
          range,
          instruction: ins.range,
          stage: ref,
        }
        if (e.recursive) change.recursive = true
        if (conditional) change.conditional = true
        if (e.note) change.note = e.note
        if (e.pathValues) change.pathValues = e.pathValues
        st.chowns.push(change)
      }
    }
    let conditional = false
    const env = {
      accounts: st.accounts,
      distro: st.distro,
      shell: st.shell,
      emit: onEvent,
    }
    const visit = (v: CommandVisit) => {
      conditional = v.conditional
      if (!env.distro && v.argv[0]) {
        const d = distroFromCommand(commandName(v.argv[0].text, false))
        if (d) env.distro = st.distro = d
      }
      interpretCommand(v, env)
    }
    const ctx = {
      lookup,
      platform: this.platform,
      cwd: st.workdir?.path ?? '/',
      commands: INTERPRETED,
    }

    const json = parseJsonArray(ins.args.text)
    if (json) {
      const hiddenJson = hiddenAccountSource(json.join(' '))
      if (hiddenJson) st.hidden.push({ reason: hiddenJson, range: ins.range, stage: ref })
      const words: EvalWord[] = json.map((t) => ({ text: t, known: true, start: 0, end: 0 }))
      const [a, b] = ins.args.span(0, ins.args.text.length)
      for (const w of words) {
        w.start = a
        w.end = b
      }
      if (
        words.length >= 3 &&
        /(^|\/)(sh|bash|ash|dash)$/.test(json[0]) &&
        /^-\w*c$/.test(json[1])
      ) {
        walkScript(json[2], ctx, visit, () => a)
      } else {
        visit({
          argv: words,
          redirs: [],
          conditional: false,
          cwd: ctx.cwd,
          loopValues: new Map(),
          start: a,
          end: b,
        })
      }
      return
    }

    let script = ins.args.text
    let map = (i: number) => ins.args.offsetAt(Math.min(i, Math.max(script.length - 1, 0)))
    const h = ins.heredocs
    const bare =
      h.length === 1 &&
      /^\s*((\/usr)?(\/bin\/)?(sh|bash|ash|dash)(\s+-\w+)*\s+)?\d*<<-?\s*["']?[^\s"']+["']?\s*$/.test(
        script,
      )
    if (bare) {
      script = h[0].body
      const base = h[0].bodyOffset
      map = (i: number) => base + i
    } else if (h.length > 0) {
      // The shell reads the here-documents after the command line.
      const argsLen = script.length
      const pieces: { at: number; base: number }[] = []
      for (const d of h) {
        script += '\n'
        pieces.push({ at: script.length, base: d.bodyOffset })
        script += d.body + d.name
      }
      map = (i: number) => {
        if (i < argsLen) return ins.args.offsetAt(i)
        for (let k = pieces.length - 1; k >= 0; k--)
          if (i >= pieces[k].at) return pieces[k].base + (i - pieces[k].at)
        return ins.args.offsetAt(argsLen - 1)
      }
    }
    const hidden = hiddenAccountSource(script)
    if (hidden) st.hidden.push({ reason: hidden, range: ins.range, stage: ref })
    if (!mayBeRelevant(script)) {
      // Nothing here can create an account or change ownership: skip the shell parse.
      if (!st.distro) {
        const m = PACKAGE_MANAGER.exec(script)
        if (m) st.distro = distroFromCommand(m[2])
      }
      return
    }
    if (st.shell === 'powershell') {
      const rw = rewritePowerShell(script)
      const outer = map
      walkScript(rw.text, ctx, visit, (i) => outer(rw.map(i)))
      return
    }
    if (st.shell === 'cmd') return
    const errors = walkScript(script, ctx, visit, map)
    for (const e of errors.slice(0, 3)) {
      this.problem(
        `RUN: shell syntax: ${e.message}`,
        lines.range(e.start, Math.max(e.end, e.start + 1)),
      )
    }
  }

  // -- the model --------------------------------------------------------------

  build(): ImageModel {
    const df = this.df
    const target = this.findTarget()
    if (!target) {
      return this.emptyModel()
    }
    const chain = this.chain(target)
    const root = chain[chain.length - 1]
    const rootLink = this.link(root)
    let fact: BaseImageFact | undefined
    if (rootLink.ref !== null && rootLink.ref.toLowerCase() !== 'scratch')
      fact = this.opts.baseImages(rootLink.ref)
    const st = this.initialState(rootLink, fact)
    if (rootLink.ref === null) {
      this.problem(
        `FROM ${root.image}: the base image depends on ${rootLink.undefinedVars.map((v) => '$' + v).join(', ') || 'a value'} that has no default; the base image is unknown`,
        root.imageRange,
        'note',
      )
    }
    for (let k = chain.length - 1; k >= 0; k--) this.runStage(chain[k], st)

    const targetRef = stageRef(target)
    const effectiveUser = this.effectiveUser(st, targetRef, rootLink, fact)
    return {
      file: df.file,
      target: targetRef,
      stageChain: chain.map(stageRef),
      baseImage: {
        ref: rootLink.ref,
        written: root.image,
        range: root.imageRange,
        undefinedVars: rootLink.undefinedVars,
        ...(rootLink.platform !== undefined ? { platform: rootLink.platform } : {}),
        ...(fact ? { fact } : {}),
      },
      effectiveUser,
      users: st.accounts.users,
      groups: st.accounts.groups,
      createdUsers: st.createdUsers,
      createdGroups: st.createdGroups,
      chowns: st.chowns,
      fileCapabilities: st.fileCaps,
      exposedPorts: st.exposed,
      volumes: st.volumes,
      workdir: st.workdir,
      env: Object.fromEntries(st.env),
      copiesFrom: st.copiesFrom,
      copies: st.copies,
      entrypoint: st.entrypoint,
      cmd: st.cmd,
      hiddenAccountSources: st.hidden,
      distro: st.distro,
      problems: this.problems,
    }
  }

  private findTarget(): Stage | undefined {
    const stages = this.df.stages
    if (stages.length === 0) return undefined
    const t = this.opts.target
    if (t === undefined || t === '') return stages[stages.length - 1]
    const found =
      typeof t === 'number' || /^\d+$/.test(t)
        ? stages[Number(t)]
        : stages.find((s) => s.name?.toLowerCase() === t.toLowerCase())
    if (found) return found
    this.problem(
      `target stage "${t}" could not be found; using the last stage`,
      stages[stages.length - 1].from.range,
      'error',
    )
    return stages[stages.length - 1]
  }

  private effectiveUser(
    st: State,
    target: StageRef,
    rootLink: StageLink,
    fact: BaseImageFact | undefined,
  ): EffectiveUser {
    let raw: string | null
    let origin: UserSource
    let source: EffectiveUser['source']
    let written: string | undefined
    let undefinedVars: string[] = []
    if (st.user) {
      raw = st.user.raw
      written = st.user.written
      source = st.user.range
      undefinedVars = st.user.undefinedVars
      origin = {
        kind: 'dockerfile',
        range: st.user.range,
        stage: st.user.stage,
        inherited: st.user.stage.index !== target.index,
      }
      if (undefinedVars.length > 0 && raw === '') raw = null
    } else if (rootLink.ref === null) {
      raw = null
      source = undefined
      origin = {
        kind: 'unknown',
        image: null,
        reason: `the base image is not resolvable: ${rootLink.undefinedVars.map((v) => `ARG ${v} has no default`).join(', ')}`,
      }
    } else if (rootLink.ref.toLowerCase() === 'scratch') {
      raw = ''
      source = undefined
      origin = { kind: 'base-image', image: 'scratch' }
    } else if (fact) {
      raw = fact.user
      source = fact
      origin = { kind: 'base-image', image: rootLink.ref, fact }
    } else {
      raw = null
      source = undefined
      origin = {
        kind: 'unknown',
        image: rootLink.ref,
        reason: `no facts known for base image ${rootLink.ref}`,
      }
    }
    const eu: EffectiveUser = { raw, source, origin, undefinedVars }
    if (written !== undefined) eu.written = written
    if (raw !== null) {
      Object.assign(eu, splitUserSpec(raw))
      eu.kubelet = kubeletImageUser(raw)
      if (eu.name !== undefined) {
        const acc = st.accounts.users.get(eu.name)
        if (acc?.uid != null) eu.resolvedUid = acc.uid
        if (acc?.gid != null) eu.resolvedGid = acc.gid
      } else if (eu.uid !== undefined) {
        eu.resolvedUid = eu.uid
        const acc = st.accounts.userByUid(eu.uid)
        if (acc?.gid != null) eu.resolvedGid = acc.gid
      }
      if (eu.group !== undefined) {
        const g = st.accounts.groups.get(eu.group)
        if (g?.gid != null) eu.resolvedGid = g.gid
      } else if (eu.gid !== undefined) eu.resolvedGid = eu.gid
    }
    return eu
  }

  private emptyModel(): ImageModel {
    const r = this.df.lines.range(0, 0)
    return {
      file: this.df.file,
      target: { index: -1 },
      stageChain: [],
      baseImage: { ref: null, written: '', range: r, undefinedVars: [] },
      effectiveUser: {
        raw: null,
        source: undefined,
        origin: { kind: 'unknown', image: null, reason: 'the Dockerfile has no build stage' },
        undefinedVars: [],
      },
      users: new Map(),
      groups: new Map(),
      createdUsers: [],
      createdGroups: [],
      chowns: [],
      fileCapabilities: [],
      exposedPorts: [],
      volumes: [],
      workdir: null,
      env: {},
      copiesFrom: [],
      copies: [],
      entrypoint: null,
      cmd: null,
      hiddenAccountSources: [],
      problems: this.problems,
    }
  }
}

export function buildImageModel(df: DockerfileModel, opts: BuildImageOptions): ImageModel {
  return new Builder(df, opts).build()
}
