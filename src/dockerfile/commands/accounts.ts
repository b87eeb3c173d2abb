/**
 * Account creation in RUN: shadow `useradd`/`groupadd`/`usermod`/`userdel`,
 * Debian `adduser`/`addgroup`, BusyBox `adduser`/`addgroup` (whose `-G` is
 * the primary group and `-g` the GECOS field), lines appended to
 * /etc/passwd and /etc/group, and PowerShell `New-LocalUser`.
 */
import type { AllocationRule } from '../id-allocation.js'
import type { CommandVisit, EvalWord } from '../shell/walk.js'
import type { CommandEnv } from './events.js'
import { spanOf, toId } from './events.js'
import { getopt, hasOpt, lastOpt, type ParsedArgs } from './getopt.js'

const USERADD = {
  short: 'b:c:d:De:f:g:G:hk:K:lmMNop:rR:P:s:u:UZ:F',
  long: {
    'base-dir:': 'b',
    'comment:': 'c',
    'home-dir:': 'd',
    defaults: 'D',
    'expiredate:': 'e',
    'inactive:': 'f',
    'gid:': 'g',
    'groups:': 'G',
    help: 'h',
    'skel:': 'k',
    'key:': 'K',
    'no-log-init': 'l',
    'create-home': 'm',
    'no-create-home': 'M',
    'no-user-group': 'N',
    'non-unique': 'o',
    'password:': 'p',
    system: 'r',
    'root:': 'R',
    'prefix:': 'P',
    'shell:': 's',
    'uid:': 'u',
    'user-group': 'U',
    'selinux-user:': 'Z',
    'add-subids-for-system': 'F',
    'btrfs-subvolume-home': '',
    badname: '',
    badnames: '',
  },
}

const GROUPADD = {
  short: 'fg:hK:op:rR:P:U:',
  long: {
    force: 'f',
    'gid:': 'g',
    help: 'h',
    'key:': 'K',
    'non-unique': 'o',
    'password:': 'p',
    system: 'r',
    'root:': 'R',
    'prefix:': 'P',
    'users:': 'U',
  },
}

const USERMOD = {
  short: 'ac:d:e:f:g:G:hl:Lmop:R:P:s:u:UZ:',
  long: {
    append: 'a',
    'comment:': 'c',
    'home:': 'd',
    'gid:': 'g',
    'groups:': 'G',
    'login:': 'l',
    'uid:': 'u',
    'shell:': 's',
    'move-home': 'm',
    'non-unique': 'o',
  },
}

const BUSYBOX_ADDUSER = {
  short: 'h:g:s:G:SDHu:k:',
  long: {
    'home:': 'h',
    'gecos:': 'g',
    'shell:': 's',
    'ingroup:': 'G',
    system: 'S',
    'disabled-password': 'D',
    'empty-password': '',
    'no-create-home': 'H',
    'uid:': 'u',
    'skel:': 'k',
  },
}

const BUSYBOX_ADDGROUP = { short: 'g:S', long: { 'gid:': 'g', system: 'S' } }

const DEBIAN_ADDUSER = {
  short: 'qDd',
  long: {
    system: '',
    'home:': '',
    'shell:': '',
    'no-create-home': '',
    'uid:': '',
    'firstuid:': '',
    'lastuid:': '',
    'firstgid:': '',
    'lastgid:': '',
    'gecos:': '',
    'comment:': '',
    group: '',
    'ingroup:': '',
    'gid:': '',
    'disabled-password': '',
    'disabled-login': '',
    add_extra_groups: '',
    'add-extra-groups': '',
    'encrypt-home': '',
    quiet: 'q',
    debug: 'd',
    'force-badname': '',
    'allow-badname': '',
    'allow-all-names': '',
    'conf:': '',
    'key:': '',
  },
}

const DEBIAN_ADDGROUP = {
  short: 'q',
  long: {
    system: '',
    'gid:': '',
    quiet: 'q',
    'force-badname': '',
    'allow-badname': '',
    'conf:': '',
  },
}

