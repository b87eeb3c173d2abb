/** The flat simple-command view of shell text that the image linker reads. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitCommands, type SimpleCommand } from '../../src/shell/commands.js'
import { describeShared, sharedPath } from '../helpers/shared.js'

function words(src: string): string[][] {
  return splitCommands(src).map((c) => c.words.map((w) => w.text))
}

describe('splitCommands', () => {
  it('splits on separators, newlines and keeps quoted text in one word', () => {
    expect(words('cd app && docker build -t "a b" . ; echo done')).toEqual([
      ['cd', 'app'],
      ['docker', 'build', '-t', '"a b"', '.'],
      ['echo', 'done'],
    ])
  })
  it('joins line continuations and skips comments', () => {
    expect(words('docker build \\\n  -t x \\\n  . # build it\n# whole line\necho hi')).toEqual([
      ['docker', 'build', '-t', 'x', '.'],
      ['echo', 'hi'],
    ])
  })
  it('keeps $(...), ${...}, ${{ }} and backticks inside words', () => {
    expect(words('docker build -t "$(cat name)":${TAG:-x} -t ${{ env.IMAGE }} `pwd`/ctx')).toEqual([
      ['docker', 'build', '-t', '"$(cat name)":${TAG:-x}', '-t', '${{ env.IMAGE }}', '`pwd`/ctx'],
    ])
  })
  it('separates redirections and skips here-document bodies', () => {
    const cmds = splitCommands(
      'cat <<EOF > out\ndocker build -t no .\nEOF\necho "k=v" >> "$GITHUB_OUTPUT" 2>&1',
    )
    expect(cmds.map((c) => c.words.map((w) => w.text))).toEqual([['cat'], ['echo', '"k=v"']])
    expect(cmds[1].redirects.map((r) => [r.op, r.target.text])).toEqual([
      ['>>', '"$GITHUB_OUTPUT"'],
      ['>&', '1'],
    ])
  })
  it('records offsets of each word', () => {
    const [cmd] = splitCommands('  docker build -t img .')
    expect(cmd.words[3]).toEqual({ text: 'img', start: 18, end: 21 })
  })
  it('never throws on unterminated input', () => {
    expect(() => splitCommands('docker build -t "oops $(x')).not.toThrow()
  })
  it('keeps bash array assignments in one word', () => {
    expect(words('ARGS=(--build-arg "A=1" \\\n  -t x)\ndocker build "${ARGS[@]}" .')).toEqual([
      ['ARGS=(--build-arg "A=1" \\\n  -t x)'],
      ['docker', 'build', '"${ARGS[@]}"', '.'],
    ])
  })
  it("reads make's $$( and $${ as one word, as the shell will see them", () => {
    expect(words('docker build -t $$(cat NAME):$${TAG:-dev latest} . && echo $$$$')).toEqual([
      ['docker', 'build', '-t', '$$(cat NAME):$${TAG:-dev latest}', '.'],
      ['echo', '$$$$'],
    ])
  })
  it('takes only unescaped digits before a redirection as a descriptor', () => {
    const [cmd] = splitCommands('echo \\2>out 2>>err')
    expect(cmd.words.map((w) => w.text)).toEqual(['echo', '\\2'])
    expect(cmd.redirects.map((r) => [r.op, r.target.text])).toEqual([
      ['>', 'out'],
      ['>>', 'err'],
    ])
  })
})

describeShared(['corpus', 'helm'], 'splitCommands on real Makefile recipes', () => {
  const recipe = (rel: string, from: string): SimpleCommand[] => {
    const text = readFileSync(sharedPath('corpus', 'helm', ...rel.split('/')), 'utf8')
    const start = text.indexOf(from)
    const end = text.indexOf('\n\n', start)
    return splitCommands(text.slice(start, end < 0 ? undefined : end))
  }

  it('vault: a docker build with make variables', () => {
    const [build] = recipe('vault/chart/Makefile', '@docker build')
    expect(build.words.map((w) => w.text)).toEqual([
      '@docker',
      'build',
      '--rm',
      '-t',
      '$(TEST_IMAGE)',
      '-f',
      '$(CURDIR)/test/docker/Test.dockerfile',
      '$(CURDIR)',
    ])
  })

  it('elasticsearch: continued lines, a multi-line quoted sh -c script and && chains', () => {
    const cmds = recipe('elasticsearch/chart/examples/security/Makefile', 'docker rm -f')
    const heads = cmds.map((c) =>
      c.words
        .slice(0, 2)
        .map((w) => w.text)
        .join(' '),
    )
    expect(heads).toEqual([
      'docker rm',
      'true',
      'rm -f',
      'true',
      'docker run',
      'docker cp',
      'docker rm',
      'openssl pkcs12',
      'openssl x509',
      'kubectl create',
      'kubectl create',
      'kubectl create',
      'rm -f',
    ])
    const run = cmds[4].words.map((w) => w.text)
    expect(run.slice(-3, -1)).toEqual(['/bin/sh', '-c'])
    expect(run.at(-1)).toMatch(
      /^" \\\n\t\t\telasticsearch-certutil ca .*elastic-certificates\.p12"$/s,
    )
  })
})
