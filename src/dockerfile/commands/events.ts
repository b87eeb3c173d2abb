import type { AccountTable } from '../accounts.js'
import type { Distro, OwnershipHow } from '../types.js'
import type { CommandVisit, EvalWord } from '../shell/walk.js'

/** Facts one RUN command yields; offsets are file offsets. */
export type RunEvent =
  | {
      kind: 'user'
      name: string
      uid: number | null
      gid: number | null
      group: string | null
      system: boolean
      via: string
      note?: string
      start: number
      end: number
    }
  | {
      kind: 'group'
      name: string
      gid: number | null
      system: boolean
      via: string
      note?: string
      start: number
      end: number
    }
  | {
      kind: 'caps'
      path: string
      /** Capabilities in the file's permitted set; [] removes them (`setcap -r`). */
      caps: string[]
      start: number
      end: number
    }
  | {
      kind: 'own'
      path: string
      /** Normalised `user[:group]`, `:group` for chgrp; null for modes only. */
      owner: string | null
      mode: string | null
      how: OwnershipHow
      recursive?: boolean
      note?: string
      pathValues?: string[]
      start: number
      end: number
    }

export type ShellKind = 'sh' | 'powershell' | 'cmd'

export interface CommandEnv {
  accounts: AccountTable
  distro: Distro | undefined
  shell: ShellKind
  emit(e: RunEvent): void
}

export type CommandHandler = (v: CommandVisit, args: EvalWord[], env: CommandEnv) => void

/** A pinned numeric id, or null. */
export function toId(w: EvalWord | undefined): number | null {
  if (!w || !w.known || !/^\d+$/.test(w.text)) return null
  const n = Number(w.text)
  return Number.isSafeInteger(n) ? n : null
}

/** Span of a command from its first word to `last`. */
export function spanOf(v: CommandVisit, last?: EvalWord): { start: number; end: number } {
  return { start: v.argv[0]?.start ?? v.start, end: last?.end ?? v.end }
}
