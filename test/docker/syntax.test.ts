import { describe, expect, it } from 'vitest'
import {
  isNoNewPrivileges,
  normalizeCapability,
  normalizeHostPath,
  parseMountFlag,
  parsePortSpec,
  parseSecurityOpt,
  parseVolumeSpec,
  unconfinedOption,
} from '../../src/docker/syntax.js'

describe('volume specs (-v and Compose short syntax)', () => {
  it('tells bind mounts from named and anonymous volumes', () => {
    expect(parseVolumeSpec('/var/run/docker.sock:/var/run/docker.sock:ro')).toEqual({
      type: 'bind',
      source: '/var/run/docker.sock',
      target: '/var/run/docker.sock',
      readOnly: true,
    })
    expect(parseVolumeSpec('./src:/app:rw,z')).toMatchObject({ type: 'bind', readOnly: false })
    expect(parseVolumeSpec('~/.aws:/root/.aws:ro')).toMatchObject({ type: 'bind' })
    expect(parseVolumeSpec('db-data:/var/lib/postgresql/data')).toMatchObject({
      type: 'volume',
      source: 'db-data',
    })
    expect(parseVolumeSpec('/data')).toEqual({ type: 'volume', target: '/data', readOnly: false })
    expect(parseVolumeSpec('${PWD}:/src')).toMatchObject({ type: 'bind', source: '${PWD}' })
  })

  it('keeps a Windows drive letter in the source', () => {
    expect(parseVolumeSpec('C:\\data:/data')).toMatchObject({
      type: 'bind',
      source: 'C:\\data',
      target: '/data',
    })
  })

  it('reads --mount CSV with its aliases', () => {
    expect(parseMountFlag('type=bind,src=/,dst=/host,readonly')).toEqual({
      type: 'bind',
      source: '/',
      target: '/host',
      readOnly: true,
    })
    expect(parseMountFlag('type=volume,source=cache,target=/cache,ro=false')).toMatchObject({
      type: 'volume',
      readOnly: false,
    })
    expect(parseMountFlag('type=tmpfs,destination=/run')).toMatchObject({ type: 'tmpfs' })
  })

  it('normalises host paths, and refuses to guess those holding variables', () => {
    expect(normalizeHostPath('//var/run//docker.sock/')).toBe('/var/run/docker.sock')
    expect(normalizeHostPath('/')).toBe('/')
    expect(normalizeHostPath('./x')).toBeUndefined()
    expect(normalizeHostPath('${HOME}/x')).toBeUndefined()
  })
})

describe('port specs', () => {
  it('takes the container side of every form', () => {
    expect(parsePortSpec('8080:80')).toEqual({
      containerPort: 80,
      containerPortEnd: 80,
      protocol: 'tcp',
    })
    expect(parsePortSpec('127.0.0.1:53:53/udp')).toMatchObject({
      containerPort: 53,
      protocol: 'udp',
    })
    expect(parsePortSpec('[::1]:6001:6001')).toMatchObject({ containerPort: 6001 })
    expect(parsePortSpec('9090-9091:8080-8081')).toMatchObject({
      containerPort: 8080,
      containerPortEnd: 8081,
    })
    expect(parsePortSpec('3000')).toMatchObject({ containerPort: 3000 })
    expect(parsePortSpec('${PORT}:80')).toMatchObject({ containerPort: 80 })
    expect(parsePortSpec('80:${PORT}').containerPort).toBeUndefined()
  })
})

describe('capabilities and security options', () => {
  it('reads capability names as Docker does', () => {
    expect(normalizeCapability('cap_sys_admin')).toBe('SYS_ADMIN')
    expect(normalizeCapability(' all ')).toBe('ALL')
  })

  it('reads key=value and the legacy key:value', () => {
    expect(parseSecurityOpt('seccomp:unconfined')).toEqual({ key: 'seccomp', value: 'unconfined' })
    expect(parseSecurityOpt('label=type:svirt_t')).toEqual({ key: 'label', value: 'type:svirt_t' })
    expect(unconfinedOption('seccomp=unconfined')).toBe('the seccomp filter')
    expect(unconfinedOption('apparmor:unconfined')).toBe('the AppArmor profile')
    expect(unconfinedOption('label:disable')).toBe('SELinux labelling')
    expect(unconfinedOption('seccomp=./profile.json')).toBeUndefined()
    expect(unconfinedOption('label=type:svirt_t')).toBeUndefined()
  })

  it('knows every spelling of no-new-privileges', () => {
    for (const s of ['no-new-privileges', 'no-new-privileges:true', 'no-new-privileges=true'])
      expect(isNoNewPrivileges(s), s).toBe(true)
    for (const s of ['no-new-privileges:false', 'no-new-privileges=0x', 'seccomp=unconfined'])
      expect(isNoNewPrivileges(s), s).toBe(false)
  })
})
