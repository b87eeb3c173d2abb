/**
 * The chunk text kube-whoami compiles with V8's code cache: ncc's chunks of the committed
 * bundles as they are, and the shapes it must leave to the module loader.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Script } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { cacheKey, chunkScript } from '../../src/core/chunk-code-cache.js'
import { projectRoot } from '../helpers/shared.js'

const run = (script: string) =>
  (new Script(script).runInThisContext() as () => { id: unknown; ids: unknown; modules: object })()

const chunk = (body: string) =>
  `export const id = 7;\nexport const ids = [7];\nexport const modules = {\n${body}\n};\n`

describe('chunkScript', () => {
  const dirs = [join(projectRoot, 'dist'), join(projectRoot, 'dist', 'cli')]
  const chunks = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /^\d+\.index\.js$/.test(name))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  )

  it('takes every chunk of the bundles that has no import.meta, exports intact', () => {
    expect(chunks.length).toBeGreaterThan(20)
    let taken = 0
    for (const { name, text } of chunks) {
      const script = chunkScript(text, true)
      if (/\bimport\.meta\b/.test(text)) {
        expect(script, name).toBeUndefined()
        continue
      }
      expect(script, name).toBeDefined()
      const exports = run(script!)
      const id = Number(name.split('.')[0])
      expect(exports.id, name).toBe(id)
      expect(exports.ids, name).toContain(id)
      // Every module factory the chunk declares, under its id.
      const declared = [...text.matchAll(/^\/\*\*\*\/ (\d+):$/gm)].map((m) => m[1]).sort()
      expect(Object.keys(exports.modules).sort(), name).toEqual(declared)
      // Line numbers are kept for stack traces.
      expect(script!.split('\n').length, name).toBe(text.split('\n').length + 2)
      taken++
    }
    expect(taken).toBeGreaterThan(20)
  })

  it('keeps module semantics: strict mode', () => {
    const script = chunkScript(chunk('1: ((module) => { undeclared = 1 })'), true)!
    const factory = (run(script).modules as Record<number, () => void>)[1]
    expect(() => factory()).toThrow(ReferenceError)
  })

  it('leaves to the module loader what is not ncc’s chunk shape', () => {
    expect(chunkScript(chunk('1: (() => {})'), true)).toBeDefined()
    // A declaration missing, repeated, or another export or import.
    expect(chunkScript('export const id = 1;\nexport const modules = {};\n', true)).toBeUndefined()
    expect(chunkScript(chunk('') + 'export const id = 8;\n', true)).toBeUndefined()
    expect(chunkScript(chunk('') + 'export const runtime = 1;\n', true)).toBeUndefined()
    expect(chunkScript(`// a comment first\n${chunk('')}`, true)).toBeUndefined()
    expect(chunkScript(`import x from "node:fs";\n${chunk('')}`, true)).toBeUndefined()
    expect(chunkScript(chunk('1: (() => import.meta.url)'), true)).toBeUndefined()
    // A top-level await is found when compiling, which the loader catches.
    expect(() => new Script(chunkScript(chunk('') + 'await 1;\n', true)!)).toThrow(SyntaxError)
    // import() only where the script can be given the main context's loader.
    expect(chunkScript(chunk('1: (() => import("node:fs"))'), true)).toBeDefined()
    expect(chunkScript(chunk('1: (() => import("node:fs"))'), false)).toBeUndefined()
  })
})

describe('cacheKey', () => {
  it('differs for any change of the bytes, even of the same length', () => {
    const a = Buffer.from(chunk('1: (() => 1)'))
    const b = Buffer.from(chunk('1: (() => 2)'))
    expect(cacheKey(a, 'scan')).toMatch(/^[0-9a-f]+-[0-9a-f]+-\d+$/)
    expect(cacheKey(a, 'scan')).toBe(cacheKey(Buffer.from(a), 'scan'))
    expect(cacheKey(a, 'scan')).not.toBe(cacheKey(b, 'scan'))
  })

  it('is another for another command', () => {
    const a = Buffer.from(chunk('1: (() => 1)'))
    expect(cacheKey(a, 'scan')).not.toBe(cacheKey(a, 'render'))
  })
})
