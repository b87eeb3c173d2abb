import { describe, expect, it } from 'vitest'
import { shellScopes, yamlScopes } from '../../src/suppress/index.js'
import { scanRepo } from '../docker/helpers.js'

function sh(text: string) {
  const s = shellScopes('x.sh', text)
  return {
    scopes: s.scopes.map(
      (x) => `${x.startLine}-${x.endLine} ${x.directive.rules.join(',')} (${x.covers})`,
    ),
    malformed: s.malformed.map((m) => m.range.startLine),
  }
}

describe('suppression comments in shell scripts and Makefiles', () => {
  it('covers the command below, continuation lines included; a blank line breaks the link', () => {
    expect(
      sh(`#!/bin/sh
# kube-whoami ignore=docker-privileged the node debugger
# (reviewed)
docker run --privileged \\
  -v /:/host \\
  alpine:3.20
# kube-whoami ignore=docker-capabilities

docker run --cap-add SYS_ADMIN alpine:3.20
docker run --rm -v /:/h busybox # kube-whoami ignore=docker-host-root-mount at the end of the line
\tdocker run --pid host busybox \\
\t  true # kube-whoami ignore=docker-host-namespaces
echo "# kube-whoami ignore=not-a-comment"
# kube-whoami ignroe=x
`),
    ).toEqual({
      scopes: [
        '4-6 docker-privileged (the command below it)',
        '7-7 docker-capabilities (nothing (a blank line or the end of the file follows it))',
        '10-10 docker-host-root-mount (the command on its line)',
        '11-12 docker-host-namespaces (the command on its line)',
      ],
      malformed: [14],
    })
  })

  it('in a workflow run: block, a YAML-level reading follows the backslash continuations', () => {
    const s = yamlScopes(
      'ci.yml',
      `steps:
  - run: |
      # kube-whoami ignore=docker-socket-mount
      docker run --rm \\
      -v /var/run/docker.sock:/var/run/docker.sock docker:cli ps
      echo done
`,
    )
    expect(s.scopes.map((x) => [x.startLine, x.endLine])).toEqual([[4, 5]])
  })

  it('suppresses docker findings in scripts, Makefiles, compose and workflow files, and reports unused ones', async () => {
    const r = await scanRepo({
      'run.sh': `# kube-whoami ignore=docker-privileged CI needs binfmt
docker run --privileged --rm tonistiigi/binfmt --install all
# kube-whoami ignore=docker-socket-mount stale
docker run --rm alpine:3.20 true
`,
      Makefile: `qemu:
\t# kube-whoami ignore=docker-privileged
\t-docker run --privileged --rm tonistiigi/binfmt --install all
`,
      'compose.yaml': `services:
  dind:
    image: docker:27-dind
    privileged: true # kube-whoami ignore=docker-privileged the test daemon
`,
    })
    const privileged = r.findings.filter((f) => f.ruleId === 'docker-privileged')
    expect(privileged.map((f) => [f.range.file, f.range.startLine, f.suppression?.via])).toEqual([
      ['Makefile', 3, 'comment'],
      ['compose.yaml', 4, 'comment'],
      ['run.sh', 2, 'comment'],
    ])
    const unused = r.findings.filter((f) => f.ruleId === 'unused-suppression')
    expect(unused.map((f) => `${f.range.file}:${f.range.startLine}`)).toEqual(['run.sh:3'])
  })
})
