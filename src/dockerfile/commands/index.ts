/** Dispatches a RUN command to the interpreter of the facts it can change. */
import type { CommandVisit } from '../shell/walk.js'
import {
  addgroup,
  adduser,
  appendToAccountFiles,
  groupadd,
  groupdel,
  newLocalUser,
  useradd,
  userdel,
  usermod,
} from './accounts.js'
import { setcap } from './capabilities.js'
import type { CommandEnv } from './events.js'
import { chgrp, chmod, chown, find, icacls, install } from './ownership.js'

export type { CommandEnv, RunEvent, ShellKind } from './events.js'

export function commandName(word: string, windows: boolean): string {
  let n = word.slice(word.lastIndexOf('/') + 1)
  if (windows) {
    n = n.slice(n.lastIndexOf('\\') + 1).toLowerCase()
    if (n.endsWith('.exe')) n = n.slice(0, -4)
  }
  return n
}

export function interpretCommand(v: CommandVisit, env: CommandEnv): void {
  if (v.argv.length === 0) return
  const windows = env.shell !== 'sh'
  const name = commandName(v.argv[0].text, windows)
  const args = v.argv.slice(1)
  switch (name) {
    case 'useradd':
      return useradd(v, args, env)
    case 'groupadd':
      return groupadd(v, args, env)
    case 'usermod':
      return usermod(v, args, env)
    case 'userdel':
      return userdel(v, args, env)
    case 'groupdel':
      return groupdel(v, args, env)
    case 'adduser':
      return adduser(v, args, env)
    case 'addgroup':
      return addgroup(v, args, env)
    case 'chown':
      return chown(v, args, env)
    case 'chgrp':
      return chgrp(v, args, env)
    case 'chmod':
      return chmod(v, args, env)
    case 'install':
      return install(v, args, env)
    case 'find':
      return find(v, args, env)
    case 'icacls':
      return icacls(v, args, env)
    case 'new-localuser':
      return newLocalUser(v, args, env)
    case 'setcap':
      return setcap(v, args, env)
  }
  if (v.redirs.length) appendToAccountFiles(v, env)
}