function numberNote(name: string, w: EvalWord | undefined): string | undefined {
  if (w && !(w.known && /^\d+$/.test(w.text)))
    return `${name} ${w.text} is not a number known from the Dockerfile`
  return undefined
}

export function useradd(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p = getopt(args, USERADD)
  if (hasOpt(p, 'D') || hasOpt(p, 'h')) return
  const nameW = p.positionals[0]
  if (!nameW) return
  const name = nameW.text
  const uidW = lastOpt(p, 'u')?.value
  let uid = toId(uidW)
  const system = hasOpt(p, 'r')
  const acc = env.accounts
  let group: string | null = null
  let gid: number | null = null
  const notes: string[] = []
  const un = numberNote('--uid', uidW)
  if (un) notes.push(un)
  if (!uidW) {
    const p2 = acc.predict('uid', system ? 'shadow-system' : 'shadow')
    if (p2) {
      uid = p2.id
      notes.push(p2.note)
    }
  }
  const g = lastOpt(p, 'g')?.value
  if (g) {
    const r = acc.resolveGroup(g.text)
    group = r.name
    gid = r.gid
    if (!r.known && !/^\d+$/.test(g.text))
      notes.push(`group ${g.text} is not known at this point of the build`)
  } else if (hasOpt(p, 'N')) {
    const users = acc.groups.get('users')
    group = users ? 'users' : null
    gid = users?.gid ?? null
    notes.push(
      "--no-user-group: primary group is useradd's default group (GROUP in /etc/default/useradd)",
    )
  } else if (
    hasOpt(p, 'U') ||
    (env.distro && env.distro !== 'alpine' && env.distro !== 'busybox')
  ) {
    // USERGROUPS_ENAB: a same-name group, with gid = uid when that gid is free.
    group = name
    gid = uid !== null && !acc.groupByGid(uid) ? uid : null
    let groupNote = 'created by useradd (USERGROUPS_ENAB)'
    if (gid === null && uid !== null) {
      const pg = acc.predict('gid', system ? 'shadow-system' : 'shadow')
      if (pg) {
        gid = pg.id
        groupNote += `; ${pg.note}`
      }
    }
    env.emit({
      kind: 'group',
      name,
      gid,
      system,
      via: 'useradd (implicit group)',
      note: groupNote,
      ...spanOf(v, nameW),
    })
    acc.groups.set(name, { name, gid, system, origin: 'created', via: 'useradd (implicit group)' })
  } else {
    notes.push('no -g: the primary group depends on login.defs (USERGROUPS_ENAB) of the base image')
  }
  env.emit({
    kind: 'user',
    name,
    uid,
    gid,
    group,
    system,
    via: 'useradd',
    note: notes.length ? notes.join('; ') : undefined,
    ...spanOf(v, args[args.length - 1]),
  })
  acc.users.set(name, {
    name,
    uid,
    gid,
    group,
    system,
    origin: 'created',
    via: 'useradd',
    ...predictedNote(notes),
  })
}

export function groupadd(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p = getopt(args, GROUPADD)
  const nameW = p.positionals[0]
  if (!nameW || hasOpt(p, 'h')) return
  const gidW = lastOpt(p, 'g')?.value
  let gid = toId(gidW)
  const system = hasOpt(p, 'r')
  const predicted = gidW
    ? undefined
    : env.accounts.predict('gid', system ? 'shadow-system' : 'shadow')
  if (predicted) gid = predicted.id
  env.emit({
    kind: 'group',
    name: nameW.text,
    gid,
    system,
    via: 'groupadd',
    note: numberNote('--gid', gidW) ?? predicted?.note,
    ...spanOf(v, args[args.length - 1]),
  })
  env.accounts.groups.set(nameW.text, {
    name: nameW.text,
    gid,
    system,
    origin: 'created',
    via: 'groupadd',
  })
}

