/**
 * Facts about well-known images that repositories build FROM or deploy directly: the
 * user their image config carries and the accounts they ship. One entry per row of
 * shared/notes/base-image-users.md (`row`); a row that covers two variants
 * (distroless `:latest` and `:nonroot`) has two entries with the same row number.
 *
 * Repository patterns are normalised names (`docker.io/library/node`); `*` matches any
 * run of characters. Tag patterns are globs, or a named test for tags that need version
 * comparison. Leave a fact out rather than guess: an image with no entry has no facts.
 */

export type FactConfidence = 'verified' | 'secondary' | 'unverified'

export interface BaseImageAccount {
  name: string
  uid?: number
  gid?: number
}

export interface TagTest {
  /** How the test reads in messages: `≤ 22.04`. */
  description: string
  test(tag: string): boolean
}

export interface BaseImageRow {
  /** Row number in base-image-users.md. */
  row: number
  /** Family and tag pattern as the notes write it. */
  family: string
  repos: string[]
  /** Tag globs; `['*']` when the row does not depend on the tag. */
  tags: string[] | TagTest
  excludeTags?: string[]
  /** The notes say the facts vary per image: a match means "unknown", never a fact. */
  unknown?: boolean
  /** Image config `User` after the image's own build resolved its variables; '' when unset. */
  user: string
  uid?: number
  gid?: number
  /** The account the user is (a name user, or a known name of the numeric uid). */
  name?: string
  accounts: BaseImageAccount[]
  env?: Record<string, string>
  ports?: number[]
  volumes?: string[]
  /** The entrypoint starts as root and switches to this account itself (gosu, su-exec, workers). */
  dropsTo?: string
  /** False when the image has no /etc/passwd (names cannot be resolved at runtime). */
  hasPasswd?: boolean
  /** Capabilities its binaries carry as file capabilities (`setcap ...=+ep`), without `CAP_`. */
  fileCapabilities?: string[]
  notes?: string
  source: string
  confidence: FactConfidence
}

const ALPINE_TAGS = ['alpine*', '*-alpine*']
const DISTROLESS_ROOT_TAGS = ['latest*', 'debug*']
const DISTROLESS_NONROOT_TAGS = ['nonroot*', 'debug-nonroot*']
const DISTROLESS_COMMIT = 'cd080764af3103b2f49fb5eb23297c72c945e77a'
const DISTROLESS_ACCOUNTS: BaseImageAccount[] = [
  { name: 'root', uid: 0, gid: 0 },
  { name: 'nobody', uid: 65534, gid: 65534 },
  { name: 'nonroot', uid: 65532, gid: 65532 },
]
const DEBIAN_ACCOUNTS: BaseImageAccount[] = [
  { name: 'www-data', uid: 33, gid: 33 },
  { name: 'nobody', uid: 65534, gid: 65534 },
]

// Ubuntu added the `ubuntu` account (uid/gid 1000) in 23.04 "lunar".
const UBUNTU_OLD = new Set([
  'precise',
  'trusty',
  'xenial',
  'bionic',
  'cosmic',
  'disco',
  'eoan',
  'focal',
  'groovy',
  'hirsute',
  'impish',
  'jammy',
  'kinetic',
])
const UBUNTU_NEW = new Set([
  'lunar',
  'mantic',
  'noble',
  'oracular',
  'plucky',
  'questing',
  'resolute',
  'latest',
  'rolling',
  'devel',
])

/** -1 before 23.04, 1 from 23.04, 0 when the tag says nothing about the release. */
function ubuntuSide(tag: string): -1 | 0 | 1 {
  const v = /^(\d{2})\.(\d{2})(?:$|[.-])/.exec(tag)
  if (v) return Number(v[1]) * 100 + Number(v[2]) >= 2304 ? 1 : -1
  const name = /^[a-z]+/.exec(tag)?.[0] ?? ''
  if (name !== tag && !tag.startsWith(`${name}-`)) return 0
  if (UBUNTU_OLD.has(name)) return -1
  if (UBUNTU_NEW.has(name)) return 1
  return 0
}

// .NET 8 introduced the `app` account and APP_UID; `latest` is a current release.
function dotnet8Plus(tag: string): boolean {
  if (tag === 'latest') return true
  const m = /^(\d+)\.\d+(?:$|[.-])/.exec(tag)
  return !!m && Number(m[1]) >= 8
}

