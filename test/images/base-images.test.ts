import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BASE_IMAGE_ROWS } from '../../src/images/base-image-table.js'
import { lookupBaseImage, runAsNonRootVerdict } from '../../src/images/base-images.js'
import { describeShared, sharedPath } from '../helpers/shared.js'

const SHA = 'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c'

/** [reference, row, user, uid, verdict] */
const LOOKUPS: [string, number, string, number | undefined, string][] = [
  ['scratch', 1, '', 0, 'refused-root'],
  ['alpine:3.20', 2, '', 0, 'refused-root'],
  ['busybox', 3, '', 0, 'refused-root'],
  ['debian:bookworm-slim', 4, '', 0, 'refused-root'],
  ['ubuntu:22.04', 5, '', 0, 'refused-root'],
  ['ubuntu:jammy-20240911', 5, '', 0, 'refused-root'],
  ['ubuntu:20.04', 5, '', 0, 'refused-root'],
  ['ubuntu:24.04', 6, '', 0, 'refused-root'],
  ['ubuntu:noble', 6, '', 0, 'refused-root'],
  ['ubuntu:23.04', 6, '', 0, 'refused-root'],
  ['ubuntu', 6, '', 0, 'refused-root'],
  ['node:22-bookworm-slim', 7, '', 0, 'refused-root'],
  ['node', 7, '', 0, 'refused-root'],
  ['node:20-alpine3.20', 8, '', 0, 'refused-root'],
  ['node:alpine', 8, '', 0, 'refused-root'],
  ['node:lts-alpine', 8, '', 0, 'refused-root'],
  ['python:3.12-slim', 9, '', 0, 'refused-root'],
  ['python:3.12-alpine', 9, '', 0, 'refused-root'],
  ['golang:1.23', 10, '', 0, 'refused-root'],
  ['php:8.3-apache', 11, '', 0, 'refused-root'],
  ['php:8.3-fpm-alpine', 12, '', 0, 'refused-root'],
  ['ruby:3.3', 13, '', 0, 'refused-root'],
  ['rust:1-slim', 13, '', 0, 'refused-root'],
  ['gradle:8-jdk21', 13, '', 0, 'refused-root'],
  ['composer:2', 13, '', 0, 'refused-root'],
  ['nginx:1.27', 14, '', 0, 'refused-root'],
  ['nginx:stable-alpine-slim', 15, '', 0, 'refused-root'],
  ['nginx:alpine', 15, '', 0, 'refused-root'],
  ['nginxinc/nginx-unprivileged:1.27-alpine', 16, '101', 101, 'ok'],
  ['httpd:2.4', 17, '', 0, 'refused-root'],
  ['tomcat:11.0-jre21', 18, '', 0, 'refused-root'],
  ['eclipse-temurin:21-jre-alpine', 19, '', 0, 'refused-root'],
  ['openjdk:17-jdk', 20, '', 0, 'refused-root'],
  ['postgres:17', 21, '', 0, 'refused-root'],
  ['postgres:16-alpine', 22, '', 0, 'refused-root'],
  ['redis:7.2', 23, '', 0, 'refused-root'],
  ['redis:7.2-alpine', 24, '', 0, 'refused-root'],
  ['mysql:8.4', 25, '', 0, 'refused-root'],
  ['mongo:8.0', 26, '', 0, 'refused-root'],
  ['memcached:1.6', 27, 'memcache', 11211, 'refused-name'],
  ['haproxy:3.0-alpine', 28, 'haproxy', 99, 'refused-name'],
  ['gcr.io/distroless/static', 29, '0', 0, 'refused-root'],
  ['gcr.io/distroless/static-debian12:debug', 29, '0', 0, 'refused-root'],
  ['gcr.io/distroless/static-debian12:nonroot', 30, '65532', 65532, 'ok'],
  ['gcr.io/distroless/static:debug-nonroot', 30, '65532', 65532, 'ok'],
  ['gcr.io/distroless/base-nossl-debian12:nonroot', 31, '65532', 65532, 'ok'],
  ['gcr.io/distroless/cc-debian12:latest', 31, '0', 0, 'refused-root'],
  ['gcr.io/distroless/java21-debian12:nonroot', 32, '65532', 65532, 'ok'],
  ['gcr.io/distroless/nodejs22-debian12', 33, '0', 0, 'refused-root'],
  ['gcr.io/distroless/python3-debian12:nonroot-arm64', 34, '65532', 65532, 'ok'],
  ['cgr.dev/chainguard/static:latest', 35, '65532', 65532, 'ok'],
  ['cgr.dev/chainguard/node', 36, '65532', 65532, 'ok'],
  ['cgr.dev/chainguard/python:latest', 37, '65532', 65532, 'ok'],
  ['cgr.dev/chainguard/wolfi-base', 38, '', 0, 'refused-root'],
  ['bitnami/redis:7.2', 40, '1001', 1001, 'ok'],
  ['docker.io/bitnamilegacy/postgresql:16', 40, '1001', 1001, 'ok'],
  ['registry.access.redhat.com/ubi9/ubi-minimal:9.4', 41, '', 0, 'refused-root'],
  ['registry.redhat.io/ubi8/ubi', 41, '', 0, 'refused-root'],
  ['registry.access.redhat.com/ubi8-minimal:8.10', 41, '', 0, 'refused-root'],
  ['registry.access.redhat.com/ubi9/nodejs-22', 42, '1001', 1001, 'ok'],
  ['registry.access.redhat.com/ubi9/python-312:latest', 42, '1001', 1001, 'ok'],
  ['grafana/grafana:11.1.0', 43, '472', 472, 'ok'],
  ['grafana/grafana-enterprise', 43, '472', 472, 'ok'],
  ['prom/prometheus:v2.53.0', 44, 'nobody', 65534, 'refused-name'],
  ['quay.io/prometheus/prometheus', 44, 'nobody', 65534, 'refused-name'],
  ['quay.io/prometheus/busybox-linux-amd64:glibc', 45, '', 0, 'refused-root'],
  [
    'quay.io/prometheus-operator/prometheus-config-reloader:v0.75.0',
    46,
    'nobody',
    65534,
    'refused-name',
  ],
  ['quay.io/prometheus/alertmanager:v0.27.0', 46, 'nobody', 65534, 'refused-name'],
  ['prom/node-exporter', 46, 'nobody', 65534, 'refused-name'],
  ['grafana/loki:3.1.0', 47, '10001', 10001, 'ok'],
  ['otel/opentelemetry-collector-contrib:0.104.0', 48, '10001:10001', 10001, 'ok'],
  ['envoyproxy/envoy:v1.31-latest', 49, '', 0, 'refused-root'],
  ['envoyproxy/envoy-distroless:v1.31.0', 50, '65532', 65532, 'ok'],
  ['envoyproxy/envoy:distroless-v1.31.0', 50, '65532', 65532, 'ok'],
  ['mcr.microsoft.com/dotnet/aspnet:8.0', 51, '', 0, 'refused-root'],
  ['mcr.microsoft.com/dotnet/runtime-deps:9.0-bookworm-slim', 51, '', 0, 'refused-root'],
  ['mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled', 52, '1654', 1654, 'ok'],
  ['mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled-extra', 52, '1654', 1654, 'ok'],
  ['jenkins/jenkins:lts-jdk17', 53, 'jenkins', 1000, 'refused-name'],
  ['apache/kafka:3.8.0', 54, 'appuser', 1000, 'refused-name'],
  ['ghcr.io/open-feature/flagd:v0.11.1', 55, '65532:65532', 65532, 'ok'],
  ['registry.k8s.io/ingress-nginx/controller:v1.11.1', 56, 'www-data', 101, 'refused-name'],
  ['curlimages/curl:8.8.0', 57, 'curl_user', 100, 'refused-name'],
]

