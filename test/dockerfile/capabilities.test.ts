/** setcap in RUN: the file capabilities a build leaves on its binaries. */
import { describe, expect, it } from 'vitest'
import { permittedCaps } from '../../src/dockerfile/commands/capabilities.js'
import { model } from './helpers.js'

const caps = (m: ReturnType<typeof model>) =>
  m.fileCapabilities.map((c) => `${c.path} ${c.caps.join(',') || '-'} @${c.range.startLine}`)

describe('permittedCaps: cap_text to the permitted set', () => {
  it('reads +ep, =ep, several names, all, and several clauses', () => {
    expect(permittedCaps('cap_net_bind_service=+ep')).toEqual(['NET_BIND_SERVICE'])
    expect(permittedCaps('cap_sys_chroot,cap_net_bind_service=+ep')).toEqual([
      'NET_BIND_SERVICE',
      'SYS_CHROOT',
    ])
    expect(permittedCaps('CAP_NET_RAW,cap_net_admin+eip')).toEqual(['NET_ADMIN', 'NET_RAW'])
    expect(permittedCaps('cap_net_bind_service+e')).toEqual([])
    expect(permittedCaps('all=p cap_sys_admin-p')).toEqual(['ALL'])
    expect(permittedCaps('cap_a+p cap_a-p')).toEqual([])
    expect(permittedCaps('=')).toEqual([])
  })

  it('refuses what is not cap_text', () => {
    expect(permittedCaps('net_bind_service+ep')).toBeUndefined()
    expect(permittedCaps('cap_net_bind_service')).toBeUndefined()
  })
})

describe('RUN setcap', () => {
  it('records each file, skips -v (verify only), resolves relative paths, reads the JSON form', () => {
    const m = model(`FROM alpine:3.20
WORKDIR /usr/local/bin
RUN apk add --no-cache libcap \\
 && setcap cap_net_bind_service=+ep /usr/local/nginx/sbin/nginx \\
 && setcap -v cap_net_bind_service=+ep /usr/local/nginx/sbin/nginx \\
 && setcap -q 'cap_sys_chroot,cap_net_bind_service=+ep' controller
RUN ["/usr/sbin/setcap", "cap_net_raw,cap_net_admin+eip", "/usr/sbin/xtables-nft-multi"]
RUN setcap -r /usr/local/bin/controller
`)
    expect(caps(m)).toEqual([
      '/usr/local/nginx/sbin/nginx NET_BIND_SERVICE @4',
      '/usr/local/bin/controller NET_BIND_SERVICE,SYS_CHROOT @6',
      '/usr/sbin/xtables-nft-multi NET_ADMIN,NET_RAW @7',
      '/usr/local/bin/controller - @8',
    ])
  })

  it('keeps the capabilities of the stages the target is built from, not of other stages', () => {
    const m = model(
      `FROM debian:12 AS base
RUN setcap cap_net_bind_service=+ep /usr/bin/server
FROM base AS final
FROM debian:12 AS other
RUN setcap cap_sys_admin=+ep /usr/bin/tool
`,
      { target: 'final' },
    )
    expect(caps(m)).toEqual(['/usr/bin/server NET_BIND_SERVICE @2'])
  })
})
