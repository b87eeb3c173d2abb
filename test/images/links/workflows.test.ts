import { describe, expect, it } from 'vitest'
import { loadFixture } from './fixture.js'

const W = '.github/workflows/release.yml'

describe('workflows: build-push-action with metadata-action tags and env at three levels', () => {
  const idx = loadFixture('workflow-metadata')

  it('reads without problems', () => {
    expect(idx.problems).toEqual([])
  })

  it('links every enabled metadata-action image to the build step’s Dockerfile, target and args', () => {
    for (const image of ['ghcr.io/acme/api:1.2.3', 'docker.io/acme/api', 'acme/api:stable']) {
      const r = idx.resolve(image)
      expect(r.ambiguous, image).toBeUndefined()
      expect(r.link, image).toMatchObject({
        dockerfile: 'services/api/Dockerfile', // file: ${{ env.DOCKERFILE }} from the workflow env
        context: 'services/api',
        target: 'runtime',
        buildArgs: { APP_UID: '10001' }, // step env
        unresolvedBuildArgs: ['GIT_SHA'],
        confidence: 'high',
        tags: ['stable'],
      })
      expect(r.link?.evidence.kind).toBe('workflow')
    }
    // enable=false: only the folder-name heuristic links it.
    expect(idx.resolve('quay.io/acme/api').link?.evidence.kind).toBe('heuristic-name')
  })

  it('points at the metadata-action image line, workflow+job env resolved', () => {
    const r = idx.resolve('ghcr.io/acme/api')
    expect(r.link?.evidence.range).toEqual({
      file: W,
      startLine: 23,
      startColumn: 13,
      endLine: 23,
      endColumn: 54,
    })
    expect(r.link?.evidence.detail).toMatch(
      /step "Build and push".*step "Docker meta" \(docker\/metadata-action\)/,
    )
    expect(idx.resolve('docker.io/acme/api').link?.evidence.range).toMatchObject({
      startLine: 24,
      startColumn: 13,
    })
  })

  it('expands matrices with exclude, and pins actions by SHA', () => {
    const worker = idx.resolve('ghcr.io/acme/worker:v1')
    expect(worker.link).toMatchObject({
      dockerfile: 'services/worker/Dockerfile',
      context: 'services/worker',
      pattern: 'ghcr.io/acme/worker:${github.ref_name}',
      confidence: 'high',
    })
    expect(worker.link?.evidence.range).toMatchObject({ startLine: 54, startColumn: 17 })
    // svc=api is excluded from that matrix, so the api image has only the first job's evidence.
    expect(idx.resolve('ghcr.io/acme/api').corroborating).toBeUndefined()
  })

  it('reads docker buildx build in run steps with working-directory and continuation lines', () => {
    const r = idx.resolve('ghcr.io/acme/tools:latest')
    expect(r.link).toMatchObject({
      dockerfile: 'tools/Dockerfile',
      context: 'tools',
      tags: ['latest'],
    })
    expect(r.link?.evidence.range).toEqual({
      file: W,
      startLine: 67,
      startColumn: 16,
      endLine: 67,
      endColumn: 55,
    })
  })

  it('follows job outputs through needs, and $GITHUB_OUTPUT writes', () => {
    expect(idx.resolve('registry.example.com:5000/acme/web:1').link).toMatchObject({
      dockerfile: 'deploy/Dockerfile.web',
      context: '.',
    })
    const debug = idx.resolve('registry.example.com:5000/acme/web-debug').link
    expect(debug?.dockerfile).toBe('deploy/Dockerfile.web')
    expect(debug?.evidence.range).toMatchObject({
      file: '.github/workflows/web.yml',
      startLine: 24,
    })
  })

  it('treats ${{ github.repository }} as an owner/name pattern, low confidence', () => {
    const r = idx.resolve('ghcr.io/octo/shop-tools:edge')
    expect(r.link).toMatchObject({ dockerfile: 'tools/Dockerfile', confidence: 'low' })
    expect(r.link?.pattern).toBe('ghcr.io/${github.repository}-tools:edge')
    expect(idx.resolve('ghcr.io/octo/deeper/shop-tools').link).toBeUndefined()
  })

  it('uses a known github.repository exactly', () => {
    const known = loadFixture('workflow-metadata', { github: { repository: 'Octo/Shop' } })
    const r = known.resolve('ghcr.io/octo/shop-tools:edge')
    expect(r.link).toMatchObject({ dockerfile: 'tools/Dockerfile', confidence: 'high' })
    expect(r.link?.pattern).toBeUndefined()
    expect(known.links.map((l) => l.image)).toContain('ghcr.io/octo/shop-tools')
  })

  it('reads redhat-actions/buildah-build, including the name it is pushed under', () => {
    const r = idx.resolve('quay.io/acme/shop-api:latest')
    expect(r.link).toMatchObject({
      dockerfile: 'services/api/Dockerfile',
      context: 'services/api',
      target: 'runtime',
      buildArgs: { APP_UID: '1001' },
      pattern: '${push-to-registry registry}/shop-api',
      tags: ['latest'],
    })
    expect(r.link?.evidence.range).toMatchObject({
      file: '.github/workflows/openshift.yml',
      startLine: 12,
    })
    expect(idx.resolve('shop-api').link?.evidence.detail).toMatch(/redhat-actions\/buildah-build/)
  })

  it('lists its links in evidence order', () => {
    expect(idx.links.map((l) => l.image).sort()).toEqual([
      'docker.io/acme/api',
      'docker.io/library/shop-api',
      'ghcr.io/acme/api',
      'ghcr.io/acme/tools',
      'ghcr.io/acme/worker',
      'registry.example.com:5000/acme/web',
      'registry.example.com:5000/acme/web-debug',
    ])
  })
})

