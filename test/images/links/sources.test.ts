import { describe, expect, it } from 'vitest'
import { loadFixture } from './fixture.js'

describe('compose: build with args, .env interpolation, override files', () => {
  const idx = loadFixture('compose-args')

  it('reads without problems', () => {
    expect(idx.problems).toEqual([])
  })

  it('links the service image to its build context, Dockerfile, target and args', () => {
    const r = idx.resolve('registry.local:5000/acme/api:1.4.2')
    expect(r.link).toEqual({
      image: 'registry.local:5000/acme/api',
      dockerfile: 'api/Dockerfile.prod',
      context: 'api',
      target: 'runtime',
      tags: ['1.4.2'],
      // numbers stay as written (1.10, not 1.1); defaults apply; GIT_SHA is not set anywhere
      buildArgs: { UID: '1001', VERSION: '1.10', NODE_ENV: 'production' },
      unresolvedBuildArgs: ['GIT_SHA'],
      evidence: {
        kind: 'compose',
        range: {
          file: 'docker-compose.yml',
          startLine: 4,
          startColumn: 12,
          endLine: 4,
          endColumn: 34,
        },
        detail:
          'docker-compose.yml service api builds registry.local:5000/acme/api:1.4.2 from api/Dockerfile.prod',
      },
      confidence: 'high',
    })
  })

  it('accepts the short build form and quoted image names with defaults', () => {
    expect(idx.resolve('registry.local:5000/acme/web').link).toMatchObject({
      dockerfile: 'web/Dockerfile',
      context: 'web',
      tags: ['latest'],
    })
  })

  it('merges compose.override files per service and reads list-form args', () => {
    const r = idx.resolve('registry.local:5000/acme/worker:dev')
    expect(r.link).toMatchObject({
      dockerfile: 'worker/Dockerfile',
      buildArgs: { UID: '2000' },
      unresolvedBuildArgs: ['HTTP_PROXY'],
    })
    expect(r.link?.evidence.range.file).toBe('docker-compose.override.yml')
    expect(r.link?.evidence.detail).toMatch(/docker-compose\.yml \+ docker-compose\.override\.yml/)
  })

  it('leaves image-only services to base-image facts', () => {
    const r = idx.resolve('postgres:16-alpine')
    expect(r.link).toBeUndefined()
    expect(r.baseFact?.row).toBe(22)
  })
})

describe('compose: anchors and merge keys', () => {
  const idx = loadFixture('compose-anchors')
  it('reads build settings brought in by aliases and << merges', () => {
    expect(idx.problems).toEqual([])
    expect(idx.resolve('ghcr.io/acme/anchored-api').link).toMatchObject({
      dockerfile: 'app/Dockerfile',
      context: 'app',
      target: 'api',
      buildArgs: { UID: '1000', GID: '1000', EXTRA: 'yes' },
    })
    expect(idx.resolve('ghcr.io/acme/anchored-worker').link).toMatchObject({
      dockerfile: 'app/Dockerfile',
      buildArgs: { UID: '1000', GID: '1000' },
    })
    expect(idx.resolve('ghcr.io/acme/anchored-worker').link?.unresolvedBuildArgs).toBeUndefined()
  })
})

describe('compose: services without image are tagged <project>-<service>', () => {
  it('links the implied name with low confidence, using the top-level name', () => {
    const r = loadFixture('compose-args').resolve('shop-cron')
    expect(r.link).toMatchObject({
      image: 'docker.io/library/shop-cron',
      dockerfile: 'worker/Dockerfile',
      confidence: 'low',
    })
    expect(r.link?.evidence.range).toMatchObject({
      file: 'docker-compose.yml',
      startLine: 25,
      startColumn: 3,
    })
    expect(r.link?.evidence.detail).toMatch(/no image: name, so Compose tags it shop-cron/)
  })
  it('does not invent names when image is set', () => {
    expect(loadFixture('ambiguity').resolve('ambiguity-api').link).toBeUndefined()
  })
})

