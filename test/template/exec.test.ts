/**
 * Executor behaviour from Go's text/template documentation and exec_test.go, checked
 * without helm: options helm cannot show (missingkey modes, custom delimiters), the
 * TemplateSet API (clone, redefinition, errors) and the trace hooks.
 */
import { describe, expect, it } from 'vitest'
import {
  GoInt,
  GoStruct,
  TemplateError,
  TemplateSet,
  attachMethods,
  withSignature,
} from '../../src/template/index.js'
import type { ExecHooks, GoValue, NodePos, TemplateSetOptions } from '../../src/template/index.js'

function run(text: string, data: GoValue = null, opts: TemplateSetOptions = {}): string {
  const set = new TemplateSet(opts)
  set.parse('t', text)
  return set.execute('t', data)
}

function runErr(text: string, data: GoValue = null, opts: TemplateSetOptions = {}): TemplateError {
  try {
    run(text, data, opts)
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError)
    return e as TemplateError
  }
  throw new Error('expected an error')
}

describe('Go documentation examples', () => {
  it('trims around actions with "{{- " and " -}}"', () => {
    expect(run('"{{23 -}} < {{- 45}}"')).toBe('"23<45"')
  })

  it('treats "{{-3}}" as the number -3, not a trim marker', () => {
    expect(run('{{-3}}')).toBe('-3')
  })

  it('prints the pipeline value with fmt.Print semantics', () => {
    expect(run('{{ "output" }}|{{ `"output"` }}|{{ printf "%q" "output" }}')).toBe(
      'output|"output"|"output"',
    )
    expect(run('{{ "put" | printf "%s%s" "out" | printf "%q" }}')).toBe('"output"')
    expect(run('{{ printf "%d" (len "héllo") }}')).toBe('6')
  })

  it('scopes variables to the control structure that declares them', () => {
    expect(run('{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}')).toBe('21')
    expect(run('{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}')).toBe('2')
  })

  it('ranges over maps in sorted key order, with else for empty collections', () => {
    expect(run('{{ range $k, $v := . }}{{ $k }}={{ $v }};{{ end }}', { b: 2, a: 1, B: 0 })).toBe(
      'B=0;a=1;b=2;',
    )
    expect(run('{{ range . }}x{{ else }}empty{{ end }}', [])).toBe('empty')
    expect(run('{{ range 3 }}{{ . }}{{ end }}')).toBe('012')
  })

  it('short-circuits and/or and returns the deciding operand', () => {
    expect(run('{{ and 1 0 (index .a 5) }}|{{ or 0 "x" (index .a 5) }}', { a: [] })).toBe('0|x')
  })

  it('prints <no value> for a missing key (default) and fails under missingkey=error', () => {
    expect(run('{{ .missing }}', {})).toBe('<no value>')
    expect(run('{{ .missing }}', {}, { missingKey: 'zero' })).toBe('<no value>')
    expect(runErr('{{ .missing }}', {}, { missingKey: 'error' }).message).toBe(
      'template: t:1:3: executing "t" at <.missing>: map has no entry for key "missing"',
    )
  })

  it('supports custom delimiters', () => {
    const set = new TemplateSet()
    set.parse('d', '<< .a >> {{ .a }} [[<<- " x " ->>]]', { leftDelim: '<<', rightDelim: '>>' })
    expect(set.execute('d', { a: 1 })).toBe('1 {{ .a }} [[ x ]]')
  })
})

describe('numbers', () => {
  it('keeps float64 values from data as Go prints them', () => {
    expect(run('{{ .a }} {{ .b }} {{ .c }} {{ .d }}', { a: 1e6, b: 1e5, c: 1e-5, d: 3.14 })).toBe(
      '1e+06 100000 1e-05 3.14',
    )
  })

  it('types untyped constants by their text', () => {
    expect(run('{{ printf "%T %T %T %T %T" 1 1.0 0x10 0x1p4 \'a\' }}')).toBe(
      'int float64 int float64 int',
    )
    expect(run('{{ 1_000 }} {{ 0b101 }} {{ 0o17 }} {{ 017 }} {{ 0x1p20 }}')).toBe(
      '1000 5 15 15 1.048576e+06',
    )
  })

  it('errors comparing an int with a float64, as Helm users see with .Values numbers', () => {
    expect(runErr('{{ eq .n 1 }}', { n: 1 }).message).toBe(
      'template: t:1:3: executing "t" at <eq .n 1>: error calling eq: incompatible types for comparison: float64 and int',
    )
  })

  it('compares Go integer kinds across int and uint', () => {
    const data = { i64: new GoInt(5n, 'int64'), u8: new GoInt(5n, 'uint8') }
    expect(
      run('{{ eq .i64 5 }} {{ eq .u8 5 }} {{ lt .u8 6 }} {{ printf "%T %T" .i64 .u8 }}', data),
    ).toBe('true true true int64 uint8')
  })
})

