/** Instruction splitting and positions, as BuildKit's parser reads a Dockerfile. */
import { readdirSync, readFileSync } from 'node:fs'
import { DockerfileParser } from 'dockerfile-ast'
import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../../src/dockerfile/index.js'
import { describeShared, hasShared, sharedPath } from '../helpers/shared.js'

const kw = (text: string) =>
  parseDockerfile(text, 'Dockerfile').instructions.map((i) => [i.keyword, i.args.text])

describe('lexing', () => {
  it('continuations drop comment lines and blank lines inside them; leading spaces of continued lines stay', () => {
    expect(
      kw(`FROM alpine
RUN apk add \\
# a comment inside
    curl \\

    jq
`),
    ).toEqual([
      ['FROM', 'alpine'],
      ['RUN', 'apk add     curl     jq'],
    ])
  })

  it('keywords are case-insensitive; parser directives only at the top', () => {
    const df = parseDockerfile(
      '# syntax=docker/dockerfile:1\n# check=skip=all\nfrom alpine\n# escape=`\nrun echo \\\n  x\n',
      'Dockerfile',
    )
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1', check: 'skip=all' })
    expect(df.escape).toBe('\\')
    expect(df.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN'])
    expect(df.comments.map((c) => c.text)).toEqual([
      '# syntax=docker/dockerfile:1',
      '# check=skip=all',
      '# escape=`',
    ])
  })

  it('flags are split off with quotes kept; the rest maps back to the file', () => {
    const df = parseDockerfile(
      'FROM alpine\nCOPY --chown="1000:0" --from=build \\\n   /src /dst\n',
      'Dockerfile',
    )
    const copy = df.instructions[1]
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([
      ['chown', '"1000:0"'],
      ['from', 'build'],
    ])
    expect(copy.flags[0].range).toEqual({
      file: 'Dockerfile',
      startLine: 2,
      startColumn: 6,
      endLine: 2,
      endColumn: 22,
    })
    expect(copy.args.text).toBe('/src /dst')
    expect(copy.range).toEqual({
      file: 'Dockerfile',
      startLine: 2,
      startColumn: 1,
      endLine: 3,
      endColumn: 13,
    })
  })

  it('heredocs: several per instruction, <<- strips tabs from the terminator, quoted delimiters do not expand', () => {
    const df = parseDockerfile(
      'FROM alpine\nCOPY <<A <<-"B" /dst/\na-body\nA\nb-body\n\t\tB\nRUN echo "<<NOT" && cat<<ALSO_NOT\nUSER 1\n',
      'Dockerfile',
    )
    const copy = df.instructions[1]
    expect(copy.heredocs.map((h) => [h.name, h.body, h.chomp, h.expand])).toEqual([
      ['A', 'a-body\n', false, true],
      ['B', 'b-body\n', true, false],
    ])
    expect(copy.range.endLine).toBe(6)
    expect(df.instructions.map((i) => i.keyword)).toEqual(['FROM', 'COPY', 'RUN', 'USER'])
  })

  it('ONBUILD triggers keep their here-documents', () => {
    const df = parseDockerfile(
      'FROM alpine\nONBUILD RUN <<EOF\nUSER nobody\nEOF\nUSER 1\n',
      'Dockerfile',
    )
    expect(df.instructions.map((i) => i.keyword)).toEqual(['FROM', 'ONBUILD', 'USER'])
  })

  it('CRLF line endings and a byte-order mark', () => {
    const df = parseDockerfile('\ufeffFROM alpine\r\nUSER 1000\r\n', 'Dockerfile')
    expect(df.instructions.map((i) => [i.keyword, i.args.text])).toEqual([
      ['FROM', 'alpine'],
      ['USER', '1000'],
    ])
    expect(df.instructions[1].range).toEqual({
      file: 'Dockerfile',
      startLine: 2,
      startColumn: 1,
      endLine: 2,
      endColumn: 10,
    })
  })

  it('stages: names, platform flags, images as written', () => {
    const df = parseDockerfile(
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\nFROM build\n',
      'Dockerfile',
    )
    expect(df.stages.map((s) => [s.index, s.name, s.image, s.platform])).toEqual([
      [0, 'Build', 'golang:1.22', '$BUILDPLATFORM'],
      [1, undefined, 'build', undefined],
    ])
    expect(df.stages[0].imageRange).toMatchObject({ startLine: 1, startColumn: 32, endColumn: 43 })
  })
})

const CORPUS = ['corpus', 'dockerfiles']

describeShared(CORPUS, 'instruction boundaries agree with dockerfile-ast on the corpus', () => {
  const files = hasShared(...CORPUS)
    ? readdirSync(sharedPath(...CORPUS), { withFileTypes: true })
        .filter((e) => e.isFile() && !/\.(json|md)$/.test(e.name))
        .map((e) => e.name)
    : []
  it('57 files', () => expect(files.length).toBe(57))
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(sharedPath(...CORPUS, f), 'utf8')
      const ours = parseDockerfile(text, f).instructions.map(
        (i) => `${i.keyword}@${i.range.startLine}-${i.range.endLine}`,
      )
      const theirs = DockerfileParser.parse(text)
        .getInstructions()
        .map((i) => `${i.getKeyword()}@${i.getRange().start.line + 1}-${i.getRange().end.line + 1}`)
      expect(ours).toEqual(theirs)
    })
  }
})
