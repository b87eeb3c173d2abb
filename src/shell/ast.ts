/**
 * Syntax tree of the POSIX sh (plus common bash) subset found in Dockerfile RUN
 * instructions, CI `run:` steps, Makefile recipes and build scripts. Offsets are
 * positions in the script text the lexer was given.
 */

export type ShPart =
  | { k: 'lit'; v: string }
  | { k: 'sq'; v: string }
  | { k: 'dq'; parts: ShPart[] }
  | { k: 'param'; name: string; op?: string; arg?: string; index?: string; raw: string }
  | { k: 'cmdsub'; src: string; srcStart: number; raw: string }
  | { k: 'arith'; raw: string }
  | { k: 'array'; words: ShWord[] }

export interface ShWord {
  parts: ShPart[]
  start: number
  end: number
}

export interface Assign {
  name: string
  value: ShWord | null
  array?: ShWord[]
  append: boolean
  start: number
  end: number
}

export interface Redir {
  op: string
  fd?: number
  target: ShWord
  /** Body of a here-document redirection. */
  heredoc?: string
}

export type ShNode =
  | { k: 'simple'; assigns: Assign[]; words: ShWord[]; redirs: Redir[]; start: number; end: number }
  | { k: 'pipeline'; neg: boolean; cmds: ShNode[] }
  | { k: 'andor'; items: ShNode[]; ops: ('&&' | '||')[] }
  | { k: 'list'; items: ShNode[] }
  | { k: 'if'; conds: ShNode[]; bodies: ShNode[]; elseBody?: ShNode }
  | { k: 'case'; word: ShWord; arms: { patterns: ShWord[]; body: ShNode }[] }
  | { k: 'for'; name: string; items: ShWord[] | null; body: ShNode }
  | { k: 'loop'; until: boolean; cond: ShNode; body: ShNode }
  | { k: 'group'; body: ShNode; subshell: boolean; redirs: Redir[] }
  | { k: 'func'; name: string; body: ShNode }

export interface ShSyntaxError {
  message: string
  start: number
  end: number
}

/** The literal text of a word when it has no quotes or expansions, else null. */
export function plainLiteral(w: ShWord): string | null {
  if (w.parts.length === 1 && w.parts[0].k === 'lit') return w.parts[0].v
  return null
}

/** Quote-removed text of a word when it contains no expansions, else null. */
export function staticText(w: ShWord): string | null {
  let out = ''
  for (const p of w.parts) {
    const t = staticPart(p)
    if (t === null) return null
    out += t
  }
  return out
}

function staticPart(p: ShPart): string | null {
  switch (p.k) {
    case 'lit':
    case 'sq':
      return p.v
    case 'dq': {
      let out = ''
      for (const q of p.parts) {
        const t = staticPart(q)
        if (t === null) return null
        out += t
      }
      return out
    }
    default:
      return null
  }
}
