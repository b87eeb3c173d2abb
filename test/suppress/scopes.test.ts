import { describe, expect, it } from 'vitest'
import { dockerfileScopes, parseDirective, yamlScopes } from '../../src/suppress/index.js'

/** `startLine-endLine rules` of every scope of a text, and the malformed comments' lines. */
function yaml(text: string) {
  const s = yamlScopes('f.yaml', text)
  return {
    scopes: s.scopes.map((x) => `${x.startLine}-${x.endLine} ${x.directive.rules.join(',')}`),
    malformed: s.malformed.map((m) => m.range.startLine),
  }
}

describe('directive syntax', () => {
  it('reads rules and the reason', () => {
    expect(parseDirective(' kube-whoami ignore=a,b the reason')).toEqual({
      form: 'ignore',
      rules: ['a', 'b'],
      reason: 'the reason',
    })
    expect(parseDirective('kube-whoami ignore = a , b -- why')).toEqual({
      form: 'ignore',
      rules: ['a', 'b'],
      reason: 'why',
    })
    expect(parseDirective('kube-whoami ignore-file=a')).toEqual({
      form: 'ignore-file',
      rules: ['a'],
    })
  })
  it('tells malformed directives from ordinary comments', () => {
    expect(parseDirective('kube-whoami ignroe=a')).toEqual({ malformed: 'kube-whoami ignroe=a' })
    expect(parseDirective('kube-whoami ignore')).toEqual({ malformed: 'kube-whoami ignore' })
    expect(parseDirective('kube-whoami ignore=a;b')).toEqual({
      malformed: 'kube-whoami ignore=a;b',
    })
    expect(parseDirective('kube-whoami scans this file')).toBeUndefined()
    expect(parseDirective('see kube-whoami ignore=a')).toBeUndefined()
  })
})

describe('YAML scopes', () => {
  it('a comment above a key covers the key and everything nested in it', () => {
    const text = [
      'spec:', //1
      '  # kube-whoami ignore=r', //2
      '  securityContext:', //3
      '    privileged: true', //4
      '', //5
      '    runAsUser: 0', //6
      '  hostNetwork: true', //7
    ].join('\n')
    expect(yaml(text).scopes).toEqual(['3-6 r'])
  })
  it('a comment above a list item covers the item; comment lines in between are skipped', () => {
    const text = [
      'containers:', //1
      '  # kube-whoami ignore=r', //2
      '  # another comment', //3
      '  - name: a', //4
      '    image: x', //5
      '  - name: b', //6
    ].join('\n')
    expect(yaml(text).scopes).toEqual(['4-5 r'])
  })
  it('a key followed by a list at its own indentation covers the list', () => {
    const text = [
      'spec:',
      '  # kube-whoami ignore=r',
      '  containers:',
      '  - name: a',
      '    image: x',
      '  - name: b',
      '  volumes: []',
    ].join('\n')
    expect(yaml(text).scopes).toEqual(['3-6 r'])
  })
  it('a trailing comment covers its line, or the node starting there', () => {
    const text = [
      'a:',
      '  b: 1 # kube-whoami ignore=r',
      '  c: # kube-whoami ignore=s',
      '    d: 2',
      '  e: 3',
    ].join('\n')
    expect(yaml(text).scopes).toEqual(['2-2 r', '3-4 s'])
  })
  it('before the first node of a document, or on ---, covers the document', () => {
    const text = [
      '# header', //1
      '# kube-whoami ignore=r', //2
      'kind: Pod', //3
      'spec: {}', //4
      '--- # kube-whoami ignore=s', //5
      'kind: Pod', //6
      '---', //7
      'kind: Pod', //8
    ].join('\n')
    expect(yaml(text).scopes).toEqual(['3-4 r', '6-6 s'])
  })
  it('a blank line after the comment leaves it covering nothing', () => {
    const text = ['a:', '  # kube-whoami ignore=r', '', '  b: 1'].join('\n')
    expect(yaml(text).scopes).toEqual(['2-2 r'])
    expect(yamlScopes('f.yaml', text).scopes[0].covers).toMatch(/^nothing/)
  })
  it('ignore-file covers every line', () => {
    expect(yaml('a: 1\n# kube-whoami ignore-file=r,s why\n').scopes).toEqual([
      `1-${Number.MAX_SAFE_INTEGER} r,s`,
    ])
  })
  it('a # inside quotes is not a comment', () => {
    expect(yaml('a: "x # kube-whoami ignore=r"\nb: \'# kube-whoami ignore=s\'\n').scopes).toEqual(
      [],
    )
  })
  it('Helm templates: action-only lines are transparent, template comments work', () => {
    const text = [
      'spec:', //1
      '  containers:', //2
      '    {{- range .Values.containers }}', //3
      '    # kube-whoami ignore=r', //4
      '    {{- if .privileged }}', //5
      '    - name: {{ .name }}', //6
      '{{- with .securityContext }}', //7
      '      securityContext:', //8
      '        {{- toYaml . | nindent 8 }}', //9
      '{{- end }}', //10
      '    {{- end }}', //11
      '    {{- end }}', //12
      '  {{/* kube-whoami ignore=s values decide */}}', //13
      '  hostNetwork: {{ .Values.hostNetwork }}', //14
      '  hostPID: true {{/* kube-whoami ignore=t */}}', //15
    ].join('\n')
    expect(yaml(text).scopes).toEqual(['6-9 r', '14-14 s', '15-15 t'])
  })
  it('reports malformed directives with their line', () => {
    expect(yaml('a: 1 # kube-whoami ignore=\nb: 2 # kube-whoami: ignore a\n').malformed).toEqual([
      1, 2,
    ])
  })
})

describe('Dockerfile scopes', () => {
  const scopes = (text: string) =>
    dockerfileScopes('Dockerfile', text).scopes.map(
      (x) => `${x.startLine}-${x.endLine} ${x.directive.rules.join(',')}`,
    )
  it('covers the next instruction with its continuation lines and here-documents', () => {
    const text = [
      'FROM alpine', //1
      '# kube-whoami ignore=r', //2
      'RUN apk add \\', //3
      '    curl', //4
      '# kube-whoami ignore=s', //5
      '# an ordinary comment', //6
      'RUN <<EOF', //7
      'echo hi', //8
      'EOF', //9
      'USER 0 # kube-whoami ignore=t is part of the instruction', //10
    ].join('\n')
    expect(scopes(text)).toEqual(['3-4 r', '7-9 s'])
  })
  it('a blank line breaks the link; ignore-file covers the file', () => {
    const text = [
      '# kube-whoami ignore-file=a',
      'FROM alpine',
      '# kube-whoami ignore=b',
      '',
      'USER 0',
    ].join('\n')
    expect(scopes(text)).toEqual([`1-${Number.MAX_SAFE_INTEGER} a`, '3-3 b'])
  })
})