describe('functions', () => {
  const funcs = {
    repeat: withSignature((n: bigint, s: string) => s.repeat(Number(n)), {
      params: ['int', 'string'],
    }),
    join: withSignature((...parts: GoValue[]) => parts.join('-'), {
      params: ['interface {}'],
      variadic: true,
    }),
    boom: () => {
      throw new Error('kaboom')
    },
    loose: (...args: GoValue[]) => args.length,
  }

  it('must be known at parse time', () => {
    const set = new TemplateSet()
    expect(() => set.parse('p', 'a\n{{ nope 1 }}')).toThrow(
      'template: p:2: function "nope" not defined',
    )
  })

  it('converts untyped constants to the parameter type and checks computed values', () => {
    expect(run('{{ repeat 3 "ab" }}', null, { funcs })).toBe('ababab')
    expect(runErr('{{ repeat 1.5 "ab" }}', null, { funcs }).message).toBe(
      'template: t:1:10: executing "t" at <1.5>: expected integer; found 1.5',
    )
    expect(runErr('{{ repeat .n "ab" }}', { n: 2 }, { funcs }).message).toBe(
      'template: t:1:10: executing "t" at <.n>: wrong type for value; expected int; got float64',
    )
    expect(runErr('{{ repeat 1 }}', null, { funcs }).message).toBe(
      'template: t:1:3: executing "t" at <repeat>: wrong number of args for repeat: want 2 got 1',
    )
  })

  it('passes the pipeline value as the last argument', () => {
    expect(run('{{ "c" | join "a" "b" }}', null, { funcs })).toBe('a-b-c')
    expect(run('{{ 1 | loose 2 3 }}', null, { funcs })).toBe('3')
  })

  it('reports a thrown error as Go reports an error result', () => {
    expect(runErr('{{ boom }}', null, { funcs }).message).toBe(
      'template: t:1:3: executing "t" at <boom>: error calling boom: kaboom',
    )
  })

  it('lets callers override builtins', () => {
    expect(run('{{ len "abc" }}', null, { funcs: { len: () => 'mine' } })).toBe('mine')
  })

  it('calls methods of structs and of named map types before map keys', () => {
    const release = new GoStruct('*release.Release', { Name: 'rel' }, { Upper: () => 'REL' })
    const files = attachMethods({ Get: 'the key' }, 'engine.files', {
      Get: (name: GoValue) => `content of ${name as string}`,
    })
    expect(run('{{ .R.Name }} {{ .R.Upper }} {{ .F.Get "a.txt" }}', { R: release, F: files })).toBe(
      'rel REL content of a.txt',
    )
    // Through a map the static type is interface {}; as dot it is the struct's own.
    expect(runErr('{{ .R.Nope }}', { R: release }).message).toBe(
      'template: t:1:5: executing "t" at <.R.Nope>: can\'t evaluate field Nope in type interface {}',
    )
    expect(runErr('{{ .Nope }}', release).message).toBe(
      'template: t:1:3: executing "t" at <.Nope>: can\'t evaluate field Nope in type *release.Release',
    )
  })
})

