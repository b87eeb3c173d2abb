/**
 * A Dockerfile built FROM an image another Dockerfile of the repository builds (jupyter's
 * docker-stacks: minimal-notebook FROM base-notebook FROM docker-stacks-foundation): the
 * derived build sees that model's user, ENV and accounts, with no registry asked.
 */
import { describe, expect, it } from 'vitest'
import { scanRepo } from '../docker/helpers.js'

const deploy = (name: string, image: string) => `apiVersion: v1
kind: Pod
metadata: { name: ${name} }
spec:
  containers:
    - name: ${name}
      image: ${image}
`

const repo = {
  Makefile: `build:
\tdocker build -t ghcr.io/acme/foundation images/foundation
\tdocker build -t ghcr.io/acme/notebook images/notebook
\tdocker build -t ghcr.io/acme/plain images/plain
\tdocker build -t ghcr.io/acme/loop images/loop
`,
  'images/foundation/Dockerfile': `FROM alpine:3.20
ARG NB_USER=jovyan NB_UID=1000
ENV NB_USER=\${NB_USER} NB_UID=\${NB_UID}
RUN adduser -D -u "\${NB_UID}" "\${NB_USER}"
USER \${NB_UID}
`,
  // USER root for the installs, then back to the base's user through its ENV.
  'images/notebook/Dockerfile': `ARG BASE=ghcr.io/acme/foundation
FROM $BASE
USER root
RUN apk add --no-cache git
USER \${NB_UID}
`,
  // No USER at all: the base's user is inherited.
  'images/plain/Dockerfile': 'FROM ghcr.io/acme/foundation\nCOPY app /app\n',
  // A build FROM the image it builds itself is not followed round.
  'images/loop/Dockerfile': 'FROM ghcr.io/acme/loop:previous\nUSER $APP_UID\n',
  'deploy/notebook.yaml': deploy('notebook', 'ghcr.io/acme/notebook:1'),
  'deploy/plain.yaml': deploy('plain', 'ghcr.io/acme/plain:1'),
  'deploy/loop.yaml': deploy('loop', 'ghcr.io/acme/loop:1'),
}

describe('a base image built in the repository', () => {
  it('gives a derived build its ENV, user and accounts', async () => {
    const r = await scanRepo(repo)
    const row = (name: string) => r.identities.find((i) => i.workload.name === name)!
    expect(row('notebook').user).toMatchObject({ uid: 1000, display: '1000:1000' })
    expect(row('notebook').verdict.kind).toBe('starts')
    expect(row('plain').user.uid).toBe(1000)
    expect(row('plain').user.uidSource).toContain(
      'the base image ghcr.io/acme/foundation runs as USER 1000 (ghcr.io/acme/foundation is built here from images/foundation/Dockerfile: USER ${NB_UID} at line 5)',
    )
    expect(r.findings.filter((f) => f.ruleId === 'dockerfile-parse-error')).toEqual([])
  })

  it('is not followed into a build of itself: the user stays unknown, said in a note', async () => {
    const r = await scanRepo(repo)
    const loop = r.identities.find((i) => i.workload.name === 'loop')!
    expect(loop.verdict.kind).toBe('unknown')
    expect(r.notices.map((n) => n.message)).toContainEqual(
      expect.stringContaining(
        'USER uses $APP_UID, which this Dockerfile does not define: it comes from the ENV of the base image ghcr.io/acme/loop:previous',
      ),
    )
  })
})
