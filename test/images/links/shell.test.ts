import { describe, expect, it } from 'vitest'
import { parseBuildCommand, type Field } from '../../../src/images/links/build-command.js'
import { expandWord, type ShellScope } from '../../../src/images/links/shell-expand.js'
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
  it('splits at blanks a template layer put into the word; other operators stay text', () => {
    expect(ex('-t a;b|c  "x  y"', { X: '1' })).toEqual(['-t', 'a;b|c', 'x  y'])
    expect(ex('$E "$E" $E\'\'', { E: '' })).toEqual(['', ''])
  })
  it("reads $'...' escapes and backquoted commands as sh does", () => {
    expect(ex("a$'\\t'b")).toEqual(['a\tb'])
    expect(ex('`cat \\$F`')).toEqual(['${$(cat $F)}'])
    expect(ex('${!REF}:${#REF}', { REF: 'x' })).toEqual(['${${!REF}}:${${#REF}}'])
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
