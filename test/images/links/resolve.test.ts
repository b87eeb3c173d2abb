import { describe, expect, it } from 'vitest'
import { collectLinks } from '../../../src/images/links/index.js'
import type { ConfigImage } from '../../../src/images/links/types.js'
import { loadFixture } from './fixture.js'

const CONFIG = '.kube-whoami.yaml'
const at = (line: number) => ({
  file: CONFIG,
  startLine: line,
  startColumn: 5,
  endLine: line,
  endColumn: 30,
})

describe('ambiguity: two Dockerfiles claim one image', () => {
  const idx = loadFixture('ambiguity')

  it('reports every claim when no tag settles it', () => {
    const r = idx.resolve('ghcr.io/acme/api')
    expect(r.link).toBeUndefined()
    expect(r.ambiguous?.map((l) => [l.dockerfile, l.evidence.kind])).toEqual([
      ['api/Dockerfile', 'workflow'],
      ['api/Dockerfile', 'workflow'],
      ['api/Dockerfile.dev', 'compose'],
    ])
  })

  it('leaves out a claim whose tags cannot be the deployed one (1.0 is not the compose dev build)', () => {
    const r = idx.resolve('ghcr.io/acme/api:1.0')
    expect(r.ambiguous).toBeUndefined()
    expect(r.link?.dockerfile).toBe('api/Dockerfile')
    expect(r.link?.tagPatterns).toEqual(['${github.sha}'])
    expect(r.alternatives?.map((l) => l.dockerfile)).toEqual(['api/Dockerfile.dev'])
  })

  it('reports it without a tag too', () => {
    expect(idx.resolve('ghcr.io/acme/api').ambiguous).toHaveLength(3)
  })

  it('lets a tag named by exactly one claim decide, listing the other claims', () => {
    const dev = idx.resolve('ghcr.io/acme/api:dev')
    expect(dev.link?.dockerfile).toBe('api/Dockerfile.dev')
    expect(dev.alternatives?.map((l) => l.dockerfile)).toEqual(['api/Dockerfile', 'api/Dockerfile'])
    const latest = idx.resolve('ghcr.io/acme/api:latest')
    expect(latest.link?.dockerfile).toBe('api/Dockerfile')
    expect(latest.corroborating).toHaveLength(1)
    expect(latest.alternatives?.map((l) => l.dockerfile)).toEqual(['api/Dockerfile.dev'])
  })

  it('does not fall back to heuristics or base facts when evidence exists', () => {
    const r = idx.resolve('ghcr.io/acme/api')
    expect(r.baseFact).toBeUndefined()
    expect(r.ambiguous?.some((l) => l.dockerfile === 'legacy/api/Dockerfile')).toBe(false)
  })
})

describe('config images: entries win over other evidence', () => {
  const config: ConfigImage[] = [
    {
      image: 'ghcr.io/acme/api',
      dockerfile: 'api/Dockerfile',
      target: 'prod',
      args: { UID: '10001' },
      range: at(2),
    },
    { image: 'ghcr.io/acme/legacy:1', dockerfile: './legacy/api/Dockerfile', range: at(6) },
  ]
  const idx = loadFixture('ambiguity', { configImages: config })

  it('resolves the ambiguity with the config entry', () => {
    const r = idx.resolve('ghcr.io/acme/api:1.0')
    expect(r.ambiguous).toBeUndefined()
    expect(r.link).toMatchObject({
      image: 'ghcr.io/acme/api',
      dockerfile: 'api/Dockerfile',
      context: 'api',
      target: 'prod',
      buildArgs: { UID: '10001' },
      confidence: 'high',
      evidence: { kind: 'config', range: at(2) },
    })
  })

  it('normalises paths and ignores the tag of the config image', () => {
    expect(idx.resolve('ghcr.io/acme/legacy:2').link).toMatchObject({
      dockerfile: 'legacy/api/Dockerfile',
      context: 'legacy/api',
    })
  })

  it('reports bad entries at the entry', () => {
    const bad = loadFixture('ambiguity', {
      configImages: [
        { image: 'ghcr.io/Acme/api', dockerfile: 'api/Dockerfile', range: at(2) },
        {
          image: 'ghcr.io/acme/x',
          dockerfile: 'nope/Dockerfile',
          range: at(5),
          dockerfileRange: at(6),
        },
        { image: 'ghcr.io/acme/y', dockerfile: '../elsewhere/Dockerfile', range: at(8) },
      ],
    })
    expect(bad.problems.map((p) => [p.level, p.code, p.range.startLine])).toEqual([
      ['error', 'image-invalid', 2],
      ['error', 'dockerfile-missing', 6],
      ['error', 'outside-root', 8],
    ])
    expect(bad.problems[0].message).toMatch(/must be lowercase/)
  })
})

