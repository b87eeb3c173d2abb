import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GoInt, type GoMap } from '../../src/template/value.js'
import {
  parseSet,
  parseSetInto,
  parseSetJsonInto,
  parseSetLiteralInto,
  parseSetStringInto,
  typedVal,
} from '../../src/helm/strvals.js'
import { siteOf } from '../../src/helm/origins.js'
import { runRender } from '../../src/helm/render-command.js'
import { describeHelm } from '../helpers/helm.js'

const i64 = (n: number): GoInt => new GoInt(BigInt(n), 'int64')

describe('strvals (--set grammar)', () => {
  it('parses dotted keys, lists, indexes and typed scalars', () => {
    expect(parseSet('name=value')).toEqual({ name: 'value' })
    expect(parseSet('a.b.c=d,e=f')).toEqual({ a: { b: { c: 'd' } }, e: 'f' })
    expect(parseSet('list={a,b,c}')).toEqual({ list: ['a', 'b', 'c'] })
    expect(parseSet('l[0]=x,l[2]=z')).toEqual({ l: ['x', null, 'z'] })
    expect(parseSet('l[1].name=n')).toEqual({ l: [null, { name: 'n' }] })
    expect(parseSet('m[0][1]=q')).toEqual({ m: [[null, 'q']] })
    expect(parseSet('t=true,f=FALSE,n=null,z=0')).toEqual({ t: true, f: false, n: null, z: i64(0) })
    expect(parseSet('i=42,neg=-7,lead=007,big=9223372036854775808,fl=1.5')).toEqual({
      i: i64(42),
      neg: i64(-7),
      lead: '007',
      big: '9223372036854775808',
      fl: '1.5',
    })
  })

  it('honours backslash escapes in keys and values', () => {
    expect(parseSet('a\\.b=c\\,d')).toEqual({ 'a.b': 'c,d' })
    expect(parseSet('k=x\\=y')).toEqual({ k: 'x=y' })
  })

  it('merges into existing values and overwrites scalars', () => {
    const dest: GoMap = { a: { keep: 1 }, s: 'old' }
    parseSetInto('a.b=2,s=new', dest)
    expect(dest).toEqual({ a: { keep: 1, b: i64(2) }, s: 'new' })
  })

  it('keeps strings with --set-string and --set-literal', () => {
    const d: GoMap = {}
    parseSetStringInto('a=1,b=true', d)
    expect(d).toEqual({ a: '1', b: 'true' })
    const l: GoMap = {}
    parseSetLiteralInto('a=x,y=z', l)
    expect(l).toEqual({ a: 'x,y=z' })
  })

  it('decodes --set-json values as JSON', () => {
    const d: GoMap = {}
    parseSetJsonInto('a={"x":[1,2]},b="s",c=', d)
    expect(d).toEqual({ a: { x: [1, 2] }, b: 's', c: null })
  })

  it('reports Helm error texts', () => {
    expect(() => parseSet('a')).toThrow('key "a" has no value')
    expect(() => parseSet('a,')).toThrow('key "a" has no value (cannot end with ,)')
    expect(() => parseSet('a={x,y')).toThrow("list must terminate with '}'")
    expect(() => parseSet('a[x]=1')).toThrow(
      'error parsing index: strconv.Atoi: parsing "x": invalid syntax',
    )
    expect(() => parseSet('a[-1]=1')).toThrow('negative -1 index not allowed')
    expect(() => parseSet('a[0]x=1')).toThrow("unexpected data at end of array index: ['x']")
    expect(() => parseSet('a.=1')).toThrow('key map "a" has no value')
    const d: GoMap = { a: 'scalar' }
    expect(() => parseSetInto('a.b=1', d)).toThrow(
      'unable to parse key: interface conversion: interface {} is string, not map[string]interface {}',
    )
  })

  it('silently stops at an unterminated index, as Helm does', () => {
    expect(parseSet('a[1')).toEqual({})
  })

  it('records the argument that set each value', () => {
    const d: GoMap = {}
    parseSetInto('img.tag=1.2', d, { site: { kind: 'set', argument: '--set img.tag=1.2' } })
    expect(siteOf(d.img as object, 'tag')).toEqual({ kind: 'set', argument: '--set img.tag=1.2' })
  })

  it('types a single scalar like typedVal', () => {
    expect(typedVal('10', false)).toEqual(i64(10))
    expect(typedVal('10', true)).toBe('10')
    expect(typedVal('', false)).toBe('')
  })
})

describeHelm('strvals against helm', (helm) => {
  const cases: string[][] = [
    ['--set', 'a=1,b.c=x,l={p,q}'],
    ['--set', 'a[0]=x,a[2].b=y'],
    ['--set', 'a=0,b=01,c=-5,d=+5,e=1e3,f=TRUE,g=Null'],
    ['--set', 'a=abc\\,def,b\\.c=1'],
    ['--set', 'a='],
    ['--set', 'a.b=1', '--set', 'a[0]=2'],
    ['--set-string', 'a=1,b=true'],
    ['--set-json', 'a=[1,"x",{"k":null}],b=2.50'],
    ['--set-json', '{"a":{"b":2}}'],
    ['--set-literal', 'a=x,y\\z'],
    ['--set', 'a={}'],
    ['--set', 'a[2]x=1'],
  ]
  let dir = ''
  const setup = (): void => {
    dir = mkdtempSync(join(tmpdir(), 'kw-strvals-'))
    mkdirSync(join(dir, 'c', 'templates'), { recursive: true })
    writeFileSync(join(dir, 'c', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n')
    writeFileSync(
      join(dir, 'c', 'templates', 'x.yaml'),
      'v: {{ toJson .Values }}\nk: {{ kindOf .Values.a }}\n',
    )
  }
  for (const c of cases) {
    it(JSON.stringify(c), async () => {
      if (!dir) setup()
      let want: string
      try {
        want = execFileSync(helm, ['template', 'c', ...c], {
          cwd: dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string }
        want = (err.stdout ?? '') + (err.stderr ?? '')
      }
      let got = ''
      await runRender(['c', ...c], {
        stdout: (s) => (got += s),
        stderr: (s) => (got += s),
        cwd: dir,
      })
      expect(got).toBe(want)
    })
  }
  it('cleans up', () => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
})
