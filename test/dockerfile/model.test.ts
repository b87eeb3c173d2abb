/** Stages, ARG/ENV scopes, USER and where the effective user comes from. */
import { describe, expect, it } from 'vitest'
import { buildImageModel, parseDockerfile } from '../../src/dockerfile/index.js'
import type { BaseImageFact } from '../../src/dockerfile/index.js'
import { model } from './helpers.js'

describe('the effective user', () => {
  it('the target stage USER, with its line', () => {
    const m = model(`FROM alpine:3.20
RUN adduser -D -u 10001 app
USER app
USER 10001:10001
`)
    expect(m.effectiveUser.raw).toBe('10001:10001')
    expect(m.effectiveUser.uid).toBe(10001)
    expect(m.effectiveUser.gid).toBe(10001)
    expect(m.effectiveUser.kubelet).toEqual({ uid: 10001 })
    expect(m.effectiveUser.source).toMatchObject({
      file: 'Dockerfile',
      startLine: 4,
      startColumn: 1,
      endLine: 4,
    })
    expect(m.effectiveUser.origin).toMatchObject({ kind: 'dockerfile', inherited: false })
  })

  it('inherited through FROM <stage>; a later FROM <image> does not inherit', () => {
    const text = `FROM golang:1.22 AS build
USER 1000

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static:nonroot AS final
COPY --from=build /out /app
`
    const test = model(text, { target: 'test' })
    expect(test.effectiveUser.raw).toBe('1000')
    expect(test.effectiveUser.origin).toMatchObject({
      kind: 'dockerfile',
      inherited: true,
      stage: { index: 0, name: 'build' },
    })
    expect(test.stageChain).toEqual([
      { index: 1, name: 'test' },
      { index: 0, name: 'build' },
    ])
    const final = model(text)
    expect(final.stageChain).toEqual([{ index: 2, name: 'final' }])
    expect(final.effectiveUser.origin).toMatchObject({ kind: 'base-image' })
    expect(final.effectiveUser.raw).toBe('65532')
    expect(final.effectiveUser.source).toMatchObject({
      family: expect.stringContaining('distroless'),
    })
    expect(final.copiesFrom).toMatchObject([{ stage: { index: 0, name: 'build' } }])
  })

  it('no USER and a root base: "" which the kubelet sees as uid 0', () => {
    const m = model('FROM python:3.12-slim\nCMD ["python"]\n')
    expect(m.effectiveUser.raw).toBe('')
    expect(m.effectiveUser.kubelet).toEqual({ uid: 0 })
    expect(m.effectiveUser.origin).toMatchObject({ kind: 'base-image', image: 'python:3.12-slim' })
  })

  it('FROM scratch with no USER: root without a passwd file', () => {
    const m = model('FROM scratch\nCOPY app /app\n')
    expect(m.effectiveUser.raw).toBe('')
    expect(m.effectiveUser.origin).toEqual({ kind: 'base-image', image: 'scratch' })
  })

  it('an image the facts table does not know: unknown, never a guess', () => {
    const m = model('FROM registry.example.com/team/base:7\n')
    expect(m.effectiveUser.raw).toBeNull()
    expect(m.effectiveUser.kubelet).toBeUndefined()
    expect(m.effectiveUser.origin).toMatchObject({
      kind: 'unknown',
      image: 'registry.example.com/team/base:7',
    })
  })

  it('an unresolvable base (ARG without default) is reported, not guessed', () => {
    const m = model('ARG BASE_IMAGE\nFROM $BASE_IMAGE\nCOPY x /x\n')
    expect(m.baseImage.ref).toBeNull()
    expect(m.baseImage.undefinedVars).toEqual(['BASE_IMAGE'])
    expect(m.effectiveUser.origin).toMatchObject({ kind: 'unknown', image: null })
    expect(m.problems.map((p) => p.message)).toContain(
      'FROM $BASE_IMAGE: the base image depends on $BASE_IMAGE that has no default; the base image is unknown',
    )
  })

  it('a name resolves through the accounts the Dockerfile creates or the base image has', () => {
    const m = model('FROM node:22-bookworm\nUSER node\n')
    expect(m.effectiveUser.name).toBe('node')
    expect(m.effectiveUser.kubelet).toEqual({ username: 'node' })
    expect(m.effectiveUser.resolvedUid).toBe(1000)
  })

  it('the base image ENV expands a USER variable when the fact knows it', () => {
    const fact: BaseImageFact = {
      row: 0,
      family: 'test',
      image: 'example/base:1',
      user: '',
      runAsNonRoot: 'refused-root',
      accounts: [],
      env: { APP_UID: '1654' },
      hasPasswd: true,
      source: 'test',
      confidence: 'secondary',
    }
    const df = parseDockerfile('FROM example/base:1\nUSER $APP_UID\n', 'Dockerfile')
    const known = buildImageModel(df, { baseImages: () => fact })
    expect(known.effectiveUser.raw).toBe('1654')
    const unknown = buildImageModel(df, { baseImages: () => undefined })
    expect(unknown.effectiveUser.raw).toBeNull()
    expect(unknown.effectiveUser.undefinedVars).toEqual(['APP_UID'])
    // The base may define it: a note that the user stays unknown, not a mistake of the file.
    expect(unknown.problems[0]).toMatchObject({ severity: 'note', range: { startLine: 2 } })
  })
})

