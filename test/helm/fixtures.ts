/** Small charts written to a temporary directory, and helm/ours side by side. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { runRender } from '../../src/helm/render-command.js'

/** Writes `files` (path → text) under a fresh temporary directory; returns it. */
export function writeTree(files: Record<string, string | Uint8Array>, prefix = 'kw-helm-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  for (const [p, content] of Object.entries(files)) {
    const abs = join(dir, p)
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, content)
  }
  return dir
}

export function chartYaml(name: string, extra = '', apiVersion = 'v2'): string {
  return `apiVersion: ${apiVersion}\nname: ${name}\nversion: 0.1.0\n${extra}`
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0'
}

/** A .tgz holding `files` under `top/` (what `helm package` produces). */
export function tgz(top: string, files: Record<string, string>): Uint8Array {
  const blocks: Buffer[] = []
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text)
    const h = Buffer.alloc(512)
    h.write(`${top}/${name}`, 0, 'utf8')
    h.write(octal(0o644, 8), 100)
    h.write(octal(0, 8), 108)
    h.write(octal(0, 8), 116)
    h.write(octal(data.length, 12), 124)
    h.write(octal(0, 12), 136)
    h.write('        ', 148)
    h.write('0', 156)
    h.write('ustar\u000000', 257, 'binary')
    let sum = 0
    for (const b of h) sum += b
    h.write(octal(sum, 7) + ' ', 148)
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks))
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export async function ours(args: string[], cwd: string): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runRender(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
  })
  return { code, stdout, stderr }
}

export function theirs(helm: string, args: string[], cwd: string): Run {
  const r = spawnSync(helm, ['template', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, KUBECONFIG: join(cwd, 'missing-kubeconfig') },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}