describe('heuristics', () => {
  it('links the single Dockerfile to the single deployed image nothing else explains', () => {
    const idx = loadFixture('heuristic-single')
    const deployed = ['ghcr.io/acme/app:1.0', 'redis:7', 'bitnami/postgresql:16', 'busybox']
    const r = idx.resolve('ghcr.io/acme/app:1.0', { deployedImages: deployed })
    expect(r.link).toMatchObject({
      dockerfile: 'Dockerfile',
      context: '.',
      confidence: 'low',
      evidence: {
        kind: 'heuristic-single',
        range: { file: 'Dockerfile', startLine: 1, startColumn: 1 },
      },
    })
    // Official and well-known images keep their facts.
    expect(idx.resolve('redis:7', { deployedImages: deployed }).baseFact?.row).toBe(23)
    expect(idx.resolve('redis:7', { deployedImages: deployed }).link).toBeUndefined()
  })

  it('does not fire with two candidate images, or without the deployed list', () => {
    const idx = loadFixture('heuristic-single')
    expect(
      idx.resolve('ghcr.io/acme/app', {
        deployedImages: ['ghcr.io/acme/app', 'ghcr.io/acme/other'],
      }).link,
    ).toBeUndefined()
    expect(idx.resolve('ghcr.io/acme/app').link).toBeUndefined()
  })

  it('does not fire with two Dockerfiles', () => {
    const idx = loadFixture('heuristic-two')
    expect(
      idx.resolve('ghcr.io/acme/app', { deployedImages: ['ghcr.io/acme/app'] }).link,
    ).toBeUndefined()
  })

  it('matches folder and file names', () => {
    const idx = loadFixture('heuristic-two')
    expect(idx.resolve('ghcr.io/acme/api').link).toMatchObject({
      dockerfile: 'api/Dockerfile',
      confidence: 'low',
      evidence: { kind: 'heuristic-name' },
    })
    expect(idx.resolve('acme/web:1').link?.dockerfile).toBe('web/docker/Dockerfile')
    expect(idx.resolve('quay.io/x/worker').link?.dockerfile).toBe('worker.Dockerfile')
    expect(idx.resolve('nginx').link).toBeUndefined()
  })

  it('reports two name matches as ambiguous rather than picking one', () => {
    const idx = loadFixture('ambiguity')
    // legacy/api/Dockerfile and api/Dockerfile are both in a folder named api, but
    // evidence exists for ghcr.io/acme/api; another registry falls back to the names.
    const r = idx.resolve('quay.io/other/api')
    expect(r.link).toBeUndefined()
    expect(r.ambiguous?.map((l) => l.dockerfile).sort()).toEqual([
      'api/Dockerfile',
      'legacy/api/Dockerfile',
    ])
    expect(r.ambiguous?.every((l) => l.confidence === 'low')).toBe(true)
  })
})

describe('problems are reported with positions, never thrown', () => {
  const idx = loadFixture('problems')
  const codes = idx.problems.map((p) => `${p.code}@${p.range.file}:${p.range.startLine}`)

  it('reports invalid names, missing Dockerfiles, unresolved names, paths outside the root, YAML errors', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        'yaml-error@.github/workflows/broken.yml:4',
        'image-invalid@.github/workflows/bad.yml:9',
        'dockerfile-missing@.github/workflows/bad.yml:13',
        'unresolved@.github/workflows/bad.yml:17',
        'outside-root@.github/workflows/bad.yml:21',
      ]),
    )
    expect(idx.problems.find((p) => p.code === 'image-invalid')?.message).toMatch(
      /must be lowercase/,
    )
  })

  it('skips remote build contexts silently', () => {
    expect(codes.some((c) => c.includes('bad.yml:25'))).toBe(false)
    expect(idx.resolve('ghcr.io/acme/remote').link).toBeUndefined()
  })

  it('answers invalid references with Docker’s message', () => {
    expect(idx.resolve('Bad/ref:1').error).toBeUndefined() // an uppercase first component is a host
    expect(idx.resolve('bad/Ref').error).toMatch(/must be lowercase/)
    expect(idx.resolve('').error).toBeDefined()
  })

  it('survives files that cannot be read', () => {
    const idx = collectLinks({
      root: '/nowhere',
      files: {
        workflows: ['.github/workflows/a.yml'],
        compose: ['compose.yaml'],
        skaffold: ['skaffold.yaml'],
        scripts: ['Makefile', 'b.sh'],
        dockerfiles: [],
      },
      readFile: (rel) => {
        throw new Error(`ENOENT: ${rel}`)
      },
    })
    expect(idx.problems.map((p) => [p.code, p.range.file])).toEqual([
      ['read-error', '.github/workflows/a.yml'],
      ['read-error', 'compose.yaml'],
      ['read-error', 'skaffold.yaml'],
      ['read-error', 'Makefile'],
      ['read-error', 'b.sh'],
    ])
    expect(idx.resolve('ghcr.io/acme/x')).toEqual({
      input: 'ghcr.io/acme/x',
      image: 'ghcr.io/acme/x',
      reference: { domain: 'ghcr.io', path: 'acme/x' },
    })
  })
})