describe('lookupBaseImage: one or more lookups per row', () => {
  for (const [ref, row, user, uid, verdict] of LOOKUPS) {
    it(`${ref} → row ${row}`, () => {
      const fact = lookupBaseImage(ref)
      expect(fact, ref).toBeDefined()
      expect(fact?.row).toBe(row)
      expect(fact?.user).toBe(user)
      expect(fact?.uid).toBe(uid)
      expect(fact?.runAsNonRoot).toBe(verdict)
    })
  }
  it('covers every row of the notes with at least one lookup (39 is the unknown row)', () => {
    const rows = new Set(LOOKUPS.map((l) => l[1]))
    for (let r = 1; r <= 57; r++) if (r !== 39) expect(rows.has(r), `row ${r}`).toBe(true)
  })
})

describe('lookupBaseImage: accounts that differ between variants', () => {
  const account = (ref: string, name: string) =>
    lookupBaseImage(ref)?.accounts.find((a) => a.name === name)
  it('www-data is 33 on Debian php and 82 on Alpine php', () => {
    expect(account('php:8.3-fpm', 'www-data')?.uid).toBe(33)
    expect(account('php:8.3-fpm-alpine3.20', 'www-data')?.uid).toBe(82)
  })
  it('postgres is 999 on Debian and 70 on Alpine; redis alpine has gid 1000', () => {
    expect(account('postgres:16', 'postgres')).toEqual({ name: 'postgres', uid: 999, gid: 999 })
    expect(account('postgres:16-alpine', 'postgres')).toEqual({
      name: 'postgres',
      uid: 70,
      gid: 70,
    })
    expect(account('redis:alpine', 'redis')).toEqual({ name: 'redis', uid: 999, gid: 1000 })
  })
  it('ubuntu ≥ 23.04 has the ubuntu account, 22.04 does not', () => {
    expect(account('ubuntu:24.04', 'ubuntu')?.uid).toBe(1000)
    expect(account('ubuntu:22.04', 'ubuntu')).toBeUndefined()
    expect(account('eclipse-temurin:21-jre-noble', 'ubuntu')?.uid).toBe(1000)
  })
  it('node is 1000 on Docker Hub and 65532 on Chainguard', () => {
    expect(account('node:22', 'node')?.uid).toBe(1000)
    expect(account('cgr.dev/chainguard/node:latest', 'node')?.uid).toBe(65532)
  })
  it('dotnet images expose APP_UID for downstream USER $APP_UID', () => {
    expect(lookupBaseImage('mcr.microsoft.com/dotnet/aspnet:8.0')?.env?.APP_UID).toBe('1654')
    expect(lookupBaseImage('mcr.microsoft.com/dotnet/aspnet:6.0')).toBeUndefined()
  })
  it('records what the entrypoint steps down to and what has no passwd', () => {
    expect(lookupBaseImage('postgres')?.dropsTo).toBe('postgres')
    expect(lookupBaseImage('scratch')?.hasPasswd).toBe(false)
    expect(lookupBaseImage('node')?.hasPasswd).toBe(true)
  })
})