const officialNoUser = (
  row: number,
  name: string,
  source: string,
  confidence: FactConfidence,
  extra: Partial<BaseImageRow> = {},
): BaseImageRow => ({
  row,
  family: `${name}:*`,
  repos: [`docker.io/library/${name}`],
  tags: ['*'],
  user: '',
  uid: 0,
  gid: 0,
  accounts: [],
  source,
  confidence,
  ...extra,
})

const distroless = (
  row: number,
  family: string,
  repos: string[],
  source: string,
): BaseImageRow[] => [
  {
    row,
    family: `${family} (:latest, :debug)`,
    repos,
    tags: DISTROLESS_ROOT_TAGS,
    excludeTags: DISTROLESS_NONROOT_TAGS,
    user: '0',
    uid: 0,
    gid: 0,
    name: 'root',
    accounts: DISTROLESS_ACCOUNTS,
    source,
    confidence: 'verified',
  },
  {
    row,
    family: `${family} (:nonroot, :debug-nonroot)`,
    repos,
    tags: DISTROLESS_NONROOT_TAGS,
    user: '65532',
    uid: 65532,
    gid: 65532,
    name: 'nonroot',
    accounts: DISTROLESS_ACCOUNTS,
    notes: 'A downstream `USER nonroot` names the account and is refused by runAsNonRoot.',
    source,
    confidence: 'verified',
  },
]

const UBI_VERSIONS = ['ubi8', 'ubi9', 'ubi10']
const RH_REGISTRIES = ['registry.access.redhat.com', 'registry.redhat.io']
const ubi = (names: string[]): string[] =>
  RH_REGISTRIES.flatMap((r) => UBI_VERSIONS.flatMap((v) => names.map((n) => `${r}/${v}/${n}`)))

