import { describe, expect, it } from 'vitest'
import {
  canonicalString,
  effectiveTag,
  familiarName,
  familiarString,
  normalise,
  parseReference,
  repositoryOf,
  sameRepository,
} from '../../src/images/reference.js'
import { matchPattern, parseImageRef } from '../../src/images/pattern.js'

const SHA = 'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c'

function parsed(text: string) {
  const r = parseReference(text)
  if (!r.ok) throw new Error(`${text}: ${r.error}`)
  return r.ref
}

describe('parseReference: real-world references', () => {
  // [input, domain, path, tag, digest]
  const cases: [string, string, string, string?, string?][] = [
    ['nginx', 'docker.io', 'library/nginx'],
    ['nginx:1.27-alpine', 'docker.io', 'library/nginx', '1.27-alpine'],
    ['library/nginx', 'docker.io', 'library/nginx'],
    ['docker.io/nginx', 'docker.io', 'library/nginx'],
    ['docker.io/library/nginx:latest', 'docker.io', 'library/nginx', 'latest'],
    ['index.docker.io/library/debian', 'docker.io', 'library/debian'],
    ['index.docker.io/bitnami/redis:7.2', 'docker.io', 'bitnami/redis', '7.2'],
    [
      'bitnami/postgresql:16.3.0-debian-12-r14',
      'docker.io',
      'bitnami/postgresql',
      '16.3.0-debian-12-r14',
    ],
    ['grafana/grafana-oss:11.1.0', 'docker.io', 'grafana/grafana-oss', '11.1.0'],
    ['ghcr.io/acme/api:v1.2.3', 'ghcr.io', 'acme/api', 'v1.2.3'],
    ['ghcr.io/open-feature/flagd:v0.11.1', 'ghcr.io', 'open-feature/flagd', 'v0.11.1'],
    [
      'gcr.io/distroless/static-debian12:nonroot',
      'gcr.io',
      'distroless/static-debian12',
      'nonroot',
    ],
    ['gcr.io/distroless/static:debug-nonroot', 'gcr.io', 'distroless/static', 'debug-nonroot'],
    [
      'registry.k8s.io/ingress-nginx/controller:v1.11.1',
      'registry.k8s.io',
      'ingress-nginx/controller',
      'v1.11.1',
    ],
    ['quay.io/prometheus/prometheus:v2.53.0', 'quay.io', 'prometheus/prometheus', 'v2.53.0'],
    [
      'mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled',
      'mcr.microsoft.com',
      'dotnet/aspnet',
      '8.0-noble-chiseled',
    ],
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api:sha-abc123',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      'team/api',
      'sha-abc123',
    ],
    [
      'europe-docker.pkg.dev/proj-1/repo/service:2024.06.01',
      'europe-docker.pkg.dev',
      'proj-1/repo/service',
      '2024.06.01',
    ],
    ['myregistry.azurecr.io/samples/nginx', 'myregistry.azurecr.io', 'samples/nginx'],
    [
      'registry.access.redhat.com/ubi9/ubi-minimal:9.4',
      'registry.access.redhat.com',
      'ubi9/ubi-minimal',
      '9.4',
    ],
    ['public.ecr.aws/docker/library/node:20', 'public.ecr.aws', 'docker/library/node', '20'],
    ['localhost/app', 'localhost', 'app'],
    ['localhost:5000/app:dev', 'localhost:5000', 'app', 'dev'],
    ['127.0.0.1:5000/library/debian', '127.0.0.1:5000', 'library/debian'],
    ['192.168.0.2:25000/debian', '192.168.0.2:25000', 'debian'],
    ['registry:5000/team/app', 'registry:5000', 'team/app'],
    ['[fc00::1]:5000/docker/docker', '[fc00::1]:5000', 'docker/docker'],
    ['[fc00:1:2:3:4:5:6:7]:5000/library/debian', '[fc00:1:2:3:4:5:6:7]:5000', 'library/debian'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
    ['test_com/foo', 'docker.io', 'test_com/foo'],
    ['docker---rules/docker', 'docker.io', 'docker---rules/docker'],
    ['dock__er/docker', 'docker.io', 'dock__er/docker'],
    ['d/docker', 'docker.io', 'd/docker'],
    ['Foo/bar', 'Foo', 'bar'],
    [`busybox@sha256:${SHA}`, 'docker.io', 'library/busybox', undefined, `sha256:${SHA}`],
    [`busybox:latest@sha256:${SHA}`, 'docker.io', 'library/busybox', 'latest', `sha256:${SHA}`],
    [`ghcr.io/acme/api:1.0@sha256:${SHA}`, 'ghcr.io', 'acme/api', '1.0', `sha256:${SHA}`],
    ['localhost:5000', 'docker.io', 'library/localhost', '5000'],
    ['nginx:Latest_Tag.1', 'docker.io', 'library/nginx', 'Latest_Tag.1'],
    ['192.168.0.1', 'docker.io', 'library/192.168.0.1'],
  ]
  for (const [input, domain, path, tag, digest] of cases) {
    it(input, () => {
      const ref = parsed(input)
      expect(ref.domain).toBe(domain)
      expect(ref.path).toBe(path)
      expect(ref.tag).toBe(tag)
      expect(ref.digest).toBe(digest)
    })
  }
})

