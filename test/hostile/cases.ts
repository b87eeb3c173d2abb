/**
 * Hostile and odd repositories, built at test time (the big inputs are made here, never
 * committed). Each case is a repository written into a fresh folder, the CLI arguments to run
 * on it, and what must come out: an exit code and a line (a finding, a notice, or one error
 * line), within a time and memory limit. The hostile suite (hostile.test.ts) asserts them
 * against the bundled CLI; scripts/hostile-table.ts prints them as a table, helm beside.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface CaseRun {
  /** Arguments after the CLI (default: a JSON scan of the repository). */
  args?: string[]
  env?: Record<string, string>
  /** Read this many bytes of stdout, then close the pipe (`| head -c N`). */
  headBytes?: number
  /** Run the action bundle (dist/index.js) with these inputs instead of the CLI. */
  action?: { inputs?: Record<string, string>; env?: Record<string, string> }
}

export interface Expectation {
  exit: number | number[]
  /** Must match stdout + stderr (a finding's message, a notice, the one error line). */
  output?: RegExp
  /** Must not appear in any output. */
  absent?: RegExp
}

export interface HostileCase {
  id: string
  /** What the repository holds, as the issue names it. */
  what: string
  /** Issue 16's part the case belongs to. */
  part: number
  /**
   * Writes the repository. `quick` (the test suite): budgets lowered in the config where the
   * default (60 s a chart) would be what the case waits for; the table runs the defaults.
   */
  build(root: string, quick?: boolean): CaseRun | void
  expect: Expectation
  /** Seconds and MiB the run may take (default 30 s, 700 MiB peak RSS). */
  limits?: { seconds?: number; rssMb?: number }
  /** The chart (relative to the root) to give `helm template` for comparison. */
  helmChart?: string
}

export function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
}

const json = ['scan', '.', '--format', 'json', '--fail-on', 'none']

/** A stack trace line: never in any output. */
const STACK = /\n\s+at .*\.(js|ts):\d+/

/** Planted outside the repository (or in the environment, or in .git): never in any output. */
const SECRET = 'KW-SECRET-5f1e0c9a7b3d'
// The secret and the tail of its base64 (alone or after "x-access-token:", as git keeps it).
const LEAKED = /KW-SECRET-5f1e0c9a7b3d|LTVmMWUwYzlhN2IzZA/

/** A chart that puts `.Values.leak` into an error message, as the issue's attack does. */
const LEAKY_CHART: Record<string, string> = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: leaky\nversion: 1.0.0\n',
  'chart/values.yaml': 'leak: ""\n',
  'chart/templates/pod.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n{{- if .Values.leak }}\n{{ fail (printf "leaked: %s" .Values.leak) }}\n{{- end }}\n',
}

/** A config that lowers the render budget to two seconds in quick mode. */
const budget = (quick?: boolean): Record<string, string> =>
  quick ? { '.kube-whoami.yaml': 'limits:\n  renderSeconds: 2\n' } : {}

function chart(templates: Record<string, string>, extra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: hostile\nversion: 1.0.0\n',
    'chart/values.yaml': 'x: 1\n',
    ...extra,
  }
  for (const [name, text] of Object.entries(templates)) files[`chart/templates/${name}`] = text
  return files
}