describe('ARG and ENV', () => {
  it('global ARGs reach FROM only; re-declared in a stage they take the global value', () => {
    const m = model(`ARG UID=1000
ARG IMAGE=alpine:3.20
FROM $IMAGE
USER $UID
`)
    expect(m.baseImage.ref).toBe('alpine:3.20')
    expect(m.effectiveUser.raw).toBeNull() // $UID is not in scope: Docker expands it to ''
    const m2 = model(`ARG UID=1000
FROM alpine:3.20
ARG UID
USER $UID
`)
    expect(m2.effectiveUser.raw).toBe('1000')
  })

  it('ARG goes out of scope at the end of its stage; ENV is inherited', () => {
    const m = model(`FROM alpine:3.20 AS base
ARG A=from-arg
ENV E=from-env
FROM base
USER \${A:-none}:\${E}
`)
    expect(m.effectiveUser.raw).toBe('none:from-env')
  })

  it('ENV wins over an ARG of the same name; ENV values see the env before the instruction', () => {
    const m = model(`FROM alpine:3.20
ARG X=arg
ENV X=env
ENV A=1 B=\${X}
ENV A=2 C=\${A}
USER \${B}-\${C}
`)
    expect(m.effectiveUser.raw).toBe('env-1')
    expect(m.env).toMatchObject({ X: 'env', A: '2', B: 'env', C: '1' })
  })

  it('legacy ENV syntax keeps the rest of the line', () => {
    const m = model('FROM alpine\nENV GREETING hello   world\nENV  KEY   value\n')
    expect(m.env).toMatchObject({ GREETING: 'hello   world', KEY: 'value' })
  })

  it('several ARGs in one instruction; defaults that use other ARGs', () => {
    const m = model(`FROM alpine
ARG uid=1000 gid
ARG owner=\${uid}:\${gid:-1000}
USER $owner
`)
    expect(m.effectiveUser.raw).toBe('1000:1000')
  })

  it('${V:-d}, ${V:+a} and quotes in FROM; automatic platform ARGs', () => {
    const m = model(`ARG DEBUG
ARG VARIANT
FROM alpine:3.20 AS app-linux
FROM alpine:3.20 AS app-linux-debug
USER 1
FROM app-$TARGETOS\${DEBUG:+-debug} AS final
`)
    expect(m.stageChain.map((s) => s.name)).toEqual(['final', 'app-linux'])
    const dbg = model(
      `ARG DEBUG
FROM alpine:3.20 AS app-linux
FROM alpine:3.20 AS app-linux-debug
USER 1
FROM app-$TARGETOS\${DEBUG:+-debug} AS final
`,
      { buildArgs: { DEBUG: '1' } },
    )
    expect(dbg.stageChain.map((s) => s.name)).toEqual(['final', 'app-linux-debug'])
    expect(dbg.effectiveUser.raw).toBe('1')
    const q = model('ARG LINE=trixie\nFROM debian:"${LINE}-slim"\n')
    expect(q.baseImage.ref).toBe('debian:trixie-slim')
  })

  it('platform ARGs follow the platform option', () => {
    const m = model('FROM alpine\nARG TARGETARCH\nUSER $TARGETARCH\n', { platform: 'linux/arm64' })
    expect(m.effectiveUser.raw).toBe('arm64')
  })
})

describe('targets', () => {
  it('by name (case-insensitive), by index, default last; unknown target is a problem', () => {
    const text = 'FROM alpine AS One\nUSER 1\nFROM alpine AS two\nUSER 2\n'
    expect(model(text).effectiveUser.raw).toBe('2')
    expect(model(text, { target: 'one' }).effectiveUser.raw).toBe('1')
    expect(model(text, { target: 0 }).effectiveUser.raw).toBe('1')
    const bad = model(text, { target: 'nope' })
    expect(bad.effectiveUser.raw).toBe('2')
    expect(bad.problems.map((p) => p.message)).toContain(
      'target stage "nope" could not be found; using the last stage',
    )
  })
})

describe('WORKDIR, VOLUME, EXPOSE', () => {
  it('WORKDIR relative to the previous one, with variables, inherited by child stages', () => {
    const m = model(`FROM alpine AS base
ENV APP=/srv
WORKDIR $APP
WORKDIR app/../data
FROM base
WORKDIR sub/
`)
    expect(m.workdir?.path).toBe('/srv/data/sub/')
  })

  it('VOLUME in JSON and plain form, with variables', () => {
    const m = model(`FROM alpine
ENV DATA=/var/lib/app
VOLUME ["/data", "/logs"]
VOLUME $DATA /cache
`)
    expect(m.volumes.map((v) => v.path)).toEqual(['/data', '/logs', '/var/lib/app', '/cache'])
  })

  it('EXPOSE with protocols, ranges, variables; undeclared variables expand to nothing', () => {
    const m = model(`FROM alpine
ARG PORT=8080
EXPOSE $PORT 53/udp 9000-9002/tcp \${UNDECLARED}
`)
    expect(m.exposedPorts.map((p) => [p.spec, p.port, p.endPort, p.protocol])).toEqual([
      ['8080', 8080, undefined, 'tcp'],
      ['53/udp', 53, undefined, 'udp'],
      ['9000-9002/tcp', 9000, 9002, 'tcp'],
    ])
    expect(m.exposedPorts[1].range).toMatchObject({ startLine: 3, startColumn: 14, endColumn: 20 })
  })
})