export function usermod(_v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p = getopt(args, USERMOD)
  const nameW = p.positionals[0]
  if (!nameW) return
  const u = env.accounts.users.get(nameW.text)
  if (!u) return
  const next = { ...u }
  const uidW = lastOpt(p, 'u')?.value
  if (uidW) next.uid = toId(uidW)
  const g = lastOpt(p, 'g')?.value
  if (g) {
    const r = env.accounts.resolveGroup(g.text)
    next.group = r.name
    next.gid = r.gid
  }
  const l = lastOpt(p, 'l')?.value
  if (l) {
    env.accounts.users.delete(u.name)
    next.name = l.text
  }
  env.accounts.users.set(next.name, next)
}

export function userdel(_v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p = getopt(args, { short: 'fhrR:P:Z', long: { force: 'f', remove: 'r', 'root:': 'R' } })
  const nameW = p.positionals[0]
  if (!nameW) return
  if (nameW.known) env.accounts.users.delete(nameW.text)
}

export function groupdel(_v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p = getopt(args, { short: 'fhR:P:', long: { force: 'f', 'root:': 'R' } })
  const nameW = p.positionals[0]
  if (nameW?.known) env.accounts.groups.delete(nameW.text)
}

/** Which `adduser` the command is: by distribution, else by its option style. */
function adduserFlavor(args: EvalWord[], env: CommandEnv): 'busybox' | 'debian' {
  if (env.distro === 'alpine' || env.distro === 'busybox') return 'busybox'
  if (env.distro === 'debian' || env.distro === 'ubuntu') return 'debian'
  return args.some((a) => /^-[a-zA-Z]/.test(a.text) && !/^-[qd]$/.test(a.text))
    ? 'busybox'
    : 'debian'
}

export function adduser(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  if (adduserFlavor(args, env) === 'busybox') busyboxAdduser(v, args, env)
  else debianAdduser(v, args, env)
}

export function addgroup(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const flavor = adduserFlavor(args, env)
  const p = getopt(args, flavor === 'busybox' ? BUSYBOX_ADDGROUP : DEBIAN_ADDGROUP)
  // `addgroup USER GROUP` adds an existing user to a group.
  if (p.positionals.length !== 1) return
  const nameW = p.positionals[0]
  const gidW = lastOpt(p, flavor === 'busybox' ? 'g' : 'gid')?.value
  let gid = toId(gidW)
  const system = hasOpt(p, flavor === 'busybox' ? 'S' : 'system')
  const via = flavor === 'busybox' ? 'addgroup (busybox)' : 'addgroup (debian)'
  const predicted = gidW
    ? undefined
    : env.accounts.predict('gid', `${flavor}${system ? '-system' : ''}` as AllocationRule)
  if (predicted) gid = predicted.id
  env.emit({
    kind: 'group',
    name: nameW.text,
    gid,
    system,
    via,
    note: numberNote('--gid', gidW) ?? predicted?.note,
    ...spanOf(v, args[args.length - 1]),
  })
  env.accounts.groups.set(nameW.text, { name: nameW.text, gid, system, origin: 'created', via })
}

