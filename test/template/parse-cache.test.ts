/**
 * The process-wide parse cache: a text parsed under one name and reused under another must
 * behave exactly as a fresh parse would (template names in errors and positions, define
 * collisions, function tables that differ between sets).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { TemplateError, TemplateSet, withSignature } from '../../src/template/index.js'
import type { ExecHooks, NodePos } from '../../src/template/index.js'
import { clearParseCache } from '../../src/template/parse-cache.js'

function errorOf(fn: () => unknown): TemplateError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError)
    return e as TemplateError
  }
  throw new Error('expected an error')
}

const helpers = '{{- define "lib.name" -}}\n{{ .name | required }}\n{{- end -}}\n'
const required = withSignature(
  (v) => {
    if (v === null || v === undefined) throw new Error('name is required')
    return v
  },
  { params: ['interface {}'], result: 'interface {}' },
)

/** A text's trees are kept from its second parse on: parse it once, elsewhere, first. */
function seen(text: string, funcs: ConstructorParameters<typeof TemplateSet>[0] = {}): void {
  new TemplateSet(funcs).parse('elsewhere', text)
}

describe('parse cache', () => {
  beforeEach(() => clearParseCache())

  it('names the file a shared text was parsed under in execution errors', () => {
    seen(helpers, { funcs: { required } })
    const a = new TemplateSet({ funcs: { required } })
    a.parse('a/charts/common/templates/_names.tpl', helpers)
    a.parse('a/templates/x.yaml', 'x: {{ template "lib.name" . }}')
    const b = new TemplateSet({ funcs: { required } })
    b.parse('b/charts/common/templates/_names.tpl', helpers)
    const ea = errorOf(() => a.execute('lib.name', {}))
    const eb = errorOf(() => b.execute('lib.name', {}))
    expect(ea.message).toBe(
      'template: a/charts/common/templates/_names.tpl:2:11: executing "lib.name" at <required>: error calling required: name is required',
    )
    expect(eb.message).toBe(ea.message.replace('a/charts', 'b/charts'))
    expect(eb.source).toBe('b/charts/common/templates/_names.tpl')
    // Called through {{template}} from another file, the helper still names its own file.
    const ex = errorOf(() => a.execute('a/templates/x.yaml', {}))
    expect(ex.message).toBe(ea.message)
  })

  it('reports hook positions in the source of the running set', () => {
    const text = 'a: {{ .x }}\nb: {{ .y }}\n'
    const positions = (name: string): NodePos[] => {
      const set = new TemplateSet()
      set.parse(name, text)
      const seen: NodePos[] = []
      const hooks: ExecHooks = { onEmit: (_s, _e, at) => seen.push(at) }
      set.execute(name, { x: 1, y: 2 }, { hooks })
      return seen
    }
    seen(text)
    const first = positions('one.yaml')
    const second = positions('two.yaml')
    expect(second).toEqual(first.map((p) => ({ ...p, template: 'two.yaml' })))
    expect(positions('one.yaml')).toEqual(first)
  })

  it('keeps a define named like the file apart from the file', () => {
    const text = '{{ define "other" }}defined{{ end }}'
    seen(text)
    const a = new TemplateSet()
    a.parse('same', text)
    expect(a.execute('other', null)).toBe('defined')
    const b = new TemplateSet()
    b.parse('other', text)
    expect(b.execute('other', null)).toBe('defined')
    expect(b.has('same')).toBe(false)
  })

  it('does not reuse a parse where a function it calls is missing', () => {
    const text = '{{ shout "hi" }}'
    const shout = withSignature((s) => String(s).toUpperCase(), { params: ['string'] })
    seen(text, { funcs: { shout } })
    const a = new TemplateSet({ funcs: { shout } })
    a.parse('t', text)
    expect(a.execute('t', null)).toBe('HI')
    const e = errorOf(() => new TemplateSet().parse('t', text))
    expect(e.message).toBe('template: t:1: function "shout" not defined')
  })

  it('does not reuse a parse across sets that disagree on break being a function', () => {
    const text = '{{ range . }}{{ break }}{{ end }}'
    seen(text)
    const a = new TemplateSet()
    a.parse('t', text)
    expect(a.execute('t', [1, 2])).toBe('')
    const b = new TemplateSet({ funcs: { break: withSignature(() => 'b', { params: [] }) } })
    b.parse('t', text)
    expect(b.execute('t', [1, 2])).toBe('bb')
  })

  it('gives fresh trees to each parse (tpl tells re-parses apart by identity)', () => {
    seen('{{ 1 }}')
    const a = new TemplateSet()
    a.parse('gotpl', '{{ 1 }}')
    const first = a.lookup('gotpl')
    a.parse('gotpl', '{{ 1 }}')
    expect(a.lookup('gotpl')).not.toBe(first)
    expect(a.lookup('gotpl')!.root).toBe(first!.root)
  })

  it("keeps a chart file's trees from its second parse on, helpers and short texts from the first", () => {
    // A template file of a few hundred characters, as most are.
    const file = `kind: ConfigMap\ndata:\n${Array.from({ length: 20 }, (_, i) => `  k${i}: {{ .v${i} | printf "%q" }}\n`).join('')}`
    expect(file.length).toBeGreaterThan(256)
    const a = new TemplateSet()
    a.parse('c/templates/one.yaml', file)
    a.parse('c/templates/two.yaml', file)
    a.parse('c/templates/three.yaml', file)
    // The first parse was not kept; the second was, and the third shares its nodes.
    expect(a.lookup('c/templates/two.yaml')!.root).not.toBe(a.lookup('c/templates/one.yaml')!.root)
    expect(a.lookup('c/templates/three.yaml')!.root).toBe(a.lookup('c/templates/two.yaml')!.root)
    expect(a.execute('c/templates/three.yaml', { v3: 'x' })).toContain('k3: "x"')

    // A helper file (what library charts are made of) is kept at once, however long.
    const helper = `{{- define "lib.x" -}}\n${file}{{- end -}}\n`
    const b = new TemplateSet()
    b.parse('a/charts/common/templates/_names.tpl', helper)
    b.parse('b/charts/common/templates/_names.tpl', helper)
    expect(b.lookup('b/charts/common/templates/_names.tpl')!.root).toBe(
      b.lookup('a/charts/common/templates/_names.tpl')!.root,
    )
    // So is a short text (a `tpl` string is parsed on every call).
    const c = new TemplateSet()
    c.parse('gotpl', '{{ .Release.Name }}-web')
    const first = c.lookup('gotpl')!.root
    c.parse('gotpl', '{{ .Release.Name }}-web')
    expect(c.lookup('gotpl')!.root).toBe(first)
  })
})