describe('parseReference: rejected input with Docker’s messages', () => {
  const cases: [string, RegExp][] = [
    ['', /invalid reference format|at least one component/],
    ['docker/Docker', /repository name \(docker\/Docker\) must be lowercase/],
    ['docker.io/docker/Docker', /must be lowercase/],
    ['localhost:5000/App', /must be lowercase/],
    ['https://github.com/docker/docker', /invalid reference format/],
    ['-docker', /invalid reference format/],
    ['-docker/docker', /invalid reference format/],
    ['docker///docker', /invalid reference format/],
    ['docker-/docker', /invalid reference format/],
    ['____/____', /invalid reference format/],
    ['dock..er/docker', /invalid reference format/],
    ['docker/', /invalid reference format/],
    ['[fc00::1]:5000', /invalid reference format/],
    ['fc00::1:5000/debian', /invalid reference format/],
    ['[fe80::1%eth0]:5000/debian', /invalid reference format/],
    [SHA, /cannot specify 64-byte hexadecimal strings/],
    ['nginx:-bad', /invalid reference format/],
    [`nginx:${'t'.repeat(129)}`, /invalid reference format/],
    ['nginx@sha256:abc', /invalid reference format/],
    [`nginx@sha256:${SHA.toUpperCase()}`, /invalid checksum digest format/],
    [`nginx@sha256:${SHA}00`, /invalid checksum digest length/],
    [`nginx@md5:${SHA}`, /unsupported digest algorithm/],
    ['nginx latest', /invalid reference format/],
    [`${'a'.repeat(256)}/b`, /not be more than 255 characters/],
  ]
  for (const [input, error] of cases) {
    it(JSON.stringify(input.length > 60 ? input.slice(0, 60) + '…' : input), () => {
      const r = parseReference(input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(error)
    })
  }
})

describe('normalise, sameRepository, familiar names', () => {
  it('normalises familiar names', () => {
    expect(normalise('nginx')).toBe('docker.io/library/nginx')
    expect(normalise('nginx:1.27@sha256:' + SHA)).toBe('docker.io/library/nginx')
    expect(normalise('acme/api:1')).toBe('docker.io/acme/api')
    expect(normalise('ghcr.io/acme/api')).toBe('ghcr.io/acme/api')
    expect(normalise('Nginx')).toBeUndefined()
  })
  it('compares repositories, ignoring tags and digests', () => {
    expect(sameRepository('nginx', 'docker.io/library/nginx:1.27')).toBe(true)
    expect(sameRepository('nginx:1.25', `index.docker.io/library/nginx@sha256:${SHA}`)).toBe(true)
    expect(sameRepository('acme/api', 'ghcr.io/acme/api')).toBe(false)
    expect(sameRepository('library/foo/bar', 'foo/bar')).toBe(false)
    expect(sameRepository('bad ref', 'bad ref')).toBe(false)
  })
  it('prints familiar names as docker does', () => {
    const f = (s: string) => familiarName(parsed(s))
    expect(f('docker.io/library/redis')).toBe('redis')
    expect(f('docker.io/dmcgowan/myapp')).toBe('dmcgowan/myapp')
    expect(f('docker.io/library/foo/bar')).toBe('library/foo/bar')
    expect(f('127.0.0.1:8000/privatebase')).toBe('127.0.0.1:8000/privatebase')
    expect(f('FOO/bar')).toBe('FOO/bar')
    expect(familiarString(parsed(`busybox:latest@sha256:${SHA}`))).toBe(
      `busybox:latest@sha256:${SHA}`,
    )
    expect(canonicalString(parsed('busybox:1'))).toBe('docker.io/library/busybox:1')
    expect(repositoryOf(parsed('ghcr.io/a/b:c'))).toBe('ghcr.io/a/b')
  })
  it('knows the tag a pull uses', () => {
    expect(effectiveTag(parsed('nginx'))).toBe('latest')
    expect(effectiveTag(parsed('nginx:1'))).toBe('1')
    expect(effectiveTag(parsed(`nginx@sha256:${SHA}`))).toBeUndefined()
  })
})

describe('templated references', () => {
  function pattern(text: string) {
    const r = parseImageRef(text)
    if (r.kind !== 'pattern') throw new Error(`${text}: expected a pattern, got ${r.kind}`)
    return r.pattern
  }
  const match = (text: string, image: string) => {
    const ref = parsed(image)
    return matchPattern(pattern(text), ref)
  }

  it('reports ${REGISTRY}/api:${TAG} as templated and matches by its known parts', () => {
    const p = pattern('${REGISTRY}/api:${TAG}')
    expect(p.display).toBe('${REGISTRY}/api:${TAG}')
    expect(p.lastComponentLiteral).toBe(true)
    expect(match('${REGISTRY}/api:${TAG}', 'ghcr.io/acme/api:1.0')?.get('REGISTRY')).toBe(
      'ghcr.io/acme',
    )
    expect(match('${REGISTRY}/api:${TAG}', 'ghcr.io/acme/web:1.0')).toBeUndefined()
    expect(match('${REGISTRY}/api', 'acme/api')).toBeDefined()
  })
  it('keeps a literal repository when only the tag is a variable', () => {
    const r = parseImageRef('acme/api:${TAG}')
    expect(r.kind).toBe('reference')
    if (r.kind === 'reference') {
      expect(r.repository).toBe('docker.io/acme/api')
      expect(r.templated).toBe(true)
    }
    const m = parseImageRef('ghcr.io/acme/api:$(VERSION)')
    expect(m.kind === 'reference' && m.repository).toBe('ghcr.io/acme/api')
  })
  it('uses the shape of GitHub contexts', () => {
    const p = pattern('ghcr.io/${{ github.repository }}')
    expect(p.domain).toBe('ghcr.io')
    expect(p.lastComponentLiteral).toBe(false)
    expect(
      match('ghcr.io/${{ github.repository }}', 'ghcr.io/acme/api')?.get('github.repository'),
    ).toBe('acme/api')
    expect(match('ghcr.io/${{ github.repository }}', 'ghcr.io/acme/api/extra')).toBeUndefined()
    expect(match('ghcr.io/${{ github.repository_owner }}/api', 'ghcr.io/acme/api')).toBeDefined()
    expect(match('ghcr.io/${{ github.repository_owner }}/api', 'ghcr.io/a/b/api')).toBeUndefined()
  })
  it('binds matrix holes for later use and respects the Docker Hub default domain', () => {
    expect(match('acme/${{ matrix.svc }}', 'docker.io/acme/worker')?.get('matrix.svc')).toBe(
      'worker',
    )
    expect(match('acme/${{ matrix.svc }}', 'ghcr.io/acme/worker')).toBeUndefined()
    expect(match('docker.io/$NAME', 'redis')?.get('NAME')).toBe('redis')
  })
  it('repeats a hole consistently', () => {
    expect(match('ghcr.io/${X}/${X}', 'ghcr.io/a/a')).toBeDefined()
    expect(match('ghcr.io/${X}/${X}', 'ghcr.io/a/b')).toBeUndefined()
  })
  it('rejects templates whose literal parts Docker refuses', () => {
    expect(parseImageRef('ghcr.io/Acme/${NAME}').kind).toBe('invalid')
    expect(parseImageRef('ghcr.io/acme/API:${TAG}').kind).toBe('invalid')
    expect(parseImageRef('localhost:${PORT}/api').kind).toBe('pattern')
  })
})
