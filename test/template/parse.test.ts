/**
 * Lexer and parser facts from Go's text/template/parse (lex_test.go, parse_test.go):
 * token streams, the String() form of parsed trees, and parse error messages.
 */
import { describe, expect, it } from 'vitest'
import { Lexer, T } from '../../src/template/lexer.js'
import { parseTemplates } from '../../src/template/parser.js'
import { nodeString } from '../../src/template/nodes.js'

const typeName: Record<number, string> = {
  [T.Text]: 'text',
  [T.LeftDelim]: '{{',
  [T.RightDelim]: '}}',
  [T.Space]: 'sp',
  [T.Number]: 'num',
  [T.Complex]: 'cplx',
  [T.CharConstant]: 'char',
  [T.String]: 'str',
  [T.RawString]: 'raw',
  [T.Field]: 'field',
  [T.Variable]: 'var',
  [T.Identifier]: 'id',
  [T.Dot]: 'dot',
  [T.Pipe]: '|',
  [T.Declare]: ':=',
  [T.Assign]: '=',
  [T.LeftParen]: '(',
  [T.RightParen]: ')',
  [T.Char]: 'chr',
  [T.Bool]: 'bool',
  [T.Comment]: 'comment',
  [T.Error]: 'error',
  [T.Range]: 'range',
  [T.End]: 'end',
  [T.If]: 'if',
  [T.Block]: 'block',
  [T.Break]: 'break',
}

function lex(input: string, emitComment = false): string[] {
  const l = new Lexer('t', input, '{{', '}}')
  l.emitComment = emitComment
  const out: string[] = []
  for (;;) {
    const it = l.nextItem()
    if (it.typ === T.EOF) break
    const name = typeName[it.typ] ?? String(it.typ)
    out.push(name === 'sp' || name === it.val ? name : `${name}:${it.val}`)
    if (it.typ === T.Error) break
  }
  return out
}

describe('lexer', () => {
  it('splits text, comments and actions', () => {
    expect(lex('hello-{{/* this is a comment */}}-world', true)).toEqual([
      'text:hello-',
      'comment:/* this is a comment */',
      'text:-world',
    ])
    expect(lex('{{,@% }}')).toEqual(['{{', 'chr:,', 'chr:@', 'chr:%', 'sp', '}}'])
    expect(lex('{{((3))}}')).toEqual(['{{', '(', '(', 'num:3', ')', ')', '}}'])
  })

  it('reads Go number forms, including complex and hex floats', () => {
    expect(lex('{{1 02 0x14 -7.2i 1e3 +1.2e-4 1+2i 1_2 0x1.e_fp4}}')).toEqual([
      '{{',
      'num:1',
      'sp',
      'num:02',
      'sp',
      'num:0x14',
      'sp',
      'num:-7.2i',
      'sp',
      'num:1e3',
      'sp',
      'num:+1.2e-4',
      'sp',
      'cplx:1+2i',
      'sp',
      'num:1_2',
      'sp',
      'num:0x1.e_fp4',
      '}}',
    ])
  })

  it('reads character constants, variables, fields and declarations', () => {
    expect(lex("{{'a' '\\n' '本'}}")).toEqual([
      '{{',
      "char:'a'",
      'sp',
      "char:'\\n'",
      'sp',
      "char:'本'",
      '}}',
    ])
    expect(lex('{{$c := printf $ $hello $23 $.x .y.z}}')).toEqual([
      '{{',
      'var:$c',
      'sp',
      ':=',
      'sp',
      'id:printf',
      'sp',
      'var:$',
      'sp',
      'var:$hello',
      'sp',
      'var:$23',
      'sp',
      'var:$',
      'field:.x',
      'sp',
      'field:.y',
      'field:.z',
      '}}',
    ])
  })

  it('trims with markers and keeps "-3" a number', () => {
    expect(lex('hello- {{- 3 -}} -world')).toEqual([
      'text:hello-',
      '{{',
      'num:3',
      '}}',
      'text:-world',
    ])
    expect(lex('{{-3}}')).toEqual(['{{', 'num:-3', '}}'])
    expect(lex('x \n{{- /* c */ -}}\n y', true)).toEqual(['text:x', 'comment:/* c */', 'text:y'])
  })

  it('reports lexical errors with Go messages', () => {
    expect(lex('{{\x01}}').pop()).toBe("error:unrecognized character in action: U+0001 '\x01'")
    expect(lex('{{"\n"}}').pop()).toBe('error:unterminated quoted string')
    expect(lex('{{3k}}').pop()).toBe('error:bad number syntax: "3k"')
    expect(lex('{{/*/}}').pop()).toBe('error:unclosed comment')
    expect(lex('{{ (3 }}').pop()).toBe('error:unclosed left paren')
    expect(lex('{{ x').pop()).toBe('error:unclosed action')
  })
})