export const BASE_IMAGE_ROWS: readonly BaseImageRow[] = [
  {
    row: 1,
    family: 'scratch',
    repos: ['docker.io/library/scratch'],
    tags: ['*'],
    user: '',
    uid: 0,
    gid: 0,
    accounts: [],
    hasPasswd: false,
    notes: 'Empty image: no /etc/passwd, so only numeric users work at runtime.',
    source:
      'Docker reserved empty image; kubelet treats "no user" as root (IBM/mcp-context-forge PR #6041)',
    confidence: 'verified',
  },
  officialNoUser(
    2,
    'alpine',
    'alpinelinux/docker-alpine x86_64/Dockerfile @ 00d3407329e4c65f237cc1e325a4ab0cb4974df4',
    'verified',
    {
      accounts: [{ name: 'nobody', uid: 65534, gid: 65534 }],
      notes: 'BusyBox `adduser -S` without `-u` picks the first free system id (not pinned).',
    },
  ),
  officialNoUser(3, 'busybox', 'docker-library/busybox (no USER)', 'unverified', {
    accounts: [{ name: 'nobody', uid: 65534, gid: 65534 }],
  }),
  officialNoUser(4, 'debian', 'debuerreotype-built rootfs; no USER', 'unverified', {
    accounts: DEBIAN_ACCOUNTS,
  }),
  {
    ...officialNoUser(5, 'ubuntu', 'jupyterhub/repo2docker#1346', 'secondary'),
    family: 'ubuntu:22.04 and older',
    tags: { description: '≤ 22.10', test: (t) => ubuntuSide(t) === -1 },
    accounts: DEBIAN_ACCOUNTS,
  },
  {
    ...officialNoUser(
      6,
      'ubuntu',
      'jupyterhub/repo2docker#1346; kubeflow/kubeflow PR #7728; bagisto/bagisto-docker PR #36',
      'secondary',
    ),
    family: 'ubuntu:23.04+',
    tags: { description: '≥ 23.04', test: (t) => ubuntuSide(t) === 1 },
    accounts: [{ name: 'ubuntu', uid: 1000, gid: 1000 }, ...DEBIAN_ACCOUNTS],
    notes: 'uid/gid 1000 is taken by `ubuntu`: `useradd -u 1000` fails in derived images.',
  },
  officialNoUser(
    7,
    'node',
    'nodejs/docker-node 22/bookworm/Dockerfile @ f27d936f7d7ccdeec25cd2de33584c1a841f561d',
    'verified',
    {
      family: 'node:* (Debian)',
      accounts: [{ name: 'node', uid: 1000, gid: 1000 }],
      notes: '`USER node` is a name; uid/gid 1000 is taken.',
    },
  ),
  officialNoUser(
    8,
    'node',
    'nodejs/docker-node 22/alpine3.24/Dockerfile @ f27d936f7d7ccdeec25cd2de33584c1a841f561d',
    'verified',
    {
      family: 'node:*-alpine*',
      tags: ALPINE_TAGS,
      accounts: [{ name: 'node', uid: 1000, gid: 1000 }],
      notes: '`USER node` is a name; uid/gid 1000 is taken.',
    },
  ),
  officialNoUser(
    9,
    'python',
    'docker-library/python 3.15-rc/slim-trixie/Dockerfile @ 4f07059567fa61c80397126e8063dbbde011b794',
    'verified',
  ),
  officialNoUser(
    10,
    'golang',
    'docker-library/golang tip/alpine3.24/Dockerfile @ 7c8c182bfc19ee3169d0596ae63917d2c7166f94',
    'verified',
  ),
  officialNoUser(
    11,
    'php',
    'docker-library/php 8.6-rc/trixie/apache/Dockerfile @ 445bf414f1d5866f7aef715f1203eae043710070',
    'verified',
    {
      family: 'php:* (Debian)',
      accounts: [{ name: 'www-data', uid: 33, gid: 33 }],
      notes: '`www-data` owns /var/www/html.',
    },
  ),
  officialNoUser(
    12,
    'php',
    'docker-library/php 8.6-rc/alpine3.24/fpm/Dockerfile @ 445bf414f1d5866f7aef715f1203eae043710070',
    'verified',
    {
      family: 'php:*-alpine*',
      tags: ALPINE_TAGS,
      accounts: [{ name: 'www-data', uid: 82, gid: 82 }],
      notes: 'Alpine’s www-data is 82, not Debian’s 33.',
    },
  ),
  {
    ...officialNoUser(13, 'ruby', 'official images, no USER', 'unverified'),
    family: 'ruby:*, rust:*, gradle:*, composer:*',
    repos: ['ruby', 'rust', 'gradle', 'composer'].map((n) => `docker.io/library/${n}`),
  },
  officialNoUser(
    14,
    'nginx',
    'nginxinc/docker-nginx mainline/debian/Dockerfile @ b430becb8f0f6b8d69e68cc73a82ea2873c38639',
    'verified',
    {
      family: 'nginx:* (Debian)',
      accounts: [{ name: 'nginx', uid: 101, gid: 101 }],
      ports: [80],
      dropsTo: 'nginx',
      notes: 'The master process must bind :80 as root; workers run as nginx.',
    },
  ),
  officialNoUser(
    15,
    'nginx',
    'nginxinc/docker-nginx mainline/alpine-slim/Dockerfile @ b430becb8f0f6b8d69e68cc73a82ea2873c38639',
    'verified',
    {
      family: 'nginx:*-alpine*',
      tags: ALPINE_TAGS,
      accounts: [{ name: 'nginx', uid: 101, gid: 101 }],
      ports: [80],
      dropsTo: 'nginx',
    },
  ),
  {
    row: 16,
    family: 'nginxinc/nginx-unprivileged:*',
    repos: ['docker.io/nginxinc/nginx-unprivileged'],
    tags: ['*'],
    user: '101',
    uid: 101,
    gid: 101,
    name: 'nginx',
    accounts: [{ name: 'nginx', uid: 101, gid: 101 }],
    ports: [8080],
    notes: 'USER $UID with ARG UID=101; /var/cache/nginx and /etc/nginx are chowned $UID:0.',
    source:
      'nginxinc/docker-nginx-unprivileged mainline/alpine-slim/Dockerfile @ 8ead5cede31b9dc5a976d1b44bb1987226b48677',
    confidence: 'verified',
  },
  officialNoUser(
    17,
    'httpd',
    'docker-library/httpd 2.4/Dockerfile @ 9b63b37c9be3b42d16b924ebb40af3cc40793119',
    'verified',
    {
      family: 'httpd:2.4 (Debian)',
      excludeTags: ALPINE_TAGS,
      accounts: [{ name: 'www-data', uid: 33, gid: 33 }],
      ports: [80],
      dropsTo: 'www-data',
      notes: 'The parent binds :80 as root; children run as www-data.',
    },
  ),
  officialNoUser(
    18,
    'tomcat',
    'docker-library/tomcat 11.0/jre21/temurin-noble/Dockerfile @ 40f27d562f94c0dbfb861587ee8837047b1cd555',
    'verified',
    { ports: [8080] },
  ),
  officialNoUser(
    19,
    'eclipse-temurin',
    'adoptium/containers 21/jre/ubuntu/noble/Dockerfile @ d8d18d67a32e2cbc765de68c30ea0998009df325',
    'verified',
  ),
  officialNoUser(
    19,
    'eclipse-temurin',
    'adoptium/containers 21/jre/ubuntu/noble/Dockerfile @ d8d18d67a32e2cbc765de68c30ea0998009df325',
    'verified',
    {
      family: 'eclipse-temurin:*noble*',
      tags: ['*noble*'],
      accounts: [{ name: 'ubuntu', uid: 1000, gid: 1000 }],
      notes: 'noble-based tags inherit Ubuntu’s `ubuntu` 1000.',
    },
  ),
  officialNoUser(20, 'openjdk', 'official image, no USER', 'unverified', {
    notes: 'Deprecated image.',
  }),
  officialNoUser(
    21,
    'postgres',
    'docker-library/postgres 17/bookworm/Dockerfile @ 6edb0a8c4def40c371514b34aef9037ec82d9110',
    'verified',
    {
      family: 'postgres:* (Debian)',
      accounts: [{ name: 'postgres', uid: 999, gid: 999 }],
      volumes: ['/var/lib/postgresql/data'],
      ports: [5432],
      dropsTo: 'postgres',
    },
  ),
  officialNoUser(
    22,
    'postgres',
    'docker-library/postgres 17/alpine3.23/Dockerfile @ 6edb0a8c4def40c371514b34aef9037ec82d9110',
    'verified',
    {
      family: 'postgres:*-alpine*',
      tags: ALPINE_TAGS,
      accounts: [{ name: 'postgres', uid: 70, gid: 70 }],
      volumes: ['/var/lib/postgresql/data'],
      ports: [5432],
      dropsTo: 'postgres',
    },
  ),
  officialNoUser(
    23,
    'redis',
    'docker-library/redis 7.2/debian/Dockerfile @ e92049967d6baa9b4b3d6fd950553e6458e61f13',
    'verified',
    {
      family: 'redis:* (Debian)',
      accounts: [{ name: 'redis', uid: 999, gid: 999 }],
      volumes: ['/data'],
      ports: [6379],
      dropsTo: 'redis',
    },
  ),
  officialNoUser(
    24,
    'redis',
    'docker-library/redis 7.2/alpine/Dockerfile @ e92049967d6baa9b4b3d6fd950553e6458e61f13',
    'verified',
    {
      family: 'redis:*-alpine',
      tags: ALPINE_TAGS,
      accounts: [{ name: 'redis', uid: 999, gid: 1000 }],
      volumes: ['/data'],
      ports: [6379],
      dropsTo: 'redis',
    },
  ),
  officialNoUser(
    25,
    'mysql',
    'docker-library/mysql 9.7/Dockerfile.oracle @ 7f30fdb0738041fc5125e8218e393e0a891243e9',
    'verified',
    {
      accounts: [{ name: 'mysql', uid: 999, gid: 999 }],
      volumes: ['/var/lib/mysql'],
      ports: [3306, 33060],
      dropsTo: 'mysql',
    },
  ),
  officialNoUser(
    26,
    'mongo',
    'docker-library/mongo 8.0/Dockerfile @ 2c69a57b939afb99266e8f97258adb178e9559e0',
    'verified',
    {
      accounts: [{ name: 'mongodb', uid: 999, gid: 999 }],
      volumes: ['/data/db', '/data/configdb'],
      dropsTo: 'mongodb',
      notes: 'Ubuntu noble base: `ubuntu` 1000 exists too.',
    },
  ),
  {
    row: 27,
    family: 'memcached:*',
    repos: ['docker.io/library/memcached'],
    tags: ['*'],
    user: 'memcache',
    uid: 11211,
    gid: 11211,
    name: 'memcache',
    accounts: [{ name: 'memcache', uid: 11211, gid: 11211 }],
    source:
      'docker-library/memcached 1/debian/Dockerfile, 1/alpine/Dockerfile @ 53ac0ecb0bf88b471a0110f8996ce791baf1a667',
    confidence: 'verified',
  },
  {
    row: 28,
    family: 'haproxy:*',
    repos: ['docker.io/library/haproxy'],
    tags: ['*'],
    user: 'haproxy',
    uid: 99,
    gid: 99,
    name: 'haproxy',
    accounts: [{ name: 'haproxy', uid: 99, gid: 99 }],
    source:
      'docker-library/haproxy 3.4/Dockerfile, 3.4/alpine/Dockerfile @ ec437dd2a3656610b10a42c08763d8fa1c591efe',
    confidence: 'verified',
  },
  ...distroless(
    29,
    'gcr.io/distroless/static[-debianNN]',
    ['gcr.io/distroless/static*'],
    `GoogleContainerTools/distroless static/static.bzl, common/variables.bzl @ ${DISTROLESS_COMMIT}`,
  ).map((e) => (e.tags === DISTROLESS_NONROOT_TAGS ? { ...e, row: 30 } : e)),
  ...distroless(
    31,
    'gcr.io/distroless/base[-nossl]-*, cc-*',
    ['gcr.io/distroless/base*', 'gcr.io/distroless/cc*'],
    `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`,
  ),
  ...distroless(
    32,
    'gcr.io/distroless/java{17,21,25}-*',
    ['gcr.io/distroless/java*'],
    `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`,
  ),
  ...distroless(
    33,
    'gcr.io/distroless/nodejs{22,24,26}-*',
    ['gcr.io/distroless/nodejs*'],
    `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`,
  ),
  ...distroless(
    34,
    'gcr.io/distroless/python3-*',
    ['gcr.io/distroless/python3*'],
    `GoogleContainerTools/distroless README.md @ ${DISTROLESS_COMMIT}`,
  ),
  {
    row: 35,
    family: 'cgr.dev/chainguard/static',
    repos: ['cgr.dev/chainguard/static'],
    tags: ['*'],
    user: '65532',
    uid: 65532,
    name: 'nonroot',
    accounts: [{ name: 'nonroot', uid: 65532 }],
    notes:
      'The notes name the account (`nonroot`); their runAsNonRoot verdict "ok" implies a numeric config user.',
    source:
      'Chainguard reference "static" users section (linked from defenseunicorns/zarf Dockerfile)',
    confidence: 'secondary',
  },
  {
    row: 36,
    family: 'cgr.dev/chainguard/node',
    repos: ['cgr.dev/chainguard/node'],
    tags: ['*'],
    user: '65532',
    uid: 65532,
    name: 'node',
    accounts: [{ name: 'node', uid: 65532 }],
    env: { NODE_PORT: '3000' },
    notes: '`node` is 65532 here, not 1000 as in Docker Hub’s node image; /app is owned by 65532.',
    source:
      'chainguard-images/images images/node/config/template.apko.yaml @ 55cca85c099971ade08c18436e608abfa7fa3c74',
    confidence: 'verified',
  },
  {
    row: 37,
    family: 'cgr.dev/chainguard/python',
    repos: ['cgr.dev/chainguard/python'],
    tags: ['*'],
    user: '65532',
    uid: 65532,
    name: 'nonroot',
    accounts: [{ name: 'nonroot', uid: 65532 }],
    source:
      'chainguard-images/images images/python/config/template.apko.yaml @ 159a3a0fce3b9a4a53d6feb0bd0bafd413757f2d',
    confidence: 'verified',
  },
  {
    row: 38,
    family: 'cgr.dev/chainguard/wolfi-base',
    repos: ['cgr.dev/chainguard/wolfi-base'],
    tags: ['*'],
    user: '',
    uid: 0,
    gid: 0,
    accounts: [],
    source:
      'chainguard-images/images images/wolfi-base/configs/latest.apko.yaml @ 4380bbdfd9c494f159b83beb35d9146d1e8469a4',
    confidence: 'verified',
  },
  {
    row: 39,
    family: 'cgr.dev/chainguard/*:latest-dev',
    repos: ['cgr.dev/chainguard/*'],
    tags: ['latest-dev', '*-dev'],
    unknown: true,
    user: '',
    accounts: [],
    notes: '`-dev` variants add a shell and apk; their user varies per image.',
    source: 'https://edu.chainguard.dev/chainguard/migration/porting-apps-to-chainguard/',
    confidence: 'secondary',
  },
  {
    row: 40,
    family: 'bitnami/*',
    repos: ['docker.io/bitnami/*', 'docker.io/bitnamilegacy/*'],
    tags: ['*'],
    user: '1001',
    uid: 1001,
    accounts: [],
    notes: 'Bitnami charts default to runAsUser 1001 and runAsGroup 1001.',
    source:
      'bitnami/charts bitnami/nginx/values.yaml @ 5165628ae06697f8f68a670bef7739d93c4b7f44 (chart side)',
    confidence: 'secondary',
  },
  {
    row: 41,
    family: 'registry.access.redhat.com/ubi{8,9,10}/ubi, ubi-minimal, ubi-micro, ubi-init',
    // `ubi9-minimal` and `ubi9` at the top level name the same images as `ubi9/ubi-minimal`, `ubi9/ubi`.
    repos: [
      ...ubi(['ubi', 'ubi-minimal', 'ubi-micro', 'ubi-init']),
      ...RH_REGISTRIES.flatMap((r) =>
        UBI_VERSIONS.flatMap((v) =>
          ['', '-minimal', '-micro', '-init'].map((s) => `${r}/${v}${s}`),
        ),
      ),
    ],
    tags: ['*'],
    user: '',
    uid: 0,
    gid: 0,
    accounts: [],
    source: 'RHEL UBI base images, no USER',
    confidence: 'unverified',
  },
  {
    row: 42,
    family: 'UBI s2i language images (ubi9/nodejs-22, python-3xx, …)',
    repos: ubi(['nodejs-*', 'python-*', 'ruby-*', 'php-*', 'perl-*']),
    tags: ['*'],
    user: '1001',
    uid: 1001,
    gid: 0,
    name: 'default',
    accounts: [{ name: 'default', uid: 1001, gid: 0 }],
    notes: '/opt/app-root is owned by 1001:0.',
    source:
      'openshift/mirror-gui PR #49 ("UBI\'s default (uid 1001, gid 0)"); sclorg s2i-base pattern',
    confidence: 'secondary',
  },
  {
    row: 43,
    family: 'grafana/grafana (-oss, -enterprise)',
    repos: [
      'docker.io/grafana/grafana',
      'docker.io/grafana/grafana-oss',
      'docker.io/grafana/grafana-enterprise',
    ],
    tags: ['*'],
    user: '472',
    uid: 472,
    gid: 0,
    name: 'grafana',
    accounts: [{ name: 'grafana', uid: 472, gid: 0 }],
    notes: 'USER "$GF_UID" with ARG GF_UID=472, GF_GID=0; data, log and plugin dirs are chmod 777.',
    source: 'grafana/grafana Dockerfile (commit not pinned); grafana/grafana#24536',
    confidence: 'secondary',
  },
  {
    row: 44,
    family: 'prom/prometheus, quay.io/prometheus/prometheus',
    repos: ['docker.io/prom/prometheus', 'quay.io/prometheus/prometheus'],
    tags: ['*'],
    user: 'nobody',
    uid: 65534,
    gid: 65534,
    name: 'nobody',
    accounts: [{ name: 'nobody', uid: 65534, gid: 65534 }],
    volumes: ['/prometheus'],
    ports: [9090],
    notes: '/etc/prometheus and /prometheus are chowned nobody:nobody.',
    source: 'prometheus/prometheus Dockerfile @ d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86',
    confidence: 'verified',
  },
  {
    row: 45,
    family: 'quay.io/prometheus/busybox-*',
    repos: ['quay.io/prometheus/busybox*'],
    tags: ['*'],
    user: '',
    uid: 0,
    gid: 0,
    accounts: [{ name: 'nobody', uid: 65534 }],
    source:
      'prometheus-operator/prometheus-operator Dockerfile @ 6adcebc5076c34f4f55f8f5f7b1e528929373ac7',
    confidence: 'secondary',
  },
  {
    row: 46,
    family: 'prometheus-operator config-reloader and admission-webhook',
    repos: [
      'quay.io/prometheus-operator/prometheus-config-reloader',
      'quay.io/prometheus-operator/admission-webhook',
    ],
    tags: ['*'],
    user: 'nobody',
    uid: 65534,
    name: 'nobody',
    accounts: [{ name: 'nobody', uid: 65534 }],
    source:
      'prometheus-operator/prometheus-operator cmd/prometheus-config-reloader/Dockerfile, cmd/admission-webhook/Dockerfile @ 6adcebc5076c34f4f55f8f5f7b1e528929373ac7',
    confidence: 'verified',
  },
  {
    row: 46,
    family: 'prom/alertmanager, quay.io/prometheus/alertmanager',
    repos: ['docker.io/prom/alertmanager', 'quay.io/prometheus/alertmanager'],
    tags: ['*'],
    user: 'nobody',
    uid: 65534,
    name: 'nobody',
    accounts: [{ name: 'nobody', uid: 65534 }],
    volumes: ['/alertmanager'],
    ports: [9093],
    source: 'prometheus/alertmanager Dockerfile @ 02a50dd3c158f23b1ca3a19c6c1e9fe94ca612b0',
    confidence: 'verified',
  },
  {
    row: 46,
    family: 'prom/node-exporter, quay.io/prometheus/node-exporter',
    repos: ['docker.io/prom/node-exporter', 'quay.io/prometheus/node-exporter'],
    tags: ['*'],
    user: 'nobody',
    uid: 65534,
    name: 'nobody',
    accounts: [{ name: 'nobody', uid: 65534 }],
    ports: [9100],
    source: 'prometheus/node_exporter Dockerfile @ 0c561fa1c9f10840f093cb193d04b6f988bc66fe',
    confidence: 'verified',
  },
  {
    row: 47,
    family: 'grafana/loki',
    repos: ['docker.io/grafana/loki'],
    tags: ['*'],
    user: '10001',
    uid: 10001,
    name: 'loki',
    accounts: [{ name: 'loki', uid: 10001 }],
    notes: 'Built on distroless static:debug; /etc/loki and /loki are chowned to loki.',
    source: 'grafana/loki cmd/loki/Dockerfile @ 0230065a10abdce767a9c3b84a9e43cdf61a1b87',
    confidence: 'verified',
  },
  {
    row: 48,
    family: 'otel/opentelemetry-collector-contrib (and core)',
    repos: [
      'docker.io/otel/opentelemetry-collector-contrib',
      'docker.io/otel/opentelemetry-collector',
    ],
    tags: ['*'],
    user: '10001:10001',
    uid: 10001,
    gid: 10001,
    accounts: [],
    hasPasswd: false,
    notes: 'USER ${USER_UID}:${USER_GID} with ARGs 10001; FROM scratch, no passwd.',
    source:
      'open-telemetry/opentelemetry-collector-releases distributions/otelcol-contrib/Dockerfile @ 07ac0202df945df487957ec8411aceb83f673b36',
    confidence: 'verified',
  },
  {
    row: 49,
    family: 'envoyproxy/envoy:* (default stage)',
    repos: ['docker.io/envoyproxy/envoy'],
    tags: ['*'],
    user: '',
    uid: 0,
    gid: 0,
    accounts: [{ name: 'envoy', uid: 101 }],
    dropsTo: 'envoy',
    notes:
      'The entrypoint uses su-exec to envoy; its uid is assigned at build (101 per the OTel demo chart).',
    source: 'envoyproxy/envoy ci/Dockerfile-envoy @ 019f458bf978aa5559491871896282c9122630a2',
    confidence: 'verified',
  },
  {
    row: 50,
    family: 'envoyproxy/envoy-distroless:*',
    repos: ['docker.io/envoyproxy/envoy-distroless'],
    tags: ['*'],
    user: '65532',
    uid: 65532,
    gid: 65532,
    name: 'nonroot',
    accounts: DISTROLESS_ACCOUNTS,
    notes: 'Stage envoy-distroless, FROM distroless/base-nossl-debian11:nonroot.',
    source: 'envoyproxy/envoy ci/Dockerfile-envoy @ 019f458bf978aa5559491871896282c9122630a2',
    confidence: 'verified',
  },
  {
    row: 50,
    family: 'envoyproxy/envoy:distroless-*',
    repos: ['docker.io/envoyproxy/envoy'],
    tags: ['distroless-*'],
    user: '65532',
    uid: 65532,
    gid: 65532,
    name: 'nonroot',
    accounts: DISTROLESS_ACCOUNTS,
    notes: 'The envoy-distroless stage, published under distroless-* tags.',
    source: 'envoyproxy/envoy ci/Dockerfile-envoy @ 019f458bf978aa5559491871896282c9122630a2',
    confidence: 'verified',
  },
  {
    row: 51,
    family: 'mcr.microsoft.com/dotnet/runtime-deps|runtime|aspnet:* (non-chiseled, .NET 8+)',
    repos: ['runtime-deps', 'runtime', 'aspnet'].map((n) => `mcr.microsoft.com/dotnet/${n}`),
    tags: { description: '.NET 8 or later', test: dotnet8Plus },
    excludeTags: ['*chiseled*'],
    user: '',
    uid: 0,
    gid: 0,
    accounts: [{ name: 'app', uid: 1654, gid: 1654 }],
    env: { APP_UID: '1654', ASPNETCORE_HTTP_PORTS: '8080' },
    notes: 'A downstream `USER $APP_UID` resolves through this image’s ENV.',
    source: 'public notes that aspnet:10.0 defines APP_UID=1654 but leaves Config.User empty',
    confidence: 'secondary',
  },
  {
    row: 52,
    family: 'mcr.microsoft.com/dotnet/*:*-chiseled',
    repos: ['mcr.microsoft.com/dotnet/*'],
    tags: ['*-chiseled*'],
    user: '1654',
    uid: 1654,
    gid: 1654,
    name: 'app',
    accounts: [{ name: 'app', uid: 1654, gid: 1654 }],
    env: { APP_UID: '1654' },
    notes: 'USER $APP_UID with ENV APP_UID=1654; no shell.',
    source:
      'dotnet/dotnet-docker src/runtime-deps/8.0/noble-chiseled/amd64/Dockerfile @ 050a351859bde44d7e77a5372673f6e2e163d635',
    confidence: 'verified',
  },
  {
    row: 53,
    family: 'jenkins/jenkins',
    repos: ['docker.io/jenkins/jenkins'],
    tags: ['*'],
    user: 'jenkins',
    uid: 1000,
    gid: 1000,
    name: 'jenkins',
    accounts: [{ name: 'jenkins', uid: 1000, gid: 1000 }],
    volumes: ['/var/jenkins_home'],
    ports: [8080, 50000],
    notes: 'USER ${user} with ARG user=jenkins; VOLUME $JENKINS_HOME.',
    source: 'jenkinsci/docker debian/Dockerfile @ ab3f5e0a80d666b1d554c2b7cad38b5c5ee35f1c',
    confidence: 'verified',
  },
  {
    row: 54,
    family: 'apache/kafka',
    repos: ['docker.io/apache/kafka'],
    tags: ['*'],
    user: 'appuser',
    uid: 1000,
    name: 'appuser',
    accounts: [{ name: 'appuser', uid: 1000 }],
    volumes: ['/etc/kafka/secrets', '/var/lib/kafka/data', '/mnt/shared/config'],
    notes: 'uid 1000 is inferred: `adduser -D` without `-u` on eclipse-temurin:21-jre-alpine.',
    source: 'apache/kafka docker/jvm/Dockerfile @ 120d52df7d4a1e7eaf90e4e069b9c49c27e3d0de',
    confidence: 'verified',
  },
  {
    row: 55,
    family: 'ghcr.io/open-feature/flagd',
    repos: ['ghcr.io/open-feature/flagd'],
    tags: ['*'],
    user: '65532:65532',
    uid: 65532,
    gid: 65532,
    name: 'nonroot',
    accounts: DISTROLESS_ACCOUNTS,
    source: 'open-feature/flagd flagd/build.Dockerfile @ 07211a7a04e4902cbc6fbbe8326d4b7dabbba58f',
    confidence: 'verified',
  },
  {
    row: 56,
    family: 'registry.k8s.io/ingress-nginx/controller',
    repos: ['registry.k8s.io/ingress-nginx/controller'],
    tags: ['*'],
    user: 'www-data',
    uid: 101,
    gid: 82,
    name: 'www-data',
    accounts: [{ name: 'www-data', uid: 101, gid: 82 }],
    ports: [80, 443],
    fileCapabilities: ['NET_BIND_SERVICE'],
    notes: 'Binaries carry cap_net_bind_service=+ep.',
    source:
      'kubernetes/ingress-nginx rootfs/Dockerfile, images/nginx/rootfs/Dockerfile @ dbb11b92ddb77bee9c35e462479129354c84f939',
    confidence: 'verified',
  },
  {
    row: 57,
    family: 'curlimages/curl',
    repos: ['docker.io/curlimages/curl'],
    tags: ['*'],
    user: 'curl_user',
    uid: 100,
    gid: 101,
    name: 'curl_user',
    accounts: [{ name: 'curl_user', uid: 100, gid: 101 }],
    source: 'code-search document quoting the refusal message for curl_user',
    confidence: 'secondary',
  },
]