describe('skaffold: artifacts, documents and profiles', () => {
  const idx = loadFixture('skaffold-profiles')

  it('links the base artifact with docker builder settings', () => {
    const r = idx.resolve('api:dev')
    expect(r.link).toMatchObject({
      image: 'docker.io/library/api',
      dockerfile: 'services/api/Dockerfile',
      context: 'services/api',
      target: 'runtime',
      buildArgs: { APP_UID: '65532' },
      unresolvedBuildArgs: ['VERSION'],
      confidence: 'high',
    })
    expect(r.link?.variant).toBeUndefined()
    expect(r.link?.evidence.range).toMatchObject({
      file: 'skaffold.yaml',
      startLine: 7,
      startColumn: 14,
    })
  })

  it('lists profiles that build differently as alternatives, and the same build as corroborating', () => {
    const r = idx.resolve('api')
    expect(r.ambiguous).toBeUndefined()
    expect(r.alternatives?.map((a) => [a.variant, a.dockerfile, a.target])).toEqual([
      ['profile dev', 'services/api/Dockerfile.dev', undefined],
      ['profile debug', 'services/api/Dockerfile', 'debug'],
    ])
    expect(r.corroborating?.map((a) => [a.variant, a.buildArgs])).toEqual([
      ['profile same', { APP_UID: '65532', EXTRA: '1' }],
    ])
  })

  it('matches bare artifact names pushed under --default-repo', () => {
    const r = idx.resolve('us-docker.pkg.dev/proj/repo/api:v1')
    expect(r.link).toMatchObject({
      dockerfile: 'services/api/Dockerfile',
      target: 'runtime',
      pattern: '${default-repo}/api',
    })
    expect(r.link?.evidence.detail).toMatch(/--default-repo/)
    // Profiles change only the artifacts they patch; the dev profile still competes as an alternative.
    expect(r.alternatives?.map((a) => a.variant)).toEqual(['profile dev', 'profile debug'])
    expect(idx.resolve('us-docker.pkg.dev/proj/repo/other').link).toBeUndefined()
  })

  it('reads every document of a multi-config file and skips artifacts built without a Dockerfile', () => {
    expect(idx.resolve('ghcr.io/acme/web').link).toMatchObject({
      dockerfile: 'services/web/Dockerfile',
      context: 'services/web',
    })
    expect(idx.resolve('ghcr.io/acme/jib-app').link).toBeUndefined()
    expect(idx.problems).toEqual([])
  })
})

describe('Makefiles that include fragments (glob includes, shared modules)', () => {
  const idx = loadFixture('makefile-modules')

  it('reads an included fragment with the variables of its siblings ($(CTR) from a glob include)', () => {
    expect(idx.problems).toEqual([])
    const r = idx.resolve('local/pebble:local')
    expect(r.link).toMatchObject({
      dockerfile: 'make/config/pebble/Containerfile.pebble',
      context: 'make/config/pebble',
      confidence: 'high',
      evidence: { kind: 'makefile', range: { file: 'make/e2e-setup.mk', startLine: 5 } },
    })
    expect(r.link?.evidence.detail).toMatch(/^make\/e2e-setup\.mk \(included by Makefile\) target/)
    expect(idx.resolve('ghcr.io/acme/samplewebhook:dev').link?.dockerfile).toBe(
      'make/config/webhook/Containerfile',
    )
  })
})

describe('a fragment read at its include line (dapr’s docker/docker.mk)', () => {
  const idx = loadFixture('makefile-include-order')

  it('sees the ?= defaults set above the include, and $(origin) of what nothing sets', () => {
    expect(idx.problems).toEqual([])
    const r = idx.resolve('ghcr.io/acme/server:dev')
    expect(r.link).toMatchObject({ dockerfile: 'build/Dockerfile', confidence: 'high' })
    expect(r.link?.evidence.detail).toMatch(/^build\/images\.mk \(included by Makefile\) target/)
  })
})

describe('an include that leads out of the repository', () => {
  const idx = loadFixture('makefile-include-outside')

  it('is not read, and a note says so at its line', () => {
    expect(idx.problems.map((p) => [p.level, p.message, p.range.startLine])).toEqual([
      [
        'note',
        'Makefile:1: include ../../shared.mk leads outside the scanned folder; it is not read',
        1,
      ],
    ])
    expect(idx.resolve('ghcr.io/acme/app:dev').link).toMatchObject({ dockerfile: 'Dockerfile' })
  })
})