function busyboxAdduser(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p = getopt(args, BUSYBOX_ADDUSER)
  if (p.positionals.length !== 1) return
  const nameW = p.positionals[0]
  const name = nameW.text
  const uidW = lastOpt(p, 'u')?.value
  let uid = toId(uidW)
  const system = hasOpt(p, 'S')
  const acc = env.accounts
  const notes: string[] = []
  const un = numberNote('-u', uidW)
  if (un) notes.push(un)
  let group: string | null
  let gid: number | null
  const G = lastOpt(p, 'G')?.value
  if (!uidW) {
    // Without a group to join, the uid must be free as a gid too (its own group gets it).
    const pu = acc.predict('uid', system ? 'busybox-system' : 'busybox', !G && !system)
    if (pu) {
      uid = pu.id
      notes.push(pu.note)
    }
  }
  if (G) {
    const r = acc.resolveGroup(G.text)
    group = r.name
    gid = r.gid
    if (!r.known) notes.push(`group ${G.text} is not known at this point of the build`)
  } else if (system) {
    const ng = acc.groups.get('nogroup')
    group = 'nogroup'
    gid = ng?.gid ?? null
    notes.push('-S without -G: BusyBox puts the user in nogroup')
  } else {
    // BusyBox creates a group named after the user, with gid = uid.
    group = name
    gid = uid
    env.emit({
      kind: 'group',
      name,
      gid,
      system: false,
      via: 'adduser (busybox, implicit group)',
      note: 'created implicitly by adduser',
      ...spanOf(v, nameW),
    })
    acc.groups.set(name, {
      name,
      gid,
      system: false,
      origin: 'created',
      via: 'adduser (busybox, implicit group)',
    })
  }
  if (uid === null && !uidW)
    notes.push(system ? 'uid not pinned (first free system id)' : 'uid not pinned')
  if (lastOpt(p, 'g')) notes.push('-g is the GECOS field in BusyBox, not the group')
  env.emit({
    kind: 'user',
    name,
    uid,
    gid,
    group,
    system,
    via: 'adduser (busybox)',
    note: notes.length ? notes.join('; ') : undefined,
    ...spanOf(v, args[args.length - 1]),
  })
  acc.users.set(name, {
    name,
    uid,
    gid,
    group,
    system,
    origin: 'created',
    via: 'adduser (busybox)',
    ...predictedNote(notes),
  })
}

function debianAdduser(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  const p: ParsedArgs = getopt(args, DEBIAN_ADDUSER)
  const acc = env.accounts
  const withGroup = hasOpt(p, 'group')
  const system = hasOpt(p, 'system')
  if (p.positionals.length === 2) return // adduser USER GROUP: membership
  if (p.positionals.length !== 1) return
  const nameW = p.positionals[0]
  const name = nameW.text
  const gidOpt = lastOpt(p, 'gid')?.value
  if (withGroup && !system) {
    // `adduser --group NAME` is addgroup.
    const gid = toId(gidOpt)
    env.emit({
      kind: 'group',
      name,
      gid,
      system: false,
      via: 'addgroup (debian)',
      ...spanOf(v, nameW),
    })
    acc.groups.set(name, { name, gid, system: false, origin: 'created', via: 'addgroup (debian)' })
    return
  }
  const uidW = lastOpt(p, 'uid')?.value
  let uid = toId(uidW)
  const notes: string[] = []
  let group: string | null
  let gid: number | null
  const ingroup = lastOpt(p, 'ingroup')?.value
  const rule: AllocationRule = system ? 'debian-system' : 'debian'
  if (ingroup) {
    const r = acc.resolveGroup(ingroup.text)
    group = r.name
    gid = r.gid
  } else if (gidOpt) {
    const r = acc.resolveGroup(gidOpt.text)
    group = r.name
    gid = r.gid
  } else if (system && !withGroup) {
    group = 'nogroup'
    gid = acc.groups.get('nogroup')?.gid ?? null
    notes.push('--system without --group: primary group nogroup')
  } else {
    group = name
    // adduser makes the group first, then the user.
    const pg = acc.predict('gid', rule)
    gid = pg?.id ?? null
    env.emit({
      kind: 'group',
      name,
      gid,
      system,
      via: 'adduser (debian, implicit group)',
      note: `same-name group created by adduser; ${pg ? pg.note : 'gid picked by adduser'}`,
      ...spanOf(v, nameW),
    })
    acc.groups.set(name, {
      name,
      gid,
      system,
      origin: 'created',
      via: 'adduser (debian, implicit group)',
    })
  }
  if (uid === null && !uidW) {
    const pu = acc.predict('uid', rule)
    if (pu) {
      uid = pu.id
      notes.push(pu.note)
    }
  }
  if (uid === null)
    notes.push(system ? 'uid not pinned (a system id picked by adduser)' : 'uid not pinned')
  env.emit({
    kind: 'user',
    name,
    uid,
    gid,
    group,
    system,
    via: 'adduser (debian)',
    note: notes.length ? notes.join('; ') : undefined,
    ...spanOf(v, args[args.length - 1]),
  })
  acc.users.set(name, {
    name,
    uid,
    gid,
    group,
    system,
    origin: 'created',
    via: 'adduser (debian)',
    ...predictedNote(notes),
  })
}