describe('escape directive, heredocs, Windows files', () => {
  it('`# escape=`` makes backtick the continuation character and keeps backslashes', () => {
    const text =
      '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nARG HOME=C:\\Users\\app\r\nENV A=1 `\r\n    B=2\r\nVOLUME $HOME\r\nUSER ContainerUser\r\n'
    const df = parseDockerfile(text, 'Dockerfile')
    expect(df.escape).toBe('`')
    expect(df.directives).toEqual({ escape: '`' })
    const m = buildImageModel(df, { baseImages: () => undefined })
    expect(m.env).toMatchObject({ A: '1', B: '2' })
    expect(m.volumes.map((v) => v.path)).toEqual(['C:\\Users\\app'])
    expect(m.effectiveUser.raw).toBe('ContainerUser')
    expect(m.effectiveUser.source).toMatchObject({ startLine: 7, endColumn: 19 })
  })

  it('heredoc bodies are not instructions; RUN <<EOF bodies are scripts', () => {
    const m = model(`# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<EOF
set -eux
USER root
adduser -D -u 1234 app
chown -R app /srv
EOF
COPY --chmod=755 <<-EOT /entrypoint.sh
	#!/bin/sh
	USER 0
	EOT
RUN cat <<'EOF' > /etc/motd
chown nobody /nothing
EOF
USER app
`)
    expect(m.createdUsers.map((u) => [u.name, u.uid, u.range.startLine])).toEqual([
      ['app', 1234, 6],
    ])
    expect(m.chowns.map((c) => [c.how, c.path, c.owner?.raw ?? c.mode])).toEqual([
      ['RUN chown', '/srv', 'app'],
      ['COPY --chmod', '/entrypoint.sh', '755'],
    ])
    expect(m.effectiveUser.raw).toBe('app')
    expect(m.effectiveUser.source).toMatchObject({ startLine: 16 })
  })
})

describe('problems never crash the model', () => {
  const cases: [string, string][] = [
    ['FROM alpine\nFOO bar\n', 'unknown instruction: FOO'],
    ['RUN echo hi\nFROM alpine\n', 'no build stage in current context: RUN before the first FROM'],
    ['', 'the Dockerfile has no FROM instruction (no build stage)'],
    [
      'FROM alpine\nRUN <<EOF\necho\n',
      "unterminated heredoc: no line 'EOF' ends the here-document",
    ],
    [
      'FROM alpine as 1bad\n',
      'invalid name for build stage: "1bad", name can\'t start with a number or contain symbols',
    ],
    ['FROM alpine a b c\n', 'FROM requires either one or three arguments'],
    ['FROM alpine\nUSER\n', 'USER requires at least one argument'],
    ['# escape=x\nFROM alpine\n', "invalid escape token 'x' does not match ` or \\"],
    [
      'FROM alpine\nUSER "unterminated\n',
      'USER: unexpected end of statement while looking for matching double-quote',
    ],
    [
      'FROM alpine\nRUN if true; then chown app /srv\n',
      "RUN: shell syntax: expected 'fi' in if, found end of script",
    ],
    ['FROM alpine AS a\nFROM alpine AS A\n', 'duplicate stage name "A"'],
  ]
  for (const [text, message] of cases) {
    it(message, () => {
      const df = parseDockerfile(text, 'Dockerfile')
      const m = buildImageModel(df, { baseImages: () => undefined })
      const hit = [...df.problems, ...m.problems].find((p) => p.message === message)
      expect(hit, JSON.stringify(m.problems)).toBeDefined()
      expect(hit?.range.file).toBe('Dockerfile')
      expect(hit?.range.startLine).toBeGreaterThanOrEqual(1)
    })
  }

  it('binary garbage and lone continuations still give a model', () => {
    const df = parseDockerfile('FROM alpine\\\n\u0000\u0001 RUN \\\n\\\n', 'Dockerfile')
    expect(df.problems.length).toBeGreaterThan(0)
    expect(buildImageModel(df, { baseImages: () => undefined }).effectiveUser.raw).toBeNull()
  })

  it('evaluation problems belong to the target, parse problems to the file', () => {
    // scratch has no ENV, so $NOPE is surely empty: a problem of the target.
    const df = parseDockerfile('FROM scratch\nFOO\nUSER $NOPE\n', 'Dockerfile')
    expect(df.problems.map((p) => p.message)).toEqual(['unknown instruction: FOO'])
    const m = buildImageModel(df, { baseImages: () => undefined })
    expect(m.problems.map((p) => [p.severity, p.range.startLine])).toEqual([['warning', 3]])
  })
})
