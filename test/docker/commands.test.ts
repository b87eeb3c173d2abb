import { describe, expect, it } from 'vitest'
import { at, views } from './helpers.js'

describe('docker run / create lines where the image linker reads commands', () => {
  it('finds them in scripts behind wrappers, global options and the container subcommand', () => {
    const v = views({
      'hack/e2e.sh': `#!/usr/bin/env bash
set -euo pipefail
IMAGE=\${IMAGE:-kindest/node:v1.31.0}
sudo docker -H unix:///run/docker.sock run --rm -it -u root \\
  -v /:/host:ro "$IMAGE" true
docker container create --name x --network=host alpine:3.20
podman run --rm --cap-add=SYS_ADMIN,NET_RAW quay.io/podman/stable podman info
nerdctl run -d --privileged ghcr.io/acme/agent:1
docker compose run web
docker exec -u root web sh
docker run --rm "$@"
`,
    })
    expect(v.containers.map((c) => [c.tool, c.name, at(c.anchor), c.user?.value ?? null])).toEqual([
      [
        'docker',
        'docker -H unix:///run/docker.sock run kindest/node:v1.31.0',
        'hack/e2e.sh:4:6',
        'root',
      ],
      ['docker', 'docker container create alpine:3.20', 'hack/e2e.sh:6:1', null],
      ['podman', 'podman run quay.io/podman/stable', 'hack/e2e.sh:7:1', null],
      ['nerdctl', 'nerdctl run ghcr.io/acme/agent:1', 'hack/e2e.sh:8:1', null],
      // the image is a variable: unknown, but the options are still checked
      ['docker', 'docker run ${@}', 'hack/e2e.sh:11:1', null],
    ])
    const e2e = v.containers[0]
    expect(e2e.mounts.map((m) => [m.source, m.target, m.readOnly, at(m.range)])).toEqual([
      ['/', '/host', true, 'hack/e2e.sh:5:3'],
    ])
    expect(v.containers[2].capAdd.map((c) => c.value)).toEqual(['SYS_ADMIN', 'NET_RAW'])
    expect(v.containers[4].image).toMatchObject({ value: '${@}', unresolved: true })
    expect(v.notices).toEqual([])
  })

  it('says so when a command names no image at all', () => {
    const v = views({ 'run.sh': 'docker run --rm -it\n' })
    expect(v.containers).toEqual([])
    expect(v.notices.map((n) => n.message)).toEqual([
      'run.sh: docker run names no image: the command is not checked',
    ])
  })

  it('expands make variables in recipes and keeps the exact column of each flag', () => {
    const v = views({
      Makefile: `DOCKER ?= docker
BINFMT := tonistiigi/binfmt:qemu-v7.0.0

.PHONY: setup
setup:
\t-$(DOCKER) run --privileged --rm $(BINFMT) --install all
`,
    })
    const [c] = v.containers
    expect(c.where).toBe('Makefile target setup: docker run')
    expect(c.image?.value).toBe('tonistiigi/binfmt:qemu-v7.0.0')
    expect(at(c.privileged!.range)).toBe('Makefile:6:17')
  })

  it('reports an unterminated quote inside a docker run command at its line', () => {
    const v = views({
      'run.sh': 'docker run --rm -e "MSG=hello alpine:3.20 echo\necho after\n',
    })
    expect(v.notices.map((n) => [n.level, at(n.range!), n.message])).toContainEqual([
      'warning',
      'run.sh:1:20',
      'run.sh: docker run: unterminated double-quoted string; sh refuses the script, and the command was read up to the end of the text',
    ])
  })

  it('reads workflow run: steps once per place, with the column inside the block', () => {
    const v = views({
      '.github/workflows/ci.yml': `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [20, 22]
    steps:
      - run: |
          docker run --rm \\
            -v /var/run/docker.sock:/var/run/docker.sock node:\${{ matrix.node }} npm test
`,
    })
    expect(v.containers.map((c) => [c.image?.value, at(c.mounts[0].range)])).toEqual([
      ['node:20', '.github/workflows/ci.yml:11:13'],
      ['node:22', '.github/workflows/ci.yml:11:13'],
    ])
    expect(v.containers.map((c) => c.identity)).toEqual([
      '.github/workflows/ci.yml job test step 1: docker run node:20',
      '.github/workflows/ci.yml job test step 1: docker run node:22',
    ])
  })
})

describe('workflow job containers and services', () => {
  it('reads image, options (as docker flags, at their columns), volumes and ports', () => {
    const v = views({
      '.github/workflows/ci.yml': `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        pg: ["16"]
    container:
      image: ghcr.io/acme/builder:\${{ matrix.pg }}
      options: --user 1001 --cap-add SYS_PTRACE --security-opt seccomp=unconfined
      volumes:
        - /var/run/docker.sock:/var/run/docker.sock
    services:
      db:
        image: postgres:\${{ matrix.pg }}
        ports: ["5432:5432"]
        options: >-
          --health-cmd "pg_isready -U app"
          --health-interval 10s
  lint:
    runs-on: ubuntu-latest
    container: golangci/golangci-lint:v1.61
    services:
      cache:
        image: \${{ false && 'redis:7' || '' }}
    steps:
      - run: make lint
`,
    })
    const job = v.byName('build container')
    expect(job).toMatchObject({
      origin: 'job-container',
      tool: 'github-actions',
      where: '.github/workflows/ci.yml job build container',
      image: { value: 'ghcr.io/acme/builder:16' },
      user: { value: '1001', written: '--user' },
    })
    expect(at(job.anchor)).toBe('.github/workflows/ci.yml:8:5')
    expect(at(job.user!.range)).toBe('.github/workflows/ci.yml:10:16')
    expect(at(job.capAdd[0].range)).toBe('.github/workflows/ci.yml:10:28')
    expect(at(job.securityOpt[0].range)).toBe('.github/workflows/ci.yml:10:49')
    expect(job.mounts.map((m) => m.source)).toEqual(['/var/run/docker.sock'])
    const db = v.byName('build service db')
    expect(db.image?.value).toBe('postgres:16')
    expect(db.ports.map((p) => p.containerPort)).toEqual([5432])
    expect(db.user).toBeUndefined()
    expect(v.byName('lint container').image?.value).toBe('golangci/golangci-lint:v1.61')
    // a service whose image comes out empty is not started by the runner
    expect(v.containers.map((c) => c.name)).not.toContain('lint service cache')
  })
})
