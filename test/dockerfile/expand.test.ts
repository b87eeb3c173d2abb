/** Docker's variable substitution in instruction arguments. */
import { describe, expect, it } from 'vitest'
import { expandWord, expandWords, referencedVariables } from '../../src/dockerfile/expand.js'

const env: Record<string, string> = { A: 'a', EMPTY: '', PATHV: '/usr/local/bin', SP: 'x y' }
const ex = (s: string, escape = '\\') => expandWord(s, { escape, lookup: (n) => env[n] })

describe('expandWord', () => {
  it('$V, ${V}, and undefined variables (empty, reported)', () => {
    expect(ex('$A-${A}')).toEqual({ value: 'a-a', undefinedVars: [], error: undefined })
    expect(ex('x$NOPE/y')).toMatchObject({ value: 'x/y', undefinedVars: ['NOPE'] })
  })

  it('${V:-d} ${V-d} ${V:+a} ${V+a}: unset vs empty', () => {
    expect(ex('${EMPTY:-d}|${EMPTY-d}|${NOPE-d}|${A:+alt}|${EMPTY:+alt}|${EMPTY+alt}').value).toBe(
      'd||d|alt||alt',
    )
    expect(ex('${NOPE:-${A}x}').value).toBe('ax')
  })

  it('${V:?msg} is an error when unset', () => {
    expect(ex('${NOPE:?need it}').error).toBe('NOPE: need it')
  })

  it('${V#p} ${V##p} ${V%p} ${V%%p} ${V/p/r} ${V//p/r}', () => {
    expect(ex('${PATHV#*/}|${PATHV##*/}|${PATHV%/*}|${PATHV%%/*}').value).toBe(
      'usr/local/bin|bin|/usr/local|',
    )
    expect(ex('${PATHV/local/opt}|${PATHV//\\//-}').value).toBe('/usr/opt/bin|-usr-local-bin')
  })

  it('quotes: single quotes are literal, double quotes expand, both are removed', () => {
    expect(ex(`'$A'"$A"x`).value).toBe('$Aax')
    expect(ex('"a \\"q\\" \\$A"').value).toBe('a "q" $A')
    expect(ex('"unterminated').error).toBe(
      'unexpected end of statement while looking for matching double-quote',
    )
  })

  it('the escape character outside quotes escapes the next character; backtick escape keeps backslashes', () => {
    expect(ex('C:\\dir\\$A').value).toBe('C:dir$A')
    expect(ex('C:\\dir `$A', '`').value).toBe('C:\\dir $A')
  })

  it('keepUndefined keeps a reference as written (for base-image ENV)', () => {
    expect(
      expandWord('${HOME}/x:$A:$NOPE', { escape: '\\', lookup: (n) => env[n], keepUndefined: true })
        .value,
    ).toBe('${HOME}/x:a:$NOPE')
  })
})

describe('expandWords', () => {
  it('splits on unquoted whitespace after expansion, keeps quoted spaces', () => {
    expect(
      expandWords('$SP "$SP" \'p q\' $NOPE ""', { escape: '\\', lookup: (n) => env[n] }).words,
    ).toEqual(['x', 'y', 'x y', 'p q', ''])
  })
})

describe('referencedVariables', () => {
  it('names every variable, also inside modifiers', () => {
    expect(referencedVariables('${A:-$B}/$C', '\\')).toEqual(['A', 'B', 'C'])
  })
})
