/** Every account-creation syntax the model reads, with the traps each tool has. */
import { describe, expect, it } from 'vitest'
import { groups, model, users } from './helpers.js'

describe('shadow useradd / groupadd', () => {
  it('reads long options, -g by name through the groups table, --system', () => {
    const m = model(`FROM debian:bookworm-slim
RUN groupadd --system --gid 101 nginx \\
    && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx
`)
    expect(groups(m)).toEqual(['nginx 101 system (groupadd)'])
    expect(users(m)).toEqual(['nginx 101:101 nginx system (useradd)'])
    expect(m.createdUsers[0].range.startLine).toBe(3)
    expect(m.createdUsers[0].instruction.startLine).toBe(2)
  })

  it('reads combined and attached short flags (-rm, -u1000, -ru 1000, -ms)', () => {
    const m = model(`FROM ubuntu:22.04
RUN groupadd -r -g1500 app && useradd -rmu 1500 -g app -s /bin/sh app
RUN useradd -ms /bin/bash -d /home/ray ray --uid 1000 --gid 100 || echo "exists"
`)
    expect(users(m)).toEqual(['app 1500:1500 app system (useradd)', 'ray 1000:100 users (useradd)'])
  })

  it('-o, -M, -N (--no-user-group: the default group users), -G is supplementary only', () => {
    const m = model(`FROM ubuntu:24.04
RUN useradd -o -M -N -G sudo,adm -u 0 toor
`)
    expect(users(m)).toEqual(['toor 0:100 users (useradd)'])
  })

  it('-g 0 is the root group; an undefined --uid variable is not a number', () => {
    const m = model(`FROM registry.access.redhat.com/ubi9/ubi-minimal
RUN useradd --uid 1001 --gid 0 app && useradd --uid $NOPE other
`)
    expect(users(m)[0]).toBe('app 1001:0 root (useradd)')
    expect(m.createdUsers[1].uid).toBeNull()
    expect(m.createdUsers[1].note).toContain('not a number')
  })

  it('without -g on a Debian base: the same-name group (USERGROUPS_ENAB), gid = uid', () => {
    const m = model(`FROM debian:12
RUN useradd -u 1234 svc
`)
    expect(users(m)).toEqual(['svc 1234:1234 svc (useradd)'])
    expect(groups(m)).toEqual(['svc 1234 (useradd (implicit group))'])
  })

  it('without -g on Alpine (shadow installed): the group is left unknown', () => {
    const m = model(`FROM alpine:3.20
RUN apk add --no-cache shadow && useradd --create-home --uid 1000 -s /bin/sh user
`)
    expect(users(m)).toEqual(['user 1000:? - (useradd)'])
  })

  it('--system without a pinned id: a non-zero system id, never a guessed number', () => {
    const m = model(`FROM debian:12
RUN groupadd -r app && useradd -r -g app app
`)
    expect(users(m)).toEqual(['app ?:? app system (useradd)'])
    expect(groups(m)).toEqual(['app ? system (groupadd)'])
  })

  it('ids from ARG and ENV', () => {
    const m = model(`FROM debian:12
ARG UID=10001
ENV GID=20002
RUN groupadd -g "$GID" app && useradd -u \${UID} -g \${GID} app
USER \${UID}:\${GID}
`)
    expect(users(m)).toEqual(['app 10001:20002 app (useradd)'])
    expect(m.effectiveUser.raw).toBe('10001:20002')
  })

  it('build args override ARG defaults', () => {
    const m = model(
      `FROM debian:12
ARG UID=10001
RUN useradd -u $UID app
USER $UID
`,
      { buildArgs: { UID: '4242' } },
    )
    expect(users(m)[0]).toBe('app 4242:4242 app (useradd)')
    expect(m.effectiveUser.uid).toBe(4242)
  })
})

describe('Debian adduser / addgroup', () => {
  it('--system --group creates a system user and its group, ids unpinned', () => {
    const m = model(`FROM debian:12
RUN adduser --system --group --disabled-password --gecos "" --home /srv/app app
`)
    expect(users(m)).toEqual(['app ?:? app system (adduser (debian))'])
    expect(groups(m)).toEqual(['app ? system (adduser (debian, implicit group))'])
  })

  it('--system without --group: primary group nogroup (65534)', () => {
    const m = model(`FROM debian:12
RUN adduser --system --uid 999 --no-create-home svc
`)
    expect(users(m)).toEqual(['svc 999:65534 nogroup system (adduser (debian))'])
  })

  it('--ingroup and --gid; addgroup --system --gid; `adduser user group` is only membership', () => {
    const m = model(`FROM ubuntu:22.04
RUN addgroup --system --gid 1500 web \\
 && adduser --uid 1500 --ingroup web --disabled-password --gecos '' web \\
 && adduser web sudo \\
 && adduser --uid 1600 --gid 1500 --disabled-password other
`)
    expect(groups(m)).toEqual(['web 1500 system (addgroup (debian))'])
    expect(users(m)).toEqual([
      'web 1500:1500 web (adduser (debian))',
      'other 1600:1500 web (adduser (debian))',
    ])
  })
})