describe('lookupBaseImage: what it refuses to guess', () => {
  it('unknown images are undefined', () => {
    expect(lookupBaseImage('acme/api:1.0')).toBeUndefined()
    expect(lookupBaseImage('ghcr.io/acme/node:22')).toBeUndefined()
    expect(lookupBaseImage('cgr.dev/chainguard/nginx')).toBeUndefined()
    expect(lookupBaseImage('not a reference')).toBeUndefined()
    expect(lookupBaseImage('httpd:alpine')).toBeUndefined()
    expect(lookupBaseImage('ubuntu:mystery')).toBeUndefined()
  })
  it('the per-image Chainguard -dev variants are unknown', () => {
    expect(lookupBaseImage('cgr.dev/chainguard/node:latest-dev')).toBeUndefined()
    expect(lookupBaseImage('cgr.dev/chainguard/python:3.12-dev')).toBeUndefined()
  })
  it('digest-only references match only tag-independent rows', () => {
    expect(lookupBaseImage(`busybox@sha256:${SHA}`)?.row).toBe(3)
    expect(lookupBaseImage(`memcached@sha256:${SHA}`)?.row).toBe(27)
    expect(lookupBaseImage(`postgres@sha256:${SHA}`)).toBeUndefined()
    expect(lookupBaseImage(`node@sha256:${SHA}`)).toBeUndefined()
    expect(lookupBaseImage(`gcr.io/distroless/static@sha256:${SHA}`)).toBeUndefined()
    expect(lookupBaseImage(`node:22-alpine@sha256:${SHA}`)?.row).toBe(8)
  })
  it('a tag that is still a variable gets a fact only when the variable does not matter', () => {
    expect(lookupBaseImage('node:${NODE_VERSION}-alpine')?.row).toBe(8)
    expect(lookupBaseImage('node:${NODE_VERSION}')).toBeUndefined()
    expect(lookupBaseImage('busybox:${V}')?.row).toBe(3)
    expect(lookupBaseImage('gcr.io/distroless/static:${TAG}')).toBeUndefined()
    expect(lookupBaseImage('${BASE_IMAGE}')).toBeUndefined()
  })
  it('official-image mirrors carry the same facts', () => {
    expect(lookupBaseImage('public.ecr.aws/docker/library/node:20-alpine')?.row).toBe(8)
    expect(lookupBaseImage('mirror.gcr.io/library/postgres:16')?.row).toBe(21)
  })
  it('reports the normalised image it looked up', () => {
    expect(lookupBaseImage('node:22-alpine')?.image).toBe('docker.io/library/node:22-alpine')
    expect(lookupBaseImage('node')?.image).toBe('docker.io/library/node:latest')
  })
})

