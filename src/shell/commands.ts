/**
 * A script as a flat list of simple commands of raw words (quotes and expansions kept as
 * written) with their offsets: the view of readers that look for one kind of command
 * (the image linker's `docker build` in CI steps, Makefile recipes and scripts) and read
 * keywords such as `for ... do ... done` themselves. Readers that follow control flow (the
 * Dockerfile RUN walker) use the syntax tree of ./parser.ts; both come from ./lexer.ts.
 */
import type { ShSyntaxError } from './ast.js'
import { REDIRECT_OPS, ShellLexer } from './lexer.js'

export interface RawWord {
  text: string
  start: number
  end: number
}

export interface Redirect {
  op: string
  target: RawWord
}

export interface SimpleCommand {
  words: RawWord[]
  redirects: Redirect[]
  start: number
  end: number
}

/**
 * Splits `src` at operators (`&&`, `;`, `|`, `(`...) and newlines; here-document bodies
 * are skipped and comments dropped. Never throws: an unterminated construct ends at the
 * end of the text. Make's `$$(` and `$${` are read as one word, since the texts include
 * Makefile recipes.
 */
export function splitCommands(src: string): SimpleCommand[] {
  return splitCommandsWithErrors(src).commands
}

/** splitCommands, with what the lexer could not read (an unterminated quote) as well. */
export function splitCommandsWithErrors(src: string): {
  commands: SimpleCommand[]
  errors: ShSyntaxError[]
} {
  const out: SimpleCommand[] = []
  let words: RawWord[] = []
  let redirects: Redirect[] = []
  let pendingRedirect: string | undefined

  const flush = (): void => {
    if (words.length || redirects.length) {
      let start = Infinity
      let end = -Infinity
      for (const w of [...words, ...redirects.map((r) => r.target)]) {
        start = Math.min(start, w.start)
        end = Math.max(end, w.end)
      }
      out.push({ words, redirects, start, end })
    }
    words = []
    redirects = []
    pendingRedirect = undefined
  }

  const lexer = new ShellLexer(src, { makeDollars: true })
  for (const t of lexer.tokenize()) {
    if (t.t === 'word') {
      const word: RawWord = { text: src.slice(t.w.start, t.w.end), start: t.w.start, end: t.w.end }
      if (pendingRedirect) redirects.push({ op: pendingRedirect, target: word })
      else words.push(word)
      pendingRedirect = undefined
    } else if (t.t === 'op' && REDIRECT_OPS.has(t.op)) pendingRedirect = t.op
    else flush()
  }
  return { commands: out, errors: lexer.errors }
}
