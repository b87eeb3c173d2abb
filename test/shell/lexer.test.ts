/** The shared sh lexer's modes: scripts (RUN, CI steps, recipes) and word lists. */
import { describe, expect, it } from 'vitest'
import type { ShWord } from '../../src/shell/ast.js'
import { lexWords, ShellLexer, type Tok } from '../../src/shell/lexer.js'

const kinds = (w: ShWord): string => w.parts.map((p) => p.k).join('+')
const tokens = (src: string, makeDollars = false): string[] =>
  new ShellLexer(src, { makeDollars })
    .tokenize()
    .map((t: Tok) =>
      t.t === 'word'
        ? src.slice(t.w.start, t.w.end)
        : t.t === 'op'
          ? `<${t.op}${t.fd ?? ''}>`
          : t.t,
    )

describe('lexWords', () => {
  it('separates words at blanks only: operators and # are word text', () => {
    const words = lexWords(`a;b|c "x y" #z $(p q) \\\n 'r s'&`)
    expect(words.map((w) => [w.start, w.end])).toEqual([
      [0, 5],
      [6, 11],
      [12, 14],
      [15, 21],
      [25, 31],
    ])
    expect(words.map(kinds)).toEqual(['lit', 'dq', 'lit', 'cmdsub', 'sq+lit'])
  })

  it('reads expansions as a script does, and nothing for blanks', () => {
    const [w] = lexWords('${A:-x y}$B"$C"`d`$((1+2))')
    expect(kinds(w)).toEqual('param+param+dq+cmdsub+arith')
    expect(w.parts[0]).toMatchObject({ name: 'A', op: ':-', arg: 'x y' })
    expect(lexWords(' \t\n ')).toEqual([])
  })
})

describe('script tokens', () => {
  it('reads make escapes as one word only when asked', () => {
    expect(tokens('echo $$(date) $${A B}', true)).toEqual(['echo', '$$(date)', '$${A B}', 'eof'])
    expect(tokens('echo $$(date)')).toEqual(['echo', '$$', '<(>', 'date', '<)>', 'eof'])
  })

  it('takes unescaped digits glued to a redirection as its descriptor', () => {
    expect(tokens('cmd 2>&1 \\2>x 10<in')).toEqual([
      'cmd',
      '<>&2>',
      '1',
      '\\2',
      '<>>',
      'x',
      '<<10>',
      'in',
      'eof',
    ])
  })
})
