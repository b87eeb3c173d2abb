import { describe, expect, it } from 'vitest'
import { at, views } from './helpers.js'

describe('Compose services as container views', () => {
  it('reads every key that decides who runs and what it reaches, with the range that set it', () => {
    const v = views({
      'compose.yaml': `services:
  web:
    image: ghcr.io/acme/web:1.2
    user: "1000:1000"
    privileged: yes
    read_only: true
    cap_add: [SYS_ADMIN, cap_net_admin]
    cap_drop:
      - ALL
    network_mode: host
    pid: host
    ipc: shareable
    userns_mode: host
    security_opt: ["seccomp:unconfined", "no-new-privileges:true"]
    devices: ["/dev/fuse:/dev/fuse"]
    sysctls:
      net.core.somaxconn: 1024
    group_add: [docker]
    tmpfs: /run
    ports:
      - "127.0.0.1:8443:443/tcp"
      - target: 80
        published: "8080"
    expose: ["9000"]
    volumes:
      - ./conf:/etc/app:ro
      - type: bind
        source: /var/run/docker.sock
        target: /var/run/docker.sock
        read_only: true
      - data:/data
volumes:
  data: {}
`,
    })
    expect(v.notices).toEqual([])
    const c = v.byName('web')
    expect(c).toMatchObject({
      origin: 'compose',
      tool: 'compose',
      where: 'compose.yaml service web',
      identity: 'service web',
      image: { value: 'ghcr.io/acme/web:1.2' },
      user: { value: '1000:1000', written: 'user' },
      privileged: { value: true },
      readOnly: { value: true },
      network: { value: 'host', written: 'network_mode' },
      pid: { value: 'host' },
      ipc: { value: 'shareable' },
      userns: { value: 'host', written: 'userns_mode' },
    })
    expect(at(c.anchor)).toBe('compose.yaml:2:3')
    expect(at(c.user!.range)).toBe('compose.yaml:4:5')
    expect(c.capAdd.map((s) => [s.value, at(s.range)])).toEqual([
      ['SYS_ADMIN', 'compose.yaml:7:15'],
      ['NET_ADMIN', 'compose.yaml:7:26'],
    ])
    expect(c.capDrop.map((s) => s.value)).toEqual(['ALL'])
    expect(c.securityOpt.map((s) => s.value)).toEqual([
      'seccomp:unconfined',
      'no-new-privileges:true',
    ])
    expect(c.devices.map((s) => s.value)).toEqual(['/dev/fuse:/dev/fuse'])
    expect(c.sysctls.map((s) => [s.name, s.sysctlValue])).toEqual([['net.core.somaxconn', '1024']])
    expect(c.groupAdd.map((s) => s.value)).toEqual(['docker'])
    expect(c.tmpfs.map((s) => s.value)).toEqual(['/run'])
    expect(c.ports.map((p) => [p.written, p.containerPort, p.protocol])).toEqual([
      ['ports', 443, 'tcp'],
      ['ports', 80, 'tcp'],
      ['expose', 9000, 'tcp'],
    ])
    expect(c.mounts.map((m) => [m.type, m.source, m.target, m.readOnly])).toEqual([
      ['bind', './conf', '/etc/app', true],
      ['bind', '/var/run/docker.sock', '/var/run/docker.sock', true],
      ['volume', 'data', '/data', false],
    ])
    expect(at(c.mounts[1].range)).toBe('compose.yaml:27:9')
  })

  it('merges override files the way Compose does, keeping the file each value came from', () => {
    const v = views({
      'compose.yaml': `services:
  api:
    image: acme/api
    user: "1000"
    cap_add: [NET_ADMIN]
    volumes:
      - ./a:/data
      - ./logs:/logs
`,
      'compose.override.yaml': `services:
  api:
    user: root
    cap_add: [SYS_TIME, NET_ADMIN]
    volumes:
      - /:/data
  debug:
    image: busybox:1.36
`,
    })
    const api = v.byName('api')
    expect(api.user).toMatchObject({ value: 'root' })
    expect(at(api.user!.range)).toBe('compose.override.yaml:3:5')
    expect(api.capAdd.map((s) => [s.value, s.range.file])).toEqual([
      ['NET_ADMIN', 'compose.override.yaml'],
      ['SYS_TIME', 'compose.override.yaml'],
    ])
    // volumes merge by container path: the override's /data replaces the base's
    expect(api.mounts.map((m) => [m.source, m.target, m.range.file])).toEqual([
      ['/', '/data', 'compose.override.yaml'],
      ['./logs', '/logs', 'compose.yaml'],
    ])
    expect(v.byName('debug').file).toBe('compose.yaml')
    expect(v.containers).toHaveLength(2)
  })

  it('follows extends in the same file and in another file, and refuses cycles with a notice', () => {
    const v = views({
      'common/base.yml': `services:
  hardened:
    read_only: true
    cap_drop: [ALL]
    privileged: true
`,
      'compose.yaml': `services:
  base:
    extends:
      file: common/base.yml
      service: hardened
    image: alpine:3.20
    user: "1000"
  worker:
    extends: base
    command: work
  loop-a:
    image: alpine:3.20
    extends: loop-b
  loop-b:
    image: alpine:3.20
    extends: { service: loop-a }
  missing:
    image: alpine:3.20
    extends: { service: nowhere }
`,
    })
    const w = v.byName('worker')
    expect(w.user?.value).toBe('1000')
    expect(at(w.user!.range)).toBe('compose.yaml:7:5')
    expect(at(w.privileged!.range)).toBe('common/base.yml:5:5')
    expect(w.capDrop.map((s) => s.value)).toEqual(['ALL'])
    // problems of reading the files are the reader's (they become scan notices)
    const messages = v.links.problems.map((n) => n.message)
    expect(messages.some((m) => /extends makes a cycle/.test(m))).toBe(true)
    expect(
      messages.some((m) =>
        /extends names service nowhere, which compose.yaml does not define/.test(m),
      ),
    ).toBe(true)
    // the rest is still read
    expect(v.byName('loop-a').image?.value).toBe('alpine:3.20')
  })

  it('interpolates from .env, with defaults, $$ and required variables; unresolved values say so', () => {
    const v = views({
      '.env': 'APP_UID=10001\nCOMPOSE_PROJECT_NAME=Shop\nTAG=1.4\n',
      'compose.yaml': `name: ignored
services:
  app:
    build: .
    user: "\${APP_UID}:\${APP_GID:-10001}"
    command: echo $$HOME
  db:
    image: "postgres:\${PG_VERSION:-16}"
    user: \${DB_USER}
  cache:
    image: redis:\${TAG:?set TAG}
    privileged: \${PRIV:?say whether}
`,
      Dockerfile: 'FROM alpine:3.20\n',
    })
    expect(v.byName('app')).toMatchObject({
      user: { value: '10001:10001' },
      builtImage: 'shop-app',
    })
    const db = v.byName('db')
    expect(db.image?.value).toBe('postgres:16')
    expect(db.user).toMatchObject({ value: '${DB_USER}', unresolved: true })
    expect(v.byName('cache').image?.value).toBe('redis:1.4')
    const notes = v.notices.map((n) => [n.level, at(n.range!), n.message])
    expect(notes).toContainEqual([
      'note',
      'compose.yaml:9:5',
      "compose.yaml service db: user depends on a variable that neither the project's .env nor a default sets, so its value is unknown here and the checks that need it are skipped",
    ])
    expect(
      notes.some(
        ([, where, m]) =>
          where === 'compose.yaml:12:17' && /PRIV:\?say whether.*refuses the file/.test(m),
      ),
    ).toBe(true)
  })

  it('reads anchors, merge keys and x- extension fields, and records profiles', () => {
    const v = views({
      'docker-compose.yml': `x-hardening: &hardening
  read_only: true
  security_opt: [no-new-privileges:true]
  cap_drop: [ALL]
services:
  api:
    <<: *hardening
    image: acme/api
    profiles: [debug, tools]
`,
    })
    const api = v.byName('api')
    expect(api.readOnly?.value).toBe(true)
    expect(at(api.readOnly!.range)).toBe('docker-compose.yml:2:3')
    expect(api.profiles).toEqual(['debug', 'tools'])
    expect(api.where).toBe('docker-compose.yml service api (profile debug, tools)')
  })

  it('reports a compose file that is not YAML at its line, and still reads the others', () => {
    const v = views({
      'broken/compose.yaml': 'services:\n  web:\n    image: "unterminated\n',
      'ok/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
    })
    expect(v.containers.map((c) => c.file)).toEqual(['ok/compose.yaml'])
    expect(v.links.problems.map((p) => [p.level, p.range.file])).toEqual([
      ['warning', 'broken/compose.yaml'],
    ])
  })
})
