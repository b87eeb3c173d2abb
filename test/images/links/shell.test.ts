import { describe, expect, it } from 'vitest'
import { parseBuildCommand, type Field } from '../../../src/images/links/build-command.js'
import { expandWord, type ShellScope } from '../../../src/images/links/shell-expand.js'
import { splitCommands } from '../../../src/images/links/shell-words.js'
import { findShellBuilds } from '../../../src/images/links/shell-builds.js'
import { displayText, HoleTable } from '../../../src/images/template.js'

const R = { file: 'x.sh', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }

function scope(vars: Record<string, string> = {}): ShellScope & { holes: HoleTable } {
  const map = new Map(Object.entries(vars))
  return {
    holes: new HoleTable(),
    lookup: (n) => map.get(n),
    set: (n, v) => void map.set(n, v),
  }
}

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
})

describe('expandWord', () => {
  const ex = (raw: string, vars: Record<string, string> = {}) => {
    const s = scope(vars)
    return expandWord(raw, s).map((f) => displayText(f, s.holes))
  }
  it('removes quotes and expands variables', () => {
    expect(ex(`"$REG/api":'$TAG'`, { REG: 'ghcr.io/acme' })).toEqual(['ghcr.io/acme/api:$TAG'])
    expect(ex('${REG}/api', { REG: 'ghcr.io/acme' })).toEqual(['ghcr.io/acme/api'])
  })
  it('takes defaults for unset variables and keeps unknown ones as holes', () => {
    expect(ex('${IMAGE:-acme/api}:${TAG}')).toEqual(['acme/api:${TAG}'])
    expect(ex('${IMAGE:-acme/api}', { IMAGE: 'x/y' })).toEqual(['x/y'])
    expect(ex('"${IMAGE-acme/api}"', { IMAGE: '' })).toEqual([''])
    expect(ex('${IMAGE-acme/api}', { IMAGE: '' })).toEqual([])
    expect(ex('${IMAGE:+set}', { IMAGE: 'x' })).toEqual(['set'])
  })
  it('supports case and prefix/suffix forms', () => {
    expect(ex('${OWNER,,}/api', { OWNER: 'Acme' })).toEqual(['acme/api'])
    expect(ex('${REF#refs/tags/}', { REF: 'refs/tags/v1' })).toEqual(['v1'])
    expect(ex('${NAME%.git}', { NAME: 'repo.git' })).toEqual(['repo'])
  })
  it('splits unquoted expansions and not quoted ones', () => {
    expect(ex('$FLAGS', { FLAGS: '-t a -t b' })).toEqual(['-t', 'a', '-t', 'b'])
    expect(ex('"$FLAGS"', { FLAGS: '-t a' })).toEqual(['-t a'])
  })
  it('turns command substitutions into holes', () => {
    expect(ex('acme/api:$(git rev-parse --short HEAD)')).toEqual([
      'acme/api:${$(git rev-parse --short HEAD)}',
    ])
  })
})

describe('parseBuildCommand', () => {
  const parse = (line: string) => {
    const fields: Field[] = line.split(/\s+/).map((text) => ({ text, range: R }))
    const inv = parseBuildCommand(fields)
    return (
      inv && {
        tool: inv.tool,
        command: inv.command,
        tags: inv.tags.map((t) => t.text),
        file: inv.file?.text,
        context: inv.context?.text,
        target: inv.target?.text,
        args: Object.fromEntries(inv.buildArgs),
      }
    )
  }
  it('reads docker build', () => {
    expect(
      parse(
        'docker build -t acme/api:1 -f docker/Dockerfile --target runtime --build-arg UID=10001 .',
      ),
    ).toEqual({
      tool: 'docker',
      command: 'docker build',
      tags: ['acme/api:1'],
      file: 'docker/Dockerfile',
      context: '.',
      target: 'runtime',
      args: { UID: '10001' },
    })
  })
  it('reads docker buildx build with = forms, repeated tags and value flags', () => {
    expect(
      parse(
        'docker buildx build --platform linux/amd64 --tag=a/b:1 -t a/b:latest --file=Dockerfile.prod --push --cache-from type=gha ctx',
      ),
    ).toMatchObject({
      command: 'docker buildx build',
      tags: ['a/b:1', 'a/b:latest'],
      file: 'Dockerfile.prod',
      context: 'ctx',
    })
  })
  it('skips wrappers, assignments and docker global options', () => {
    expect(parse('sudo DOCKER_BUILDKIT=1 docker --context remote build -t x .')).toMatchObject({
      tags: ['x'],
      context: '.',
    })
    expect(parse('/usr/local/bin/docker image build -tx .')).toMatchObject({ tags: ['x'] })
  })
  it('reads podman, buildah and nerdctl', () => {
    expect(parse('podman build -t x -f Containerfile .')?.tool).toBe('podman')
    expect(parse('buildah bud -t x .')?.tool).toBe('buildah')
    expect(parse('nerdctl build -t x .')?.tool).toBe('nerdctl')
  })
  it('takes a build argument without value from the environment', () => {
    expect(parse('docker build --build-arg HTTP_PROXY -t x .')?.args).toEqual({
      HTTP_PROXY: undefined,
    })
  })
  it('ignores other commands', () => {
    expect(parse('docker push acme/api')).toBeUndefined()
    expect(parse('docker buildx bake')).toBeUndefined()
    expect(parse('docker compose build')).toBeUndefined()
    expect(parse('echo docker build -t x .')).toBeUndefined()
  })
})

describe('findShellBuilds', () => {
  const run = (text: string, cwds = ['.'], env: Record<string, string> = {}) => {
    const holes = new HoleTable()
    return findShellBuilds({
      text,
      rangeOf: () => R,
      holes,
      env: new Map(Object.entries(env)),
      cwds,
      scriptDir: 'scripts',
    }).map((b) => ({
      tags: b.inv.tags.map((t) => displayText(t.text, holes)),
      cwds: b.cwds.map((c) => displayText(c, holes)),
    }))
  }
  it('follows assignments and cd', () => {
    expect(run('IMG=acme/api\nexport TAG=1\ncd services/api\ndocker build -t $IMG:$TAG .')).toEqual(
      [{ tags: ['acme/api:1'], cwds: ['services/api'] }],
    )
  })
  it('resolves cd "$(dirname "$0")/.."', () => {
    expect(run('cd "$(dirname "$0")/.."\ndocker build -t x .', ['.', 'scripts'])).toEqual([
      { tags: ['x'], cwds: ['.'] },
    ])
  })
  it('expands for loops over literal words', () => {
    expect(
      run('for s in api web; do\n  docker build -t acme/$s services/$s\ndone').map(
        (b) => b.tags[0],
      ),
    ).toEqual(['acme/api', 'acme/web'])
  })
  it('keeps loop variables over unknown lists as holes', () => {
    expect(
      run('for s in $SERVICES; do docker build -t acme/$s .; done').map((b) => b.tags[0]),
    ).toEqual(['acme/${s}'])
  })
})