function parseString(text: string): string {
  const trees = parseTemplates('t', text, {
    hasFunction: (n) => ['printf', 'len', 'html'].includes(n),
  })
  return nodeString(trees.get('t')!.root)
}

function parseError(text: string): string {
  try {
    parseTemplates('t', text, { hasFunction: (n) => n === 'printf' })
  } catch (e) {
    return (e as Error).message
  }
  return 'no error'
}

describe('parser', () => {
  it.each([
    ['{{.X}}', '{{.X}}'],
    ['{{ $x := .Y }}{{ $x }}', '{{$x := .Y}}{{$x}}'],
    ['{{ printf `%d` 23 | html }}', '{{printf `%d` 23 | html}}'],
    ['{{ (printf "x").Y }}', '{{(printf "x").Y}}'],
    [
      '{{ if .X }}a{{ else if .Y }}b{{ else }}c{{ end }}',
      '{{if .X}}a{{else}}{{if .Y}}b{{else}}c{{end}}{{end}}',
    ],
    ['{{ range $i, $v := .SI }}{{ $v }}{{ end }}', '{{range $i, $v := .SI}}{{$v}}{{end}}'],
    [
      '{{ range .X }}{{ break }}{{ continue }}{{ end }}',
      '{{range .X}}{{break}}{{continue}}{{end}}',
    ],
    [
      '{{ with .X }}a{{ else with .Y }}b{{ end }}',
      '{{with .X}}a{{else}}{{with .Y}}b{{end}}{{end}}',
    ],
    ['{{ template `x` .Y }}', '{{template "x" .Y}}'],
    ['{{ .X | len }}', '{{.X | len}}'],
  ])('%s', (text, want) => {
    expect(parseString(text)).toBe(want)
  })

  it.each([
    ['{{ .X', 'template: t:1: unclosed action'],
    ['{{ if .X }}', 'template: t:1: unexpected EOF'],
    ['{{ end }}', 'template: t:1: unexpected {{end}}'],
    ['{{ nope }}', 'template: t:1: function "nope" not defined'],
    ['{{ $x }}', 'template: t:1: undefined variable "$x"'],
    ['{{ .X | 3 }}', 'template: t:1: non executable command in pipeline stage 2'],
    ['{{ range .X }}{{ end }}{{ break }}', 'template: t:1: {{break}} outside {{range}}'],
    ['{{ 3.x }}', 'template: t:1: bad number syntax: "3.x"'],
    ['{{ 08 }}', 'template: t:1: integer overflow: "08"'],
    ["{{ 'ab' }}", "template: t:1: malformed character constant: 'ab'"],
    ['a\n{{ (1 }}', 'template: t:2: unclosed left paren'],
    ['{{ if }}', 'template: t:1: missing value for if'],
    [
      '{{ define "a" }}a{{ end }}{{ define "a" }}b{{ end }}',
      'template: t:1: template: multiple definition of template "a"',
    ],
    ['{{ range $a, $b, $c := . }}{{ end }}', 'template: t:1: too many declarations in range'],
    ['{{ .X\n| printf }}{{ ( }}', 'template: t:2: unclosed left paren'],
    ['{{ printf "a"\n', 'template: t:2: unclosed action started at t:1'],
  ])('%s', (text, want) => {
    expect(parseError(text)).toBe(want)
  })
})
