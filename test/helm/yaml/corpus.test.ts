/**
 * Real-world YAML: every distinct values file of the shared Helm corpus (charts,
 * subcharts, CI variants) is read by fromYaml and written back by toYaml, toYamlPretty,
 * toJson and toToml, in helm (through `.Files.Get`) and here, and compared byte for byte.
 * This exercises the YAML reading (YAML 1.1 scalars, anchors, merges, block scalars,
 * comments) and the encoders on the values charts actually ship.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { beforeAll, expect, it } from 'vitest'
import { describeShared, sharedPath } from '../../helpers/shared.js'
import { describeHelm } from '../../helpers/helm.js'
import { fromYaml, toJson, toToml, toYaml, toYamlPretty } from '../../../src/helm/yaml/index.js'
import { yamlMatches } from './compare.js'

function valuesFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name)
      const st = statSync(p)
      if (st.isDirectory()) {
        if (name !== 'templates' && name !== 'golden') walk(p)
      } else if (/values.*\.ya?ml$/.test(name) || (/\.ya?ml$/.test(name) && dir.endsWith('/ci'))) {
        out.push(p)
      }
    }
  }
  walk(root)
  return out.sort()
}

interface Run {
  files: { path: string; text: string }[]
  outputs: Map<string, string>
  seconds: number
}

const fns: [string, (text: string) => string, boolean | undefined][] = [
  ['toYaml', (t) => toYaml(fromYaml(t)), false],
  ['toYamlPretty', (t) => toYamlPretty(fromYaml(t)), true],
  ['toJson', (t) => toJson(fromYaml(t)), undefined],
  ['toToml', (t) => toToml(fromYaml(t)), undefined],
]

function runCorpus(helm: string, root: string): Run {
  const seen = new Set<string>()
  const files: { path: string; text: string }[] = []
  for (const path of valuesFiles(root)) {
    const text = readFileSync(path, 'utf8')
    const hash = createHash('sha256').update(text).digest('hex')
    if (seen.has(hash)) continue
    seen.add(hash)
    files.push({ path: relative(root, path), text })
  }
  const tmp = mkdtempSync(join(tmpdir(), 'kw-helm-yaml-corpus-'))
  try {
    const dir = join(tmp, 'c')
    mkdirSync(join(dir, 'templates'), { recursive: true })
    mkdirSync(join(dir, 'v'), { recursive: true })
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n')
    const lines: string[] = []
    files.forEach((f, i) => {
      writeFileSync(join(dir, 'v', `${i}.txt`), f.text)
      for (const [fn] of fns) {
        lines.push(`${fn}${i}: {{ .Files.Get "v/${i}.txt" | fromYaml | ${fn} | b64enc | quote }}`)
      }
    })
    writeFileSync(join(dir, 'templates', 'out.yaml'), lines.join('\n') + '\n')
    const start = performance.now()
    const r = spawnSync(helm, ['template', 'x', dir], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      env: {
        ...process.env,
        HELM_CACHE_HOME: join(tmp, 'h1'),
        HELM_CONFIG_HOME: join(tmp, 'h2'),
        HELM_DATA_HOME: join(tmp, 'h3'),
      },
    })
    const seconds = (performance.now() - start) / 1000
    if (r.status !== 0) throw new Error(`helm failed: ${r.stderr.slice(0, 2000)}`)
    const outputs = new Map<string, string>()
    for (const line of r.stdout.split('\n')) {
      const m = /^(\w+?)(\d+): "([^"]*)"$/.exec(line)
      if (m) outputs.set(`${m[1]}${m[2]}`, Buffer.from(m[3], 'base64').toString('utf8'))
    }
    return { files, outputs, seconds }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

describeShared(['corpus', 'helm'], 'helm/yaml corpus values files', () => {
  describeHelm('against helm', (helm) => {
    let run: Run | undefined

    beforeAll(() => {
      run = runCorpus(helm, sharedPath('corpus', 'helm'))
    })

    it('reads and writes every values file exactly as helm does', () => {
      const { files, outputs, seconds } = run!
      const mismatches: string[] = []
      let total = 0
      let oursSeconds = 0
      files.forEach((f, i) => {
        for (const [fn, ours, v3] of fns) {
          total++
          const t0 = performance.now()
          const mine = ours(f.text)
          oursSeconds += (performance.now() - t0) / 1000
          const theirs = outputs.get(`${fn}${i}`)
          const ok =
            theirs !== undefined &&
            (v3 === undefined ? mine === theirs : yamlMatches(mine, theirs, fromYaml(f.text), v3))
          if (!ok)
            mismatches.push(`${fn} of ${f.path}: ${firstDifference(mine, theirs ?? '<missing>')}`)
        }
      })
      console.log(
        `[helm/yaml] corpus: ${files.length} distinct values files, ${total - mismatches.length}/${total} identical; ` +
          `helm ${seconds.toFixed(1)}s, ours ${oursSeconds.toFixed(2)}s`,
      )
      expect(mismatches.slice(0, 10).join('\n')).toBe('')
    })
  })
})

function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return `at ${i}: ours ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} helm ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`
}
