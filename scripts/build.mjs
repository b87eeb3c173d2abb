// Bundles the two entry points with ncc: the action (dist/index.js) and the CLI
// (dist/cli/index.js). Source maps are left out so that the committed bundle is
// small and byte-stable across machines.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

const entries = [
  { src: 'src/action/index.ts', out: 'dist' },
  { src: 'src/cli/index.ts', out: 'dist/cli' },
]

rmSync(join(root, 'dist'), { recursive: true, force: true })
for (const { src, out } of entries) {
  execFileSync(process.execPath, [ncc, 'build', src, '-o', out, '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  })
}

const cli = join(root, 'dist', 'cli', 'index.js')
let text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text
writeFileSync(cli, text)
chmodSync(cli, 0o755)