describe('BusyBox adduser / addgroup (Alpine)', () => {
  it('-G is the primary group, -g is GECOS; -S without -G puts the user in nogroup', () => {
    const m = model(`FROM alpine:3.23
RUN addgroup -S kubesec && adduser -S -g kubesec kubesec
`)
    expect(groups(m)).toEqual(['kubesec ? system (addgroup (busybox))'])
    expect(users(m)).toEqual(['kubesec ?:65533 nogroup system (adduser (busybox))'])
    expect(m.createdUsers[0].note).toContain('GECOS')
  })

  it('-D -u without -G or -S creates a same-name group with gid = uid', () => {
    const m = model(`FROM alpine:3.23
RUN adduser -D -u 1000 user
`)
    expect(users(m)).toEqual(['user 1000:1000 user (adduser (busybox))'])
    expect(groups(m)).toEqual(['user 1000 (adduser (busybox, implicit group))'])
  })

  it('-G with a group Alpine ships (www-data 82), options after the user name', () => {
    const m = model(`FROM alpine:3.23
RUN adduser -u 101 -S -D -H -h /usr/local/nginx -s /sbin/nologin www-data -G www-data -g www-data
`)
    expect(users(m)).toEqual(['www-data 101:82 www-data system (adduser (busybox))'])
  })

  it('pinned gid through addgroup -g, combined -SDH and -u attached', () => {
    const m = model(`FROM alpine:3.20
RUN addgroup -S -g 1000 redis && adduser -SDH -G redis -u999 redis
`)
    expect(users(m)).toEqual(['redis 999:1000 redis system (adduser (busybox))'])
    expect(groups(m)).toEqual(['redis 1000 system (addgroup (busybox))'])
  })

  it('Debian-style long options on BusyBox (node:alpine base)', () => {
    const m = model(`FROM node:22-alpine
RUN addgroup --system --gid 1001 backend && adduser --system --uid 1001 --ingroup backend backend
`)
    expect(users(m)).toEqual(['backend 1001:1001 backend system (adduser (busybox))'])
  })

  it('`addgroup user group` adds a member, it creates nothing', () => {
    const m = model(`FROM alpine:3.20
RUN adduser -D -u 2000 bob && addgroup bob wheel
`)
    expect(groups(m)).toEqual(['bob 2000 (adduser (busybox, implicit group))'])
  })

  it('an unknown base: short options mean BusyBox', () => {
    const m = model(`FROM registry.example.com/base:1
RUN adduser -D -S -u 5000 svc
`)
    expect(users(m)).toEqual(['svc 5000:? nogroup system (adduser (busybox))'])
  })
})

describe('accounts written into /etc/passwd and /etc/group', () => {
  it('echo lines appended with >>', () => {
    const m = model(`FROM registry.access.redhat.com/ubi8-minimal
RUN echo "keycloak:x:0:root" >> /etc/group && \\
    echo "keycloak:x:1000:0:keycloak user:/opt/keycloak:/sbin/nologin" >> /etc/passwd
`)
    expect(groups(m)).toEqual(['keycloak 0 (echo >> /etc/group)'])
    expect(users(m)).toEqual(['keycloak 1000:0 root (echo >> /etc/passwd)'])
  })

  it('printf with \\n and a heredoc piped by cat', () => {
    const m = model(`FROM debian:12
RUN printf 'a:x:1001:1001::/home/a:/bin/sh\\nb:x:1002:1002::/home/b:/bin/sh\\n' >> /etc/passwd
RUN cat <<EOF >> /etc/passwd
c:x:1003:0::/:/sbin/nologin
EOF
`)
    expect(users(m).map((u) => u.split(' ')[0] + ' ' + u.split(' ')[1])).toEqual([
      'a 1001:1001',
      'b 1002:1002',
      'c 1003:0',
    ])
  })
})

describe('changes to existing accounts', () => {
  it('userdel removes a base account; usermod -u renumbers', () => {
    const m = model(`FROM ubuntu:24.04
RUN userdel -r ubuntu && useradd -u 1000 -m dev && usermod -u 1500 dev
USER dev
`)
    expect(m.users.has('ubuntu')).toBe(false)
    expect(m.users.get('dev')?.uid).toBe(1500)
    expect(m.effectiveUser.resolvedUid).toBe(1500)
  })
})

describe('Windows', () => {
  it('PowerShell New-LocalUser: an account without a uid', () => {
    const m = model(`# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
ARG user=jenkins
RUN New-LocalUser -Name $env:user -NoPassword | Out-Null ; \`
    icacls.exe "C:/ProgramData/Jenkins" /setowner \${env:user} | Out-Null
USER \${user}
`)
    expect(users(m)).toEqual(['jenkins ?:? - (New-LocalUser (PowerShell))'])
    expect(m.chowns.map((c) => `${c.how} ${c.path} ${c.owner?.raw}`)).toEqual([
      'RUN icacls /setowner C:/ProgramData/Jenkins jenkins',
    ])
    expect(m.effectiveUser.raw).toBe('jenkins')
  })
})