describe('template sets', () => {
  it('adds every define and block, later definitions replacing earlier ones', () => {
    const set = new TemplateSet()
    set.parse('a', '{{ define "x" }}one{{ end }}{{ template "x" }}')
    set.parse('b', '{{ define "x" }}two{{ end }}')
    expect(set.execute('a', null)).toBe('two')
    // An empty body never replaces a non-empty one.
    set.parse('c', '{{ define "x" }}  {{ end }}')
    expect(set.execute('a', null)).toBe('two')
    expect(set.names().sort()).toEqual(['a', 'b', 'c', 'x'])
  })

  it('rejects two non-empty definitions in one text', () => {
    const set = new TemplateSet()
    expect(() => set.parse('m', '{{ define "x" }}1{{ end }}{{ define "x" }}2{{ end }}')).toThrow(
      'template: m:1: template: multiple definition of template "x"',
    )
  })

  it('clones cheaply; parsing into a clone leaves the original as it was', () => {
    const set = new TemplateSet()
    set.parse('base', '{{ define "h" }}H{{ end }}[{{ template "h" }}]')
    const c = set.clone()
    c.parse('extra', '{{ define "h" }}h2{{ end }}')
    expect(c.execute('base', null)).toBe('[h2]')
    expect(set.execute('base', null)).toBe('[H]')
    set.parse('later', '{{ define "h" }}H3{{ end }}')
    expect(c.execute('base', null)).toBe('[h2]')
    expect(set.execute('base', null)).toBe('[H3]')
  })

  it('names an unknown template the way ExecuteTemplate does', () => {
    const set = new TemplateSet({ name: 'gotpl' })
    expect(() => set.execute('nope', null)).toThrow(
      'template: no template "nope" associated with template "gotpl"',
    )
  })

  it("stops runaway recursion with Go's depth error (the limit is configurable)", () => {
    const e = runErr('{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}', null, {
      maxDepth: 50,
    })
    expect(e.message).toBe(
      'template: t:1:28: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (50)',
    )
    expect(e.kind).toBe('exec')
    expect([e.line, e.col, e.source]).toEqual([1, 28, 't'])
  })

  it('carries parse error details on TemplateError', () => {
    const e = (() => {
      try {
        new TemplateSet().parse('f.yaml', 'ok\n{{ if }}')
      } catch (err) {
        return err as TemplateError
      }
      throw new Error('no error')
    })()
    expect(e.message).toBe('template: f.yaml:2: missing value for if')
    expect([e.kind, e.template, e.line]).toEqual(['parse', 'f.yaml', 2])
  })
})

describe('trace hooks', () => {
  it('reports reads from maps, arrays and structs with the reading action', () => {
    const reads: string[] = []
    const hooks: ExecHooks = {
      onRead: (_c, key, value, at) =>
        reads.push(
          `${String(key)}=${JSON.stringify(value)}@${at.line}:${at.col}-${at.endLine}:${at.endCol}`,
        ),
    }
    const set = new TemplateSet()
    set.parse(
      't',
      'a: {{ .Values.a }}\n{{- range .Values.l }}\n- {{ . }}{{ end }}\n{{ index .Values.m "k" }}',
    )
    set.execute('t', { Values: { a: 'x', l: ['p', 'q'], m: { k: 'v' } } }, { hooks })
    expect(reads).toEqual([
      'Values={"a":"x","l":["p","q"],"m":{"k":"v"}}@1:4-1:19',
      'a="x"@1:4-1:19',
      'Values={"a":"x","l":["p","q"],"m":{"k":"v"}}@2:1-2:23',
      'l=["p","q"]@2:1-2:23',
      '0="p"@2:1-2:23',
      '1="q"@2:1-2:23',
      'Values={"a":"x","l":["p","q"],"m":{"k":"v"}}@4:1-4:26',
      'm={"k":"v"}@4:1-4:26',
      'k="v"@4:1-4:26',
    ])
  })

  it('reports every write with its output offsets and source extent', () => {
    const emits: [number, number, string, NodePos][] = []
    const set = new TemplateSet()
    const text = 'x: {{ .a }}\ny: {{- "b" }}'
    set.parse('t', text)
    const out = set.execute(
      't',
      { a: 'é' },
      { hooks: { onEmit: (s, e, at, k) => emits.push([s, e, k, at]) } },
    )
    expect(out).toBe('x: é\ny:b')
    expect(emits.map(([s, e, k]) => [out.slice(s, e), k])).toEqual([
      ['x: ', 'text'],
      ['é', 'action'],
      ['\ny:', 'text'],
      ['b', 'action'],
    ])
    expect(emits[1][3]).toEqual({ template: 't', line: 1, col: 4, endLine: 1, endCol: 12 })
    expect(emits[3][3]).toEqual({ template: 't', line: 2, col: 4, endLine: 2, endCol: 14 })
  })

  it('costs nothing and changes nothing when absent', () => {
    expect(run('{{ range . }}{{ . }}{{ end }}', [1, 2])).toBe('12')
  })
})