describe('workflows: matrices from outputs, vars, reusable workflows', () => {
  const idx = loadFixture('matrix-unknown')

  it('matches names whose registry and matrix value are unknown, binding the Dockerfile path', () => {
    const api = idx.resolve('ghcr.io/acme/acme-api:latest')
    expect(api.link).toMatchObject({
      dockerfile: 'services/api/Dockerfile',
      context: 'services/api',
      confidence: 'low',
    })
    expect(idx.resolve('123.dkr.ecr.eu-west-1.amazonaws.com/shop/web').link?.dockerfile).toBe(
      'services/web/Dockerfile',
    )
    expect(idx.resolve('ghcr.io/acme/acme-nope').link).toBeUndefined()
  })

  it('adds matrix include entries as their own combination', () => {
    const web = idx.resolve('ghcr.io/acme/acme-web')
    expect(web.link).toMatchObject({ dockerfile: 'services/web/Dockerfile', confidence: 'high' })
    expect(web.link?.pattern).toBe('${vars.REGISTRY}/acme-web:latest')
  })

  it('never matches Docker Hub official images through an unknown registry', () => {
    expect(idx.resolve('docker.io/library/acme-web').link).toBeUndefined()
  })

  it('tells builds of one repository apart by a tag written with variables', () => {
    const web = idx.resolve('ghcr.io/acme/demo:2.0.1-web')
    expect(web.link).toMatchObject({
      dockerfile: 'services/web/Dockerfile',
      tagPatterns: ['${github.event.release.tag_name}-web'],
    })
    expect(web.alternatives?.map((l) => l.dockerfile)).toEqual([
      'services/api/Dockerfile',
      'services/api/Dockerfile',
    ])
    expect(idx.resolve('ghcr.io/acme/demo:latest-api').link?.dockerfile).toBe(
      'services/api/Dockerfile',
    )
    // A tag that fits no claim leaves the ambiguity in place.
    expect(idx.resolve('ghcr.io/acme/demo:2.0.1').ambiguous).toHaveLength(4)
  })

  it('runs a local reusable workflow with its caller’s inputs', () => {
    const r = idx.resolve('ghcr.io/acme/reused:sha')
    expect(r.link).toMatchObject({ dockerfile: 'services/api/Dockerfile', context: 'services/api' })
    expect(r.link?.evidence.range.file).toBe('.github/workflows/build-one.yml')
    expect(r.link?.evidence.detail).toMatch(/called by \.github\/workflows\/mono\.yml job reusable/)
  })

  it('merges the tags of one line built by several callers into one claim', () => {
    const r = idx.resolve('ghcr.io/acme/reused:slim')
    expect(r.ambiguous).toBeUndefined()
    expect(r.link?.tags?.sort()).toEqual(['slim', 'std'])
    expect(r.link?.evidence.range).toMatchObject({
      file: '.github/workflows/build-one.yml',
      startLine: 20,
      startColumn: 55,
    })
    expect(r.corroborating?.map((l) => l.evidence.range.startColumn)).toEqual([17])
  })
})