describe('a Dockerfile the recipe writes from another (kubebuilder’s Dockerfile.cross)', () => {
  const idx = loadFixture('makefile-derived')

  it('links the build to the Dockerfile the written file comes from', () => {
    const r = idx.resolve('ghcr.io/acme/operator:dev')
    expect(r.link).toMatchObject({ dockerfile: 'Dockerfile', context: '.', confidence: 'high' })
    expect(r.link?.evidence.detail).toBe(
      'Makefile target docker-buildx: docker buildx build -t ghcr.io/acme/operator:dev builds Dockerfile (Dockerfile.cross, written from it by sed)',
    )
    expect(idx.resolve('ghcr.io/acme/copied:1').link).toMatchObject({ dockerfile: 'Dockerfile' })
  })

  it('still says so when another target builds the file without writing it', () => {
    expect(idx.resolve('ghcr.io/acme/other:dev').link).toBeUndefined()
    expect(idx.problems.map((p) => p.message)).toEqual([
      '"ghcr.io/acme/other:dev" is built from Dockerfile.cross, which does not exist',
    ])
  })
})

describe('Makefiles and shell scripts', () => {
  const idx = loadFixture('makefile-vars')

  it('reads without problems', () => {
    expect(idx.problems).toEqual([])
  })

  it('resolves ?=, :=, $(VAR), ${VAR}, included files and $(CONTAINER_TOOL)', () => {
    const r = idx.resolve('ghcr.io/acme/controller:v0.3.1')
    expect(r.link).toMatchObject({
      dockerfile: 'build/Dockerfile',
      context: '.',
      buildArgs: { UID: '65532' },
      unresolvedBuildArgs: ['VERSION'],
      confidence: 'high',
    })
    expect(r.link?.pattern).toBe('ghcr.io/acme/controller:${shell git describe --tags --always}')
    expect(r.link?.evidence).toMatchObject({
      kind: 'makefile',
      range: { file: 'Makefile', startLine: 13, startColumn: 29 },
    })
    expect(r.link?.evidence.detail).toMatch(/^Makefile target docker-build: docker build/)
  })

  it('reads buildx with --tag/--file= forms and recipe prefixes', () => {
    expect(idx.resolve('ghcr.io/acme/controller-multi').link).toMatchObject({
      dockerfile: 'build/Dockerfile',
      tags: ['latest'],
    })
    expect(idx.resolve('ghcr.io/acme/legacy:1').link).toMatchObject({ target: 'build' })
  })

  it('binds a pattern rule’s $* from the image name to the Dockerfile folder', () => {
    const r = idx.resolve('ghcr.io/acme/migrate:dev')
    expect(r.link).toMatchObject({
      dockerfile: 'cmd/migrate/Dockerfile',
      context: 'cmd/migrate',
      evidence: { kind: 'makefile' },
    })
    expect(idx.resolve('ghcr.io/acme/seed:dev').link?.dockerfile).toBe('cmd/seed/Dockerfile')
    // No cmd/nothing/Dockerfile: the pattern does not claim it.
    expect(idx.resolve('ghcr.io/acme/nothing:dev').link).toBeUndefined()
  })

  it('reads scripts: cd "$(dirname "$0")/..", defaults, podman Containerfile, loops, here-docs', () => {
    expect(idx.resolve('acme/worker:dev').link).toMatchObject({
      dockerfile: 'worker/Containerfile',
      context: 'worker',
      evidence: { kind: 'script', range: { file: 'scripts/build.sh', startLine: 8 } },
    })
    expect(idx.resolve('ghcr.io/acme/svc-a').link?.dockerfile).toBe('services/a/Dockerfile')
    expect(idx.resolve('ghcr.io/acme/svc-b').link?.dockerfile).toBe('services/b/Dockerfile')
    expect(idx.resolve('not/a-build').link).toBeUndefined()
  })
})