/** `echo 'name:x:uid:gid:...' >> /etc/passwd` (and /etc/group), also via a heredoc. */
export function appendToAccountFiles(v: CommandVisit, env: CommandEnv): void {
  for (const r of v.redirs) {
    if (r.op !== '>>' && r.op !== '>') continue
    const target = r.target.text
    if (target !== '/etc/passwd' && target !== '/etc/group') continue
    let content: string | undefined
    const cmd = v.argv[0]?.text
    if (cmd === 'echo' || cmd === 'printf') {
      const words = v.argv.slice(1)
      let k = 0
      let escapes = cmd === 'printf'
      while (cmd === 'echo' && k < words.length && /^-[neE]+$/.test(words[k].text)) {
        if (words[k].text.includes('e')) escapes = true
        k++
      }
      content = words
        .slice(k)
        .map((w) => w.text)
        .join(' ')
      if (escapes) content = content.replace(/\\n/g, '\n')
    } else if (cmd === 'cat' && r.heredoc === undefined) {
      const h = v.redirs.find((x) => x.heredoc !== undefined)
      content = h?.heredoc
    }
    if (content === undefined) continue
    for (const line of content.split('\n')) {
      const f = line.trim().split(':')
      if (target === '/etc/passwd' && f.length >= 4 && f[0]) {
        const uid = /^\d+$/.test(f[2]) ? Number(f[2]) : null
        const gid = /^\d+$/.test(f[3]) ? Number(f[3]) : null
        const group = gid !== null ? (env.accounts.groupByGid(gid)?.name ?? null) : null
        env.emit({
          kind: 'user',
          name: f[0],
          uid,
          gid,
          group,
          system: false,
          via: 'echo >> /etc/passwd',
          note: `written into /etc/passwd: ${f.slice(0, 4).join(':')}`,
          ...spanOf(v, r.target),
        })
        env.accounts.users.set(f[0], {
          name: f[0],
          uid,
          gid,
          group,
          system: false,
          origin: 'created',
          via: 'echo >> /etc/passwd',
        })
      } else if (target === '/etc/group' && f.length >= 3 && f[0]) {
        const gid = /^\d+$/.test(f[2]) ? Number(f[2]) : null
        env.emit({
          kind: 'group',
          name: f[0],
          gid,
          system: false,
          via: 'echo >> /etc/group',
          note: `written into /etc/group: ${f.slice(0, 3).join(':')}`,
          ...spanOf(v, r.target),
        })
        if (!env.accounts.groups.has(f[0]))
          env.accounts.groups.set(f[0], {
            name: f[0],
            gid,
            system: false,
            origin: 'created',
            via: 'echo >> /etc/group',
          })
      }
    }
  }
}

/** PowerShell `New-LocalUser -Name X`: a Windows account (a SID, no uid). */
export function newLocalUser(v: CommandVisit, args: EvalWord[], env: CommandEnv): void {
  let name: EvalWord | undefined
  for (let k = 0; k < args.length; k++) {
    if (args[k].text.toLowerCase() === '-name') name = args[k + 1]
  }
  if (!name && args[0] && !args[0].text.startsWith('-')) name = args[0]
  if (!name) return
  env.emit({
    kind: 'user',
    name: name.text,
    uid: null,
    gid: null,
    group: null,
    system: false,
    via: 'New-LocalUser (PowerShell)',
    note: 'Windows accounts have SIDs, not uids',
    ...spanOf(v, args[args.length - 1]),
  })
  env.accounts.users.set(name.text, {
    name: name.text,
    uid: null,
    gid: null,
    group: null,
    system: false,
    origin: 'created',
    via: 'New-LocalUser (PowerShell)',
  })
}

/** The account keeps the sentence that says its id is a prediction. */
function predictedNote(notes: readonly string[]): { note?: string } {
  const n = notes.find((x) => x.includes(' predicted from '))
  return n ? { note: n } : {}
}