const POD = (name: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n${extra}`

/** A tar header block (ustar) for one entry. */
function tarHeader(name: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(512)
  h.write(name, 0, 100, 'utf8')
  h.write('0000644\0', 100)
  h.write('0000000\0', 108)
  h.write('0000000\0', 116)
  h.write(size.toString(8).padStart(11, '0') + '\0', 124)
  h.write('00000000000\0', 136)
  h.write('        ', 148)
  h.write(type, 156)
  h.write('ustar\0' + '00', 257)
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return h
}

function tarEntry(name: string, data: Buffer, type = '0'): Buffer {
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512)
  return Buffer.concat([tarHeader(name, data.length, type), data, pad])
}

/** A PAX extended header of `records` records (`N path=...` lines), before a small chart. */
function paxBombTgz(records: number): Buffer {
  const lines: string[] = []
  for (let i = 0; i < records; i++) {
    const body = ` comment=${i}\n`
    let len = body.length + 1
    len = body.length + String(len).length
    if (String(len).length + body.length !== len) len++
    lines.push(`${len}${body}`)
  }
  const pax = Buffer.from(lines.join(''))
  const chartYaml = Buffer.from('apiVersion: v2\nname: sub\nversion: 1.0.0\n')
  return gzipSync(
    Buffer.concat([
      tarEntry('sub/PaxHeaders/Chart.yaml', pax, 'x'),
      tarEntry('sub/Chart.yaml', chartYaml),
      Buffer.alloc(1024),
    ]),
  )
}

/** A subchart archive of `files` entries of `bytes` zeros each (a gzip bomb: ~1,000:1). */
function zerosTgz(files: number, bytes: number): Buffer {
  const parts = [
    tarEntry('sub/Chart.yaml', Buffer.from('apiVersion: v2\nname: sub\nversion: 1.0.0\n')),
  ]
  const zeros = Buffer.alloc(bytes)
  for (let i = 0; i < files; i++) parts.push(tarEntry(`sub/files/z${i}`, zeros))
  parts.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(parts))
}

export const CASES: HostileCase[] = [
  // ── crashes ──────────────────────────────────────────────────────────────
  {
    id: 'name-0xff',
    what: 'a manifest whose file name has byte 0xFF',
    part: 6,
    build(root) {
      write(root, { 'deploy/ok.yaml': POD('ok') })
      writeFileSync(
        Buffer.concat([
          Buffer.from(join(root, 'deploy') + '/'),
          Buffer.from([0x61, 0xff, 0x2e, 0x79, 0x61, 0x6d, 0x6c]),
        ]),
        POD('odd', '      securityContext:\n        privileged: true\n'),
      )
      return { args: ['scan', '.', '--fail-on', 'none'] }
    },
    expect: {
      exit: 0,
      output: /a\\xff\.yaml[\s\S]*pss-privileged|pss-privileged[\s\S]*a\\xff\.yaml/,
    },
  },
  {
    id: 'arg-doubling',
    what: 'a Dockerfile with a 40-line ARG doubling chain',
    part: 4,
    build(root) {
      const lines = ['FROM alpine:3.20', 'ARG A0=xxxxxxxx']
      for (let i = 1; i <= 40; i++) lines.push(`ARG A${i}=\${A${i - 1}}\${A${i - 1}}`)
      lines.push('USER ${A40}')
      write(root, { Dockerfile: lines.join('\n') + '\n' })
      return { args: json }
    },
    expect: { exit: 0, output: /expansion|exceeds|too long/i },
  },
  {
    id: 'nested-subshells',
    what: '1,000 nested subshells in a RUN',
    part: 4,
    build(root) {
      const n = 1000
      write(root, {
        Dockerfile: `FROM alpine:3.20\nRUN ${'('.repeat(n)}useradd -u 1000 app${')'.repeat(n)}\nUSER app\n`,
      })
      return { args: json }
    },
    expect: { exit: 0, output: /dockerfile|nest/i },
  },
  {
    id: 'config-alias-bomb',
    what: 'a .kube-whoami.yaml that is a YAML alias bomb',
    part: 5,
    build(root) {
      const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
      for (let i = 1; i < 10; i++)
        lines.push(
          `a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(',')}]`,
        )
      lines.push('exclude: *a9')
      write(root, { '.kube-whoami.yaml': lines.join('\n') + '\n', 'pod.yaml': POD('p') })
      return { args: json }
    },
    expect: { exit: 2, output: /\.kube-whoami\.yaml:\d+/ },
  },
  {
    id: 'config-deep',
    what: 'a .kube-whoami.yaml nested 100,000 deep',
    part: 5,
    build(root) {
      write(root, {
        '.kube-whoami.yaml': `exclude: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
        'pod.yaml': POD('p'),
      })
      return { args: json }
    },
    expect: { exit: 2, output: /\.kube-whoami\.yaml:1/ },
  },
  {
    id: 'output-missing-folder',
    what: '--output into a missing folder',
    part: 5,
    build(root) {
      write(root, { 'pod.yaml': POD('p') })
      return { args: [...json, '--output', 'no/such/dir/out.json'] }
    },
    expect: {
      exit: 2,
      output: /^kube-whoami: cannot write .*no\/such\/dir\/out\.json.*$/m,
      absent: STACK,
    },
  },
  {
    id: 'output-folder',
    what: '--output onto a folder',
    part: 5,
    build(root) {
      write(root, { 'pod.yaml': POD('p'), 'out/.keep': '' })
      return { args: [...json, '--output', 'out'] }
    },
    expect: { exit: 2, output: /^kube-whoami: cannot write .*out.*$/m, absent: STACK },
  },
  {
    id: 'output-dev-full',
    what: '--output /dev/full',
    part: 5,
    build(root) {
      write(root, { 'pod.yaml': POD('p') })
      return { args: [...json, '--output', '/dev/full'] }
    },
    expect: { exit: 2, output: /^kube-whoami: cannot write .*\/dev\/full.*$/m, absent: STACK },
  },
  {
    id: 'stdout-epipe',
    what: 'stdout into a closed pipe (| head -c 100)',
    part: 5,
    build(root) {
      const files: Record<string, string> = {}
      for (let i = 0; i < 200; i++) files[`pods/p${i}.yaml`] = POD(`p${i}`)
      write(root, files)
      return { args: ['scan', '.', '--format', 'sarif', '--fail-on', 'none'], headBytes: 100 }
    },
    expect: { exit: 2, absent: /Unhandled|at .*\.js:\d+/ },
  },
  {
    id: 'docs-130k',
    what: '130,000 documents in one file',
    part: 4,
    build(root) {
      // Under the 4 MiB file limit: 30 bytes a document.
      write(root, {
        'many.yaml': Array(130_000).fill('{apiVersion: v1,kind: Pod}\n').join('---\n'),
      })
      return { args: json }
    },
    expect: { exit: 0 },
    limits: { seconds: 60 },
  },
  {
    id: 'list-130k',
    what: 'a kind: List of 130,000 items',
    part: 4,
    build(root) {
      const item = '- {apiVersion: v1,kind: Pod}\n'
      write(root, {
        'list.yaml': 'apiVersion: v1\nkind: List\nitems:\n' + Array(130_000).fill(item).join(''),
      })
      return { args: json }
    },
    expect: { exit: 0 },
    limits: { seconds: 60 },
  },
  {
    id: 'findings-150k-text',
    what: 'text output of over 150,000 findings',
    part: 4,
    build(root) {
      const pod = (i: number) =>
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  hostNetwork: true\n  hostPID: true\n  hostIPC: true\n  containers:\n    - name: a\n      image: x\n      securityContext: { privileged: true }\n`
      const docs: string[] = []
      for (let i = 0; i < 15_000; i++) docs.push(pod(i))
      write(root, { 'pods.yaml': docs.join('---\n') })
      return { args: ['scan', '.', '--fail-on', 'none'] }
    },
    expect: { exit: 0, output: /problems|budget|limit/ },
    limits: { seconds: 120, rssMb: 1500 },
  },
  {
    id: 'pod-4000-containers',
    what: 'a Pod with 4,000 containers (SARIF)',
    part: 4,
    build(root) {
      const cs: string[] = []
      for (let i = 0; i < 4000; i++) cs.push(`    - name: c${i}\n      image: nginx:1.27\n`)
      write(root, {
        'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n${cs.join('')}`,
      })
      return { args: ['scan', '.', '--format', 'sarif', '--fail-on', 'none'] }
    },
    expect: { exit: 0, output: /"results"/ },
    limits: { seconds: 60 },
  },
  {
    id: 'action-event-path',
    what: 'the action with a malformed GITHUB_EVENT_PATH',
    part: 7,
    build(root) {
      write(root, { 'pod.yaml': POD('p'), '../event.json': '{not json' })
      return {
        action: {
          inputs: { upload: 'false' },
          env: { GITHUB_EVENT_PATH: join(root, '..', 'event.json') },
        },
      }
    },
    expect: { exit: [0, 1], absent: /at .*\.js:\d+|TypeError|SyntaxError: Unexpected/ },
  },
  {
    id: 'action-output-folder',
    what: 'the action with GITHUB_OUTPUT pointing at a folder',
    part: 7,
    build(root) {
      write(root, { 'pod.yaml': POD('p'), '../outdir/.keep': '' })
      return {
        action: { inputs: { upload: 'false' }, env: { GITHUB_OUTPUT: join(root, '..', 'outdir') } },
      }
    },
    expect: {
      exit: [0, 1],
      absent: /at .*\.js:\d+|EISDIR: illegal operation on a directory, open/,
    },
  },
  // ── hangs ────────────────────────────────────────────────────────────────
  {
    id: 'regex-template',
    what: 'regexMatch with a?×1000 over a×1000 in a template',
    part: 3,
    build(root) {
      const re = 'a?'.repeat(1000) + 'a'.repeat(1000)
      write(
        root,
        chart({
          'cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  m: {{ regexMatch "^${re}$" "${'a'.repeat(1000)}" | quote }}\n`,
        }),
      )
      return { args: json }
    },
    expect: { exit: 0, absent: /helm-render-error/ },
    helmChart: 'chart',
  },
  {
    id: 'regex-schema',
    what: 'a values.schema.json pattern ^(a+)+$',
    part: 3,
    build(root) {
      write(
        root,
        chart(
          { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' },
          {
            'chart/values.yaml': `x: "${'a'.repeat(40)}!"\n`,
            'chart/values.schema.json': JSON.stringify({
              type: 'object',
              properties: { x: { type: 'string', pattern: '^(a+)+$' } },
            }),
          },
        ),
      )
      return { args: json }
    },
    expect: { exit: 0, output: /does not match pattern|schema/ },
    helmChart: 'chart',
  },
  {
    id: 'pax-300k',
    what: 'a subchart .tgz with a 300,000-record PAX header',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' }))
      write(root, { 'chart/charts/sub-1.0.0.tgz': paxBombTgz(300_000) })
      return { args: json }
    },
    expect: { exit: 0, output: /header|too long|archive/i },
    helmChart: 'chart',
  },
  {
    id: 'tgz-file-6mib',
    what: 'a subchart .tgz holding one file of 6 MiB (helm: 5 MiB a file)',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' }))
      write(root, { 'chart/charts/sub-1.0.0.tgz': zerosTgz(1, 6 * 1024 * 1024) })
      return { args: json }
    },
    expect: { exit: 0, output: /larger than the maximum file size 5242880/ },
    helmChart: 'chart',
  },
  {
    id: 'tgz-bomb-120mib',
    what: 'a subchart .tgz of 120 KiB that inflates to 120 MiB (helm: 100 MiB a chart)',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' }))
      write(root, { 'chart/charts/sub-1.0.0.tgz': zerosTgz(30, 4 * 1024 * 1024) })
      return { args: json }
    },
    expect: { exit: 0, output: /larger than the maximum size 104857600/ },
    helmChart: 'chart',
  },
  {
    id: 'symlink-dag',
    what: 'a symbolic-link DAG inside a chart (2^30 paths)',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' }))
      const base = join(root, 'chart', 'files')
      mkdirSync(join(base, 'd0'), { recursive: true })
      writeFileSync(join(base, 'd0', 'f.txt'), 'x')
      for (let i = 1; i <= 30; i++) {
        mkdirSync(join(base, `d${i}`))
        symlinkSync(`../d${i - 1}`, join(base, `d${i}`, 'a'))
        symlinkSync(`../d${i - 1}`, join(base, `d${i}`, 'b'))
      }
      return { args: json }
    },
    expect: { exit: 0, output: /symbolic links lead to one folder by more than 16 paths/ },
    helmChart: 'chart',
  },
  {
    id: 'fifo-in-chart',
    what: 'a FIFO in a chart',
    part: 1,
    build(root) {
      write(root, chart({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' }))
      execFileSync('mkfifo', [join(root, 'chart', 'pipe')])
      return { args: json }
    },
    expect: { exit: 0 },
  },
  {
    id: 'append-loop',
    what: 'a three-line append loop in a template',
    part: 2,
    build(root) {
      write(
        root,
        chart({
          'cm.yaml':
            '{{- $l := list 1 }}\n{{- range until 40 }}{{ $l = concat $l $l }}{{ end }}\n{{- range until 100000000 }}{{ $l = append $l 1 }}{{ end }}\n',
        }),
      )
      return { args: json }
    },
    expect: { exit: 0, output: /helm-render-error/ },
    limits: { seconds: 90, rssMb: 1500 },
    helmChart: 'chart',
  },
  {
    id: 'toyaml-dag',
    what: 'toYaml of a shared-subtree DAG (2^40 nodes)',
    part: 2,
    build(root, quick) {
      let t = '{{- $d := dict "leaf" "x" }}\n'
      for (let i = 0; i < 40; i++) t += `{{- $d = dict "l" $d "r" $d }}\n`
      t += 'data: {{ toYaml $d | quote }}\n'
      write(root, { ...chart({ 'cm.yaml': t }), ...budget(quick) })
      return { args: json }
    },
    expect: { exit: 0, output: /helm-render-error/ },
    limits: { seconds: 90, rssMb: 1500 },
    helmChart: 'chart',
  },
  {
    id: 'genprivatekey-300',
    what: '300 genPrivateKey calls',
    part: 2,
    build(root) {
      write(
        root,
        chart({
          'cm.yaml':
            'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n{{- range until 300 }}\n  k{{ . }}: {{ genPrivateKey "rsa" | quote }}\n{{- end }}\n',
        }),
      )
      return { args: json }
    },
    expect: { exit: 0 },
    limits: { seconds: 90 },
    helmChart: 'chart',
  },
  {
    id: 'rules-32k',
    what: 'a config with 32,000 keys under rules:',
    part: 5,
    build(root) {
      const lines = ['rules:']
      for (let i = 0; i < 32_000; i++) lines.push(`  rule-${i}: off`)
      write(root, { '.kube-whoami.yaml': lines.join('\n') + '\n', 'pod.yaml': POD('p') })
      return { args: json }
    },
    expect: { exit: 2, output: /unknown rule|rule-0/ },
  },
  {
    id: 'gitignore-1000',
    what: '1,000 nested .gitignore files',
    part: 5,
    build(root) {
      let dir = root
      for (let i = 0; i < 1000; i++) {
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, '.gitignore'), `ignored-${i}.yaml\n!kept.yaml\n`)
        dir = join(dir, 'd')
      }
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        join(dir, 'pod.yaml'),
        POD('deep', '      securityContext:\n        privileged: true\n'),
      )
      writeFileSync(
        join(root, 'pod.yaml'),
        POD('top', '      securityContext:\n        privileged: true\n'),
      )
      return { args: json }
    },
    // Git applies every .gitignore above a path: n nested ones cost n² checks of n-long paths.
    expect: {
      exit: 0,
      output:
        /nested deeper than 200 levels[\s\S]*pss-privileged|pss-privileged[\s\S]*nested deeper than 200 levels/,
    },
  },
  // ── memory ───────────────────────────────────────────────────────────────
  {
    id: 'randalphanum-200m',
    what: 'randAlphaNum 200000000',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'data: {{ randAlphaNum 200000000 | len }}\n' }))
      return { args: json }
    },
    expect: { exit: 0, output: /helm-render-error/ },
    limits: { seconds: 60, rssMb: 1500 },
    helmChart: 'chart',
  },
  {
    id: 'seq-100m',
    what: 'seq 1 100000000',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'data: {{ seq 1 100000000 | len }}\n' }))
      return { args: json }
    },
    expect: { exit: 0, output: /helm-render-error/ },
    limits: { seconds: 60, rssMb: 1500 },
    helmChart: 'chart',
  },
  // ── evasion ──────────────────────────────────────────────────────────────
  {
    id: 'utf16-bom',
    what: 'a UTF-16 manifest with a BOM',
    part: 6,
    build(root) {
      const text = POD('u16', '      securityContext:\n        privileged: true\n')
      write(root, {
        'pod.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      })
      return { args: json }
    },
    expect: { exit: 0, output: /pss-privileged/ },
  },
  {
    id: 'utf32-bom',
    what: 'a UTF-32 (big-endian) manifest with a BOM',
    part: 6,
    build(root) {
      const text = POD('u32', '      securityContext:\n        privileged: true\n')
      const cps = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)]
      const buf = Buffer.alloc(cps.length * 4)
      cps.forEach((cp, i) => buf.writeUInt32BE(cp, i * 4))
      write(root, { 'pod.yaml': buf })
      return { args: json }
    },
    // go-yaml (kubectl) reads UTF-8 and UTF-16 only: a notice, as kubectl cannot apply it.
    expect: { exit: 0, output: /UTF-32[^\n]*kubectl/ },
  },
  {
    id: 'cr-only',
    what: 'a manifest with CR-only line breaks',
    part: 6,
    build(root) {
      const text = POD('cr', '      securityContext:\n        privileged: true\n').replace(
        /\n/g,
        '\r',
      )
      write(root, { 'pod.yaml': text })
      return { args: json }
    },
    expect: { exit: 0, output: /pss-privileged/, absent: /yaml-parse-error/ },
  },
  {
    id: 'cr-only-template',
    what: 'a chart template with CR-only line breaks',
    part: 6,
    build(root) {
      const text = POD('cr', '      securityContext:\n        privileged: true\n').replace(
        /\n/g,
        '\r',
      )
      write(root, chart({ 'pod.yaml': text }))
      return { args: json }
    },
    expect: { exit: 0, output: /pss-privileged/, absent: /helm-render-error|invalid YAML/ },
    helmChart: 'chart',
  },
  {
    id: 'symlink-manifest',
    what: 'an in-repository symlink to a manifest under another name',
    part: 6,
    build(root) {
      write(root, {
        'src/pod.txt': POD('linked', '      securityContext:\n        privileged: true\n'),
      })
      mkdirSync(join(root, 'deploy'))
      symlinkSync('../src/pod.txt', join(root, 'deploy', 'pod.yaml'))
      return { args: json }
    },
    expect: { exit: 0, output: /pss-privileged|symbolic link/ },
  },

  // ── found while fixing the above ─────────────────────────────────────────
  {
    id: 'template-loop',
    what: 'a template loop of 10^10 steps (nested range until 100000)',
    part: 2,
    build(root, quick) {
      write(root, {
        ...chart({
          'cm.yaml': '{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}\n',
        }),
        ...budget(quick),
        'pod.yaml': POD('p', '      securityContext:\n        privileged: true\n'),
      })
      return { args: json }
    },
    // With the default budgets a scan stops it at the memory budget after ~11 s, not at the
    // 60 s clock: value tracing keeps a record (~100 bytes) of every element a range reads,
    // 10^7 records by then. The quick suite's 2 s clock comes first.
    expect: {
      exit: 0,
      output:
        /stopped rendering: it (took longer|needed more)[\s\S]*pss-privileged|pss-privileged[\s\S]*stopped rendering: it (took longer|needed more)/,
    },
    limits: { seconds: 90 },
    helmChart: 'chart',
  },
  {
    id: 'kustomize-dag',
    what: 'a kustomize overlay that includes its base twice per level, 30 levels (2^30 copies)',
    part: 2,
    build(root, quick) {
      const files: Record<string, string> = {
        'k/l0/kustomization.yaml': 'resources: [cm.yaml]\n',
        'k/l0/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
        ...budget(quick),
      }
      for (let i = 1; i <= 30; i++) {
        files[`k/l${i}/a/kustomization.yaml`] = `namePrefix: a-\nresources: [../../l${i - 1}]\n`
        files[`k/l${i}/b/kustomization.yaml`] = `namePrefix: b-\nresources: [../../l${i - 1}]\n`
        files[`k/l${i}/kustomization.yaml`] = 'resources: [a, b]\n'
      }
      write(root, files)
      return { args: json }
    },
    expect: { exit: 0, output: /stopped building the kustomize overlay k\/l30/ },
    limits: { seconds: 90, rssMb: 1500 },
  },
  {
    id: 'kustomize-cycle',
    what: 'two kustomizations that include each other',
    part: 2,
    build(root) {
      write(root, {
        'k/a/kustomization.yaml': 'resources: [../b]\n',
        'k/b/kustomization.yaml': 'resources: [../a]\n',
      })
      return { args: json }
    },
    expect: { exit: 0, output: /kustomize-build-error/ },
  },
  {
    id: 'kustomize-alias-bomb',
    what: 'a kustomize resource that is a YAML alias bomb',
    part: 2,
    build(root) {
      const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data:']
      lines.push('  a0: &a0 ["x","x","x","x","x","x","x","x","x"]')
      for (let i = 1; i < 10; i++)
        lines.push(
          `  a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(',')}]`,
        )
      write(root, {
        'k/kustomization.yaml': 'resources: [r.yaml]\n',
        'k/r.yaml': lines.join('\n') + '\n',
      })
      return { args: json }
    },
    expect: { exit: 0, output: /aliases|alias/ },
  },
  {
    id: 'values-deep',
    what: 'a values.yaml nested 50,000 levels',
    part: 4,
    build(root) {
      write(
        root,
        chart(
          { 'cm.yaml': 'a: 1\n' },
          { 'chart/values.yaml': `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n` },
        ),
      )
      return { args: json }
    },
    expect: { exit: 0, output: /exceeded max depth of 10000/ },
    helmChart: 'chart',
  },
  {
    id: 'template-parens',
    what: 'a template action nested in 5,000 parentheses',
    part: 4,
    build(root) {
      write(root, chart({ 'cm.yaml': `a: {{ ${'('.repeat(5000)}1${')'.repeat(5000)} }}\n` }))
      return { args: json }
    },
    // helm renders it (Go's limit is 10,000); here it renders or is a parse error of the file.
    expect: {
      exit: 0,
      output: /nested too deeply|pss-|"findings"/,
      absent: /at TreeParser|internal error|Maximum call stack/,
    },
    helmChart: 'chart',
  },
  {
    id: 'manifest-deep',
    what: 'a manifest nested 100,000 levels',
    part: 4,
    build(root) {
      write(root, {
        'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      })
      return { args: json }
    },
    expect: { exit: 0, output: /exceeded max depth of 10000/ },
  },
  {
    id: 'helmignore-regex',
    what: 'a .helmignore rule *a*a*…*b (18 stars) and a 200-character file name',
    part: 3,
    build(root) {
      write(
        root,
        chart(
          { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' },
          {
            'chart/.helmignore': `${'*a'.repeat(18)}*b\n`,
            [`chart/files/${'a'.repeat(200)}`]: 'x',
          },
        ),
      )
      return { args: json }
    },
    expect: { exit: 0, absent: /helm-render-error/ },
    helmChart: 'chart',
  },
  {
    id: 'config-exclude-regex',
    what: 'a config exclude glob *a*…*b (12 stars) and a 200-character file name',
    part: 3,
    build(root) {
      write(root, {
        '.kube-whoami.yaml': `exclude: ["${'*a'.repeat(12)}*b"]\n`,
        [`${'a'.repeat(200)}.yaml`]: POD('p', '      securityContext:\n        privileged: true\n'),
      })
      return { args: json }
    },
    expect: { exit: 0, output: /pss-privileged/ },
  },
  {
    id: 'semver-blanks',
    what: 'a Chart.yaml kubeVersion of 100,000 blanks',
    part: 3,
    build(root) {
      write(
        root,
        chart(
          { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' },
          {
            'chart/Chart.yaml': `apiVersion: v2\nname: hostile\nversion: 1.0.0\nkubeVersion: "${' '.repeat(100_000)}x"\n`,
          },
        ),
      )
      return { args: json }
    },
    // helm v4.1.4 renders it (the blanks are trimmed away): so do we, in linear time.
    expect: { exit: 0, absent: /helm-render-error/ },
    helmChart: 'chart',
  },
  {
    id: 'workflow-20k-jobs',
    what: 'a workflow with 20,000 jobs that run in containers',
    part: 5,
    build(root, quick) {
      const jobs: string[] = []
      // Quick: 10,000 still takes minutes when lookups are quadratic.
      for (let i = 0; i < (quick ? 10_000 : 20_000); i++)
        jobs.push(
          `  j${i}:\n    runs-on: ubuntu-latest\n    container: img${i}\n    steps: [{run: echo}]\n`,
        )
      write(root, { '.github/workflows/w.yaml': `on: push\njobs:\n${jobs.join('')}` })
      return { args: json }
    },
    expect: { exit: 0 },
    limits: { seconds: 60 },
  },
  {
    id: 'values-alias-bomb',
    what: 'a values.yaml that is a YAML alias bomb',
    part: 2,
    build(root) {
      const lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
      for (let i = 1; i < 10; i++)
        lines.push(
          `a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(',')}]`,
        )
      write(
        root,
        chart(
          { 'cm.yaml': 'a: {{ len .Values }}\n' },
          { 'chart/values.yaml': lines.join('\n') + '\n' },
        ),
      )
      return { args: json }
    },
    expect: { exit: 0, output: /excessive aliasing/ },
    helmChart: 'chart',
  },
  {
    id: 'makefile-doubling',
    what: 'a Makefile with a 40-line variable doubling chain used as an image name',
    part: 4,
    build(root) {
      const lines = ['A0 = xxxxxxxx']
      for (let i = 1; i <= 40; i++) lines.push(`A${i} = $(A${i - 1})$(A${i - 1})`)
      lines.push('build:', '\tdocker build -t $(A40) .')
      write(root, {
        Makefile: lines.join('\n') + '\n',
        Dockerfile: 'FROM alpine:3.20\nUSER 1000\n',
      })
      return { args: json }
    },
    // 2^40 expansions before (53 s, a notice of 18 MB); now a hole that says why.
    expect: { exit: 0, output: /longer than 1048576 characters/ },
  },
  // ── leaks and refusals (part 1), added to measure before and after ────────
  {
    id: 'setfile-environ',
    what: 'setFile: {leak: /proc/self/environ} and a template that fails with it',
    part: 1,
    build(root) {
      write(root, {
        ...LEAKY_CHART,
        '.kube-whoami.yaml':
          'charts:\n  - path: chart\n    setFile: { leak: /proc/self/environ }\n',
      })
      return { args: json, env: { KW_PLANTED: SECRET } }
    },
    expect: {
      exit: 2,
      output: /setFile \/proc\/self\/environ is outside the scanned root/,
      absent: LEAKED,
    },
  },
  {
    id: 'setfile-relative',
    what: 'setFile: {leak: ../secret.txt} (a file beside the repository)',
    part: 1,
    build(root) {
      write(root, {
        ...LEAKY_CHART,
        '.kube-whoami.yaml': 'charts:\n  - path: chart\n    setFile: { leak: ../secret.txt }\n',
        '../secret.txt': `${SECRET}\n`,
      })
      return { args: json }
    },
    expect: {
      exit: 2,
      output: /setFile \.\.\/secret\.txt is outside the scanned root/,
      absent: LEAKED,
    },
  },
  {
    id: 'setfile-dev-zero',
    what: 'setFile: {leak: /dev/zero}',
    part: 1,
    build(root) {
      write(root, {
        ...LEAKY_CHART,
        '.kube-whoami.yaml': 'charts:\n  - path: chart\n    setFile: { leak: /dev/zero }\n',
      })
      return { args: json }
    },
    expect: { exit: 2, output: /setFile \/dev\/zero is outside the scanned root/ },
  },
  {
    id: 'values-link-out',
    what: 'a charts[].values file that is a symbolic link out of the repository',
    part: 1,
    build(root) {
      write(root, {
        ...LEAKY_CHART,
        '.kube-whoami.yaml': 'charts:\n  - path: chart\n    values: [chart/prod.yaml]\n',
        '../secret.yaml': `leak: ${SECRET}\n`,
      })
      symlinkSync('../../secret.yaml', join(root, 'chart', 'prod.yaml'))
      return { args: json }
    },
    expect: { exit: 2, output: /chart\/prod\.yaml: outside the scanned root/, absent: LEAKED },
  },
  {
    id: 'baseline-link-out',
    what: 'a baseline: file that is a symbolic link out of the repository',
    part: 1,
    build(root) {
      write(root, {
        '.kube-whoami.yaml': 'baseline: accepted.json\n',
        'pod.yaml': POD('p'),
        '../secret.json': `{"version": 1, "${SECRET}": [`,
      })
      symlinkSync('../secret.json', join(root, 'accepted.json'))
      return { args: json }
    },
    expect: {
      exit: 2,
      output: /baseline accepted\.json is outside the scanned root/,
      absent: LEAKED,
    },
  },
  {
    id: 'compose-env-git',
    what: 'a compose .env linked to .git/config holding the checkout credential',
    part: 1,
    build(root) {
      const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${SECRET}`).toString('base64')}`
      write(root, {
        '.git/config': `[http "https://github.com/"]\n\textraheader = ${header}\n`,
        'compose.yaml': 'services:\n  api:\n    image: ${extraheader}\n    build: ./api\n',
        'api/Dockerfile': 'FROM alpine:3.20\nUSER 10001\n',
      })
      symlinkSync('.git/config', join(root, '.env'))
      return { args: ['scan', '.', '--fail-on', 'none'] }
    },
    expect: { exit: 0, output: /\.env: inside \.git/, absent: LEAKED },
  },
  {
    id: 'config-fifo',
    what: 'a .kube-whoami.yaml that is a FIFO',
    part: 1,
    build(root) {
      write(root, { 'pod.yaml': POD('p') })
      execFileSync('mkfifo', [join(root, '.kube-whoami.yaml')])
      return { args: json }
    },
    expect: { exit: 2, output: /\.kube-whoami\.yaml: not a regular file/ },
  },
  {
    id: 'baseline-fifo',
    what: 'a baseline: file that is a FIFO',
    part: 1,
    build(root) {
      write(root, { '.kube-whoami.yaml': 'baseline: accepted.json\n', 'pod.yaml': POD('p') })
      execFileSync('mkfifo', [join(root, 'accepted.json')])
      return { args: json }
    },
    expect: { exit: 2, output: /accepted\.json: not a regular file/ },
  },
  {
    id: 'file-5mib',
    what: 'a manifest of 5 MiB (over the per-file limit)',
    part: 1,
    build(root) {
      write(root, {
        'big.yaml': `${POD('big', '      securityContext:\n        privileged: true\n')}#${'x'.repeat(5 * 1024 * 1024)}\n`,
      })
      return { args: json }
    },
    expect: { exit: 0, output: /big\.yaml: \d+ bytes is over the 4194304-byte limit/ },
  },
  {
    id: 'action-path-outside',
    what: "the action's path input naming /etc",
    part: 1,
    build(root) {
      write(root, { 'pod.yaml': POD('p') })
      return { action: { inputs: { upload: 'false', path: '/etc' } } }
    },
    expect: { exit: 1, output: /input path: \/etc is outside the workspace/, absent: STACK },
  },
  {
    id: 'action-sarif-outside',
    what: "the action's sarif-file input ../../x.sarif",
    part: 1,
    build(root) {
      write(root, { 'pod.yaml': POD('p') })
      return { action: { inputs: { upload: 'false', 'sarif-file': '../../x.sarif' } } }
    },
    expect: {
      exit: 1,
      output: /input sarif-file: \.\.\/\.\.\/x\.sarif is outside the workspace/,
      absent: STACK,
    },
  },
  // ── per-call caps, depths, outputs, the runner (parts 2, 5, 7) ───────────
  {
    id: 'repeat-100m',
    what: 'repeat 100000000 "x"',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'data: {{ repeat 100000000 "x" | len }}\n' }))
      return { args: json }
    },
    expect: {
      exit: 0,
      output:
        /helm-render-error[\s\S]*over kube-whoami's limit|over kube-whoami's limit[\s\S]*helm-render-error/,
    },
    limits: { seconds: 60, rssMb: 1500 },
    helmChart: 'chart',
  },
  {
    id: 'until-100m',
    what: 'until 100000000',
    part: 2,
    build(root) {
      write(root, chart({ 'cm.yaml': 'data: {{ until 100000000 | len }}\n' }))
      return { args: json }
    },
    expect: {
      exit: 0,
      output:
        /helm-render-error[\s\S]*over kube-whoami's limit|over kube-whoami's limit[\s\S]*helm-render-error/,
    },
    limits: { seconds: 60, rssMb: 1500 },
    helmChart: 'chart',
  },
  {
    id: 'include-recursion',
    what: 'a template that includes itself without end',
    part: 2,
    build(root) {
      write(
        root,
        chart({ 'cm.yaml': '{{- define "r" }}{{ include "r" . }}{{ end }}{{ include "r" . }}\n' }),
      )
      return { args: json }
    },
    // helm: "rendering template has a nested reference name: r" after 1,000 includes.
    expect: { exit: 0, output: /nested reference name|exceeded maximum template depth/ },
    helmChart: 'chart',
  },
  {
    id: 'htpasswd-loop',
    what: 'a loop of 100,000 htpasswd calls (bcrypt, tens of ms each)',
    part: 2,
    build(root, quick) {
      write(root, {
        ...chart({ 'cm.yaml': '{{ range until 100000 }}{{ htpasswd "u" "p" | len }}{{ end }}\n' }),
        ...budget(quick),
        'pod.yaml': POD('p', '      securityContext:\n        privileged: true\n'),
      })
      return { args: json }
    },
    // One unit of work a call: the clock was looked at every ~1,000 calls, minutes apart.
    expect: {
      exit: 0,
      output:
        /took longer than the budget[\s\S]*pss-privileged|pss-privileged[\s\S]*took longer than the budget/,
    },
    limits: { seconds: 90 },
    helmChart: 'chart',
  },
  {
    id: 'sarif-25k',
    what: 'SARIF output of over 25,000 results (GitHub keeps 25,000 a run)',
    part: 5,
    build(root) {
      const pod = (i: number) =>
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  hostNetwork: true\n  hostPID: true\n  hostIPC: true\n  containers:\n    - name: a\n      image: x\n      securityContext: { privileged: true }\n`
      const docs: string[] = []
      for (let i = 0; i < 4000; i++) docs.push(pod(i))
      write(root, { 'pods.yaml': docs.join('---\n') })
      return { args: ['scan', '.', '--format', 'sarif', '--fail-on', 'none'] }
    },
    expect: { exit: 0, output: /SARIF holds 25000 results, GitHub's limit for one run/ },
    limits: { seconds: 60 },
  },
  {
    id: 'pod-4000-containers-json',
    what: 'a Pod with 4,000 containers (JSON)',
    part: 4,
    build(root) {
      const cs: string[] = []
      for (let i = 0; i < 4000; i++) cs.push(`    - name: c${i}\n      image: nginx:1.27\n`)
      write(root, {
        'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n${cs.join('')}`,
      })
      return { args: json }
    },
    expect: { exit: 0, output: /"findings"/ },
    limits: { seconds: 60 },
  },
  {
    id: 'action-event-missing',
    what: 'the action with GITHUB_EVENT_PATH naming a missing file',
    part: 7,
    build(root) {
      write(root, { 'pod.yaml': POD('p') })
      return {
        action: {
          inputs: { upload: 'false' },
          env: { GITHUB_EVENT_PATH: join(root, '..', 'no-such-event.json') },
        },
      }
    },
    expect: {
      exit: [0, 1],
      output: /::warning[^\n]*cannot read the event payload/,
      absent: /at .*\.js:\d+|TypeError/,
    },
  },
]
