// Builds the two entry points: TypeScript compiles src/ to build/ (NodeNext, ESM), then
// ncc bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with every
// dependency. Type errors are reported by `npm run typecheck`, not here, so that a bundle
// can always be made; CI runs both.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')

// Rule pages and the config schema are embedded in src/ first (see generate-assets.mjs).
execFileSync(process.execPath, [join(root, 'scripts', 'generate-assets.mjs')], {
  cwd: root,
  stdio: 'inherit',
})
rmSync(join(root, 'build'), { recursive: true, force: true })
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' })
} catch {
  // Emitted anyway (noEmitOnError is off); `npm run typecheck` reports the errors.
}

const entries = [
  { src: 'build/action/index.js', out: 'dist' },
  { src: 'build/cli/index.js', out: 'dist/cli' },
]
rmSync(join(root, 'dist'), { recursive: true, force: true })
for (const { src, out } of entries) {
  execFileSync(process.execPath, [ncc, 'build', src, '-o', out, '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  })
}

// The chunk loader of each entry asks src/core/chunk-code-cache.ts first (when the entry
// installed it), which compiles the chunk with V8's code cache; otherwise it imports as ncc
// wrote it.
const chunkImport = 'import("./" + __nccwpck_require__.u(chunkId))'
for (const entry of [join(root, 'dist', 'index.js'), join(root, 'dist', 'cli', 'index.js')]) {
  const source = readFileSync(entry, 'utf8')
  const at = source.indexOf(chunkImport)
  if (at < 0 || source.indexOf(chunkImport, at + 1) >= 0)
    throw new Error(`${entry}: ncc's chunk import is not there once; update the patch`)
  const hooked =
    `(globalThis[Symbol.for("kube-whoami.loadChunk")]?.(new URL("./" + __nccwpck_require__.u(chunkId), import.meta.url).href)` +
    ` ?? ${chunkImport})`
  writeFileSync(entry, source.slice(0, at) + hooked + source.slice(at + chunkImport.length))
}

const cli = join(root, 'dist', 'cli', 'index.js')
let text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text
writeFileSync(cli, text)
chmodSync(cli, 0o755)

// Every character outside ASCII written as a \u escape (in strings, templates, comments, the
// few regexes and object keys that hold one; no tagged template in the bundles holds one). One
// such character makes V8 keep the whole chunk as a two-byte string: slower to decode from
// UTF-8 and to parse, about 5 % of a `render` call's CPU.
for (const dir of [join(root, 'dist'), join(root, 'dist', 'cli')]) {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue
    const file = join(dir, name)
    const source = readFileSync(file, 'utf8')
    // After a backslash the escape would change meaning ("\\é" is "é", "\\\\u00e9" is not).
    if (/\\[^\t\n\r -~]/.test(source))
      throw new Error(`${file}: a backslash before a non-ASCII character`)
    const ascii = source.replace(
      /[^\t\n\r -~]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    if (ascii !== source) writeFileSync(file, ascii)
  }
}