describe('runAsNonRootVerdict', () => {
  it('reads the user as the kubelet does', () => {
    expect(runAsNonRootVerdict('')).toBe('refused-root')
    expect(runAsNonRootVerdict('0')).toBe('refused-root')
    expect(runAsNonRootVerdict('0:1000')).toBe('refused-root')
    expect(runAsNonRootVerdict('1000:0')).toBe('ok')
    expect(runAsNonRootVerdict('root')).toBe('refused-name')
    expect(runAsNonRootVerdict('nobody')).toBe('refused-name')
    expect(runAsNonRootVerdict('65532')).toBe('ok')
  })
})

describeShared(['notes', 'base-image-users.md'], 'base-image table agrees with the notes', () => {
  const text = readFileSync(sharedPath('notes', 'base-image-users.md'), 'utf8')
  const notes = new Map<number, string[]>()
  for (const line of text.split('\n')) {
    const m = /^\| (\d+) \|/.exec(line)
    if (!m) continue
    notes.set(
      Number(m[1]),
      line.split(' | ').map((c) => c.trim()),
    )
  }
  it('has 57 rows in the notes and an entry for each', () => {
    expect(notes.size).toBe(57)
    for (const row of notes.keys()) {
      expect(
        BASE_IMAGE_ROWS.some((r) => r.row === row),
        `row ${row}`,
      ).toBe(true)
    }
  })
  it('derives the same runAsNonRoot verdict and uid as the notes, row by row', () => {
    let compared = 0
    for (const [row, cells] of notes) {
      const verdicts = cells[4]
        .replace(/\*/g, '')
        .split('/')
        .map((s) => s.trim())
      const uids = (cells[3].match(/\d+/g) ?? []).map(Number)
      const entries = BASE_IMAGE_ROWS.filter((r) => r.row === row)
      for (const e of entries) {
        if (e.unknown) {
          expect(verdicts[0]).toMatch(/check per image/)
          continue
        }
        expect(verdicts, `row ${row}`).toContain(runAsNonRootVerdict(e.user))
        if (e.uid !== undefined && uids.length) expect(uids, `row ${row}`).toContain(e.uid)
        compared++
      }
    }
    expect(compared).toBeGreaterThanOrEqual(57)
  })
  it('keeps the confidence the notes give', () => {
    for (const [row, cells] of notes) {
      const conf = cells[cells.length - 1].replace(/\s*\|$/, '')
      for (const e of BASE_IMAGE_ROWS.filter((r) => r.row === row)) {
        // Row 46 entries for alertmanager and node-exporter were read from source here.
        expect(conf.startsWith(e.confidence) || (row === 46 && e.confidence === 'verified')).toBe(
          true,
        )
      }
    }
  })
})
