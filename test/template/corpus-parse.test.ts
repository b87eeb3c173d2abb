/**
 * Every template file of the 40 real charts in ../shared/corpus/helm parses (helm renders
 * them all), with Go's redefinition rules across files as Helm applies them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'
import { describeShared, sharedPath } from '../helpers/shared.js'
import { TemplateSet } from '../../src/template/index.js'
import type { FuncMap } from '../../src/template/index.js'
import { helmFuncNames } from './helm-func-names.js'

function templateFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) templateFiles(p, out)
    else if (/\/templates\//.test(p)) out.push(p)
  }
  return out
}

describeShared(['corpus', 'helm'], 'parsing the Helm corpus', () => {
  it('parses every template file of every chart', () => {
    const root = sharedPath('corpus', 'helm')
    const funcs: FuncMap = Object.fromEntries(helmFuncNames.map((n) => [n, () => null]))
    const failures: string[] = []
    let files = 0
    let defines = 0
    for (const chart of readdirSync(root)) {
      const dir = join(root, chart, 'chart')
      try {
        if (!statSync(dir).isDirectory()) continue
      } catch {
        continue
      }
      const set = new TemplateSet({ funcs, missingKey: 'zero' })
      for (const file of templateFiles(dir)) {
        files++
        try {
          set.parse(relative(root, file), readFileSync(file, 'utf8'))
        } catch (e) {
          failures.push(`${file}: ${(e as Error).message}`)
        }
      }
      defines += set.names().length
    }
    expect(failures).toEqual([])
    expect(files).toBeGreaterThan(1500)
    expect(defines).toBeGreaterThan(files)
  })
})
