/**
 * The bundled action (dist/index.js), built by `npm run build` when it is missing or older
 * than what it is built from. CI builds before testing, so there it is always fresh; a
 * developer's checkout gets rebuilt once per test run.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../helpers/shared.js'

export const bundlePath = join(projectRoot, 'dist', 'index.js')

/** The newest modification time among the bundle's inputs. */
function newestInput(): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 }
  const visit = (path: string) => {
    const st = statSync(path)
    if (st.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name))
    } else if (st.mtimeMs > newest.mtimeMs) {
      newest = { file: path, mtimeMs: st.mtimeMs }
    }
  }
  visit(join(projectRoot, 'src'))
  for (const f of [
    'package-lock.json',
    'scripts/build.mjs',
    'tsconfig.json',
    'tsconfig.build.json',
  ])
    if (existsSync(join(projectRoot, f))) visit(join(projectRoot, f))
  return newest
}

export function bundleIsStale(): string | undefined {
  if (!existsSync(bundlePath)) return 'dist/index.js does not exist'
  const input = newestInput()
  const built = statSync(bundlePath).mtimeMs
  return input.mtimeMs > built ? `${input.file} is newer than dist/index.js` : undefined
}

/** Builds dist/ when stale; returns why it was rebuilt, if it was. */
export function ensureBundle(): string | undefined {
  const stale = bundleIsStale()
  if (!stale) return undefined
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: projectRoot,
    stdio: 'pipe',
    timeout: 600_000,
  })
  if (!existsSync(bundlePath)) throw new Error(`npm run build did not produce ${bundlePath}`)
  return stale
}

/**
 * A private copy of the bundle, so that a rebuild of dist/ in the checkout while the tests
 * run (dist/ is removed and rewritten) cannot pull the file from under them.
 */
export function copyBundle(): string {
  for (let attempt = 0; ; attempt++) {
    ensureBundle()
    const dir = mkdtempSync(join(tmpdir(), 'kw-dist-'))
    try {
      cpSync(join(projectRoot, 'dist'), dir, {
        recursive: true,
        filter: (src) => !src.startsWith(join(projectRoot, 'dist', 'cli')),
      })
      const copy = join(dir, 'index.js')
      if (statSync(copy).size > 0 && existsSync(join(dir, 'package.json'))) return copy
    } catch (e) {
      if (attempt >= 3) throw e
    }
    if (attempt >= 3) throw new Error('dist/ kept changing while it was copied')
  }
}
